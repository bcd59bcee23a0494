// What every part of the quotes stage reads: the tokens, which of them are quotation marks or inside
// a quoted span, where sentences end, and the speech cues (cues.ts). Built once per article.
import type { Span, Token, Tokenised } from '../types.js';
import { speechVerbs } from './data.js';
import { cueAt, isSpeechLemma } from './cues.js';
import { MARK_TOKEN, type MarkedSpan } from './spans.js';
import type { EntityIndex } from './coref.js';

/** A half-open range of token indices. */
export type Range = [number, number];

export const SENTENCE_END = new Set(['.', '!', '?']);
export const DETS_INDEF = new Set(['a', 'an', 'the']);
export { TIME_WORDS } from './mentions.js';

const withExtra = new WeakMap<Set<string>, ReturnType<typeof speechVerbs>>();

/** The speech verbs and the lexicon's loaded reporting verbs, merged once per lexicon. */
function verbsWith(extraCues: Set<string>): ReturnType<typeof speechVerbs> {
	let v = withExtra.get(extraCues);
	if (v) return v;
	const base = speechVerbs();
	const cues = [...extraCues];
	v = {
		lemmas: new Set([...base.lemmas, ...cues.filter((c) => !c.includes(' '))]),
		phrases: [...base.phrases, ...cues.filter((c) => c.includes(' ')).map((c) => c.split(' '))]
	};
	withExtra.set(extraCues, v);
	return v;
}

export class Ctx {
	toks: Token[];
	/** For each token, the index of the marked span whose content contains it, else -1. */
	inQuote: Int32Array;
	isMark: boolean[];
	verbs: ReturnType<typeof speechVerbs>;
	/** Every person and organisation of the article (entities.ts), set once the scan has run. */
	entities!: EntityIndex;
	paragraphs: Span[];

	constructor(
		public text: string,
		tok: Tokenised,
		paragraphs: Span[],
		public marks: MarkedSpan[],
		/** Loaded reporting verbs from the lexicon: by definition they report speech too ("barked"). */
		extraCues?: Set<string>
	) {
		this.verbs = extraCues?.size ? verbsWith(extraCues) : speechVerbs();
		this.toks = tok.tokens;
		this.paragraphs = paragraphs;
		this.inQuote = new Int32Array(this.toks.length).fill(-1);
		// (MARK_TOKEN matches one or two characters only: longer words skip the pattern)
		this.isMark = this.toks.map((t) => t.value.length <= 2 && MARK_TOKEN.test(t.value));
		let m = 0;
		for (let i = 0; i < this.toks.length; i++) {
			const t = this.toks[i];
			while (m < marks.length && marks[m].end <= t.start) m++;
			if (m < marks.length && t.start >= marks[m].start && t.end <= marks[m].end) this.inQuote[i] = m;
		}
	}

	/** Token index at or after a character offset. */
	tokenAt(offset: number): number {
		let lo = 0;
		let hi = this.toks.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.toks[mid].start < offset) lo = mid + 1;
			else hi = mid;
		}
		// A mark inside a token ("‹«‹" read as one word) belongs to that token.
		if (lo > 0 && this.toks[lo - 1].end > offset) return lo - 1;
		return lo;
	}

	/** For each sentence index, its first token (built on first use). */
	private sentenceFirst: Int32Array | null = null;

	/** The first token of token k's sentence. */
	sentenceStart(k: number): number {
		if (!this.sentenceFirst) {
			const first = new Int32Array((this.toks[this.toks.length - 1]?.sentence ?? -1) + 1).fill(-1);
			for (let i = this.toks.length - 1; i >= 0; i--) first[this.toks[i].sentence] = i;
			this.sentenceFirst = first;
		}
		const t = this.toks[k];
		return t ? Math.max(0, this.sentenceFirst[t.sentence]) : k;
	}

	/** Are tokens [a, b) someone's quoted words and their marks, and nothing else (a < b)? */
	allQuoted(a: number, b: number): boolean {
		if (a >= b) return false;
		for (let k = a; k < b; k++) if (this.inQuote[k] < 0 && !this.isMark[k]) return false;
		return true;
	}

	/** If a speech cue starts at token i, the token index just past it; else -1 (cues.ts). */
	cueAt(i: number, loose = false): number {
		return cueAt(this, i, loose);
	}

	isSpeechLemma(t: Token): boolean {
		return isSpeechLemma(this.verbs, t);
	}

	/** A full stop that ends a sentence: not inside a quote, not the dot of "(R-Fla.)" or "Inc.,". */
	isSentenceEnd(i: number): boolean {
		const t = this.toks[i];
		if (!SENTENCE_END.has(t.value) || this.inQuote[i] >= 0) return false;
		const next = this.toks[i + 1];
		if (t.value === '.' && next && next.paragraph === t.paragraph && (next.value === ')' || next.value === ',' || /^[a-z]/.test(next.value))) return false;
		// "N.Y.": a dot with no space after it is inside an abbreviation.
		if (t.value === '.' && next && next.start === t.end && !this.isMark[i + 1]) return false;
		return true;
	}
}
