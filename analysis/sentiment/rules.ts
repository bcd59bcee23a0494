// The rules of VADER (Hutto & Gilbert 2014) over word valences: boosters and dampeners, negation
// scope, ALL CAPS, exclamation marks, the clause after "but" weighing more, "too" + a neutral word,
// idioms. The code is our own; the constants are the paper's published ones. A unit (a sentence, a
// paragraph, a comment, one voice of a paragraph) is a sequence of tokens, some of which may be
// left out (`silent`: a word inside a name, a topic word): they stay in the sequence, so they still
// stand between a negator and the word it negates, but they count nothing.
import { phraseAt, ruleLists, valence, winkValence } from './lexicon.js';
import type { Span, Token } from '../types.js';

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
/** A word strength that counts as fully polar in the mean reading. */
const MEAN_SCALE = 2.5;
/** Strength of "too" + a neutral adjective. */
const TOO = -1.5;
/** How many words back a booster or a negator reaches. */
const SCOPE = 3;
/** Weight of the saturating sum (VADER's compound) against the mean reading. */
const RULES_WEIGHT = 0.6;

export interface Unit {
	/** The unit's tokens in text order (a voice of a paragraph may skip the other voice's words). */
	seq: Token[];
	/** Per position: left out of the tone (a name, a topic word). */
	silent?: boolean[];
	/** Not all the text is in capitals, so a word in capitals stands out (VADER's rule). */
	capsStandOut: boolean;
	/** wink's own mean valence of the unit, when wink read exactly these words (else it is read word by word). */
	winkMean?: number;
}

/** One word (or idiom) that carried sentiment, with its strength after the rules, on −4..4. */
export interface Carrier extends Span {
	value: number;
}

export interface UnitScore {
	/** −1..1. */
	score: number;
	/** The words that carried it, in text order. */
	carriers: Carrier[];
}

const LETTERS = /\p{L}/u;
export const isCaps = (s: string) => s.length > 1 && LETTERS.test(s) && s === s.toUpperCase() && s !== s.toLowerCase();
const lower = (t: Token) => t.normal.toLowerCase().replace(/’/g, "'");

const COMPARATIVE = /^(better|best|more|most|happier|greater|nicer|easier)$/;

function enoughFollows(seq: Token[], i: number): boolean {
	for (let j = i + 1; j < seq.length && j <= i + 4; j++) {
		if (seq[j].type === 'punctuation') return false;
		if (lower(seq[j]) === 'enough') return true;
	}
	return false;
}

/** The text is in capitals throughout: then a word in capitals stands out from nothing. */
export function allCaps(tokens: Token[]): boolean {
	const words = tokens.filter((t) => t.type === 'word' && LETTERS.test(t.value) && t.value.length > 1);
	return words.every((t) => isCaps(t.value));
}

/** Exclamation and repeated question marks amplify whatever direction the words already have. */
function punctuationEmphasis(seq: Token[]): number {
	let ex = 0;
	let q = 0;
	for (const t of seq) {
		if (t.type !== 'punctuation') continue;
		for (const c of t.value) {
			if (c === '!') ex++;
			else if (c === '?') q++;
		}
	}
	const qs = q > 1 ? Math.min(0.96, q * 0.18) : 0;
	return Math.min(4, ex) * EXCLAIM + qs;
}

function compound(sum: number, emphasis: number): number {
	if (sum === 0) return 0;
	const x = sum + Math.sign(sum) * emphasis;
	return x / Math.sqrt(x * x + ALPHA);
}

