// Quotation marks in the body, and which of them are scare quotes: marks the outlet puts around a word
// or two to distance itself from it ("the “experts”", "a “reform”"). Most short quoted fragments are
// something else, and telling them apart is the whole job here:
// - a partial quote: someone's words, quoted after or before a speech verb ('called the plan "a
//   disgrace"', '"lifelong friend" whom she named') or attributed by the quotes stage;
// - a mention: a word talked about rather than used ('the word "invasion"', 'known as "caporalato"');
// - a name: a quoted name or title ('Operation "Warp Speed"', 'Benjamin "Bibi" Netanyahu', a place
//   or a quotation in a headline, where quotation marks report words.
// Mentions and names of laws and programmes ('the "red flag" law') are found with the sense rules
// (senses.ts, `mention` and `named`), since no term inside them counts either. The speech cues are
// data too (senses.tsv, `speech`); README.md beside this file explains each rule.
import { countWords } from '../nlp.js';
import { contextAt, loadSenses, type SenseRule } from './senses.js';
import type { Quote, Span, Token, Tokenised } from '../types.js';
import { tokenAt } from '../sorted.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const LETTER = /\p{L}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const SPACE_UPPER_FIRST = /^\s+\p{Lu}/u;
const WORD_RUN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const UPPER_OR_DIGIT_FIRST = /^[\p{Lu}\p{N}]/u;
const ABBREVIATION = /^\s*\p{Lu}{2,}\.?\s*$/u;
const POSSESSIVE = /^['’]s$/i;

const OPEN = '"“‘\'';
/** Is c one of OPEN (" “ ‘ ')? Asked of every character. */
const isOpenCode = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x2018;
const PAIRS: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

export interface MarkedSpan extends Span {
	/** Inner text between the marks. */
	inner: Span;
}

/**
 * Quotation-mark pairs within a paragraph-sized stretch. Single quotes count only when they open at a
 * word start and close at a word end, so apostrophes ("don't", "the players' union") are not taken.
 */
export function quotePairs(text: string): MarkedSpan[] {
	const out: MarkedSpan[] = [];
	for (let i = 0; i < text.length; i++) {
		if (!isOpenCode(text.charCodeAt(i))) continue;
		const c = text[i];
		const single = c === "'" || c === '‘';
		if (c === '"' || c === "'") {
			// A straight mark opens only after a space, an opening bracket or the start, before a non-space.
			const prev = i > 0 ? text[i - 1] : ' ';
			if (!/[\s([{\u2014\u2013-]/.test(prev) || /\s/.test(text[i + 1] ?? ' ')) continue;
		}
		const close = PAIRS[c].charCodeAt(0);
		// A quotation runs to its closing mark within the paragraph; past a few thousand characters
		// an unclosed mark is a typo, and scanning on would make long texts quadratic.
		const limit = Math.min(text.length, i + 5000);
		let j = i + 1;
		// (read as character codes: text[j] makes a new string for every character outside Latin-1)
		for (; j < limit; j++) {
			const d = text.charCodeAt(j);
			if (d === 10 && text.charCodeAt(j + 1) === 10) {
				j = -1;
				break;
			}
			if (d === close) {
				if (single) {
					// A closing single mark must end a word: not followed by a letter ("don't").
					if (LETTER.test(text[j + 1] ?? '')) continue;
				}
				break;
			}
		}
		if (j < 0 || j >= limit) continue;
		out.push({ start: i, end: j + 1, inner: { start: i + 1, end: j } });
		i = j;
	}
	return out;
}

/** Words a title leaves in lower case. */
const TITLE_SMALL = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'a', 'an', 'at', 'by', 'or', 'with']);

const isWord = (t: Token) => t.type !== 'punctuation' || t.value === '-';
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function contexts(rules: SenseRule[], kind: SenseRule['kind']): SenseRule[] {
	return rules.filter((r) => r.kind === kind);
}

/**
 * Someone's words quoted in part: a speech verb (or noun) within `reach` words before the opening mark
 * ('called the plan "a disgrace"', 'dismissed it as "a stunt"'), or within a few words after the
 * closing mark ('"a lifelong friend" whom she named'), or "according to" later in the sentence.
 */
function nearSpeech(tokens: Token[], p: MarkedSpan, speech: SenseRule[]): boolean {
	const before = tokenAt(tokens, p.start) - 1;
	const after = tokenAt(tokens, p.end);
	const sentence = tokens[before + 1]?.sentence;
	const isCue = (j: number, r: SenseRule) => {
		const t = tokens[j];
		if (!(t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'AUX')) return false;
		// ("self-declared", "self-proclaimed": the end of a compound word reports no one)
		if (tokens[j - 1]?.value === '-' && tokens[j - 1].end === t.start) return false;
		return contextAt(tokens, j, r.context) >= 0;
	};
	for (const r of speech) {
		for (let j = before, k = 0; j >= 0 && k < r.reach && tokens[j].sentence === sentence; j--) {
			if (!isWord(tokens[j])) continue;
			if (isCue(j, r)) return true;
			k++;
		}
		// After the quote, a speech verb close by with its own subject ('"a lifelong friend" whom Ford
		// named', '"a farce", she said'): at most four words on. Without a subject the quoted words are
		// the verb's subject ('the "experts" say', 'a "reform" that denies ...'): still the outlet's.
		// A common noun right after the closing mark is the head the quoted words modify ('the self-declared
		// "interim" government said'): the phrase is the verb's subject, not someone else's words.
		let subject = false;
		for (let j = after, k = 0; j < tokens.length && k < Math.min(4, r.reach) && tokens[j].sentence === sentence; j++) {
			if (!isWord(tokens[j])) continue;
			if (subject && tokens[j].pos !== 'NOUN' && isCue(j, r)) return true;
			const t = tokens[j];
			const head = k === 0 && j === after && t.pos === 'NOUN';
			if ((t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN') && !head && !/^(that|which|who|it)$/.test(t.normal)) subject = true;
			k++;
		}
	}
	// '… signed "false certifications" attesting they had made their rounds, according to court
	// records': the sentence names where its words come from, the marked ones with them
	return after < tokens.length && tokens[after].sentence === sentence && accordingLater(tokens)[after] === 1;
}

const accordingMemo = new WeakMap<Token[], Uint8Array>();
/** Per token: does "according to" come at or after it in its sentence? Read once per text, right to left. */
function accordingLater(tokens: Token[]): Uint8Array {
	let out = accordingMemo.get(tokens);
	if (out) return out;
	out = new Uint8Array(tokens.length);
	for (let j = tokens.length - 1; j >= 0; j--) {
		const sameNext = j + 1 < tokens.length && tokens[j + 1].sentence === tokens[j].sentence;
		out[j] = (tokens[j].normal === 'according' && tokens[j + 1]?.normal === 'to') || (sameNext && out[j + 1] === 1) ? 1 : 0;
	}
	accordingMemo.set(tokens, out);
	return out;
}

/**
 * A headline: a paragraph that is one sentence without a closing full stop, question or exclamation
 * mark. Headlines use quotation marks for words someone said ("Minister calls plan 'reckless'").
 */
export function headlineSentences(text: string, tok: Tokenised): Set<number> {
	const out = new Set<number>();
	const byPara = new Map<number, number[]>();
	tok.sentences.forEach((s, i) => {
		const l = byPara.get(s.paragraph);
		if (l) l.push(i);
		else byPara.set(s.paragraph, [i]);
	});
	for (const ids of byPara.values()) {
		if (ids.length !== 1) continue;
		const s = tok.sentences[ids[0]];
		const body = text.slice(s.start, s.end).trim();
		// Counting stops past 25: a long paragraph is not read to its end.
		const n = countWords(body, 0, body.length, 25);
		if (n < 3 || n > 25) continue;
		if (/[.!?…:;]["”’')\]]*$/.test(body)) continue;
		out.add(ids[0]);
	}
	return out;
}

/** One letter alone, in the marks' spaces. */
const LONE_LETTER = /^\s*\p{L}\s*$/u;
/** "Half-Life", "Spider-Man": one word of capitalised parts joined by hyphens. */
const HYPHENATED_TITLE = /^\s*\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)+\s*$/u;
/** "factcheckUK", "iPhone", "YouTube": a capital after a lower-case letter inside one word. */
const INNER_CAPITAL = /^\s*\S*\p{Ll}\p{Lu}\S*\s*$/u;

/**
 * Someone's words quoted in part with no speaker the quotes stage found: a pair around one to three
 * words right after (or before) a speech verb or noun ('has characterized them as "truthful"', 'called
 * the plan "a disgrace"'). Their words are not the outlet's voice (quotedSpans), as they are no scare quote.
 */
export function partialQuotes(text: string, tok: Tokenised, pairs: MarkedSpan[], rules: SenseRule[] = loadSenses()): Span[] {
	const speech = contexts(rules, 'speech');
	const out: Span[] = [];
	for (const p of pairs) {
		const n = countWords(text, p.inner.start, p.inner.end, 4);
		if (n >= 1 && n <= 3 && nearSpeech(tok.tokens, p, speech)) out.push(p.inner);
	}
	return out;
}

/**
 * Scare quotes: a quote-mark pair around one to three words that form a noun or adjective phrase,
 * used by the outlet itself: not someone's words, not a word being mentioned, not a name or a title.
 */
export function scareQuotes(text: string, tok: Tokenised, pairs: MarkedSpan[], quotes: Quote[], rules: SenseRule[] = loadSenses()): Span[] {
	const { tokens } = tok;
	const speech = contexts(rules, 'speech');
	const headlines = headlineSentences(text, tok);
	const out: Span[] = [];
	const candidates: { span: Span; key: string }[] = [];
	for (let pi = 0; pi < pairs.length; pi++) {
		const p = pairs[pi];
		const inner = text.slice(p.inner.start, p.inner.end);
		const n = countWords(inner);
		if (n < 1 || n > 3) continue;
		// Speech, not a term: a fragment that ends a sentence or a clause inside the marks ("No," he said).
		if (/[.,!?;:]\s*$/.test(inner)) continue;
		const first = tokenAt(tokens, p.inner.start);
		const sentence = tokens[first]?.sentence ?? -1;
		// A title or a name in quotes ("Operation Warp Speed", "March of Solidarity"): every word but
		// the small function words capitalised.
		const ws = (inner.match(WORD_RUN) ?? []).filter((w) => !TITLE_SMALL.has(w));
		if (ws.length > 1 && ws.every((w) => UPPER_OR_DIGIT_FIRST.test(w))) continue;
		// A word-part or a letter being talked about ("-isms", "W", an inverted "T" of keys).
		if (/^\s*-/.test(inner) || LONE_LETTER.test(inner)) continue;
		// A name written as one word: a title whose hyphenated parts are all capitalised ("Half-Life",
		// "Spider-Man"), or a word with a capital inside it, an account or a brand ("factcheckUK", "iPhone")
		if (HYPHENATED_TITLE.test(inner) || INNER_CAPITAL.test(inner)) continue;
		// A nickname inside a name: Benjamin "Bibi" Netanyahu.
		if (UPPER_FIRST.test(inner) && SPACE_UPPER_FIRST.test(text.slice(p.end, p.end + 3))) continue;
		if (headlines.has(sentence)) continue;
		if (nearSpeech(tokens, p, speech)) continue;
		// A scare quote marks a term: a noun or an adjective phrase. A fragment with a verb or a pronoun
		// ("foster hatred", "I can't breathe") is someone's words quoted in part.
		const innerTokens: Token[] = [];
		for (let k = first; k < tokens.length && tokens[k].end <= p.inner.end; k++) innerTokens.push(tokens[k]);
		if (innerTokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON')) continue;
		// ... in words, with a noun or an adjective: not a number, a code or a setting ("2", "1080p", "G7"),
		// nor only particles and adverbs ("for now").
		if (/\d/.test(inner) || !innerTokens.some((t) => t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN')) continue;
		// ... nor an abbreviation ("DWTS", "NATO"): a name shortened, not a term held at arm's length
		if (ABBREVIATION.test(inner)) continue;
		// A term defined right after it ("'torpor' — the term for …", "'X', which means …") is a word taught.
		if (DEFINED_AFTER.test(text.slice(p.end, p.end + 60))) continue;
		// A term glossed after a comma and "or" ("swollen lymph nodes, or 'buboes'") is the word for it.
		if (/,\s*or\s*$/.test(text.slice(Math.max(0, p.start - 6), p.start))) continue;
		// One of a series of quoted terms ('"race", "gender" and "identity"') names terms: a list, not a sneer.
		if (inSeries(text, pairs, pi)) continue;
		// Attributed: the quotes stage found a speaker for it, or it sits inside a direct quote.
		if (quotes.some((q) => overlaps(q, p.inner) && (q.kind === 'direct' || q.speaker))) continue;
		const lead = inner.length - inner.trimStart().length;
		const trail = inner.length - inner.trimEnd().length;
		candidates.push({ span: { start: p.inner.start + lead, end: p.inner.end - trail }, key: phraseKey(innerTokens) });
	}
	// A term of two words or more that the outlet also writes without marks ('diagnosed with "feather
	// duvet lung"' … 'Feather duvet lung is a type of …'): introduced, then used as its own word, not
	// held at arm's length
	const used = unmarkedUses(tokens, pairs, candidates.map((c) => c.key).filter((k) => k.includes(' ')));
	// The source's own word, quoted where the article quotes it at length too ('an "abnormal" sound' …
	// the alert says the employee reported "subtle and vague, but abnormal, sensations"): an echo of a
	// quotation, not a word held at arm's length
	const echoed = candidates.length ? quotedWords(tokens, pairs, text) : null;
	for (const c of candidates) if (!used.has(c.key) && !echoes(c.key, echoed)) out.push(c.span);
	return out;
}

/**
 * Is the term an echo of a longer quotation (quotedWords)? A single word must be one of five letters
 * or more: a short common word ("good", "few") is in most long quotations without echoing them.
 */
function echoes(key: string, quoted: string | null): boolean {
	return !!quoted && (key.includes(' ') || key.length >= 5) && quoted.includes(` ${key} `);
}

/** The words (phraseKey's forms) of every quotation of four words or more, space-separated, quotations apart. */
function quotedWords(tokens: Token[], pairs: MarkedSpan[], text: string): string {
	let out = ' ';
	for (const p of pairs) {
		if (countWords(text, p.inner.start, p.inner.end, 4) < 4) continue;
		for (let k = tokenAt(tokens, p.inner.start); k < tokens.length && tokens[k].end <= p.inner.end; k++) {
			const t = tokens[k];
			if (!isWord(t) || t.value === '-' || POSSESSIVE.test(t.value)) continue;
			out += t.normal.toLowerCase();
			// ("plenty of on-the-record statements": a word joined by hyphens is part of one word, and
			// '"record"' later is no echo of it)
			const joined = tokens[k + 1]?.value === '-' && tokens[k + 1].start === t.end && tokens[k + 2]?.start === tokens[k + 1].end && tokens[k + 2].end <= p.inner.end;
			out += joined ? '-' : ' ';
		}
		out += '| ';
	}
	return out;
}

/** A phrase's words in lower case, hyphens as spaces ("Feather-duvet lung" → "feather duvet lung"). */
function phraseKey(tokens: Token[]): string {
	// (a possessive's "'s" is no word of its own: “whistleblower’s” is one word)
	return tokens
		.filter((t) => isWord(t) && t.value !== '-' && !POSSESSIVE.test(t.value))
		.map((t) => t.normal.toLowerCase())
		.join(' ');
}

/**
 * Which of the phrases (phraseKey, two or three words) the text uses outside quotation marks. One pass:
 * at each token outside the marks whose word opens some phrase, the next two and three words are looked
 * up (a hyphen between them is no word).
 */
function unmarkedUses(tokens: Token[], pairs: MarkedSpan[], phrases: string[]): Set<string> {
	const found = new Set<string>();
	if (!phrases.length) return found;
	const wanted = new Set(phrases);
	const firsts = new Set(phrases.map((p) => p.slice(0, p.indexOf(' '))));
	const words: { w: string; marked: boolean }[] = [];
	let pi = 0;
	for (const t of tokens) {
		if (!isWord(t) || t.value === '-' || POSSESSIVE.test(t.value)) continue;
		while (pi < pairs.length && pairs[pi].end <= t.start) pi++;
		words.push({ w: t.normal.toLowerCase(), marked: pi < pairs.length && t.start >= pairs[pi].start });
	}
	for (let i = 0; i < words.length; i++) {
		if (words[i].marked || !firsts.has(words[i].w)) continue;
		let key = words[i].w;
		for (let n = 1; n < 3 && i + n < words.length && !words[i + n].marked; n++) {
			key += ' ' + words[i + n].w;
			if (wanted.has(key)) found.add(key);
		}
	}
	return found;
}

/** What follows a quoted term that is being defined: "— the term for …", ", which means …", "(meaning …". */
const DEFINED_AFTER = /^[\s,]*(?:[—–-]\s*)?(?:(?:the|a|an)\s+(?:\w+\s+)?(?:term|word|name|phrase|expression)\s+(?:for|used|that|scientists|doctors|researchers)\b|(?:which|that)\s+(?:means|refers\s+to|describes|is\s+short\s+for)\b|\(\s*(?:meaning|i\.e\.|short\s+for)\b)/i;

/** Is pairs[i] in a run of quoted terms joined by commas, "and" or "or" (a list of terms named)? */
function inSeries(text: string, pairs: MarkedSpan[], i: number): boolean {
	const p = pairs[i];
	const joins = (a: MarkedSpan | undefined, b: MarkedSpan | undefined) =>
		!!a && !!b && /^[\s,;/]*(?:(?:and|or|&)\s+)?$/.test(text.slice(a.end, b.start)) && b.start - a.end <= 8;
	return joins(pairs[i - 1], p) || joins(p, pairs[i + 1]);
}
