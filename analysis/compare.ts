// Stage 5: compare outlets. Groups the analysed articles by outlet and puts their figures side by side:
// quote shares by speaker and group, loaded-term densities, body against comment sentiment, and the
// terms that most distinguish each outlet's wording from the others'.
import { tallyQuotes } from './quotes/index.js';
import { sumLoaded } from './loaded/index.js';
import { outletTone, relativeTone } from './sentiment/outlet.js';
import { actorKeyer, outletActors } from './actors/outlets.js';
import type { ArticleAnalysis, DistinctiveTerm, Lexicon, OutletComparison, SpeakerOverrides, Token } from './types.js';
import { WordMemo } from './word-memo.js';

// Only words that carry content can distinguish an outlet's framing; function words and numbers
// mostly reflect length and style.
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'ADV']);

/** A word that can be a distinctive term: three letters or more, letters with inner apostrophes and hyphens. Asked of every content word, answered once per word. */
const isTerm = new WordMemo((term) => term.length >= 3 && /^[\p{L}][\p{L}'’-]*$/u.test(term), 50_000);

/** Lemma counts of the body's content words: the per-article input to distinctive terms. */
export function countTerms(tokens: Token[]): Record<string, number> {
	// wink tags a capitalised sentence-initial noun ("Protesters marched") as a proper noun and leaves
	// it unlemmatised; borrow the lemma the same word gets elsewhere in the article, so it counts once.
	// (Only the proper nouns' words are looked up: the map holds those, with the lemma of the last
	// other use of each.)
	const lemmaOf = new Map<string, string | null>();
	for (const t of tokens) if (t.pos === 'PROPN' && t.type === 'word' && !t.stop) lemmaOf.set(t.normal, null);
	if (lemmaOf.size) for (const t of tokens) if (t.pos !== 'PROPN' && t.type === 'word' && lemmaOf.has(t.normal)) lemmaOf.set(t.normal, t.lemma.toLowerCase());
	// Terms come from the text: a table without a prototype, so "constructor" is counted like any word.
	const counts: Record<string, number> = Object.create(null);
	for (const t of tokens) {
		if (t.type !== 'word' || t.stop || !CONTENT_POS.has(t.pos)) continue;
		const term = t.pos === 'PROPN' ? (lemmaOf.get(t.normal) ?? t.normal) : t.lemma.toLowerCase();
		if (!isTerm.get(term)) continue;
		counts[term] = (counts[term] ?? 0) + 1;
	}
	return counts;
}

/**
 * Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
 * "Fightin' Words", eq. 22): each outlet against all the others, the prior taken from the whole
 * collection's counts (α_w = collection count of w, as in their §3.5.1 with α0 = collection size,
 * unless `priorSize` rescales it). Returns the terms with z of at least `minZ`, most distinctive first;
 * ties broken by term so the result is deterministic. Only words the outlet used at least `minCount`
 * times are candidates. Single articles are short, so few terms reach
 * z ≥ 1.96 (p < .05); the dashboard shows the z-score and marks those that do, rather than hiding
 * everything below it.
 */
export function distinctiveTerms(
	outletCounts: Record<string, number>,
	allCounts: Record<string, number>,
	{ priorSize = 0, minZ = 0.5, minCount = 2, limit = 10 } = {}
): DistinctiveTerm[] {
	const nAll = sum(allCounts);
	const nI = sum(outletCounts);
	if (!nAll || !nI) return [];
	const nJ = nAll - nI;
	const a0 = priorSize || nAll;
	const out: DistinctiveTerm[] = [];
	for (const [term, total] of Object.entries(allCounts)) {
		const yi = Object.prototype.hasOwnProperty.call(outletCounts, term) ? outletCounts[term] : 0;
		// A word used once says nothing about an outlet's habits, however rare it is elsewhere.
		if (yi < minCount) continue;
		const yj = total - yi;
		const a = (a0 * total) / nAll;
		// With a single outlet the "rest" is empty; compare against the prior alone.
		const odds = (y: number, n: number) => Math.log((y + a) / (n + a0 - y - a));
		const delta = nJ > 0 ? odds(yi, nI) - odds(yj, nJ) : odds(yi, nI) - Math.log(a / (a0 - a));
		const variance = 1 / (yi + a) + (nJ > 0 ? 1 / (yj + a) : 0);
		const z = delta / Math.sqrt(variance);
		if (z >= minZ) out.push({ term, count: yi, logOdds: round(delta), z: round(z) });
	}
	out.sort((x, y) => y.z - x.z || (x.term < y.term ? -1 : 1));
	return out.slice(0, limit);
}

function sum(c: Record<string, number>): number {
	let n = 0;
	for (const v of Object.values(c)) n += v;
	return n;
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** Add counts into a prototype-less table (keys are words from the text). */
function addCounts(into: Record<string, number>, from: Record<string, number> | undefined) {
	if (!from) return;
	for (const [k, v] of Object.entries(from)) into[k] = (Object.prototype.hasOwnProperty.call(into, k) ? into[k] : 0) + v;
}

/**
 * One row per outlet, in order of first appearance. Deterministic for the same input; an outlet
 * with one article works, and so does a collection of one outlet.
 */
export function compareOutlets(
	analyses: ArticleAnalysis[],
	options: { lexicon: Lexicon; overrides?: SpeakerOverrides }
): OutletComparison[] {
	const byOutlet = new Map<string, ArticleAnalysis[]>();
	for (const a of analyses) {
		const key = a.outlet.trim() || a.id;
		if (!byOutlet.has(key)) byOutlet.set(key, []);
		byOutlet.get(key)!.push(a);
	}
	const allCounts: Record<string, number> = Object.create(null);
	for (const a of analyses) addCounts(allCounts, a.terms);
	const actorKeyOf = actorKeyer(analyses, options.overrides);

	const rows = [...byOutlet.entries()].map(([outlet, arts]) => {
		const words = arts.reduce((s, a) => s + a.words, 0);
		const counts: Record<string, number> = Object.create(null);
		for (const a of arts) addCounts(counts, a.terms);
		const { speakers, groups, cues, unattributed } = tallyQuotes(
			arts.map((a) => ({ id: a.id, quotes: a.quotes, bodyLength: a.text.length })),
			options.overrides
		);
		const comments = arts.flatMap((a) => a.comments);
		const tone = outletTone(arts);
		return {
			outlet,
			articles: arts.map((a) => a.id),
			headlines: arts.map((a) => ({ id: a.id, title: a.title, date: a.date })),
			words,
			speakers,
			groups,
			cues,
			unattributed,
			loadedSummary: sumLoaded(
				arts.map((a) => ({ loaded: a.loaded, words: a.words })),
				options.lexicon
			),
			bodySentiment: tone.bodySentiment,
			ownVoiceTone: tone.ownVoiceTone,
			quotedTone: tone.quotedTone,
			commentSentiment: comments.length ? round(comments.reduce((s, c) => s + c.sentiment, 0) / comments.length) : null,
			comments: comments.length,
			distinctive: distinctiveTerms(counts, allCounts),
			actors: outletActors(arts, actorKeyOf, options.overrides?.notActors)
		};
	});
	// Tone relative to the collection's mean: the subject every outlet shares cancels out.
	const relative = relativeTone(rows);
	return rows.map((r, i) => ({ ...r, ...relative[i] }));
}
