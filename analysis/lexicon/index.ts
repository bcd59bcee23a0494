// The loaded-terms lexicon as data. Word lists live in one `.txt` file per category beside this module
// (one term per line, `#` starts a comment) so a facilitator or a reviewer can read and change them
// without touching code; README.md says where the words come from and under which licence.
//
// Entries are lemmatised once, here, with the same wink model the tokens come from, so "slammed",
// "slams" and "slamming" all meet the entry "slam" by lemma, and a multi-word term is a sequence of
// lemmas. An optional part-of-speech filter (`radical @ADJ|NOUN`) keeps an ambiguous word from firing
// in its neutral sense ("lie" the noun is loaded, "lie down" is not); it applies to the term's last word,
// which is the head in every multi-word term we list.
import fs from 'node:fs';
import { dataPath, readDataFile } from '../data-files.js';
import { wink } from '../nlp.js';
import type { Lexicon, LexiconEntry } from '../types.js';
import { quotedPhrase } from './quoted.js';
import type { MatchEntry } from './match.js';
import { savedForms, termCacheJson } from './term-cache.js';

export type { MatchEntry } from './match.js';

/** The category found structurally rather than from a word list. */
export const SCARE_QUOTES = 'scare-quotes';

/** Category ids, in the order the dashboard shows them, with a label and a one-line description. */
export const CATEGORIES: Record<string, { label: string; description: string }> = {
	emotive: { label: 'Emotive', description: 'Emotionally charged words that carry a feeling or judgement beyond the fact reported.' },
	label: { label: 'Labels', description: 'Pejorative or approving labels that name people, groups or ideas instead of describing them.' },
	intensifier: { label: 'Intensifiers', description: 'Intensifiers and exaggeration that inflate size, speed or certainty.' },
	reporting: { label: 'Loaded reporting verbs', description: 'Reporting verbs that tell the reader how to take the words (claimed, admitted, boasted) instead of "said".' },
	hedge: { label: 'Hedges and doubt', description: 'Hedges and doubt-casting words (so-called, allegedly, his claims) that undermine without saying so.' },
	metaphor: { label: 'Conflict metaphors', description: 'Conflict and drama metaphors: politics told as war, weather or violence (declare war on, firestorm).' },
	[SCARE_QUOTES]: { label: 'Scare quotes', description: 'Quotation marks around a word or two with no speaker, distancing the outlet from the term.' }
};

/** The word-list categories, i.e. every category except the structural one. */
export const LIST_CATEGORIES = Object.keys(CATEGORIES).filter((c) => c !== SCARE_QUOTES);

