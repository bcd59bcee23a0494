// Binary searches over lists kept in text order (tokens, mentions, spans): one copy, used by every
// stage that looks up "the first one at or after this offset".
import type { Token } from './types.js';

/** Index of the first token that starts at or after `pos` (tokens are in text order). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].start < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The index after the last item whose key is at most `at`, in a list sorted by key (upper bound). */
export function upperBound<T>(list: readonly T[], at: number, key: (x: T) => number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (key(list[mid]) <= at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
