// The quotes stage's word lists, read once from the data files beside this module so a reviewer can
// change them without touching code.
import { readDataFile as readAnalysisFile } from '../data-files.js';
import { SPEAKER_GROUPS, type SpeakerGroup, type Token } from '../types.js';
import { WordMemo } from '../word-memo.js';

/** Lines of a list file: `#` starts a comment, blank lines are skipped, entries are lower-cased. */
export function parseList(text: string): string[] {
	const out: string[] = [];
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.replace(/#.*$/, '').trim().toLowerCase();
		if (line && !out.includes(line)) out.push(line);
	}
	return out;
}

export function readDataFile(name: string): string {
	return readAnalysisFile('quotes', name);
}

export interface SpeechVerbs {
	/** Single-word lemmas (say, tell, add, ...). */
	lemmas: Set<string>;
	/** Multi-word phrases as lower-case word sequences (according to, point out). */
	phrases: string[][];
}

let verbs: SpeechVerbs | null = null;
export function speechVerbs(): SpeechVerbs {
	if (!verbs) {
		const list = parseList(readDataFile('speech-verbs.txt'));
		verbs = {
			lemmas: new Set(list.filter((w) => !w.includes(' '))),
			phrases: list.filter((w) => w.includes(' ')).map((w) => w.split(/\s+/))
		};
	}
	return verbs;
}

let loadedCueList: string[] | null = null;
/** Reporting verbs that cast words as an attack (loaded-cues.txt): loaded as cues, not as terms. */
let judging: Set<string> | null = null;
/** Verbs of judging someone for what they did ("slammed Jones for suggesting …"): judging-verbs.txt. */
export function judgingVerbs(): Set<string> {
	judging ??= new Set(parseList(readDataFile('judging-verbs.txt')));
	return judging;
}

export function loadedCues(): string[] {
	if (!loadedCueList) loadedCueList = parseList(readDataFile('loaded-cues.txt'));
	return loadedCueList;
}

let companies: { heads: Set<string>; not: Set<string>; legal: Set<string> } | null = null;
/**
 * Last words of a capitalised name that make it a company, words before them that do not, and the
 * legal forms among them that decide before any other word of the name (company-words.txt).
 */
export function companyWords(): { heads: Set<string>; not: Set<string>; legal: Set<string> } {
	if (!companies) {
		const list = parseList(readDataFile('company-words.txt'));
		const word = (w: string) => w.replace(/^=/, '').replace(/\.$/, '');
		companies = {
			heads: new Set(list.filter((w) => !w.startsWith('-')).map(word)),
			not: new Set(list.filter((w) => w.startsWith('-')).map((w) => w.slice(1))),
			legal: new Set(list.filter((w) => w.startsWith('=')).map(word))
		};
	}
	return companies;
}

let press: Set<string> | null = null;
/** Last words that make a capitalised name a newspaper's, magazine's or news service's (press-words.txt). */
export function pressWords(): Set<string> {
	if (!press) press = new Set(parseList(readDataFile('press-words.txt')));
	return press;
}

let roles: Set<string> | null = null;
/** Nouns that describe a person by role (roles.txt), and the titles of titles.txt. */
export function personNouns(): Set<string> {
	if (!roles) roles = new Set([...parseList(readDataFile('roles.txt')), ...titleWords()]);
	return roles;
}

let relations: Set<string> | null = null;
/** Nouns for a personal relation to someone ("sister", "friend"; relations.txt). */
export function relationNouns(): Set<string> {
	if (!relations) relations = new Set(parseList(readDataFile('relations.txt')));
	return relations;
}

let wordNamesSet: Set<string> | null = null;
/** Nouns that name the marked words after them as words (word-names.txt): "the word", "the term". */
export function wordNames(): Set<string> {
	if (!wordNamesSet) wordNamesSet = new Set(parseList(readDataFile('word-names.txt')));
	return wordNamesSet;
}

let outside: Set<string> | null = null;
/** Roles that relate someone to an organisation or a person from outside (outside.txt: "critic", "customer"). */
export function outsideRoles(): Set<string> {
	return (outside ??= new Set(parseList(readDataFile('outside.txt'))));
}

let departments: Set<string> | null = null;
/** Departments a title is made with ("Communications Director", "Press Secretary"; departments.txt). */
export function departmentWords(): Set<string> {
	return (departments ??= new Set(parseList(readDataFile('departments.txt'))));
}

