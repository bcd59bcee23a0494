// Tallies of who gets quoted: per speaker and per group, for one article or all of an outlet's
// articles, after the facilitator's overrides. Pure functions over the quotes, so the dashboard can
// re-apply changed overrides without re-running the analysis. Names come from the text, so every map
// keyed by one is a Map or an object without a prototype: a speaker called "constructor" or
// "__proto__" is a speaker like any other.
import type { CueKind, Entity, EntityMention, GroupSummary, Quote, QuoteFix, Span, SpeakerGroup, SpeakerOverrides, SpeakerSummary } from '../types.js';

/** A facilitator's name-keyed setting, read as the object's own property only. */
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
	return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * A quote as the summary returns it. When an override changed the speaker or group, the analysis's own
 * values are kept beside it so applying a different set of overrides later starts from them again
 * rather than from the previous overrides' result.
 */
export interface SummarisedQuote extends Quote {
	originalSpeaker?: string | null;
	originalGroup?: SpeakerGroup;
	originalAffiliation?: string | null;
	/** Where the analysis found the speaker named, before the facilitator gave the quote another. */
	originalSpeakerSpan?: [number | null, number | null];
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Follow merge chains (A → B → C) to the final name; a cycle stops where it would repeat. */
function mergedName(name: string, merges: Record<string, string> | undefined): string {
	if (!merges) return name;
	const seen = new Set<string>([name]);
	let cur = name;
	for (let next = own(merges, cur); next !== undefined && next !== cur && !seen.has(next); next = own(merges, cur)) {
		cur = next;
		seen.add(cur);
	}
	return cur;
}

/** How much of a quote's words a correction keeps (QuoteFix.text). */
export const FIX_TEXT_LENGTH = 1000;

/**
 * Which quote a correction is about: the one at its place with its words; else the one with its words
 * elsewhere (the text was edited before it); else the one at its place whose words hold its words or
 * are held by them (a new version of the analysis drew the span a little differently). Undefined when
 * none is: the quote itself was edited, or is no longer found.
 */
export function fixedQuote<Q extends Quote>(quotes: readonly Q[], fix: QuoteFix): Q | undefined {
	const words = (q: Quote) => q.text.slice(0, FIX_TEXT_LENGTH);
	const here = quotes.find((q) => q.start === fix.start && q.end === fix.end && words(q) === fix.text);
	if (here) return here;
	let best: Q | undefined;
	for (const q of quotes) if (words(q) === fix.text && (!best || Math.abs(q.start - fix.start) < Math.abs(best.start - fix.start))) best = q;
	if (best) return best;
	let most = 0;
	for (const q of quotes) {
		const shared = Math.min(q.end, fix.end) - Math.max(q.start, fix.start);
		if (shared * 2 < Math.min(q.end - q.start, fix.end - fix.start) || shared <= most) continue;
		const t = words(q);
		if (t.includes(fix.text) || fix.text.includes(t)) (most = shared), (best = q);
	}
	return best;
}

/**
 * The facilitator's corrections of single quotes in one article: a quote given a speaker takes that
 * name (and the group and affiliation the article knows it by, if it quotes them elsewhere); a
 * passage that is no quote leaves the list. Quotes no correction matches stay as they are.
 */
function applyFixes(quotes: Quote[], fixes: QuoteFix[]): Quote[] {
	const gone = new Set<Quote>();
	const given = new Map<Quote, string>();
	const givenGroup = new Map<Quote, SpeakerGroup>();
	for (const f of fixes) {
		const q = fixedQuote(quotes, f);
		if (!q) continue;
		if (f.speaker === null) gone.add(q);
		else {
			given.set(q, f.speaker);
			if (f.group) givenGroup.set(q, f.group);
		}
	}
	if (!gone.size && !given.size) return quotes;
	const known = new Map<string, { group: SpeakerGroup; affiliation: string | null }>();
	for (const q of quotes) if (q.speaker && !given.has(q) && !known.has(q.speaker)) known.set(q.speaker, { group: q.group, affiliation: q.affiliation });
	const out: Quote[] = [];
	for (const q of quotes) {
		if (gone.has(q)) continue;
		const name = given.get(q);
		if (name === undefined || name === q.speaker) {
			out.push(q);
			continue;
		}
		const k = known.get(name);
		out.push({
			...q,
			speaker: name,
			speakerStart: null,
			speakerEnd: null,
			// (a name the analysis never met has the group its own words say, read when it was given:
			// "Ministry of Health" is government, "Ann Lee" unclassified until the facilitator says)
			group: k?.group ?? givenGroup.get(q) ?? 'unclassified',
			affiliation: k?.affiliation ?? null,
			given: true,
			originalSpeaker: q.speaker,
			originalGroup: q.group,
			originalAffiliation: q.affiliation,
			originalSpeakerSpan: [q.speakerStart, q.speakerEnd]
		} as SummarisedQuote);
	}
	return out;
}

/**
 * Apply the facilitator's corrections of single quotes (those of `article`), then speaker merges and
 * group changes. Starts from each quote's original values, so it is repeatable and a smaller set of
 * overrides undoes the earlier ones ({} restores the analysis, except for a quote an earlier set
 * removed: start from the analysis for that).
 */
export function applyOverrides(quotes: Quote[], overrides?: SpeakerOverrides, article?: string): SummarisedQuote[] {
	const restored = quotes.map((q) => {
		const s = q as SummarisedQuote;
		const { originalSpeaker, originalGroup, originalAffiliation, originalSpeakerSpan, given: _given, ...rest } = s;
		return {
			...rest,
			speaker: originalSpeaker !== undefined ? originalSpeaker : q.speaker,
			group: originalGroup ?? q.group,
			affiliation: originalAffiliation !== undefined ? originalAffiliation : q.affiliation,
			...(originalSpeakerSpan ? { speakerStart: originalSpeakerSpan[0], speakerEnd: originalSpeakerSpan[1] } : {})
		} as Quote;
	});
	const fixes = article === undefined ? [] : (overrides?.quoteFixes ?? []).filter((f) => f.article === article);
	const base = fixes.length ? applyFixes(restored, fixes) : restored;
	if (!overrides || (!overrides.merges && !overrides.groups)) return base;
	// What a merge target is known as in the analysis: its own group and affiliation.
	const known = new Map<string, { group: SpeakerGroup; affiliation: string | null }>();
	for (const q of base) if (q.speaker && !known.has(q.speaker)) known.set(q.speaker, { group: q.group, affiliation: q.affiliation });
	return base.map((q) => {
		if (!q.speaker) return q;
		const name = mergedName(q.speaker, overrides.merges);
		const target = known.get(name);
		let group: SpeakerGroup = name !== q.speaker && target ? target.group : q.group;
		const affiliation = name !== q.speaker && target ? (target.affiliation ?? q.affiliation) : q.affiliation;
		const g = own(overrides.groups, name) ?? (name === q.speaker ? undefined : own(overrides.groups, q.speaker));
		if (g) group = g;
		if (name === q.speaker && group === q.group && affiliation === q.affiliation) return q;
		const s = q as SummarisedQuote;
		return {
			...q,
			speaker: name,
			group,
			affiliation,
			originalSpeaker: s.originalSpeaker !== undefined ? s.originalSpeaker : q.speaker,
			originalGroup: s.originalGroup ?? q.group,
			originalAffiliation: s.originalAffiliation !== undefined ? s.originalAffiliation : q.affiliation
		};
	});
}

interface Acc {
	quotes: number;
	words: number;
	/** First position per article the speaker appears in. */
	firsts: number[];
	cues: Map<string, number>;
	affiliation: string | null;
	group: SpeakerGroup;
	/** The analysis's own names merged into this speaker (one, unless the facilitator merged). */
	names: Set<string>;
	regrouped: boolean;
	given: boolean;
}

/** A Map as a plain record without a prototype (safe for any key, and prints as JSON). */
function record(m: Map<string, number>): Record<string, number> {
	const out = Object.create(null) as Record<string, number>;
	for (const [k, v] of m) out[k] = v;
	return out;
}

export interface QuoteTallies {
	speakers: SpeakerSummary[];
	groups: GroupSummary[];
	cues: Record<CueKind, number>;
	/** Quotes no speaker was found for; with the speakers they make up all the quoted words. */
	unattributed: { quotes: number; words: number; share: number };
}

/**
 * Totals across several articles (one article is the case of one). Shares are of all quoted words
 * (each word counted once, quotes.ts's quote space): the speakers' shares and the unattributed share
 * add up to 1, and so do the groups' (a quote without a speaker counts as "unclassified"). With the
 * article's entities (one article only), each speaker also gets the evidence for its group and
 * affiliation and every mention of it in the text.
 */
export function tallyQuotes(items: { id?: string; quotes: Quote[]; bodyLength: number; entities?: Entity[] }[], overrides?: SpeakerOverrides): QuoteTallies {
	const speakers = new Map<string, Acc>();
	const groups = new Map<SpeakerGroup, Acc>();
	const cues: Record<CueKind, number> = { neutral: 0, loaded: 0 };
	const unattributed = { quotes: 0, words: 0, share: 0 };
	let total = 0;
	const fresh = (group: SpeakerGroup, affiliation: string | null): Acc => ({ quotes: 0, words: 0, firsts: [], cues: new Map(), affiliation, group, names: new Set(), regrouped: false, given: false });
	for (const item of items) {
		// Without overrides the quotes are taken as they stand (they may already carry applied overrides).
		const qs = overrides ? applyOverrides(item.quotes, overrides, item.id) : item.quotes;
		const len = Math.max(1, item.bodyLength);
		const firstHere = new Map<string, number>();
		const groupFirstHere = new Map<SpeakerGroup, number>();
		for (const q of qs) {
			total += q.words;
			if (q.cue) cues[q.cueKind] += 1;
			const group = q.speaker ? q.group : 'unclassified';
			const g = groups.get(group) ?? fresh(group, null);
			g.quotes++;
			g.words += q.words;
			groups.set(group, g);
			groupFirstHere.set(group, Math.min(groupFirstHere.get(group) ?? Infinity, q.start / len));
			if (!q.speaker) {
				// unattributed words count in the totals, not for anyone
				unattributed.quotes++;
				unattributed.words += q.words;
				continue;
			}
			const s = speakers.get(q.speaker) ?? fresh(q.group, q.affiliation);
			s.quotes++;
			s.words += q.words;
			if (!s.affiliation && q.affiliation) s.affiliation = q.affiliation;
			const sq = q as SummarisedQuote;
			// (a quote the facilitator gave a speaker: the name the analysis had is someone else's)
			s.names.add(q.given ? q.speaker : (sq.originalSpeaker ?? q.speaker));
			if (q.given) s.given = true;
			else if (sq.originalGroup !== undefined && sq.originalGroup !== q.group) s.regrouped = true;
			if (q.cue) {
				const c = q.cue.toLowerCase();
				s.cues.set(c, (s.cues.get(c) ?? 0) + 1);
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
	const entities = items.length === 1 ? new Map((items[0].entities ?? []).map((e) => [e.name, e] as const)) : null;
	unattributed.share = round(share(unattributed.words));
	return {
		speakers: [...speakers.entries()]
			.map(([speaker, a]) => {
				const out: SpeakerSummary = {
					speaker,
					affiliation: a.affiliation,
					group: a.group,
					quotes: a.quotes,
					words: a.words,
					share: round(share(a.words)),
					firstPosition: round(Math.min(1, mean(a.firsts))),
					cues: record(a.cues)
				};
				if (entities) {
					// The speaker's entity (the merge target's, else the first merged name's) shows why.
					const main = entities.get(speaker) ?? [...a.names].map((n) => entities.get(n)).find(Boolean);
					out.groupEvidence = main?.groupEvidence ?? null;
					out.affiliationEvidence = main?.affiliationEvidence ?? null;
					const mentions: EntityMention[] = [];
					for (const n of new Set([speaker, ...a.names])) mentions.push(...(entities.get(n)?.mentions ?? []));
					out.mentions = mentions.sort((x, y) => x.start - y.start);
					if (a.regrouped) out.regrouped = true;
					if (a.given) out.given = true;
				}
				return out;
			})
			.sort(order),
		groups: [...groups.entries()]
			.map(([group, a]) => ({ group, quotes: a.quotes, words: a.words, share: round(share(a.words)), firstPosition: round(Math.min(1, mean(a.firsts))) }))
			.sort(order),
		cues,
		unattributed
	};
}

/** One article (`article`, its id: the facilitator's corrections of its quotes): the quotes with overrides applied, and its tallies. */
export function summariseQuotes(quotes: Quote[], bodyLength: number, overrides?: SpeakerOverrides, entities?: Entity[], article?: string): QuoteTallies & { quotes: Quote[] } {
	const applied = overrides ? applyOverrides(quotes, overrides, article) : quotes;
	return { quotes: applied, ...tallyQuotes([{ quotes: applied, bodyLength, entities }]) };
}

/** Where the quotes' cues are ("said", "according to"); with `kind`, only cues of that kind ("neutral": not a loaded reporting verb). */
export function cueSpans(quotes: readonly Quote[], kind?: CueKind): Span[] {
	const out: Span[] = [];
	for (const q of quotes) if (q.cueStart != null && q.cueEnd != null && (!kind || q.cueKind === kind)) out.push({ start: q.cueStart, end: q.cueEnd });
	return out;
}
