// Speaker mentions: the noun phrase around a reporting verb ("Jane Doe, Acme's director, said"), and
// that phrase parsed into a name, a title and an affiliation. The lite wink model has no named
// entities, so names are runs of capitalised proper nouns, split from titles with a word list
// (titles.txt). Resolving a mention to the person it names is coref.ts's job.
import type { Span, Token } from '../types.js';
import { companyWords, orgWords, personNouns, placeNames, titleWords } from './data.js';

export type MentionKind = 'person' | 'org' | 'pronoun' | 'noun';

export interface Mention extends Span {
	/** The mention as written. */
	text: string;
	kind: MentionKind;
	/** Name as given here: a person's or organisation's name, or the noun phrase without its article. */
	name: string;
	/** Where the name is (for a noun phrase, the phrase without its article). */
	nameSpan: Span;
	title: string | null;
	titleSpan: Span | null;
	affiliation: string | null;
	affiliationSpan: Span | null;
	/** "the minister", "the U.N. official": refers back to someone named before. */
	definite: boolean;
	/** "officials", "residents", "they": more than one person. */
	plural?: boolean;
	/** A proper name was found (a person's or an organisation's), not just a description. */
	proper?: boolean;
	/** Other organisations the mention names: "U.N." in "the U.N. High Commissioner for Human Rights". */
	moreAffiliations?: (Span & { text: string })[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);
const DETS = new Set(['the', 'a', 'an']);
const POSSESSIVE_DETS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words that open a noun phrase of people: "some protesters", "one analyst". */
const QUANTIFIERS = new Set(['some', 'many', 'several', 'few', 'most', 'other', 'another', 'one', 'two', 'three', 'four', 'five', 'each', 'every', 'both', 'all', 'numerous', 'dozens', 'hundreds', 'thousands']);
/** Capitalised function words that open a sentence before a name and are never part of it: "When
 * Trump suggested", "Then Brafman added", "Did Donald Trump say". */
export const NEVER_NAME_WORDS = new Set(['when', 'then', 'did', 'does', 'do', 'after', 'before', 'if', 'as', 'while', 'of', 'so', 'but', 'and', 'once', 'since', 'until', 'although', 'though', 'because', 'how', 'why', 'what', 'where', 'whether', 'yet', 'also', 'now', 'here', 'there', 'even', 'still', 'just', 'only', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'can', 'could', 'should', 'would', 'meanwhile', 'later', 'earlier', 'today', 'yesterday', 'tonight', 'perhaps', 'maybe', 'indeed', 'instead', 'however', 'again', 'already', 'finally', 'soon', 'last', 'next', 'this', 'that', 'these', 'those', 'not', 'no', 'yes', 'according', 'asked', 'told', 'said', 'says']);
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'el', 'al', 'al-', 'bin', 'ibn', 'abu', 'du', 'dos', 'ter']);
const LINK_PREPS = new Set(['of', 'for', 'at', 'from', 'with']);
/** Prepositions of a short time or place phrase between a subject and its verb ("Obama on Friday said");
 * not "after"/"before", which start a clause of their own ("three days after Trump told ..."). */
const PLACE_PREPS = new Set(['around', 'across', 'in', 'throughout', 'outside']);
const TIME_PLACE_PREPS = new Set(['on', 'in', 'at', 'during']);
/** Words of a time expression: "Saturday", "last week", "earlier this month", "in March". */
export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'recently', 'previously', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'that', 'on', 'in']);
/** Is tokens [a, b) a time expression ("Saturday", "last week", "Monday night")? */
function isTimePhrase(toks: Token[], a: number, b: number): boolean {
	if (b <= a) return false;
	let any = false;
	for (let k = a; k < b; k++) {
		if (TIME_WORDS.has(toks[k].normal)) any = true;
		else if (!TIME_MODIFIERS.has(toks[k].normal) && toks[k].pos !== 'NUM') return false;
	}
	return any;
}

