// Speaker mentions: the noun phrase around a reporting verb ("Jane Doe, Acme's director, said"), and
// that phrase parsed into a name, a title and an affiliation. The lite wink model has no named
// entities, so names are runs of capitalised proper nouns, split from titles with a word list
// (titles.txt). Resolving a mention to the person it names is coref.ts's job.
import type { Span, Token } from '../types.js';
import { ORG_DESCRIPTION_NOUNS, companyWords, departmentWords, givenName, isPeopleWord, knownOrgNames, orgCompound, orgWords, outsideRoles, personNouns, placeNames, titleWords } from './data.js';
import { inVocabulary } from '../nlp.js';
import { isSpace } from '../segment/patterns.js';
import { isGenerationWord } from './name-words.js';
import { OFFICE_LINKS, officeHolder, officerAfter, officeTo } from './offices.js';
import { ARABIC_ARTICLE, CAMEL_SURNAME, DETS, shareAt, LINK_PREPS, NAME_PARTICLES, PRONOUNS, REPRESENTS, afterHyphen, isAyin, isCap, isGivenNameSyllable, isPossessive, isWord, elidedAt, personPlural, possessiveAt, looksNationality, sentenceAdverb, TIME_WORDS } from './mention-words.js';
export { ARABIC_ARTICLE, CAMEL_SURNAME, DETS, LINK_PREPS, NAME_PARTICLES, NAME_PREPOSITIONS, NEVER_NAME_WORDS, PLACE_PREPS, POSSESSIVE_DETS, PRONOUNS, QUANTIFIERS, REFLEXIVES, RELATIVE_PRONOUNS, TIME_MODIFIERS, TIME_PLACE_PREPS, TIME_WORDS, afterHyphen, isAyin, isCap, isDemonym, isGivenNameSyllable, isPossessive, isTimePhrase, isUnit, sentenceAdverb } from './mention-words.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const HAS_LETTER = /[\p{L}]/u;
const INITIALISM = /^[\p{Lu}][\p{Lu}.&-]+$/u;
/** A TV or radio station's letters or channel after its network's name: "DFW" in "CBS DFW", "5" in "NBC 5". */
const STATION_PART = /^(?:\p{Lu}{2,5}|\d{1,3})$/u;

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


function joinTokens(text: string, toks: Token[], s: number, e: number): string {
	if (e <= s) return '';
	const out = text.slice(toks[s].start, toks[e - 1].end);
	return singleSpaced(out) ? out : out.replace(/\s+/g, ' ');
}

/** Is every white space in s a lone plain space (so `s.replace(/\s+/g, ' ')` is s)? Most names are. */
function singleSpaced(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 32 ? isSpace(s.charCodeAt(i + 1)) : isSpace(c)) return false;
	}
	return true;
}

const spanOf = (toks: Token[], a: number, z: number): Span | null => (z > a ? { start: toks[a].start, end: toks[z - 1].end } : null);

/**
 * "officials", "residents": a plural common noun as the head (not "Reuters", not "the press"); and "the
 * Democrats", "the Republicans", a capitalised plural of a word for a person, which the tagger reads as
 * a name and leaves unlemmatised.
 */
function pluralHead(t: Token): boolean {
	if (!/[^s]s$/.test(t.normal)) return false;
	if (t.pos === 'NOUN' && t.lemma.toLowerCase() !== t.normal) return true;
	return (t.pos === 'PROPN' || t.pos === 'NOUN') && personPlural(t);
}

