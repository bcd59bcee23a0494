// What wink's token readers (its.value, its.normal, its.type, its.stopWordFlag, its.lemma, its.pos)
// answer about a token depends on its lexeme alone, and its lemma on the lexeme and its part of
// speech: so they are worked out once per word and read back for every later token of that word, in
// every article (an article's few thousand tokens are a few hundred words, most of them met before).
// A contraction's expansion ("do" + "n't" from "don't") carries its own normal form and lemma in the
// token, and is read token by token as before. tests/analysis/nlp.test.ts checks the result against
// wink's out() API.

/** The parts of wink's document data (wink-nlp.js `rdd`) read here. */
export interface WinkTokens {
	/** Four numbers per token: lexeme, preceding spaces (with a contraction's normal above 16 bits), part of speech and lemma, negation. */
	tokens: number[];
	/** Spaces before a token that are not all plain spaces, by token index. */
	nonBreakingSpaces: Record<number, string>;
}

export type ItsReader = (index: number, rdd: never, addons?: unknown) => unknown;

/** One word as wink reads it. */
export interface WinkWord {
	value: string;
	normal: string;
	type: string;
	stop: boolean;
	/** Its lemma as the part of speech (wink's 6-bit tag) it was first met as, or -1 before; the normal form where wink gives none. */
	tag: number;
	lemma: string;
	/** Lemmas as other parts of speech, by tag, once met (most words come with one). */
	more: Map<number, string> | null;
	/** Its type is one of WORD_TYPES: it counts as a word of the text. */
	wordlike: boolean;
	/** The later stages' answers about it (Token.word). */
	rule: unknown;
	match: unknown;
	valence: unknown;
}

/** Token types that count as words of a text (punctuation, symbols and the like do not). */
export const WORD_TYPES: ReadonlySet<string> = new Set(['word', 'number', 'email', 'hashtag', 'mention', 'url']);

const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;
/** Above this, a token's second number holds a contraction's normal form (wink's `nox`). */
const CONTRACTION = 0xffff;

export class WinkWords {
	private readonly words = new Map<number, WinkWord>();
	/** Tag names by wink's tag number. */
	private readonly tags: string[] = [];
	constructor(
		private readonly its: Record<'value' | 'normal' | 'lemma' | 'pos' | 'type' | 'stopWordFlag', ItsReader>,
		private readonly addons: unknown,
		/** Words kept before starting afresh, so an endless stream of new words cannot grow it without end. */
		private readonly limit = 200_000
	) {}

	/** Preceding spaces of token i, as many as its.precedingSpaces() gives (without building the string). */
	static spaces(i: number, rdd: WinkTokens): number {
		const count = rdd.tokens[i * 4 + 1] & CONTRACTION;
		return count < CONTRACTION ? count : rdd.nonBreakingSpaces[i].length;
	}

	/** Token i's part of speech, as its.pos() names it. */
	pos(i: number, rdd: WinkTokens): string {
		const tag = (rdd.tokens[i * 4 + 2] & POS_MASK) >>> POS_SHIFT;
		return (this.tags[tag] ??= this.its.pos(i, rdd as never) as string);
	}

	/** Token i's word, or null for a contraction's expansion (read it through its.* itself). */
	word(i: number, rdd: WinkTokens): WinkWord | null {
		if (rdd.tokens[i * 4 + 1] > CONTRACTION) return null;
		const lexeme = rdd.tokens[i * 4];
		let w = this.words.get(lexeme);
		if (!w) {
			const its = this.its;
			const r = rdd as never;
			const type = its.type(i, r) as string;
			w = { value: its.value(i, r) as string, normal: its.normal(i, r) as string, type, stop: its.stopWordFlag(i, r) as boolean, tag: -1, lemma: '', more: null, wordlike: WORD_TYPES.has(type), rule: null, match: null, valence: null };
			if (this.words.size >= this.limit) this.words.clear();
			this.words.set(lexeme, w);
		}
		return w;
	}

	/** Token i's lemma (its.lemma(), or the normal form where wink gives none), its word being `w`. */
	lemma(w: WinkWord, i: number, rdd: WinkTokens): string {
		const tag = (rdd.tokens[i * 4 + 2] & POS_MASK) >>> POS_SHIFT;
		if (w.tag === tag) return w.lemma;
		let lemma = w.more?.get(tag);
		if (lemma === undefined) {
			lemma = (this.its.lemma(i, rdd as never, this.addons) as string | undefined) ?? w.normal;
			if (w.tag < 0) {
				w.tag = tag;
				w.lemma = lemma;
			} else (w.more ??= new Map()).set(tag, lemma);
		}
		return lemma;
	}
}
