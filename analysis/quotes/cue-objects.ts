// What comes after a cue verb decides whether it reports words (cues.ts asks): "portrayed Vale as
// reckless" and "compared Trump to Mussolini" report only with "as" or "to" after the one named, "called
// Clinton on Tuesday" is a telephone call, and "according to international law" keeps to a norm, not a
// source.
import type { Token } from '../types.js';
import { TIME_WORDS } from './context.js';
import { judgingVerbs, normNouns } from './data.js';
import { isCap as isCapTok, isPossessive } from './mentions.js';
import { MARKS as QUOTATION_MARKS } from '../named-words.js';
import { PairMemo } from '../word-memo.js';

/** The token's lemma, plus regular-ending stems for words the lite model leaves unlemmatised ("painting": paint). */
export function lemmaCandidates(t: Token): readonly string[] {
	return candidatesMemo.get(t.normal, t.lemma);
}
/** The same for a normal form and its lemma. */
export const candidatesOf = (normal: string, lemma: string): readonly string[] => candidatesMemo.get(normal, lemma);

// Asked for every token by several cue tests: worked out once per word (word-memo.ts).
const candidatesMemo = new PairMemo<readonly string[]>((n, lemma) => {
	const stems = [n.replace(/ed$/, ''), n.replace(/d$/, ''), n.replace(/s$/, ''), n.replace(/ing$/, ''), n.replace(/ing$/, 'e'), n.replace(/ied$/, 'y'), n.replace(/ies$/, 'y')];
	return Object.freeze([lemma.toLowerCase(), n, ...stems.filter((x) => x !== n && x.length > 2)]);
});

/** Verbs that report only with "as" after their object (speech-verbs.txt): "portrayed Vale as reckless". */
export const AS_ONLY = new Set(['portray', 'depict', 'characterise', 'characterize', 'paint', 'cast']);
/** The one portrayed: a name, a pronoun or a noun phrase of up to eight words, with possessives. */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
/** Does "as" come at k, or right after the noun phrase from k? */
export function asAfterObject(toks: Token[], k: number): boolean {
	return asAfter(toks, k) >= 0;
}

/**
 * Where "as" comes after the noun phrase from k (itself, up to eight words), or -1; a name set apart by
 * commas may follow the phrase ("painting her rival, Tom Vale, as a man too reckless …").
 */
function asAfter(toks: Token[], k: number): number {
	let j = k;
	while (j < toks.length && j - k < 8 && (OBJECT_POS.has(toks[j].pos) || isPossessive(toks[j])) && toks[j].normal !== 'as') j++;
	if (toks[j]?.value === ',' && j > k && isCapTok(toks[j + 1] ?? toks[j])) {
		let c = j + 1;
		while (c < toks.length && c - j <= 4 && isCapTok(toks[c]) && toks[c].pos === 'PROPN') c++;
		if (c > j + 1 && toks[c]?.value === ',') j = c + 1;
	}
	return toks[j]?.normal === 'as' ? j : -1;
}

/**
 * An -ing word the tagger read as a noun that takes an object and then "as" is a verb: "has been
 * painting Vale as reckless", "spent weeks attacking the nominee as unfit" (a noun takes no object).
 */
export function ingBeforeObjectAs(toks: Token[], i: number): boolean {
	return toks[i].pos === 'NOUN' && /ing$/.test(toks[i].normal) && toks[i + 1]?.normal !== 'as' && asAfter(toks, i + 1) >= 0;
}

/** Verbs besides judging-verbs.txt that give the subject's word for what they name with "as": "dismissed the plan as a stunt". */
const JUDGING_AS = new Set(['dismiss', 'tout', 'brand', 'label', 'decry', 'assail', 'disparage', 'belittle']);
/** What may open a word for something after "as": an adjective or a noun phrase, not a clause ("as it passed"). */
const AS_WORD_POS = new Set(['ADJ', 'ADV', 'DET', 'NOUN', 'PROPN', 'NUM']);

/**
 * Does the judging verb at i give its subject's word for its object: "attacked the nominee as unfit,
 * unstable and unacceptable", "dismissed the plan as a stunt designed to …", "hailed the ruling as a
 * victory" (judging-verbs.txt and JUDGING_AS)? Not "as" opening a clause of time ("attacked the convoy
 * as it passed", "as the soldiers slept").
 */
