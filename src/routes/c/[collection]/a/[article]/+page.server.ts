import { error } from '@sveltejs/kit';
import { analyseCollection, analyseStoredArticle, getArticle } from '$lib/server';
import { toArticleView } from '$lib/shapes';
import { must } from '../../../../guard.server';
import { termSpans } from '../../term-spans.server';

export const load = ({ params, url }) => {
	const meta = must(() => getArticle(params.article));
	if (meta.collectionId !== params.collection) error(404, 'This article is not in this collection');
	const ca = must(() => analyseCollection(params.collection));
	const a = must(() => analyseStoredArticle(params.article));
	const categories = Object.entries(ca.lexicon.categories).map(([key, c]) => ({ key, label: c.label, description: c.description }));
	return {
		article: toArticleView({ ...a, outlet: meta.outlet, title: meta.title || a.title, date: meta.date ?? a.date }, meta.kind),
		categories,
		termHits: termSpans(a.text, a.paragraphs, url.searchParams.get('term')),
		siblings: ca.meta.map((m) => ({ id: m.id, outlet: m.outlet })),
		ownVoice: ca.collection.settings.speakers.ownVoice !== false
	};
};
