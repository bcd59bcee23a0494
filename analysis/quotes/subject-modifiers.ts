// The subject of a cue when words follow its head before the verb: a modifier ("The firm hired to audit
// the accounts said", "Yesterday in Paris the mayor said") or a restrictive relative clause ("Voters who
// back Lee say", "Those who know him say"). Split from subjects.ts, which had passed 500 lines; read by
// its subjectLeft() only.
import type { Token } from '../types.js';
import { canSpeak } from './cues.js';
import { orgWords, personNouns } from './data.js';
import { TIME_MODIFIERS, TIME_WORDS, isCap } from './mentions.js';
import { TIME_OR_CAUSE } from './mention-words.js';
import { npLeft, npRight } from './phrases.js';

/** A subject phrase's last word that can speak: a name, a pronoun, a word for a person or an organisation. */
export const canSpeakHead = (t: Token): boolean => t.pos === 'PROPN' || t.pos === 'PRON' || personNouns().has(t.normal) || personNouns().has(t.lemma.toLowerCase()) || orgWords().has(t.normal);

/** Words that open a clause of its own, with its own subject, besides TIME_OR_CAUSE. */
const CLAUSE_OPENING = new Set(['as', 'if', 'though', 'although', 'whereas', 'whether', 'than']);
/** Words a modifier after a noun is made of ("behind last week's protest", "charged with running the program"). */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART', 'VERB']);
/** A verb that is no clause's own: a participle, or an infinitive after "to". */
const nonFinite = (toks: Token[], k: number) => toks[k].pos === 'VERB' && (/(?:ing|ed|en)$/.test(toks[k].normal) || toks[k - 1]?.normal === 'to');

/** A verb in -ed at k followed by an object's determiner or number, not a time ("this week"): a past tense, no participle. */
function pastWithObject(toks: Token[], k: number): boolean {
	const next = toks[k + 1];
	if (toks[k].pos !== 'VERB' || !/ed$/.test(toks[k].normal) || !next || (next.pos !== 'DET' && next.pos !== 'NUM') || next.normal === 'that') return false;
	const after = toks[k + 2];
	return !(after && (TIME_WORDS.has(after.normal) || TIME_MODIFIERS.has(after.normal)));
}

/**
 * np, found right before a verb, is the object in a modifier after the clause's first noun phrase:
 * that phrase (ending in a word that can speak or a name) is the subject. Only where the clause opens
 * with it (at the start of the sentence or after a comma) and the modifier is a preposition or a
 * participle with nothing but its own words up to np: "Yesterday in Paris the mayor said" is the mayor's.
 */
export function postModifiedHead(toks: Token[], np: [number, number], lo: number): [number, number] | null {
	const before = toks[np[0] - 1];
	if (!before || np[0] - 1 <= lo || !(before.pos === 'ADP' || nonFinite(toks, np[0] - 1))) return null;
	// ("Axelrod tweeted after Clinton argued …": a clause of its own)
	if (TIME_OR_CAUSE.has(before.normal) || CLAUSE_OPENING.has(before.normal)) return null;
	let k = np[0] - 1;
	while (k >= lo && np[0] - k <= 14 && toks[k].sentence === toks[np[0]].sentence && (MODIFIER_POS.has(toks[k].pos) || toks[k].normal === "'s" || toks[k].normal === '’s')) {
		if (toks[k].pos === 'VERB' && !nonFinite(toks, k)) return null;
		if (toks[k].pos === 'PART' && toks[k].normal !== 'to' && toks[k].normal !== "'s" && toks[k].normal !== '’s') return null;
		k--;
	}
	const opens = k < lo || toks[k].sentence !== toks[np[0]].sentence || toks[k].value === ',' || toks[k].value === ';' || toks[k].value === ':';
	if (!opens) return null;
	const first = npRight(toks, k + 1, np[0]);
	if (!first || first[0] !== k + 1) return null;
	// ("The poll showed a majority of voters say …": a verb in -ed with an object of its own is the clause's
	// past tense, not a passive modifier, which takes none: "The firm hired to audit …", "The study
	// published in JAMA …", "The report released this week …")
	// (its object's own first phrase is then the one modified: "a majority of registered Ohio voters")
	return pastWithObject(toks, first[1]) ? modifiedSpeaker(toks, npRight(toks, first[1] + 1, np[0]), np) : modifiedSpeaker(toks, first, np);
}

/** first, a phrase before np and its modifier, as the speaker: when it ends in a word that can speak or a name. */
function modifiedSpeaker(toks: Token[], first: [number, number] | null, np: [number, number]): [number, number] | null {
	if (!first || first[1] >= np[0]) return null;
	const opener = toks[first[1]];
	if (!(opener.pos === 'ADP' || nonFinite(toks, first[1]))) return null;
	const h = toks[first[1] - 1];
	if (TIME_WORDS.has(h.normal) || !(canSpeak(h) || h.pos === 'PROPN')) return null;
	return first;
}

/**
 * The subject "Voters who back Lee" when the noun phrase ending at j is the object of a restrictive
 * relative clause ("who" or "that", a verb, that object) on a head that can speak: a person's or an
 * organisation's word, a name, or "those", "many", "some", "others". Null otherwise.
 */
export function restrictedSubject(toks: Token[], j: number, lo: number): { np: [number, number]; mention: [number, number] } | null {
	// (an object pronoun is a phrase of its own: "People who know him say …")
	const obj = OBJECT_PRONOUNS.has(toks[j]?.normal ?? '') ? [j, j + 1] : npLeft(toks, j, lo);
	if (!obj) return null;
	// (the tagger may misread the verb right after "who" as an adverb or a noun, even as the first word of
	// the object: "Voters who back/ADV Lee", "The man who shot/NOUN Lee")
	if (toks[obj[0] - 1]?.normal === 'who' && obj[1] - obj[0] > 1 && toks[obj[0]].pos === 'NOUN' && /^\p{Ll}/u.test(toks[obj[0]].value)) obj[0]++;
	let k = obj[0] - 1;
	const verb = k;
	while (k > lo && verb - k < 3 && (toks[k].pos === 'VERB' || toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART' || (k === verb && toks[k].pos === 'NOUN'))) k--;
	const misread = toks[k]?.normal === 'who' && k === verb - 1 && (toks[verb].pos === 'ADV' || toks[verb].pos === 'NOUN');
	if (!(toks[k]?.normal === 'who' || toks[k]?.normal === 'that') || k === verb || !(toks[verb].pos === 'VERB' || misread) || toks[k - 1]?.value === ',') return null;
	const head: [number, number] | null = RELATIVE_HEADS.has(toks[k - 1]?.normal ?? '') ? [k - 1, k] : npLeft(toks, k - 1, lo);
	if (!head) return null;
	const h = toks[head[1] - 1];
	// (a pronoun of quantity is named with its clause: "those who back her opponents")
	// (alone when a name in the clause would be taken for the speaker: "many who know Lee")
	if (RELATIVE_HEADS.has(h.normal)) return { np: toks.slice(head[1], j + 1).some(isCap) ? head : [head[0], j + 1], mention: [head[0], j + 1] };
	return canSpeakHead(h) ? { np: head, mention: [head[0], j + 1] } : null;
}
/** Pronouns that stand as a verb's object. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it']);
/** Pronouns of quantity, and "people", that head a restrictive relative clause: "those who know him". */
const RELATIVE_HEADS = new Set(['those', 'many', 'some', 'others', 'all', 'few', 'people']);
