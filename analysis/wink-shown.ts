// What wink is shown of a paragraph: the same text, of the same length (so offsets hold), with the few
// changes that make wink tokenise it as a reader would: runs too long for its tokeniser broken, a short
// form it would keep whole ended where a sentence ends, a plural title it would end a sentence at kept.
// tokenise() (nlp.ts) reads wink's tokens back against the original text.
import type { Span } from './types.js';
import { inVocabulary } from './nlp.js';

/**
 * The longest run of non-space characters handed to wink as it is. wink's tokeniser takes time
 * quadratic in the length of such a run (a 100 KB "word" took 42 s, 100,000 apostrophes 17 s), and no
 * English word or ordinary URL comes near this length.
 */
export const MAX_RUN = 200;

/**
 * Break runs of more than MAX_RUN non-space characters by putting a space in place of every
 * MAX_RUN-th character (two spaces for an astral character, never half of one), so wink sees pieces of bounded length and
 * offsets stay those of the original text. Returns the text and the original runs that were broken.
 */
export function breakLongRuns(text: string, max = MAX_RUN): { text: string; broken: Span[] } {
	const broken: Span[] = [];
	let out: string[] | null = null;
	let runStart = -1;
	let sinceBreak = 0;
	const n = text.length;
	for (let i = 0; i <= n; i++) {
		const c = i < n ? text.charCodeAt(i) : 32;
		// (most characters lie between the space and U+00A0, and are read with one comparison)
		const space = c <= 32 ? c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 : c >= 0xa0 && (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680);
		if (space) {
			if (runStart >= 0 && i - runStart > max) broken.push({ start: runStart, end: i });
			runStart = -1;
			sinceBreak = 0;
			continue;
		}
		if (runStart < 0) runStart = i;
		if (++sinceBreak > max && !(c >= 0xdc00 && c <= 0xdfff)) {
			out ??= text.split('');
			out[i] = ' ';
			// An astral character (emoji) is two code units: blank both rather than orphan one.
			const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
			if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) out[++i] = ' ';
			sinceBreak = 0;
		}
	}
	return { text: out ? out.join('') : text, broken };
}

/**
 * Short forms that stay one token before a capital ("vs. Trump", "et al. Smith", "approx. Ten"). Not "no":
 * "No. 2" has a figure after it, and in lower case before a capital it is the word ending a sentence ("Ann
 * Lee, a teacher, said no. Then she left.": one sentence for wink, with a speaker "no." and the quote
 * "Ann Lee, a teacher"; review AA of the 42nd stop, in an invented variant).
 */
