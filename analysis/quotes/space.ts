// Quote space: how many words each quote gives its speaker, with no word counted twice. Quotes can
// overlap: a quoted fragment inside a reported clause of someone else, a mixed quote that holds another
// speaker's quotation, a statement interrupted by its attribution. Each word of the body goes to the
// innermost (shortest) quoted span that holds it, so the words of an article's quotes add up to the
// words inside quotes, and the speakers' shares add up to 100%.
import type { Span } from '../types.js';

/** The same word pattern as countWords (nlp.ts): letters and digits, with inner apostrophes, dots, hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const WORDCHAR = /[\p{L}\p{N}]/u;

/**
 * For each quote (given as the spans whose words are its own), the number of words it holds that no
 * shorter span of another quote holds too. Linear in the text covered plus the number of spans
 * (nesting is shallow, so the set of open spans stays small).
 */
export function quoteWords(text: string, quotes: Span[][]): number[] {
	const counts = quotes.map(() => 0);
	const spans: { start: number; end: number; q: number; len: number }[] = [];
	quotes.forEach((parts, q) => {
		for (const p of parts) if (p.end > p.start) spans.push({ start: p.start, end: p.end, q, len: p.end - p.start });
	});
	if (!spans.length) return counts;
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	const open: typeof spans = [];
	let next = 0;
	// Only the stretches some span covers are read.
	let from = spans[0].start;
	while (next < spans.length || open.length) {
		if (!open.length) from = Math.max(from, spans[next].start);
		// Never start inside a word: a span that begins mid-word holds none of it.
		while (from > 0 && from < text.length && WORDCHAR.test(text[from - 1]) && WORDCHAR.test(text[from])) from++;
		// The end of the stretch to scan: where the next span starts or an open one ends.
		WORD.lastIndex = from;
		const limit = Math.min(next < spans.length ? spans[next].start : Infinity, ...open.map((s) => s.end));
		let m: RegExpExecArray | null;
		while ((m = WORD.exec(text)) && m.index < limit) {
			const ws = m.index;
			const we = ws + m[0].length;
			let best: (typeof spans)[number] | null = null;
			for (const s of open) if (ws >= s.start && we <= s.end && (!best || s.len < best.len || (s.len === best.len && s.start > best.start))) best = s;
			if (best) counts[best.q]++;
			from = we;
		}
		from = Math.max(from, limit === Infinity ? text.length : limit);
		if (limit === Infinity && !open.length) break;
		// Close the spans that end here, open those that start here.
		for (let i = open.length - 1; i >= 0; i--) if (open[i].end <= from) open.splice(i, 1);
		while (next < spans.length && spans[next].start <= from) {
			if (spans[next].end > from) open.push(spans[next]);
			next++;
		}
		if (!open.length && next >= spans.length) break;
	}
	return counts;
}
