// Quote spans: pairing quotation marks into quoted spans, paragraph by paragraph.
//
// Marks are paired on the characters, not on wink's tokens, because a typed straight quote carries no
// direction: a straight `"` toggles, a curly `“` opens and `”` closes. Single quotes are left alone:
// inside double quotes they are nested quotes (part of the content), elsewhere they are far more often
// apostrophes than quotation marks.
import type { Span } from '../types.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const MARK_AFTER_WORD = /[,.?!…\p{L}\p{N}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_OR_STOP = /[\p{L}\p{N},.?!…]/u;
const WORD_NEXT = /^\s?[\p{L}\p{N}…]/u;
const ATTRIBUTION_START = /^[\p{Lu}]|^(?:he|she|they|it|said|says|a|an|the|one)\b/u;
const UPPER_START = /^[\p{Lu}]/u;
const OPENS_AFTER = /[\s([{—–]/u;
const OPENS_BEFORE = /[\p{L}\p{N}…$£€]/u;

export const OPEN_MARKS = '“„«';
export const CLOSE_MARKS = '”»';
export const STRAIGHT = '"';
/** Is c a character the scan in markedSpans acts on: “ „ « ” » " and ’ ‘ ' ` of the doubled forms? */
const isMarkCode = (c: number): boolean =>
	c < 0x80 ? c === 34 || c === 39 || c === 96 : c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x201e;
export const ANY_MARK = /["“”„«»]/;
/** A token that is a quotation mark: one double mark, or two single ones typed for it (’’ '' ‘‘ ``). */
export const MARK_TOKEN = /^(?:["“”„«»]|’’|''|‘‘|``)$/;

export interface MarkedSpan extends Span {
	/** Index of the opening mark. */
	open: number;
	/** Index of the closing mark, or -1 when the paragraph ended with the quote still open. */
	close: number;
	paragraph: number;
	/** The quote continues one left open at the end of the previous paragraph. */
	continues: boolean;
	/**
	 * The paragraph goes on with no opening mark and closes the quote the one before left open: a line
	 * break inside a quotation (a text with a sentence on each line), not a new paragraph of it. `open`
	 * is then the paragraph's start.
	 */
	runOn?: boolean;
}

const DOUBLE_MARK = /["“”„«»]/;

/** Do two single marks typed for a double one ('' ’’ ‘‘ ``) start at i? (The tokeniser reads them as one token too: nlp.ts.) */
export function isDoubledMark(text: string, i: number): boolean {
	const c = text[i];
	return (c === "'" || c === '’' || c === '‘' || c === '`') && text[i + 1] === c;
}

/**
 * The last ” or " in [from, to), or -1. Read within the paragraph only: lastIndexOf from its end ran
 * back over the whole text when the paragraph had none, which made a text of many quotes quadratic.
 */
function lastCloseIn(text: string, from: number, to: number): number {
	for (let i = to - 1; i >= from; i--) {
		const c = text.charCodeAt(i);
		if (c === 0x201d || c === 34) return i;
	}
	return -1;
}

/** Shrink a range to exclude surrounding whitespace. */
function trim(text: string, start: number, end: number): Span {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return { start, end };
}

/** Where the first double quotation mark in [start, end) is, or `end`. */
function firstDoubleMark(text: string, start: number, end: number): number {
	let c = start;
	while (c < end && !DOUBLE_MARK.test(text[c])) c++;
	return c;
}

/**
 * Does the mark at c close a quotation: a ” or a straight " right after a word or a stop and before no
 * letter ("… described by the US," Foreign Ministry spokesman Lu Kang said)?
 */
function closingMark(text: string, c: number): boolean {
	if (text[c] === '”') return true;
	return text[c] === STRAIGHT && c > 0 && WORD_OR_STOP.test(text[c - 1]) && !LETTER_OR_DIGIT.test(text[c + 1] ?? ' ');
}

/** How many paragraphs after the one it opened in a quotation may run over, with no mark, to the one that closes it. */
const RUN_ON_REACH = 4;

/**
 * Is the first double mark in the paragraphs from `p` up to `limit` a closing ” right after a word or a
 * stop, in a paragraph that opens with none? Then the paragraphs before it go on with an open quotation.
 */
function closedAhead(text: string, paragraphs: Span[], p: number, limit: number): boolean {
	for (let q = p; q < paragraphs.length && q < limit; q++) {
		const { start, end } = paragraphs[q];
		const c = firstDoubleMark(text, start, end);
		if (c === end) continue;
		return c > start && closingMark(text, c) && WORD_OR_STOP.test(text[c - 1]);
	}
	return false;
}

/** Every double-quoted span in the body, content only (inside the marks). */
export function markedSpans(text: string, paragraphs: Span[]): MarkedSpan[] {
	const out: MarkedSpan[] = [];
	let carried = false; // the previous paragraph ended inside an open quote
	let openedAt = -1; // the paragraph where that quote opened
	paragraphs.forEach((para, p) => {
		let open = -1;
		// where the paragraph's last closing mark is (a closing mark typed for an opening one needs one after it)
		const lastClose = lastCloseIn(text, para.start, para.end);
		let first = true;
		let from = para.start;
		// "“I think that was what they wanted. ¶ Nah, I have no problem with it,” Davis said.": the words
		// up to a closing mark, in a paragraph that opens with none after one left open, run on from it
		const left = carried ? out[out.length - 1] : undefined;
		if (left && left.close === -1 && left.paragraph === p - 1) {
			const c = firstDoubleMark(text, para.start, para.end);
			if (c < para.end && c > para.start && closingMark(text, c)) {
				const r = trim(text, para.start, c);
				if (r.end > r.start) out.push({ ...r, open: para.start, close: c, paragraph: p, continues: true, runOn: true });
				first = false;
				from = c + 1;
			} else if (c === para.end && closedAhead(text, paragraphs, p + 1, openedAt + RUN_ON_REACH + 1)) {
				// "… due to his apparent support for far-right groups. ¶ In retweeting … ¶ … of less than
				// this.”": a sentence on each line, no mark until the one that closes the quote a few lines on
				const r = trim(text, para.start, para.end);
				if (r.end > r.start) out.push({ ...r, open: para.start, close: -1, paragraph: p, continues: true, runOn: true });
				return;
			}
		}
		const push = (o: number, close: number) => {
			// (two single marks typed for an opening double one take two characters)
			const { start, end } = trim(text, o + (isDoubledMark(text, o) ? 2 : 1), close < 0 ? para.end : close);
			// A paragraph that opens with a quote mark after one left open continues that quote
			// (the convention for a quote running over several paragraphs).
			const continues = carried && first && o === para.start;
			first = false;
			if (end > start) out.push({ start, end, open: o, close, paragraph: p, continues });
		};
		for (let i = from; i < para.end; i++) {
			// Only quotation marks (single ones for the doubled forms) change anything below.
			if (!isMarkCode(text.charCodeAt(i))) continue;
			const c = text[i];
			// Two single marks typed for a double one (the AP's closing ’’, a typewriter's `` or ''):
			// they close (or open) a quotation like ” and “.
			const pair = c + (text[i + 1] ?? '');
			if (pair === '’’' || pair === "''") {
				if (open >= 0) {
					push(open, i);
					open = -1;
					i++;
					continue;
				}
				// The newspaper archives' style (NYT, LexisNexis): '' opens as well as closes a quotation.
				// It opens where an opening mark stands: after a space, a bracket or a dash, or at the
				// paragraph's start, and before a word.
				if (pair === "''" && OPENS_AFTER.test(text[i - 1] ?? ' ') && OPENS_BEFORE.test(text[i + 2] ?? ' ')) {
					open = i;
					i++;
					continue;
				}
			} else if (pair === '‘‘' || pair === '``') {
				if (open >= 0) push(open, -2 - i);
				open = i;
				i++;
				continue;
			}
			if (c === STRAIGHT) {
				if (open < 0) open = i;
				else {
					push(open, i);
					open = -1;
				}
			} else if (OPEN_MARKS.includes(c) && open >= 0 && MARK_AFTER_WORD.test(text[i - 1] ?? '') && !LETTER_OR_DIGIT.test(text[i + 1] ?? ' ')) {
				// “It's unusual,“ said ..., “Joker“ and: an opening mark typed where the closing one belongs
				// (right after the words, before a space or punctuation).
				push(open, i);
				open = -1;
			} else if (OPEN_MARKS.includes(c)) {
				// A second opening mark while one is open means the first was never closed (a typo,
				// or a straight mark mistaken for a curly one): end the first here.
				if (open >= 0) push(open, -2 - i);
				open = i;
			} else if (CLOSE_MARKS.includes(c) && open < 0 && c === '”' && !WORD_OR_STOP.test(text[i - 1] ?? ' ') && WORD_NEXT.test(text.slice(i + 1, i + 3)) && lastClose > i) {
				// "”Mr. Trump embodies …”": a closing mark typed for the opening one, before a word, with
				// no quote open and a closing mark later in the paragraph
				open = i;
			} else if (CLOSE_MARKS.includes(c)) {
				if (open >= 0) {
					push(open, i);
					open = -1;
				}
			}
		}
		if (open >= 0) push(open, -1);
		carried = open >= 0;
		if (carried) openedAt = p;
	});
	// A close of -2-i marks "ended by a new opening mark at i": the content runs to just before it.
	for (const m of out) {
		if (m.close < -1) {
			const r = trim(text, m.open + 1, -2 - m.close);
			m.start = r.start;
			m.end = r.end;
			m.close = -1;
		}
	}
	// A quotation left open to the end of its paragraph that ends on its own attribution ("“A,’ Marsh
	// said.", a single mark typed for the closing double one, or no closing mark at all): the words end at
	// the punctuation before the attribution, which stays outside the quote.
	for (const m of out) {
		// (not a line a quotation closed further on runs over: "Visits, I told them about the abuse." is hers)
		if (m.close !== -1 || m.runOn) continue;
		// (an attribution is short: only the last 300 characters are read, so time stays linear)
		const from = Math.max(m.start, m.end - 300);
		const cut = attributionTail(text.slice(from, m.end));
		if (cut < 0) continue;
		const close = from + cut;
		if (close <= m.start + 1) continue;
		const r = trim(text, m.open + 1, text[close - 1] === '’' || text[close - 1] === "'" ? close - 1 : close);
		m.start = r.start;
		m.end = r.end;
		m.close = text[close - 1] === '’' || text[close - 1] === "'" ? close - 1 : close - 1;
	}
	return out.filter((m) => m.end > m.start);
}

/** Speech verbs most often used in an attribution after a quote, in their past and present forms. */
const TAIL_VERBS = /^(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|explained|explains|noted|notes|argued|argues|insisted|insists|warned|warns|stated|states|claimed|claims|replied|replies|continued|continues|recalled|recalls|conceded|admitted|acknowledged|declared|announced|stressed|observed|remarked|concluded|tweeted|posted)$/i;

/**
 * Where the words of an open quotation end when it closes on an attribution: the index just after the
 * `,`/`?`/`!` (and a single closing mark, if typed) that a short attribution follows to the end —
 * "…,’ Marsh said.", "…, said Jane Roe, a director at Acme." — else -1. The attribution has a
 * speech verb among its first five words, at most twenty words, and no other sentence.
 */
function attributionTail(content: string): number {
	const re = /[,?!]['’]?\s+/g;
	let m: RegExpExecArray | null;
	let found = -1;
	while ((m = re.exec(content))) {
		const at = m.index + m[0].length;
		const tail = content.slice(at);
		const ws = tail.replace(/[.!?]+\s*$/, '').split(/\s+/).filter(Boolean);
		if (!ws.length || ws.length > 20 || /[.!?]\s+\S/.test(tail.replace(/\b(?:[A-Z][a-z]{0,3}|[A-Z])\./g, '')) || !ATTRIBUTION_START.test(tail)) continue;
		const v = ws.slice(0, 6).findIndex((w) => TAIL_VERBS.test(w.replace(/[,.]$/, '')));
		if (v < 0) continue;
		// the words before the verb are a speaker (capitalised or a pronoun or a description), or the verb comes first
		// (a name, a pronoun, or a description opened by an article: "the mayor asked")
		if (v > 0 && !/^(?:a|an|the|one)$/i.test(ws[0]) && !ws.slice(0, v).every((w) => UPPER_START.test(w) || /^(?:he|she|they|it|of|for)$/.test(w))) continue;
		found = m.index + 1 + (/['’]/.test(m[0][1] ?? '') ? 1 : 0);
		break;
	}
	return found;
}
