// Matching a speaker's words against the speaker groups' data file (speaker-groups.tsv): phrase<TAB>group,
// by whole words, the longest phrase first, so a facilitator can add "state media" without "state" or
// "media" deciding first; a party's name before a role gives way to the role; a name's hyphenated last
// word is read by its last part. groups.ts decides an entity's group from what these match.
import { SPEAKER_GROUPS, type GroupRule, type SpeakerGroup } from '../types.js';
import { compoundHead, pressWords, readDataFile } from './data.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const LETTER_LAST = /\p{L}$/u;
const LETTER = /\p{L}/u;

/** Parse the TSV text. Comment lines (#) and lines with an unknown group are skipped. */
export function parseGroupRules(text: string): GroupRule[] {
	const rules: GroupRule[] = [];
	for (const raw of text.split(/\r?\n/)) {
		if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
		const [pattern, group, kind] = raw.split('\t').map((s) => s?.trim());
		if (!pattern || !group) continue;
		const g = SPEAKER_GROUPS.find((x) => x.toLowerCase() === group.toLowerCase());
		// ("general manager	unclassified": a phrase that names no group, so "general" inside it decides nothing)
		if (!g) continue;
		const rule: GroupRule = { pattern: pattern.toLowerCase(), group: g };
		if (kind === 'name cased' || kind === 'cased') rule.cased = true;
		if (kind === 'lower') rule.lower = true;
		rules.push(rule);
	}
	return rules;
}

let cached: GroupRule[] | null = null;
export function loadGroupRules(): GroupRule[] {
	if (!cached) cached = parseGroupRules(readDataFile('speaker-groups.tsv'));
	return cached.map((r) => ({ ...r }));
}

const FELLOW_BEFORE_NOUN = /(^| )(?:fellow|veteran) (?!(?:at|of|in|with|for|and|on|from|who)\b)(?=\p{L})/gu;

/** Lower-case, curly apostrophes straightened, words separated by single spaces, padded for whole-word search. */
export function norm(s: string): string {
	// ("an ex-Secret Service agent": "ex-" is a word of its own, so the phrase after it matches)
	// (British and American spellings are one: "World Health Organisation" is the "… Organization")
	// ("fellow Sen. Ted Cruz", "a fellow Republican": "fellow" before another noun is a peer, no research
	// fellow; "veteran Democratic strategist Donna Brazile" is long in the trade, no former soldier)
	return ` ${s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}.'&-]+/gu, ' ').replace(/(^| )ex-(?=\p{L})/gu, '$1ex ').replace(/isation/g, 'ization').replace(FELLOW_BEFORE_NOUN, '$1').trim()} `;
}

/** Patterns as normalised once (matchGroup tries every rule on every field). */
const normPatterns = new Map<string, string>();

/**
 * Does the phrase occur as whole words? A trailing full stop in the text is allowed ("U.N." at a sentence
 * end), and so is a plural ending on its last word ("officers" for "officer", "prosecutors"): a group of
 * people speaks for the same side as one of them.
 */
function hasPhrase(hay: string, pattern: string): boolean {
	let p = normPatterns.get(pattern);
	if (p === undefined) {
		p = norm(pattern).trim();
		normPatterns.set(pattern, p);
	}
	if (!p) return false;
	let from = 0;
	for (;;) {
		const at = hay.indexOf(p, from);
		if (at < 0) return false;
		const before = hay[at - 1];
		let end = at + p.length;
		if (LETTER_LAST.test(p)) {
			if (hay.startsWith('es', end) && !LETTER.test(hay[end + 2] ?? ' ')) end += 2;
			else if (hay[end] === 's' && !LETTER.test(hay[end + 1] ?? ' ')) end += 1;
		}
		let after = hay[end];
		if (after === '.' && !p.endsWith('.')) after = hay[end + 1] ?? ' ';
		if (after === "'" ) after = ' '; // possessive: "Amnesty's"
		if (before === ' ' && (after === ' ' || after === undefined)) return true;
		from = at + 1;
	}
}

/** The group a phrase names and the rule that matched: the longest matching pattern wins. */
const matchCache = new WeakMap<GroupRule[], Map<string, { group: SpeakerGroup; pattern: string } | null>>();

export function matchGroup(rules: GroupRule[], field: string | null): { group: SpeakerGroup; pattern: string } | null {
	if (!field) return null;
	let cache = matchCache.get(rules);
	if (!cache) {
		cache = new Map();
		matchCache.set(rules, cache);
	}
	const hit = cache.get(field);
	if (hit !== undefined) return hit;
	const found = matchUncached(rules, field);
	// (a rules array is never changed once made; the cache is bounded for a long-lived server)
	if (cache.size > 5000) cache.clear();
	cache.set(field, found);
	return found;
}

