// What the projector's evidence slides show for a collection: each article's text, sentences,
// quotes, loaded terms, comments and where the given words occur (lemma-aware). Shared by projector
// mode and the predict-then-reveal's projector view.
import { termSpansMany, type CollectionAnalysis } from '$lib/server';
import type { EvidenceArticle } from '$lib/evidence';
import { actorKeyer } from '$analysis/actors/outlets';

/** `termsOf`: per outlet, the words to find (its distinctive words); none by default. */
export async function evidenceArticles(ca: CollectionAnalysis, termsOf: Map<string, string[]> = new Map()): Promise<EvidenceArticle[]> {
	const outletOf = new Map(ca.meta.map((m) => [m.id, m.outlet]));
	const keyOf = actorKeyer(ca.articles, ca.collection.settings.speakers);
	return Promise.all(ca.articles.map(async (a) => {
		const outlet = outletOf.get(a.id) ?? a.outlet;
		return {
			id: a.id,
			outlet,
			title: a.title,
			text: a.text,
			sentences: a.sentiment.sentences.map((s) => ({ start: s.start, end: s.end, score: Math.round(s.score * 1000) / 1000, words: (s.words ?? []).map((w) => ({ start: w.start, end: w.end })) })),
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
			actors: (a.actors ?? []).map((x) => ({
				key: keyOf(x),
				name: x.name,
				sentences: x.sentences.map((s) => ({ start: s.start, end: s.end, score: Math.round(s.score * 1000) / 1000 })),
				evidence: x.evidence.map((w) => ({ start: w.start, end: w.end, ...(w.shared ? { shared: true as const } : {}) }))
			})),
			termHits: await termSpansMany(a.text, a.paragraphs, termsOf.get(outlet) ?? [])
		};
	}));
}
