// Who speaks in a report found at a speech verb (indirect.ts): the subject before the verb, the one a
// participle hangs on, the main clause's after an opening clause of time, a name before an aside the phrase
// parser cannot read; and the cues that, by their subject, report nothing ("I said", "nobody said", "one
// could say"). Split out of findIndirect, whose other parts find what was said and where it ends.
import type { Token } from '../types.js';
import type { Ctx } from './context.js';
import { INVERTING, LISTENER_VERBS, isParticiple, isPassive, judgingCue, nounAfterObject } from './cues.js';
import { givesWordAs } from './cue-objects.js';
import { clauseSubject, isNamed, isSource, participleSubject, type Subject } from './attribution.js';
import { npRight } from './phrases.js';
import { subjectLeft, subjectRight } from './subjects.js';
import { MODALS, causedSpeaker, noOne, passiveAgent, subjectBeforeFigure } from './report-edges.js';
import { finiteBefore, hasClauseVerb } from './clause-shape.js';
import { openingPhraseEnd } from './clause-subject.js';

/** The writer's first person: what "I" or "we" say outside quotation marks is the outlet's own text. */
const WRITER = new Set(['i', 'we']);
/** Tags of a word before a participle that leave it no noun to describe: a comma or dash, "while", "and", a pronoun. */
const AFTER_NO_SUBJECT = new Set(['PUNCT', 'ADP', 'SCONJ', 'CCONJ', 'PRON', 'AUX', 'PART']);
const PARTICIPLE_PREPS = new Set(['before', 'after', 'while', 'by', 'when', 'since', 'without']);
/** Words of time that open a sentence with a participle clause ("After saying …, Reed left"). */
const OPENING_TIME = new Set(['before', 'after', 'while', 'when', 'since', 'upon']);
/** Verbs of going on or starting that an infinitive of speaking follows ("continued to complain that"). */
const CATENATIVE = new Set(['continue', 'begin', 'start', 'proceed']);
/**
 * Does a clause start at token k: a verb with a tense within a few words, before any comma or the
 * sentence's end ("Mr. Cameron and the Remain camp had failed to …", "the Khan family deserved better")?
 */
function clauseAfter(toks: Token[], k: number, se: number): boolean {
	for (let j = k + 1; j < Math.min(se, k + 10); j++) {
		const x = toks[j];
		// (not past a relative clause on the phrase, "said an American official who was briefed", nor a second
		// verb of the subject's, "bemoaned the unrest and said …", "quoted the Talmud and visited …")
		if (x.value === ',' || x.value === ';' || /^[.!?]$/.test(x.value) || CLAUSE_STOPS.has(x.normal)) return false;
		// ("said Mr. Cameron and the Remain camp had failed": "and" between two names goes on)
		if ((x.normal === 'and' || x.normal === 'or') && ['VERB', 'AUX', 'ADV', 'PART'].includes(toks[j + 1]?.pos ?? '')) return false;
		if (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.normal) && !/^(?:to)$/.test(toks[j - 1].normal))) return true;
		// (a past tense the tagger read as a noun after the subject's noun: "the family deserved/NOUN better")
		if (x.pos === 'NOUN' && /ed$/.test(x.normal) && toks[j - 1].pos === 'NOUN' && ['ADJ', 'ADV', 'DET', 'PRON', 'ADP'].includes(toks[j + 1]?.pos ?? '')) return true;
	}
	return false;
}
const CLAUSE_STOPS = new Set(['who', 'whom', 'whose', 'which', 'that', 'but']);
/** A conjunction opening a sentence ("And after saying …"). */
export const CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so']);

/** Nouns of a stretch of time: "spent weeks …", "spent much of the campaign …". */
const TIME_SPANS = /^(?:minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|time|summer|spring|fall|autumn|winter|mornings?|afternoons?|evenings?|campaign)$/;

/**
 * "spent weeks attacking …", "has spent much of the week painting …": the index of "spend" when a stretch
 * of time after it comes right before the -ing verb at i, whose doer is the subject of "spend"; else -1.
 */
function spentTime(toks: Token[], i: number, ss: number): number {
	if (!/ing$/.test(toks[i].normal)) return -1;
	let time = false;
	let j = i - 1;
	for (; j > ss && i - j <= 6 && SPAN_POS.has(toks[j].pos) && toks[j].lemma.toLowerCase() !== 'spend'; j--) if (TIME_SPANS.test(toks[j].normal)) time = true;
	return time && toks[j]?.lemma.toLowerCase() === 'spend' ? j : -1;
}
const SPAN_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'ADP', 'ADV']);

/**
 * Who speaks for the cue at token i (its phrase ending before e) in the sentence [ss, se): the subject
 * before it, the one a participle hangs on, the main clause's after an opening clause of time, a name
 * before an aside, or none (the inverted reading after the cue may still give one). Null when the cue, as
 * used here, reports nothing (an infinitive, a list of deeds, the writer's "I", no one). `openingComma`:
 * where what was said ends when it sits in an opening clause; `afterPreposition`: the subject is that of
 * the verb a participle after a preposition hangs on.
 */
