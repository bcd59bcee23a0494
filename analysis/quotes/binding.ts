// Binding: an object pronoun is not the subject of its own clause ("he went to tell him": "him" is
// someone else; the same person would be "himself"), and who answers is not who asked. entities.ts
// asks it for each pronoun it resolves.
import type { Ctx } from './context.js';
import type { Token } from '../types.js';
import type { EntityIndex } from './coref.js';
import type { Cluster } from './cluster.js';
import { speechNouns } from './data.js';
import { isPossessive } from './mentions.js';
import { FRONTING_PREPOSITIONS, mainClauseStart } from './fronted.js';

/** Words that open a clause of its own: a "him" after one can be the subject before it. */
const CLAUSE_OPENERS = new Set(['that', 'who', 'whom', 'which', 'because', 'when', 'if', 'while', 'after', 'before', 'although', 'though', 'since', 'until', 'unless', 'and', 'but', 'or', 'as']);

/**
 * "he felt bound to visit the pedophile to tell him", "Ann told Lee that she would call her": an object
 * "him"/"her" is not the subject of its own clause (it would be "himself"). The person the clause's
 * subject names, if the scan has them; null when the clause has none.
 */
export function clauseSubjectOf(ctx: Ctx, index: EntityIndex, i: number): Cluster | null {
	const { toks } = ctx;
	const t = toks[i];
	if (t.normal !== 'him' && !(t.normal === 'her' && !ownerHer(toks, i))) return null;
	// ("… for him to win the nomination": the subject of an infinitive, bound by nothing before it)
	if (toks[i - 1]?.normal === 'for' && toks[i + 1]?.normal === 'to' && toks[i + 2]?.pos === 'VERB') return null;
	// (the first finite verb read on the way back, the one "him" is the object of: a participle before it
	// is a modifier of its subject, "statements made by Donald Trump calling for a ban makes him", and a
	// clause with another finite verb is a relative one inside it, "the bad blood Cruz engendered over the
	// years prevented him")
	let firstFinite = -1;
	for (let k = i - 1; k >= 0 && toks[k].sentence === t.sentence && i - k < 30; k--) {
		const w = toks[k];
		// ("Garrett then swung it at Rudolph, hitting him in the head": a participle after the comma has
		// the sentence's subject for its own)
		if (w.value === ',' && participleTo(toks, k + 1, i)) return mainSubject(ctx, index, k);
		// ("legislators such as Bamberg who have endorsed him": a "who" right before the clause's verbs is
		// its subject, and who it stands for is the name before it; review U of the 39th stop had Bamberg
		// the one endorsed)
		if (w.normal === 'who' && toks.slice(k + 1, i).every((x) => VERB_CHAIN.has(x.pos))) return nameBefore(ctx, index, k);
		if (ctx.isMark[k] || [',', ';', ':', '—', '–', '('].includes(w.value) || CLAUSE_OPENERS.has(w.normal)) return null;
		if ((w.pos === 'VERB' || w.pos === 'AUX') && !/ing$/.test(w.normal) && toks[k - 1]?.normal !== 'to') firstFinite = k;
		let v = k + 1;
		while (v < i && toks[v].pos === 'ADV') v++;
		const after = toks[v];
		if (!after || !(w.pos === 'PRON' || w.pos === 'PROPN' || w.pos === 'NOUN')) continue;
		const start = phraseStart(toks, k);
		const before = toks[start - 1];
		// ("a chorus of Democrats urging him", "a heckler trying to ask her", "voters now backing him": a
		// participle right after a noun has that noun for its subject, when no finite verb came between)
		if (after.pos === 'VERB' && /ing$/.test(after.normal) && firstFinite < 0) return subjectAt(ctx, index, k);
		// (and a gerund after "of" has the object before it: "Clinton accuses Sanders of subjecting her to a
		// smear", "accused Lewandowski of grabbing her")
		if (after.normal === 'of' && toks[v + 1]?.pos === 'VERB' && /ing$/.test(toks[v + 1].normal) && firstFinite < 0) return subjectAt(ctx, index, k);
		// (and the subject of an infinitive: the object of a verb that has it do something, "led Chairman
		// Reince Priebus to declare him the nominee", "called on Sanders to join her", or the phrase after
		// "for", "a plea for the GOP to unite behind him"; review SS of the 54th stop had Priebus declare
		// himself; not "called Sanders to congratulate him", which she did, nor the noun of an intention,
		// "the campaign to succeed him", whose subject is no one named)
		if (after.normal === 'to' && after.pos === 'PART' && toks[v + 1]?.pos === 'VERB' && firstFinite < 0) {
			const control = CONTROL_VERBS.has(before?.lemma.toLowerCase() ?? '') || before?.normal === 'for' || (before?.normal === 'on' && toks[start - 2]?.lemma.toLowerCase() === 'call');
			if (control) return subjectAt(ctx, index, k);
			if (w.pos === 'NOUN' && INTENTIONS.has(w.lemma.toLowerCase())) return null;
			continue;
		}
		if (w.pos === 'NOUN' || !(after.pos === 'AUX' || (after.pos === 'VERB' && !/ing$/.test(after.normal)))) continue;
		// (not a name that is a preposition's object: "a super PAC aimed at taking down Donald Trump is out
		// with a new ad hitting him"; when the preposition follows a noun, that noun heads the subject, "his
		// support for Mr. Trump makes him more honest", and no one is named as it)
		if (w.pos === 'PROPN' && before?.pos === 'ADP' && !CLAUSE_OPENERS.has(before.normal) && before.normal !== 'whether') {
			if (toks[start - 2]?.pos === 'NOUN') return null;
			continue;
		}
		// (nor the subject of a relative clause on a noun before it, when the verb "him" is the object of is
		// another: "the bad blood Cruz engendered over the years prevented him")
		if (before?.pos === 'NOUN' && firstFinite >= 0 && firstFinite !== v) continue;
		return subjectAt(ctx, index, k);
	}
	return null;
}

