// boilerplate.tsv: phrases of page furniture and their removal reasons, loaded once, and the
// matcher that finds the rule a line answers to (whole line, start, contains, top, list).
import { readDataFile } from '../data-files.js';
import type { RemovedReason } from '../types.js';
import { words } from './patterns.js';

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
	'trackback'
];
const MATCHES = ['line', 'start', 'contains', 'top', 'list'] as const;
type Match = (typeof MATCHES)[number];
export interface Rule {
	match: Match;
	reason: RemovedReason;
	phrase: string;
}

/** Lower case, straight quotes, single spaces, no leading bullet: how lines and phrases are compared. */
function key(s: string): string {
	return s
		.toLowerCase()
		.replace(/[‘’ʼ]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/^[•·▪◦‣●-]\s*/, '')
		.replace(/\s+/g, ' ')
		.trim();
}
// Trailing punctuation and spaces. The look-behind starts a match only where such a run starts: without
// it, a long run of dots followed by a letter is retried from every dot (quadratic).
const TRAILING_MARKS = /(?<![\s:.!*…|›»])[\s:.!*…|›»]+$/;
const bare = (s: string) => s.replace(TRAILING_MARKS, '');

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

function containsPhrase(hay: string, phrase: string): boolean {
	let at = hay.indexOf(phrase);
	while (at >= 0) {
		const before = at === 0 ? ' ' : hay[at - 1];
		const after = at + phrase.length >= hay.length ? ' ' : hay[at + phrase.length];
		const okBefore = !/[\p{L}\p{N}]/u.test(before) || !/[\p{L}\p{N}]/u.test(phrase[0]);
		const okAfter = !/[\p{L}\p{N}]/u.test(after) || !/[\p{L}\p{N}]/u.test(phrase[phrase.length - 1]);
		if (okBefore && okAfter) return true;
		at = hay.indexOf(phrase, at + 1);
	}
	return false;
}

/** Long lines are prose: a phrase found inside a 100-word paragraph is quoted, not furniture. */
const PHRASE_MAX_WORDS = 40;

export function ruleFor(text: string, top: boolean): Rule | null {
	const k = key(text);
	const b = bare(k);
	const n = words(text);
	for (const r of boilerplateRules()) {
		if (r.match === 'line' || r.match === 'list') {
			if (b === r.phrase) return r;
		} else if (r.match === 'top') {
			if (top && b === r.phrase) return r;
		} else if (n <= PHRASE_MAX_WORDS) {
			if (r.match === 'start' && k.startsWith(r.phrase) && (k.length === r.phrase.length || !/[\p{L}\p{N}]/u.test(k[r.phrase.length])))
				return r;
			if (r.match === 'contains' && containsPhrase(k, r.phrase)) return r;
		}
	}
	return null;
}

/** The reason a line heads a list of other stories or furniture ("Related stories", "Most read"), or null. */
export function listHeaderReason(text: string): RemovedReason | null {
	const r = ruleFor(text, false);
	return r?.match === 'list' ? r.reason : null;
}
