// Matching written terms against the body's tokens, shared by every word list that is matched by
// lemma: the loaded-terms lexicon, the sense rules that veto its literal uses, and the tone stage's
// topic words. A term is the lemmas of its words (so "slammed" meets "slam"), with an optional
// part-of-speech filter on its last word (`lie @NOUN`).
import type { LexiconEntry, Token } from '../types.js';

/** A lexicon entry with what the matcher needs beyond the shared contract. */
export interface MatchEntry extends LexiconEntry {
	/** Lower-cased surface words of the term (matched against token normals, beside the lemmas). */
	normals?: string[];
	/** Universal POS tags the last word must carry, when the term is ambiguous without one. */
	pos?: string[];
	/**
	 * Match the written form only, not its lemma: a one-word term written as a participle or a past
	 * tense ("rigged", "woke", "crushing") is that form, not its verb ("rig", "wake", "crush").
	 */
	exact?: boolean;
}

export function norm(s: string | undefined): string {
	return (s ?? '').toLowerCase().replace(/[’‘]/g, "'");
}

/** First word (lemma or normal) -> the entries starting with it. */
export type TermIndex = Map<string, MatchEntry[]>;

export function buildIndex(entries: MatchEntry[]): TermIndex {
	const byFirst: TermIndex = new Map();
	const add = (k: string, e: MatchEntry) => {
		const list = byFirst.get(k);
		if (!list) byFirst.set(k, [e]);
		else if (!list.includes(e)) list.push(e);
	};
	for (const e of entries) {
		add(e.words[0], e);
		if (e.normals?.length) add(e.normals[0], e);
	}
	return byFirst;
}

/**
 * The forms a token can match by: lemma and normal. wink tags a capitalised common noun at the start
 * of a sentence as a proper noun and then keeps it unlemmatised ("Thugs" stays "thugs"), so such a
 * token also offers its naive singular.
 */
export function forms(t: Token): string[] {
	const out = [norm(t.lemma), norm(t.normal)];
	if (t.pos === 'PROPN') {
		const n = norm(t.normal);
		if (/[^s]s$/.test(n)) out.push(n.slice(0, -1));
		if (/(ch|sh|x|ss)es$/.test(n)) out.push(n.slice(0, -2));
	}
	return out;
}

function tokenMatches(t: Token, e: MatchEntry, k: number): boolean {
	const w = e.words[k];
	const n = e.normals?.[k] ?? w;
	if (e.exact) return norm(t.normal) === n;
	return forms(t).some((f) => f === w || f === n);
}

/**
 * Does the token satisfy a POS filter? wink's tagger often reads a plural noun straight after a verb
 * or a possessive as a verb ("told lies", "his lies"); a plural-looking "verb" there is a noun, so a
 * NOUN filter accepts it after a verb, a determiner, an adjective, a possessive or a preposition.
 */
export function posOk(tokens: Token[], j: number, pos: string[]): boolean {
	const t = tokens[j];
	// ... and the reverse: a "verb" in its base form right after an article, a demonstrative or a
	// possessive is a noun ("this pontificate"); a participle there is an adjective and keeps the
	// verb's sense ("their claimed identity").
	if (
		pos.includes('VERB') &&
		!pos.includes('NOUN') &&
		t.pos === 'VERB' &&
		j > 0 &&
		!/(ed|ing)$/.test(norm(t.normal)) &&
		/^(the|a|an|this|these|those|his|her|their|its|our|my|your|'s)$/.test(norm(tokens[j - 1].normal))
	)
		return false;
	if (pos.includes(t.pos)) return true;
	if (pos.includes('NOUN') && t.pos === 'VERB' && j > 0) {
		const p = tokens[j - 1];
		const possessive = /^(his|her|their|its|our|my|your|'s|s)$/.test(norm(p.normal));
		// After a preposition too: "a string of lies", "full of threats".
		return (p.pos === 'VERB' || p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'ADP' || possessive) && /s$/.test(norm(t.normal)) && !/s$/.test(norm(t.lemma));
	}
	if (pos.includes('NOUN') && t.pos === 'PROPN') return true;
	return false;
}

/** Does entry `e` match the tokens starting at `i`? Returns the index one past the last token, or −1. */
export function matchAt(tokens: Token[], i: number, e: MatchEntry): number {
	const first = tokens[i];
	let j = i;
	for (let k = 0; k < e.words.length; k++, j++) {
		const t = tokens[j];
		if (!t || t.sentence !== first.sentence || !tokenMatches(t, e, k)) return -1;
		// Words of a multi-word term must follow each other: at most one space apart, no other words.
		if (k > 0 && t.start - tokens[j - 1].end > 1) return -1;
	}
	if (e.pos && !posOk(tokens, j - 1, e.pos)) return -1;
	return j;
}

export interface TermMatch {
	/** First token and one past the last. */
	i: number;
	end: number;
	entry: MatchEntry;
}

/** Every match of the indexed entries that starts at token i (all lengths). */
export function matchesAt(tokens: Token[], i: number, index: TermIndex): TermMatch[] {
	const t = tokens[i];
	const out: TermMatch[] = [];
	const seen = new Set<MatchEntry>();
	for (const k of new Set(forms(t))) {
		for (const e of index.get(k) ?? []) {
			if (seen.has(e)) continue;
			seen.add(e);
			const end = matchAt(tokens, i, e);
			if (end >= 0) out.push({ i, end, entry: e });
		}
	}
	return out;
}
