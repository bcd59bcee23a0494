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
	/** Added by the facilitator for a collection (applyLexiconChanges), not shipped. */
	added?: boolean;
}

export function norm(s: string | undefined): string {
	if (s === undefined) return '';
	// Most words are already plain lower-case ASCII, and come back as they are.
	if (plainLower(s)) return s;
	const t = s.toLowerCase();
	// Asked for every token: the pattern only where there is a curly quote to replace.
	return t.includes('’') || t.includes('‘') ? t.replace(/[’‘]/g, "'") : t;
}

/** No upper-case ASCII letter and nothing outside ASCII: lower-casing and norm() leave it as it is. */
export function plainLower(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if ((c >= 65 && c <= 90) || c >= 128) return false;
	}
	return true;
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
 * of a sentence as a proper noun and then keeps it unlemmatised ("Thugs" stays "thugs"), and leaves
 * some plurals of common nouns whole ("suicides"), so such a token also offers its naive singular.
 */
export function forms(t: Token): string[] {
	const normal = norm(t.normal);
	const out = [t.lemma === t.normal ? normal : norm(t.lemma), normal];
	if ((t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'NOUN') && out[0] === out[1]) participleStems(out[1], out, t.pos === 'NOUN');
	if (t.pos === 'PROPN' || (t.pos === 'NOUN' && out[0] === out[1])) {
		const n = norm(t.normal);
		if (/[^s]s$/.test(n)) out.push(n.slice(0, -1));
		if (/(ch|sh|x|ss)es$/.test(n)) out.push(n.slice(0, -2));
	}
	return out;
}

/**
 * wink leaves a participle it reads as an adjective, and some it reads as verbs, unlemmatised
 * ("banished, tortured and annihilated", "howling tantrums", "he corrupted"): its lemma is its
 * surface form, and a listed verb would miss it. Such a token also offers the verbs it can come from by
 * English spelling: annihilated → annihilate or annihilat, banished → banish, scammed → scam,
 * terrified → terrify; howling → howl or howle, dumbing → dumb, scamming → scam. A stem that is no
 * word matches no entry. Short words are left alone ("bored", "during"), and so is a noun in -ing
 * ("a hearing", "the building"); one in -ed is a participle wink mistook ("were enslaved").
 */
function participleStems(n: string, out: string[], noun: boolean): void {
	const doubled = (k: number) => n.length > k + 1 && n[n.length - k - 1] === n[n.length - k - 2];
	if (n.length > 5 && n.endsWith('ed')) {
		if (n.endsWith('ied')) out.push(n.slice(0, -3) + 'y');
		else {
			out.push(n.slice(0, -1), n.slice(0, -2));
			if (doubled(2)) out.push(n.slice(0, -3));
		}
	} else if (!noun && n.length > 6 && n.endsWith('ing')) {
		out.push(n.slice(0, -3), n.slice(0, -3) + 'e');
		if (doubled(3)) out.push(n.slice(0, -4));
	}
}

/**
 * A word as the matchers read it: its forms (which depend on its normal form, lemma and part of speech
 * only), and for each index it was matched against, the entries those forms start, in the order they
 * are tried. Worked out once per word and kept across articles, so a token costs one look-up per list
 * instead of one per form, and no forms are rebuilt for a word met before. Read only once built.
 */
interface MatchWord {
	normal: string;
	lemma: string;
	pos: string;
	forms: string[];
	/**
	 * Up to four indexes asked about (a TermIndex, or an orderedIndex()), and under each the entries to
	 * try or their numbers in list order: fields, not a Map or arrays, as every word of every article
	 * keeps them (three lists are matched against every token).
	 */
	k0: object | null;
	c0: MatchEntry[] | number[] | null;
	k1: object | null;
	c1: MatchEntry[] | number[] | null;
	k2: object | null;
	c2: MatchEntry[] | number[] | null;
	k3: object | null;
	c3: MatchEntry[] | number[] | null;
	/** The next word with the same normal form. */
	next: MatchWord | null;
}

const matchWords = new Map<string, MatchWord>();
let matchWordCount = 0;
/** Words kept before starting afresh (an endless stream of new words cannot grow the memo without end). */
const MATCH_WORDS = 100_000;

function matchWord(t: Token): MatchWord {
	// The token's word keeps the one it was last matched by (Token.word): a field read where the forms are the same.
	const slots = t.word;
	const last = slots?.match as MatchWord | null | undefined;
	if (last && last.normal === t.normal && last.lemma === t.lemma && last.pos === t.pos) return last;
	const w = knownMatchWord(t);
	if (slots) slots.match = w;
	return w;
}