export function judgesAs(toks: Token[], i: number): boolean {
	const t = toks[i];
	// (the tagger may leave a participle unlemmatised, even call it a noun: "has been attacking")
	if (!lemmaCandidates(t).some((w) => JUDGING_AS.has(w) || judgingVerbs().has(w))) return false;
	const as = asAfter(toks, i + 1);
	// (or a participle as an adjective, "as biased", or the word quoted: 'as "obsessed"')
	const w = toks[as + 1];
	if (as < 0 || !w || w.sentence !== t.sentence || !(AS_WORD_POS.has(w.pos) || (w.pos === 'VERB' && /ed$/.test(w.normal)) || QUOTATION_MARKS.has(w.value))) return false;
	// (a verb right after a noun, unless a participle going on with "by" or "to": a clause's subject and verb)
	for (let j = as + 2; j < as + 5 && j < toks.length && toks[j].sentence === toks[i].sentence; j++) {
		const v = toks[j];
		if ((v.pos === 'VERB' || v.pos === 'AUX') && ['NOUN', 'PROPN', 'PRON'].includes(toks[j - 1].pos) && !(v.pos === 'VERB' && /(?:ed|en)$/.test(v.normal) && (toks[j + 1]?.normal === 'by' || toks[j + 1]?.normal === 'to'))) return false;
	}
	return true;
}
/** Verbs that report only with "to" after their object (speech-verbs.txt): "compared her to a heretic". */
export const TO_ONLY = new Set(['compare', 'liken']);
/**
 * Does "to" come right after the noun phrase from k (one of up to eight words, or a name)? For "compare",
 * which more often names a measurement ("the study compared the drug to a placebo"), only a person or a
 * name compared: "compared her to a religious heretic", "compared Trump to Mussolini".
 */
export function toAfterObject(toks: Token[], k: number, lemma: string): boolean {
	let j = k;
	while (j < toks.length && j - k < 8 && (OBJECT_POS.has(toks[j].pos) || isPossessive(toks[j])) && toks[j].normal !== 'to') j++;
	if (j === k || toks[j]?.normal !== 'to') return false;
	if (lemma !== 'compare') return true;
	const head = toks[j - 1];
	return (head.pos === 'PRON' && head.normal !== 'it') || (head.pos === 'PROPN' && isCapTok(head));
}
/** What follows the person called when the call is a telephone call: when, or what for. */
const AFTER_CALLED = new Set(['after', 'before', 'on', 'during', 'last', 'this', 'early', 'late', 'twice', 'again', 'back', 'later', 'repeatedly']);
/** Words that open the one called: "both candidates", "the senator". */
const CALLED_OPENERS = new Set(['both', 'the', 'each', 'all']);

/** After "called": a person or people (a name, or up to three words after "both"/"the"), then a time or "to" and a verb. */
export function phoned(toks: Token[], j: number): boolean {
	let k = j;
	if (k < toks.length && CALLED_OPENERS.has(toks[k].normal)) {
		k++;
		while (k < toks.length && k - j < 4 && !isCapTok(toks[k]) && (toks[k].pos === 'NOUN' || toks[k].pos === 'ADJ')) k++;
		if (k === j + 1 || toks[k - 1].pos !== 'NOUN') return false;
	} else while (k < toks.length && k - j < 4 && isCapTok(toks[k]) && toks[k].pos === 'PROPN') k++;
	if (k === j) return false;
	const w = toks[k];
	if (!w) return false;
	if (!(w.normal === 'to' ? toks[k + 1]?.pos === 'VERB' || toks[k + 1]?.pos === 'AUX' : AFTER_CALLED.has(w.normal) || TIME_WORDS.has(w.normal))) return false;
	// ("called Clinton on Tuesday to say that …": a call made to say something reports it, as before)
	for (let m = k; m < toks.length && m - k < 8 && toks[m].sentence === w.sentence; m++) if (toks[m].normal === 'to' && CALLED_TO_SAY.test(toks[m + 1]?.normal ?? '')) return false;
	return true;
}
/** A call made to say something: "to say", "to tell", "to ask", "to announce". */
const CALLED_TO_SAY = /^(?:say|tell|ask|announce|explain|complain|confirm|express|warn|insist|apologi[sz]e)$/;

/**
 * Is the phrase from token k a norm (norms.txt) that "according to" keeps to: "the Vienna Convention on
 * Diplomatic Relations", "international law", "plan"? Its head is the last noun before a preposition,
 * a punctuation mark or a verb, within five words.
 */
export function keepsToNorm(toks: Token[], k: number): boolean {
	let head: Token | null = null;
	for (let j = k; j < k + 5 && j < toks.length; j++) {
		const t = toks[j];
		if (t.pos === 'DET' && j === k) continue;
		if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') break;
		head = t;
	}
	return !!head && normNouns().has(head.normal);
}

/**
 * Does the verb at i give someone's word for its object with "as" after it: a verb of judging
 * (judgesAs), or one that portrays or describes ("painting Vale as reckless", "describing her as …")?
 */
export function givesWordAs(toks: Token[], i: number): boolean {
	return judgesAs(toks, i) || (lemmaCandidates(toks[i]).some((l) => AS_ONLY.has(l) || l === 'describe') && asAfterObject(toks, i + 1));
}
