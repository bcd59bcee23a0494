// Quote spans: pairing quotation marks into quoted spans, paragraph by paragraph.
//
// Marks are paired on the characters, not on wink's tokens, because a typed straight quote carries no
// direction: a straight `"` toggles, a curly `“` opens and `”` closes. Single quotes are left alone:
// inside double quotes they are nested quotes (part of the content), elsewhere they are far more often
// apostrophes than quotation marks.
import type { Span } from '../types.js';

export const OPEN_MARKS = '“„«';
export const CLOSE_MARKS = '”»';
export const STRAIGHT = '"';
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
}

/** Shrink a range to exclude surrounding whitespace. */
function trim(text: string, start: number, end: number): Span {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return { start, end };
}

/** Every double-quoted span in the body, content only (inside the marks). */
export function markedSpans(text: string, paragraphs: Span[]): MarkedSpan[] {
	const out: MarkedSpan[] = [];
	let carried = false; // the previous paragraph ended inside an open quote
	paragraphs.forEach((para, p) => {
		let open = -1;
		let first = true;
		const push = (o: number, close: number) => {
			const { start, end } = trim(text, o + 1, close < 0 ? para.end : close);
			// A paragraph that opens with a quote mark after one left open continues that quote
			// (the convention for a quote running over several paragraphs).
			const continues = carried && first && o === para.start;
			first = false;
			if (end > start) out.push({ start, end, open: o, close, paragraph: p, continues });
		};
		for (let i = para.start; i < para.end; i++) {
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
			} else if (pair === '‘‘' || pair === '``') {
				if (open >= 0) push(open, -2 - i);
				open = i + 1;
				i++;
				continue;
			}
			if (c === STRAIGHT) {
				if (open < 0) open = i;
				else {
					push(open, i);
					open = -1;
				}
			} else if (OPEN_MARKS.includes(c) && open >= 0 && /[,.?!…\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ')) {
				// “It's unusual,“ said ..., “Joker“ and: an opening mark typed where the closing one belongs
				// (right after the words, before a space or punctuation).
				push(open, i);
				open = -1;
			} else if (OPEN_MARKS.includes(c)) {
				// A second opening mark while one is open means the first was never closed (a typo,
				// or a straight mark mistaken for a curly one): end the first here.
				if (open >= 0) push(open, -2 - i);
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
	return out.filter((m) => m.end > m.start);
}
