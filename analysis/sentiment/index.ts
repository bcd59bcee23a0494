// Stage 5: tone. Word valences (lexicon.ts: our list, VADER's, wink's) under VADER's rules (rules.ts),
// read over the writing only: words inside names and topic words are left out (mask.ts), so a dry
// report on a war and one on a chess match score alike. The body gets a score, each sentence one
// with the words that carried it, and the outlet's own voice and quoted speech get separate figures,
// split by the same quote spans the loaded-terms stage uses.
import { tokenise } from '../nlp.js';
import { leftOut, type LeftOut } from './mask.js';
import { plainFactsOf, winkDocMean } from './lexicon.js';
import { idiomsOf } from './idioms.js';
import { allCaps, scoreTokens, tonePos, toneTokens, type ToneTokens, type UnitScore } from './rules.js';
import { winkMeanOf } from './wink-mean.js';
import { recastWords } from '../shouted.js';
import { wordWeightedTone } from './outlet.js';
import type { LeftOutSpan, Sentence, SentenceSentiment, Sentiment, Span, Token, Tokenised, ToneStretch, ToneWord } from '../types.js';
import { tokenAt, upperBound } from '../sorted.js';

export { valence } from './lexicon.js';
export { leftOut, type LeftOut } from './mask.js';

/** What scoring a span needs of its article, computed once: the tokens, which ones are left out, the caps rule. */
export interface ToneContext {
	text: string;
	tok: Tokenised;
	leftOut: (LeftOut | null)[];
	capsStandOut: boolean;
	/** What the rules read of each token (rules.ts). */
	tones: ToneTokens;
	/**
	 * 1 where a word wink rates is plain here: its plain sense (neutral-senses.txt: "a fine", "still"),
	 * 2 for a quantity word next to a figure (quantity.txt: "down 10%")
	 * or inside an idiom that judges nothing ("as well as"). wink's own reading leaves it out too.
	 */
	plain: Uint8Array;
	/** The tone of each whole run of tokens scored so far, by its range (rangeTone). */
	runs: Map<number, SpanTone>;
}

/** One context per tokenised text: the body tone and the actors stage read the same one. */
const contexts = new WeakMap<Tokenised, ToneContext>();

export function toneContext(text: string, tok: Tokenised, knownNames: Span[] = []): ToneContext {
	const hit = contexts.get(tok);
	if (hit && hit.text === text) return hit;
	const out = leftOut(tok, knownNames);
	const tones = toneTokens(tok.tokens, out.map((r) => r !== null));
	tones.recast = recastWords(tok, text);
	tones.idioms = idiomsOf(tok.tokens, tones.lower);
	const ctx = { text, tok, leftOut: out, capsStandOut: !allCaps(tok.tokens), tones, plain: plainWords(tok.tokens, tones), runs: new Map() };
	// "sales were down 10%", "cut rates by half a point": a quantity word next to a figure reports it
	// (and an emoticon inside a word is none)
	for (let i = 0; i < tok.tokens.length; i++) if (ctx.plain[i] === 2) tones.strength[i] = 0;
	contexts.set(tok, ctx);
	return ctx;
}

/** Copyright, registered and trade marks. */
const LEGAL_MARKS = new Set(['©', '®', '™', '℗', '℠']);

/** A news paragraph is one to three sentences; a "paragraph" of five or more is read sentence by sentence. */
const MAX_UNIT_SENTENCES = 4;

/**
 * ToneContext.plain: plain senses, and the words of idioms rated 0 (one pass; most words start no
 * idiom). `tones`: what toneTokens() read of each token (its normal form's facts, its idioms).
 */