function knownMatchWord(t: Token): MatchWord {
	const first = matchWords.get(t.normal);
	for (let w: MatchWord | null | undefined = first; w; w = w.next) if (w.lemma === t.lemma && w.pos === t.pos) return w;
	const w: MatchWord = { normal: t.normal, lemma: t.lemma, pos: t.pos, forms: forms(t), k0: null, c0: null, k1: null, c1: null, k2: null, c2: null, k3: null, c3: null, next: first ?? null };
	if (++matchWordCount > MATCH_WORDS) {
		matchWords.clear();
		matchWordCount = 1;
		w.next = null;
	}
	matchWords.set(t.normal, w);
	return w;
}

/** The candidates of `w` kept under `index`, if any. */
function kept(w: MatchWord, index: object): MatchEntry[] | number[] | undefined {
	if (w.k0 === index) return w.c0!;
	if (w.k1 === index) return w.c1!;
	if (w.k2 === index) return w.c2!;
	if (w.k3 === index) return w.c3!;
	return undefined;
}

/**
 * Keep the candidates of `w` under `index` (worked out on first use; no closure is made per token). A
 * fifth index takes the oldest one's place: a caller building a lexicon per request cannot grow a
 * word's memo without end.
 */
function keep<T extends MatchEntry[] | number[]>(w: MatchWord, index: object, c: T): T {
	w.k3 = w.k2;
	w.c3 = w.c2;
	w.k2 = w.k1;
	w.c2 = w.c1;
	w.k1 = w.k0;
	w.c1 = w.c0;
	w.k0 = index;
	w.c0 = c;
	return c;
}

/** Token words of a token array (an article's, or its title-case reading's; neither changes once built). */
export type TokenWords = MatchWord[];

// Every list matched against an article asks about the same tokens: each token's word is looked up
// once per token array.
const wordsCache = new WeakMap<Token[], TokenWords>();

/**
 * The words of a token array's tokens, filled in as they are asked for. A caller that asks about every
 * token takes it once and passes it on, instead of a look-up per token.
 */
export function formsOf(tokens: Token[]): TokenWords {
	let all = wordsCache.get(tokens);
	if (!all) wordsCache.set(tokens, (all = new Array<MatchWord>(tokens.length)));
	return all;
}

/** Forms of "be" before a verb's -ing form. */
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", '’s', "'re", '’re', "'m", '’m']);

function wordAt(tokens: Token[], i: number, all: TokenWords = formsOf(tokens)): MatchWord {
	return (all[i] ??= progressive(tokens, i) ? knownMatchWord({ ...tokens[i], pos: 'VERB', word: null }) : matchWord(tokens[i]));
}

/**
 * "Sanders has been railing against the banks": an -ing form right after a form of "be" is a verb's,
 * whatever the tagger made of it (wink reads "railing" as the noun, and "rail against" was missed; review
 * JJ of the 46th stop). Matched as a verb, so its stems are tried.
 */
function progressive(tokens: Token[], i: number): boolean {
	const t = tokens[i];
	return t.pos === 'NOUN' && t.normal.length > 6 && t.normal.endsWith('ing') && t.lemma === t.normal && i > 0 && tokens[i - 1].pos === 'AUX' && BE_FORMS.has(tokens[i - 1].normal);
}

/** forms(tokens[i]), computed once per word. */
export function formsAt(tokens: Token[], i: number, all: TokenWords = formsOf(tokens)): string[] {
	return wordAt(tokens, i, all).forms;
}

function tokenMatches(tokens: Token[], j: number, e: MatchEntry, k: number): boolean {
	const w = e.words[k];
	const n = e.normals?.[k] ?? w;
	const f = formsAt(tokens, j);
	// forms()[1] is the normal form.
	if (e.exact) return f[1] === n;
	for (const x of f) if (x === w || x === n) return true;
	return false;
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
	// "Democrats blast Portman almost daily", "critics slam the plan": a "noun" in its base form right
	// after a plural subject (a plural noun, or a capitalised one in -s) and right before its object (a
	// name, an article, a pronoun) is the verb (review MM of the 48th stop: "blast" went unflagged)
	if (pos.includes('VERB') && t.pos === 'NOUN' && j > 0 && j + 1 < tokens.length) {
		const p = tokens[j - 1];
		const n = tokens[j + 1];
		const pluralSubject = (p.pos === 'NOUN' || p.pos === 'PROPN') && /[^s]s$/.test(norm(p.normal)) && !/s$/.test(norm(t.normal));
		const object = n.pos === 'PROPN' || n.pos === 'PRON' || /^(the|a|an|his|her|their|its|this|that)$/.test(norm(n.normal));
		return pluralSubject && object && norm(t.lemma) === norm(t.normal) && (j < 2 || !/^(the|a|an|this|these|those|his|her|their|its|our|my|your)$/.test(norm(tokens[j - 2].normal)) || p.pos === 'PROPN');
	}
	return false;
}

