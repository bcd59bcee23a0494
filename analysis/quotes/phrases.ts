// Noun-phrase boundaries around a reporting verb: where the phrase left or right of a cue starts and
// ends (npLeft, npRight), and the subject of a verb with its apposition (subjectLeft, subjectRight).
// mentions.ts parses the phrase found into a name, a title and an affiliation.
import type { Token } from '../types.js';
import { canSpeak } from './cues.js';
import { isAcronym } from './name-words.js';
import { isPeopleWord, orgWords, personNouns, placeNames, relationNouns, titleWords } from './data.js';
import {
	DETS,
	LINK_PREPS,
	NAME_PARTICLES,
	NAME_PREPOSITIONS,
	NEVER_NAME_WORDS,
	PLACE_PREPS,
	POSSESSIVE_DETS,
	PRONOUNS,
	QUANTIFIERS,
	REFLEXIVES,
	TIME_MODIFIERS,
	TIME_PLACE_PREPS,
	TIME_WORDS,
	isCap,
	isUnit,
	isPossessive,
	isTimePhrase,
	officeOf
} from './mentions.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const HAS_LETTER = /[\p{L}]/u;

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);

/** Is token k part of a noun phrase (walking left)? */
const NEVER_NAME_POS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'AUX', 'PART', 'SYM', 'ADV']);
function npToken(t: Token): boolean {
	// A capitalised word is part of a name whatever the tagger says ("Don" is not a verb in "Don Smith").
	if (isCap(t) && !NEVER_NAME_POS.has(t.pos) && NAME_WORD.test(t.value)) return true;
	return NP_POS.has(t.pos) || isPossessive(t) || (/^[-.&]$/.test(t.value) && t.pos !== 'PUNCT') || t.value === '-';
}

/**
 * The noun phrase ending at token j (inclusive), not reaching before `lo`. Walks left over nouns,
 * adjectives, possessives, and "of/for/at" links between nouns; stops at an article. `beforeWho`: the
 * phrase is the subject of a relative "who" (linksToName).
 */
/** Does the phrase end in a place after "in" ("a woman in Worcester", "an assignment in Walton County")? */
function endsInPlace(toks: Token[], np: [number, number]): boolean {
	let k = np[1] - 1;
	while (k > np[0] && isCap(toks[k])) k--;
	return k > np[0] && k < np[1] - 1 && PLACE_PREPS.has(toks[k].normal);
}

/** Prepositions of where someone is or posts: "one user on Weibo", "a voter in Ohio", "a doctor at the clinic". */
const ON_PLACE = new Set(['on', 'in', 'at', 'from']);

/**
 * A noun a place phrase may follow inside a subject: a plural common noun ("groups around the world",
 * "officials in the capital"), or a word for people or a body of them, whatever its number or its
 * capital at a sentence's start ("Police in China's Hubei province said", "the ministry in Moscow").
 */
function placeHolder(t: Token): boolean {
	if (t.pos === 'NOUN' && /s$/.test(t.normal)) return true;
	if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
	return isPeopleWord(t);
}