let orgs: Set<string> | null = null;
/** Words that make a capitalised name an organisation (org-words.txt). */
/** First parts of a hyphenated word that turn the rest against itself or away from a name ("Anti-Government", "Ex-Police"). */
const NEGATING_PREFIXES = new Set(['anti', 'pro', 'non', 'ex', 'neo', 'pre', 'co', 'counter', 'pseudo', 'quasi', 'semi']);

/**
 * The last part of a hyphenated word, lower case, when it is what the word names: "Review-Journal" →
 * "journal", "Post-Gazette" → "gazette"; null for a word without a hyphen or one after a prefix that
 * turns it against itself ("Anti-Government").
 */
export function compoundHead(w: string): string | null {
	if (!w.includes('-')) return null;
	const parts = w.toLowerCase().split('-');
	return NEGATING_PREFIXES.has(parts[0]) ? null : parts[parts.length - 1].replace(/\.$/, '') || null;
}

/** A hyphenated word that names an organisation by its last part: a newspaper's "Review-Journal". */
export function orgCompound(w: string): boolean {
	const head = compoundHead(w);
	return head !== null && orgWords().has(head);
}

export function orgWords(): Set<string> {
	if (!orgs) orgs = new Set(parseList(readDataFile('org-words.txt')));
	return orgs;
}

/** A word for a person by role or for a body of people ("officials", "police", "ministry"), in the form written or as its lemma (personNouns, orgWords). */
export function isPeopleWord(t: Token): boolean {
	const lemma = t.lemma.toLowerCase();
	return personNouns().has(t.normal) || personNouns().has(lemma) || orgWords().has(t.normal) || orgWords().has(lemma);
}

let titles: Set<string> | null = null;
export function titleWords(): Set<string> {
	if (!titles) titles = new Set(parseList(readDataFile('titles.txt')));
	return titles;
}

/** A name as matched against states.txt: lower case, no leading "the", no full stops, plain apostrophes. */
export function stateKey(name: string): string {
	return name
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/\./g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^the /, '');
}

let states: Set<string> | null = null;
/** States, capitals and seats of government (states.txt): a speaker with one of these names is its government. */
export function stateNames(): Set<string> {
	if (!states) {
		states = new Set();
		for (const line of parseList(readDataFile('states.txt'))) for (const n of line.split('|')) if (stateKey(n)) states.add(stateKey(n));
	}
	return states;
}

