// What a capital letter says about a word, and where it says nothing: the patterns the name passes
// share, acronyms, lines in capitals or in title case (headings, where every word is capitalised) and
// short quotations in title case (slogans, signs, titles of songs and books).
import { isTitleCase } from '../loaded/title-case.js';
import type { Token, Tokenised } from '../types.js';
import { firstNames } from '../quotes/data.js';
import { inVocabulary } from '../nlp.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
export const UPPER_FIRST = /^\p{Lu}/u;
export const CAPITALS = /^\p{Lu}{3,}$/u;
export const LETTER = /\p{L}/u;
export const TITLE_WORD = /^\p{Lu}[\p{L}.-]*$/u;
export const ALL_UPPER = /^\p{Lu}+$/u;
const WORD_OF_THREE = /^\p{L}{3,}/u;
export const LOWER_FIRST = /^\p{Ll}/u;
export const ONE_UPPER = /^\p{Lu}$/u;

/** /^\p{Lu}/u on the token's text, with plain ASCII answered without the Unicode pattern (asked of every token, several times). */
export const capitalised = (t: Token) => {
	const c = t.value.charCodeAt(0);
	return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(t.value);
};
export const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
export const acronym = (t: Token) => ACRONYM.test(t.value);

/** Two words or more, every letter a capital: a heading or a shout, where capitals say nothing about names. */
export function inCapitals(text: string, from: number, to: number): boolean {
	const line = text.slice(from, to);
	return (line.match(WORDS_OF_TWO) ?? []).length >= 2 && !LOWER_LETTER.test(line);
}
const WORDS_OF_TWO = /\p{L}{2,}/gu;
/** A letter in lower case anywhere. */
export const LOWER_LETTER = /\p{Ll}/u;

/** "NEW DELHI" → "New Delhi": a name in capitals as places.txt writes it. */
export const titleCased = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

const OPENING = new Set(['"', '“', '‘', "'"]);
const CLOSING = new Set(['"', '”', '’', "'"]);
/**
 * Tokens inside a short quotation in title case: a slogan, a sign, a song or a book title ("Red for
 * Schools", "We're Not Gonna Take It"), judged as a heading is (title-case.ts), from one capitalised word
 * after the first; at most twelve tokens between the marks, in one paragraph.
 */
export function sloganTokens(tokens: Token[]): Uint8Array {
	const out = new Uint8Array(tokens.length);
	for (let i = 0; i < tokens.length; i++) {
		if (!OPENING.has(tokens[i].value)) continue;
		let j = i + 1;
		while (j < tokens.length && j - i <= 13 && !CLOSING.has(tokens[j].value) && tokens[j].paragraph === tokens[i].paragraph) j++;
		if (j >= tokens.length || !CLOSING.has(tokens[j].value) || j - i > 13 || j - i < 3) continue;
		if (capitalised(tokens[i + 1]) && isTitleCase(tokens, i + 1, j, 1)) out.fill(1, i + 1, j);
		i = j;
	}
	return out;
}

/**
 * Per sentence: in a heading (1), where a capital says nothing about names. A heading in title case
 * ("Video Shows Dramatic Rescue", a related story's headline pasted with the page) is a line of its own
 * with no closing full stop, among other paragraphs; a line in capitals is one however it ends. A text
 * of one line is left as it is. A heading may hold a cry before it ("'We Got Her!' Video Shows Dramatic
 * Rescue"): the line is judged as a whole, from its first sentence's first word to its last sentence's end.
 */
/** Tokens in a line short enough to be a subheading of a few words. */
const SUBHEADING_TOKENS = 8;

/** Words a title leaves small, not counted as its words. */
const LINKS = new Set(['and', 'the', 'for', 'with', 'from', 'into', 'over', 'than', 'but', 'nor', 'yet', 'via']);

/**
 * Could the short line [first, end) be a subheading ("Power and Performance", "What Does Stadia
 * Offer?"): two words of English at least (wink's vocabulary), not opened by a given name nor by a
 * bracket? A line that is a name ("Denny Hamlin", "Kristine Phillips") or a source ("[Engadget]") is not.
 */
function subheadingLike(tokens: Token[], first: number, end: number): boolean {
	const opener = tokens[first];
	if (!opener || !UPPER_FIRST.test(opener.value) || firstNames().has(opener.normal.toLowerCase())) return false;
	let words = 0;
	for (let k = first; k < end; k++) {
		const w = tokens[k].normal.toLowerCase();
		if (WORD_OF_THREE.test(w) && !LINKS.has(w) && inVocabulary(w)) words++;
	}
	return words >= 2;
}

export function headingSentences(text: string, tok: Tokenised): Uint8Array {
	const { tokens } = tok;
	const titled = new Uint8Array(tok.sentences.length);
	const lines = new Map<number, { first: number; end: number; sentences: number[] }>();
	tok.sentences.forEach((s, k) => {
		const line = lines.get(s.paragraph);
		if (!line) lines.set(s.paragraph, { first: s.firstToken, end: s.endToken, sentences: [k] });
		else {
			line.end = s.endToken;
			line.sentences.push(k);
		}
	});
	if (lines.size > 1)
		for (const line of lines.values()) {
			const last = tokens[line.end - 1];
			// A line in capitals is a heading however it ends ("WHO IS THE FRONT-RUNNER?", "WHAT SAY YOU, IMPEACHMENT JURY?")
			if (line.sentences.length <= 3 && inCapitals(text, tokens[line.first].start, last.end)) {
				for (const k of line.sentences) titled[k] = 1;
				continue;
			}
			// (a subheading of a few words needs fewer capitalised words: "Power and Performance", "Interior
			// and Technology", and a question in title case, "What Does Stadia Offer?")
			// (not a line that is a person's name, "Kyle Busch", or a source in brackets, "[Engadget]")
			const short = line.sentences.length === 1 && line.end - line.first <= SUBHEADING_TOKENS && subheadingLike(tokens, line.first, line.end);
			if (short && last?.value === '?') {
				if (isTitleCase(tokens, line.first, line.end, 2)) titled[line.sentences[0]] = 1;
				continue;
			}
			// (a headline given a full stop, as some archives and pastes do, "Donald Trump Finally Endorses House
			// Speaker Paul Ryan.": one sentence in title case with four capitalised words or more; or two or
			// three, each so, "One Sentence From Trump Just Set Off A Firestorm. His Response Took Everyone By
			// Surprise.", where review R of the 38th stop found "Firestorm" and "Surprise" made actors)
			if (last?.value === '.' && line.sentences.length <= 3 && line.sentences.every((k) => isTitleCase(tokens, tok.sentences[k].firstToken, tok.sentences[k].endToken))) {
				for (const k of line.sentences) titled[k] = 1;
				continue;
			}
			if (line.sentences.length > 3 || /^[.?…]$/.test(last?.value ?? '') || (last?.value === '!' && line.sentences.length === 1)) continue;
			if (isTitleCase(tokens, line.first, line.end, short ? 1 : undefined)) for (const k of line.sentences) titled[k] = 1;
		}
	return titled;
}
