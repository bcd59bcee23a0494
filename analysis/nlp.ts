// The one place that talks to wink-nlp. Every later stage reads the `Tokenised` result, never wink,
// so offsets are computed once and exactly: wink keeps each token's original `value` and the
// whitespace before it (`precedingSpaces`), and summing them walks the input character by character.
import winkNLP from 'wink-nlp';
import type { Sentence, Span, Token, Tokenised, WinkMatches } from './types.js';
import { PairMemo } from './word-memo.js';
import { WORD_TYPES, WinkWords, type WinkTokens } from './wink-words.js';
import { foldForWink } from './fold.js';
import { retagSurnames } from './name-tags.js';
import { loadWinkModel } from './wink-model.js';
import { capsLeadEnd } from './caps-lead.js';
import { titleWords } from './quotes/data.js';
import { JOINED_TITLES, breakLongRuns, endSentences, keepShortTitles, showDoubledMarks } from './wink-shown.js';

/** Single quotation marks that, typed twice, stand for a double one. */
const SINGLE_MARKS = "'’‘`";

export { MAX_RUN, breakLongRuns } from './wink-shown.js';

type Wink = ReturnType<typeof winkNLP>;
type Model = Parameters<typeof winkNLP>[0];
let instance: Wink | null = null;

/** The parts of wink's lexeme cache that documents share (wink-nlp's cache.js). */
interface WinkCache {
	add(text: string, category: number): number;
	lookup(text: string): number[] | null;
	/** The lexeme of a lexeme's normal form: for a word added while reading, its lower-case form's. */
	normal(index: number): number;
	/** A lexeme's packed feature by name (for 'tokenType': the category's name). */
	property(index: number, name: string): unknown;
	currentSize(): number;
	intrinsicSize(): number;
}

/**
 * wink keeps every new word it meets (a name, a typo, "year’s" read whole in some context) in a cache
 * shared by all later documents, and its tokeniser asks that cache first: a chunk of text found there
 * is one token, else it is split by rules. So the same paragraph could be tokenised differently after
 * another article had been read in the same process (a worker's earlier articles, the lexicon's
 * terms): one of the 115 benchmark pages counted a word more or less depending on which worker read
 * it. While a document is tokenised it therefore sees only the model's own lexemes and the words it
 * added itself, exactly as in a fresh process; and so does each paragraph of an article, which wink
 * reads in one document (tokenise()). The later steps (lemmas, parts of speech) look words up
 * as before: they only read what the tokeniser decided.
 *
 * A word's features (its token type, and the part of speech guessed from it) are fixed when it is first
 * added, from the category the tokeniser gave it there: a lone combining mark split off as a word in
 * one article and as an unknown symbol in another kept the first article's type, and an article
 * counted a word fewer after it. A word an earlier document added with another category is therefore
 * added afresh (a new lexeme under the same text), as a fresh process would add it.
 */
/** A pattern wink matched: first token, last token (inclusive), and its value or type. */
type WinkPattern = [number, number, number | string];
/** Where the hooks put the patterns of the document being read, when tokenise() asks for them. */
let reading: { neg: WinkPattern[] | null; sa: WinkPattern[] | null; rdd: WinkDocData | null } | null = null;

/**
 * wink's raw document data (wink-nlp.js `rdd`), which its `its.*` readers take with the model's addons:
 * tokenise() reads every token through them in one pass instead of one `out()` collection per
 * property (seven arrays per paragraph). tests/analysis/nlp.test.ts checks the result against `out()`.
 */
interface WinkDocData extends WinkTokens {
	sentences: [number, number, number, number][];
	document: [number, number, number, number];
	numOfTokens: number;
}
type ItsReader = (index: number, rdd: WinkDocData, addons?: unknown) => unknown;
let addons: unknown = null;
/** wink's token readers, answered once per word (wink-words.ts). */
let winkWords: WinkWords | null = null;

/** The model's addons (wink-eng-lite-web-model): the part tokenise() changes. */
interface WinkAddons {
	lemmatize: (value: string, pos: string, cache: unknown) => string;
}

