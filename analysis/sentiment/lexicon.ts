// Word valences and the rule word lists of the sentiment stage, all read from data files beside this
// module (README.md gives each file's meaning, source and licence).
//
// A word's strength, on VADER's −4..4 scale, comes from the first source that lists it:
//   1. valence.txt: our own judgements, evaluative words of reviews and comments the others miss or misrate;
//   2. wink-nlp's own lexicon (MIT, shipped in its model), its −1..1 scaled up; where VADER rates the word
//      with the other sign, VADER's value when its raters are sure, else nothing;
//   3. the VADER lexicon (Hutto & Gilbert 2014, MIT): ~7,500 words, emoticons and slang, each the mean of
//      ten raters, for what wink does not rate (see valence() for which uses count).
import { readDataFile } from '../data-files.js';
import { wink } from '../nlp.js';
import type { Token } from '../types.js';
import { plainLower } from '../lexicon/match.js';
import { WordMemo } from '../word-memo.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const LETTER_FIRST = /^\p{L}/u;
/** A hashtag of one word: letters, in lower case after an optional capital (not "#BlackLivesMatter"). */
const HASHTAG_WORD = /^#\p{L}\p{Ll}+$/u;

function lines(name: string): string[] {
	return readDataFile('sentiment', name)
		.split(/\r?\n/)
		.map((l) => l.replace(/(^|\s)#(\s.*)?$/, '').trim())
		.filter(Boolean);
}

function readList(name: string): Set<string> {
	return new Set(lines(name).map((l) => l.toLowerCase()));
}

export interface RuleLists {
	boosters: Set<string>;
	dampeners: Set<string>;
	negators: Set<string>;
	contrast: Set<string>;
	/** Adjectives of degree (degree.txt): before a negative noun they strengthen it, and praise nothing. */
	degree: Set<string>;
	/** Verbs that deny what follows (denials.txt): they negate as a negator does, and keep their own valence. */
	denials: Set<string>;
}

let lists: RuleLists | null = null;
export function ruleLists(): RuleLists {
	if (!lists)
		lists = {
			boosters: readList('boosters.txt'),
			dampeners: readList('dampeners.txt'),
			negators: readList('negators.txt'),
			contrast: readList('contrast.txt'),
			degree: readList('degree.txt'),
			denials: readList('denials.txt')
		};
	return lists;
}

/** wink's valences lie in −1..1; VADER's word strengths are on −4..4, ours in valence.txt too.
 * wink rates mild words high ("working" 0.6), so a modest factor keeps it below our curated list. */
const WINK_SCALE = 2;

/** A VADER strength at which its raters outweigh wink's rating of the other sign. */
const SURE_VADER = 1.5;

/** Single words and multi-word entries of a `term<TAB>value` file. */
function readValences(name: string, caseSensitive = false): { words: Map<string, number>; phrases: Map<string, number> } {
	const words = new Map<string, number>();
	const phrases = new Map<string, number>();
	for (const line of lines(name)) {
		const m = /^(.*?)\s+(-?[\d.]+)$/.exec(line);
		if (!m) continue;
		const term = (caseSensitive ? m[1] : m[1].toLowerCase()).replace(/\s+/g, ' ');
		if (term.includes(' ')) phrases.set(term.toLowerCase(), Number(m[2]));
		else if (!words.has(term)) words.set(term, Number(m[2]));
	}
	return { words, phrases };
}

let own: ReturnType<typeof readValences> | null = null;
let vader: ReturnType<typeof readValences> | null = null;
const ownValences = () => (own ??= readValences('valence.txt'));
// Emoticons differ by case (":D" and ":d"), so VADER's file is read as written; words are lower case there.
const vaderValences = () => (vader ??= readValences('vader-lexicon.txt', true));

const winkCache = new Map<string, number>();

/** wink's valence of one word, read by scoring the word on its own (wink exposes no per-token API). */
export function winkValence(key: string): number {
	let v = winkCache.get(key);
	if (v === undefined) {
		const nlp = wink();
		v = key.trim() ? (nlp.readDoc(key).out(nlp.its.sentiment) as unknown as number) || 0 : 0;
		winkCache.set(key, v);
	}
	return v;
}

const docCache = new Map<string, number>();

/** wink's mean valence of a short text read as one document (its own negation and multi-word patterns included). */
export function winkDocMean(text: string): number {
	const key = text.replace(/[\r\n\t]/g, ' ');
	let v = docCache.get(key);
	if (v === undefined) {
		const nlp = wink();
		v = key.trim() ? (nlp.readDoc(key).out(nlp.its.sentiment) as unknown as number) || 0 : 0;
		if (docCache.size > 5000) docCache.clear();
		docCache.set(key, v);
	}
	return v;
}

export const norm = (s: string) => {
	if (plainLower(s)) return s;
	const t = s.toLowerCase();
	// Asked for every token: the pattern only where there is a curly apostrophe to replace.
	return t.includes('’') ? t.replace(/’/g, "'") : t;
};

// valence() is asked about every token of every article, and most are the same few thousand words:
// answers are kept by word, then by lemma and part of speech (a word seldom comes with more than one
// or two of those, so they are a short list), a few hundred thousand at most, then started afresh.
interface Known {
	lemma: string;
	pos: string;
	v: number;
	next: Known | null;
}
const memo = new Map<string, Known>();
let memoSize = 0;

/** A word's strength on −4..4 (see the top of this file for the order of sources). */
export function valence(word: string, lemma?: string, pos?: string): number {
	const l = lemma ?? '';
	const p = pos ?? '';
	const first = memo.get(word);
	for (let k: Known | null | undefined = first; k; k = k.next) if (k.lemma === l && k.pos === p) return k.v;
	const v = valenceOf(word, lemma, pos);
	if (++memoSize > 300_000) {
		memo.clear();
		memoSize = 1;
		memo.set(word, { lemma: l, pos: p, v, next: null });
	} else memo.set(word, { lemma: l, pos: p, v, next: first ?? null });
	return v;
}

let plain: Map<string, Set<string>> | null = null;
/** neutral-senses.txt: word -> the parts of speech in which it carries no tone. */
function neutralSenses(): Map<string, Set<string>> {
	if (plain) return plain;
	plain = new Map();
	for (const line of lines('neutral-senses.txt')) {
		const [word, tags] = line.split(/\s+/);
		if (!word || !tags) continue;
		const set = plain.get(word.toLowerCase()) ?? new Set<string>();
		for (const t of tags.split('|')) set.add(t.trim().toUpperCase());
		plain.set(word.toLowerCase(), set);
	}
	return plain;
}

/** Is the word, in this part of speech, the plain sense of a word rated for another (neutral-senses.txt)? */
export function plainSense(word: string, lemma?: string, pos?: string): boolean {
	if (!pos) return false;
	const senses = neutralSenses();
	const w = norm(word);
	return !!(senses.get(w)?.has(pos) || (lemma !== undefined && senses.get(norm(lemma))?.has(pos)));
}

let quantityWords: Set<string> | null = null;
/** Words of size and change that report a figure next to a number (quantity.txt). */
export function quantityWord(word: string, lemma?: string): boolean {
	quantityWords ??= readList('quantity.txt');
	return quantityWords.has(norm(word)) || (!!lemma && quantityWords.has(norm(lemma)));
}

/** Does valence.txt rate the word 0 (neutral in news use, though wink rates it: "overnight")? */
export function ratedPlain(word: string): boolean {
	return ownValences().words.get(norm(word)) === 0;
}

/** What the lists above say of one word form, by its norm(): plainSense(), quantityWord() and ratedPlain() in one look-up. */
export interface PlainFacts {
	/** neutral-senses.txt's parts of speech for it, if any. */
	senses: Set<string> | undefined;
	quantity: boolean;
	rated: boolean;
}
const plainFacts = new WordMemo<PlainFacts>((word) => {
	const w = norm(word);
	quantityWords ??= readList('quantity.txt');
	return { senses: neutralSenses().get(w), quantity: quantityWords.has(w), rated: ownValences().words.get(w) === 0 };
});

/**
 * plainFacts of a word form, answered once per form: an article asks about every token, and a few
 * hundred words make most of its thousands of tokens.
 */
export function plainFactsOf(word: string): PlainFacts {
	return plainFacts.get(word);
}

function valenceOf(word: string, lemma?: string, pos?: string): number {
	// "#fail", "#blessed": a hashtag of one word says that word (VADER reads it so, its "#" stripped)
	if (word.charCodeAt(0) === 35) return HASHTAG_WORD.test(word) ? valenceOf(word.slice(1)) : 0;
	const ex = ownValences().words;
	const w = norm(word);
	const l = lemma ? norm(lemma) : undefined;
	// "a $250,000 fine", "a kind of", "still unclear": the plain sense of a word rated for another (neutral-senses.txt)
	if (plainSense(w, l, pos)) return 0;
	const listed = ex.get(w) ?? (l ? ex.get(l) : undefined);
	if (listed !== undefined) return listed;
	// wink's lexicon is keyed on surface forms and has entries for some base forms that are neutral
	// in use ("meet"), so neither it nor VADER's (also surface forms) is asked about the lemma.
	const k = winkValence(w) * WINK_SCALE;
	const vd = vaderValences().words;
	const v = vd.get(word) ?? vd.get(w);
	// wink lists many participles under their adjective's sense ("decided", "committed", "faced"); as a
	// verb such a word counts only when VADER's raters rated that form too.
	if (k && pos === 'VERB' && v === undefined) return 0;
	// Where the two disagree on the sign (54 of VADER's words), the word is in doubt: wink rates "bully" +1,
	// "bankrupt" and "shameless" positive, "screaming" +0.3, "compassion" and "keen" negative (eighth
	// newcomer pass: "I've had people screaming they want me to die" read as praise), and VADER rates
	// "admit", "verdict" and "rigorous" the other way from news usage. VADER's raters are followed where
	// they are sure (a strength of SURE_VADER or more), else the word counts nothing.
	if (k && v !== undefined && v !== 0 && Math.sign(v) !== Math.sign(k)) return Math.abs(v) >= SURE_VADER ? v : 0;
	if (k) return k;
	if (v === undefined) return 0;
	// VADER fills in only what wink does not rate, and a word only where it can judge: as an adjective,
	// adverb, interjection or verb. As a noun or a preposition ("like a film", "on the other hand",
	// "play") a word names or links; emoticons and slang ("<3", "lmao") always count.
	if (pos && LETTER_FIRST.test(w) && !FILL_POS.has(pos)) return 0;
	return v;
}

const FILL_POS = new Set(['ADJ', 'ADV', 'INTJ', 'VERB']);

/** The value of a multi-word entry of our list or VADER's ("fell flat", "fed up"), if there is one. */
export function multiWordValence(key: string): number | undefined {
	return ownValences().phrases.get(key) ?? vaderValences().phrases.get(key);
}

let prefixes: Set<string> | null = null;

/**
 * Every beginning of a multi-word entry ("f", "fe", "fed", "fed ", "fed u", "fed up"): a key that is
 * none of these cannot grow into an entry, so the search for an idiom stops there.
 */
export function phrasePrefixes(): Set<string> {
	if (prefixes) return prefixes;
	const out = new Set<string>();
	for (const key of [...ownValences().phrases.keys(), ...vaderValences().phrases.keys()]) for (let k = 1; k <= key.length; k++) out.add(key.slice(0, k));
	return (prefixes = out);
}

const MAX_PHRASE = 6;

/**
 * The longest multi-word entry starting at position i of `seq` (surface words, hyphens joined): an
 * idiom's sentiment is not the sum of its words ("not worth", "fell flat", "kind of"). `stop` ends
 * the search (a left-out word: a name or a topic word cannot be part of an idiom).
 */
export function phraseAt(seq: Token[], i: number, stop: (k: number) => boolean): { value: number; length: number } | null {
	const idx = seq.map((_, k) => k);
	return phraseAtIndex(seq, idx, seq.length, seq.map((t) => norm(t.normal)), i, (k) => stop(k));
}

/**
 * phraseAt over a unit given as token indices: `idx[0..length)` index `tokens`, `lower` holds each
 * token's normal form in lower case (by token index), `stop(p)` is asked by position in the unit.
 * `reach`, when given, gets (at the start token's index) how many positions from i the search read:
 * the answer stands for any unit holding those same tokens, none of them stopped (idioms.ts).
 */
export function phraseAtIndex(
	tokens: Token[],
	idx: ArrayLike<number>,
	length: number,
	lower: string[],
	i: number,
	stop: (p: number) => boolean,
	reach?: Uint8Array
): { value: number; length: number } | null {
	const starts = phrasePrefixes();
	let key = '';
	let best: { value: number; length: number } | null = null;
	let j = i;
	for (; j < length && j < i + MAX_PHRASE; j++) {
		if (stop(j)) break;
		const t = tokens[idx[j]];
		const w = lower[idx[j]];
		if (j > i) {
			const p = tokens[idx[j - 1]];
			if (t.start - p.end > 1) {
				j++;
				break;
			}
			key = t.start === p.end && (w === '-' || p.normal === '-') ? key + w : key + ' ' + w;
		} else key = w;
		// No entry begins so: none can begin with anything longer either.
		if (!starts.has(key)) {
			j++;
			break;
		}
		if (j === i) continue;
		const v = multiWordValence(key);
		if (v !== undefined) best = { value: v, length: j - i + 1 };
	}
	if (reach) reach[idx[i]] = j - i;
	return best;
}
