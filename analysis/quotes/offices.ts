// Offices and their holders: "Secretary of State Mike Pompeo", "ambassador to Ukraine Marie
// Yovanovitch", "Minister of Foreign Affairs and Trade Péter Szijjártó". Where an office's name starts
// before a name (officeOf), and where the holder's name starts after it (officeHolder): the entity
// scan, the phrase finder and the mention parser read them the same way.
import type { Token } from '../types.js';
import { inVocabulary } from '../nlp.js';
import { givenName, orgWords, placeNames, titleWords } from './data.js';
import { NAME_PARTICLES, isCap } from './mentions.js';
import { isGenerationWord } from './name-words.js';
import { pluralTitle } from './mention-words.js';

/**
 * Where "<title> of <Capitalised words>" starts when the capitalised run ending at token k follows it
 * ("Minister of Foreign Affairs": the run ending at "Affairs" gives the index of "Minister"), else -1.
 * At most four words are read back, none a given name. An office named with "and" in it ("… Foreign Affairs and Trade
 * Péter Szijjártó") is taken whole only so: "Clinton and Donald Trump" are two people.
 */
export function officeOf(toks: Token[], k: number): number {
	let j = k;
	// (a given name in the run makes it a person's: "Secretary of State John Kerry and …")
	while (j >= 0 && k - j < 4 && isCap(toks[j]) && toks[j].normal !== 'of' && givenName(toks[j].normal) === undefined) j--;
	return j < k && j >= 1 && toks[j].normal === 'of' && titleWords().has(toks[j - 1].normal) ? j - 1 : -1;
}

/**
 * "Department of Health Secretary Tom Price", "Bank of England Governor Mark Carney": an organisation's
 * name, then a capitalised title and a name of two or more capitalised words up to `e`, which are its
 * officer's. Returns the title's index (searched from `from`, after the organisation's own words), or
 * -1. The name holds no title or organisation word ("Department of Health Services" stays a name).
 */
export function officerAfter(toks: readonly Token[], from: number, e: number): number {
	const titles = titleWords();
	const nameWord = (x: Token) => isCap(x) && x.pos === 'PROPN' && !titles.has(x.normal) && !orgWords().has(x.normal);
	// (from the end: a name of two to four words, then its title)
	for (let j = e - 1; j > from && j >= e - 5; j--) {
		if (isCap(toks[j]) && titles.has(toks[j].normal)) return e - j >= 3 ? j : -1;
		if (!nameWord(toks[j])) return -1;
	}
	return -1;
}

/** "adviser to the president", "ambassador to Ukraine": token k is "to" after a title, a link as "of" is. */
// (in the plural too: "Advisers to a rival campaign"; review LL of the 47th stop)
// (and a source's closeness, closeTo)
export const officeTo = (toks: readonly Token[], k: number): boolean => k > 0 && toks[k]?.normal === 'to' && (titleWords().has(toks[k - 1].normal) || pluralTitle(toks[k - 1]) || closeTo(toks, k));

/** "a person close to the Clintons", "sources close to the family": token k is "to" after a noun and "close", a link as "familiar with" is; they are someone of theirs, not the Clintons (review PP of the 49th stop). */
export const closeTo = (toks: readonly Token[], k: number): boolean => toks[k]?.normal === 'to' && toks[k - 1]?.normal === 'close' && toks[k - 2]?.pos === 'NOUN';

/** Words that join an office to what it is held for: "Secretary of State", "ambassador to Ukraine", "envoy for Syria". */
export const OFFICE_LINKS = new Set(['of', 'to', 'for']);