// The helpers of parseMention below are module functions, not closures made on each call: it runs
// for every name, description and pronoun of an article (and tsx names each closure it makes).
const titleTextOf = (text: string, toks: Token[], a: number, z: number): string | null => (z > a ? joinTokens(text, toks, a, z) : null);
/** Capitalised, non-title words inside a title name the organisation: "ICC prosecutor", "the U.N. official". */
function capsAffil(toks: Token[], a: number, z: number): [number, number] | null {
	const titles = titleWords();
	let from = -1;
	let to = -1;
	for (let k = a; k < z; k++) {
		const t = toks[k];
		// "Indiana State Teachers Association President": a role noun inside an organisation's name
		const inName = from >= 0 && isCap(t) && k + 1 < z && isCap(toks[k + 1]) && !titles.has(toks[k + 1].normal) && !personNouns().has(toks[k + 1].normal);
		// ("a Washington-based think tank", "a London-born writer": where it is, not whom it is for)
		const located = toks[k + 1]?.value === '-' && toks[k + 1].start === t.end && !isCap(toks[k + 2] ?? t);
		// ("High school math teacher …": capitalisedOpener)
		const opener = from < 0 && capitalisedOpener(toks, k);
		// ("Clinton Communications Director Jennifer Palmieri": a department before a title is the title's)
		if (from >= 0 && departmentWords().has(t.normal) && k + 1 < z && titles.has(toks[k + 1].normal)) break;
		// (the tokeniser's normal form of "Vice" is "vise": the written word is looked up too)
		if (isCap(t) && t.pos !== 'ADJ' && !titles.has(t.normal) && !titles.has(t.value.toLowerCase()) && (inName || !personNouns().has(t.normal)) && !looksNationality(t.value) && !located && !opener) {
			if (from < 0) from = k;
			to = k + 1;
		} else if (from >= 0) break;
	}
	return from >= 0 ? [from, to] : null;
}
/**
 * "High school math teacher Angela Cooper": an everyday word capitalised only because it opens the
 * sentence, before a lower-case word, names no organisation. One the text capitalises elsewhere too
 * ("Acme spokesman …" where Acme is named later) or a name it knows ("Apple spokesman …") does.
 */
function capitalisedOpener(toks: Token[], k: number): boolean {
	const t = toks[k];
	return (k === 0 || toks[k - 1].sentence !== t.sentence) && !!toks[k + 1] && !isCap(toks[k + 1]) && inVocabulary(t.normal) && !knownOrgNames().has(t.normal) && !capitalisedInside(toks).has(t.value);
}
/** The capitalised words a text uses inside its sentences (not opening one), read once per text. */
const insideCaps = new WeakMap<Token[], Set<string>>();
function capitalisedInside(toks: Token[]): Set<string> {
	let found = insideCaps.get(toks);
	if (!found) {
		found = new Set();
		for (let i = 1; i < toks.length; i++) if (toks[i - 1].sentence === toks[i].sentence && isCap(toks[i])) found.add(toks[i].value);
		insideCaps.set(toks, found);
	}
	return found;
}
/** The organisation inside the title as a second affiliation, when it is not the first and not a place. */
function more(text: string, toks: Token[], primary: [number, number] | null, second: [number, number] | null) {
	if (!second || (primary && primary[0] === second[0])) return undefined;
	const t = joinTokens(text, toks, second[0], second[1]);
	if (placeNames().has(t)) return undefined;
	return [{ ...spanOf(toks, second[0], second[1])!, text: t }];
}
function aff(text: string, toks: Token[], r: [number, number] | null): { affiliation: string | null; affiliationSpan: Span | null } {
	return r ? { affiliation: joinTokens(text, toks, r[0], r[1]), affiliationSpan: spanOf(toks, r[0], r[1]) } : { affiliation: null, affiliationSpan: null };
}

/** People acting for someone: "Lawyers for Epstein" are his lawyers, no group of that name. */
const ACTING_FOR = /^(?:Lawyers|Attorneys|Executives|Officials|Spokesmen|Spokeswomen|Spokespeople|Representatives|Aides|Advisers|Advisors|Staffers|Employees|Agents|Prosecutors|Investigators)$/;
/** A capitalised word in the plural: "Democrats", "Parents" (an advocacy group's name opens with one). */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/** People named in the plural, capitalised, whom an advocacy group's name opens with before "for": "Democrats for Education Reform" (name-run.ts reads over the "for"). */
export const peopleInPlural = (t: Token): boolean => PEOPLE_PLURAL.test(t.value) && isPeopleWord(t);