function plainWords(tokens: Token[], tones: ToneTokens): Uint8Array {
	const out = new Uint8Array(tokens.length);
	const idioms = tones.idioms ?? idiomsOf(tokens, tones.lower);
	// brackets open in the paragraph so far: "Rep. Trey Gowdy (R-S.C.):" closes one, wink's "):" no frown
	let open = 0;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (i > 0 && t.paragraph !== tokens[i - 1].paragraph) open = 0;
		if (t.value === '(') open++;
		else if (t.value === ')') open = Math.max(0, open - 1);
		// plainSense(), ratedPlain() and quantityWord() of the token, from each form's facts
		const f = tones.words[i].plain;
		const lf = t.lemma === t.normal ? f : plainFactsOf(t.lemma);
		let plain = false;
		if (f.senses || lf.senses) {
			const pos = tones.recast?.get(i)?.pos ?? tonePos(tokens, i);
			plain = !!pos && !!(f.senses?.has(pos) || lf.senses?.has(pos));
		}
		if (plain || f.rated) out[i] = 1;
		else if ((f.quantity || (t.lemma !== '' && lf.quantity)) && nearFigure(tokens, i)) out[i] = 2;
		// "TL;DR": an emoticon written inside a word (letters on both sides) is part of it, no smile
		else if (t.type === 'emoticon' && i > 0 && i + 1 < tokens.length && tokens[i - 1].end === t.start && tokens[i + 1].start === t.end && tokens[i - 1].type === 'word' && tokens[i + 1].type === 'word') out[i] = 2;
		// "(R-S.C.):", "(D-Ohio):": an emoticon that closes an open bracket is the bracket
		else if (t.type === 'emoticon' && t.value.startsWith(')') && open > 0) {
			out[i] = 2;
			open--;
		}
		// "9:38PM" reads as 9, ":3", "8PM": an emoticon written onto a figure is part of a time, no smile
		else if (t.type === 'emoticon' && i > 0 && tokens[i - 1].end === t.start && /\d$/.test(tokens[i - 1].value)) out[i] = 2;
		// "© Provided by Al Jazeera", "Kestrel®": a legal mark (scored as an emoji by wink) is no feeling
		else if (t.value.length === 1 && LEGAL_MARKS.has(t.value)) out[i] = 2;
		// "— Dianna Anderson 🏳️‍🌈 (@dianna) November 18, 2019": an emoji in an embedded post's display name,
		// before its handle, decorates a name; nobody's feeling about anything
		else if ((t.type === 'emoji' || t.type === 'emoticon') && beforeHandle(tokens, i)) out[i] = 2;
		// "she has given some that, well, aren't", "Well, the plan failed": "well" opening a clause, with
		// no verb or adjective for it to qualify, is a pause in speech, not praise (VADER rates it +1.1)
		else if (t.normal === 'well' && discourseWell(tokens, i)) out[i] = 2;
		// "143 cases", "in 143 countries": a figure is no feeling, whatever a chat shorthand made of it
		// (VADER's lexicon rates "143", "I love you", +3.2)
		else if (ALL_DIGITS.test(t.value)) out[i] = 2;
		const p = idioms.found[i];
		if (p && p.value === 0) out.fill(1, i, i + p.length);
	}
	return out;
}

const ALL_DIGITS = /^\d+$/;
const HAS_LETTER = /[\p{L}\p{N}]/u;

/** Clause openers after which "well" is a discourse marker; what may follow it then. */
const BEFORE_WELL = new Set([',', ';', ':', '—', '–', '(', '"', '“', '…']);
const AFTER_WELL = new Set(['PUNCT', 'AUX', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'PART', 'INTJ']);

function discourseWell(tokens: Token[], i: number): boolean {
	const prev = tokens[i - 1];
	const opens = !prev || prev.sentence !== tokens[i].sentence || BEFORE_WELL.has(prev.value);
	const next = tokens[i + 1];
	return opens && (!next || AFTER_WELL.has(next.pos));
}

/** Is token i an emoji or emoticon of a run of them right before "(@handle)"? */
function beforeHandle(tokens: Token[], i: number): boolean {
	let k = i + 1;
	while (k < tokens.length && k - i < 4 && (tokens[k].type === 'emoji' || tokens[k].type === 'emoticon')) k++;
	return tokens[k]?.value === '(' && !!tokens[k + 1]?.value.startsWith('@') && tokens[k].sentence === tokens[i].sentence;
}

/** A number, a percentage or an amount within three tokens of token i, in its sentence ("down 10%", "a low of 3.2"). */
function nearFigure(tokens: Token[], i: number): boolean {
	const s = tokens[i].sentence;
	for (let k = Math.max(0, i - 3); k <= i + 3 && k < tokens.length; k++) {
		const t = tokens[k];
		if (k === i || t.sentence !== s) continue;
		if (t.pos === 'NUM' || t.value === '%' || /^(?:per ?cent|percent|points?)$/i.test(t.normal) || /^[$€£¥]/.test(t.value) || /\d/.test(t.value)) return true;
	}
	return false;
}

