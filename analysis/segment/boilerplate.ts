// boilerplate.tsv: phrases of page furniture and their removal reasons, loaded once, and the
// matcher that finds the rule a line answers to (whole line, start, contains, top, list).
import { readDataFile } from '../data-files.js';
import type { RemovedReason } from '../types.js';
import { isSpace, words } from './patterns.js';

export const REASONS: readonly RemovedReason[] = [
	'advertisement',
	'navigation',
	'donation appeal',
	'share widget',
	'related links',
	'update note',
	"editor's note",
	'duplicate line',
	'byline',
	'dateline',
	'section label',
	'comment form',
	'contributor line',
	'truncated caption',
	'author bio',
	'promotion',
	'image placeholder',
	'print edition',
	'reading time',
	'copyright notice',
	'trackback',
	'outside the article'
];
const MATCHES = ['line', 'start', 'contains', 'top', 'list'] as const;
type Match = (typeof MATCHES)[number];
export interface Rule {
	match: Match;
	reason: RemovedReason;
	phrase: string;
}

/** Lower case, straight quotes, single spaces, no leading bullet: how lines and phrases are compared. */
export function key(s: string): string {
	// As `s.toLowerCase().replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"').replace(/^[•·▪◦‣●-]\s*/, '')
	// .replace(/\s+/g, ' ').trim()`, in one pass: every line of every page is keyed.
	const t = s.toLowerCase();
	let i = 0;
	if (t.length && BULLETS.includes(t[0])) {
		i = 1;
		while (i < t.length && isSpace(t.charCodeAt(i))) i++;
	}
	let out = '';
	let from = -1;
	let space = false;
	for (; i < t.length; i++) {
		const c = t.charCodeAt(i);
		if (isSpace(c)) {
			if (from >= 0) out += t.slice(from, i);
			from = -1;
			space = out !== '';
			continue;
		}
		const mapped = c === 0x2018 || c === 0x2019 || c === 0x2bc ? "'" : c === 0x201c || c === 0x201d ? '"' : null;
		if (space) {
			out += ' ';
			space = false;
		}
		if (mapped) {
			if (from >= 0) out += t.slice(from, i);
			from = -1;
			out += mapped;
		} else if (from < 0) from = i;
	}
	if (from >= 0) out += t.slice(from);
	return out;
}
const BULLETS = '•·▪◦‣●-';
// Trailing punctuation and spaces (/[\s:.!*…|›»]+$/), found by walking back from the end: it reads
// only the run itself, where a pattern would scan the whole line (and, without a look-behind, retry a
// long run of dots followed by a letter from every dot: quadratic).
/** s less its trailing run of spaces and marks. */
function bare(s: string): string {
	let e = s.length;
	while (e > 0 && isTrailingMark(s.charCodeAt(e - 1))) e--;
	return e === s.length ? s : s.slice(0, e);
}
/** words(bare(s)), read in place; counting stops once it passes `cap`. */
function bareWords(s: string, cap: number): number {
	let e = s.length;
	while (e > 0 && isTrailingMark(s.charCodeAt(e - 1))) e--;
	let n = 0;
	let inWord = false;
	for (let i = 0; i < e; i++) {
		const space = isSpace(s.charCodeAt(i));
		if (!space && !inWord && ++n > cap) return n;
		inWord = !space;
	}
	return n;
}
// : . ! * … | › »
const isTrailingMark = (c: number) => c === 58 || c === 46 || c === 33 || c === 42 || c === 0x2026 || c === 124 || c === 0x203a || c === 0xbb || isSpace(c);

export function parseBoilerplate(tsv: string): Rule[] {
	const rules: Rule[] = [];
	tsv.split(/\r?\n/).forEach((raw, i) => {
		if (!raw.trim() || raw.startsWith('#')) return;
		const [match, reason, phrase] = raw.split('\t');
		if (!MATCHES.includes(match as Match) || !REASONS.includes(reason as RemovedReason) || !phrase?.trim())
			throw new Error(`boilerplate.tsv line ${i + 1}: expected "match<TAB>reason<TAB>phrase" with a known match and reason, got ${JSON.stringify(raw)}`);
		const k = key(phrase);
		rules.push({ match: match as Match, reason: reason as RemovedReason, phrase: match === 'start' || match === 'contains' ? k : bare(k) });
	});
	return rules;
}

