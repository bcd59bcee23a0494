// Projector mode: the overview's chart data plus what the evidence slides show (each article's text,
// sentences, quotes, loaded terms, comments and where its outlet's distinctive words occur).
import { analyseCollection } from '$lib/server';
import { must, ready } from '../../../guard.server';
import { loadOverview } from '../overview.server';
import { evidenceArticles } from './evidence.server';

export const load = async ({ params }) => {
	await ready(params.collection);
	const { overview } = loadOverview(params);
	const ca = must(() => analyseCollection(params.collection));
	const termsOf = new Map(overview.outlets.map((r) => [r.outlet, r.distinctive.map((t) => t.term)]));
	return { overview, articles: await evidenceArticles(ca, termsOf) };
};
