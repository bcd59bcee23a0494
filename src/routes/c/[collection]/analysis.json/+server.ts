// The whole collection's analysis as one JSON download: collection and settings, lexicon version and
// categories, every article's analysis and the per-outlet comparison.
import { error, json } from '@sveltejs/kit';
import { analyseCollection } from '$lib/server';
import { HELD_BACK_MESSAGE, heldBack } from '$lib/server/hold-back';
import { must, ready } from '../../../guard.server';

export const GET = async ({ params, locals }) => {
	if (heldBack(params.collection, locals.role)) error(403, HELD_BACK_MESSAGE);
	// A download waits for every article, however long (each is bounded by the analysis time limit).
	await ready(params.collection, Infinity);
	const ca = must(() => analyseCollection(params.collection));
	const body = {
		format: 'slant-analysis',
		version: 1,
		exportedAt: new Date().toISOString(),
		madeWith: 'Slant',
		collection: ca.collection,
		lexicon: { version: ca.lexicon.version, categories: ca.lexicon.categories, terms: ca.lexicon.entries.length },
		articles: ca.articles.map((a, i) => ({ ...a, kind: ca.meta[i]?.kind ?? null })),
		outlets: ca.outlets
	};
	const name = ca.collection.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'collection';
	return json(body, { headers: { 'content-disposition': `attachment; filename="${name}-analysis.json"` } });
};
