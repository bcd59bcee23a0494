// Stage 4: sentiment. wink-nlp's sentiment gives each word a valence (its lexicon is MIT, shipped
// in the model) and averages them, which reads edited prose well but flattens short informal text
// (reader comments read like social media): "very good", "GOOD!!!", "not great" and "slow, but
// brilliant" all score like their bare words. So we keep wink's word valences and put the rules
// of VADER (Hutto & Gilbert 2014) on top: boosters and dampeners, negation scope, ALL CAPS,
// exclamation marks, and the clause after "but" weighing more. The word lists for those rules are
// data files beside this module (see README.md). The code is our own.
import { readDataFile } from '../data-files.js';
import { tokenise, wink } from '../nlp.js';
import type { Sentence, SentenceSentiment, Sentiment, Token, Tokenised } from '../types.js';


function readList(name: string): Set<string> {
	const text = readDataFile('sentiment', name);
	return new Set(
		text
			.split(/\r?\n/)
			.map((l) => l.replace(/(^|\s)#.*$/, '').trim().toLowerCase())
			.filter(Boolean)
	);
}

let lists: { boosters: Set<string>; dampeners: Set<string>; negators: Set<string>; contrast: Set<string> } | null = null;
function wordLists() {
	if (!lists)
		lists = {
			boosters: readList('boosters.txt'),
			dampeners: readList('dampeners.txt'),
			negators: readList('negators.txt'),
			contrast: readList('contrast.txt')
		};
	return lists;
}

// ---------------------------------------------------------------- constants (VADER's, see paper)

/** Added to a sentiment word's strength by a booster before it (VADER's B_INCR). */
const BOOST = 0.293;
/** Added by a word in ALL CAPS when the text is not all caps (VADER's C_INCR). */
const CAPS = 0.733;
/** A negated word keeps this share of its strength, with the sign flipped (VADER's N_SCALAR). */
const NEGATE = -0.74;
/** Weights before and after a contrast word. */
const BEFORE_BUT = 0.5;
const AFTER_BUT = 1.5;
/** Per exclamation mark, at most four (VADER's amplification). */
const EXCLAIM = 0.292;
/** Normalisation constant of VADER's compound score: x / sqrt(x² + ALPHA). */
const ALPHA = 15;
/** wink's valences lie in −1..1; VADER's word strengths are on −4..4, ours in valence.txt too.
 * wink rates mild words high ("working" 0.6), so a modest factor keeps it below our curated list. */
const SCALE = 2;
/** A word strength that counts as fully polar in the mean reading. */
const MEAN_SCALE = 2.5;
/** Strength of "too" + a neutral adjective. */
const TOO = -1.5;
/** How many words back a booster or a negator reaches. */
const SCOPE = 3;

// ---------------------------------------------------------------- word valence

let extra: Map<string, number> | null = null;
/** Multi-word entries of valence.txt: an idiom's sentiment is not the sum of its words. */
const phrases = new Map<string, number>();
/** Our own valences for evaluative words wink's lexicon lacks (valence.txt), on VADER's −4..4 scale. */
function extraValences(): Map<string, number> {
	if (extra) return extra;
	extra = new Map();
	const text = readDataFile('sentiment', 'valence.txt');
	for (const line of text.split(/\r?\n/)) {
		const m = /^([^#].*?)\s+(-?[\d.]+)\s*$/.exec(line.trim());
		if (!m) continue;
		const term = m[1].toLowerCase().replace(/\s+/g, ' ');
		if (term.includes(' ')) phrases.set(term, Number(m[2]));
		else extra.set(term, Number(m[2]));
	}
	return extra;
}

const winkCache = new Map<string, number>();

/** wink's valence of one word, read by scoring the word on its own (wink exposes no per-token API). */
function winkValence(key: string): number {
	let v = winkCache.get(key);
	if (v === undefined) {
		const nlp = wink();
		v = key.trim() ? (nlp.readDoc(key).out(nlp.its.sentiment) as unknown as number) || 0 : 0;
		winkCache.set(key, v);
	}
	return v;
}

/** A word's strength on −4..4: our list first, then wink's lexicon (its −1..1 scaled up). */
export function valence(word: string, lemma?: string): number {
	const ex = extraValences();
	const w = word.toLowerCase().replace(/’/g, "'");
	const l = lemma?.toLowerCase();
	const listed = ex.get(w) ?? (l ? ex.get(l) : undefined);
	if (listed !== undefined) return listed;
	// wink's lexicon is keyed on surface forms and has entries for some base forms that are neutral
	// in use ("meet"), so it is not asked about the lemma.
	return winkValence(w) * SCALE;
}

const LETTERS = /\p{L}/u;
const isCaps = (s: string) => s.length > 1 && LETTERS.test(s) && s === s.toUpperCase() && s !== s.toLowerCase();
const isWordish = (t: Token) => t.type !== 'punctuation';

/** The longest phrase of valence.txt starting at token i (surface words, punctuation ignored inside). */
function phraseAt(tokens: Token[], i: number, to: number): { value: number; length: number } | null {
	extraValences();
	if (!phrases.size) return null;
	let key = '';
	let best: { value: number; length: number } | null = null;
	for (let j = i; j < to && j < i + 6; j++) {
		const w = tokens[j].normal.toLowerCase().replace(/’/g, "'");
		key = j === i ? w : tokens[j].start === tokens[j - 1].end && (w === '-' || tokens[j - 1].normal === '-') ? key + w : key + ' ' + w;
		const v = phrases.get(key);
		if (v !== undefined) best = { value: v, length: j - i + 1 };
	}
	return best;
}

const COMPARATIVE = /^(better|best|more|most|happier|greater|nicer|easier)$/;

function enoughFollows(tokens: Token[], i: number, to: number): boolean {
	for (let j = i + 1; j < to && j <= i + 4; j++) {
		if (tokens[j].type === 'punctuation') return false;
		if (tokens[j].normal.toLowerCase() === 'enough') return true;
	}
	return false;
}

/** Sum and mean of the rule-adjusted strengths of the sentiment words among tokens [from, to). */
function rawSum(tokens: Token[], from: number, to: number, capsStandOut: boolean): { sum: number; mean: number } {
	const { boosters, dampeners, negators, contrast } = wordLists();
	const strengths: number[] = [];
	const skip = new Set<number>();
	let butAt = -1;
	for (let i = from; i < to; i++) {
		const t = tokens[i];
		const w = t.normal.toLowerCase().replace(/’/g, "'");
		// Only a conjunction contrasts two clauses ("slow, but good"); "not yet" is no contrast.
		const conj = t.pos === 'CCONJ' || t.pos === 'SCONJ' || w === 'however';
		if (conj && contrast.has(w) && butAt < 0 && i > from) butAt = strengths.length;
		if (skip.has(i)) {
			strengths.push(0);
			continue;
		}
		// An idiom's value replaces its words' own ("not worth", "fell flat"); its later words count nothing.
		const phrase = phraseAt(tokens, i, to);
		if (phrase) for (let k = 1; k < phrase.length; k++) skip.add(i + k);
		if (!phrase && (!isWordish(t) || boosters.has(w) || negators.has(w))) {
			strengths.push(0);
			continue;
		}
		let s = phrase ? phrase.value : valence(t.value, t.lemma);
		// "too" before a word of no polarity marks an excess, a complaint: "too long", "too loud".
		if (s === 0 && i > from && tokens[i - 1].normal.toLowerCase() === 'too' && (t.pos === 'ADJ' || t.pos === 'ADV')) s = TOO;
		if (s === 0) {
			strengths.push(0);
			continue;
		}
		const sign = Math.sign(s);
		if (capsStandOut && isCaps(t.value)) s += sign * CAPS;
		// Look back over a few words, within the clause (punctuation ends the scope).
		let negated = false;
		let emphatic = false;
		for (let k = 1, j = i - 1; k <= SCOPE && j >= from; k++, j--) {
			const p = tokens[j];
			if (p.type === 'punctuation') break;
			const pw = p.normal.toLowerCase().replace(/’/g, "'");
			const decay = k === 1 ? 1 : k === 2 ? 0.95 : 0.9;
			const pair = j + 1 < to ? `${pw} ${tokens[j + 1].normal.toLowerCase()}` : '';
			if (boosters.has(pw)) {
				let b = BOOST * decay;
				if (capsStandOut && isCaps(p.value)) b += CAPS * decay; // "VERY good"
				s += sign * b;
			} else if (dampeners.has(pw) || dampeners.has(pair)) s -= sign * BOOST * decay;
			if (negators.has(pw) || /n't$/.test(pw)) {
				// VADER's "never so/this" rule: "never so happy", "never this bad" is emphasis, not negation.
				const between = tokens.slice(j + 1, i).map((x) => x.normal.toLowerCase());
				if (pw === 'never' && between.some((x) => x === 'so' || x === 'this')) emphatic = true;
				else negated = true;
			}
		}
		// "couldn't be happier", "doesn't get any better", "can't recommend it enough": negating a
		// comparative, or an "enough" later in the clause, is praise, not its opposite.
		if (negated && (COMPARATIVE.test(w) || enoughFollows(tokens, i, to))) negated = false;
		if (negated) s *= NEGATE;
		else if (emphatic) s *= 1.25;
		strengths.push(s);
	}
	if (butAt >= 0) for (let k = 0; k < strengths.length; k++) strengths[k] *= k < butAt ? BEFORE_BUT : AFTER_BUT;
	const polar = strengths.filter((x) => x !== 0);
	const sum = polar.reduce((a, b) => a + b, 0);
	return { sum, mean: polar.length ? sum / polar.length : 0 };
}

/** Exclamation and repeated question marks amplify whatever direction the words already have. */
function punctuationEmphasis(text: string): number {
	const ex = Math.min(4, (text.match(/!/g) ?? []).length);
	const q = (text.match(/\?/g) ?? []).length;
	const qs = q > 1 ? Math.min(0.96, q * 0.18) : 0;
	return ex * EXCLAIM + qs;
}

function compound(sum: number, emphasis: number): number {
	if (sum === 0) return 0;
	const x = sum + Math.sign(sum) * emphasis;
	return x / Math.sqrt(x * x + ALPHA);
}

/**
 * One unit's score (a sentence, a paragraph, a comment): tokens [from, to) of `text`, with wink's
 * mean valence for the same stretch.
 */
function unitScore(tokens: Token[], from: number, to: number, capsStandOut: boolean, text: string, winkMean: number): number {
	const { sum, mean } = rawSum(tokens, from, to, capsStandOut);
	// Two readings of "how strong are the words": ours, after the rules (so "not so good" is
	// negative), and wink's, which also knows its multi-word patterns and emoji. Our strengths run
	// to about ±2.5 for a clearly polar word; wink's mean is already −1..1.
	const ownMean = Math.max(-1, Math.min(1, mean / MEAN_SCALE));
	return blend(compound(sum, punctuationEmphasis(text)), (ownMean + winkMean) / 2);
}

/** wink's mean valence of a whole text read as one document (a comment is scored as one unit). */
function winkDocScore(text: string): number {
	const nlp = wink();
	return (nlp.readDoc(text.replace(/[\r\n\t]/g, ' ')).out(nlp.its.sentiment) as unknown as number) || 0;
}

/**
 * The rules give a saturating sum (more sentiment words, stronger score), VADER's compound; the mean
 * says how strong the words are, however many. Each misses what the other sees, and a mix tracks
 * human ratings better than either alone (on the VADER ground truth), so both count.
 */
function blend(rules: number, winkMean: number): number {
	const w = 0.6;
	return Math.max(-1, Math.min(1, w * rules + (1 - w) * winkMean));
}

/** The text is in capitals throughout: then a word in capitals stands out from nothing (VADER's rule). */
function allCaps(tokens: Token[]): boolean {
	const words = tokens.filter((t) => t.type === 'word' && LETTERS.test(t.value) && t.value.length > 1);
	return words.every((t) => isCaps(t.value));
}

/** Sentence-level scores with spans, and a body score: the mean over paragraphs that carry sentiment. */
export function scoreSentiment(text: string, tok: Tokenised): Sentiment {
	const capsStandOut = !allCaps(tok.tokens);
	// The body score is read per paragraph, not per sentence: a paragraph is the unit a reader takes
	// in at once (a news paragraph is one to three sentences, like a comment), and a sentence that
	// qualifies the one before ("But the plan failed.") should weigh against it, not beside it.
	const paragraphs = new Map<number, Sentence[]>();
	for (const s of tok.sentences) {
		const list = paragraphs.get(s.paragraph);
		if (list) list.push(s);
		else paragraphs.set(s.paragraph, [s]);
	}
	const sentences: SentenceSentiment[] = [];
	const scores: number[] = [];
	for (const ss of paragraphs.values()) {
		const first = ss[0];
		const last = ss[ss.length - 1];
		const slice = text.slice(first.start, last.end);
		for (const s of ss) {
			const score = unitScore(tok.tokens, s.firstToken, s.endToken, capsStandOut, text.slice(s.start, s.end), s.sentiment);
			sentences.push({ start: s.start, end: s.end, score });
		}
		const p = unitScore(tok.tokens, first.firstToken, last.endToken, capsStandOut, slice, tok.paragraphSentiment[first.paragraph] ?? 0);
		if (p !== 0) scores.push(p);
	}
	sentences.sort((a, b) => a.start - b.start);
	const score = scores.length ? scores.reduce((a, x) => a + x, 0) / scores.length : 0;
	return { score, sentences };
}

/**
 * A reader comment's sentiment, −1..1. Comments are short, so the whole comment is one unit, as
 * VADER scores a tweet: a "but" anywhere shifts the weight to what follows.
 */
export function scoreComment(text: string): number {
	if (!text.trim()) return 0;
	const tok = tokenise(text);
	const capsStandOut = !allCaps(tok.tokens);
	return unitScore(tok.tokens, 0, tok.tokens.length, capsStandOut, text, winkDocScore(text));
}
