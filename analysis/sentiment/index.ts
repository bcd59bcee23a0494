// Stage 5: tone. Word valences (lexicon.ts: our list, VADER's, wink's) under VADER's rules (rules.ts),
// read over the writing only: words inside names and topic words are left out (mask.ts), so a dry
// report on a war and one on a chess match score alike. The body gets a score, each sentence one
// with the words that carried it, and the outlet's own voice and quoted speech get separate figures,
// split by the same quote spans the loaded-terms stage uses.
import { tokenise } from '../nlp.js';
import { leftOut, type LeftOut } from './mask.js';
import { winkDocMean, winkValence } from './lexicon.js';
import { allCaps, scoreUnit, type Unit } from './rules.js';
import type { LeftOutSpan, Sentence, SentenceSentiment, Sentiment, Span, Token, Tokenised, ToneStretch, ToneWord } from '../types.js';

export { valence } from './lexicon.js';
export { leftOut, type LeftOut } from './mask.js';

/** What scoring a span needs of its article, computed once: the tokens, which ones are left out, the caps rule. */
export interface ToneContext {
	text: string;
	tok: Tokenised;
	leftOut: (LeftOut | null)[];
	capsStandOut: boolean;
}

/** One context per tokenised text: the body tone and the actors stage read the same one. */
const contexts = new WeakMap<Tokenised, ToneContext>();

export function toneContext(text: string, tok: Tokenised): ToneContext {
	const hit = contexts.get(tok);
	if (hit && hit.text === text) return hit;
	const ctx = { text, tok, leftOut: leftOut(tok), capsStandOut: !allCaps(tok.tokens) };
	contexts.set(tok, ctx);
	return ctx;
}

/** The tone of a stretch of text: −1..1, the words that carried it, and how many words were read. */
export interface SpanTone {
	score: number;
	words: ToneWord[];
	/** Word tokens read (inside the span, outside `leaveOut`), names and topic words included. */
	read: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Tokens [from, to) as a unit to score, less those `keep` rejects. `winkRead`: wink's mean valence of
 * exactly tokens [from, to), from the tokenising pass. wink's mean knows its own multi-word patterns and
 * negation, so it is kept; when the unit leaves out a word wink rates, wink reads the rest again.
 */
function unitOf(ctx: ToneContext, from: number, to: number, keep?: (t: Token) => boolean, winkRead?: number): Unit & { read: number } {
	const { tokens } = ctx.tok;
	const seq: Token[] = [];
	const silent: boolean[] = [];
	let read = 0;
	let reread = winkRead === undefined;
	let kept = '';
	for (let i = from; i < to; i++) {
		const t = tokens[i];
		const out = ctx.leftOut[i] !== null;
		if (keep && !keep(t)) {
			reread = true;
			continue;
		}
		seq.push(t);
		silent.push(out);
		if (t.type !== 'punctuation') read++;
		if (out && !reread && winkValence(t.normal) !== 0) reread = true;
		if (!out) kept += (kept && t.start > (seq[seq.length - 2]?.end ?? t.start) ? ' ' : '') + t.value;
	}
	const winkMean = reread ? winkDocMean(kept) : winkRead;
	return { seq, silent, capsStandOut: ctx.capsStandOut, read, winkMean };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function spanTone(u: Unit & { read: number }, text: string): SpanTone {
	const { score, carriers } = scoreUnit(u);
	return { score, read: u.read, words: carriers.map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), value: round(c.value) })) };
}

