// Spans looked up by position. A long article has thousands of quotes and loaded terms; asking
// "which quote holds this word?" by scanning every quote for every word was quadratic. Sorted by
// start, with the longest span's length as the reach, a query reads only the spans that can touch it,
// and still answers with the first one in the list's own order, as Array.find would.
import type { Span } from './types.js';

export class SpanIndex<T extends Span> {
	private readonly order: number[];
	private readonly longest: number;

	constructor(private readonly spans: readonly T[]) {
		this.order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || a - b);
		this.longest = spans.reduce((m, s) => Math.max(m, s.end - s.start), 0);
	}

	/**
	 * The first span, in list order, that passes `test` among those starting in
	 * [from − longest, to]: every span that contains or overlaps [from, to) starts there.
	 */
	first(from: number, to: number, test: (s: T) => boolean): T | undefined {
		const { order, spans } = this;
		let lo = 0;
		let hi = order.length;
		const min = from - this.longest;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (spans[order[mid]].start < min) lo = mid + 1;
			else hi = mid;
		}
		let best = -1;
		for (let k = lo; k < order.length && spans[order[k]].start <= to; k++) {
			const i = order[k];
			if ((best < 0 || i < best) && test(spans[i])) best = i;
		}
		return best < 0 ? undefined : spans[best];
	}

	/** The first span in list order that contains [start, end). */
	containing(s: Span): T | undefined {
		return this.first(s.start, s.start, (d) => d.start <= s.start && d.end >= s.end);
	}

	/** The first span in list order that overlaps [start, end) and passes `test`. */
	overlapping(s: Span, test: (d: T) => boolean = () => true): T | undefined {
		return this.first(s.start, s.end, (d) => d.start < s.end && s.start < d.end && test(d));
	}
}
