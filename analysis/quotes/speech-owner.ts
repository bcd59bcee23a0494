// Quotations owned by whoever owns or utters a speech noun right before them: "directives from Xi to
// "…"", "the mayor's promise that the bridge would be "…"", "Duke makes the wild claim that "…"". Split from
// direct.ts, which asks these when no speech verb attributes a quotation.
import type { Ctx } from './context.js';
import { TIME_WORDS } from './context.js';
import { isSource, type Attribution } from './attribution.js';
import { isPossessive } from './mentions.js';
import { npLeft, npRight } from './phrases.js';
import { subjectLeft } from './subjects.js';
import { speechNouns } from './data.js';

/**
 * A quotation that is the content of a speech noun whose owner is named: "directives from Xi to "…"",
 * "a warning by the ministry that "…"", "the mayor's promise to "…"", "Smith's words: "…"".
 */
export function speechNounOwner(ctx: Ctx, oi: number, lo: number): Attribution | null {
	const { toks } = ctx;
	let k = oi - 1;
	while (k >= lo && [',', ':', 'to', 'that', 'of', 'as', 'was', 'is', 'were'].includes(toks[k].normal)) k--;
	if (k < lo) return null;
	const nouns = speechNouns();
	// "… from Xi", "… by the ministry"
	for (let b = k; b > lo && b > k - 6; b--) {
		if (!['from', 'by'].includes(toks[b].normal) || !nouns.has(toks[b - 1].normal)) continue;
		const np = npRight(toks, b + 1, k + 1);
		if (np && np[1] === k + 1 && isSource(ctx, np)) return { cue: null, np, appos: null };
	}
	// "the mayor's promise", "Smith's blunt words"
	if (!nouns.has(toks[k].normal)) return null;
	return possessiveOwner(ctx, k, lo);
}

/**
 * The owner with "'s" of the speech noun at k, past up to two words that qualify it ("the mayor's
 * promise", "Smith's blunt words", "Trump's Monday order"), when the owner can speak.
 */
function possessiveOwner(ctx: Ctx, k: number, lo: number): Attribution | null {
	const { toks } = ctx;
	let j = k;
	while (j - 1 >= lo && j > k - 3 && (toks[j - 1].pos === 'ADJ' || toks[j - 1].pos === 'NOUN' || TIME_WORDS.has(toks[j - 1].normal))) j--;
	if (j - 2 < lo || !isPossessive(toks[j - 1])) return null;
	const owner = npLeft(toks, j - 2, lo);
	return owner && isSource(ctx, owner) ? { cue: null, np: owner, appos: null } : null;
}

/** Is the speech noun at k what a speech verb before it speaks of ("said of Jones's latest request", "spoke about her claim")? */
function spokenOf(ctx: Ctx, k: number, lo: number): boolean {
	const { toks } = ctx;
	for (let j = k - 1; j > lo && k - j <= 6; j--) {
		if (/^[.,;:!?]$/.test(toks[j].value)) return false;
		if (['of', 'about', 'on', 'regarding'].includes(toks[j].normal) && toks[j - 1].pos === 'VERB' && ctx.isSpeechLemma(toks[j - 1])) return true;
	}
	return false;
}

/**
 * "Duke makes the wild claim that "…"", "the ministry issued a warning: "…"", "the mayor's promise that
 * the bridge would be "…"": right before the quote, or before "that" and the clause the quote is part
 * of, a speech noun that someone owns or utters; they speak, whatever verb the sentence opened with
 * ("Zakkout posted a video in which Duke makes the claim that …", "Critics mocked the mayor's promise").
 */
export function uttererOf(ctx: Ctx, oi: number, lo: number): Attribution | null {
	const { toks } = ctx;
	// the speech noun right before the quote, or before "that" and the clause the quote is part of
	// ("makes the claim that there has been a "…"")
	let k = oi - 1;
	while (k >= lo && [',', ':'].includes(toks[k].value)) k--;
	// "Trump's Monday order for the "immediate declassification"": a preposition and an article between
	const prep = DETS_BEFORE_SPEECH.has(toks[k]?.normal ?? '') ? k - 1 : k;
	if (prep - 1 >= lo && ['for', 'of', 'on', 'to'].includes(toks[prep].normal) && speechNouns().has(toks[prep - 1].normal)) k = prep - 1;
	if (k >= lo && toks[k].normal !== 'that' && !speechNouns().has(toks[k].normal)) {
		let t = k;
		// (the clause has no comma and no speech verb of its own: not "Asked about Trump's declaration
		// that it was a bomb, Clinton said, "…"")
		while (t > lo && k - t < 12 && toks[t].normal !== 'that' && !/^[.,;:!?]$/.test(toks[t].value) && !ctx.isMark[t] && !ctx.isSpeechLemma(toks[t])) t--;
		if (toks[t]?.normal !== 'that') return null;
		k = t;
	}
	if (toks[k]?.normal === 'that') k--;
	if (k < lo || !speechNouns().has(toks[k].normal)) return null;
	// "the mayor's promise that the bridge would be "ready by spring"": the owner of the words; not a
	// noun right before the marks with nothing between ("Ginsburg's comments "shows bias to me"" is what
	// someone else said of them)
	// (not words someone else speaks of: "Clinton … said of Chaffetz's latest request: “…”", review DD of the
	// 42nd stop had the quote given to Chaffetz)
	if (k < oi - 1 && !spokenOf(ctx, k, lo)) {
		const owner = possessiveOwner(ctx, k, lo);
		if (owner) return owner;
	}
	let j = k;
	while (j - 1 >= lo && j > k - 3 && toks[j - 1].pos === 'ADJ') j--;
	if (isPossessive(toks[j - 1] ?? toks[k])) return null;
	if (j - 2 < lo || !DETS_BEFORE_SPEECH.has(toks[j - 1].normal) || toks[j - 2].pos !== 'VERB' || !UTTERING_VERBS.has(toks[j - 2].lemma.toLowerCase())) return null;
	const subject = subjectLeft(toks, j - 2, lo);
	return subject && isSource(ctx, subject.np) ? { cue: null, np: subject.np, appos: subject.appos } : null;
}

const DETS_BEFORE_SPEECH = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'its', 'their']);
/** Verbs whose object, a speech noun, is the subject's own words: "makes the claim", "issued a warning". */
const UTTERING_VERBS = new Set(['make', 'issue', 'give', 'deliver', 'repeat', 'voice', 'utter', 'offer']);
