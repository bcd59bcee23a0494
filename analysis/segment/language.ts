// Is the article in English? Slant's word lists, quote rules and tone model are English, so on
// another language its figures mean little: the article is still stored and analysed, with a
// warning that says which language was found.
//
// Detection is franc-min (trigram profiles of 82 languages, MIT, no data downloads), chosen over
// tinyld after both were run here on real text: on 300 English news articles and 572 English
// paragraphs of 40+ words franc-min flagged none as foreign (tinyld 3 and 9, and it read a football
// report full of Portuguese names as Portuguese); on 2,000 single English news sentences it erred
// on 2.8% (tinyld 6%). tinyld is better on 8-word snippets, which is why short bodies get no verdict.
import { lazy } from '../lazy.js';
import type { ArticleWarning } from '../types.js';

const franc = lazy<typeof import('franc-min')>('franc-min');

/** Fewer words than this and no verdict is given: too little text for a reliable guess. */
export const MIN_WORDS = 20;
/** The detector reads at most this much of the body: a language does not change half-way, and the cost stays flat on a 5 MB paste. */
const SAMPLE_CHARS = 4000;
/**
 * Below this many words, English scoring within TIE of the best language counts as English: on
 * single English news sentences franc-min's misses all had English at 0.97 or more of the top score,
 * while on whole articles it made no misses at all (and foreign articles score English at 0.91-0.99).
 */
const SHORT_WORDS = 60;
const TIE = 0.97;

/**
 * Words that are frequent in any English prose and rare as words of other languages written in the
 * Latin script ("a", "in", "is", "on" are left out: Italian, German and Dutch use them too).
 */
const ENGLISH_FUNCTION_WORDS = new Set(
	'the of and to that for with was said from this have has which were would their been they it his her by at are not but will who had its'.split(' ')
);
/**
 * A sample of at least SHORT_WORDS words in which this share are ENGLISH_FUNCTION_WORDS is plainly
 * English, and franc-min is not asked (it costs more than tokenising the article). Measured here:
 * English articles have a median share of 0.24 (of 555 English texts of 100+ words, 99% above 0.18);
 * of the foreign articles and paragraphs (Italian, German, Portuguese, Malay, Russian, Korean), none
 * of 60+ words went above 0.07. Below the bar, franc-min decides as before.
 */
const PLAINLY_ENGLISH = 0.15;

const names = new Intl.DisplayNames(['en'], { type: 'language' });
/** The few franc-min codes the runtime's language names lack. */
const MORE_NAMES: Record<string, string> = { zlm: 'Malay', fuv: 'Nigerian Fulfulde', hms: 'Southern Qiandong Miao', skr: 'Saraiki' };

/** The body's language as an ISO 639-3 code and an English name, or null when there is too little text. */
export function detectLanguage(text: string): { code: string; name: string } | null {
	const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
	const { n, english } = sampleWords(sample);
	if (n < MIN_WORDS) return null;
	if (n >= SHORT_WORDS && english / n >= PLAINLY_ENGLISH) return { code: 'eng', name: 'English' };
	const ranked = franc().francAll(sample, { minLength: 10 });
	const [code, best] = ranked[0] ?? ['und', 0];
	if (code === 'und') return null;
	const eng = ranked.find(([c]) => c === 'eng')?.[1] ?? 0;
	if (code !== 'eng' && n < SHORT_WORDS && best > 0 && eng / best >= TIE) return { code: 'eng', name: 'English' };
	let name: string = MORE_NAMES[code] ?? code;
	try {
		if (!MORE_NAMES[code]) name = names.of(code) ?? code;
	} catch {
		/* an unknown code keeps its code as its name */
	}
	return { code, name };
}

const LETTER = /^\p{L}$/u;
const WORD_PART = /^[\p{L}\p{M}]$/u;

/**
 * The code point at i: its length in code units (1 or 2) plus 4 if it is a letter, 8 if it may only
 * continue a word (a mark, an apostrophe, a hyphen), as one number so that no pair is built per character.
 */
function partAt(s: string, i: number): number {
	const c = s.charCodeAt(i);
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 5 : c === 39 || c === 45 ? 9 : 1;
	if (c === 0x2019) return 9;
	const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
	const len = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
	const ch = s.slice(i, i + len);
	return len + (LETTER.test(ch) ? 4 : WORD_PART.test(ch) ? 8 : 0);
}

/**
 * How many words a sample has (runs of a letter and then letters, marks, apostrophes and hyphens:
 * the pattern `\p{L}[\p{L}\p{M}'’-]*`), and how many of them are ENGLISH_FUNCTION_WORDS (as
 * englishShare counts them), read in place rather than as an array of every word.
 */
function sampleWords(sample: string): { n: number; english: number } {
	let n = 0;
	let english = 0;
	for (let i = 0; i < sample.length; ) {
		const first = partAt(sample, i);
		i += first & 3;
		if (!(first & 4)) continue;
		const start = i - (first & 3);
		while (i < sample.length) {
			const p = partAt(sample, i);
			if (!(p & 12)) break;
			i += p & 3;
		}
		n++;
		if (i - start <= 5 && FUNCTION_WORD_CODES.has(letterCode(sample, start, i))) english++;
	}
	return { n, english };
}

/**
 * s[start, end) (at most five characters) as a number, the same for both cases of each ASCII letter
 * and different for every other string of letters; -1 when a character is no ASCII letter. Every
 * ENGLISH_FUNCTION_WORDS word is ASCII letters, and no other character lower-cases to one of theirs
 * (the Kelvin sign's "k" is in none), so the word's code is in FUNCTION_WORD_CODES exactly when the
 * word, lower-cased, is in the list: read without cutting the word out of the sample.
 */
function letterCode(s: string, start: number, end: number): number {
	let code = 0;
	for (let i = start; i < end; i++) {
		const c = s.charCodeAt(i) | 32;
		if (c < 97 || c > 122) return -1;
		code = code * 27 + (c - 96);
	}
	return code;
}
const FUNCTION_WORD_CODES = new Set([...ENGLISH_FUNCTION_WORDS].map((w) => letterCode(w, 0, w.length)));

/** Share of the words that are English function words (ENGLISH_FUNCTION_WORDS). */
export function englishShare(words: string[]): number {
	let k = 0;
	for (const w of words) if (w.length <= 5 && ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())) k++;
	return words.length ? k / words.length : 0;
}

/** The "not English" warning for a body, or none. */
export function languageWarnings(text: string): ArticleWarning[] {
	const lang = detectLanguage(text);
	if (!lang || lang.code === 'eng') return [];
	return [
		{
			code: 'not-english',
			message: `Not English (detected: ${lang.name}). Slant's word lists and rules are for English news, so its figures for this article mean little.`
		}
	];
}