/**
 * Is the "her" at token i an owner, not an object: "her book", "her unredacted letter" (a participle the
 * tagger reads as a verb before its noun), "her and the party's attention" (an owner joined to another),
 * a verb the tagger made of her noun ("escaped charges for her mishandling of …", "a standing for her push
 * to restore democracy", "as Clinton extends her lead"), unless a verb of letting or seeing governs it
 * ("let her lead")?
 */
function ownerHer(toks: Token[], i: number): boolean {
	const t = toks[i];
	const next = toks[i + 1];
	const noun = (x: Token | undefined) => !!x && x.sentence === t.sentence && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(x.pos);
	if (!next) return false;
	if (noun(next)) return true;
	if (next.pos === 'CCONJ') return jointOwner(toks, i + 2);
	if (next.pos !== 'VERB') return false;
	if (/(?:ed|ing)$/.test(next.normal) && noun(toks[i + 2])) return true;
	if (/ing$/.test(next.normal)) return toks[i + 2]?.normal === 'of' || toks[i - 1]?.pos === 'ADP';
	return toks[i - 1]?.pos === 'ADP' || (next.normal === next.lemma.toLowerCase() && !BARE_INFINITIVE_VERBS.has(toks[i - 1]?.lemma.toLowerCase() ?? ''));
}

/** The person a clause's subject at token k names: a name, looked up from its first word ("Chairman Reince Priebus"), or a pronoun's; null for a common noun. */
function subjectAt(ctx: Ctx, index: EntityIndex, k: number): Cluster | null {
	const w = ctx.toks[k];
	if (w.pos === 'PROPN') return nameBefore(ctx, index, k + 1);
	return w.pos === 'PRON' ? (index.lookup(w.start, 'person') ?? null) : null;
}

/** Verbs after whose object a verb comes in its base form: "let her lead", "saw him leave". */
const BARE_INFINITIVE_VERBS = new Set(['let', 'make', 'help', 'see', 'watch', 'hear', 'have', 'feel', 'bid']);

/** Nouns of an intention whose infinitive has no subject named before it: "the campaign to succeed him". */
const INTENTIONS = new Set(['campaign', 'effort', 'plan', 'bid', 'attempt', 'decision', 'move', 'push', 'vote', 'race', 'fight', 'chance', 'opportunity', 'right', 'order', 'call', 'drive', 'scheme', 'plot', 'motion', 'resolution', 'proposal', 'pressure']);

/** Verbs whose object does what the infinitive after it says: "led Priebus to declare", "urged Lee to call". */
const CONTROL_VERBS = new Set(['ask', 'tell', 'urge', 'want', 'lead', 'encourage', 'allow', 'force', 'persuade', 'expect', 'invite', 'prompt', 'push', 'press', 'require', 'cause', 'order', 'challenge', 'dare', 'beg', 'implore', 'warn', 'advise', 'inspire', 'enable', 'convince', 'pressure', 'compel', 'get', 'need', 'remind', 'instruct', 'direct', 'authorize', 'permit', 'forbid']);