export function reportSubject(ctx: Ctx, t: Token, i: number, e: number, ss: number, se: number): { subj: Subject | null; openingComma: number; afterPreposition: boolean } | null {
	const { toks } = ctx;
	// "an opportunity for the Kremlin to assert ...": an infinitive is not an act of speaking.
	// ("leading advisers like Ann Lee to counter that …" is Lee's: causedSpeaker)
	const caused = causedSpeaker(toks, i, ss);
	// ("he continued to complain that …", "began to argue that …": a verb of going on or starting before the
	// infinitive makes its subject the speaker, review GG of the 45th stop)
	// (and "went on to say that …")
	const goOn = toks[i - 1]?.normal === 'to' && toks[i - 2]?.normal === 'on' && toks[i - 3]?.lemma.toLowerCase() === 'go';
	const catenative = goOn || (toks[i - 1]?.normal === 'to' && CATENATIVE.has(toks[i - 2]?.lemma.toLowerCase() ?? '') && toks[i - 2].pos === 'VERB');
	if (toks[i - 1]?.normal === 'to' && toks[i - 2]?.normal !== 'on' && !caused && !catenative) return null;
	// "issued a statement saying", "– Ryan saying", "the video shows Smith saying"
	// (an -ing word the tagger called a noun is a cue only as a verb: "…, mocking state leaders as …")
	const participle = isParticiple(t) || (t.pos === 'NOUN' && /ing$/.test(t.normal));
	// ("spent weeks attacking the nominee as unfit": the subject of "spend" did it, not the weeks)
	const spent = spentTime(toks, i, ss);
	const ps = caused ?? (spent >= 0 ? null : participleSubject(ctx, i, ss));
	if (ps === 'nobody') return null;
	const objSubj: Subject | null = ps;
	// "…, cracks and leaks, said the officials.": a speaker after the verb that ends the sentence
	// outweighs a noun before the comma (here the last word of what was said).
	const inverted = toks[i - 1]?.value === ',' && INVERTING.has(t.lemma) && !participle ? subjectRight(toks, e, se) : null;
	const invertedEnds = !!inverted && (inverted.np[1] >= se || /^[.!?]$/.test(toks[inverted.np[1]]?.value ?? '') || (toks[inverted.np[1]]?.value === ',' && !!inverted.appos));
	// ", chanting …" hangs on the subject of the clause before the comma
	// (a comma inside a closing mark too: 'did not want to address “that person,” telling Fox 35 that …',
	// review W of the 40th stop)
	const commaBefore = toks[i - 1]?.value === ',' || (!!ctx.isMark[i - 1] && toks[i - 2]?.value === ',' && ctx.inQuote[i - 2] >= 0);
	const hanging = !invertedEnds && participle && commaBefore ? (passiveAgent(toks, ss, i - 1) ?? clauseSubject(ctx, ss, i)) : null;
	const left = invertedEnds ? null : (hanging ?? subjectLeft(toks, goOn ? i - 3 : catenative ? i - 2 : spent >= 0 ? spent : i, ss));
	if (!objSubj && left && nounAfterObject(toks, i, left.np, ss)) return null;
	let subj: Subject | null = invertedEnds ? null : (objSubj ?? left ?? (participle && commaBefore ? clauseSubject(ctx, ss, i) : null));
	// "…, before optimistically predicting that …", "ended the call by telling Lane …": a participle after a
	// preposition of time or means is done by the subject of the clause it hangs on
	const prep = participle ? (toks[i - 1]?.pos === 'ADV' ? i - 2 : i - 1) : -1;
	// (the subject of the verb before it: "although Bill Roe won the spin by declaring …" is Roe's; only for
	// a clause after "that" or a listener, checked below: "by touting her record" reports no words)
	let afterPreposition = false;
	// (or its word for someone with "as": "won the spin by painting Vale as reckless", "focused on attacking
	// the nominee as unfit")
	const judged = () => givesWordAs(toks, i);
	if (!subj && !invertedEnds && prep > ss && (PARTICIPLE_PREPS.has(toks[prep].normal) || (toks[prep].normal === 'on' && judged())) && (hasClauseVerb(toks, e, se) || judged())) {
		let v = prep - 1;
		while (v > ss && toks[v].pos !== 'VERB' && toks[v].pos !== 'AUX') v--;
		// (not the subject of a passive: "Europeans' hostility is justified by arguing that …" is argued by
		// someone the text does not name, review T of the 39th stop)
		subj = v > ss && !isPassive(toks, v) ? subjectLeft(toks, v, ss) : null;
		afterPreposition = !!subj;
	}
	// "After saying the plan had failed, Tom Reed left": a participle in a clause of time opening the
	// sentence is done by the main clause's subject, after the comma that closes it; what was said
	// ends there
	let openingComma = -1;
	const first = CONJUNCTIONS.has(toks[ss].normal) ? ss + 1 : ss;
	if (!subj && !invertedEnds && prep === first && OPENING_TIME.has(toks[prep].normal)) {
		let j = e;
		while (j < se && j - e < 30 && !(toks[j].value === ',' && ctx.inQuote[j] < 0)) j++;
		const main = j < se ? subjectRight(toks, j + 1, se) : null;
		let v = main ? main.np[1] : -1;
		while (v >= 0 && toks[v]?.pos === 'ADV') v++;
		if (main && (toks[v]?.pos === 'VERB' || toks[v]?.pos === 'AUX') && (isNamed(toks, main.np) || toks[main.np[0]].pos === 'PRON' || isSource(ctx, main.np))) {
			subj = main;
			openingComma = j;
		}
	}
	// "Ann Lee, a lawyer in Moscow, said the plan was …": no subject found right before the cue (an
	// aside the phrase parser cannot read), and a clause follows it, not a speaker ("…, said the
	// mayor."): the sentence's named subject speaks
	if (!subj && toks[i - 1]?.value === ',') subj = subjectBeforeFigure(toks, i, ss);
	if (!subj && !invertedEnds && toks[i - 1]?.value === ',') {
		const s2 = subjectRight(toks, e, se);
		const next = s2 ? toks[s2.np[1]] : undefined;
		// (or "that" opens it: "Jinnie Lee, a spokesman for the U.S. Embassy in Beijing, said that …")
		// (or a verb of judging takes its object: "Stein, a physician … and longtime Green Party activist,
		// accused the committee of sabotaging …", review AA of the 42nd stop)
		if ((next && (next.pos === 'VERB' || next.pos === 'AUX')) || toks[e]?.normal === 'that' || (judgingCue(t) && !!s2) || (!!s2 && !LISTENER_VERBS.has(t.lemma) && clauseAfter(toks, s2.np[0], se))) {
			const named = clauseSubject(ctx, ss, i);
			if (named && isNamed(toks, named.np)) subj = named;
			// ("Sen. Johnny Isakson (R-Ga.), one of the few co-authors still on Capitol Hill, said he …",
			// "Jillian Chase, 27, a Tinder user in New York, said the election …": a name opening the
			// sentence, then an aside, whatever the aside holds; after an opening phrase of place or
			// time and its comma too: "In her address at the rally, Stein, a physician …, accused")
			const opening = subj ? null : npRight(toks, openingPhraseEnd(toks, ss, i), i);
			if (opening && isNamed(toks, opening) && (toks[opening[1]]?.value === ',' || toks[opening[1]]?.value === '(')) subj = { np: opening, appos: null };
		}
	}
	// a phrase that cannot speak gives way to the nearest named subject (as in attribution.ts)
	if (subj && !isSource(ctx, subj.np) && toks[subj.np[1] - 1].pos === 'NOUN') {
		const alt = clauseSubject(ctx, ss, i, true);
		if (alt && isNamed(toks, alt.np)) subj = alt;
	}
	// "Jane Roe: dealing in cocaine, possession of heroin, maintaining a common nuisance, …": a
	// participle after a comma hangs on a clause with a verb of its own ("Smith denied it,
	// saying …"); in a list with none (of charges, of deeds) it reports nothing
	if (subj && participle && toks[i - 1]?.value === ',' && !finiteBefore(toks, ss, i)) return null;
	// "I've argued that …", "We said that …" in the writer's own voice (outside quotation marks): the
	// outlet's own words, as the rest of its text is, not speech it reports
	if (subj && subj.np[1] - subj.np[0] === 1 && WRITER.has(toks[subj.np[0]].normal) && ctx.inQuote[subj.np[0]] < 0) return null;
	// "By some standards one could say …", "you might argue that …": anyone, in the writer's own
	// hypothetical, says nothing (review T of the 39th stop had a speaker "standards one")
	if (MODALS.has(toks[i - 1]?.normal ?? '') && (toks[i - 2]?.normal === 'one' || toks[i - 2]?.normal === 'you') && ctx.inQuote[i] < 0) return null;
	// "Time will tell what …", "only time will tell": an idiom, not Time magazine telling
	if (subj && t.lemma === 'tell' && subj.np[1] - subj.np[0] <= 2 && toks[subj.np[1] - 1].normal === 'time') return null;
	// "no Canadian envoy reported hearing …", "None of the ministers told …", "Nobody said …": a
	// subject that is no one reports nothing
	if (subj && noOne(toks, subj.np)) return null;
	// "Critics denouncing the plan said it would fail", "Protesters denouncing police brutality
	// marched": a participle right after the sentence's subject, before any verb with a tense,
	// describes that subject; the verb after its object is the sentence's own, not a reported clause
	if (subj && participle && i > ss && !AFTER_NO_SUBJECT.has(toks[i - 1].pos) && !finiteBefore(toks, ss, i) && toks[e]?.normal !== 'that') return null;
	// "there were 3248 cases reported worldwide", "12 deaths reported": a participle right after a
	// counted thing that cannot speak describes it (cases that were reported); no one says anything
	if (subj && subj.np[1] === i && toks[i - 1].pos === 'NOUN' && /ed$/.test(t.normal) && (toks[subj.np[0]].pos === 'NUM' || toks[subj.np[0] - 1]?.lemma === 'be') && !isSource(ctx, subj.np) && !isNamed(toks, subj.np)) return null;
	return { subj, openingComma, afterPreposition };
}