export function npLeft(toks: Token[], j: number, lo: number, beforeWho = false): [number, number] | null {
	if (j < lo) return null;
	if (toks[j].pos === 'PRON' && PRONOUNS.has(toks[j].normal)) return [j, j + 1];
	// "Cruz himself said": the reflexive only stresses the name before it.
	if (REFLEXIVES.has(toks[j].normal) && j > lo) j--;
	let i = j;
	while (i >= lo) {
		const t = toks[i];
		// A dash with spaces around it ("Pollsters agree - Carl Bialik:") separates; a hyphen joins.
		const spacedDash = /^[-–—]$/.test(t.value) && !(toks[i - 1]?.end === t.start && toks[i + 1]?.start === t.end);
		// "native 4K. Acme said": a number's unit with its full stop ends the sentence before the name
		if (i < j && t.value.endsWith('.') && isUnit(toks, i)) break;
		// "the Qatar-funded Brookings Institution", "a well-placed source": a hyphenated modifier is part of
		// the phrase whatever the tagger made of its parts; a name does not run on before a lower-case one
		// ("anti-GOP/Obama water-carrying headline")
		if (i < j && hyphenJoined(toks, i - 1) && i - 2 >= lo) {
			let lower = !isCap(t);
			while (i - 2 >= lo && hyphenJoined(toks, i - 1)) {
				i -= 2;
				lower &&= !isCap(toks[i]);
			}
			i--;
			if (lower && i >= lo && toks[i].pos === 'PROPN') break;
			continue;
		}
		// ("Doctors Without Borders": a preposition an organisation's name capitalises)
		const namePrep = i < j && NAME_PREPOSITIONS.has(t.value) && i - 1 >= lo && isCap(toks[i - 1]) && isCap(toks[i + 1]);
		if (!spacedDash && (npToken(t) || namePrep || (t.value === '.' && i > lo && isCap(toks[i - 1]) && toks[i - 1].value.length <= 3))) {
			i--;
			continue;
		}
		if (t.pos === 'DET' && DETS.has(t.normal)) {
			i--;
			// "spokesperson for the ministry": continue over the link to the head noun
			const placeLink = PLACE_PREPS.has(toks[i]?.normal ?? '') && i - 1 >= lo && placeHolder(toks[i - 1]);
			if (i - 1 >= lo && (LINK_PREPS.has(toks[i].normal) || placeLink) && npToken(toks[i - 1]) && (!beforeWho || linksToName(toks, i - 1, i + 1))) {
				i--;
				continue;
			}
			break;
		}
		// "Minister of Foreign Affairs and Trade Péter Szijjártó": an office with "and" in its name
		const office = t.normal === 'and' && i < j && i - 1 >= lo && toks.slice(i + 1, j + 1).every(isCap) ? officeOf(toks, i - 1) : -1;
		if (office >= lo) {
			i = office - 1;
			break;
		}
		// "groups around the world", "officials in the capital": a place after a plural common noun.
		const placeLink = PLACE_PREPS.has(t.normal) && i - 1 >= lo && placeHolder(toks[i - 1]);
		if (((LINK_PREPS.has(t.normal) && t.pos === 'ADP') || placeLink) && i - 1 >= lo && npToken(toks[i - 1]) && i < j && (!beforeWho || linksToName(toks, i - 1, i + 1))) {
			i--;
			continue;
		}
		break;
	}
	// "…, his doctors say", "her lawyer said": a possessive pronoun before a word for a person opens the
	// description, as npRight reads it
	if (i >= lo && i < j && POSSESSIVE_PRONOUNS.has(toks[i].normal) && toks[j].pos === 'NOUN' && (personNouns().has(toks[j].normal) || personNouns().has(toks[j].lemma.toLowerCase()))) i--;
	const s = i + 1;
	if (s > j) return null;
	// must contain a noun or proper noun
	for (let k = s; k <= j; k++) if (toks[k].pos === 'NOUN' || toks[k].pos === 'PROPN' || isCap(toks[k])) return [s, j + 1];
	return null;
}

const POSSESSIVE_PRONOUNS = new Set(['my', 'his', 'her', 'our', 'their', 'your']);

/**
 * May the subject of a relative "who" read leftwards cross a link ("spokesman for", "head of") from the
 * word at `right` to the word at `left`? Before a capitalised name, only from a word for a person, a
 * relation or an organisation: "That was too much for O'Malley, who said", "a blow for Ann Lee, who
 * said", "a reaction from President Obama, who called" end at the name ("the spokesman for Acme, who",
 * "the Ministry of Defence, which" go on).
 */
function linksToName(toks: Token[], left: number, right: number): boolean {
	const l = toks[left];
	if (isCap(l)) return true;
	let r = right;
	while (toks[r] && toks[r].pos === 'DET') r++;
	if (!toks[r] || !isCap(toks[r])) return true;
	if (l.pos !== 'NOUN') return false;
	const lemma = l.lemma.toLowerCase();
	return isPeopleWord(l) || relationNouns().has(l.normal) || relationNouns().has(lemma);
}