/** Does entry `e` match the tokens starting at `i`? Returns the index one past the last token, or −1. */
export function matchAt(tokens: Token[], i: number, e: MatchEntry): number {
	const first = tokens[i];
	let j = i;
	for (let k = 0; k < e.words.length; k++, j++) {
		let t = tokens[j];
		// A term's words joined by a hyphen in the text: "dumpster-fire", "show-trial" for "dumpster fire",
		// "show trial". (Not the reverse: "would be" is not "would-be", nor "make up" "made-up".)
		if (k > 0 && t && t.value === '-' && e.words[k] !== '-' && t.start === tokens[j - 1].end && tokens[j + 1]?.start === t.end) t = tokens[++j];
		if (!t || t.sentence !== first.sentence || !tokenMatches(tokens, j, e, k)) return -1;
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

/** Every match of the indexed entries that starts at token i (all lengths). `all`: formsOf(tokens), when the caller has it. */
export function matchesAt(tokens: Token[], i: number, index: TermIndex, all?: TokenWords): TermMatch[] {
	let out: TermMatch[] | null = null;
	const w = wordAt(tokens, i, all);
	// Kept per word for the lists matched against every token (the caller passes `all` then).
	let cands = all ? (kept(w, index) as MatchEntry[] | undefined) : undefined;
	if (!cands) cands = all ? keep(w, index, entriesUnder(w.forms, index)) : entriesUnder(w.forms, index);
	for (const e of cands) {
		const end = matchAt(tokens, i, e);
		if (end >= 0) (out ??= []).push({ i, end, entry: e });
	}
	return out ?? NONE;
}

/**
 * The entries listed under a token's forms, each once, in the order they are tried: those of the first
 * form that has any, then those of the later forms not met yet (a form met twice, as when the lemma is
 * the normal form, is read once).
 */
function entriesUnder(f: string[], index: TermIndex): MatchEntry[] {
	let out: MatchEntry[] | null = null;
	for (let a = 0; a < f.length; a++) {
		const k = f[a];
		let dup = false;
		for (let b = 0; b < a && !dup; b++) dup = f[b] === k;
		if (dup) continue;
		const list = index.get(k);
		if (!list) continue;
		if (!out) out = list.slice();
		else for (const e of list) if (!out.includes(e)) out.push(e);
	}
	return out ?? NO_ENTRIES;
}

const NO_ENTRIES: MatchEntry[] = [];
const NONE: TermMatch[] = [];

/** Entries by first word (lemma, or normal form, or '' for none), in list order, for firstMatch(). */
const orderedIndexes = new WeakMap<MatchEntry[], Map<string, number[]>>();

export function orderedIndex(entries: MatchEntry[]): Map<string, number[]> {
	let idx = orderedIndexes.get(entries);
	if (idx) return idx;
	idx = new Map();
	const add = (k: string, n: number) => {
		const list = idx!.get(k);
		if (!list) idx!.set(k, [n]);
		else if (list[list.length - 1] !== n) list.push(n);
	};
	entries.forEach((e, n) => {
		add(e.words[0], n);
		add(e.normals?.[0] ?? '', n);
	});
	orderedIndexes.set(entries, idx);
	return idx;
}

/**
 * The first entry of `entries`, in list order, that matches at token j (its first word one of the
 * token's forms): one past the match's end, or −1.
 */
export function firstMatch(tokens: Token[], j: number, entries: MatchEntry[], all?: TokenWords, idx: Map<string, number[]> = orderedIndex(entries)): number {
	if (!tokens[j]) return -1;
	const w = wordAt(tokens, j, all);
	// Kept per word for the lists matched against every token (the caller passes `all` then), not for
	// the many small context lists asked about a few tokens each.
	let cands = all ? (kept(w, idx) as number[] | undefined) : undefined;
	if (!cands) cands = all ? keep(w, idx, numbersUnder(w.forms, idx)) : numbersUnder(w.forms, idx);
	for (const n of cands) {
		const end = matchAt(tokens, j, entries[n]);
		if (end >= 0) return end;
	}
	return -1;
}

/** The entry numbers listed under a token's forms, each once, in list order. */
function numbersUnder(f: string[], idx: Map<string, number[]>): number[] {
	let out: number[] | null = null;
	let lists = 0;
	for (const k of f) {
		const l = idx.get(k);
		if (!l || l === out) continue;
		if (!out) out = l;
		else {
			if (lists++ === 0) out = out.slice();
			for (const n of l) if (!out.includes(n)) out.push(n);
		}
	}
	if (lists) out!.sort((a, b) => a - b);
	return out ?? NO_NUMBERS;
}

const NO_NUMBERS: number[] = [];