// FNV-1a, 32 bit: a short content hash that runs anywhere (the dashboard may call this in a browser),
// enough to tell lexicon versions apart; it is not a security measure.
function shortHash(s: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

/** Split a written term into the term proper and its POS filter. */
function splitPos(written: string): { term: string; pos?: string[] } {
	const m = /^(.*?)\s+@([A-Za-z|]+)\s*$/.exec(written);
	if (!m) return { term: written.trim() };
	return { term: m[1].trim(), pos: m[2].toUpperCase().split('|').filter(Boolean) };
}

const lemmaCache = new Map<string, { words: string[]; normals: string[] }>();

/** Lemmas and normals of a term, as wink tokenises it (hyphens become tokens, as in the body). */
function analyseTerm(term: string): { words: string[]; normals: string[] } {
	const key = term.toLowerCase();
	const hit = lemmaCache.get(key) ?? savedForms(key);
	if (hit) return hit;
	const nlp = wink();
	const its = nlp.its;
	// Lower-case first: a capitalised word would be tagged PROPN and keep its surface form as lemma.
	const doc = nlp.readDoc(key);
	// wink's typings reject its.lemma in out() although it works at run time (see analysis/nlp.ts).
	const toks = doc.tokens() as unknown as { out(f: unknown): string[] };
	const normals = toks.out(its.normal).map((w) => w.replace(/’/g, "'"));
	const lemmas = toks.out(its.lemma).map((w) => w.toLowerCase());
	const out = { words: lemmas, normals };
	lemmaCache.set(key, out);
	return out;
}

/** Every term analysed so far in this process, as dist/term-cache.json holds them. */
export const analysedTermsJson = (): string => termCacheJson(lemmaCache);

/**
 * A one-word term written as a participle or a past tense rather than its verb ("rigged", "woke",
 * "crushing"): its lemma is another word with senses of its own ("rig", "wake", "crush"). A plural
 * ("thugs") is not: its singular means the same.
 */
function writtenAsVerbForm(normals: string[], words: string[]): boolean {
	return normals.length === 1 && normals[0] !== words[0] && !/s$/.test(normals[0]);
}

function makeEntry(written: string, category: string, exactForms = false): MatchEntry | null {
	const { term, pos } = splitPos(written);
	if (!term) return null;
	const { words, normals } = analyseTerm(term);
	if (!words.length) return null;
	const e: MatchEntry = { term, words, category, normals };
	if (pos && pos.length) e.pos = pos;
	if (exactForms && writtenAsVerbForm(normals, words)) e.exact = true;
	return e;
}

/** A written term with its POS filter, the form it takes in a file (for hashing and round trips). */
function written(e: MatchEntry): string {
	return e.pos ? `${e.term} @${e.pos.join('|')}` : e.term;
}

function versionOf(entries: MatchEntry[]): string {
	const canon = entries.map((e) => `${e.category}\t${written(e)}`).sort().join('\n');
	return shortHash(canon);
}

function dedupe(entries: MatchEntry[]): MatchEntry[] {
	const seen = new Set<string>();
	const out: MatchEntry[] = [];
	for (const e of entries) {
		// Two written forms with one lemma ("embolden", "emboldened") both stay: wink does not always give
		// the participle that lemma in running text, so the surface form must match on its own.
		const key = `${e.category}\t${e.words.join(' ')}\t${(e.normals ?? []).join(' ')}\t${(e.pos ?? []).join('|')}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(e);
	}
	return out;
}

function categoriesFor(entries: LexiconEntry[]): Lexicon['categories'] {
	const cats: Lexicon['categories'] = { ...CATEGORIES };
	for (const e of entries) if (!cats[e.category]) cats[e.category] = { label: e.category, description: '' };
	return cats;
}

/**
 * Terms of one word-list file (one a line, `#` comments, optional ` @POS|POS`), lemmatised: used by the
 * other lists matched like the lexicon (the tone stage's topic words, the sense rules).
 */
export function parseTerms(content: string, category: string, exactForms = false): MatchEntry[] {
	const out: MatchEntry[] = [];
	for (const raw of content.split(/\r?\n/)) {
		const line = raw.replace(/(^|\s)#.*$/, '').trim();
		if (!line) continue;
		const e = makeEntry(line, category, exactForms);
		if (e) out.push(e);
	}
	return dedupe(out);
}

/** Parse word-list files (one term per line, `#` comments, optional ` @POS|POS`) into a lexicon. */
export function parseLexicon(files: { category: string; content: string }[]): Lexicon {
	// The lexicon's participles match as written ("rigged" is not "rig"); other word lists match by lemma.
	const unique = dedupe(files.flatMap((f) => parseTerms(f.content, f.category, true)));
	return { version: versionOf(unique), categories: categoriesFor(unique), entries: unique };
}

let defaultLexicon: Lexicon | null = null;

/** The shipped lexicon: every `<category>.txt` beside this module. Parsed once per process. */
export function loadDefaultLexicon(): Lexicon {
	if (defaultLexicon) return defaultLexicon;
	const files = fs
		.readdirSync(dataPath('lexicon'))
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => ({ category: f.replace(/\.txt$/, ''), content: readDataFile('lexicon', f) }));
	defaultLexicon = parseLexicon(files);
	return defaultLexicon;
}

/**
 * A facilitator's edits: add terms to categories and remove terms (from every category). A removal
 * names a term as written or in any inflection ("slammed" removes "slam"); with a part of speech
 * ("claim @NOUN") it removes only the entry that carries that filter. Returns a new lexicon with a
 * new version; the input is not changed.
 */
export function applyLexiconChanges(
	lexicon: Lexicon,
	changes: { add?: { term: string; category: string }[]; remove?: string[] }
): Lexicon {
	const removeKeys = new Set<string>();
	// Words written in quotation marks ("“feather duvet lung”") are scare quotes taken back, not a term
	const plainQuoted = new Set<string>();
	// A term named with its part of speech ("claim @NOUN", a hedge) is the entry with that filter only,
	// not the same word in another category ("claim @VERB", a loaded reporting verb).
	const scoped: { words: string; pos: string[] }[] = [];
	for (const r of changes.remove ?? []) {
		const quoted = quotedPhrase(r);
		if (quoted) {
			plainQuoted.add(quoted);
			continue;
		}
		const { term, pos } = splitPos(r);
		if (!term) continue;
		if (pos) {
			scoped.push({ words: analyseTerm(term).words.join(' '), pos });
			continue;
		}
		removeKeys.add(term.toLowerCase());
		removeKeys.add(analyseTerm(term).words.join(' '));
	}
	const gone = (e: MatchEntry) =>
		removeKeys.has(e.term.toLowerCase()) || removeKeys.has(e.words.join(' ')) || scoped.some((x) => x.words === e.words.join(' ') && !!e.pos?.length && x.pos.every((p) => e.pos!.includes(p)));
	const kept = (lexicon.entries as MatchEntry[]).filter((e) => !gone(e));
	const added: MatchEntry[] = [];
	for (const a of changes.add ?? []) {
		const e = makeEntry(a.term, a.category, true);
		if (e) added.push({ ...e, added: true });
	}
	// An added term replaces the same term in another category, so a facilitator can recategorise.
	const addedWords = new Set(added.map((e) => e.words.join(' ')));
	const entries = dedupe([...kept.filter((e) => !addedWords.has(e.words.join(' '))), ...added]);
	const categories = { ...lexicon.categories, ...categoriesFor(entries) };
	const plain = [...plainQuoted].sort();
	return plain.length ? { version: shortHash(`${versionOf(entries)}\n${plain.join('\n')}`), categories, entries, plainQuoted: plain } : { version: versionOf(entries), categories, entries };
}

export { plainQuotedKey, quotedPhrase } from './quoted.js';
