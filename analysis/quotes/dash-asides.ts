// Asides set off by dashes: "Robert Royal—signaling growing alarm—has written:", "Jane Smith -- who
// led the inquiry -- said". A pair of dashes in one sentence around a few words, read like the commas
// of "Jane Smith, who led the inquiry, said": the subject is before the first dash, the verb after the
// second.
import type { Token } from '../types.js';

/** How many tokens an aside between dashes may hold. */
const ASIDE_REACH = 30;

/** A dash that sets words off: an em or en dash, or a hyphen or two with a space before (not "co-founder"). */
export function isAsideDash(toks: readonly Token[], i: number): boolean {
	const t = toks[i];
	if (!t) return false;
	if (t.value === '—' || t.value === '–') return true;
	return (t.value === '-' || t.value === '--') && i > 0 && toks[i - 1].end < t.start;
}

/** The opening dash of the aside whose closing dash is at `j` (reading left, not before `lo`), or -1. */
export function asideOpenBefore(toks: readonly Token[], j: number, lo: number): number {
	if (!isAsideDash(toks, j)) return -1;
	for (let k = j - 1; k > lo && j - k <= ASIDE_REACH; k--) {
		if (toks[k].sentence !== toks[j].sentence) return -1;
		if (isAsideDash(toks, k)) return k - 1 >= lo && k < j - 1 ? k : -1;
	}
	return -1;
}

/** The closing dash of the aside opened by the dash at `i` (reading right, before `hi`), or -1. */
export function asideCloseAfter(toks: readonly Token[], i: number, hi: number): number {
	if (!isAsideDash(toks, i)) return -1;
	for (let k = i + 1; k < hi && k - i <= ASIDE_REACH; k++) {
		if (toks[k].sentence !== toks[i].sentence) return -1;
		if (isAsideDash(toks, k)) return k > i + 1 ? k : -1;
	}
	return -1;
}