/** A party's name as a word before a role (speaker-groups.tsv lists them as government). */
export const PARTY_ADJECTIVES = new Set(['republican', 'democratic', 'democrat', 'gop', 'conservative', 'labour', 'tory', 'liberal democrat', 'libertarian']);

/** Does `role` follow `party` in `hay` within two more words, with no "and", "of" or comma between? */
function roleAfter(hay: string, party: string, role: string): boolean {
	const p = hay.indexOf(party);
	const r = hay.indexOf(role, p + party.length);
	if (p < 0 || r < 0) return false;
	const between = hay.slice(p + party.length, r).trim();
	return !between || (between.split(/\s+/).length <= 2 && !/[,;]|\b(?:and|or|of|for|with|at)\b/.test(between));
}

function matchUncached(rules: GroupRule[], field: string): { group: SpeakerGroup; pattern: string } | null {
	const hay = norm(field);
	let best: GroupRule | null = null;
	let bestNotCitizen: GroupRule | null = null;
	let party: GroupRule | null = null;
	let afterParty: GroupRule | null = null;
	for (const r of rules) {
		if (!(r.pattern.startsWith('*') ? hasSuffix(hay, r.pattern.slice(1)) : hasPhrase(hay, r.pattern))) continue;
		if (r.cased && !capitalised(field, r.pattern)) continue;
		if (r.lower && !capitalised(field, r.pattern, false)) continue;
		if (!best || r.pattern.length > best.pattern.length) best = r;
		if (r.group !== 'citizen' && (!bestNotCitizen || r.pattern.length > bestNotCitizen.pattern.length)) bestNotCitizen = r;
		if (PARTY_ADJECTIVES.has(r.pattern)) party = r;
		else if (r.group !== 'unclassified' && (!afterParty || r.pattern.length > afterParty.pattern.length)) afterParty = r;
	}
	// "a Republican pollster", "a Democratic strategist": a party's name before a role is whose side
	// the role works for; the role decides (a pollster is an expert), unless the role is the party's own
	// ("a Republican senator", "a Democratic official": government either way)
	// (the role right after it, in the same phrase: not "the Republican front-runner and former host of …")
	if (party && afterParty && (best === party || bestNotCitizen === party) && roleAfter(hay, party.pattern, afterParty.pattern)) return { group: afterParty.group, pattern: afterParty.pattern };
	// "her husband and the magazine's editor": an ordinary person's role is the weakest evidence, unless
	// it holds the other ("a Twitter user" is no part of Twitter)
	const pick = bestNotCitizen && best && best.group === 'citizen' && hasPhrase(norm(best.pattern), bestNotCitizen.pattern) ? best : (bestNotCitizen ?? best);
	return pick && pick.group !== 'unclassified' ? { group: pick.group, pattern: pick.pattern } : null;
}

/** A name's last word joined by hyphens, each part capitalised: "Review-Journal", "Post-Dispatch". */
const TITLED_COMPOUND = /(?:^|\s)\p{Lu}[\p{L}.']*(?:-\p{Lu}[\p{L}.']*)*-(\p{Lu}[\p{L}.']*)$/u;

/**
 * An organisation's name that matched nothing whole, read by the last part of its last word when that
 * word is a compound of capitalised parts (a person's title is not read so: "Secretary-General" is no
 * general): a newspaper's ("the Las Vegas Review-Journal", "the St. Louis
 * Post-Dispatch", "the Charleston Gazette-Mail": the last part is a press word, press-words.txt) or
 * any name whose last part speaker-groups.tsv knows ("the Federation-Association"). Only the last part,
 * so "Post-Debate" says nothing, and not after a prefix, so neither does "Anti-Government".
 */
export function matchHyphenated(rules: GroupRule[], field: string): { group: SpeakerGroup; pattern: string } | null {
	const m = TITLED_COMPOUND.exec(field.trim());
	const last = m ? compoundHead(m[0].trim()) : null;
	if (!m || !last) return null;
	if (pressWords().has(last)) return { group: 'media', pattern: last };
	return matchUncached(rules, m[1]);
}

/**
 * Does the field hold the pattern somewhere with a capital first letter ("WHO", "Apple"), not only in
 * lower case? With `upper` false: somewhere in lower case ("citizens", not only "Citizens United").
 */
export function capitalised(field: string, pattern: string, upper = true): boolean {
	const lower = field.toLowerCase();
	for (let at = lower.indexOf(pattern); at >= 0; at = lower.indexOf(pattern, at + 1)) {
		const c = field[at];
		if ((c !== c.toLowerCase()) === upper) return true;
	}
	return false;
}

/** Does a word of the text end in this suffix ("*ologist" in "an immunologist at …")? */
function hasSuffix(hay: string, suffix: string): boolean {
	const suf = suffix.toLowerCase();
	if (!suf) return false;
	return hay.split(' ').some((w) => w.length > suf.length && w.endsWith(suf));
}
