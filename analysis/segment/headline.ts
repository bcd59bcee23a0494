// The headline of a text that was given none: the first heading-like line above the prose, or, in a
// plain-text copy, a first paragraph that ends like a sentence but is a headline all the same. Split
// from rules.ts, which classifies every line and asks this module which one is the headline.
import type { RemovedReason } from '../types.js';
import { allCapitals, type Line } from './rules.js';
import { words } from './patterns.js';

/**
 * "COLUMBIA, S.C. - The call-bank …", "MIAMI — Donald Trump …", "SPRINGFIELD, Ill. (AP) — …": a place
 * in capitals (its state or country after a comma, a wire's name in brackets) and a dash open the
 * story's first paragraph. A plain-text copy may write the dash as one or two hyphens.
 */
const PLACE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?\s*(?:\([^()\n]{1,30}\)\s*)?(?:--?|[—–])\s*\S/u;
/** A word of four letters or more, as written. */
const LONG_WORD = /\p{L}[\p{L}’'-]{3,}/gu;
/** A full stop, question or exclamation mark inside the line, then a new sentence. */
const INNER_SENTENCE = /[.!?]["'’”]?\s+["'‘“]?\p{Lu}\p{Ll}/u;

/** Words of four letters or more that title case may leave in lower case: prepositions and conjunctions. */
const TITLE_LOWER = new Set(['with', 'from', 'into', 'onto', 'over', 'than', 'that', 'this', 'upon', 'amid', 'about', 'after', 'before', 'under', 'without', 'while', 'when', 'against', 'during', 'through']);

/** Every word of four letters or more capitalised, but the prepositions and conjunctions title case may leave: title case. */
export function titleCased(text: string): boolean {
	const long = text.match(LONG_WORD) ?? [];
	return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w) || TITLE_LOWER.has(w));
}

/**
 * A first paragraph that is a plain-text copy's headline though it ends like a sentence, as archives
 * and some pastes give it ("Trump's rivals pull their punches.", "Cruz: Trump Would Put Liberals On
 * Court, … for Rubio."): one short sentence, and either the story's first paragraph after it opens
 * with a dateline, or it is written in title case, or it is much shorter than that paragraph.
 */
export function plainCopyHeadline(first: string, next: string | undefined): boolean {
	const n = words(first);
	if (n < 3 || n > 25 || INNER_SENTENCE.test(first)) return false;
	return (next !== undefined && PLACE_DATELINE.test(next)) || titleCased(first) || shortAboveLonger(first, n, next);
}

/**
 * "The Trump-GOP feud lives on." above the story: a sentence of at most twelve words, not in quotation
 * marks, above a paragraph of twenty words or more and twice its length.
 */
function shortAboveLonger(first: string, n: number, next: string | undefined): boolean {
	return n <= 12 && !/^["“‘']|["”’']$/.test(first.trim()) && next !== undefined && words(next) >= Math.max(20, 2 * n);
}

/**
 * The index of the headline among the lines above the prose (`top`: the first line that reads as
 * running prose), removing a section label or a kicker in capitals that goes with it; -1 for none.
 */
export function pickHeadline(lines: Line[], top: number, isBody: (i: number) => boolean, remove: (i: number, reason: RemovedReason) => void): number {
	const cands = lines.map((_, i) => i).filter((i) => i < top && isBody(i));
	// (a kicker in capitals above the headline, "BLACK DEATH FEARS", "TECH: REVIEW", is not it when
	// another line can be)
	const headlineLike = (i: number) => words(lines[i].text) >= 2 && words(lines[i].text) <= 30 && !/[.:]$/.test(lines[i].text);
	// (nor is a section label of a few words above it, "U.S. news", when a longer headline follows)
	const plain = cands.filter((i) => headlineLike(i) && !allCapitals(lines[i].text));
	const label = plain.length >= 2 && words(lines[plain[0]].text) <= 3 && words(lines[plain[1]].text) >= 5;
	const pick = cands.find((i) => lines[i].heading) ?? (label ? plain[1] : plain[0]) ?? cands.find(headlineLike);
	if (label && pick === plain[1]) remove(plain[0], 'section label');
	// (and a kicker in capitals right above the headline picked goes with it: "BLACK DEATH FEARS")
	if (pick !== undefined && pick > 0 && cands.includes(pick - 1) && allCapitals(lines[pick - 1].text) && headlineLike(pick - 1)) remove(pick - 1, 'section label');
	if (pick !== undefined) return pick;
	// No heading-like line: the text's first paragraph may be a plain-text copy's headline.
	let first = 0;
	while (first < lines.length && !isBody(first)) first++;
	if (first >= lines.length || first > top) return -1;
	let next = first + 1;
	while (next < lines.length && !isBody(next)) next++;
	return plainCopyHeadline(lines[first].text, lines[next]?.text) ? first : -1;
}