let rulesCache: Rule[] | null = null;

export function boilerplateRules(): Rule[] {
	if (!rulesCache) rulesCache = parseBoilerplate(readDataFile('segment', 'boilerplate.tsv'));
	return rulesCache;
}

/**
 * The rules by what a line must be to answer to them, so a line is not compared with each of the ~450
 * in turn. Positions are the rules' places in the file: the first rule (in file order) that a line
 * answers to wins, as in a plain scan.
 */
interface RuleIndex {
	/** First words (lower case) of the `start` rules of the `promotion` reason, which reach longer lines. */
	pitchFirstWords: Set<string>;
	/** `line` and `list` rules by phrase: the first position with that phrase. */
	whole: Map<string, number>;
	/** `top` rules by phrase. */
	top: Map<string, number>;
	/** `start` rules by the phrase's first character, in file order (an empty phrase under every key, and under ''). */
	start: Map<string, number[]>;
	/** `contains` rules, in file order. */
	contains: number[];
	/**
	 * `contains` rules by the phrase's first run of letters and digits (a phrase that starts with
	 * one can only be found where a line has that run whole), in file order; under '' the rules whose
	 * phrase starts otherwise, which every line must try.
	 */
	containsByRun: Map<string, number[]>;
	/** runHash() of every key of containsByRun: a line's run with another hash is no key, and is not sliced out to look up. */
	runHashes: Set<number>;
	/** The most words of any `line`, `list` or `top` phrase: a line with more cannot be one of them. */
	wholeWords: number;
}

const indexes = new WeakMap<Rule[], RuleIndex>();

function indexRules(rules: Rule[]): RuleIndex {
	let idx = indexes.get(rules);
	if (idx) return idx;
	idx = { whole: new Map(), top: new Map(), start: new Map(), contains: [], containsByRun: new Map(), runHashes: new Set(), wholeWords: 0, pitchFirstWords: new Set() };
	const empty: number[] = [];
	rules.forEach((r, n) => {
		if (r.match === 'line' || r.match === 'list' || r.match === 'top') idx!.wholeWords = Math.max(idx!.wholeWords, words(r.phrase));
		if (r.match === 'line' || r.match === 'list') {
			if (!idx!.whole.has(r.phrase)) idx!.whole.set(r.phrase, n);
		} else if (r.match === 'top') {
			if (!idx!.top.has(r.phrase)) idx!.top.set(r.phrase, n);
		} else if (r.match === 'contains') {
			idx!.contains.push(n);
			let e = 0;
			while (e < r.phrase.length && wordUnit(r.phrase, e)) e++;
			const run = r.phrase.slice(0, e);
			idx!.runHashes.add(runHash(run, 0, e));
			const list = idx!.containsByRun.get(run);
			if (list) list.push(n);
			else idx!.containsByRun.set(run, [n]);
		}
		else if (r.phrase === '') empty.push(n);
		else {
			if (r.reason === 'promotion') idx!.pitchFirstWords.add(firstWord(r.phrase));
			const list = idx!.start.get(r.phrase[0]);
			if (list) list.push(n);
			else idx!.start.set(r.phrase[0], [n]);
		}
	});
	if (empty.length) {
		for (const [k, list] of idx.start) idx.start.set(k, [...list, ...empty].sort((a, b) => a - b));
		idx.start.set('', empty);
	}
	indexes.set(rules, idx);
	return idx;
}

const WORD_UNIT = /[\p{L}\p{N}]/u;
/** The code unit at i is a letter or a digit (as containsPhrase() tests its neighbours). */
function wordUnit(s: string, i: number): boolean {
	const c = s.charCodeAt(i);
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
	return WORD_UNIT.test(s[i]);
}

