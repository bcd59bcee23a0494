import { termSpans } from '$lib/server';
import { openSnapshot } from '../snapshot.server';
import { articlePart } from '$lib/article-parts';
import { focusFromParams } from '$lib/segments';

export const load = async ({ params, url }) => {
	const { data } = openSnapshot(params.token, url);
	const byId = new Map(data.articles.map((a) => [a.id, a]));
	const ids = [...new Set(url.searchParams.getAll('ids').flatMap((v) => v.split(',')).map((s) => s.trim()).filter((id) => byId.has(id)))].slice(0, 3);
	return {
		choices: data.articles.map((a) => ({ id: a.id, outlet: a.outlet, title: a.title, date: a.date })),
		selected: ids,
		articles:
			ids.length >= 2
				? await Promise.all(
						ids.map(async (id) => {
							const a = byId.get(id)!;
							const shown = articlePart(a, focusFromParams(url.searchParams), null, await termSpans(a.text, a.paragraphs, url.searchParams.get('term')), url.searchParams.get('actor'));
							return { ...shown.article, termHits: shown.termHits };
						})
					)
				: [],
		categories: data.categories
	};
};