const STAYS_SHORT = new Set(['vs', 'cf', 'al', 'viz', 'approx', 'incl', 'esp', 'ca', 'est', 'dept', 'govt', 'jr', 'sr', 'st', 'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'ft', 'mt', 'nos', 'vol', 'pp', 'ed', 'eds']);
const WORD_BEFORE_STOP = /(^|[\s(“"‘'])(\p{Ll}{2,6})\.(?=\s+["“‘'(]?\p{Lu}|[ \t]*(?:\n|$))/gu;

/**
 * wink keeps a word and the full stop after it as one token when its lexicon has the word as a short
 * form: "ill." (Illinois), "mass.", "miss.", "wash.", "ore.", so "He fell ill. UK officials said …" was
 * one sentence, with "ill. UK officials" its speaker. Where such a word in lower case ends a sentence (a
 * capital follows, or the line ends), wink is shown "!" in place of the full stop (same length: offsets hold, and token
 * values come from the original text), which it always splits off and ends a sentence at.
 */
export function endSentences(text: string): string {
	if (!text.includes('.')) return text;
	let out: string[] | null = null;
	for (const m of text.matchAll(WORD_BEFORE_STOP)) {
		const word = m[2];
		if (STAYS_SHORT.has(word) || !inVocabulary(`${word}.`)) continue;
		out ??= text.split('');
		out[m.index! + m[1].length + word.length] = '!';
	}
	// ("… beat the Netherlands in Group E. Spain topped Group A": a letter that labels something ends the
	// sentence, no initial of a name: "Group E. Spain" had been one name)
	for (const m of text.matchAll(LETTER_LABEL)) {
		out ??= text.split('');
		out[m.index! + m[0].length - 1] = '!';
	}
	return out ? out.join('') : text;
}

/** Words a letter or a number after them labels: "Group E", "Pool B", "Plan B", "Vitamin C" (also actors/names.ts). */
export const LETTER_LABELS: ReadonlySet<string> = new Set(['group', 'pool', 'plan', 'class', 'category', 'section', 'division', 'grade', 'type', 'vitamin', 'hepatitis', 'zone', 'gate', 'terminal', 'block', 'phase', 'appendix', 'exhibit', 'option', 'tier', 'platform']);
/** Such a word, its letter, and the letter's full stop before a capital: "Group E. Spain", "Plan B. The". */
const LETTER_LABEL = new RegExp(String.raw`\b(?:${[...LETTER_LABELS].map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\s\p{Lu}\.(?=\s+["“‘'(]?\p{Lu})`, 'gu');

/**
 * Titles written short that wink does not know, plural ("Sens. Ann Roe and Tom Vale", "Govs. …", "Drs. …")
 * or not ("Pres. Tom Reed", "Supt. Ann Lee"): wink ends a sentence at their full stop, so "Democratic
 * Sens." was a sentence of its own and the names after it had no title ("Pres" was a speaker of its own,
 * review 36). Where a capital follows, wink is shown a comma in place of the full stop (same length), and
 * the two tokens it reads are joined again into one, "Sens.", as wink gives "Reps." and "Sen.". (And "Sen.",
 * "Rep.", "Gov." themselves, which wink splits after a hyphen: "then-Sen. Barack Obama" had made "Sen" an
 * actor and left Obama untitled; review Z of the 41st stop. And clergy's and police titles, "The Rev. Jesse
 * Jackson spoke", "Msgr.", "Fr.", "Det.", "Insp.", "Cmdr.": review AA of the 42nd stop had "Rev" an actor.)
 */
const SHORT_TITLE_WORDS = ['Sens', 'Govs', 'Drs', 'Sen', 'Rep', 'Gov', 'Profs', 'Gens', 'Lts', 'Sgts', 'Cols', 'Capts', 'Adms', 'Cmdrs', 'Revs', 'Supts', 'Mmes', 'Pres', 'Supt', 'Rev', 'Msgr', 'Fr', 'Det', 'Insp', 'Cmdr'];
const SHORT_TITLES = new RegExp(String.raw`(^|[^\p{L}\p{N}.])(${SHORT_TITLE_WORDS.join('|')})\.(?=\s+["“‘']?(\p{Lu}[\p{L}'’-]*))`, 'gu');
/** The last letter of every such title and its full stop: a text without one has none. */
const TITLE_END = /[nprstv]\./;
/** Those titles in lower case, as tokenise() joins a title and its full stop again. */
export const JOINED_TITLES: ReadonlySet<string> = new Set(SHORT_TITLE_WORDS.map((w) => w.toLowerCase()));
/** Words that open a sentence after such a title rather than name someone ("beat the Sens. Then …"). */
const OPENS_SENTENCE = new Set(['The', 'Then', 'It', 'He', 'She', 'They', 'We', 'I', 'But', 'And', 'A', 'An', 'In', 'On', 'This', 'That', 'There', 'So', 'Yet', 'Now', 'After', 'When', 'As', 'At']);

export function keepShortTitles(text: string): string {
	// (every title there ends in one of these letters)
	if (!TITLE_END.test(text)) return text;
	let out: string[] | null = null;
	for (const m of text.matchAll(SHORT_TITLES)) {
		if (OPENS_SENTENCE.has(m[3])) continue;
		out ??= text.split('');
		out[m.index! + m[1].length + m[2].length] = ',';
	}
	return out ? out.join('') : text;
}

/** Two single marks opening a quotation, the newspaper archives' style (NYT, LexisNexis): ''a, ''We. */
const OPENING_DOUBLED = /(^|[\s([{—–])''(?=[\p{L}\p{N}])/gu;

/**
 * wink reads an opening '' as two tokens, and the second as part of a short word when one follows:
 * "''a disaster''" gave "'" and "'a". It is shown ` "` in its place (same length), which it reads as one
 * quotation mark before the word; tokenise() gives that token both marks of the original text.
 */
export function showDoubledMarks(text: string): string {
	if (!text.includes("''")) return text;
	return text.replace(OPENING_DOUBLED, (_m, before: string) => `${before} "`);
}