/** Where the noun phrase ending at token k starts: its name's words, nouns, adjectives, figures and determiners ("the GOP", "Chairman Reince Priebus"). */
function phraseStart(toks: Token[], k: number): number {
	let s = k;
	while (s > 0 && k - s < 8 && PHRASE_POS.has(toks[s - 1].pos) && toks[s - 1].sentence === toks[k].sentence) s--;
	return s;
}
const PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);

/** Does an owner's "'s" end the phrase starting at token k, within four words ("… and the party's attention")? */
function jointOwner(toks: Token[], k: number): boolean {
	for (let j = k; j < k + 5 && toks[j] && toks[j].sentence === toks[k].sentence; j++) {
		if (isPossessive(toks[j])) return true;
		if (!['DET', 'ADJ', 'NOUN', 'PROPN'].includes(toks[j].pos)) return false;
	}
	return false;
}

/** What a clause's verbs are made of, from its subject to an object: "have long endorsed", "wants to tell". */
const VERB_CHAIN = new Set(['AUX', 'ADV', 'VERB', 'PART']);

/** The person named right before token k ("Bamberg who", "Ann Lee, who"), if the scan has them. */
function nameBefore(ctx: Ctx, index: EntityIndex, k: number): Cluster | null {
	const { toks } = ctx;
	let e = k - 1;
	if (toks[e]?.value === ',') e--;
	if (!toks[e] || toks[e].pos !== 'PROPN' || toks[e].sentence !== toks[k].sentence) return null;
	let s = e;
	while (s > 0 && toks[s - 1].pos === 'PROPN' && toks[s - 1].end + 1 >= toks[s].start) s--;
	for (let j = s; j <= e; j++) {
		const c = index.lookup(toks[j].start, 'person');
		if (c) return c;
	}
	return null;
}

/**
 * Participles whose understood subject is what the clause before them did, not who did it: "Trump has
 * won the most contests, providing him a lead" (the wins provide it, and "him" is Trump).
 */
const RESULT_PARTICIPLES = new Set(['providing', 'giving', 'leaving', 'making', 'allowing', 'letting', 'earning', 'bringing', 'putting', 'sending', 'prompting', 'forcing', 'costing', 'handing', 'landing', 'helping', 'keeping', 'causing', 'enabling', 'denying']);

/**
 * Is the pronoun at i the object of a participle of a deed right before it ("hitting him", "calling
 * her a liar")? Not "according to him", nor a "her" that may own what follows ("adding to her run").
 */
function participleTo(toks: Token[], j: number, i: number): boolean {
	const p = toks[j];
	// (the tagger may read the participle as a noun, "painting him"; no noun comes before a "him")
	if (!p || i !== j + 1 || !(p.pos === 'VERB' || (p.pos === 'NOUN' && toks[i].normal === 'him')) || !/ing$/.test(p.normal) || RESULT_PARTICIPLES.has(p.normal)) return false;
	const next = toks[i + 1];
	return toks[i].normal === 'him' || !next || next.sentence !== toks[i].sentence || !['NOUN', 'ADJ', 'PROPN', 'NUM', 'VERB'].includes(next.pos);
}

/**
 * The person the sentence opens with as its subject, before token `end`: a name or a pronoun, then (after
 * adverbs) its verb, with nothing before it ("Mr. Garrett then swung it …"); null for any other opening
 * ("Christie, the sitting governor, repeated …" leaves it open).
 */
function mainSubject(ctx: Ctx, index: EntityIndex, end: number): Cluster | null {
	const { toks } = ctx;
	// (after a clause the sentence opens with: "In what he called a rant, Obama took aim at Vale, painting him …")
	const opened = ctx.sentenceStart(end);
	const main = mainClauseStart(ctx, opened);
	let s = main > opened && main < end ? main : opened;
	while (s < end && ctx.isMark[s]) s++;
	let k = s;
	if (toks[k]?.pos === 'NOUN' && isCapital(toks[k]) && toks[k + 1]?.pos === 'PROPN') k++;
	while (k < end && (toks[k].pos === 'PROPN' || (toks[k].value === '.' && k > s))) k++;
	if (k === s && toks[k]?.pos === 'PRON') k++;
	if (k === s) return null;
	let v = k;
	while (v < end && toks[v].pos === 'ADV') v++;
	return v < end && (toks[v].pos === 'VERB' || toks[v].pos === 'AUX') ? (index.lookup(toks[k - 1].start, 'person') ?? index.lookup(toks[s].start, 'person') ?? null) : null;
}