/** First token starting at or after `pos`. */
function tokenAt(tokens: Token[], pos: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].start < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The tone of any span of the body in the writer's voice: words inside names and topic words are left
 * out, and so is every token overlapping `leaveOut` (pass the quoted speech to read the outlet's own
 * voice only, and a person's own mentions to read how the text speaks of them). The unit is read as
 * one, as VADER reads a tweet: a "but" in it shifts the weight to what follows.
 */
export function scoreSpan(ctx: ToneContext, span: Span, leaveOut: Span[] = []): SpanTone {
	const { tokens } = ctx.tok;
	const from = tokenAt(tokens, span.start);
	let to = from;
	while (to < tokens.length && tokens[to].end <= span.end) to++;
	const cut = leaveOut.filter((s) => overlaps(s, span));
	const u = unitOf(ctx, from, to, cut.length ? (t) => !cut.some((s) => overlaps(s, t)) : undefined);
	return spanTone(u, ctx.text);
}

/** Consecutive left-out tokens of one reason, as spans. */
function leftOutSpans(ctx: ToneContext): LeftOutSpan[] {
	const out: LeftOutSpan[] = [];
	const { tokens } = ctx.tok;
	ctx.leftOut.forEach((r, i) => {
		if (!r) return;
		const last = out[out.length - 1];
		if (last && last.reason === r && tokens[i - 1] && ctx.leftOut[i - 1] === r) last.end = tokens[i].end;
		else out.push({ start: tokens[i].start, end: tokens[i].end, reason: r });
	});
	return out;
}

/** Mean of the non-zero scores, or null when nothing carries tone. */
export function meanTone(scores: number[]): number | null {
	const polar = scores.filter((x) => x !== 0);
	return polar.length ? round(polar.reduce((a, b) => a + b, 0) / polar.length) : null;
}

/**
 * Sentence and body tone with spans and evidence, and own voice apart from quoted speech.
 * `quoted`: the spans in someone else's words (the loaded-terms stage's `quotedSpans`).
 */
export function scoreSentiment(text: string, tok: Tokenised, quoted: Span[] = []): Sentiment {
	const ctx = toneContext(text, tok);
	// The body score is read per paragraph, not per sentence: a paragraph is the unit a reader takes
	// in at once (a news paragraph is one to three sentences, like a comment), and a sentence that
	// qualifies the one before ("But the plan failed.") should weigh against it, not beside it.
	const paragraphs = new Map<number, Sentence[]>();
	for (const s of tok.sentences) {
		const list = paragraphs.get(s.paragraph);
		if (list) list.push(s);
		else paragraphs.set(s.paragraph, [s]);
	}
	const sentences: SentenceSentiment[] = [];
	const scores: number[] = [];
	const stretches: ToneStretch[] = [];
	const isQuoted = (t: Token) => quoted.some((q) => overlaps(q, t));
	for (const ss of paragraphs.values()) {
		const from = ss[0].firstToken;
		const to = ss[ss.length - 1].endToken;
		for (const s of ss) {
			const st = spanTone(unitOf(ctx, s.firstToken, s.endToken, undefined, s.sentiment), text);
			sentences.push({ start: s.start, end: s.end, score: st.score, words: st.words });
		}
		const p = spanTone(unitOf(ctx, from, to, undefined, tok.paragraphSentiment[ss[0].paragraph]), text);
		if (p.score !== 0) scores.push(p.score);
		// Own voice and quoted speech: each maximal run of one voice within the paragraph is a stretch.
		let i = from;
		while (i < to) {
			const voice = isQuoted(tok.tokens[i]);
			let j = i + 1;
			while (j < to && isQuoted(tok.tokens[j]) === voice) j++;
			const st = spanTone(unitOf(ctx, i, j), text);
			if (st.read > 0) stretches.push({ start: tok.tokens[i].start, end: tok.tokens[j - 1].end, voice: voice ? 'quoted' : 'outlet', score: round(st.score), words: st.read });
			i = j;
		}
	}
	sentences.sort((a, b) => a.start - b.start);
	const score = scores.length ? scores.reduce((a, x) => a + x, 0) / scores.length : 0;
	return { score, sentences, ...voiceFigures(stretches), stretches, leftOut: leftOutSpans(ctx) };
}

/** Own-voice and quoted tone from the stretches: the mean over the stretches of each voice that carry tone. */
export function voiceFigures(stretches: ToneStretch[]): { ownVoice: number | null; quoted: number | null } {
	return {
		ownVoice: meanTone(stretches.filter((s) => s.voice === 'outlet').map((s) => s.score)),
		quoted: meanTone(stretches.filter((s) => s.voice === 'quoted').map((s) => s.score))
	};
}

/**
 * A reader comment's sentiment, −1..1. Comments are short, so the whole comment is one unit, as
 * VADER scores a tweet: a "but" anywhere shifts the weight to what follows. Names and topic words are
 * left out as in the body, so comments and body are measured alike.
 */
export function scoreComment(text: string): number {
	if (!text.trim()) return 0;
	const tok = tokenise(text);
	const ctx = toneContext(text, tok);
	return scoreUnit(unitOf(ctx, 0, tok.tokens.length)).score;
}
