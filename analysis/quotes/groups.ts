// Speaker groups from an editable data file (speaker-groups.tsv): phrase<TAB>group. Matching is by
// whole words, longest phrase first, so a facilitator can add "state media" without "state" or
// "media" deciding first. Nothing matched means 'unclassified': a wrong group would skew a workshop's
// comparison more than an honest "we don't know".
import { SPEAKER_GROUPS, type GroupRule, type SpeakerGroup } from '../types.js';
import { readDataFile, stateKey, stateNames } from './data.js';

/** Parse the TSV text. Comment lines (#) and lines with an unknown group are skipped. */
export function parseGroupRules(text: string): GroupRule[] {
	const rules: GroupRule[] = [];
	for (const raw of text.split(/\r?\n/)) {
		if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
		const [pattern, group] = raw.split('\t').map((s) => s?.trim());
		if (!pattern || !group) continue;
		const g = SPEAKER_GROUPS.find((x) => x.toLowerCase() === group.toLowerCase());
		if (!g || g === 'unclassified') continue;
		rules.push({ pattern: pattern.toLowerCase(), group: g });
	}
	return rules;
}

let cached: GroupRule[] | null = null;
export function loadGroupRules(): GroupRule[] {
	if (!cached) cached = parseGroupRules(readDataFile('speaker-groups.tsv'));
	return cached.map((r) => ({ ...r }));
}

/** Lower-case, curly apostrophes straightened, words separated by single spaces, padded for whole-word search. */
function norm(s: string): string {
	return ` ${s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}.'&-]+/gu, ' ').trim()} `;
}

/** Does the phrase occur as whole words? A trailing full stop in the text is allowed ("U.N." at a sentence end). */
function hasPhrase(hay: string, pattern: string): boolean {
	const p = norm(pattern).trim();
	if (!p) return false;
	let from = 0;
	for (;;) {
		const at = hay.indexOf(p, from);
		if (at < 0) return false;
		const before = hay[at - 1];
		let after = hay[at + p.length];
		if (after === '.' && !p.endsWith('.')) after = hay[at + p.length + 1] ?? ' ';
		if (after === "'" ) after = ' '; // possessive: "Amnesty's"
		if (before === ' ' && (after === ' ' || after === undefined)) return true;
		from = at + 1;
	}
}

/**
 * The group for a speaker: the affiliation is tried first (it names the organisation), then the title,
 * then the name (institutional speakers such as "the Foreign Ministry"). Within one field the longest
 * matching pattern wins. A name that is a state, a capital or a seat of government (states.txt) is
 * the government.
 */
export function classifySpeaker(rules: GroupRule[], affiliation: string | null, title: string | null, name: string | null): SpeakerGroup {
	// "Ottawa says", "Norway announced", "the Elysee claims": a state, its capital or its seat of
	// government speaking is its government (states.txt). Only the whole name counts, so "Jane Doe of
	// Norway" is grouped by her title and organisation as usual.
	if (name && stateNames().has(stateKey(name))) return 'government';
	for (const field of [affiliation, title, name]) {
		if (!field) continue;
		const hay = norm(field);
		let best: GroupRule | null = null;
		for (const r of rules) if ((!best || r.pattern.length > best.pattern.length) && hasPhrase(hay, r.pattern)) best = r;
		if (best) return best.group;
	}
	return 'unclassified';
}
