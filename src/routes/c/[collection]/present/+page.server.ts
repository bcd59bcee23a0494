// Projector mode: the overview's chart data plus what the evidence slides show (each article's text,
// sentences, quotes, loaded terms, comments and where its outlet's distinctive words occur).
import { analyseCollection } from '$lib/server';
import type { EvidenceArticle } from '$lib/evidence';
import { must, ready } from '../../../guard.server';
import { loadOverview } from '../overview.server';
import { termSpansMany } from '../term-spans.server';

export const load = async ({ params }) => {
	await ready(params.collection);
	const { overview } = loadOverview(params);
	const ca = must(() => analyseCollection(params.collection));
	const outletOf = new Map(ca.meta.map((m) => [m.id, m.outlet]));
	const termsOf = new Map(overview.outlets.map((r) => [r.outlet, r.distinctive.map((t) => t.term)]));
	const articles: EvidenceArticle[] = ca.articles.map((a) => {
		const outlet = outletOf.get(a.id) ?? a.outlet;
		return {
			id: a.id,
			outlet,
			title: a.title,
			text: a.text,
			sentences: a.sentiment.sentences.map((s) => ({ start: s.start, end: s.end, score: Math.round(s.score * 1000) / 1000 })),
			quotes: a.quotes.map((q) => ({
				start: q.start,
				end: q.end,
				speaker: q.speaker,
				group: q.group,
				kind: q.kind,
				cue: q.cue,
				cueStart: q.cueStart,
				cueEnd: q.cueEnd,
				cueKind: q.cueKind,
				...(q.parts ? { parts: q.parts } : {})
			})),
			loaded: a.loaded.map((t) => ({ start: t.start, end: t.end, category: t.category, voice: t.voice, term: t.term })),
			comments: a.comments.map((c) => ({ text: c.text, author: c.author, sentiment: c.sentiment })),
			termHits: termSpansMany(a.text, a.paragraphs, termsOf.get(outlet) ?? [])
		};
	});
	return { overview, articles };
};
