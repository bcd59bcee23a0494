// Binding: an object pronoun is not the subject of its own clause ("he went to tell him": "him" is
// someone else; the same person would be "himself"), and who answers is not who asked. entities.ts
// asks it for each pronoun it resolves.
import type { Ctx } from './context.js';
import type { Token } from '../types.js';
import type { EntityIndex } from './coref.js';
import type { Cluster } from './cluster.js';

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
	const next = toks[i + 1];
	// ("her book" is a possessive: "she lost her job"; so is "her unredacted letter", a participle the
	// tagger reads as a verb before its noun)
	const noun = (x: Token | undefined) => !!x && x.sentence === t.sentence && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(x.pos);
	const owned = noun(next) || (!!next && next.pos === 'VERB' && /(?:ed|ing)$/.test(next.normal) && noun(toks[i + 2]));
	if (t.normal !== 'him' && !(t.normal === 'her' && !owned)) return null;
	for (let k = i - 1; k >= 0 && toks[k].sentence === t.sentence && i - k < 30; k--) {
		const w = toks[k];
		// ("Garrett then swung it at Rudolph, hitting him in the head": a participle after the comma has
		// the sentence's subject for its own)
		if (w.value === ',' && participleTo(toks, k + 1, i)) return mainSubject(ctx, index, k);
		if (ctx.isMark[k] || [',', ';', ':', '—', '–', '('].includes(w.value) || CLAUSE_OPENERS.has(w.normal)) return null;
		let v = k + 1;
		while (v < i && toks[v].pos === 'ADV') v++;
		const after = toks[v];
		if ((w.pos === 'PRON' || w.pos === 'PROPN') && after && (after.pos === 'VERB' || after.pos === 'AUX')) return index.lookup(w.start, 'person') ?? null;
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
	if (!p || i !== j + 1 || p.pos !== 'VERB' || !/ing$/.test(p.normal) || RESULT_PARTICIPLES.has(p.normal)) return false;
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
	const s = ctx.sentenceStart(end);
	let k = s;
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
