// Names as coreference compares them: their lower-case words, surname, initials, head word of a
// title, and the first names that are one person's. Pure functions of the text of a name.
import { genderWords } from './data.js';
import type { Gender } from './cluster.js';
import type { Token } from '../types.js';
import { WordMemo } from '../word-memo.js';

const STRIP_WORDS = new Set(['the', 'of', 'and', 'for', '&', 'on', 'in', 'at', 'de', 'la']);

const wordsMemo = new Map<string, readonly string[]>();

/**
 * Lower-case words of a name: curly apostrophes straightened, possessives and full stops dropped.
 * Asked many times for the same few names of an article, so answers are kept (the array is shared:
 * read-only); the memo is emptied when it grows large.
 */
export function words(name: string): readonly string[] {
	let ws = wordsMemo.get(name);
	if (ws) return ws;
	if (wordsMemo.size >= 20_000) wordsMemo.clear();
	ws = wordsOf(name);
	wordsMemo.set(name, ws);
	return ws;
}

function wordsOf(name: string): string[] {
	return name
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.split(/\s+/)
		.map((w) => w.replace(/'s?$/, '').replace(/\./g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(Boolean);
}

/** Abbreviated titles and the word a later description uses: "Sen. Jane Roe" … "the senator"; and words
 * for one role ("attorney Marc Victor" … "the lawyer", "a spokeswoman" … "the spokesperson"). */
const TITLE_ABBREVIATIONS: Record<string, string> = { sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', lt: 'lieutenant', col: 'colonel', supt: 'superintendent', pres: 'president', sec: 'secretary', atty: 'attorney', amb: 'ambassador', prof: 'professor', dr: 'doctor', insp: 'inspector', det: 'detective', sgt: 'sergeant', capt: 'captain', cmdr: 'commander', adm: 'admiral', maj: 'major', rev: 'reverend', congressman: 'congressman', congresswoman: 'congresswoman', lawyer: 'attorney', spokesman: 'spokesperson', spokeswoman: 'spokesperson' };

/** Words after which a description's head has come: prepositions and relative pronouns. */
const HEAD_ENDS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'to', 'who', 'whom', 'whose', 'which', 'that']);
/** Adjectives a sourcing phrase puts after its noun, before a preposition: "a person close to …", "officials familiar with …". */
const POSTPOSED = new Set(['close', 'familiar', 'knowledgeable', 'briefed', 'involved', 'loyal', 'opposed', 'sympathetic']);

/** Where, inside np, a sourcing adjective follows its noun before a preposition ("officials familiar with the server"): its index, else -1. */
export function postposedAt(toks: Token[], np: [number, number]): number {
	for (let k = np[0] + 1; k < np[1] - 1; k++) if (POSTPOSED.has(toks[k].normal) && toks[k - 1].pos === 'NOUN' && toks[k + 1].pos === 'ADP') return k;
	return -1;
}

/** The head of a title or description: its last word before "of/for/at" ("director" in "director of X"), past a sourcing adjective ("person" in "person close to X"). */
export function headWord(text: string): string | null {
	const ws = words(text);
	// (a relative clause ends the phrase too: the head of "an Arizona man who says he sold ammunition to the
	// gunman" is "man", not "gunman")
	const cut = ws.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
	let part = cut > 0 ? ws.slice(0, cut) : ws;
	if (part.length > 1 && POSTPOSED.has(part[part.length - 1])) part = part.slice(0, -1);
	const head = part[part.length - 1];
	return head ? roleKey(head) : null;
}

/** The word a description's head is compared by: "senator" for "sen", "attorney" for "lawyer". */
export function roleKey(word: string): string {
	return TITLE_ABBREVIATIONS[word] ?? word;
}

/** "Congressional Budget Office" → "cbo": the initials of the name's significant words. */
export function initials(name: string): string {
	return initialsMemo.get(name);
}
// Asked of every organisation cluster each time an organisation is named (coref.ts): kept per name.
const initialsMemo = new WordMemo(
	(name) =>
		words(name)
			.filter((w) => !STRIP_WORDS.has(w))
			.map((w) => w[0])
			.join(''),
	20_000
);

/** Is the word an acronym ("CBO", "U.N.", "DEP")? */
export const isAcronym = (w: string) => acronymMemo.get(w);
const acronymMemo = new WordMemo((w) => /^(?:[\p{Lu}]\.?){2,7}$/u.test(w.replace(/\s/g, '')), 20_000);

/** First names that are the same person's: "J." and "Jane", "Bill" and "William" (name-variants.txt). */
export function sameFirst(a: string, b: string, variants: Map<string, Set<string>>): boolean {
	if (a === b) return true;
	if (a.length === 1 || b.length === 1) return a[0] === b[0];
	return !!variants.get(a)?.has(b);
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md']);
/** The surname: the last word that is not "Jr." or "III". */
export function surname(ws: readonly string[]): string {
	let k = ws.length - 1;
	while (k > 0 && NAME_SUFFIXES.has(ws[k])) k--;
	return ws[k] ?? '';
}

const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Is a written word a generation closing a name ("Jr.", "Sr", "III")? */
export const isGenerationWord = (w: string): boolean => GENERATIONS.has(w.toLowerCase().replace(/\.$/, ''));
/** The generation a name ends with ("jr" of "Donald Trump Jr."), or '': a father and son differ only in it. */
export function generation(ws: readonly string[]): string {
	const last = ws[ws.length - 1] ?? '';
	return ws.length > 1 && GENERATIONS.has(last) ? last : '';
}

/** Does `long` end with all of `short` (and is longer)? */
export function endsWith(long: readonly string[], short: readonly string[]): boolean {
	return long.length > short.length && short.length > 0 && short.every((w, i) => long[long.length - short.length + i] === w);
}

export const FORMER = /\b(?:former|ex|then|onetime|one-time|erstwhile|retired)\b/i;

export function titleGender(title: string | null): Gender {
	if (!title) return null;
	for (const w of words(title)) {
		const g = genderWords().get(w);
		if (g) return g;
	}
	return null;
}

/** A name as shown: no possessive, single spaces. */
export function cleanName(name: string): string {
	return name
		.replace(/\s+/g, ' ')
		.replace(/['’]s?$/, '')
		.trim();
}

/** Corporate suffixes: "Ceres Robotics Inc." and "Ceres Robotics" are one company. */
const CORPORATE = new Set(['inc', 'corp', 'corporation', 'co', 'ltd', 'limited', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'lp', 'llp', 'group', 'holdings', 'records']);
/** Bodies of government named either way round: "Department of Justice" is the "Justice Department". */
const OFFICE = new Set(['department', 'ministry', 'bureau', 'office', 'agency', 'secretariat', 'directorate']);
/**
 * The key an organisation's name is known by: its words, less a corporate suffix after two or more
 * (a legal form, or "Group", "Holdings", "Records": "Alibaba Group" is "Alibaba", "Big Machine Records"
 * is "Big Machine"),
 * with "Department of X" read as "X Department" (one or two words of X, no "and": the "Office of
 * Management and Budget" has no other form).
 */
export function orgKey(ws: readonly string[]): string {
	let n = ws.length;
	while (n > 1 && CORPORATE.has(ws[n - 1])) n--;
	const of = ws.indexOf('of');
	if (of >= 1 && of < n - 1 && n - of - 1 <= 2 && OFFICE.has(ws[of - 1]) && !ws.slice(of + 1, n).some((w) => w === 'and' || w === 'the' || w === 'of')) {
		return [...ws.slice(0, of - 1), ...ws.slice(of + 1, n), ws[of - 1]].join(' ');
	}
	return ws.slice(0, n).join(' ');
}