/**
 * The model's addons with lemmatize() answered once per word and part of speech. Its answer depends
 * on those two and the model's own vocabulary only (it asks whether a stripped form is a base form of
 * the same part of speech there: a word added while reading is never one), so a memo gives the same
 * lemmas; it was a fifth of the cost of building the tokens.
 */
function lemmaMemo(a: WinkAddons): WinkAddons {
	const lemmatize = a.lemmatize;
	const memo = new PairMemo<string>((pos, value) => lemmatize(value, pos, cache));
	let cache: unknown = null;
	return {
		...a,
		lemmatize: (value: string, pos: string, c: unknown) => {
			cache = c;
			return memo.get(pos, value);
		}
	};
}

let docStart = Infinity;
let tokenising = false;
/** Lexemes the document being tokenised has added, or met again where it adds a word. */
const addedNow = new Set<number>();

/**
 * wink's pipeline steps Slant reads: sentences, negation and sentiment (the tone stage's wink mean),
 * parts of speech and lemmas. Named entities (the lite model's dates, numbers, e-mails...) and custom
 * entities are left out: nothing reads them, and they cost a fifth of every readDoc.
 */
export const PIPE = ['sbd', 'negation', 'sentiment', 'pos'];

let vocabulary: ((word: string) => boolean) | null = null;

/**
 * Is this (lower-case) word one of the model's own, a word of English it was built with ("welcome",
 * "note", "trump", "rice"), rather than one met only in text read since ("heyward", "mayer")?
 */
export function inVocabulary(word: string): boolean {
	if (!vocabulary) wink();
	return vocabulary!(word);
}

/** Loading the model takes ~150 ms and ~60 MB; do it once per process, on first use. */
export function wink(): Wink {
	if (instance) return instance;
	// Required here, not imported at the top: a process that never reads text (the main thread of a
	// parallel batch, which only hands articles to workers) then never loads the model.
	const model = loadWinkModel();
	let cache: WinkCache | null = null;
	let intrinsic = 0;
	// Adding a lexeme computes its features (its likely part of speech from its lower-case form), which
	// looks words up too: those look-ups see everything, as before.
	let adding = false;
	let lexemes: { hash: Record<string, number> } | null = null;
	let categories: { list: string[] } | null = null;
	const hide = (c: WinkCache) => {
		const { lookup, add } = c;
		intrinsic = c.intrinsicSize();
		vocabulary = (word: string) => {
			const found = lookup(word);
			return !!found && found.length === 1 && found[0] < intrinsic;
		};
		c.lookup = (text: string) => {
			// tokenise() joins an article's paragraphs with blank lines: each paragraph is tokenised as if
			// it were read alone, as they once were ("candidate Trump’s." read whole in one paragraph left
			// every later "Trump’s" of the article whole too)
			if (tokenising && text === PARAGRAPH_BREAK) {
				docStart = c.currentSize() + 1;
				addedNow.clear();
			}
			const found = lookup(text);
			if (!tokenising || adding || !found || found.length !== 1) return found;
			const k = found[0];
			return k >= intrinsic && k < docStart && !addedNow.has(k) ? null : found;
		};
		c.add = (text: string, category: number) => {
			adding = true;
			try {
				if (tokenising && lexemes) {
					const prior = lexemes.hash[text];
					if (prior !== undefined && prior >= intrinsic && prior < docStart && !addedNow.has(prior) && c.property(prior, 'tokenType') !== categories!.list[category]) delete lexemes.hash[text];
				}
				const k = add(text, category);
				// Added (again) by this document: from now on it is known here, with its lower-case form.
				if (tokenising) {
					addedNow.add(k);
					// (wink's add() has just filed the lower-case form as the word's normal: read back its
					// lexeme rather than looking the form up again. They differ only for the model's own
					// lexemes, which are never hidden, so the set means the same.)
					addedNow.add(c.normal(k));
				}
				return k;
			} finally {
				adding = false;
			}
		};
	};
	// Sentence boundaries are the first step after tokenising: the setter ends the tokeniser's view.
	// The negation and sentiment setters pass on the patterns they were given (see tokenise()).
	type Step = { setter: (px: unknown, rdd: { cache: WinkCache }, ...rest: unknown[]) => void };
	const steps = model as unknown as Record<'sbd' | 'negation' | 'sa', () => Step>;
	const hook = (name: 'sbd' | 'negation' | 'sa', after: (px: unknown, rdd: { cache: WinkCache }) => void) => () => {
		const m = steps[name]();
		return {
			...m,
			setter: (px: unknown, rdd: { cache: WinkCache }, ...rest: unknown[]) => {
				if (name === 'sbd') after(px, rdd);
				m.setter(px, rdd, ...rest);
				if (name !== 'sbd') after(px, rdd);
			}
		};
	};
	const hooked = {
		...model,
		// (the core's word index and category names, for add() above)
		core: () => {
			const core = (model as unknown as { core: () => { features: { lexeme: { hash: Record<string, number> }; tokenType: { list: string[] } } } }).core();
			lexemes = core.features.lexeme;
			categories = core.features.tokenType;
			return core;
		},
		sbd: hook('sbd', (_px, rdd) => {
			tokenising = false;
			if (reading) reading.rdd = rdd as unknown as WinkDocData;
			if (!cache) hide((cache = rdd.cache));
		}),
		negation: hook('negation', (px) => {
			if (reading) reading.neg = px as WinkPattern[];
		}),
		sa: hook('sa', (px) => {
			if (reading) reading.sa = px as WinkPattern[];
		})
	} as unknown as Model;
	addons = lemmaMemo((model as unknown as { addons: WinkAddons }).addons);
	const nlp = winkNLP(hooked, PIPE);
	nlp.readDoc('');
	if (!cache) throw new Error('wink-nlp: its lexeme cache could not be reached');
	const readDoc = nlp.readDoc;
	const shared: WinkCache = cache;
	nlp.readDoc = (text: string) => {
		// A new lexeme gets the next index, so everything below the current size is older than this document.
		docStart = shared.currentSize() + 1;
		addedNow.clear();
		tokenising = true;
		try {
			return readDoc(text);
		} finally {
			tokenising = false;
		}
	};
	instance = nlp;
	return instance;
}