// "Amnesty's" and also the bare apostrophe of "Sanders’ campaign manager".
export const isPossessive = (t: Token) => /^['’]s?$/.test(t.value);
const UPPER_FIRST = /^[\p{Lu}]/u;
/** Starts with a capital letter (ASCII answered without the Unicode pattern: this is asked of most tokens, often). */
export const isCap = (t: Token): boolean => {
	const c = t.value.charCodeAt(0);
	return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(t.value);
};
/** The part after a word's last hyphen ("president-elect" → "elect"), or the word: `split('-').pop()` without the array. */
export const afterHyphen = (w: string): string => w.slice(w.lastIndexOf('-') + 1);
const isWord = (t: Token) => /[\p{L}\p{N}]/u.test(t.value);
/** Nationality adjectives ("Russian", "Chinese") say where, not which organisation. */
const looksNationality = (w: string) => /(?:an|ese|ish|ic|i)$/.test(w) && !/^[\p{Lu}.]+$/u.test(w);

function joinTokens(text: string, toks: Token[], s: number, e: number): string {
	if (e <= s) return '';
	return text.slice(toks[s].start, toks[e - 1].end).replace(/\s+/g, ' ');
}

const spanOf = (toks: Token[], a: number, z: number): Span | null => (z > a ? { start: toks[a].start, end: toks[z - 1].end } : null);

/** "officials", "residents": a plural common noun as the head (not "Reuters", not "the press"). */
function pluralHead(t: Token): boolean {
	return t.pos === 'NOUN' && /[^s]s$/.test(t.normal) && t.lemma.toLowerCase() !== t.normal;
}

/** Parse tokens [s, e) as a speaker mention. Returns null when there is nothing nameable. */
export function parseMention(text: string, toks: Token[], s: number, e: number): Mention | null {
	// Page furniture before a name: a line break inside the phrase, or a word printed twice
	// ("Facebook Facebook West Mercia Police") leaves only what follows.
	for (let k = e - 1; k > s; k--) {
		if (text.slice(toks[k - 1].end, toks[k].start).includes('\n') || (toks[k].normal === toks[k - 1].normal && /[\p{L}]/u.test(toks[k].value))) {
			s = k + (toks[k].normal === toks[k - 1].normal ? 1 : 0);
			break;
		}
	}
	while (s < e && !isWord(toks[s])) s++;
	while (e > s && !isWord(toks[e - 1]) && !isPossessive(toks[e - 1])) e--;
	if (e <= s) return null;
	// Every mention object below is spelled out property by property, never built with `...spread`:
	// this runs for every name, description and pronoun of an article, and spreading cost a sixth of
	// the quotes stage.
	const whole = { start: toks[s].start, end: toks[e - 1].end, text: joinTokens(text, toks, s, e) };
	if (e - s === 1 && PRONOUNS.has(toks[s].normal)) {
		const p = toks[s].normal;
		return { start: whole.start, end: whole.end, text: whole.text, kind: 'pronoun', name: p, nameSpan: spanOf(toks, s, e)!, title: null, titleSpan: null, affiliation: null, affiliationSpan: null, definite: false, plural: p === 'they' || p === 'we' };
	}
	let b = s;
	const definite = toks[b].normal === 'the';
	while (b < e && DETS.has(toks[b].normal)) b++;
	if (b >= e) return null;
	// "Washington State Department of Health public information officer Julie Graham": a name after a
	// lower-case role ends the phrase; everything before it is the title, its capitalised part the
	// organisation.
	{
		let r = e;
		while (r > b && isCap(toks[r - 1]) && !titleWords().has(toks[r - 1].normal) && !orgWords().has(toks[r - 1].normal)) r--;
		const run = e - r;
		const role = toks[r - 1];
		if (run >= 2 && run <= 4 && r - 1 > b && role && !isCap(role) && (titleWords().has(role.normal) || personNouns().has(role.normal) || personNouns().has(role.lemma.toLowerCase()))) {
			let o0 = b;
			while (o0 < r && !isCap(toks[o0])) o0++;
			let o1 = o0;
			while (o1 < r && (isCap(toks[o1]) || (['of', 'for', '&', 'and'].includes(toks[o1].normal) && isCap(toks[o1 + 1] ?? toks[o1])))) o1++;
			const hasOrg = o1 > o0;
			return {
				start: whole.start,
				end: whole.end,
				text: whole.text,
				kind: 'person',
				name: joinTokens(text, toks, r, e),
				nameSpan: spanOf(toks, r, e)!,
				title: joinTokens(text, toks, b, r),
				titleSpan: spanOf(toks, b, r),
				affiliation: hasOrg ? joinTokens(text, toks, o0, o1) : null,
				affiliationSpan: hasOrg ? spanOf(toks, o0, o1) : null,
				definite,
				proper: true
			};
		}
	}
	// "Amnesty International's Russia director": the owner names the organisation. Only before a link:
	// in "a teacher at Indiana's Richmond High School" the possessive belongs to the linked name.
	let owner: [number, number] | null = null;
	let h = b;
	let firstLink = e;
	for (let k = b + 1; k < e; k++)
		if (LINK_PREPS.has(toks[k].normal) && toks[k].pos === 'ADP') {
			firstLink = k;
			break;
		}
	for (let k = firstLink - 1; k > b; k--) {
		if (isPossessive(toks[k])) {
			owner = [b, k];
			h = k + 1;
			break;
		}
	}
	// "a spokesperson for the Russian foreign ministry", "Joel Smith of Acme Corp", "a professor of
	// operations at Brightwater University": the head ends at the first link, and the organisation is
	// the first linked phrase that is a name.
	let he = e;
	let tail: [number, number] | null = null;
	let firstTail: [number, number] | null = null;
	for (let k = h + 1; k < e; k++) {
		if (LINK_PREPS.has(toks[k].normal) && toks[k].pos === 'ADP') {
			if (he === e) he = k;
			let t0 = k + 1;
			while (t0 < e && DETS.has(toks[t0].normal)) t0++;
			if (t0 >= e) break;
			let t1 = t0 + 1;
			while (t1 < e && !(LINK_PREPS.has(toks[t1].normal) && toks[t1].pos === 'ADP')) t1++;
			if (!firstTail) firstTail = [t0, e];
			if (isCap(toks[t0])) {
				tail = [t0, e];
				break;
			}
		}
	}
	if (h >= he) return null;
	const titles = titleWords();
	// "Secretary of State Mike Pompeo", "Minister of Finance Jane Doe": a title with "of" before a name.
	// The name is the last two capitalised words (three with a middle initial) after the link.
	if (tail && titles.has(toks[he - 1].normal) && toks[he].normal === 'of' && tail[0] === he + 1 && toks.slice(tail[0], e).every((t) => isCap(t) || t.value === '.')) {
		let r = e;
		while (r > tail[0] && isCap(toks[r - 1]) && !titles.has(toks[r - 1].normal) && !orgWords().has(toks[r - 1].normal)) r--;
		const run = e - r;
		if (run >= 3 || (run === 2 && r > tail[0])) {
			const initial = run >= 3 && /^[A-Z]\.?$/.test(toks[e - 2].value);
			const n0 = initial ? e - 3 : e - 2;
			const within = n0 > tail[0];
			return {
				start: whole.start,
				end: whole.end,
				text: whole.text,
				kind: 'person',
				name: joinTokens(text, toks, n0, e),
				nameSpan: spanOf(toks, n0, e)!,
				title: joinTokens(text, toks, h, n0),
				titleSpan: spanOf(toks, h, n0),
				affiliation: within ? joinTokens(text, toks, tail[0], n0) : null,
				affiliationSpan: within ? spanOf(toks, tail[0], n0) : null,
				definite,
				proper: true
			};
		}
	}
	// The name is the trailing run of capitalised words of the head, stopping at a title word.
	let n = he;
	while (n > h) {
		const t = toks[n - 1];
		const lower = t.normal;
		if (isCap(t) && !titles.has(lower) && !titles.has(afterHyphen(lower)) && t.pos !== 'PRON') n--;
		else if (NAME_PARTICLES.has(lower) && n < he && n - 1 > h && isCap(toks[n - 2])) n--;
		else if (/^[-.&]$/.test(t.value) && n < he && n - 1 > h) n--;
		else break;
	}
	// "Analysts say", "Residents said": a role noun capitalised at the start of a sentence is no name;
	// "Defenseman Jonas Brodin": before a name it is a title.
	if (he - n === 1 && n === h && (personNouns().has(toks[n].normal) || personNouns().has(toks[n].lemma.toLowerCase()))) n = he;
	else if (he - n >= 3 && personNouns().has(toks[n].normal) && toks[n + 1].pos === 'PROPN') n++;
	// A capitalised title word right before a name belongs to the title ("President Smith"), but a run
	// that is all title words is a noun phrase ("the Prosecutor").
	const ownerText = owner ? joinTokens(text, toks, owner[0], owner[1]) : null;
	const tailText = tail ? joinTokens(text, toks, tail[0], tail[1]) : null;
	const titleText = (a: number, z: number) => (z > a ? joinTokens(text, toks, a, z) : null);
	const capsAffil = (a: number, z: number): [number, number] | null => {
		// Capitalised, non-title words inside a title name the organisation: "ICC prosecutor", "the U.N. official".
		let from = -1;
		let to = -1;
		for (let k = a; k < z; k++) {
			const t = toks[k];
			if (isCap(t) && t.pos !== 'ADJ' && !titles.has(t.normal) && !personNouns().has(t.normal) && !looksNationality(t.value)) {
				if (from < 0) from = k;
				to = k + 1;
			} else if (from >= 0) break;
		}
		return from >= 0 ? [from, to] : null;
	};
	/** The organisation inside the title as a second affiliation, when it is not the first and not a place. */
	const more = (primary: [number, number] | null, second: [number, number] | null) => {
		if (!second || (primary && primary[0] === second[0])) return undefined;
		const t = joinTokens(text, toks, second[0], second[1]);
		if (placeNames().has(t)) return undefined;
		return [{ ...spanOf(toks, second[0], second[1])!, text: t }];
	};
	const aff = (r: [number, number] | null) => (r ? { affiliation: joinTokens(text, toks, r[0], r[1]), affiliationSpan: spanOf(toks, r[0], r[1]) } : { affiliation: null, affiliationSpan: null });
	if (n < he) {
		const runWords = toks.slice(n, he).map((t) => t.normal.replace(/[’']s$/, ''));
		const orgLike =
			runWords.some((w) => orgWords().has(w)) ||
			(he - n === 1 && /^[\p{Lu}][\p{Lu}.&-]+$/u.test(toks[n].value) && toks[n].value.length >= 2) ||
			// "Brightline Technologies", "Kestrel Mining": a name ending in a company word (company-words.txt)
			(he - n >= 2 && runWords[runWords.length - 1].length > 2 && companyWords().heads.has(runWords[runWords.length - 1]) && !companyWords().not.has(runWords[runWords.length - 2]));
		if (orgLike) {
			// "the Ministry of Defence": the tail is part of the organisation's name.
			const nameEnd = firstTail && isCap(toks[firstTail[0]]) ? e : he;
			const head = titleText(h, n);
			const nameFrom = head ? h : n;
			const name = joinTokens(text, toks, nameFrom, nameEnd);
			// "the Foreign Ministry" is the organisation itself; "the Foreign Ministry spokesman" has a title after it.
			const own = owner ? aff(owner) : { affiliation: name, affiliationSpan: spanOf(toks, nameFrom, nameEnd) };
			return { start: whole.start, end: whole.end, text: whole.text, kind: 'org', name, nameSpan: spanOf(toks, nameFrom, nameEnd)!, title: null, titleSpan: null, affiliation: own.affiliation, affiliationSpan: own.affiliationSpan, definite, proper: true };
		}
		const title = titleText(h, n);
		const primary = owner ?? tail ?? (title ? capsAffil(h, n) : null);
		const pa = aff(primary);
		return {
			start: whole.start,
			end: whole.end,
			text: whole.text,
			kind: 'person',
			name: joinTokens(text, toks, n, he),
			nameSpan: spanOf(toks, n, he)!,
			title,
			titleSpan: spanOf(toks, h, n),
			affiliation: pa.affiliation,
			affiliationSpan: pa.affiliationSpan,
			definite,
			proper: true,
			moreAffiliations: more(primary, title ? capsAffil(h, n) : null)
		};
	}
	// No name: a noun phrase such as "officials", "the U.N. official", "Russian state media".
	const name = joinTokens(text, toks, b, e);
	const headWords = toks.slice(h, he).map((t) => t.normal);
	const isOrgNoun = headWords.some((w) => orgWords().has(w));
	// "Critics of the plan": only a capitalised tail names an organisation.
	const na = aff(owner ?? tail ?? capsAffil(h, he));
	return {
		start: whole.start,
		end: whole.end,
		text: whole.text,
		kind: isOrgNoun ? 'org' : 'noun',
		name,
		nameSpan: spanOf(toks, b, e)!,
		title: titleText(h, he),
		titleSpan: spanOf(toks, h, he),
		affiliation: na.affiliation,
		affiliationSpan: na.affiliationSpan,
		definite,
		plural: pluralHead(toks[he - 1]),
		moreAffiliations: more(owner ?? tail ?? capsAffil(h, he), capsAffil(h, he))
	};
}

// ---------------------------------------------------------------- noun phrase boundaries

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);

/** Is token k part of a noun phrase (walking left)? */
const NEVER_NAME_POS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'AUX', 'PART', 'SYM', 'ADV']);
function npToken(t: Token): boolean {
	// A capitalised word is part of a name whatever the tagger says ("Don" is not a verb in "Don Smith").
	if (isCap(t) && !NEVER_NAME_POS.has(t.pos) && /^[\p{Lu}][\p{L}'’.-]*$/u.test(t.value)) return true;
	return NP_POS.has(t.pos) || isPossessive(t) || (/^[-.&]$/.test(t.value) && t.pos !== 'PUNCT') || t.value === '-';
}

/**
 * The noun phrase ending at token j (inclusive), not reaching before `lo`. Walks left over nouns,
 * adjectives, possessives, and "of/for/at" links between nouns; stops at an article.
 */
export function npLeft(toks: Token[], j: number, lo: number): [number, number] | null {
	if (j < lo) return null;
	if (toks[j].pos === 'PRON' && PRONOUNS.has(toks[j].normal)) return [j, j + 1];
	// "Cruz himself said": the reflexive only stresses the name before it.
	if (REFLEXIVES.has(toks[j].normal) && j > lo) j--;
	let i = j;
	while (i >= lo) {
		const t = toks[i];
		// A dash with spaces around it ("Pollsters agree - Carl Bialik:") separates; a hyphen joins.
		const spacedDash = /^[-–—]$/.test(t.value) && !(toks[i - 1]?.end === t.start && toks[i + 1]?.start === t.end);
		if (!spacedDash && (npToken(t) || (t.value === '.' && i > lo && isCap(toks[i - 1]) && toks[i - 1].value.length <= 3))) {
			i--;
			continue;
		}
		if (t.pos === 'DET' && DETS.has(t.normal)) {
			i--;
			// "spokesperson for the ministry": continue over the link to the head noun
			const placeLink = PLACE_PREPS.has(toks[i]?.normal ?? '') && i - 1 >= lo && toks[i - 1].pos === 'NOUN' && /s$/.test(toks[i - 1].normal);
			if (i - 1 >= lo && (LINK_PREPS.has(toks[i].normal) || placeLink) && npToken(toks[i - 1])) {
				i--;
				continue;
			}
			break;
		}
		// "groups around the world", "officials in the capital": a place after a plural common noun.
		const placeLink = PLACE_PREPS.has(t.normal) && i - 1 >= lo && toks[i - 1].pos === 'NOUN' && /s$/.test(toks[i - 1].normal);
		if (((LINK_PREPS.has(t.normal) && t.pos === 'ADP') || placeLink) && i - 1 >= lo && npToken(toks[i - 1]) && i < j) {
			i--;
			continue;
		}
		break;
	}
	const s = i + 1;
	if (s > j) return null;
	// must contain a noun or proper noun
	for (let k = s; k <= j; k++) if (toks[k].pos === 'NOUN' || toks[k].pos === 'PROPN' || isCap(toks[k])) return [s, j + 1];
	return null;
}

/** The noun phrase starting at token i, not reaching `hi` (exclusive). */
export function npRight(toks: Token[], i: number, hi: number): [number, number] | null {
	if (i >= hi) return null;
	if (toks[i].pos === 'PRON' && PRONOUNS.has(toks[i].normal)) return [i, i + 1];
	let k = i;
	// "her father", "my mother", "his lawyer": a possessive pronoun the tagger read as a pronoun opens a
	// description (lower-case: "Her" opening a sentence may be the object of nothing here either)
	// — only before a word for a person ("her former record label" is no one)
	if (['my', 'his', 'her', 'our', 'their', 'your'].includes(toks[k].normal) && k + 1 < hi && !isCap(toks[k + 1])) {
		const head = toks[k + 1].pos === 'ADJ' && k + 2 < hi ? toks[k + 2] : toks[k + 1];
		if (head.pos === 'NOUN' && (personNouns().has(head.normal) || personNouns().has(head.lemma.toLowerCase()))) k++;
	}
	// ("this source", "that official": a demonstrative opens a phrase too)
	while (k < hi && toks[k].pos === 'DET' && (DETS.has(toks[k].normal) || (k === i && ['this', 'that', 'these', 'those'].includes(toks[k].normal) && k + 1 < hi && toks[k + 1].pos === 'NOUN'))) k++;
	// "some protesters", "several officials", "one well-connected Democrat"
	if (k < hi && QUANTIFIERS.has(toks[k].normal) && k + 1 < hi && !['of', ',', '.'].includes(toks[k + 1].normal)) k++;
	let lastNoun = -1;
	// "Will Doyle", "May Chen": a capitalised word the tagger reads as a verb, before a name.
	if (k + 1 < hi && isCap(toks[k]) && NEVER_NAME_POS.has(toks[k].pos) && toks[k].pos !== 'PRON' && toks[k].pos !== 'DET' && !NEVER_NAME_WORDS.has(toks[k].normal) && toks[k + 1].pos === 'PROPN' && isCap(toks[k + 1])) k++;
	while (k < hi) {
		const t = toks[k];
		const spacedDash = /^[-–—]$/.test(t.value) && !(toks[k - 1]?.end === t.start && toks[k + 1]?.start === t.end);
		if (npToken(t) && !spacedDash) {
			// A capitalised word the tagger called an adjective is a name when nothing follows it ("Blunt,").
			if (t.pos === 'NOUN' || t.pos === 'PROPN' || (isCap(t) && (t.pos !== 'ADJ' || !npToken(toks[k + 1] ?? t) || k + 1 >= hi))) lastNoun = k;
			k++;
			continue;
		}
		// "the printed slate card", "an unaligned strategist": a participle between a determiner and its noun.
		if (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.normal) && k > i && ['DET', 'ADJ', 'NUM'].includes(toks[k - 1].pos) && k + 1 < hi && npToken(toks[k + 1]) && !PRONOUNS.has(toks[k + 1].normal)) {
			k++;
			continue;
		}
		// "well-connected", "long-time": a hyphenated compound is one modifier, whatever its parts' tags.
		if (k + 2 < hi && toks[k + 1].value === '-' && toks[k + 1].start === t.end && toks[k + 2].start === toks[k + 1].end && /[\p{L}]/u.test(t.value) && /[\p{L}]/u.test(toks[k + 2].value) && !isCap(toks[k + 2])) {
			if (npToken(toks[k + 2]) && toks[k + 2].pos === 'NOUN') lastNoun = k + 2;
			k += 3;
			continue;
		}
		// "Texas-based", "state-run": a compound modifier ends in a participle after a hyphen.
		if (t.pos === 'VERB' && k > i && toks[k - 1].value === '-' && toks[k - 1].end === t.start && k + 1 < hi && npToken(toks[k + 1])) {
			k++;
			continue;
		}
		// "the Florida senator and Republican candidate": one person with two titles.
		if (t.normal === 'and' && lastNoun === k - 1 && k + 1 < hi && ['ADJ', 'NOUN', 'PROPN'].includes(toks[k + 1].pos) && !isCap(toks[k - 1]) && !isCap(toks[k + 1])) {
			k++;
			continue;
		}
		if (LINK_PREPS.has(t.normal) && t.pos === 'ADP' && lastNoun >= 0 && k + 1 < hi) {
			let m = k + 1;
			while (m < hi && (toks[m].pos === 'DET' || POSSESSIVE_DETS.has(toks[m].normal))) m++;
			if (m < hi && (toks[m].pos === 'PROPN' || toks[m].pos === 'NOUN' || toks[m].pos === 'ADJ')) {
				k = m;
				continue;
			}
		}
		break;
	}
	if (lastNoun < 0) return null;
	return [i, lastNoun + 1];
}

/** Skip adverbs, auxiliaries and "not" to the left of a verb ("has also said", "later told"). */
export function skipLeftAux(toks: Token[], j: number, lo: number): number {
	let k = j;
	let n = 0;
	while (k >= lo && SKIP_BEFORE_VERB.has(toks[k].pos) && !isPossessive(toks[k]) && n < 3) {
		k--;
		n++;
	}
	return k;
}

/**
 * The subject before a verb at token v: "Jane Doe said", "Jane Doe, Acme's director, said",
 * "Jane Doe, who heads Acme, said". Returns the name mention range and an appositive range.
 */
export function subjectLeft(toks: Token[], v: number, lo: number): { np: [number, number]; appos: [number, number] | null; mention?: [number, number] } | null {
	let j = skipLeftAux(toks, v - 1, lo);
	if (j < lo) return null;
	// "Jane Doe, who heads Acme, said" is handled below; "Jane Doe, who said" here.
	if (toks[j].normal === 'who' && j - 1 > lo && toks[j - 1].value === ',') {
		const np = npLeft(toks, j - 2, lo);
		// The mention runs to the relative pronoun, the cue's grammatical subject.
		return np ? { np, appos: null, mention: [np[0], j + 1] } : null;
	}
	// "Gov. John Kasich (R-OH), said": a stray comma after the party label
	if (toks[j].value === ',' && toks[j - 1]?.value === ')' && j - 1 >= lo) j--;
	// "Jane Doe (D-Ohio) said": skip the parenthesis.
	if (toks[j].value === ')') {
		let k = j - 1;
		while (k > lo && toks[k].value !== '(' && j - k < 12) k--;
		if (toks[k]?.value === '(') j = k - 1;
		if (j < lo) return null;
	}
	let moved = false;
	for (let asides = 0; toks[j]?.value === ',' && asides < 3; asides++) {
		// appositive or relative clause between commas
		let k = j - 1;
		let depth = 0;
		while (k >= lo && toks[k].value !== ',' && depth < 40) {
			k--;
			depth++;
		}
		if (k < lo || toks[k].value !== ',') {
			// the long aside began right after the subject ("Clinton, during … in Columbus, Ohio, said")
			if (moved) {
				const np0 = npLeft(toks, j - 1, lo);
				return np0 ? { np: np0, appos: null } : null;
			}
			return null;
		}
		const inner: [number, number] = [k + 1, j];
		// (an aside longer than fifteen words only when it is a relative clause or a participle phrase:
		// "Clinton, who served as secretary of state when …, conceded")
		if (depth >= 15 && !(['who', 'which', 'whose'].includes(toks[inner[0]].normal) || (toks[inner[0]].pos === 'VERB' && /(?:ing|ed)$/.test(toks[inner[0]].normal)))) return null;
		// "Sen. Richard J. Durbin (D-Ill.), noting …, said": the party label before the aside
		let kb = k - 1;
		if (toks[kb]?.value === ')') {
			let q = kb - 1;
			while (q > lo && toks[q].value !== '(' && kb - q < 12) q--;
			if (toks[q]?.value === '(') kb = q - 1;
		}
		const before = npLeft(toks, kb, lo);
		// "Clinton, during a town hall meeting in Columbus, Ohio, said", "Cory James, 22, of Flint, Mich.,
		// said": the phrase before this comma is the object of a preposition, so part of a longer aside;
		// the subject is further left
		if (before && before[0] > lo && toks[before[0] - 1].pos === 'ADP' && toks[before[0] - 1].normal !== 'as') {
			let c = before[0] - 1;
			while (c > lo && toks[c].value !== ',' && before[0] - c < 20) c--;
			if (toks[c]?.value === ',' && c > lo) {
				j = c;
				moved = true;
				continue;
			}
		}
		// "Sanders, meanwhile, who sits at zero, said": another aside before this one
		if (!before && k - 2 > lo && toks[k - 1].pos === 'ADV' && toks[k - 2]?.value === ',') {
			const b2 = npLeft(toks, k - 3, lo);
			if (b2) return { np: b2, appos: null };
		}
		if (!before) return null;
		// "Smith, in Kentucky, said" / "Smith, for his part, said": an aside, not an appositive.
		if (toks[inner[0]].pos === 'ADP' || toks[inner[0]].pos === 'ADV') return { np: before, appos: null };
		// "An official, speaking on condition of anonymity, said": a participle phrase, also an aside.
		if (toks[inner[0]].pos === 'VERB' && /(?:ing|ed)$/.test(toks[inner[0]].normal)) return { np: before, appos: null };
		// "Cory James, 22, said": an age
		if (inner[1] - inner[0] === 1 && toks[inner[0]].pos === 'NUM') return { np: before, appos: null };
		const relative = ['who', 'which'].includes(toks[inner[0]].normal);
		const apposNp = relative ? null : npRight(toks, inner[0], inner[1]);
		if (!relative && (!apposNp || apposNp[1] !== inner[1])) return null;
		return { np: before, appos: apposNp };
	}
	let np = npLeft(toks, j, lo);
	if (!np) return null;
	// "At the fish counter, …": the object of a preposition is not the subject of the word after it.
	// ("As the Post's Jane Roe wrote, …" is an attribution, though)
	if (np[0] - 1 === lo && toks[np[0] - 1].pos === 'ADP' && toks[np[0] - 1].normal !== 'as' && toks[v + 1]?.value === ',') return null;
	// "The staff member who reported the call recalled": the object of a relative clause is not the
	// subject; the phrase before "who" is.
	for (let k = np[0] - 1, n = 0; k > lo && n < 12 && toks[np[0]].pos !== 'PRON'; k--, n++) {
		const t = toks[k];
		if (/^[,.;:!?]$/.test(t.value) || (t.normal === 'that' && t.pos === 'SCONJ')) break;
		// (the word right after "who" is its verb, whatever the tagger made of it: "who lives/NOUN near")
		if ((t.normal === 'who' || t.normal === 'that') && k + 1 < np[0] && (toks.slice(k + 1, np[0]).some((x) => x.pos === 'VERB') || (t.normal === 'who' && /s$/.test(toks[k + 1].normal)))) {
			const before = npLeft(toks, k - 1, lo);
			if (before) np = before;
			break;
		}
	}
	// "A source speaking to Fox News said": the phrase after the participle is not the subject.
	if (np[0] - 2 > lo && toks[np[0] - 1].pos === 'ADP' && toks[np[0] - 2].pos === 'VERB' && /ing$/.test(toks[np[0] - 2].normal)) {
		const before = npLeft(toks, np[0] - 3, lo);
		if (before) np = before;
	}
	// "Sanders last week said", "Clinton Saturday told": a time after the subject is not part of it.
	if (!isTimePhrase(toks, np[0], np[1])) {
		let t = np[1];
		while (t - 1 > np[0] && (TIME_WORDS.has(toks[t - 1].normal) || (TIME_MODIFIERS.has(toks[t - 1].normal) && t < np[1]))) t--;
		if (t < np[1] && isTimePhrase(toks, t, np[1])) np = [np[0], t];
	} else if (np[0] - 1 >= lo && !TIME_PLACE_PREPS.has(toks[np[0] - 1].normal)) {
		// "Sanders (I-Vt.) Saturday criticized", "Priebus later Thursday told": the whole phrase is the
		// time; the subject is before it.
		let k = np[0] - 1;
		while (k > lo && toks[k].pos === 'ADV') k--;
		if (toks[k].value === ')') {
			while (k > lo && toks[k].value !== '(') k--;
			k--;
		}
		const before = k >= lo ? npLeft(toks, k, lo) : null;
		if (before) np = before;
	}
	// "Sanders (I-Vt.) on Saturday criticized", "Obama on Friday declared": the phrase before the verb
	// is a time or place, the subject is before it.
	if (np[0] - 1 > lo && TIME_PLACE_PREPS.has(toks[np[0] - 1].normal) && np[1] - np[0] <= 3) {
		let k = np[0] - 2;
		if (toks[k].value === ')') {
			while (k > lo && toks[k].value !== '(' ) k--;
			k--;
		}
		const before = k >= lo ? npLeft(toks, k, lo) : null;
		if (before) np = before;
	}
	return { np, appos: null };
}

/** The subject after an inverted verb: "said Jane Doe, Acme's director". */
export function subjectRight(toks: Token[], i: number, hi: number): { np: [number, number]; appos: [number, number] | null } | null {
	let np = npRight(toks, i, hi);
	// "said one of two witnesses", "said some of the protesters": the whole "one of …" phrase
	if ((!np || np[1] === i + 1) && QUANTIFIERS.has(toks[i]?.normal ?? '') && toks[i + 1]?.normal === 'of') {
		const rest = npRight(toks, i + 2, hi);
		if (rest) np = [i, rest[1]];
	}
	if (!np) return null;
	let appos: [number, number] | null = null;
	if (np[1] < hi && toks[np[1]].value === ',') appos = npRight(toks, np[1] + 1, hi);
	return { np, appos };
}