/** The tone of a stretch of text: −1..1, the words that carried it, and how many words were read. */
export interface SpanTone {
	score: number;
	words: ToneWord[];
	/** Word tokens read (inside the span, outside `leaveOut`), names and topic words included. */
	read: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** A unit to score: token indices in text order, and how many word tokens it reads. */
interface Run {
	idx: number[];
	read: number;
}

/** Tokens [from, to) as a unit, less those `keep` rejects. */
function runOf(ctx: ToneContext, from: number, to: number, keep?: (t: Token) => boolean): Run {
	const { tokens } = ctx.tok;
	const idx: number[] = [];
	let read = 0;
	for (let i = from; i < to; i++) {
		const t = tokens[i];
		if (keep && !keep(t)) continue;
		idx.push(i);
		// (not "___" or "* * *" between a story's parts: a separator is no word)
		if (t.type !== 'punctuation' && t.type !== 'symbol' && !(t.type === 'unk' && !HAS_LETTER.test(t.value))) read++;
	}
	return { idx, read };
}

let keptScratch = new Int32Array(256);

/**
 * wink's mean valence of the unit's words less names and topic words: what wink gives those words
 * read alone, from the patterns it found when it read the article (wink-mean.ts).
 */
function winkMean(ctx: ToneContext, run: Run): number {
	const { tokens } = ctx.tok;
	const m = ctx.tok.winkMatches;
	if (m) {
		// The kept tokens' indices, in scratch space reused across units (winkMeanOf reads them only).
		if (keptScratch.length < run.idx.length) keptScratch = new Int32Array(run.idx.length * 2);
		let n = 0;
		for (const i of run.idx) if (ctx.leftOut[i] === null && !ctx.plain[i]) keptScratch[n++] = i;
		return winkMeanOf(tokens, m, keptScratch, n);
	}
	// A Tokenised built by hand carries no patterns: wink reads the kept words.
	let text = '';
	let prevEnd = -1;
	for (const i of run.idx) {
		const t = tokens[i];
		if (ctx.leftOut[i] === null && !ctx.plain[i]) text += (text && t.start > prevEnd ? ' ' : '') + t.value;
		prevEnd = t.end;
	}
	return winkDocMean(text);
}

function scoreRun(ctx: ToneContext, run: Run): UnitScore {
	return scoreTokens(ctx.tones, run.idx, run.idx.length, ctx.capsStandOut, winkMean(ctx, run));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function spanTone(ctx: ToneContext, run: Run): SpanTone {
	const { score, carriers } = scoreRun(ctx, run);
	return { score, read: run.read, words: carriers.map((c) => ({ start: c.start, end: c.end, text: ctx.text.slice(c.start, c.end), value: round(c.value) })) };
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
	const cut = overlappingOf(leaveOut, span);
	return cut.length ? spanTone(ctx, runOf(ctx, from, to, outside(cut))) : rangeTone(ctx, from, to);
}

/**
 * The tone of tokens [from, to), all of them. A sentence is read as itself, in its paragraph, in its
 * stretch of one voice and again for each actor it names: a paragraph of one sentence, or a sentence
 * with no quoted speech, is the same run each time. Each run is scored once per article; the result is
 * only read, never changed.
 */
function rangeTone(ctx: ToneContext, from: number, to: number): SpanTone {
	const key = from * (ctx.tok.tokens.length + 1) + to;
	let st = ctx.runs.get(key);
	if (!st) ctx.runs.set(key, (st = spanTone(ctx, runOf(ctx, from, to))));
	return st;
}

interface LeaveOutIndex {
	sorted: Span[];
	/** reach[i]: the furthest end among sorted[0..i]. */
	reach: number[];
}
const leaveOutIndexes = new WeakMap<Span[], LeaveOutIndex>();

/**
 * Mark a list of spans that many scoreSpan() calls will leave out (an article's quoted speech, asked
 * for every sentence that names an actor): those calls then find the spans overlapping theirs by a
 * binary search instead of reading the whole list each time, which was quadratic in a long text.
 * Returns the same array; it must not change afterwards.
 */
export function indexLeaveOut(spans: Span[]): Span[] {
	if (leaveOutIndexes.has(spans)) return spans;
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	const reach: number[] = [];
	let far = -Infinity;
	for (const s of sorted) reach.push((far = Math.max(far, s.end)));
	leaveOutIndexes.set(spans, { sorted, reach });
	return spans;
}

/** The spans of `leaveOut` that overlap `span` (in start order when the list was indexed). */
function overlappingOf(leaveOut: Span[], span: Span): Span[] {
	const ix = leaveOutIndexes.get(leaveOut);
	if (!ix) return leaveOut.filter((s) => overlaps(s, span));
	const { sorted, reach } = ix;
	// the first span whose prefix reaches past span.start: none before it can overlap
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (reach[mid] <= span.start) lo = mid + 1;
		else hi = mid;
	}
	const out: Span[] = [];
	for (let k = lo; k < sorted.length && sorted[k].start < span.end; k++) if (sorted[k].end > span.start) out.push(sorted[k]);
	return out;
}

/**
 * A test "overlaps none of `spans`" in O(log n) a token (the actors stage leaves out many small
 * stretches of a long sentence): spans sorted by start, with the furthest end reached so far.
 */
function outside(spans: Span[]): (t: Span) => boolean {
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	const reach: number[] = [];
	let far = -Infinity;
	for (const s of sorted) reach.push((far = Math.max(far, s.end)));
	return (t) => {
		// the last span starting before the token ends
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (sorted[mid].start < t.end) lo = mid + 1;
			else hi = mid;
		}
		return lo === 0 || reach[lo - 1] <= t.start;
	};
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

/** Per token: 1 when it overlaps one of the spans. */
function inSpans(tokens: Token[], spans: Span[]): Uint8Array {
	const out = new Uint8Array(tokens.length);
	for (const q of spans) {
		// First token ending after the span starts; tokens are in text order and do not overlap.
		for (let i = upperBound(tokens, q.start, (t) => t.end); i < tokens.length && tokens[i].start < q.end; i++) if (overlaps(q, tokens[i])) out[i] = 1;
	}
	return out;
}

/**
 * Sentence and body tone with spans and evidence, and own voice apart from quoted speech.
 * `quoted`: the spans in someone else's words (the loaded-terms stage's `quotedSpans`).
 */
export function scoreSentiment(text: string, tok: Tokenised, quoted: Span[] = [], knownNames: Span[] = [], judging: { from: number; value: number }[] = []): Sentiment {
	const shared = toneContext(text, tok, knownNames);
	const ctx = judging.length ? withJudging(shared, judging) : shared;
	// The body score is read per paragraph, not per sentence: a paragraph is the unit a reader takes
	// in at once (a news paragraph is one to three sentences, like a comment), and a sentence that
	// qualifies the one before ("But the plan failed.") should weigh against it, not beside it. The body
	// is the mean over its paragraphs, plain ones counting 0: a long, plain article with one harsh
	// paragraph is mostly plain (as actor tone counts a sentence with no tone word as 0). Paragraphs,
	// not words, are the units: a score already grows with the tone words a paragraph holds.
	const paragraphs = new Map<number, Sentence[]>();
	for (const s of tok.sentences) {
		const list = paragraphs.get(s.paragraph);
		if (list) list.push(s);
		else paragraphs.set(s.paragraph, [s]);
	}
	const sentences: SentenceSentiment[] = [];
	/** Each paragraph that reads a word, as one unit. */
	const units: { score: number; words: number }[] = [];
	const stretches: ToneStretch[] = [];
	const quotedToken = inSpans(tok.tokens, quoted);
	const toneOf = (from: number, to: number) => rangeTone(ctx, from, to);
	for (const ss of paragraphs.values()) {
		const from = ss[0].firstToken;
		const to = ss[ss.length - 1].endToken;
		for (const s of ss) {
			const st = toneOf(s.firstToken, s.endToken);
			sentences.push({ start: s.start, end: s.end, score: st.score, words: st.words });
		}
		if (ss.length <= MAX_UNIT_SENTENCES) {
			const p = toneOf(from, to);
			if (p.read > 0) units.push({ score: p.score, words: 1 });
		} else {
			// A "paragraph" of many sentences is text pasted without its paragraph breaks: its
			// sentences are the units, so 690 plain words do not count as one plain paragraph.
			for (const s of ss) {
				const st = toneOf(s.firstToken, s.endToken);
				if (st.read > 0) units.push({ score: st.score, words: 1 });
			}
		}
		// Own voice and quoted speech: each maximal run of one voice within the paragraph is a stretch.
		let i = from;
		while (i < to) {
			const voice = quotedToken[i];
			let j = i + 1;
			while (j < to && quotedToken[j] === voice) j++;
			const st = toneOf(i, j);
			if (st.read > 0) stretches.push({ start: tok.tokens[i].start, end: tok.tokens[j - 1].end, voice: voice ? 'quoted' : 'outlet', score: round(st.score), words: st.read });
			i = j;
		}
	}
	sentences.sort((a, b) => a.start - b.start);
	const score = wordWeightedTone(units) ?? 0;
	return { score, sentences, ...voiceFigures(stretches), stretches, leftOut: leftOutSpans(ctx) };
}

/**
 * The context with judging words no lexicon rates given a strength ("a noxious far-right
 * personality", "crackpots", "Bonkers conspiracy site": the loaded-terms stage's emotive words and
 * labels in the outlet's own voice, at their category's strength, actors/index.ts unratedJudgements()),
 * on the first word of each; a copy, so the actors stage, which counts them its own way, reads the
 * shared context as it was.
 */
function withJudging(ctx: ToneContext, judging: { from: number; value: number }[]): ToneContext {
	const strength = ctx.tones.strength.slice();
	for (const j of judging) if (!ctx.tones.silent[j.from] && !ctx.leftOut[j.from]) strength[j.from] = j.value;
	return { ...ctx, tones: { ...ctx.tones, strength }, runs: new Map() };
}

/** Own-voice and quoted tone from the stretches: each voice's stretches weighted by their words; null when the voice has none. */
export function voiceFigures(stretches: ToneStretch[]): { ownVoice: number | null; quoted: number | null } {
	return {
		ownVoice: wordWeightedTone(stretches.filter((s) => s.voice === 'outlet')),
		quoted: wordWeightedTone(stretches.filter((s) => s.voice === 'quoted'))
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
	return scoreRun(ctx, runOf(ctx, 0, tok.tokens.length)).score;
}
