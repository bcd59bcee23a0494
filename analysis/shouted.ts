// Words written in capitals for emphasis among ordinary words ("I LOVE this", "This movie is AWESOME").
// wink tags any word in capitals a proper noun, and the entity scan takes a lone one for an acronym, so
// such a word had counted nothing: it was a "name". VADER's rule is the opposite: a word in capitals
// stands out and weighs more. Here a word in capitals is emphasis when its lower-case form carries
// tone and it stands among ordinary words: the words beside it in its sentence are neither in capitals
// (a line in capitals is a heading, a run of them a name: "NY SAFE Act") nor capitalised ("the BIG
// League"). Its part of speech and lemma are then read again from the sentence in lower case, as are a
// sentence's capitalised first word's where its tone depends on them ("Top officials said …").
import { inVocabulary, tokenise } from './nlp.js';
import { plainFactsOf, valence } from './sentiment/lexicon.js';
import { isCaps } from './sentiment/rules.js';
import { knownOrgNames } from './quotes/data.js';
import type { Token, Tokenised } from './types.js';

/** Three or more capital letters and nothing else ("OK", "TX", "NH" are states as often as words). */
const SHOUT = /^\p{Lu}{3,}$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** A capital, then lower case only ("Top", not "TOP" or "McCain"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const QUOTE_MARK = /^["“”‘’'«»]$/;

/** How wink reads a word in capitals when it is written in lower case. */
export interface Recast {
	pos: string;
	lemma: string;
}

/** The index of the nearest word token before (step −1) or after (step 1) token i in its sentence, or −1. */
function neighbour(tokens: Token[], i: number, step: 1 | -1): number {
	const s = tokens[i].sentence;
	for (let k = i + step; k >= 0 && k < tokens.length && tokens[k].sentence === s; k += step) if (tokens[k].type === 'word') return k;
	return -1;
}

/** Is token i a word in capitals written for emphasis (see the top of this file)? */
export function isShouted(tokens: Token[], i: number): boolean {
	const t = tokens[i];
	if (t.type !== 'word' || !SHOUT.test(t.value)) return false;
	const b = neighbour(tokens, i, -1);
	const a = neighbour(tokens, i, 1);
	// Among ordinary words: one of them in lower case, neither in capitals nor capitalised as a name is
	// ("the BIG League"; the sentence's first word and "I" are capitalised anyway). A word alone on its
	// line ("OUTSTANDING.", "LOW") is a heading or a label.
	const name = (k: number) => k >= 0 && (isCaps(tokens[k].value) || (UPPER_FIRST.test(tokens[k].value) && tokens[k].value !== 'I' && neighbour(tokens, k, -1) >= 0));
	if (name(b) || name(a)) return false;
	if (!(b >= 0 && LOWER_FIRST.test(tokens[b].value)) && !(a >= 0 && LOWER_FIRST.test(tokens[a].value))) return false;
	// A word alone in quotation marks is a label or a word mentioned ("a memo marked “URGENT”").
	if (QUOTE_MARK.test(tokens[i - 1]?.value ?? '') && QUOTE_MARK.test(tokens[i + 1]?.value ?? '')) return false;
	const w = t.value.toLowerCase();
	// A word of the model's English, not slang or an abbreviation VADER rates ("AAS", "MIA", "FYI" name
	// things as often), and not an organisation speaker-groups.tsv knows by that name.
	return valence(w) !== 0 && inVocabulary(w) && !knownOrgNames().has(w);
}

/**
 * A sentence's first word that wink read as a proper noun only because it is capitalised ("Top
 * officials said …", "Key West officials", "Well, …"): it matters where the word's tone depends on its
 * part of speech (neutral-senses.txt: "top" and "key" are plain as adjectives, rated as nouns or
 * verbs). A first word in capitals is a shouted word's case, not this one.
 */
function capitalisedFirst(tok: Tokenised, i: number): boolean {
	const t = tok.tokens[i];
	if (t.pos !== 'PROPN' || !TITLE_CASE.test(t.value)) return false;
	const w = t.value.toLowerCase();
	return !!plainFactsOf(w).senses && valence(w) !== 0;
}

/**
 * Words wink read as proper nouns because of their capitals, by token index, with the part of speech
 * and lemma wink gives them in lower case: shouted words (isShouted) and a sentence's capitalised first
 * word whose tone depends on its part of speech (capitalisedFirst). Each sentence holding one is read
 * again, with only those words lower-cased; a text without any costs one test per word in capitals
 * and one per sentence.
 */
export function recastWords(tok: Tokenised, text: string): Map<number, Recast> {
	const out = new Map<number, Recast>();
	const { tokens } = tok;
	const bySentence = new Map<number, number[]>();
	const add = (i: number) => {
		const s = tokens[i].sentence;
		const list = bySentence.get(s);
		if (list) list.push(i);
		else bySentence.set(s, [i]);
	};
	for (const s of tok.sentences) {
		let first = s.firstToken;
		while (first < s.endToken && tokens[first].type !== 'word') first++;
		if (first < s.endToken && capitalisedFirst(tok, first)) add(first);
	}
	for (let i = 0; i < tokens.length; i++) if (tokens[i].pos === 'PROPN' && isShouted(tokens, i)) add(i);
	for (const [s, list] of bySentence) {
		const sentence = tok.sentences[s];
		let lowered = text.slice(sentence.start, sentence.end);
		for (const i of list) {
			const t = tokens[i];
			const from = t.start - sentence.start;
			lowered = lowered.slice(0, from) + t.value.toLowerCase() + lowered.slice(from + t.value.length);
		}
		const again = tokenise(lowered).tokens;
		for (const i of list) {
			const from = tokens[i].start - sentence.start;
			const t = again.find((a) => a.start === from && a.end - a.start === tokens[i].value.length);
			if (t && t.pos !== 'PROPN') out.set(i, { pos: t.pos, lemma: t.lemma });
		}
	}
	return out;
}
