// A digest's or a newsletter's heading glued to the front of its paragraph: "DNC CHAIR DEBBIE WASSERMAN
// SCHULTZ RESIGNS After months of criticism …", "TWO DEAD, 16 INJURED IN FLORIDA NIGHTCLUB SHOOTING Three
// people have been detained …". In capitals a capital says nothing of names, and the heading is no clause:
// its words name no one and speak for no one (review CC of the 42nd stop had "DEAD" and "CORRUPT" as actors
// and "EUROPEANS" as a speaker). tokenise() ends a sentence after such a heading; the entity scan and the
// actors stage pass over its tokens.
import type { Token } from './types.js';
import { inVocabulary } from './nlp.js';
import { knownOrgNames, placeNames } from './quotes/data.js';

/** Characters of a word in capitals: capitals, figures, an apostrophe, a full stop, "&", a hyphen. */
const CAPS_CHARS = /^[\p{Lu}\d’'.&-]+$/u;
const UPPER = /\p{Lu}/gu;
/** A word in capitals, two letters or more, none in lower case ("DNC", "SCHULTZ", "AFRICA’S"; not "A"). */
const capsWord = (w: string): boolean => CAPS_CHARS.test(w) && (w.match(UPPER)?.length ?? 0) >= 2;
/** What opens the sentence after such a heading: a capital ("After months …", "Police said"), not a
 * lower-case word that goes on with the phrase ("A CNN/ORC poll …", "U.S. NAVY SEALS rescued …"). */
const OPENS = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The tokens of the headings of one token array, asked for by several stages: kept per array. */
const leadsOf = new WeakMap<readonly Token[], Uint8Array>();

/**
 * The tokens of such headings: a paragraph that opens with three words in capitals or more (figures and
 * punctuation between them allowed), up to the first word with a lower-case letter, which opens with a
 * capital (capsLeadEnd). 1 for each.
 */
export function capsLeads(tokens: readonly Token[]): Uint8Array {
	let out = leadsOf.get(tokens);
	if (out) return out;
	out = new Uint8Array(tokens.length);
	for (let i = 0; i < tokens.length; i++) {
		if (i > 0 && tokens[i - 1].paragraph === tokens[i].paragraph) continue;
		let last = i;
		while (last + 1 < tokens.length && tokens[last + 1].paragraph === tokens[i].paragraph) last++;
		const end = capsLeadEnd(tokens, i, last);
		if (end > i) out.fill(1, i, end);
		else if (headingLine(tokens, i, last)) out.fill(1, i, last + 1);
		i = last;
	}
	leadsOf.set(tokens, out);
	return out;
}

/** The first token of [lo, hi) past a heading in capitals (capsLeads) that opens the range; lo when none does. */
export function afterHeading(tokens: readonly Token[], lo: number, hi: number): number {
	const heading = capsLeads(tokens);
	while (lo < hi && heading[lo]) lo++;
	return lo;
}

/**
 * Where a paragraph's heading in capitals ends, for tokens [first, last] of a sentence that opens a
 * paragraph: the first token of the rest (a word with a lower-case letter), or -1 when there is none.
 */
export function capsLeadEnd(tokens: readonly Pick<Token, 'value'>[], first: number, last: number): number {
	let k = first;
	let words = 0;
	while (k <= last && !LOWER.test(tokens[k].value)) {
		if (capsWord(tokens[k].value)) words++;
		k++;
	}
	if (!(words >= 3 && k <= last && OPENS.test(tokens[k].value))) return -1;
	// (an opening quotation mark or bracket before that word opens the rest: 'FARMERS ASK IF DROUGHT IS
	// HERE TO STAY "Across the plains, …" [Daily Ledger]' is a heading, then a quotation)
	while (k - 1 > first && OPENERS.has(tokens[k - 1].value)) k--;
	return k;
}
/** Marks that open what follows them: quotation marks and brackets. */
const OPENERS = new Set(['"', '“', '‘', "'", "''", '``', '«', '(', '[']);

/**
 * A line that is only a word or two of English in capitals, with a full stop or a colon at most: a
 * section's heading ("ABSTRACT.", "UPDATES:", "STAFF", "LETTERS."), which names no one (review NN of
 * the 48th stop had NYT's "ABSTRACT" an organisation, and "the search committee" merged into it).
 * Not an initialism or a name ("NATO.", "CNBC", "RUSSIA:"): each word four letters or more, in wink's
 * vocabulary, and no organisation or place the data files know.
 */
function headingLine(tokens: readonly Token[], first: number, last: number): boolean {
	let end = last;
	if (end > first && (tokens[end].value === '.' || tokens[end].value === ':')) end--;
	if (end - first > 1) return false;
	for (let k = first; k <= end; k++) {
		const w = tokens[k].value;
		const lower = w.toLowerCase();
		if (w.length < 4 || !capsWord(w) || !/^\p{Lu}+$/u.test(w) || !inVocabulary(lower) || knownOrgNames().has(lower) || placeNames().has(lower)) return false;
	}
	return true;
}