/** Are tokens [i, k) titles only, with commas and "and" between ("chairman, CEO and")? No name among them. */
function onlyTitles(toks: Token[], i: number, k: number): boolean {
	for (let j = i; j < k; j++) if (!(titleWords().has(toks[j].normal) || toks[j].value === ',' || toks[j].normal === 'and' || DETS.has(toks[j].normal))) return false;
	return true;
}

/**
 * A verb the tagger read in a compound noun that ends a phrase ("a conservative think tank,", "a
 * London-based think tank"): a bare verb after a modifier, before the phrase's last word, a noun.
 */
export function compoundVerb(toks: Token[], k: number, hi: number): boolean {
	const t = toks[k];
	if (t.pos !== 'VERB' || t.normal !== t.lemma.toLowerCase() || k < 1 || k + 1 >= hi) return false;
	const before = toks[k - 1];
	if (!(['DET', 'ADJ', 'NOUN'].includes(before.pos) || (before.pos === 'VERB' && /ed$/.test(before.normal)))) return false;
	const next = toks[k + 1];
	const after = toks[k + 2];
	return next.pos === 'NOUN' && (k + 2 >= hi || !after || [',', ';', ')', '.', '—', '–'].includes(after.value));
}

/**
 * An adverb in -ly right before an adjective (or a participle in -ed) that a noun follows: it modifies
 * that adjective inside a noun phrase ("racially extreme comments", "a highly paid executive").
 */
function degreeAdverb(toks: Token[], k: number, hi: number): boolean {
	const t = toks[k];
	if (t.pos !== 'ADV' || !/ly$/.test(t.normal) || k + 2 >= hi) return false;
	const a = toks[k + 1];
	if (!(a.pos === 'ADJ' || (a.pos === 'VERB' && /ed$/.test(a.normal)))) return false;
	const n = toks[k + 2];
	return n.pos === 'NOUN' || n.pos === 'ADJ' || (n.pos === 'PROPN' && isCap(n));
}