/** A unit's score, −1..1, with the words that carried it. */
export function scoreUnit(unit: Unit): UnitScore {
	const { seq, capsStandOut } = unit;
	const silent = (k: number) => !!unit.silent?.[k];
	const { boosters, dampeners, negators, contrast } = ruleLists();
	const strengths: number[] = [];
	const carriers: (Carrier | null)[] = [];
	// wink's own reading: the mean of its valences (−1..1) over the unit's polar words, negated ones flipped.
	let winkSum = 0;
	let winkN = 0;
	const skip = new Set<number>();
	let butAt = -1;
	for (let i = 0; i < seq.length; i++) {
		const t = seq[i];
		const w = lower(t);
		// Only a conjunction contrasts two clauses ("slow, but good"); "not yet" is no contrast.
		const conj = t.pos === 'CCONJ' || t.pos === 'SCONJ' || w === 'however';
		if (conj && contrast.has(w) && butAt < 0 && i > 0 && !silent(i)) butAt = strengths.length;
		const none = () => {
			strengths.push(0);
			carriers.push(null);
		};
		if (skip.has(i) || silent(i)) {
			none();
			continue;
		}
		// An idiom's value replaces its words' own ("not worth", "fell flat"); its later words count nothing.
		const phrase = phraseAt(seq, i, silent);
		if (phrase) for (let k = 1; k < phrase.length; k++) skip.add(i + k);
		if (!phrase && (t.type === 'punctuation' || boosters.has(w) || negators.has(w))) {
			none();
			continue;
		}
		let s = phrase ? phrase.value : valence(t.value, t.lemma, t.pos);
		// "too" before a word of no polarity marks an excess, a complaint: "too long", "too loud".
		if (s === 0 && i > 0 && lower(seq[i - 1]) === 'too' && (t.pos === 'ADJ' || t.pos === 'ADV')) s = TOO;
		if (s === 0) {
			none();
			continue;
		}
		const sign = Math.sign(s);
		if (capsStandOut && isCaps(t.value)) s += sign * CAPS;
		// Look back over a few words, within the clause (punctuation ends the scope).
		let negated = false;
		let emphatic = false;
		for (let k = 1, j = i - 1; k <= SCOPE && j >= 0; k++, j--) {
			const p = seq[j];
			if (p.type === 'punctuation') break;
			const pw = lower(p);
			const decay = k === 1 ? 1 : k === 2 ? 0.95 : 0.9;
			const pair = `${pw} ${lower(seq[j + 1])}`;
			if (boosters.has(pw)) {
				let b = BOOST * decay;
				if (capsStandOut && isCaps(p.value)) b += CAPS * decay; // "VERY good"
				s += sign * b;
			} else if (dampeners.has(pw) || dampeners.has(pair)) s -= sign * BOOST * decay;
			if (negators.has(pw) || /n't$/.test(pw)) {
				// VADER's "never so/this" rule: "never so happy", "never this bad" is emphasis, not negation.
				const between = seq.slice(j + 1, i).map(lower);
				if (pw === 'never' && between.some((x) => x === 'so' || x === 'this')) emphatic = true;
				else negated = true;
			}
		}
		// "couldn't be happier", "doesn't get any better", "can't recommend it enough": negating a
		// comparative, or an "enough" later in the clause, is praise, not its opposite.
		if (negated && (COMPARATIVE.test(w) || enoughFollows(seq, i))) negated = false;
		if (negated) s *= NEGATE;
		else if (emphatic) s *= 1.25;
		const wv = phrase ? 0 : winkValence(w);
		if (wv !== 0) {
			winkSum += negated ? -wv : wv;
			winkN++;
		}
		strengths.push(s);
		const last = seq[Math.min(seq.length - 1, i + (phrase ? phrase.length - 1 : 0))];
		carriers.push(s !== 0 ? { start: t.start, end: last.end, value: s } : null);
	}
	if (butAt >= 0)
		for (let k = 0; k < strengths.length; k++) {
			const f = k < butAt ? BEFORE_BUT : AFTER_BUT;
			strengths[k] *= f;
			const c = carriers[k];
			if (c) c.value *= f;
		}
	const polar = strengths.filter((x) => x !== 0);
	const sum = polar.reduce((a, b) => a + b, 0);
	const mean = polar.length ? sum / polar.length : 0;
	// Two readings of "how strong are the words": ours, after the rules (so "not so good" is
	// negative), and wink's. Our strengths run to about ±2.5 for a clearly polar word; wink's are −1..1.
	const ownMean = Math.max(-1, Math.min(1, mean / MEAN_SCALE));
	const winkMean = unit.winkMean ?? (winkN ? winkSum / winkN : 0);
	const score = blend(compound(sum, punctuationEmphasis(seq)), (ownMean + winkMean) / 2);
	return { score, carriers: carriers.filter((c): c is Carrier => c !== null) };
}

/**
 * The rules give a saturating sum (more sentiment words, stronger score), VADER's compound; the mean
 * says how strong the words are, however many. Each misses what the other sees, and a mix tracks
 * human ratings better than either alone (on the VADER ground truth), so both count.
 */
function blend(rules: number, mean: number): number {
	return Math.max(-1, Math.min(1, RULES_WEIGHT * rules + (1 - RULES_WEIGHT) * mean));
}