/**
 * The holder's name after an office: a title word, the link at `link` (OFFICE_LINKS), maybe "the", and
 * then only capitalised words up to `e`: "Secretary of State Mike Pompeo", "Secretary of the Treasury
 * Steven Mnuchin", "ambassador to Ukraine Marie Yovanovitch", "special envoy for Syria Staffan de
 * Mistura". The name is the last two capitalised words (three with a middle initial), and no title or
 * organisation word is in it. Returns where the name starts and where the words after the link start,
 * or null.
 * Read loosely after "of" with no "the", as always ("Secretary of State John Kerry"). Otherwise words
 * saying what the office is for must come before the name, none of them a title ("adviser to President
 * Donald Trump" is someone else, the president's adviser), nor a lone given name that is no place
 * ("adviser to Mary Ann Smith" is Mary Ann Smith's adviser). `strict`: never the loose reading.
 */
export function officeHolder(toks: readonly Token[], link: number, e: number, strict = false): { name: number; after: number } | null {
	const titles = titleWords();
	if (link < 1 || !OFFICE_LINKS.has(toks[link].normal) || !titles.has(toks[link - 1].normal)) return null;
	let t0 = link + 1;
	const the = toks[t0]?.normal === 'the';
	if (the) t0++;
	if (t0 >= e || !isCap(toks[t0])) return null;
	// ("Eva-Marie Persson": a hyphenated name is one word; "Minister of Foreign Affairs and Trade Péter
	// Szijjártó": "and" between capitalised words of the office; "Staffan de Mistura": a name's particle)
	const joined = (k: number) => toks[k].value === '-' && k > t0 && toks[k - 1].end === toks[k].start && toks[k].end === toks[k + 1]?.start && isCap(toks[k + 1]);
	const linked = (k: number) => (toks[k].normal === 'and' || toks[k].value === '&') && k > t0 && isCap(toks[k - 1]) && isCap(toks[k + 1] ?? toks[k]);
	const particle = (k: number) => NAME_PARTICLES.has(toks[k].value) && k > t0 && k + 1 < e && isCap(toks[k + 1]);
	for (let k = t0; k < e; k++) if (!(isCap(toks[k]) || toks[k].value === '.' || joined(k) || linked(k) || particle(k))) return null;
	// the capitalised words, from the end: each its first token
	const words: number[] = [];
	for (let k = e - 1; k >= t0; k--) {
		if (!isCap(toks[k])) continue;
		while (k - 2 >= t0 && joined(k - 1)) k -= 2;
		words.push(k);
	}
	let run = words.length;
	for (let k = 0; k < words.length; k++)
		if (titles.has(toks[words[k]].normal) || orgWords().has(toks[words[k]].normal)) {
			run = k;
			break;
		}
	if (!(run >= 3 || (run === 2 && words[1] > t0))) return null;
	const initial = run >= 3 && /^[A-Z]\.?$/.test(toks[words[1]].value);
	let w = initial ? 2 : 1;
	// ("Deputy National Security Advisor for Strategy Dina Habia Powell": given names before the two)
	while (w + 1 < run && words[w + 1] > t0 && givenName(toks[words[w + 1]].normal) !== undefined) w++;
	const name = words[w];
	// a person's name: a given name first, or a word that is no word of English ("Staffan de Mistura"),
	// not "… for Walton County Public Schools", "… of the Italian Bishops Conference"; `strict` (a name
	// met anywhere, not as a speaker) wants the surname to be none either ("Project Veritas Action")
	// ("… Congress Of Mercy III": a generation is no surname)
	const last = toks[words[0] === name || !isGenerationWord(toks[words[0]].value) ? words[0] : words[1]].normal;
	if (givenName(toks[name].normal) === undefined && (inVocabulary(toks[name].normal) || (strict && inVocabulary(last)))) return null;
	if (toks[link].normal === 'of' && !the && !strict) return { name, after: t0 };
	if (name <= t0) return null;
	for (let k = t0; k < name; k++) if (titles.has(toks[k].normal)) return null;
	if (!the && words[words.length - 1] === t0 && name === words[words.length - 2] && givenName(toks[t0].normal) !== undefined && !placeNames().has(toks[t0].value)) return null;
	return { name, after: t0 };
}
