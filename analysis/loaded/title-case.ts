// Headlines in Title Case or CAPITALS. There a capital letter says nothing about names, and wink, which
// reads capitals as names, tags most words of "Leftist Media Calls It Bigotry" as proper nouns and keeps
// them unlemmatised, so the lexicon's "leftist" and "bigotry" (or "Lying" with its part of speech)
// would not match. Such a sentence is read again in lower case for its lemmas and parts of speech;
// offsets and surface forms stay the body's.
import { wink } from '../nlp.js';
import type { Token, Tokenised } from '../types.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const THREE_LETTERS = /^\p{L}{3,}/u;
const UPPER_FIRST = /^\p{Lu}/u;

const MIN_WORDS = 4;

/** Small words that a title leaves in lower case. */
const SMALL = new Set(['the', 'and', 'but', 'for', 'nor', 'yet', 'with', 'from', 'into', 'onto', 'over', 'than', 'via']);

/**
 * Is the sentence (tokens [first, end)) in title case or capitals? Of its words of three letters or more
 * after the first, leaving out the small words a title keeps in lower case, at least four, and at
 * least 90% of them, are capitalised. (A sentence full of names, "Joe Biden met Kamala Harris in
 * Delaware", still has its verb in lower case.) `minWords` lowers the four for a line known to be a
 * headline, where a short one ("Minister Slams Shameful Verdict") is title case as well.
 */
export function isTitleCase(tokens: Token[], first: number, end: number, minWords = MIN_WORDS): boolean {
	let words = 0;
	let capital = 0;
	for (let j = first + 1; j < end; j++) {
		const v = tokens[j].value;
		if (!startsWithThreeLetters(v) || SMALL.has(v)) continue;
		words++;
		if (startsUpper(v)) capital++;
		// 90% capitalised needs nine capitalised words for each other one: when even every token left
		// being one could not make up the count, prose is answered after its first few words.
		else if (capital + (end - 1 - j) < 9 * (words - capital)) return false;
	}
	return capital >= minWords && capital / words >= 0.9;
}

const asciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** /^\p{L}{3,}/u, answered without a regex when the first three characters are ASCII (this runs for every word). */
function startsWithThreeLetters(v: string): boolean {
	if (v.length < 3) return false;
	let ascii = true;
	for (let k = 0; k < 3; k++) {
		const c = v.charCodeAt(k);
		if (c >= 128) ascii = false;
		else if (!asciiLetter(c)) return false;
	}
	return ascii || THREE_LETTERS.test(v);
}

/** /^\p{Lu}/u, with plain ASCII answered without a regex. */
function startsUpper(v: string): boolean {
	const c = v.charCodeAt(0);
	return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(v);
}

/**
 * The tokens with title-case sentences re-read in lower case: lemma, normal form and part of speech
 * from the lower-cased reading, where it splits into the same tokens. Returns the input itself when no
 * sentence is in title case.
 */
export function lowerTitleCase(text: string, tok: Tokenised, minWords = MIN_WORDS): Tokenised {
	let tokens: Token[] | null = null;
	for (const s of tok.sentences) {
		if (!isTitleCase(tok.tokens, s.firstToken, s.endToken, minWords)) continue;
		const nlp = wink();
		const its = nlp.its;
		const slice = text.slice(s.start, s.end).replace(/[\r\n\t]/g, ' ').toLowerCase();
		// Lower-casing keeps the length of almost every text; where it does not, offsets would drift.
		if (slice.length !== s.end - s.start) continue;
		const doc = nlp.readDoc(slice);
		const values = doc.tokens().out(its.value) as string[];
		if (values.length !== s.endToken - s.firstToken) continue;
		const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
		const normals = doc.tokens().out(its.normal) as string[];
		const pos = doc.tokens().out(its.pos) as string[];
		if (values.some((v, k) => v !== tok.tokens[s.firstToken + k].value.toLowerCase())) continue;
		tokens ??= tok.tokens.slice();
		for (let k = 0; k < values.length; k++) {
			const t = tokens[s.firstToken + k];
			tokens[s.firstToken + k] = { ...t, lemma: lemmas[k] ?? normals[k], normal: normals[k], pos: pos[k] };
		}
	}
	return tokens ? { ...tok, tokens } : tok;
}
