// Surnames that are also English function words ("Al From", "Billy Long", "Will", "May"): the tagger
// reads "From" as a preposition wherever it stands, so "said Al From" gave the speaker "Al" and
// "“…,” From said" gave none. Read after tokenising, over the article's own tokens (tokenise() calls it
// before returning them, so the stage stays a pure function of the text).
import type { Sentence, Token } from './types.js';
import { isTitleCase } from './loaded/title-case.js';
import { givenName } from './quotes/data.js';

/** Parts of speech a surname written as a function word is given. */
const FUNCTION_POS = new Set(['ADP', 'ADV', 'AUX', 'SCONJ', 'CCONJ', 'DET', 'PART']);
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Punctuation a name may be followed by. */
const AFTER_NAME = new Set([',', '.', ';', ':', ')', '!', '?', '”', '"', '’']);
/** Verbs a speaker's surname opens a sentence before ("From said", "Long told reporters"). */
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'noted', 'explained', 'recalled', 'argued', 'insisted', 'replied']);

/**
 * Retag as proper nouns: a capitalised function word right after a given name (first-names.txt), in a
 * sentence not in title case (isTitleCase, as the loaded terms read headlines), with punctuation or a
 * lower-case verb after it ("said Al From, who …", "Al From founded …"); and, once a word has been so
 * found, the same word opening a sentence before a verb of speech ("From said …"). Changes `tokens`
 * in place; `sentences` are tokenise()'s.
 */
export function retagSurnames(tokens: Token[], sentences: readonly Sentence[]): void {
	const surnames = new Set<string>();
	// (a headline's "Trump Visits Al From Ohio Today": there a capital says nothing about names)
	const titleCase = (s: number) => isTitleCase(tokens, sentences[s].firstToken, sentences[s].endToken);
	for (let i = 1; i < tokens.length; i++) {
		const t = tokens[i];
		if (!FUNCTION_POS.has(t.pos) || !CAPITALISED.test(t.value)) continue;
		const prev = tokens[i - 1];
		const next = tokens[i + 1];
		if (prev.pos !== 'PROPN' || prev.sentence !== t.sentence || !CAPITALISED.test(prev.value) || prev.end + 1 !== t.start) continue;
		// (after a given name: "Democrats Abroad", "Google Plus", "Make America Great Again" are no one's surname)
		if (givenName(prev.value) === undefined) continue;
		const ends = !next || next.sentence !== t.sentence || AFTER_NAME.has(next.value) || ((next.pos === 'VERB' || next.pos === 'AUX') && /^\p{Ll}/u.test(next.value));
		if (!ends || titleCase(t.sentence)) continue;
		t.pos = 'PROPN';
		surnames.add(t.value);
	}
	if (!surnames.size) return;
	for (let i = 0; i < tokens.length - 1; i++) {
		const t = tokens[i];
		if (!FUNCTION_POS.has(t.pos) || !surnames.has(t.value)) continue;
		const prev = tokens[i - 1];
		const opens = !prev || prev.sentence !== t.sentence || /^[“”"‘’']$/.test(prev.value) || prev.value === ',';
		if (opens && SPEECH.has(tokens[i + 1].normal.toLowerCase())) t.pos = 'PROPN';
	}
}