/** A hash of s[start, end) (a run of letters and digits), to rule out most runs before a string is cut for a look-up. */
function runHash(s: string, start: number, end: number): number {
	let h = 0;
	for (let i = start; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
	return h;
}

/**
 * The `contains` rules a keyed line could answer to, in file order: those filed under one of the
 * line's runs of letters and digits, and those under ''. Most lines have none.
 */
function containsCandidates(k: string, idx: RuleIndex): number[] {
	let out: number[] | null = idx.containsByRun.get('') ?? null;
	let owned = false;
	for (let i = 0; i < k.length; ) {
		if (!wordUnit(k, i)) {
			i++;
			continue;
		}
		const start = i;
		let h = 0;
		while (i < k.length && wordUnit(k, i)) h = (Math.imul(h, 31) + k.charCodeAt(i++)) | 0;
		if (!idx.runHashes.has(h)) continue;
		const list = idx.containsByRun.get(k.slice(start, i));
		if (!list) continue;
		if (!out) out = list;
		else if (out !== list) {
			if (!owned) {
				out = out.slice();
				owned = true;
			}
			for (const n of list) if (!out.includes(n)) out.push(n);
		}
	}
	if (owned) out!.sort((a, b) => a - b);
	return out ?? NO_RULES;
}
const NO_RULES: number[] = [];

function containsPhrase(hay: string, phrase: string): boolean {
	let at = hay.indexOf(phrase);
	while (at >= 0) {
		const before = at === 0 ? ' ' : hay[at - 1];
		const after = at + phrase.length >= hay.length ? ' ' : hay[at + phrase.length];
		const okBefore = !WORD_UNIT.test(before) || !WORD_UNIT.test(phrase[0]);
		const okAfter = !WORD_UNIT.test(after) || !WORD_UNIT.test(phrase[phrase.length - 1]);
		if (okBefore && okAfter) return true;
		at = hay.indexOf(phrase, at + 1);
	}
	return false;
}

/** Long lines are prose: a phrase found inside a 100-word paragraph is quoted, not furniture. */
const PHRASE_MAX_WORDS = 40;
/** A text's first run of letters, in lower case ("If you enjoyed …" → "if"). */
function firstWord(text: string): string {
	return (FIRST_WORD.exec(text)?.[0] ?? '').toLowerCase();
}
const FIRST_WORD = /[\p{L}\p{N}]+/u;

/** ... but the outlet selling itself ("If you enjoyed this article, … Join …") may open a longer one. */
const PITCH_MAX_WORDS = 80;

export function ruleFor(text: string, top: boolean): Rule | null {
	const rules = boilerplateRules();
	const idx = indexRules(rules);
	const count = words(text, PITCH_MAX_WORDS);
	// Too long for any rule: past PHRASE_MAX_WORDS only whole-line rules apply (and, up to
	// PITCH_MAX_WORDS, a pitch whose first word could open one), and keying takes away no more than the
	// trailing run of marks and a leading bullet. Most of a page's text is such paragraphs, and keying
	// them is what this spares (keying every paragraph of 41–80 words cost the segmentation a tenth more).
	const pitch = count <= PITCH_MAX_WORDS && idx.pitchFirstWords.has(firstWord(text));
	if (count > PHRASE_MAX_WORDS && !pitch && bareWords(text, idx.wholeWords + 1) - 1 > idx.wholeWords) return null;
	const k = key(text);
	const b = bare(k);
	let best = idx.whole.get(b) ?? Infinity;
	if (top) best = Math.min(best, idx.top.get(b) ?? Infinity);
	if (count <= PITCH_MAX_WORDS) {
		for (const n of idx.start.get(k.length ? k[0] : '') ?? idx.start.get('') ?? []) {
			if (n >= best) break;
			const p = rules[n].phrase;
			// ("If you enjoyed this article, we have a proposition for you: Join …" runs long, listing
			// what members get; a paragraph of reporting does not open so)
			if (count > PHRASE_MAX_WORDS && rules[n].reason !== 'promotion') continue;
			if (k.startsWith(p) && (k.length === p.length || !WORD_UNIT.test(k[p.length]))) {
				best = n;
				break;
			}
		}
		for (const n of count <= PHRASE_MAX_WORDS ? containsCandidates(k, idx) : []) {
			if (n >= best) break;
			if (containsPhrase(k, rules[n].phrase)) {
				best = n;
				break;
			}
		}
	}
	return best === Infinity ? null : rules[best];
}

/** The reason a line heads a list of other stories or furniture ("Related stories", "Most read"), or null. */
export function listHeaderReason(text: string): RemovedReason | null {
	const r = ruleFor(text, false);
	return r?.match === 'list' ? r.reason : null;
}
