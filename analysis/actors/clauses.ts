// Which words of a sentence are about which actor. The lite wink model has parts of speech but no
// parse, so the sentence is cut into clauses at the words and marks that open one, and each word is
// given to at most one actor (README.md, "Which words count toward an actor"):
//   1. a word inside an actor's mention (a description: "the disgraced mayor") or in the noun phrase
//      around it ("Russia's brutal war", "conspiracy site Infowars", "her big loss") is that actor's;
//   2. a verb of judgement or treatment (judged.txt: praise, blame, accuse, arrest) is about the one
//      it judges: the actors after it in its clause, or its clause's subject when it is passive;
//   2b. a verb of harm (harm.txt: threaten, attack, kill, deceive) is about its subject only, the one
//      who does it, never the one harmed; with no actor as its subject, about no actor;
//   3. any other word is about its clause's subject: the actor the clause is said of (the relative
//      clause "who lied" of the actor before it, the main clause of its subject);
//   4. a clause with no actor as its subject is about no actor in particular: its words count for every
//      actor of the sentence (null below).
// Words in quoted speech are no one's here: the caller leaves them out.
import { readDataFile } from '../data-files.js';
import { parseList, personNouns } from '../quotes/data.js';
import type { Token } from '../types.js';
import { PairMemo } from '../word-memo.js';
import { stanceNouns } from './word-lists.js';

