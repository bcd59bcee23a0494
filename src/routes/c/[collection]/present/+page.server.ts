// Projector mode: the overview's chart data plus what the evidence slides show (each article's text,
// sentences, quotes, loaded terms, comments and where its outlet's distinctive words occur).
import { error } from '@sveltejs/kit';
import { analyseCollection } from '$lib/server';
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
	return { overview, articles: await evidenceArticles(ca, termsOf) };
};