/** Verbs of answering: who answers a question is the one it was asked of, not the asker. */
const ANSWER_LEMMAS = new Set(['reply', 'answer', 'respond', 'retort']);

/**
 * "A reporter asked Sanders how he was feeling. He replied: …": the "he" who replies is not the one who
 * asked in the sentence before. That asker (the entity named last before "asked" there, if the scan
 * has one) for a he/she at `i` whose verb answers; else null.
 */
export function questionerOf(ctx: Ctx, index: EntityIndex, i: number): Cluster | null {
	const { toks } = ctx;
	const t = toks[i];
	let v = i + 1;
	while (toks[v] && toks[v].sentence === t.sentence && (toks[v].pos === 'ADV' || toks[v].pos === 'AUX') && v - i < 4) v++;
	if (!toks[v] || toks[v].sentence !== t.sentence || !ANSWER_LEMMAS.has(toks[v].lemma.toLowerCase())) return null;
	// the sentence before, in the same paragraph
	let k = i - 1;
	while (k >= 0 && toks[k].sentence === t.sentence) k--;
	if (k < 0 || toks[k].paragraph !== t.paragraph) return null;
	const before = toks[k].sentence;
	let ask = -1;
	for (; k >= 0 && toks[k].sentence === before; k--) if (toks[k].lemma.toLowerCase() === 'ask' && toks[k].pos === 'VERB') ask = k;
	if (ask < 0) return null;
	for (let s = ask - 1; s >= 0 && toks[s].sentence === before; s--) {
		const c = index.lookup(toks[s].start);
		if (c) return c;
	}
	return null;
}

/**
 * "… than Warren, who hurt herself last month by stumbling through questions about her plan": a he or
 * she in a relative clause on a named person, before the clause ends, is that person (the clause's
 * subject is "who"). The person the name before ", who" gives, if the scan has them; else null.
 */
export function relativeHolder(ctx: Ctx, index: EntityIndex, i: number): Cluster | null {
	const { toks } = ctx;
	const t = toks[i];
	// (not an object, "who told him", which is someone else: binding above)
	const possessive = t.normal === 'her' && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(toks[i + 1]?.pos ?? '');
	if (t.normal === 'him' || (t.normal === 'her' && !possessive)) return null;
	for (let k = i - 1; k >= 2 && toks[k].sentence === t.sentence && i - k < 25; k--) {
		const w = toks[k];
		if (ctx.isMark[k] || [';', ':', '—', '–', '(', ')'].includes(w.value)) return null;
		if (w.value === ',' && !(RELATIVE_WHO.has(toks[k + 1]?.normal ?? '') && k + 1 < i)) return null;
		if (!RELATIVE_WHO.has(w.normal) || toks[k - 1].value !== ',' || toks[k - 2].pos !== 'PROPN') continue;
		// ("Donald Trump, who he blasted as a bully": a he or she right after "who" is the clause's
		// subject, and "who" its object: someone else)
		if (k + 1 === i && (t.normal === 'he' || t.normal === 'she')) return null;
		// the name ends at the comma; it starts at its first capitalised word
		let s = k - 2;
		while (s > 0 && toks[s - 1].pos === 'PROPN' && toks[s - 1].end + 1 >= toks[s].start) s--;
		const c = index.lookup(toks[s].start, 'person');
		const g = t.normal === 'he' || t.normal === 'his' || t.normal === 'himself' ? 'm' : 'f';
		return c && (!c.gender || c.gender === g) ? c : null;
	}
	return null;
}

const RELATIVE_WHO = new Set(['who', 'whose']);

/** Adverbs of time the tagger may read as a name at a sentence's start: "Early in his campaign, …". */
const TIME_ADVERBS = new Set(['early', 'earlier', 'late', 'later', 'shortly', 'soon']);

/** A phrase before its comma holds no clause of its own: no auxiliary, no pronoun subject, no sentence punctuation. */
const NOT_IN_PHRASE = new Set(['AUX', 'SCONJ']);

