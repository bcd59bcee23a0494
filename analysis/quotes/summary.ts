// Tallies of who gets quoted: per speaker and per group, for one article or all of an outlet's
// articles, after the facilitator's overrides. Pure functions over the quotes, so the dashboard can
// re-apply changed overrides without re-running the analysis.
import type { CueKind, GroupSummary, Quote, SpeakerGroup, SpeakerOverrides, SpeakerSummary } from '../types.js';

/**
 * A quote as the summary returns it. When an override changed the speaker or group, the analysis's own
 * values are kept beside it so applying a different set of overrides later starts from them again
 * rather than from the previous overrides' result.
 */
export interface SummarisedQuote extends Quote {
	originalSpeaker?: string | null;
	originalGroup?: SpeakerGroup;
	originalAffiliation?: string | null;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Follow merge chains (A → B → C) to the final name; a cycle stops where it would repeat. */
function mergedName(name: string, merges: Record<string, string> | undefined): string {
	if (!merges) return name;
	const seen = new Set<string>([name]);
	let cur = name;
	while (merges[cur] !== undefined && merges[cur] !== cur && !seen.has(merges[cur])) {
		cur = merges[cur];
		seen.add(cur);
	}
	return cur;
}

/**
 * Apply speaker merges and group changes. Starts from each quote's original values, so it is repeatable
 * and a smaller set of overrides undoes the earlier ones ({} restores the analysis).
 */
export function applyOverrides(quotes: Quote[], overrides?: SpeakerOverrides): SummarisedQuote[] {
	const base = quotes.map((q) => {
		const s = q as SummarisedQuote;
		const { originalSpeaker, originalGroup, originalAffiliation, ...rest } = s;
		return {
			...rest,
			speaker: originalSpeaker !== undefined ? originalSpeaker : q.speaker,
			group: originalGroup ?? q.group,
			affiliation: originalAffiliation !== undefined ? originalAffiliation : q.affiliation
		} as Quote;
	});
	if (!overrides || (!overrides.merges && !overrides.groups)) return base;
	// What a merge target is known as in the analysis: its own group and affiliation.
	const own = new Map<string, { group: SpeakerGroup; affiliation: string | null }>();
	for (const q of base) if (q.speaker && !own.has(q.speaker)) own.set(q.speaker, { group: q.group, affiliation: q.affiliation });
	return base.map((q) => {
		if (!q.speaker) return q;
		const name = mergedName(q.speaker, overrides.merges);
		const target = own.get(name);
		let group: SpeakerGroup = name !== q.speaker && target ? target.group : q.group;
		const affiliation = name !== q.speaker && target ? (target.affiliation ?? q.affiliation) : q.affiliation;
		const g = overrides.groups?.[name] ?? (name === q.speaker ? undefined : overrides.groups?.[q.speaker]);
		if (g) group = g;
		if (name === q.speaker && group === q.group && affiliation === q.affiliation) return q;
		return { ...q, speaker: name, group, affiliation, originalSpeaker: q.speaker, originalGroup: q.group, originalAffiliation: q.affiliation };
	});
}

interface Acc {
	quotes: number;
	words: number;
	/** First position per article the speaker appears in. */
	firsts: number[];
	cues: Record<string, number>;
	affiliation: string | null;
	group: SpeakerGroup;
}

/** Totals across several articles (one article is the case of one). */
export function tallyQuotes(
	items: { quotes: Quote[]; bodyLength: number }[],
	overrides?: SpeakerOverrides
): { speakers: SpeakerSummary[]; groups: GroupSummary[]; cues: Record<CueKind, number> } {
	const speakers = new Map<string, Acc>();
	const groups = new Map<SpeakerGroup, Acc>();
	const cues: Record<CueKind, number> = { neutral: 0, loaded: 0 };
	let total = 0;
	for (const item of items) {
		// Without overrides the quotes are taken as they stand (they may already carry applied overrides).
		const qs = overrides ? applyOverrides(item.quotes, overrides) : item.quotes;
		const len = Math.max(1, item.bodyLength);
		const firstHere = new Map<string, number>();
		const groupFirstHere = new Map<SpeakerGroup, number>();
		for (const q of qs) {
			total += q.words;
			if (q.cue) cues[q.cueKind] += 1;
			const group = q.speaker ? q.group : 'unclassified';
			const g = groups.get(group) ?? { quotes: 0, words: 0, firsts: [], cues: {}, affiliation: null, group };
			g.quotes++;
			g.words += q.words;
			groups.set(group, g);
			groupFirstHere.set(group, Math.min(groupFirstHere.get(group) ?? Infinity, q.start / len));
			if (!q.speaker) continue; // unattributed words count in the totals, not for anyone
			const s = speakers.get(q.speaker) ?? { quotes: 0, words: 0, firsts: [], cues: {}, affiliation: q.affiliation, group: q.group };
			s.quotes++;
			s.words += q.words;
			if (!s.affiliation && q.affiliation) s.affiliation = q.affiliation;
			if (q.cue) {
				const c = q.cue.toLowerCase();
				s.cues[c] = (s.cues[c] ?? 0) + 1;
			}
			speakers.set(q.speaker, s);
			firstHere.set(q.speaker, Math.min(firstHere.get(q.speaker) ?? Infinity, q.start / len));
		}
		for (const [k, v] of firstHere) speakers.get(k)!.firsts.push(v);
		for (const [k, v] of groupFirstHere) groups.get(k)!.firsts.push(v);
	}
	// Across an outlet's articles, "first position" is the mean over the articles the speaker is quoted in:
	// how early they tend to appear, not the single earliest appearance.
	const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
	const share = (w: number) => (total ? w / total : 0);
	const order = (a: { words: number; quotes: number; firstPosition: number }, b: typeof a) => b.words - a.words || b.quotes - a.quotes || a.firstPosition - b.firstPosition;
	return {
		speakers: [...speakers.entries()]
			.map(([speaker, a]) => ({
				speaker,
				affiliation: a.affiliation,
				group: a.group,
				quotes: a.quotes,
				words: a.words,
				share: round(share(a.words)),
				firstPosition: round(Math.min(1, mean(a.firsts))),
				cues: a.cues
			}))
			.sort(order),
		groups: [...groups.entries()]
			.map(([group, a]) => ({ group, quotes: a.quotes, words: a.words, share: round(share(a.words)), firstPosition: round(Math.min(1, mean(a.firsts))) }))
			.sort(order),
		cues
	};
}

/** One article: the quotes with overrides applied, and its tallies. */
export function summariseQuotes(
	quotes: Quote[],
	bodyLength: number,
	overrides?: SpeakerOverrides
): { quotes: Quote[]; speakers: SpeakerSummary[]; groups: GroupSummary[]; cues: Record<CueKind, number> } {
	const applied = overrides ? applyOverrides(quotes, overrides) : quotes;
	const { speakers, groups, cues } = tallyQuotes([{ quotes: applied, bodyLength }]);
	return { quotes: applied, speakers, groups, cues };
}
