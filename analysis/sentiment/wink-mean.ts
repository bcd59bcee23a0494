// wink's own mean valence of any part of a text, from the patterns wink matched when it tokenised the
// whole (WinkMatches), never by reading the words again. The tone stage asks for it over the words a
// unit keeps (names and topic words left out, the other voice of a paragraph left out): it is what
// wink would give that sequence of words read alone, computed as wink computes it
// (wink-eng-lite-web-model's negation and sentiment setters):
// - a negation pattern reaches from the word after it to the end of its sentence, or to the start of
//   the next negation pattern, whichever comes first (when there is a next one, wink stops one token
//   short of the sentence's end; that quirk is kept). Punctuation, emoji and emoticons are not negated.
// - a sentiment pattern whose first word is negated counts with its sign flipped; a sentence scores the
//   mean of its patterns, and the text the mean over its sentences (those without patterns count 0).
// Only patterns whose every word is kept count, and only where their words still follow each other.
import type { Token, WinkMatches } from '../types.js';

// Scratch space reused across calls (units are short; articles many).
let groupOf = new Int32Array(256);
let negated = new Uint8Array(256);

const UNNEGATED = new Set(['punctuation', 'emoji', 'emoticon']);

/**
 * wink's mean valence (−1..1) of the tokens `keep[0..length)` (indices into `tokens`, increasing), as
 * if those words alone were read. 0 when nothing is kept.
 */
export function winkMeanOf(tokens: Token[], m: WinkMatches, keep: ArrayLike<number>, length = keep.length): number {
	if (length === 0) return 0;
	if (groupOf.length < length) {
		groupOf = new Int32Array(length * 2);
		negated = new Uint8Array(length * 2);
	}
	// Sentences: runs of kept tokens from one sentence of the text. groupEnd[g] is the last position of g.
	const groupEnd: number[] = [];
	let prev = -1;
	for (let p = 0; p < length; p++) {
		const s = tokens[keep[p]].sentence;
		if (p > 0 && s !== prev) groupEnd.push(p - 1);
		groupOf[p] = groupEnd.length;
		prev = s;
	}
	groupEnd.push(length - 1);
	negated.fill(0, 0, length);

	// Negation patterns among the kept words, in order: [first position, last position, stops only].
	const pats: number[] = [];
	for (let p = 0; p < length; p++) {
		const t = keep[p];
		const e = m.negEnd[t];
		if (e < 0) continue;
		const last = p + (e - t);
		if (last < length && keep[last] === e) pats.push(p, last, m.negStop[t]);
	}
	for (let k = 0; k < pats.length; k += 3) {
		if (pats[k + 2]) continue;
		const from = pats[k + 1] + 1;
		let to = groupEnd[groupOf[pats[k + 1]]];
		if (k + 3 < pats.length) to = to < pats[k + 3] ? to : pats[k + 3];
		else to += 1;
		for (let p = from; p < to; p++) if (!UNNEGATED.has(tokens[keep[p]].type)) negated[p] = 1;
	}

	// Sentiment patterns: each sentence's mean, then the mean over sentences.
	let doc = 0;
	let sum = 0;
	let n = 0;
	let g = 0;
	for (let p = 0; p < length; p++) {
		if (groupOf[p] !== g) {
			if (n) doc += sum / n;
			sum = 0;
			n = 0;
			g = groupOf[p];
		}
		const t = keep[p];
		const e = m.saEnd[t];
		if (e < 0) continue;
		const last = p + (e - t);
		if (last >= length || keep[last] !== e) continue;
		if (negated[p]) sum -= m.saValue[t];
		else sum += m.saValue[t];
		n++;
	}
	if (n) doc += sum / n;
	return doc / groupEnd.length;
}
