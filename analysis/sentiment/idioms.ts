// The idiom (a multi-word entry of the valence lists: "fell flat", "kind of") that starts at each
// token of an article, looked up once. A token is read in several units (its sentence, its paragraph,
// a stretch of one voice, each actor's reading of its sentence); every unit that holds the same tokens
// from it on, none of them left out, finds the same idiom there, so it reads this answer instead of
// building the same keys again. Any other unit (one that ends or skips tokens inside the stretch the
// search read, or leaves one out) searches itself, exactly as before.
import { phraseAtIndex } from './lexicon.js';
import type { Token } from '../types.js';

export interface Phrase {
	value: number;
	length: number;
}

export interface Idioms {
	/** Per token: how many tokens from it on the search read (at least 1). */
	reach: Uint8Array;
	/** Per token: the longest idiom starting there, or null. Read only. */
	found: (Phrase | null)[];
}

const NEVER = () => false;

/** The idiom at every token of `tokens` (`lower`: their normal forms in lower case, as toneTokens() has them). */
export function idiomsOf(tokens: Token[], lower: string[]): Idioms {
	const n = tokens.length;
	const reach = new Uint8Array(n);
	const found = new Array<Phrase | null>(n);
	const all = new Int32Array(n);
	for (let i = 0; i < n; i++) all[i] = i;
	for (let i = 0; i < n; i++) found[i] = phraseAtIndex(tokens, all, n, lower, i, NEVER, reach);
	return { reach, found };
}

/**
 * phraseAtIndex(tokens, idx, length, lower, i, stop), answered from the article's idioms when the unit
 * holds, from position i on, the very tokens the search read there and leaves none of them out.
 */
export function idiomAt(m: Idioms, tokens: Token[], idx: ArrayLike<number>, length: number, lower: string[], i: number, stop: (p: number) => boolean): Phrase | null {
	const ti = idx[i];
	const r = m.reach[ti];
	// Unit positions hold increasing token indices: the last one read being ti + r - 1 means the r
	// positions from i are the tokens ti, ti + 1, … in a row.
	if (r > 0 && i + r <= length && idx[i + r - 1] === ti + r - 1) {
		let stopped = false;
		for (let p = i; p < i + r && !stopped; p++) stopped = stop(p);
		if (!stopped) return m.found[ti];
	}
	return phraseAtIndex(tokens, idx, length, lower, i, stop);
}