/** Lower-case words inside an organisation's name ("Department of Health", "Bill & Melinda Gates Foundation"). */
const NAME_LINKS = new Set(['of', 'for', 'and', '&', 'the']);

/** Parse tokens [s, e) as a speaker mention. Returns null when there is nothing nameable. */
/** Auxiliaries that open a question and are also given names ("Will", "May"). */
const QUESTION_AUX = new Set(['will', 'may']);

/** Does the sentence of token i end with a question mark? (Read at most 120 tokens ahead.) */
function endsInQuestion(toks: Token[], i: number): boolean {
	let k = i;
	while (k + 1 < toks.length && toks[k + 1].sentence === toks[i].sentence && k - i < 120) k++;
	return toks[k].value === '?' || (toks[k].type === 'punctuation' && toks[k - 1]?.value === '?');
}

/** A word in lower case letters ("state", "run"). */
const LOWER_WORD = /^\p{Ll}+$/u;

export function parseMention(text: string, toks: Token[], s: number, e: number): Mention | null {
	// Page furniture before a name: a line break inside the phrase, or a word printed twice
	// ("Facebook Facebook West Mercia Police") leaves only what follows.
	for (let k = e - 1; k > s; k--) {
		if (text.slice(toks[k - 1].end, toks[k].start).includes('\n') || (toks[k].normal === toks[k - 1].normal && HAS_LETTER.test(toks[k].value))) {
			s = k + (toks[k].normal === toks[k - 1].normal ? 1 : 0);
			break;
		}
	}
	while (s < e && !isWord(toks[s])) s++;
	while (e > s && !isWord(toks[e - 1]) && !isPossessive(toks[e - 1])) e--;
	if (e <= s) return null;
	// "Will Warren continue to face the heat?": a question's opening auxiliary is no given name
	if (e - s >= 2 && QUESTION_AUX.has(toks[s].normal) && (s === 0 || toks[s - 1].sentence !== toks[s].sentence) && endsInQuestion(toks, s)) s++;
	// "Yesterday Tom Vale said": a time word opening the sentence before a given name is when, no part of it
	if (e - s >= 3 && TIME_WORDS.has(toks[s].normal) && (s === 0 || toks[s - 1].sentence !== toks[s].sentence) && isCap(toks[s + 1]) && givenName(toks[s + 1].normal) !== undefined) s++;
	// Every mention object below is spelled out property by property, never built with `...spread`:
	// this runs for every name, description and pronoun of an article, and spreading cost a sixth of
	// the quotes stage.
	const whole = { start: toks[s].start, end: toks[e - 1].end, text: joinTokens(text, toks, s, e) };
	// 'Juan "Chico" Manriquez': a nickname in quotation marks between the given name and the surname
	// (name-run.ts reads them as one run) is no part of the name
	const nick = nicknameAt(toks, s, e);
	if (nick > 0) {
		const rest = parseMention(text, toks, nick, e);
		if (rest && rest.kind === 'person' && rest.nameSpan.start === toks[nick].start) {
			rest.name = `${toks[s].value} ${rest.name}`;
			rest.nameSpan = { start: whole.start, end: rest.nameSpan.end };
			rest.start = whole.start;
			rest.text = whole.text;
			return rest;
		}
	}
	// "the Senate Committee on Foreign Relations", "the House Committee on Oversight": a body's name goes on
	// over "on" (name-run.ts joins it so) and is one organisation, not a person called "Relations" (review 38)
	for (let k = s + 1; k + 1 < e; k++) {
		if (toks[k].normal !== 'on' || !isCap(toks[k - 1]) || !orgWords().has(toks[k - 1].normal) || !isCap(toks[k + 1])) continue;
		// (not one with a person's title and name after it: "Council on American-Islamic Relations National
		// Executive Director Nihad Awad")
		let titled = false;
		for (let j = k + 1; j <= e - 3 && !titled; j++) titled = titleWords().has(toks[j].normal) && toks.slice(j + 1, e).every(isCap);
		if (titled) break;
		const n0 = DETS.has(toks[s].normal) ? s + 1 : s;
		// (and only a phrase that is the name: in "a fellow at the Council on Foreign Relations" the name is
		// what the role is at, read below)
		if (toks.slice(n0, k).some((x) => !isCap(x) && !NAME_LINKS.has(x.normal))) break;
		const span = spanOf(toks, n0, e)!;
		const name = joinTokens(text, toks, n0, e);
		return { start: whole.start, end: whole.end, text: whole.text, kind: 'org', name, nameSpan: span, title: null, titleSpan: null, affiliation: name, affiliationSpan: span, definite: n0 > s, proper: true };
	}
	if (e - s === 1 && PRONOUNS.has(toks[s].normal)) {
		const p = toks[s].normal;
		return { start: whole.start, end: whole.end, text: whole.text, kind: 'pronoun', name: p, nameSpan: spanOf(toks, s, e)!, title: null, titleSpan: null, affiliation: null, affiliationSpan: null, definite: false, plural: p === 'they' || p === 'we' };
	}
	// "Health authorities in China's Inner Mongolia", "officials in Beijing", "one user on Weibo": a place
	// or a platform after "in" or "on" says where people of a role are, not who they are; the role is the
	// phrase's head (the mention keeps its whole span). Without this the place became a person's name
	// ("Inner Mongolia" said …).
	for (let k = s + 1; k < e - 1; k++) {
		const r = toks[k - 1];
		// (capitalised only as a sentence's first word: "Police in Hubei province said")
		if ((toks[k].normal === 'in' || toks[k].normal === 'on') && toks[k].pos === 'ADP' && (!isCap(r) || (k - 1 === s && (s === 0 || toks[s - 1].sentence !== r.sentence))) && (isPeopleWord(r) || (r.pos === 'NOUN' && !isCap(r)))) {
			e = k;
			break;
		}
	}
	let b = s;
	const definite = toks[b].normal === 'the';
	while (b < e && DETS.has(toks[b].normal)) b++;
	// "state-run Xinhua News Agency", "left-leaning Daily Maverick": a hyphenated lower-case descriptor
	// before a name describes it; the name is the speaker's ("Xinhua News Agency" said the same later)
	{
		let k = b;
		while (k + 3 < e && LOWER_WORD.test(toks[k].value) && toks[k + 1].value === '-' && toks[k + 1].start === toks[k].end && toks[k + 2].start === toks[k + 1].end && LOWER_WORD.test(toks[k + 2].value)) k += 3;
		if (k > b && isCap(toks[k])) b = k;
	}
	if (b >= e) return null;
	// "Half of Ohio Democrats", "Six in 10 voters" opening a sentence: a share of people, as a poll counts
	// them, whose capital makes no name ("Half" and "Six" had been speakers, review 38)
	if (e - b >= 3 && isCap(toks[b]) && shareAt(toks, b) && (toks[e - 1].pos === 'NOUN' || toks[e - 1].pos === 'PROPN')) {
		const span = spanOf(toks, b, e)!;
		return { start: whole.start, end: whole.end, text: whole.text, kind: 'noun', name: joinTokens(text, toks, b, e), nameSpan: span, title: toks[e - 1].value, titleSpan: spanOf(toks, e - 1, e), affiliation: null, affiliationSpan: null, definite: false, plural: true };
	}
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
			// ("AFL-CIO president Steven Tolman": a hyphen inside the name, between two capitalised words)
			const joiningHyphen = (k: number) => toks[k].value === '-' && k > o0 && toks[k - 1].end === toks[k].start && toks[k + 1]?.start === toks[k].end && isCap(toks[k + 1]);
			while (o1 < r && (isCap(toks[o1]) || joiningHyphen(o1) || (['of', 'for', '&', 'and'].includes(toks[o1].normal) && isCap(toks[o1 + 1] ?? toks[o1])))) o1++;
			// ("Republican Party donor Sheldon Adelson": a donor to the party, not one who speaks for it, so
			// the party is neither an affiliation nor part of the title their group is read from)
			const outside = outsideRoles().has(role.normal);
			const hasOrg = o1 > o0 && !(o1 - o0 === 1 && capitalisedOpener(toks, o0)) && !outside;
			const t0 = outside ? r - 1 : b;
			return {
				start: whole.start,
				end: whole.end,
				text: whole.text,
				kind: 'person',
				name: joinTokens(text, toks, r, e),
				nameSpan: spanOf(toks, r, e)!,
				title: joinTokens(text, toks, t0, r),
				titleSpan: spanOf(toks, t0, r),
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
		// ("the People's Daily", "the People's Liberation Army": a capitalised common noun's possessive
		// opening a name is part of the name, not its owner)
		if (isPossessive(toks[k]) && k - 1 === b && toks[b].pos === 'NOUN' && isCap(toks[b]) && toks[k].start === toks[b].end && isCap(toks[k + 1] ?? toks[k])) break;
		if (possessiveAt(toks, k)) {
			owner = [b, k];
			h = k + 1;
			break;
		}
	}
	// ("Lyin’ Ted", "‘ISIS Truther’ Donald Trump": capitalised words before a name that end on an
	// apostrophe no s owns by are an epithet, or a quotation's close, no title or owner)
	for (let k = e - 2; k > h; k--)
		if (elidedAt(toks, k)) {
			if (toks.slice(h, k).every((t) => isCap(t))) h = k + 1;
			break;
		}
	// "a spokesperson for the Russian foreign ministry", "Joel Smith of Acme Corp", "a professor of
	// operations at Brightwater University": the head ends at the first link, and the organisation is
	// the first linked phrase that is a name.
	let he = e;
	let tail: [number, number] | null = null;
	let firstTail: [number, number] | null = null;
	for (let k = h + 1; k < e; k++) {
		// ("senior adviser to the president", "an aide to Senator Tom Ford": an office held to someone ends
		// its head as a link does)
		if ((LINK_PREPS.has(toks[k].normal) && toks[k].pos === 'ADP') || officeTo(toks, k)) {
			if (he === e) he = k;
			let t0 = k + 1;
			while (t0 < e && DETS.has(toks[t0].normal)) t0++;
			// ("a lawyer at the law firm Kirkland & Ellis", "of the investment bank Westwood Capital"): the
			// words saying what kind of organisation come before its name, which is the affiliation
			if (t0 > k + 1) {
				let c = t0;
				while (c < e && c - t0 < 3 && !isCap(toks[c]) && (toks[c].pos === 'NOUN' || toks[c].pos === 'ADJ')) c++;
				if (c > t0 && c < e && isCap(toks[c]) && toks[c].pos === 'PROPN' && (orgWords().has(toks[c - 1].normal) || ORG_DESCRIPTION_NOUNS.has(toks[c - 1].normal))) t0 = c;
			}
			if (t0 >= e) break;
			let t1 = t0 + 1;
			while (t1 < e && !(LINK_PREPS.has(toks[t1].normal) && toks[t1].pos === 'ADP')) t1++;
			if (!firstTail) firstTail = [t0, e];
			if (isCap(toks[t0])) {
				// ("a jail suicide expert from San Diego": where someone is from is no organisation; but "a
				// senator from Vermont" represents it)
				// (nor where an envoy is sent: "special envoy to Kyiv")
				const place = placeNames().has(joinTokens(text, toks, t0, e));
				if (toks[k].normal === 'to' ? !place : toks[k].normal !== 'from' || REPRESENTS.has(toks[k - 1].normal) || !place) tail = [t0, e];
				break;
			}
		}
	}
	if (h >= he) return null;
	const titles = titleWords();
	// "Secretary of State Mike Pompeo", "ambassador to Ukraine Marie Yovanovitch": an office, then the
	// name of the one who holds it (offices.ts officeHolder). The first link after a title decides.
	for (let k = h + 1; k < e; k++) {
		if (!OFFICE_LINKS.has(toks[k].normal) || !titles.has(toks[k - 1].normal)) continue;
		const held = officeHolder(toks, k, e);
		if (!held) break;
		// what the office is of names the organisation ("Secretary of the Treasury"); a place it is held
		// to or for does not ("ambassador to Ukraine", "envoy for Syria"): there, a name before the title
		// does ("U.S. Ambassador to the United Nations")
		let a0 = held.after;
		let a1 = held.name;
		if (toks[k].normal !== 'of') {
			a0 = h;
			a1 = h;
			while (a1 < k - 1 && (toks[a1].pos === 'PROPN' || /^[A-Z][A-Z.&]+$/.test(toks[a1].value)) && isCap(toks[a1]) && !titles.has(toks[a1].normal)) a1++;
		}
		const within = a1 > a0;
		return {
			start: whole.start,
			end: whole.end,
			text: whole.text,
			kind: 'person',
			name: joinTokens(text, toks, held.name, e),
			nameSpan: spanOf(toks, held.name, e)!,
			title: joinTokens(text, toks, h, held.name),
			titleSpan: spanOf(toks, h, held.name),
			affiliation: within ? joinTokens(text, toks, a0, a1) : null,
			affiliationSpan: within ? spanOf(toks, a0, a1) : null,
			definite,
			proper: true
		};
	}
	// The name is the trailing run of capitalised words of the head, stopping at a title word; but a
	// title word right after a given name is a surname ("Amy Pope", "Billie Jean King"), and so is one
	// after a given name and a middle name before a generation ("Martin Luther King Jr.").
	let n = he;
	const g = he - 1 > h && isCap(toks[he - 1]) && isGenerationWord(toks[he - 1].value) ? he - 1 : he;
	if (g - 2 >= h && isCap(toks[g - 1]) && titles.has(toks[g - 1].normal)) {
		let f = g - 2;
		while (g < he && f > h && g - f < 4 && isCap(toks[f]) && !titles.has(toks[f].normal) && givenName(toks[f].normal) === undefined) f--;
		if (isCap(toks[f]) && givenName(toks[f].normal) !== undefined && !titles.has(toks[f].normal)) n = g - 1;
	}
	while (n > h) {
		const t = toks[n - 1];
		const lower = t.normal;
		// ("Previously Dan Fishback had …": an adverb opening the sentence is no given name)
		if ((isCap(t) || (CAMEL_SURNAME.test(t.value) && n - 1 > h && isCap(toks[n - 2]))) && !titles.has(lower) && !titles.has(afterHyphen(lower)) && t.pos !== 'PRON' && !sentenceAdverb(t)) n--;
		else if (NAME_PARTICLES.has(lower) && n < he && n - 1 > h && isCap(toks[n - 2])) n--;
		// ("Ban Ki-moon": a Korean given name's lower-case second syllable ends the name)
		else if (n === he && n - 3 >= h && isGivenNameSyllable(toks, n - 1)) n--;
		// ("Sharaf ad-Din": Arabic's article written onto the next name with a hyphen)
		else if (ARABIC_ARTICLE.test(lower) && toks[n]?.value === '-' && toks[n].start === t.end && n - 1 > h && isCap(toks[n - 2])) n--;
		else if ((/^[-.&]$/.test(t.value) || isAyin(toks, n - 1)) && n < he && n - 1 > h) n--;
		// ("the People's Daily": a capitalised common noun's possessive opening a name is part of it)
		else if (isPossessive(t) && n < he && n - 2 >= h && toks[n - 2].end === t.start && toks[n - 2].pos === 'NOUN' && isCap(toks[n - 2]) && (n - 2 === h || !isCap(toks[n - 3]))) n--;
		else break;
	}
	// "Analysts say", "Residents said": a role noun capitalised at the start of a sentence is no name;
	// "Defenseman Jonas Brodin": before a name it is a title.
	// ("Advisers to a rival campaign": a plural the tagger, reading a capital, left unlemmatised)
	if (he - n === 1 && n === h && (personNouns().has(toks[n].normal) || personNouns().has(toks[n].lemma.toLowerCase()) || personPlural(toks[n]))) n = he;
	else if (he - n >= 3 && personNouns().has(toks[n].normal) && toks[n + 1].pos === 'PROPN') n++;
	// A capitalised title word right before a name belongs to the title ("President Smith"), but a run
	// that is all title words is a noun phrase ("the Prosecutor").
	const ownerText = owner ? joinTokens(text, toks, owner[0], owner[1]) : null;
	const tailText = tail ? joinTokens(text, toks, tail[0], tail[1]) : null;
	if (n < he) {
		const runWords = toks.slice(n, he).map((t) => t.normal.replace(/[’']s$/, ''));
		const orgLike =
			runWords.some((w) => orgWords().has(w)) ||
			// ("the Pittsburgh Post-Gazette", "the Las Vegas Review-Journal": a compound ending in one)
			orgCompound(runWords[runWords.length - 1]) ||
			// ("National Review", "Harvard Business Review": a magazine's name, capitalised, review 38)
			(he - n >= 2 && runWords[runWords.length - 1] === 'review' && isCap(toks[he - 1]) && !givenName(runWords[0])) ||
			(he - n === 1 && INITIALISM.test(toks[n].value) && toks[n].value.length >= 2) ||
			// "CBS DFW", "NBC 5": a name speaker-groups.tsv knows, then a station's letters or channel number
			(he - n >= 2 && knownOrgNames().has(runWords[0]) && toks.slice(n + 1, he).every((t) => STATION_PART.test(t.value) && !inVocabulary(t.normal.toLowerCase()))) ||
			// "Brightline Technologies", "Kestrel Mining": a name ending in a company word (company-words.txt)
			(he - n >= 2 && runWords[runWords.length - 1].length > 2 && companyWords().heads.has(runWords[runWords.length - 1]) && !companyWords().not.has(runWords[runWords.length - 2]));
		// "Department of Health Secretary Tom Price": the title and name after the organisation's are its officer's
		const officer = orgLike && firstTail && isCap(toks[firstTail[0]]) ? officerAfter(toks, firstTail[0], e) : -1;
		if (officer > 0) {
			const oa = aff(text, toks, [h, officer]);
			return { start: whole.start, end: whole.end, text: whole.text, kind: 'person', name: joinTokens(text, toks, officer + 1, e), nameSpan: spanOf(toks, officer + 1, e)!, title: joinTokens(text, toks, h, officer + 1), titleSpan: spanOf(toks, h, officer + 1), affiliation: oa.affiliation, affiliationSpan: oa.affiliationSpan, definite, proper: true };
		}
		if (orgLike) {
			// "the Ministry of Defence": the tail is part of the organisation's name.
			const nameEnd = firstTail && isCap(toks[firstTail[0]]) ? e : he;
			// (a capitalised title word is part of it, "the Foreign Ministry"; a lower-case one is not: "a
			// former NASA administrator")
			let nameFrom = h;
			while (nameFrom < n && !isCap(toks[nameFrom])) nameFrom++;
			const name = joinTokens(text, toks, nameFrom, nameEnd);
			// "the Foreign Ministry" is the organisation itself; "the Foreign Ministry spokesman" has a title after it.
			const own = owner ? aff(text, toks, owner) : { affiliation: name, affiliationSpan: spanOf(toks, nameFrom, nameEnd) };
			return { start: whole.start, end: whole.end, text: whole.text, kind: 'org', name, nameSpan: spanOf(toks, nameFrom, nameEnd)!, title: null, titleSpan: null, affiliation: own.affiliation, affiliationSpan: own.affiliationSpan, definite, proper: true };
		}
		const title = titleTextOf(text, toks, h, n);
		const primary = owner ?? tail ?? (title ? capsAffil(toks, h, n) : null);
		const pa = aff(text, toks, primary);
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
			moreAffiliations: more(text, toks, primary, title ? capsAffil(toks, h, n) : null)
		};
	}
	// "Massachusetts Democrats for Education Reform", "Parents for Safe Streets": people in the plural, "for"
	// and a cause in capitals, all capitalised, are an advocacy group's one name (name-run.ts reads it so;
	// review AA of the 42nd stop had "Massachusetts Democrats" merged with every Democrat)
	// (not people acting for someone, "Lawyers for Epstein", "Executives for Mondelez"; nor a single name after
	// "for", "rallies Democrats for Clinton": a cause is two words or more, or a word of English, "Prosperity")
	const cause = firstTail ? toks.slice(firstTail[0], e).filter((x) => x.normal !== 'a' && x.normal !== 'the') : [];
	if (!owner && toks[he]?.normal === 'for' && firstTail && he - h >= 1 && toks.slice(h, he).every(isCap) && cause.length > 0 && cause.every(isCap) && (cause.length > 1 || inVocabulary(cause[0].normal)) && peopleInPlural(toks[he - 1]) && !ACTING_FOR.test(toks[he - 1].value)) {
		const span = spanOf(toks, h, e)!;
		const name = joinTokens(text, toks, h, e);
		return { start: whole.start, end: whole.end, text: whole.text, kind: 'org', name, nameSpan: span, title: null, titleSpan: null, affiliation: name, affiliationSpan: span, definite, proper: true };
	}
	// No name: a noun phrase such as "officials", "the U.N. official", "Russian state media".
	const name = joinTokens(text, toks, b, e);
	const headWords = toks.slice(h, he).map((t) => t.normal);
	// ("the paper noted", "the network said": a noun that describes an organisation, as "the company")
	const isOrgNoun = headWords.some((w) => orgWords().has(w)) || (!owner && he - h === 1 && ORG_DESCRIPTION_NOUNS.has(toks[h].normal));
	// "Critics of the plan": only a capitalised tail names an organisation. ("a Barclays Bank customer": a
	// role from outside, outside.txt, stands apart from the name before it, which is no part of its title)
	const outside = outsideRoles().has(toks[he - 1].normal);
	const caps = outside ? null : capsAffil(toks, h, he);
	const na = aff(text, toks, owner ?? tail ?? caps);
	return {
		start: whole.start,
		end: whole.end,
		text: whole.text,
		kind: isOrgNoun ? 'org' : 'noun',
		name,
		nameSpan: spanOf(toks, b, e)!,
		title: titleTextOf(text, toks, outside ? he - 1 : h, he),
		titleSpan: spanOf(toks, outside ? he - 1 : h, he),
		affiliation: na.affiliation,
		affiliationSpan: na.affiliationSpan,
		definite,
		plural: pluralHead(toks[he - 1]),
		moreAffiliations: more(text, toks, owner ?? tail ?? caps, caps)
	};
}

const QUOTE_MARK = /^["“”'‘’]$/;
/** After a given name at s, a nickname in marks ('"Chico"'): the index of the surname after it, else -1. */
function nicknameAt(toks: Token[], s: number, e: number): number {
	if (e - s < 4 || toks[s].pos !== 'PROPN' || !QUOTE_MARK.test(toks[s + 1].value)) return -1;
	let k = s + 2;
	while (k < e && k < s + 4 && !QUOTE_MARK.test(toks[k].value)) k++;
	return k > s + 2 && k + 1 < e && QUOTE_MARK.test(toks[k].value) && isCap(toks[k + 1]) ? k + 1 : -1;
}