/**
 * "In his email to members, Trumka said …", "Speaking to her supporters, Ann Lee said …": a his or her in
 * a phrase the sentence opens with (a preposition's or a participle's, up to its comma) is the sentence's
 * subject's, named after the comma, not someone named before (review U of the 39th stop gave Trumka's
 * email to the woman named in the sentence before). The token where that subject's name starts, when it
 * is a name and a verb follows it; -1 otherwise.
 */
export function frontedSubjectAt(ctx: Ctx, i: number): number {
	const { toks } = ctx;
	const t = toks[i];
	if (t.normal !== 'his' && t.normal !== 'her') return -1;
	let j = i;
	while (j > 0 && toks[j - 1].sentence === t.sentence && !ctx.isMark[j - 1]) j--;
	if (toks[j].pos === 'CCONJ') j++;
	// ("Early in his campaign, Trump attacked Romney": an adverb of time before the preposition; review SS
	// of the 54th stop had "his" on the man the paragraph before named)
	if ((toks[j].pos === 'ADV' || TIME_ADVERBS.has(toks[j].normal)) && toks[j + 1]?.pos === 'ADP' && FRONTING_PREPOSITIONS.has(toks[j + 1].normal)) j++;
	const opener = toks[j];
	if (!opener || j >= i) return -1;
	const participle = opener.pos === 'VERB' && /(?:ing|ed)$/.test(opener.normal) && isCapital(opener);
	if (!participle && !(opener.pos === 'ADP' && FRONTING_PREPOSITIONS.has(opener.normal))) return -1;
	// (no verb before the pronoun either: "In a statement released shortly after the Florida senator
	// suspended his campaign, Cruz said" is the senator's campaign)
	for (let k = j + 1; k < i; k++) if (toks[k].value === ',' || ctx.isMark[k] || NOT_IN_PHRASE.has(toks[k].pos) || toks[k].pos === 'PRON' || toks[k].pos === 'VERB') return -1;
	// the phrase's comma, within a few words
	let c = i + 1;
	while (c < toks.length && c - i < 15 && toks[c].sentence === t.sentence && toks[c].value !== ',') {
		if (ctx.isMark[c] || NOT_IN_PHRASE.has(toks[c].pos) || toks[c].pos === 'PRON' || (toks[c].pos === 'VERB' && !/(?:ing|ed)$/.test(toks[c].normal))) return -1;
		c++;
	}
	if (toks[c]?.value !== ',') return -1;
	// the name after it, and its verb
	const s = c + 1;
	let e = s;
	while (e < toks.length && toks[e].pos === 'PROPN' && isCapital(toks[e]) && toks[e].sentence === t.sentence) e++;
	if (e === s) return -1;
	while (e < toks.length && toks[e].pos === 'ADV') e++;
	return toks[e] && (toks[e].pos === 'VERB' || toks[e].pos === 'AUX') && toks[e].sentence === t.sentence ? s : -1;
}

const isCapital = (x: Token): boolean => /^\p{Lu}/u.test(x.value);


/**
 * "Trump's false claims that he is an advocate for working people", "the mayor's promise that she would
 * stay": a he or she opening the clause of a speech noun a name owns is that owner (review CC of the 42nd
 * stop found Trump's "he" given to Sanders, named a sentence before). The owner, if the scan has them and
 * the gender fits; else null.
 */
export function claimOwner(ctx: Ctx, index: EntityIndex, i: number): Cluster | null {
	const { toks } = ctx;
	const t = toks[i];
	if (t.normal !== 'he' && t.normal !== 'she') return null;
	if (toks[i - 1]?.normal !== 'that') return null;
	let h = i - 2;
	if (!toks[h] || !speechNouns().has(toks[h].normal) && !speechNouns().has(toks[h].lemma.toLowerCase())) return null;
	let k = h - 1;
	while (k >= 0 && h - k < 4 && toks[k].pos === 'ADJ') k--;
	if (!isPossessive(toks[k] ?? t) || toks[k].sentence !== t.sentence) return null;
	// (the name the possessive is written onto: "Trump's", "Donald Trump's")
	let n = k - 1;
	while (n - 1 >= 0 && toks[n - 1].pos === 'PROPN' && toks[n - 1].sentence === t.sentence) n--;
	const c = index.lookup(toks[n]?.start ?? -1, 'person');
	const g = t.normal === 'he' ? 'm' : 'f';
	return c && c.named && !c.plural && (!c.gender || c.gender === g) ? c : null;
}