let genders: Map<string, 'm' | 'f'> | null = null;
/** Titles and role nouns that tell a man from a woman (gender-words.txt): "Mrs." → f, "spokesman" → m. */
export function genderWords(): Map<string, 'm' | 'f'> {
	if (!genders) {
		genders = new Map();
		for (const raw of readDataFile('gender-words.txt').split(/\r?\n/)) {
			const line = raw.replace(/#.*$/, '').trim();
			const [w, g] = line.split(/\t+/);
			if (w && (g === 'm' || g === 'f')) genders.set(w.toLowerCase(), g);
		}
	}
	return genders;
}

let variants: Map<string, Set<string>> | null = null;
/** First names one person goes by (name-variants.txt): "bill" → {"william", …}. */
export function nameVariants(): Map<string, Set<string>> {
	if (!variants) {
		variants = new Map();
		for (const raw of readDataFile('name-variants.txt').split(/\r?\n/)) {
			const forms = raw.replace(/#.*$/, '').trim().toLowerCase().split(/\s+/).filter(Boolean);
			for (const f of forms) {
				const set = variants.get(f) ?? new Set<string>();
				for (const g of forms) if (g !== f) set.add(g);
				variants.set(f, set);
			}
		}
	}
	return variants;
}

let regions: Set<string> | null = null;
/**
 * The states and provinces places.txt lists (the US's, Canada's, Australia's, the UK's nations), those that
 * send members to a legislature: "Pat Toomey of Pennsylvania" names who represents it, where "Ann Lee of
 * Flint" names a home town. From the file's sections, up to its large cities.
 */
export function isRegionName(name: string): boolean {
	if (!regions) {
		regions = new Set();
		let on = false;
		for (const raw of readDataFile('places.txt').split(/\r?\n/)) {
			const line = raw.trim();
			if (/^#\s*US states/i.test(line)) on = true;
			else if (/^#\s*large cities/i.test(line)) on = false;
			else if (on && line && !line.startsWith('#') && !line.startsWith('@')) regions.add(stateKey(line));
		}
	}
	return regions.has(stateKey(name));
}

let places: { has(name: string): boolean; listed(name: string): boolean } | null = null;
/**
 * Places (places.txt, and the states and capitals of states.txt): a capitalised run naming one is never
 * a person. `has` takes a name as written; a name ending in a place word ("Cook County") is a place too.
 */
export function placeNames(): { has(name: string): boolean; listed(name: string): boolean } {
	if (!places) {
		const names = new Set<string>();
		const suffixes = new Set<string>();
		for (const line of parseList(readDataFile('places.txt'))) {
			if (line.startsWith('@suffix ')) suffixes.add(line.slice(8).trim());
			else names.add(stateKey(line));
		}
		const states = stateNames();
		// Asked about every capitalised run of every article, most of them the same few hundred names:
		// each name's answer is kept (word-memo.ts) rather than keyed by five patterns each time.
		const known = new WordMemo((name) => {
			const k = stateKey(name);
			if (names.has(k) || states.has(k)) return true;
			const last = k.split(' ').pop() ?? '';
			return k.includes(' ') && suffixes.has(last);
		}, 20_000);
		// (listed: a name places.txt has whole, not one it only ends: "the West Bank", not "Islamic State")
		places = { has: (name: string) => known.get(name), listed: (name: string) => names.has(stateKey(name)) };
	}
	return places;
}

let documents: Set<string> | null = null;
/** Documents and media that can be quoted (documents.txt): "the ad", "the email", "the report". */
export function documentNouns(): Set<string> {
	if (!documents) documents = new Set(parseList(readDataFile('documents.txt')));
	return documents;
}

let findings: Set<string> | null = null;
/** Sources of findings (findings.txt): after one of them "show", "find" and "indicate" report what it found. */
export function findingNouns(): Set<string> {
	if (!findings) findings = new Set(parseList(readDataFile('findings.txt')));
	return findings;
}

let norms: Set<string> | null = null;
/** Norms that "according to" keeps to rather than cites (norms.txt): "law", "the Vienna Convention", "plan". */
export function normNouns(): Set<string> {
	if (!norms) norms = new Set(parseList(readDataFile('norms.txt')));
	return norms;
}

let given: Map<string, 'm' | 'f' | 'u'> | null = null;
/** Common given names and whether they are usually men's (m), women's (f) or either (u) (first-names.txt). */
export function firstNames(): Map<string, 'm' | 'f' | 'u'> {
	if (!given) {
		given = new Map();
		for (const raw of readDataFile('first-names.txt').split(/\r?\n/)) {
			const [n, g] = raw.replace(/#.*$/, '').trim().split(/\t+/);
			if (n && (g === 'm' || g === 'f' || g === 'u')) given.set(n.toLowerCase(), g);
		}
	}
	return given;
}

let recorded: Map<string, 'm' | 'f'> | null = null;
/**
 * The sex most bearers of a given name have in United States birth records (given-name-genders.txt): a
 * second source for a name's gender, after first-names.txt, and never a sign that a word is a name.
 */
export function recordedNameGenders(): Map<string, 'm' | 'f'> {
	if (!recorded) {
		recorded = new Map();
		for (const raw of readDataFile('given-name-genders.txt').split(/\r?\n/)) {
			const [n, g] = raw.replace(/#.*$/, '').trim().split(/\t+/);
			if (n && (g === 'm' || g === 'f')) recorded.set(n, g);
		}
	}
	return recorded;
}

/**
 * Whether a name's first word is a common given name, and whose: the word itself, else the part before
 * its first hyphen ("Pierre-Hugues", "Jean-Luc", "Mary-Kate" are Pierre's, Jean's and Mary's kind).
 */
export function givenName(word: string): 'm' | 'f' | 'u' | undefined {
	const names = firstNames();
	const w = word.toLowerCase();
	const g = names.get(w);
	if (g !== undefined) return g;
	const dash = w.indexOf('-');
	return dash > 0 ? names.get(w.slice(0, dash)) : undefined;
}

let speechNounSet: Set<string> | null = null;
/** Nouns for what someone said (speech-nouns.txt): "Xi's directive to "…"". */
export function speechNouns(): Set<string> {
	if (!speechNounSet) speechNounSet = new Set(parseList(readDataFile('speech-nouns.txt')));
	return speechNounSet;
}

export interface Deed {
	group: SpeakerGroup;
	/**
	 * has: the person's thing; named: the same after a name's possessive only ("Trump's candidacy");
	 * counted: the person's thing with a count or an ordinal before it ("his
	 * first goal", not "her goal was to …"); does: the person does it; result: a win over someone, with a
	 * score after it; heads: what the person leads; race: a verb of winning or losing an election, whose
	 * object is a contest word.
	 */
	how: DeedKind;
}
const DEED_KINDS = ['has', 'named', 'counted', 'does', 'result', 'heads', 'race', 'contest'] as const;
type DeedKind = (typeof DEED_KINDS)[number];
const isDeedKind = (s: string | undefined): s is DeedKind => (DEED_KINDS as readonly string[]).includes(s ?? '');

let deedMap: Map<string, Deed> | null = null;
/** What someone has or does that says what they are (deeds.tsv): "her albums", "Parise scored". */
export function deeds(): Map<string, Deed> {
	if (!deedMap) {
		deedMap = new Map();
		for (const raw of readDataFile('deeds.tsv').split(/\r?\n/)) {
			const line = raw.replace(/#.*$/, '').trim();
			const [w, g, how] = line.split(/\t+/).map((s) => s?.trim());
			const group = SPEAKER_GROUPS.find((x) => x === g?.toLowerCase());
			if (!w || !group || !isDeedKind(how)) continue;
			deedMap.set(w.toLowerCase(), { group, how });
		}
	}
	return deedMap;
}

let knownOrgs: { all: Set<string>; press: Set<string> } | null = null;
/** The names speaker-groups.tsv knows by name (third column "name" or "name cased"), read once: all of them, and the press's. */
function namedInGroups(): { all: Set<string>; press: Set<string> } {
	if (!knownOrgs) {
		knownOrgs = { all: new Set(), press: new Set() };
		for (const raw of readDataFile('speaker-groups.tsv').split(/\r?\n/)) {
			if (raw.trimStart().startsWith('#')) continue;
			const [p, g, kind] = raw.split('\t').map((x) => x?.trim().toLowerCase());
			if (!p || !g || (kind !== 'name' && kind !== 'name cased')) continue;
			knownOrgs.all.add(p);
			if (g === 'media') knownOrgs.press.add(p);
		}
	}
	return knownOrgs;
}

/**
 * Names of organisations speaker-groups.tsv knows by name (third column "name": "twitter", "taliban",
 * "reuters"): a capitalised word that is one of them is that organisation, not a surname.
 */
export function knownOrgNames(): Set<string> {
	return namedInGroups().all;
}

/** The names speaker-groups.tsv knows as the press by name ("reuters", "cnbc", "bbc"): what "the network" or "the news agency" can mean. */
export function knownPressNames(): Set<string> {
	return namedInGroups().press;
}

let roleLike: { words: Set<string>; suffixes: string[] } | null = null;
/**
 * Is a lower-case word a role: a person noun or title (roles.txt, titles.txt), or a one-word phrase or
 * word ending of speaker-groups.tsv ("designer", "*ologist")? "jewelry designer Elise Matthesen" has a
 * title; "big name US politicians" and "its press office Twitter account" do not (organisation words are
 * no roles).
 */
export function isRoleWord(w: string): boolean {
	if (!roleLike) {
		const words = new Set<string>(personNouns());
		const suffixes: string[] = [];
		for (const raw of readDataFile('speaker-groups.tsv').split(/\r?\n/)) {
			if (raw.trimStart().startsWith('#')) continue;
			const p = raw.split('\t')[0]?.trim().toLowerCase();
			if (!p || p.includes(' ')) continue;
			if (p.startsWith('*')) suffixes.push(p.slice(1));
			else if (!knownOrgNames().has(p) && !orgWords().has(p)) words.add(p);
		}
		roleLike = { words, suffixes };
	}
	const k = w.toLowerCase();
	return roleLike.words.has(k) || roleLike.suffixes.some((s) => k.length > s.length && k.endsWith(s));
}

/** Nouns that describe an organisation ("the firm said") besides the organisation words of names. */
export const ORG_DESCRIPTION_NOUNS = new Set(['company', 'firm', 'business', 'club', 'team', 'label', 'studio', 'site', 'website', 'newspaper', 'paper', 'magazine', 'station', 'broadcaster', 'publisher', 'airline', 'retailer', 'maker', 'carmaker', 'manufacturer', 'utility', 'insurer', 'charity', 'regulator', 'startup', 'network', 'outlet', 'organization', 'organisation']);

let aliases: Map<string, string[]> | null = null;
/** Each organisation name of org-aliases.txt (lower-case words, no "the") with its other names. */
export function orgAliases(): Map<string, string[]> {
	if (!aliases) {
		aliases = new Map();
		for (const line of readDataFile('org-aliases.txt').split(/\r?\n/)) {
			if (!line.trim() || line.trimStart().startsWith('#')) continue;
			const names = line.split('|').map((x) => x.trim().toLowerCase()).filter(Boolean);
			for (const n of names) aliases.set(n, names.filter((x) => x !== n));
		}
	}
	return aliases;
}
