import { termSpans } from '../../../c/[collection]/term-spans.server';
import { openSnapshot } from '../snapshot.server';

export const load = ({ params, url }) => {
	const { data } = openSnapshot(params.token);
	const byId = new Map(data.articles.map((a) => [a.id, a]));
	const ids = [...new Set(url.searchParams.getAll('ids').flatMap((v) => v.split(',')).map((s) => s.trim()).filter((id) => byId.has(id)))].slice(0, 3);
	return {
		choices: data.articles.map((a) => ({ id: a.id, outlet: a.outlet, title: a.title, date: a.date })),
		selected: ids,
		articles: ids.length >= 2 ? ids.map((id) => ({ ...byId.get(id)!, termHits: termSpans(byId.get(id)!.text, byId.get(id)!.paragraphs, url.searchParams.get('term')) })) : [],
		categories: data.categories
	};
};
