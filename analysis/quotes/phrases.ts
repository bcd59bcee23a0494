// Noun-phrase boundaries around a reporting verb: where the phrase left or right of a cue starts and
// ends (npLeft, npRight); subjects.ts finds the subject of a verb with its apposition from them.
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
	isTimePhrase
} from './mentions.js';
import { closeTo, officeOf, officeTo } from './offices.js';
import { AMBIGUOUS_STATE, hyphenJoined, inHyphenCompound, shareAt } from './mention-words.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const HAS_LETTER = /[\p{L}]/u;

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);

/** Is token k part of a noun phrase (walking left)? */
const NEVER_NAME_POS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'AUX', 'PART', 'SYM', 'ADV']);
export function npToken(t: Token): boolean {
	// A capitalised word is part of a name whatever the tagger says ("Don" is not a verb in "Don Smith").
	if (isCap(t) && !NEVER_NAME_POS.has(t.pos) && NAME_WORD.test(t.value)) return true;
	// ("12% of Democrats": the sign of a figure, as "percent" is a noun)
	return NP_POS.has(t.pos) || isPossessive(t) || (/^[-.&]$/.test(t.value) && t.pos !== 'PUNCT') || t.value === '-' || t.value === '%';
}

/**
 * The noun phrase ending at token j (inclusive), not reaching before `lo`. Walks left over nouns,
 * adjectives, possessives, and "of/for/at" links between nouns; stops at an article. `beforeWho`: the
 * phrase is the subject of a relative "who" (linksToName).
 */
/** Does the phrase end in a place after "in" ("a woman in Worcester", "an assignment in Walton County")? */
export function endsInPlace(toks: Token[], np: [number, number]): boolean {
	let k = np[1] - 1;
	while (k > np[0] && isCap(toks[k])) k--;
	return k > np[0] && k < np[1] - 1 && PLACE_PREPS.has(toks[k].normal);
}

/**
 * "Columbus, Ohio", "Ava, Mo.": the phrase `np` is a state (places.txt, or an AP abbreviation that is
 * also a word) right after a capitalised town and a comma. Returns the town's name joined to it, or null.
 */
export function townAndState(toks: Token[], np: [number, number], lo: number): [number, number] | null {
	const c = np[0] - 1;
	if (c - 1 < lo || toks[c].value !== ',' || !isCap(toks[c - 1])) return null;
	const written = toks.slice(np[0], np[1]).map((t) => t.value).join(' ');
	if (!placeNames().listed(written) && !AMBIGUOUS_STATE.test(written)) return null;
	// (the town's capitalised words only: what the phrase is part of is the caller's to read)
	let t0 = c - 1;
	while (t0 - 1 >= lo && isCap(toks[t0 - 1]) && toks[t0 - 1].sentence === toks[c].sentence && c - t0 < 4) t0--;
	return [t0, np[1]];
}

/**
 * "the University of California, Berkeley", "the University of Wisconsin, Madison": a campus's name (one
 * or two capitalised words, `np`) after a comma that closes a university named by its state. Returns
 * where the university's name starts ("University"), or -1. Only after "of", someone's affiliation; not a
 * list ("the University of Texas, Harvard and Yale").
 */
export function campusOf(toks: Token[], np: [number, number], lo: number): number {
	const c = np[0] - 1;
	if (c - 3 < lo || toks[c]?.value !== ',' || np[1] - np[0] > 2 || !toks.slice(np[0], np[1]).every((x) => isCap(x))) return -1;
	const after = toks[np[1]];
	if (after && (after.normal === 'and' || (after.value === ',' && isCap(toks[np[1] + 1] ?? after) && toks[np[1] + 2]?.normal === 'and'))) return -1;
	let p = c - 1;
	while (p > lo && c - p < 3 && isCap(toks[p - 1]) && toks[p - 1].normal !== 'of') p--;
	if (toks[p - 1]?.normal !== 'of' || !placeNames().listed(toks.slice(p, c).map((t) => t.value).join(' '))) return -1;
	const u = toks[p - 2];
	if (!u || (u.normal !== 'university' && u.normal !== 'universities')) return -1;
	// (only someone's affiliation, "DeLong of the University of California, Berkeley": after a phrase that
	// opens the sentence the name after the comma is its subject, "On Thursday night at the University of
	// Miami, Trump opened …", "As a colleague at the University of Pennsylvania, Andrew Vaughan followed …";
	// and no abbreviation, "Fisher v. University of Texas, No. 14-981")
	const before = toks[p - 3]?.normal === 'the' ? toks[p - 4] : toks[p - 3];
	if (before?.normal !== 'of' || toks.slice(np[0], np[1]).some((x) => x.value.endsWith('.'))) return -1;
	return p - 2;
}