const SENTENCE_END = /[.!?…:;"'”’)\]]\s*$/;

/**
 * Split text into paragraphs. A blank line always ends one. A single line break ends one too when
 * the line looks finished (ends in sentence punctuation, or is short like a heading), and is
 * otherwise a soft wrap inside a sentence (pasted e-mail, hard-wrapped plain text).
 */
export function paragraphSpans(text: string): { paragraphs: Span[]; softBreaks: number[] } {
	const paragraphs: Span[] = [];
	const softBreaks: number[] = [];
	const lineRe = /[^\n]*(\n|$)/g;
	let start = -1;
	let m: RegExpExecArray | null;
	let prevLine: { start: number; end: number; text: string } | null = null;
	const close = (end: number) => {
		if (start < 0) return;
		// trim trailing whitespace of the paragraph
		let e = end;
		while (e > start && /\s/.test(text[e - 1])) e--;
		if (e > start) paragraphs.push({ start, end: e });
		start = -1;
	};
	while ((m = lineRe.exec(text)) && m[0].length > 0) {
		const lineStart = m.index;
		const content = m[0].replace(/\r?\n$/, '');
		const lineEnd = lineStart + content.length;
		if (content.trim() === '') {
			close(lineStart);
			prevLine = null;
		} else {
			const lead = content.length - content.trimStart().length;
			if (start >= 0 && prevLine) {
				const prev = prevLine.text.trimEnd();
				const finished = SENTENCE_END.test(prev) || prev.trim().split(/\s+/).length <= 8;
				const startsLower = /^[a-z(]/.test(content.trimStart());
				if (finished && !startsLower) close(prevLine.end);
				else softBreaks.push(prevLine.end);
			}
			if (start < 0) start = lineStart + lead;
			prevLine = { start: lineStart, end: lineEnd, text: content };
		}
		if (m[1] === '') break;
	}
	close(text.length);
	return { paragraphs, softBreaks };
}

/** Tokenise a body into tokens and sentences with exact offsets into `text`. */
export function tokenise(text: string, paragraphs?: Span[]): Tokenised {
	const nlp = wink();
	const its = nlp.its as unknown as Record<'value' | 'precedingSpaces' | 'normal' | 'lemma' | 'pos' | 'type' | 'stopWordFlag', ItsReader>;
	const { value: itsValue, normal: itsNormal, lemma: itsLemma, type: itsType, stopWordFlag: itsStop } = its;
	const ww = (winkWords ??= new WinkWords(its as unknown as ConstructorParameters<typeof WinkWords>[0], addons));
	const paras = paragraphs ?? paragraphSpans(text).paragraphs;
	const tokens: Token[] = [];
	const sentences: Sentence[] = [];
	const brokenRuns: Span[] = [];
	// What wink reads: each paragraph as it is shown to wink, joined by blank lines (PARAGRAPH_BREAK),
	// in one readDoc. (One readDoc per paragraph cost a third more: wink sets up every document afresh.)
	// Soft line breaks and carriage returns become spaces of the same length so wink does not split a
	// sentence there, and offsets still line up with the original text. Letters of Latin Extended
	// ("Erdoğan", "Babiš") become their base letter for wink (fold.ts); the values below come from the
	// original text.
	const shown: string[] = new Array(paras.length);
	const folds: (string | null)[] = new Array(paras.length);
	for (let p = 0; p < paras.length; p++) {
		const para = paras[p];
		const raw = text.slice(para.start, para.end);
		const guarded = breakLongRuns(showDoubledMarks(keepShortTitles(endSentences(foldForWink(raw.replace(/[\r\n\t]/g, ' '))))));
		folds[p] = guarded.text !== raw ? guarded.text : null;
		for (const r of guarded.broken) brokenRuns.push({ start: para.start + r.start, end: para.start + r.end });
		shown[p] = guarded.text;
	}
	reading = { neg: null, sa: null, rdd: null };
	let r: NonNullable<typeof reading>;
	try {
		nlp.readDoc(shown.join(PARAGRAPH_BREAK));
	} finally {
		r = reading;
		reading = null;
	}
	const rdd = r.rdd;
	if (!rdd) throw new Error('wink-nlp: the document read could not be reached');
	// wink's token index → ours (−1 for the blank lines between paragraphs, which wink reads as tokens)
	const ours = new Int32Array(rdd.numOfTokens).fill(-1);
	let words = 0;
	let p = 0;
	let at = paras.length ? paras[0].start : 0;
	for (let i = 0; i < rdd.numOfTokens; i++) {
		const w = ww.word(i, rdd);
		const read = w ? w.value : (itsValue(i, rdd) as string);
		// The blank line after a paragraph: the only line breaks in what wink read (several, after a
		// paragraph wink found no token in). Counted, not measured: wink's values are not always as long as
		// the text they came from, so offsets in the joined text would drift.
		if (read.charCodeAt(0) === 10) {
			p = Math.min(paras.length - 1, p + Math.max(1, Math.round(read.length / PARAGRAPH_BREAK.length)));
			at = paras[p].start;
			continue;
		}
		at += WinkWords.spaces(i, rdd);
		const para = paras[p];
		const folded = folds[p];
		// wink's value is the original text (folded: the text it read); guard against a mismatch rather
		// than drift silently.
		let start = at;
		let value = folded && folded.startsWith(read, start - para.start) ? text.slice(start, start + read.length) : read;
		// (an opening '' wink was shown as ` "`, showDoubledMarks(): one token of both marks)
		const doubled = read === '"' && !!folded && value === "'" && start > para.start && text.charCodeAt(start - 1) === 39;
		if (doubled) {
			start--;
			value = "''";
		}
		if (!text.startsWith(value, start)) {
			// Look a little way ahead only: an unbounded search per token would be quadratic.
			const found = text.slice(start, Math.min(para.end, start + value.length + 64)).indexOf(value);
			if (found >= 0) start += found;
		}
		const end = start + value.length;
		// (a short title's full stop wink was shown as a comma, keepShortTitles(): one token with the title)
		const last = tokens[tokens.length - 1];
		if (value === '.' && read === ',' && last && last.end === start && last.paragraph === p && JOINED_TITLES.has(last.normal)) {
			last.end = end;
			last.value += '.';
			last.normal += '.';
			last.lemma = last.normal;
			last.word = null;
			ours[i] = tokens.length - 1;
			at = end;
			continue;
		}
		// (two single marks typed for a double one, '' ’’ ‘‘ ``, which wink reads as two: one token, a
		// quotation mark as " is, so that the quotes stage reads them as it reads ")
		if (value.length === 1 && SINGLE_MARKS.includes(value) && last && last.value === value && last.end === start && last.paragraph === p) {
			last.end = end;
			last.value += value;
			last.normal = last.lemma = last.value;
			ours[i] = tokens.length - 1;
			at = end;
			continue;
		}
		// (a full stop wink was shown as "!" to end its sentence, endSentences(): a full stop again)
		const ended = value === '.' && read === '!';
		const normal = ended ? '.' : doubled ? value : w ? w.normal : (itsNormal(i, rdd) as string);
		const type = w ? w.type : (itsType(i, rdd) as string);
		ours[i] = tokens.length;
		tokens.push({
			start,
			end,
			value,
			normal,
			// wink gives no lemma for an unsplit "cannot" (and similar); the normal form stands in.
			lemma: ended ? '.' : doubled ? value : w ? ww.lemma(w, i, rdd) : ((itsLemma(i, rdd, addons) as string | undefined) ?? normal),
			pos: ww.pos(i, rdd),
			type,
			sentence: -1,
			paragraph: p,
			stop: w ? w.stop : (itsStop(i, rdd) as boolean),
			word: ended ? null : w
		});
		if (w ? w.wordlike : WORD_TYPES.has(type)) words++;
		at = end;
	}
	// wink's sentences, without the blank lines, and ended where a paragraph ends (as the blank line
	// between them always makes wink do)
	const addSentence = (first: number, last: number) => {
		// (a newsletter's heading in capitals glued to the front of its paragraph ends there: caps-lead.ts)
		const head = first === 0 || tokens[first - 1].paragraph !== tokens[first].paragraph ? capsLeadEnd(tokens, first, last) : -1;
		if (head > first) {
			addSentence(first, head - 1);
			first = head;
		}
		const idx = sentences.length;
		for (let t = first; t <= last; t++) tokens[t].sentence = idx;
		sentences.push({ start: tokens[first].start, end: tokens[last].end, firstToken: first, endToken: last + 1, paragraph: tokens[first].paragraph });
	};
	// A full stop between initials, with no space on either side, ends no sentence: wink ended one inside
	// "(R-S.C.)" and "D-N.Y.," (at "S." before "C."), cutting a senator's name from what he said. (Not a
	// full stop after a word: an extracted page may glue a heading on, "… style.Typing on the new …".)
	let first = -1;
	let last = -1;
	for (let k = 0; k < rdd.sentences.length; k++) {
		for (let i = rdd.sentences[k][0]; i <= rdd.sentences[k][1]; i++) {
			const t = ours[i];
			// (a blank line; or the second half of a doubled mark, joined to the first: ".'' It" stays one
			// token, in the sentence it closes)
			if (t < 0 || t === last) continue;
			if (first >= 0 && tokens[t].paragraph !== tokens[first].paragraph) {
				addSentence(first, last);
				first = -1;
			}
			if (first < 0) first = t;
			last = t;
		}
		const next = k + 1 < rdd.sentences.length ? ours[rdd.sentences[k + 1][0]] : -1;
		const runsOn = first >= 0 && next >= 0 && tokens[last].value === '.' && tokens[next].start === tokens[last].end && last > 0 && tokens[last - 1].end === tokens[last].start && /^\p{Lu}$/u.test(tokens[last - 1].value) && tokens[next].paragraph === tokens[last].paragraph && /^\p{L}/u.test(tokens[next].value);
		// ("Former Sec. of State Hillary Clinton", "the Dept. of Labor": an abbreviation's full stop before a
		// word in lower case ends no sentence either; review T of the 39th stop had a person "Sec")
		const abbreviation = first >= 0 && next >= 0 && !runsOn && tokens[last].value === '.' && last > 0 && tokens[last - 1].end === tokens[last].start && /^\p{Lu}\p{Ll}{1,3}$/u.test(tokens[last - 1].value) && tokens[next].paragraph === tokens[last].paragraph && /^\p{Ll}/u.test(tokens[next].value);
		// ("Sen. Johnny Isakson (R-Ga.), one of the few co-authors …, said": a comma, a semicolon or a colon
		// never opens a sentence; wink had ended one after "Ga.)")
		const punctuationNext = first >= 0 && next >= 0 && tokens[next].paragraph === tokens[last].paragraph && /^[,;:]$/.test(tokens[next].value);
		// ("NSA Director Adm. Michael Rogers", "Maj. Ann Lee": a title's abbreviation, quotes/titles.txt, before
		// a capitalised word; wink ended a sentence after "Adm.", and "Adm" became a person; review EE of the
		// 43rd stop)
		const title = first >= 0 && next >= 0 && !runsOn && tokens[last].value === '.' && last > 0 && tokens[last - 1].end === tokens[last].start && tokens[next].paragraph === tokens[last].paragraph && tokens[next].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[next].value) && /^\p{Lu}/u.test(tokens[last - 1].value) && titleWords().has(tokens[last - 1].value.toLowerCase() + '.');
		if (first >= 0 && !runsOn && !abbreviation && !punctuationNext && !title) {
			addSentence(first, last);
			first = -1;
		}
	}
	if (first >= 0) addSentence(first, last);
	// wink's sentiment and negation patterns in our token indices: [start, end, value or type] (a pattern
	// over a blank line between paragraphs is left out: reading them one by one, wink never saw one)
	const sa: number[] = [];
	const neg: number[] = [];
	const within = (a: number, b: number) => ours[a] >= 0 && ours[b] >= 0 && ours[b] - ours[a] === b - a && tokens[ours[a]].paragraph === tokens[ours[b]].paragraph;
	const rsa = r.sa ?? [];
	for (let k = 0; k < rsa.length; k++) if (within(rsa[k][0], rsa[k][1])) sa.push(ours[rsa[k][0]], ours[rsa[k][1]], Number(rsa[k][2]));
	const rneg = r.neg ?? [];
	for (let k = 0; k < rneg.length; k++) if (within(rneg[k][0], rneg[k][1])) neg.push(ours[rneg[k][0]], ours[rneg[k][1]], rneg[k][2] === '2' ? 1 : 0);
	retagSurnames(tokens, sentences);
	return { tokens, sentences, words, brokenRuns, winkMatches: matchesByToken(tokens.length, sa, neg) };
}

/** Between paragraphs in what wink reads: a blank line ends a sentence for it. */
const PARAGRAPH_BREAK = '\n\n';

/** The patterns as per-token arrays (WinkMatches). */
function matchesByToken(n: number, sa: number[], neg: number[]): WinkMatches {
	const m: WinkMatches = { saEnd: new Int32Array(n).fill(-1), saValue: new Float64Array(n), negEnd: new Int32Array(n).fill(-1), negStop: new Uint8Array(n) };
	for (let k = 0; k < sa.length; k += 3) {
		m.saEnd[sa[k]] = sa[k + 1];
		m.saValue[sa[k]] = sa[k + 2];
	}
	for (let k = 0; k < neg.length; k += 3) {
		m.negEnd[neg[k]] = neg[k + 1];
		m.negStop[neg[k]] = neg[k + 2];
	}
	return m;
}

// How many words a stretch of text holds: count-words.ts (split from this file, which had passed 500 lines).
export { countWords } from './count-words.js';
