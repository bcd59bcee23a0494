// Projector mode: the overview's chart data plus what the evidence slides show (each article's text,
// sentences, quotes, loaded terms, comments and where its outlet's distinctive words occur).
import { error } from '@sveltejs/kit';
import { analyseCollection, predictions } from '$lib/server';
import { HELD_BACK_MESSAGE, heldBack } from '$lib/server/hold-back';
import { must, ready } from '../../../guard.server';
import { loadOverview } from '../overview.server';
import { evidenceArticles } from './evidence.server';

export const load = async ({ params, locals }) => {
	// (the projector is the facilitator's; a participant's phone that opens it while the room's
	// predictions are open gets no figures: hold-back.ts)
	if (heldBack(params.collection, locals.role)) error(403, HELD_BACK_MESSAGE);
	await ready(params.collection);
	const { overview } = loadOverview(params);
	const ca = must(() => analyseCollection(params.collection));
	const termsOf = new Map(overview.outlets.map((r) => [r.outlet, r.distinctive.map((t) => t.term)]));
	// The actors the room's Predict questions ask about ("harshest about Christine Blasey Ford"): their
	// slides come first, so the reveal has a slide for each (the sixth newcomer found none for Ford)
	const askedActors = predictions()
		.questions(params.collection)
		.filter((q) => q.kind === 'negative' && q.param.trim())
		.map((q) => q.param.trim());
	return { overview, articles: await evidenceArticles(ca, termsOf), askedActors };
};