let judged: Map<string, number> | null = null;
/** Verbs whose tone is about their object, not their subject, with their class's strength (judged.txt). */
export function judgementStrengths(): Map<string, number> {
	if (!judged) {
		judged = new Map();
		for (const line of readDataFile('actors', 'judged.txt').split(/\r?\n/)) {
			const [lemma, strength] = line.replace(/#.*$/, '').trim().toLowerCase().split(/\s+/);
			if (lemma) judged.set(lemma, Number(strength) || 0);
		}
	}
	return judged;
}

/**
 * The judged.txt strength of a verb token, or undefined when it is no verb of judgement. wink's lemma
 * first, then the written form without its ending ("lambasted" → lambaste, "fined" → fine: the lite
 * model lemmatises them "lambast", "fin").
 */
export function judgedStrength(t: Token): number | undefined {
	return judgedMemo.get(t.normal, t.lemma);
}

/** wink's lemma, then the written form without its ending (the lite model lemmatises "raped" "rap"). */
const verbForms = (normal: string, lemma: string) => {
	const w = normal.toLowerCase();
	return [lemma.toLowerCase(), w, w.replace(/d$/, ''), w.replace(/ed$/, ''), w.replace(/(.)\1ed$/, '$1'), w.replace(/ied$/, 'y'), w.replace(/e?s$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/(.)\1ing$/, '$1')];
};

const judgedMemo = new PairMemo<number | undefined>((normal, lemma) => {
	const map = judgementStrengths();
	for (const k of verbForms(normal, lemma)) {
		const v = map.get(k);
		if (v !== undefined) return v;
	}
	return undefined;
});

let harm: Set<string> | null = null;
/** Verbs of harm done to someone (harm.txt): their tone is about the doer, never the one harmed. */
function harmVerbs(): Set<string> {
	if (!harm) harm = new Set(parseList(readDataFile('actors', 'harm.txt')));
	return harm;
}
let bodily: Set<string> | null = null;
/** Is the sentence [first, end) about bodily violence (bodily.txt: a weapon, a wound, an assailant)? */
function bodilySentence(toks: Token[], first: number, end: number): boolean {
	bodily ??= new Set(parseList(readDataFile('actors', 'bodily.txt')));
	for (let k = first; k < end; k++) if (bodily.has(toks[k].normal)) return true;
	return false;
}
const harmMemo = new PairMemo<boolean>((normal, lemma) => verbForms(normal, lemma).some((k) => harmVerbs().has(k)));
const isHarm = (t: Token) => t.pos === 'VERB' && harmMemo.get(t.normal, t.lemma);
const isJudgement = (t: Token) => t.pos === 'VERB' && judgedStrength(t) !== undefined;

/** One actor mention inside the sentence, as token indices [from, to). */
export interface TokenMention {
	actor: number;
	from: number;
	to: number;
	/** A description ("the senator"): its modifiers are words about the actor; a name's are not words at all. */
	description: boolean;
}

interface Clause {
	from: number;
	to: number;
	/** Token index of the head noun a relative clause hangs on (the word before "who"), else -1. */
	antecedent: number;
	/** The clause opens with a relative pronoun that is its subject ("who lied"). */
	subjectRelative: boolean;
	/** What a speech verb reports ("Roe said [the plan failed]"): its words are not about the speaker. */
	reported?: boolean;
}

const CLAUSE_MARKS = new Set([';', ':', '—', '–', '(', ')', '[', ']']);
/** Subordinators that open a clause of its own. */
const SUBORDINATORS = new Set(['because', 'although', 'though', 'while', 'whereas', 'after', 'before', 'when', 'whenever', 'if', 'unless', 'since', 'until', 'once', 'as', 'that', 'whether', 'so']);
/** Subordinators that are never prepositions, whatever the tagger says ("Although/ADP Russia might …"). */
const ONLY_SUBORDINATORS = new Set(['although', 'though', 'whereas', 'unless', 'because']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Coordinators that always open a new clause; "and"/"or" only when a subject and a verb follow. */
const CONTRASTS = new Set(['but', 'yet']);
const NP_MAX = 12;
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVE = /^(?:'s|’s|'|’)$/;
const lower = (t: Token) => t.normal.toLowerCase();

const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
/** A lower-case noun for a person a name before it modifies: "government [employee]", "Kestrel [workers]" (not "Trump [administration]"). */
const NAME_MODIFIED = (t: Token | undefined) => !!t && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.value) && personNouns().has(t.normal);

/** "was criticised", "got arrested", "has been accused": a form of be/get before a participle. */
function passiveAt(toks: Token[], v: number, from: number): boolean {
	const t = toks[v];
	if (t.pos !== 'VERB' || /ing$/.test(lower(t))) return false;
	let k = v - 1;
	while (k >= from && toks[k].pos === 'ADV') k--;
	return k >= from && (toks[k].lemma === 'be' || toks[k].lemma === 'get') && (/(?:ed|en|wn|ght|lt|nt)$/.test(lower(t)) || t.lemma !== lower(t));
}

/** The end of the short noun phrase (or pronoun) starting at k, read no further than `lim`. */
function phraseEnd(toks: Token[], k: number, lim: number): number {
	while (k < lim && (NP_POS.has(toks[k].pos) || toks[k].pos === 'PRON' || POSSESSIVE.test(toks[k].value))) k++;
	return k;
}
/** Is token k (before `end`) a verb with a tense, not a participle in -ing: the verb of a clause's own subject? */
const finiteAt = (toks: Token[], k: number, end: number) => k < end && isVerb(toks[k]) && !/ing$/.test(lower(toks[k]));

/** Cut tokens [first, end) into clauses. `speech`: the token is a verb that reports speech or thought. */
export function clausesOf(toks: Token[], first: number, end: number, speech: (t: Token) => boolean): Clause[] {
	const out: Clause[] = [];
	let cur: Clause = { from: first, to: end, antecedent: -1, subjectRelative: false };
	/** The current clause was opened by a subordinator ("Although …", "… because …"). */
	let subordinate = false;
	const open = (at: number, antecedent = -1, subjectRelative = false) => {
		subordinate = false;
		if (at <= cur.from) {
			cur.antecedent = antecedent;
			cur.subjectRelative = subjectRelative;
			return;
		}
		cur.to = at;
		out.push(cur);
		cur = { from: at, to: end, antecedent, subjectRelative };
	};
	for (let i = first; i < end; i++) {
		const t = toks[i];
		const w = lower(t);
		const prev = toks[i - 1];
		if (CLAUSE_MARKS.has(t.value)) {
			open(i + 1 < end ? i + 1 : i);
			continue;
		}
		// "the senator, who …", "the plan that …": a relative clause hangs on the noun before it
		if (RELATIVES.has(w) && (t.pos === 'PRON' || t.pos === 'DET' || (w === 'that' && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN')))) {
			let a = i - 1;
			if (toks[a]?.value === ',') a--;
			const nominal = a >= first && (toks[a].pos === 'NOUN' || toks[a].pos === 'PROPN' || toks[a].pos === 'PRON');
			if (nominal) {
				const next = toks[i + 1];
				// "who lied" (the pronoun is the subject) against "whom voters chose", "which Roe defended"
				const subjectRelative = w !== 'whom' && w !== 'whose' && !!next && (isVerb(next) || next.pos === 'ADV');
				open(i, a, subjectRelative);
				continue;
			}
		}
		// "the night of March 10, during which he allegedly raped …": a relative clause opened by a
		// preposition has its own subject, after "which"
		if ((w === 'which' || w === 'whom') && prev?.pos === 'ADP' && i - 1 > cur.from) {
			open(i);
			continue;
		}
		if ((t.pos === 'SCONJ' || (w === 'that' && prev && speech(prev)) || ONLY_SUBORDINATORS.has(w)) && SUBORDINATORS.has(w)) {
			open(i);
			if (w === 'that' && prev && speech(prev)) cur.reported = true;
			else subordinate = true;
			continue;
		}
		// "Although Russia might see …, the court was already struggling": a subordinate clause ends at the
		// comma before the main clause's subject and verb
		if (subordinate && t.value === ',' && i + 1 < end) {
			let k = phraseEnd(toks, i + 1, Math.min(end, i + 8));
			while (k < end && toks[k].pos === 'ADV') k++;
			if (k > i + 1 && finiteAt(toks, k, end)) {
				open(i + 1);
				continue;
			}
		}
		if (t.pos === 'CCONJ' && CONTRASTS.has(w)) {
			open(i);
			continue;
		}
		// "… and Roe resigned": a coordinated clause has its own subject before its verb
		if (t.pos === 'CCONJ' && (w === 'and' || w === 'or') && toks.slice(cur.from, i).some(isVerb)) {
			// (no verb yet on the left: "Kushner and Trump had been keen" is one subject)
			const next = toks[i + 1];
			if (next && (next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'NOUN')) {
				if (finiteAt(toks, phraseEnd(toks, i + 1, Math.min(end, i + 7)), end)) {
					open(i);
					continue;
				}
			}
		}
		// "Roe said the plan failed": what is reported after a speech verb is a clause of its own
		if (prev && i - 1 >= first && speech(prev) && isVerb(prev) && t.pos !== 'ADP' && t.pos !== 'PUNCT' && t.pos !== 'PART' && !SUBORDINATORS.has(w) && t.pos !== 'ADV') {
			const k = phraseEnd(toks, i, Math.min(end, i + 7));
			if (k > i && k < end && isVerb(toks[k])) {
				open(i);
				cur.reported = true;
			}
		}
	}
	out.push(cur);
	return out;
}

/**
 * Prepositions of place and time, and "to": an actor after one is where or when the clause happens, or
 * whom it was done towards, not what it is said of ("lost to Canada", "turned down offers in Spain").
 */
const PLACE_OR_TO = new Set(['in', 'at', 'across', 'throughout', 'near', 'inside', 'outside', 'around', 'during', 'to']);
/** Is one of PLACE_OR_TO between the verb at v and the mention at m? */
function afterPreposition(toks: Token[], v: number, m: number): boolean {
	for (let k = v + 1; k < m; k++) if (toks[k].pos === 'ADP' && PLACE_OR_TO.has(toks[k].normal.toLowerCase())) return true;
	return false;
}

/** "the struggling Devan Dubnyk", "the embattled mayor": a participle between a determiner and its noun. */
function participleModifier(toks: Token[], k: number, from: number, to: number): boolean {
	const t = toks[k];
	return t.pos === 'VERB' && k > from && k + 1 < to && toks[k - 1].pos === 'DET' && (toks[k + 1].pos === 'NOUN' || toks[k + 1].pos === 'PROPN') && /(?:ing|ed)$/.test(lower(t));
}

/** The base noun phrase around token i: determiners, adjectives, nouns, numbers, possessives, adverbs before an adjective. */
function nounPhrase(toks: Token[], i: number, from: number, to: number): [number, number] {
	const inNP = (k: number) => {
		const t = toks[k];
		if (NP_POS.has(t.pos) || POSSESSIVE.test(t.value) || t.value === '-' || (t.pos === 'PRON' && /^(?:his|her|its|their)$/.test(lower(t)))) return true;
		if (participleModifier(toks, k, from, to)) return true;
		// "deeply flawed plan": an adverb before an adjective
		return t.pos === 'ADV' && k + 1 < to && toks[k + 1].pos === 'ADJ';
	};
	// A determiner opens a noun phrase: "offer Democrats [the best chance]" is two phrases, not one.
	const det = (k: number) => toks[k].pos === 'DET';
	// (at most NP_MAX words either side: a run of nouns in a malformed text stays cheap)
	let a = i;
	while (a > from && i - a < NP_MAX && !det(a) && inNP(a - 1)) a--;
	let b = i + 1;
	while (b < to && b - i < NP_MAX && !det(b) && inNP(b)) b++;
	// "billionaire pedophile and alleged sex trafficker Jeffrey Epstein": two descriptions joined by
	// "and" before one name are one phrase with it
	if (toks[b]?.normal === 'and' && b > i && toks[b - 1].pos !== 'PROPN') {
		let c = b + 1;
		while (c < to && c - b <= NP_MAX && !det(c) && inNP(c)) c++;
		if (c > b + 1 && toks[c - 1].pos === 'PROPN' && toks[b + 1].pos !== 'PROPN') b = c;
	}
	return [a, b];
}

/**
 * Per token, the actors it is about: usually one ("Roe lied"), several for a predicate and the actors
 * it takes ("Roe beat Doe") or a verb of judgement over "X and Y"; none ([]) for the words of a name or
 * a pronoun; null for a word about no actor in particular (a clause without one as its subject), which
 * counts for every actor of the sentence.
 */
export type Owners = (number[] | null)[];

/** A noun for people by their stance toward someone (stance-nouns.txt), also capitalised where it opens the sentence ("Haters of …"). */
const stanceNoun = (t: Token, opensSentence: boolean) => (t.pos === 'NOUN' || (opensSentence && t.pos === 'PROPN')) && stanceNouns().has(t.normal);

/**
 * For each token of [first, end), the actor whose tone it belongs to (an index into the caller's
 * actors), or -1. `own[i]`: the token is in the outlet's own voice.
 */
export function assignWords(toks: Token[], first: number, end: number, mentions: TokenMention[], own: (i: number) => boolean, speech: (t: Token) => boolean, why?: string[], thing?: (i: number) => boolean, story = false): Owners {
	const owner: Owners = new Array(end - first).fill(null);
	if (!mentions.length) return owner;
	const mentionAt = new Int32Array(end - first).fill(-1);
	mentions.forEach((m, k) => {
		for (let i = Math.max(first, m.from); i < Math.min(end, m.to); i++) mentionAt[i - first] = k;
	});
	// Mentions in text order, walked once across the clauses (a one-sentence text of thousands of
	// clauses stays linear).
	const sorted = [...mentions].sort((a, b) => a.from - b.from);
	let mp = 0;
	/** Whether the sentence is about bodily violence, asked only for a verb that is both judgement and harm. */
	let physical: boolean | undefined;
	for (const c of clausesOf(toks, first, end, speech)) {
		while (mp < sorted.length && sorted[mp].from < c.from) mp++;
		let me = mp;
		while (me < sorted.length && sorted[me].from < c.to) me++;
		const inClause = sorted.slice(mp, me);
		// The clause's first verb; the subject is the actor mention before it not governed by a preposition.
		let v = c.from;
		while (v < c.to && !(isVerb(toks[v]) && own(v) && mentionAt[v - first] < 0)) v++;
		let subject = -1;
		/** The clause's subject is people by their stance toward an actor after "of" ("Haters of Judge Kavanaugh are …"). */
		let othersSubject = false;
		/** Actors coordinated with the subject: "Kushner and Trump had been keen". */
		const coSubjects: number[] = [];
		/** The subject's name modifies a common noun right after it ("a government employee"). */
		let modifier = false;
		if (c.subjectRelative && c.antecedent >= first && mentionAt[c.antecedent - first] >= 0) subject = mentions[mentionAt[c.antecedent - first]].actor;
		else if (c.subjectRelative && c.antecedent >= first) {
			// "the plan, which Roe …" has no actor antecedent; neither has "the plan that failed"
			subject = -1;
		} else {
			let governed = false;
			let k = c.from;
			for (let j = 0; j < inClause.length; j++) {
				const m = inClause[j];
				if (m.from >= v) break;
				for (; k < m.from; k++) {
					if (toks[k].pos === 'ADP' && !POSSESSIVE.test(toks[k].value)) governed = true;
					if (toks[k].value === ',') governed = false;
				}
				// ("Haters of Judge Kavanaugh are turning it into a travesty": the haters are the subject)
				if (governed && subject < 0 && j === 0 && m.from - 1 > c.from && toks[m.from - 1].normal === 'of' && stanceNoun(toks[m.from - 2], m.from - 2 === first) && toks.slice(c.from, m.from - 1).every((t) => t.pos !== 'VERB' && t.value !== ',')) othersSubject = true;
				if (!governed) {
					// "X and Y …" / "X, Y and Z …": every actor of a coordination shares the predicate
					const prevM = inClause[j - 1];
					const joined = subject >= 0 && prevM && toks.slice(prevM.to, m.from).every((t) => t.value === ',' || /^(?:and|or)$/i.test(t.value)) && m.from > prevM.to;
					if (!joined) coSubjects.length = 0;
					else if (!coSubjects.includes(subject)) coSubjects.push(subject);
					subject = m.actor;
					modifier = !m.description && m.to < v && NAME_MODIFIED(toks[m.to]);
				}
			}
			// ("A United States government employee suffered …": a name modifying the noun after it is not
			// the subject; the employee is, whom the clause's words are about)
			if (modifier && subject >= 0 && !coSubjects.length) {
				subject = -1;
				othersSubject = true;
			}
		}
		const passive = v < c.to && passiveAt(toks, v, c.from);
		// Rule 3's owners, the same for every word of the clause: computed once
		// (the actors its verb takes, not those after a preposition of place or "to": "lost to Canada", "turned down offers in Spain")
		// (in "a man who saw his doctor", "his" is the man again, whoever the pronoun was resolved to:
		// a possessive in a relative clause is no one the clause acts on)
		const possessiveInRelative = (m: TokenMention) => c.subjectRelative && m.to === m.from + 1 && /^(?:his|her|their|its)$/i.test(toks[m.from].value);
		// (a clause that harms someone, "… can destroy Judge Kavanaugh's life by causing irreparable
		// damage", is about the one who does the harm: the one harmed takes none of its words, as rule 2b)
		let hv = v;
		while (hv < c.to && (toks[hv].pos === 'AUX' || toks[hv].pos === 'ADV' || toks[hv].pos === 'PART')) hv++;
		const harming = hv < c.to && isHarm(toks[hv]) && !passive && !passiveAt(toks, hv, c.from);
		// (in a story, a clause's words are its subject's only: "she had hoped an aggressive push by … Sen. Jeanne
		// Shaheen … would bring her within reach" says nothing of Shaheen, and the story has her own clauses
		// to read her by; a sentence read alone keeps them for the actors the verb takes too, as NewsMTSC's
		// annotators read a sentence's tone as toward whom it names)
		const subjectOwners = subject >= 0 ? [...new Set([...coSubjects, subject, ...(harming || story ? [] : inClause.filter((m) => m.from > v && !afterPreposition(toks, v, m.from) && !possessiveInRelative(m)).map((m) => m.actor))])] : null;
		const reportedOwners = c.reported ? [...new Set(inClause.map((m) => m.actor))] : null;
		const adverbs: [number, number][] = [];
		for (let i = c.from; i < c.to; i++) {
			if (!own(i)) continue;
			const mk = mentionAt[i - first];
			if (mk >= 0) {
				owner[i - first] = mentions[mk].description ? [mentions[mk].actor] : [];
				if (why) why[i - first] = 'mention';
				continue;
			}
			const t = toks[i];
			// 1. the noun phrase of a mention
			if (NP_POS.has(t.pos) || (t.pos === 'ADV' && i + 1 < c.to && toks[i + 1].pos === 'ADJ') || participleModifier(toks, i, c.from, c.to)) {
				const [a, b] = nounPhrase(toks, i, c.from, c.to);
				let np = -1;
				for (let k = b - 1; k >= a; k--) if (mentionAt[k - first] >= 0) {
					np = mentions[mentionAt[k - first]].actor;
					break;
				}
				if (np >= 0) {
					owner[i - first] = [np];
					if (why) why[i - first] = 'np';
					continue;
				}
				// ... or of an illness ("has been hit by the deadly bubonic plague"): about the illness, no actor
				if (thing) {
					let ill = false;
					for (let k = a; k < b && !ill; k++) ill = thing(k);
					if (ill) {
						owner[i - first] = [];
						if (why) why[i - first] = 'np-thing';
						continue;
					}
				}
			}
			// 2. a verb of judgement: the one judged ("attacked" in a sentence about bodily violence is harm, 2b)
			if (isJudgement(t) && !(isHarm(t) && (physical ??= bodilySentence(toks, first, end)))) {
				// the objects: every actor after the verb up to the next verb ("blamed X, Y and Z")
				const objects: number[] = [];
				for (let k = i + 1; k < c.to; k++) {
					const at = mentionAt[k - first];
					if (at >= 0) {
						if (!objects.includes(mentions[at].actor)) objects.push(mentions[at].actor);
						continue;
					}
					if (isVerb(toks[k]) || objects.length > 8) break;
				}
				// "Roe was praised by the committee": the judged one is the subject, not the agent after "by"
				const judgedPassive = passive || passiveAt(toks, i, c.from);
				if (judgedPassive && subject >= 0) owner[i - first] = [subject];
				else if (objects.length) owner[i - first] = objects;
				// (with no actor judged, the judgement is about something else: "Romney fired back in March",
				// "Berlin backed off", "Ryan slammed the budget" say nothing of the subject in a story; a sentence
				// read alone gives it the subject, as NewsMTSC's annotators read it)
				else if (subject >= 0) owner[i - first] = story ? [] : [subject];
				if (why) why[i - first] = judgedPassive ? 'judged-passive' : objects.length ? 'judged-object' : 'judged-subject';
				continue;
			}
			// "harshly criticised": an adverb before a verb of judgement goes with that verb; so does one before
			// a verb of harm ("who was fatally shot": about no one, as the verb in the passive is). Not before
			// one of punishing or defeating (judged.txt strength 0): "comfortably beat Chile", "quickly
			// arrested the mayor" say how the subject did it (Chile had taken "comfortably", review 37)
			if (t.pos === 'ADV') {
				let k = i + 1;
				while (k < c.to && toks[k].pos === 'ADV') k++;
				const plainAct = k < c.to && isJudgement(toks[k]) && judgedStrength(toks[k]) === 0 && !(isHarm(toks[k]) && (physical ??= bodilySentence(toks, first, end)));
				if (k < c.to && !plainAct && (isJudgement(toks[k]) || isHarm(toks[k]))) {
					adverbs.push([i, k]);
					continue;
				}
			}
			// 3. the clause's subject and the actors its verb takes; 4. else no one in particular
			if (why) why[i - first] = subject >= 0 ? (c.subjectRelative ? 'relative' : 'subject') : 'shared';
			// a verb of harm: about the one who does it, never the one harmed ("threatened to kill Omar");
			// with no actor doing it, or in the passive ("Roe was attacked"), whose subject is the one
			// harmed, about no actor
			if (isHarm(t)) {
				owner[i - first] = subject >= 0 && !passive && !passiveAt(toks, i, c.from) ? [...new Set([...coSubjects, subject])] : [];
				if (why) why[i - first] = 'harm';
				continue;
			}
			if (subjectOwners) owner[i - first] = subjectOwners;
			else if (othersSubject) {
				owner[i - first] = [];
				if (why) why[i - first] = 'others-subject';
			}
			// "Patel said [the vote was a triumph]": a reported clause about no actor is about no one here
			else if (reportedOwners) owner[i - first] = reportedOwners;
			// "… a deadly virus that causes severe bleeding": a relative clause about an illness (illness.txt,
			// or a name the text gives one) is about it, not about the actors of the sentence around it
			else if (c.antecedent >= first && thing?.(c.antecedent)) {
				owner[i - first] = [];
				if (why) why[i - first] = 'relative-thing';
			}
		}
		for (const [a, verb] of adverbs) {
			owner[a - first] = owner[verb - first];
			if (why) why[a - first] = why[verb - first];
		}
	}
	return owner;
}