/** The whole name "University of California, Berkeley" when the comma at token `comma` is followed by a campus of campusOf() (one or two capitalised words): its campus's end, else -1. */
export function campusAfter(toks: Token[], comma: number, lo: number): number {
	if (toks[comma]?.value !== ',' || !isCap(toks[comma + 1] ?? toks[comma])) return -1;
	const two = isCap(toks[comma + 2] ?? toks[comma]) && toks[comma + 2]?.pos === 'PROPN' && toks[comma + 2].start === toks[comma + 1].end + 1 ? 2 : 1;
	return campusOf(toks, [comma + 1, comma + 1 + two], lo) >= 0 ? comma + 1 + two : -1;
}

/** Prepositions of where someone is or posts: "one user on Weibo", "a voter in Ohio", "a doctor at the clinic". */
export const ON_PLACE = new Set(['on', 'in', 'at', 'from']);

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

/**
 * Adjectives that take "of" after a verb ("was reminiscent of the campaign's claim", "is critical of
 * the mayor"): the phrase after "of" is not part of a noun phrase they head ("the chief of staff" is).
 */
const OF_ADJECTIVES = new Set(['reminiscent', 'critical', 'aware', 'proud', 'wary', 'fond', 'supportive', 'skeptical', 'sceptical', 'tired', 'afraid', 'ashamed', 'capable', 'guilty', 'innocent', 'typical', 'indicative', 'mindful', 'dismissive', 'suspicious', 'jealous', 'envious', 'protective', 'contemptuous', 'scornful', 'appreciative', 'unaware', 'conscious', 'unsure', 'certain', 'sure', 'convinced', 'worthy', 'unworthy', 'devoid', 'short', 'ahead', 'independent', 'regardless', 'irrespective']);

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
			// ("the adviser to the president": an office held to someone, as npRight reads it)
			if (i - 1 >= lo && (LINK_PREPS.has(toks[i].normal) || placeLink || officeTo(toks, i)) && npToken(toks[i - 1]) && !OF_ADJECTIVES.has(toks[i - 1].normal) && (!beforeWho || linksToName(toks, i - 1, i + 1))) {
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
		// "Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says", "The Food and
		// Drug Administration says": "and" inside an organisation's name, before capitalised words ending in
		// an organisation word, after an organisation word and "of" or after "the" and words naming none (as
		// the entity scan's name-run.ts reads it); else the speaker was "Human Services", "Drug Administration"
		if (t.normal === 'and' && i < j && i - 1 >= lo && isCap(toks[i - 1]) && orgWords().has(toks[j].normal) && toks.slice(i + 1, j + 1).every(isCap)) {
			let k = i - 1;
			while (k > lo && i - k < 6 && isCap(toks[k]) && toks[k].normal !== 'the') k--;
			const ofOrg = toks[k].normal === 'of' && k - 1 >= lo && isCap(toks[k - 1]) && orgWords().has(toks[k - 1].normal);
			const opened = toks[k].normal === 'the' && toks.slice(k + 1, i).every((x) => !orgWords().has(x.normal));
			if (ofOrg || opened) {
				i--;
				continue;
			}
		}
		// "six in 10 Ohio voters", "three out of four Republicans": a poll's share of people is one phrase
		if (i < j && (t.normal === 'in' || (t.normal === 'of' && toks[i - 1]?.normal === 'out'))) {
			const q = t.normal === 'in' ? i - 1 : i - 2;
			if (q >= lo && toks[i + 1]?.pos === 'NUM' && shareAt(toks, q)) {
				i = q - 1;
				break;
			}
		}
		// "groups around the world", "officials in the capital": a place after a plural common noun.
		const placeLink = PLACE_PREPS.has(t.normal) && i - 1 >= lo && placeHolder(toks[i - 1]);
		if (((LINK_PREPS.has(t.normal) && t.pos === 'ADP') || placeLink || officeTo(toks, i)) && i - 1 >= lo && npToken(toks[i - 1]) && !OF_ADJECTIVES.has(toks[i - 1].normal) && i < j && (!beforeWho || linksToName(toks, i - 1, i + 1))) {
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
export function npRight(toks: Token[], i: number, hi: number, speaker = false): [number, number] | null {
	if (i >= hi) return null;
	if (toks[i].pos === 'PRON' && PRONOUNS.has(toks[i].normal)) return [i, i + 1];
	let k = i;
	// "her father", "my mother", "his lawyer": a possessive pronoun the tagger read as a pronoun opens a
	// description (lower-case: "Her" opening a sentence may be the object of nothing here either)
	// — only before a word for a person ("her former record label" is no one)
	// (in a speaker's place, `speaker`, right before or after its verb, the head is the last noun of up
	// to three lower-case words, "his press secretary", "her communications director", and a body of
	// people or a family speaks as a person does: "his office", "his campaign", "her family"; elsewhere
	// "Taylor Swift, her former record label and …" lists the label, no description of Swift)
	if (POSSESSIVE_PRONOUNS.has(toks[k].normal) && k + 1 < hi && !isCap(toks[k + 1])) {
		let j = k + 1;
		if (speaker) while (j + 1 < hi && j - k < 3 && !isCap(toks[j + 1]) && (toks[j].pos === 'ADJ' || toks[j].pos === 'NOUN') && toks[j + 1].pos === 'NOUN') j++;
		else if (toks[j].pos === 'ADJ' && j + 1 < hi) j++;
		const head = toks[j];
		if (head.pos === 'NOUN' && (personNouns().has(head.normal) || personNouns().has(head.lemma.toLowerCase()) || (speaker && (isPeopleWord(head) || relationNouns().has(head.normal))))) k++;
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
			// ("a Clinton surrogate said": a word for a person's role the tagger read as an adjective, last
			// in a speaker's phrase, is its head)
			else if (speaker && t.pos === 'ADJ' && (k + 1 >= hi || !npToken(toks[k + 1])) && personNouns().has(t.normal)) lastNoun = k;
			k++;
			continue;
		}
		// "Post Editor-in-Chief Martin Baron": the preposition of a compound joined by hyphens is part of
		// its word (review NN of the 48th stop had "Post Editor" speak)
		if (inHyphenCompound(toks, k)) {
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
		// "managing director of Acme", "acting director of the FBI", "retired general": a participle
		// opening the phrase before a title or a word for a person is part of it ("leading the team" is not)
		if (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.normal) && k === i && !isCap(t) && k + 1 < hi && !isCap(toks[k + 1]) && (((toks[k + 1].pos === 'NOUN' || toks[k + 1].pos === 'ADJ') && titleWords().has(toks[k + 1].normal)) || (toks[k + 1].pos === 'NOUN' && (personNouns().has(toks[k + 1].normal) || personNouns().has(toks[k + 1].lemma.toLowerCase()))))) {
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
		// "the Senate's only African-American Republican", "Acme's only engineer": "only" after a possessive
		// or an article, before the rest of the phrase
		if (t.normal === 'only' && k > i && (isPossessive(toks[k - 1]) || toks[k - 1].pos === 'DET') && k + 1 < hi && npToken(toks[k + 1])) {
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
		// "the Council on Foreign Relations", "the Center on Budget and Policy Priorities": a body's name goes
		// on over "on" (as name-run.ts joins it), not "the Council on Monday", "CBS News on Super Tuesday"
		const dayAfter = [toks[k + 1], toks[k + 2]].some((x) => !!x && isCap(x) && (TIME_WORDS.has(x.normal) || x.normal === 'day'));
		if (t.normal === 'on' && lastNoun >= 0 && lastNoun === k - 1 && isCap(toks[k - 1]) && orgWords().has(toks[k - 1].normal) && k + 1 < hi && isCap(toks[k + 1]) && toks[k + 1].pos === 'PROPN' && !dayAfter) {
			k++;
			continue;
		}
		// ("adviser to the president", "ambassador to Ukraine Marie Yovanovitch": an office held to someone
		// or somewhere, offices.ts officeHolder)
		// (and "a person close to the process", as "familiar with" goes on: offices.ts closeTo)
		if (((LINK_PREPS.has(t.normal) && t.pos === 'ADP') || (lastNoun === k - 2 && closeTo(toks, k)) || (lastNoun === k - 1 && officeTo(toks, k))) && lastNoun >= 0 && k + 1 < hi) {
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


/**
 * "a man named Jeff", "a woman called Ann", "a Canadian man by the name of Jeff": the last token of the
 * phrase the name at `s` is given to, or -1 when no such words come right before it.
 */
export function namedAfter(toks: readonly Token[], s: number): number {
	const p1 = toks[s - 1]?.normal;
	if (p1 === 'named' || p1 === 'called') return s - 2;
	return p1 === 'of' && toks[s - 2]?.normal === 'name' && toks[s - 3]?.normal === 'the' && toks[s - 4]?.normal === 'by' ? s - 5 : -1;
}