/** The noun phrase starting at token i, not reaching `hi` (exclusive). */
export function npRight(toks: Token[], i: number, hi: number): [number, number] | null {
	if (i >= hi) return null;
	if (toks[i].pos === 'PRON' && PRONOUNS.has(toks[i].normal)) return [i, i + 1];
	let k = i;
	// "her father", "my mother", "his lawyer": a possessive pronoun the tagger read as a pronoun opens a
	// description (lower-case: "Her" opening a sentence may be the object of nothing here either)
	// — only before a word for a person ("her former record label" is no one)
	if (POSSESSIVE_PRONOUNS.has(toks[k].normal) && k + 1 < hi && !isCap(toks[k + 1])) {
		const head = toks[k + 1].pos === 'ADJ' && k + 2 < hi ? toks[k + 2] : toks[k + 1];
		if (head.pos === 'NOUN' && (personNouns().has(head.normal) || personNouns().has(head.lemma.toLowerCase()))) k++;
	}
	// ("this source", "that official": a demonstrative opens a phrase too)
	while (k < hi && toks[k].pos === 'DET' && (DETS.has(toks[k].normal) || (k === i && ['this', 'that', 'these', 'those'].includes(toks[k].normal) && k + 1 < hi && toks[k + 1].pos === 'NOUN'))) k++;
	// "some protesters", "several officials", "one well-connected Democrat"
	if (k < hi && QUANTIFIERS.has(toks[k].normal) && k + 1 < hi && !['of', ',', '.'].includes(toks[k + 1].normal)) k++;
	let lastNoun = -1;
	// "de Minaur said", "van Gaal added": a name's lower-case particle opens it
	if (k + 1 < hi && NAME_PARTICLES.has(toks[k].value) && toks[k + 1].pos === 'PROPN' && isCap(toks[k + 1]) && toks[k + 1].start === toks[k].end + 1) k++;
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
		// "a conservative think tank": a verb the tagger read in a compound noun that ends the phrase
		if (compoundVerb(toks, k, hi)) {
			k++;
			continue;
		}
		// "the printed slate card", "an unaligned strategist": a participle between a determiner and its noun.
		if (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.normal) && k > i && ['DET', 'ADJ', 'NUM'].includes(toks[k - 1].pos) && k + 1 < hi && npToken(toks[k + 1]) && !PRONOUNS.has(toks[k + 1].normal)) {
			k++;
			continue;
		}
		// "mass shooting victim Rocky Palermo": a gerund in a compound noun before a word for a person
		if (t.pos === 'VERB' && /ing$/.test(t.normal) && k > i && toks[k - 1].pos === 'NOUN' && !isCap(t) && k + 1 < hi && toks[k + 1].pos === 'NOUN' && (personNouns().has(toks[k + 1].normal) || personNouns().has(toks[k + 1].lemma.toLowerCase()))) {
			k++;
			continue;
		}
		// "racially extreme comments", "a highly paid executive": an adverb of manner or degree in -ly
		// before the adjective or participle it modifies, inside the phrase
		if (degreeAdverb(toks, k, hi)) {
			k++;
			continue;
		}
		// "well-connected", "long-time": a hyphenated compound is one modifier, whatever its parts' tags.
		if (k + 2 < hi && toks[k + 1].value === '-' && toks[k + 1].start === t.end && toks[k + 2].start === toks[k + 1].end && HAS_LETTER.test(t.value) && HAS_LETTER.test(toks[k + 2].value) && !isCap(toks[k + 2])) {
			if (npToken(toks[k + 2]) && toks[k + 2].pos === 'NOUN') lastNoun = k + 2;
			k += 3;
			continue;
		}
		// "Texas-based", "state-run": a compound modifier ends in a participle after a hyphen.
		if (t.pos === 'VERB' && k > i && toks[k - 1].value === '-' && toks[k - 1].end === t.start && k + 1 < hi && (npToken(toks[k + 1]) || compoundVerb(toks, k + 1, hi))) {
			k++;
			continue;
		}
		// "the Florida senator and Republican candidate": one person with two titles.
		if (t.normal === 'and' && lastNoun === k - 1 && k + 1 < hi && ['ADJ', 'NOUN', 'PROPN'].includes(toks[k + 1].pos) && !isCap(toks[k - 1]) && !isCap(toks[k + 1])) {
			k++;
			continue;
		}
		// "chairman, CEO and president Craig Menear": titles listed before a name
		if ((t.value === ',' || t.normal === 'and') && lastNoun === k - 1 && k + 1 < hi && titleWords().has(toks[k + 1].normal) && onlyTitles(toks, i, k)) {
			k++;
			continue;
		}
		if (LINK_PREPS.has(t.normal) && t.pos === 'ADP' && lastNoun >= 0 && k + 1 < hi) {
			let m = k + 1;
			while (m < hi && (toks[m].pos === 'DET' || POSSESSIVE_DETS.has(toks[m].normal))) m++;
			if (m < hi && (toks[m].pos === 'PROPN' || toks[m].pos === 'NOUN' || toks[m].pos === 'ADJ' || degreeAdverb(toks, m, hi))) {
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

/** An appositive's opening ("Davis, a congressman, …"): an indefinite article. */
const APPOSITIVE_ARTICLES = new Set(['a', 'an']);

/**
 * The subject before a verb at token v: "Jane Doe said", "Jane Doe, Acme's director, said",
 * "Jane Doe, who heads Acme, said". Returns the name mention range and an appositive range.
 */
export function subjectLeft(toks: Token[], v: number, lo: number, joined = 0): { np: [number, number]; appos: [number, number] | null; mention?: [number, number] } | null {
	let j = skipLeftAux(toks, v - 1, lo);
	if (j < lo) return null;
	// "65 women … defended his character and said he …": a verb joined by "and" to an earlier one (with
	// its object between) shares that verb's subject
	const and = toks[v - 1]?.normal === 'and' ? v - 1 : -1;
	// (three verbs back at most: a long chain of "and"s is not followed verb by verb)
	if (and > lo && toks[v].pos === 'VERB' && joined < 3) {
		let w = and - 1;
		while (w > lo && and - w <= 6 && toks[w].pos !== 'VERB' && !/^[,;:.!?]$/.test(toks[w].value)) w--;
		const shared = w > lo && w < and - 1 && toks[w].pos === 'VERB' && toks[w].sentence === toks[v].sentence && toks[w - 1].pos !== 'AUX' ? subjectLeft(toks, w, lo, joined + 1) : null;
		// (someone who can speak: a name, a pronoun, a word for a person or an organisation; not "the
		// deaths were caused … and called")
		const head = shared ? toks[shared.np[1] - 1] : null;
		if (head && (head.pos === 'PROPN' || head.pos === 'PRON' || personNouns().has(head.normal) || personNouns().has(head.lemma.toLowerCase()) || orgWords().has(head.normal))) return shared;
	}
	// "Igor Sadikov, who in February posted …", "who on Monday said": a time between the relative
	// pronoun and its verb is when, not who
	if (['in', 'on', 'last', 'this', 'early', 'late'].includes(toks[j - 1]?.normal ?? '') && TIME_WORDS.has(toks[j].normal) && toks[j - 2]?.normal === 'who') j -= 2;
	// "Jane Doe, who heads Acme, said" is handled below; "Jane Doe, who said" here, and "Acme Media,
	// which said" (an organisation, a report or a document speaks through "which")
	if ((toks[j].normal === 'who' || toks[j].normal === 'which') && j - 1 > lo && toks[j - 1].value === ',') {
		const np = npLeft(toks, j - 2, lo, true);
		if (!np) return null;
		// "which" stands for a name or something that can speak ("a UN panel, which said"); not "a page
		// on health care, which recounts", where the nearest phrase is the topic
		if (toks[j].normal === 'which' && !isCap(toks[np[1] - 1]) && !canSpeak(toks[np[1] - 1])) return null;
		// "The Realist Report, an independent media outlet, which describes": the relative pronoun
		// follows an appositive; its antecedent is the name the appositive describes
		if (APPOSITIVE_ARTICLES.has(toks[np[0]].normal) && toks[np[0] - 1]?.value === ',' && np[0] - 2 >= lo && isCap(toks[np[0] - 2])) {
			const named = npLeft(toks, np[0] - 2, lo);
			if (named && isCap(toks[named[1] - 1])) return { np: named, appos: np };
		}
		// The mention runs to the relative pronoun, the cue's grammatical subject.
		return { np, appos: null, mention: [np[0], j + 1] };
	}
	// "Gov. John Kasich (R-OH), said": a stray comma after the party label (not the comma that closes an
	// appositive ending in a short form: "Jane Roe, a spokeswoman for Health and Human Services (HHS), said")
	if (toks[j].value === ',' && toks[j - 1]?.value === ')' && j - 1 >= lo && shortFormBefore(toks, j - 1, lo) < 0) j--;
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
				// "According to AFP, one user on Weibo, which is …, posted": the comma closes a phrase that
				// opens the sentence; the subject is all that follows it, up to this aside
				let open = c - 1;
				while (open > lo && toks[open - 1].sentence === toks[c].sentence && toks[open - 1].value !== ',') open--;
				if ((open === lo || toks[open - 1].sentence !== toks[c].sentence) && (toks[open].pos === 'ADP' || toks[open].normal === 'according') && ON_PLACE.has(toks[before[0] - 1].normal)) {
					const head = before[0] - 2 > c ? npLeft(toks, before[0] - 2, c + 1) : null;
					if (head && head[0] === c + 1) return { np: [c + 1, before[1]], appos: null };
				}
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
		// "Smith, in Kentucky, said" / "Smith, for his part, said": an aside, not an appositive; but when
		// the phrase before it is itself an appositive ("Davis, who was interviewed by The Daily Caller,
		// a conservative news site, after the photo emerged, called"), the subject is further left
		if ((toks[inner[0]].pos === 'ADP' || toks[inner[0]].pos === 'ADV') && APPOSITIVE_ARTICLES.has(toks[before[0]].normal) && toks[before[0] - 1]?.value === ',' && before[0] - 1 > lo) {
			j = before[0] - 1;
			continue;
		}
		if (toks[inner[0]].pos === 'ADP' || toks[inner[0]].pos === 'ADV') return { np: before, appos: null };
		// "An official, speaking on condition of anonymity, said": a participle phrase, also an aside.
		if (toks[inner[0]].pos === 'VERB' && /(?:ing|ed)$/.test(toks[inner[0]].normal)) return { np: before, appos: null };
		// "Cory James, 22, said": an age
		if (inner[1] - inner[0] === 1 && toks[inner[0]].pos === 'NUM') return { np: before, appos: null };
		const relative = ['who', 'which'].includes(toks[inner[0]].normal);
		// "A woman in Worcester, Massachusetts, told": the aside is the state of the place the phrase ends
		// in, part of the phrase, not the speaker's name
		if (!relative && inner[1] - inner[0] <= 3 && placeNames().has(toks.slice(inner[0], inner[1]).map((x) => x.value).join(' ')) && endsInPlace(toks, before)) return { np: [before[0], inner[1]], appos: null };
		// (the short form in brackets that ends it is the organisation's: "… Human Services (HHS),")
		const short = shortFormBefore(toks, inner[1] - 1, inner[0] + 1);
		const apposEnd = short >= 0 ? short : inner[1];
		let apposNp = relative ? null : npRight(toks, inner[0], apposEnd);
		// ("the Foundation for Accountability and Civic Trust (FACT)": a name with "and" in it)
		if (!relative && short >= 0 && apposNp?.[1] !== apposEnd && toks.slice(inner[0], apposEnd).every((x) => isCap(x) || NAME_LINKS.has(x.normal))) apposNp = [inner[0], apposEnd];
		if (!relative && (!apposNp || apposNp[1] !== apposEnd)) return null;
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
	// "A source speaking to Fox News said", "The authors of the research published in the journal JAMA
	// Psychiatry argued": the phrase after the participle is not the subject.
	if (np[0] - 2 > lo && toks[np[0] - 1].pos === 'ADP' && toks[np[0] - 2].pos === 'VERB' && /(?:ing|ed)$/.test(toks[np[0] - 2].normal)) {
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
		// "A government statement released Tuesday states": the phrase before the participle the time
		// belongs to
		if (k > lo && toks[k].pos === 'VERB' && /(?:ed|en)$/.test(toks[k].normal) && npToken(toks[k - 1])) k--;
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

/** The small words inside an organisation's name ("the Foundation for Accountability and Civic Trust"). */
const NAME_LINKS = new Set(['the', 'of', 'for', 'and', '&', 'on', 'in']);

/** A hyphen with no space on either side ("Qatar-funded", "commander-in-chief"). */
const hyphenJoined = (toks: Token[], h: number) => toks[h]?.value === '-' && toks[h - 1]?.end === toks[h].start && toks[h + 1]?.start === toks[h].end;

/**
 * The opening bracket of a short form in capitals closing at token c ("(HHS)", "(ICE)", "(U.N.)"), not a
 * party label ("(R-OH)", "(D)"), when it starts at or after lo; else -1.
 */
function shortFormBefore(toks: Token[], c: number, lo: number): number {
	if (toks[c]?.value !== ')') return -1;
	const o = c - 2 >= lo && toks[c - 2].value === '(' ? c - 2 : -1;
	return o >= 0 && isAcronym(toks[c - 1].value) ? o : -1;
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
