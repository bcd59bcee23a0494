import { analyseCollection, analyseStoredArticle, termSpans } from '$lib/server';
import { toArticleView, withoutFigures } from '$lib/shapes';
import { heldBack } from '$lib/server/hold-back';
import { actorKeyer } from '$analysis/actors/outlets';
import { articlePart } from '$lib/article-parts';
import { focusFromParams } from '$lib/segments';
import { must, ready } from '../../../guard.server';

export const load = async ({ params, url, locals }) => {
	await ready(params.collection);
	// While the room's predictions are open a participant reads the texts alone (hold-back.ts).
	const held = heldBack(params.collection, locals.role) !== null;
	const ca = must(() => analyseCollection(params.collection));
	const inCollection = new Map(ca.meta.map((m) => [m.id, m]));
	const ids = [...new Set(url.searchParams.getAll('ids').flatMap((v) => v.split(',')).map((s) => s.trim()).filter((id) => inCollection.has(id)))].slice(0, 3);
	const categories = Object.entries(ca.lexicon.categories).map(([key, c]) => ({ key, label: c.label, description: c.description }));
	const articles =
		ids.length >= 2
			? await Promise.all(ids.map(async (id) => {
					const m = inCollection.get(id)!;
					const a = must(() => analyseStoredArticle(id));
					// a very long article shows the part holding what is asked for (src/lib/article-parts.ts)
					const shown = articlePart(
						toArticleView({ ...a, outlet: m.outlet, title: m.title || a.title, date: m.date ?? a.date }, m.kind, actorKeyer(ca.articles, ca.collection.settings.speakers)),
						focusFromParams(url.searchParams),
						null,
						await termSpans(a.text, a.paragraphs, url.searchParams.get('term')),
						url.searchParams.get('actor')
					);
					return held ? { ...withoutFigures(shown.article), termHits: null } : { ...shown.article, termHits: shown.termHits };
				}))
			: [];
	return {
		// The headline and date every page shows: stored, else found in the page (ca.articles are overlaid).
		choices: ca.meta.map((m, i) => ({ id: m.id, outlet: m.outlet, title: ca.articles[i]?.title || m.title, date: ca.articles[i]?.date ?? m.date })),
		selected: ids,
		articles,
		categories,
		held
	};
};
