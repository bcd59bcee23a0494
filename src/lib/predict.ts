// Predict, then reveal: the questions a facilitator can ask the room before anyone sees a figure, the
// choices each offers, and the figure the text gives for each choice. Pure (plain data in, plain data
// out) and small: the server checks answers with it and the browser charts the reveal with it.
//
// Each question kind has a measure: a function from the collection's per-outlet figures to one value
// per choice, which choice the text points to (highest or lowest), the unit, how it is measured, and
// the evidence query that opens the passages behind each value (the same query the overview's bars
// use, so the reveal's bars lead where the charts' bars do). Adding a kind is adding an entry to KINDS
// and, if it is measured, to MEASURES.
import { SPEAKER_GROUPS } from '$analysis/types';
import type { OutletActor } from '$analysis/types';
import { actorKey, withoutInitials } from '$analysis/actors/outlets';
import { polarityOf } from '$analysis/actors/polarity';
import { MIN_COMMENTS, type OutletRow } from './shapes';
import { ALL_CATEGORIES } from './segments';

export type QuestionKind = 'loaded-own' | 'loaded-quoted' | 'voices' | 'group-space' | 'negative' | 'comments-negative' | 'free';

export const QUESTION_KINDS: readonly QuestionKind[] = ['loaded-own', 'loaded-quoted', 'voices', 'group-space', 'negative', 'comments-negative', 'free'];

/** What a kind's parameter is: nothing, one outlet, one speaker group, an actor's name, or the question itself. */
export type ParamKind = 'none' | 'outlet' | 'group' | 'actor' | 'prompt';

export interface Question {
	id: string;
	position: number;
	kind: QuestionKind;
	/** The outlet (voices), speaker group (group-space), actor (negative; may be '') or '' for the others. */
	param: string;
	/** The question as participants read it. */
	prompt: string;
	revealed: boolean;
}

export interface Choice {
	value: string;
	label: string;
}

export interface KindInfo {
	/** How the kind is listed for the facilitator. */
	title: string;
	param: ParamKind;
	/** Label of the parameter's field. */
	paramLabel?: string;
	/** The question participants read, from the parameter. */
	prompt(param: string): string;
	/** Why the kind cannot be asked of these outlets, or null. */
	unavailable?(outlets: OutletRow[]): string | null;
}

/** Speaker groups a participant can pick: "unclassified" (no speaker found) is nobody's voice. */
export const VOICE_GROUPS: readonly string[] = SPEAKER_GROUPS.filter((g) => g !== 'unclassified');

/** "Every outlet" in the voices question's outlet field: one question per outlet. */
export const EVERY_OUTLET = '*';

export const KINDS: Readonly<Record<QuestionKind, KindInfo>> = {
	'loaded-own': {
		title: 'Which outlet uses the most loaded language in its own words?',
		param: 'none',
		prompt: () => 'Which outlet uses the most loaded language in its own words (not quoting others)?'
	},
	'loaded-quoted': {
		title: 'Which outlet quotes the most loaded language?',
		param: 'none',
		prompt: () => 'Which outlet quotes people using the most loaded language?'
	},
	voices: {
		title: 'Whose voices dominate an outlet? (a speaker group; one question per outlet)',
		param: 'outlet',
		paramLabel: 'Outlet',
		prompt: (outlet) => `Whose voices dominate ${outlet}?`,
		unavailable: (outlets) => (outlets.length ? null : 'needs articles')
	},
	'group-space': {
		title: 'Which outlet gives the most space to one group of voices?',
		param: 'group',
		paramLabel: 'Speaker group',
		prompt: (group) => `Which outlet gives the most space to ${groupPhrase(group)}?`
	},
	negative: {
		title: 'Which outlet is most negative about a given actor?',
		param: 'actor',
		paramLabel: 'Actor (a person, country or organisation; optional)',
		prompt: (actor) => (actor ? `Which outlet is most negative about ${actor}?` : 'Which outlet’s writing is the most negative?')
	},
	'comments-negative': {
		title: 'Where are the reader comments most negative?',
		param: 'none',
		prompt: () => 'Under which outlet are the reader comments most negative?',
		unavailable: (outlets) => {
			const n = outlets.filter((r) => r.comments > 0).length;
			return n >= 2 ? null : n === 1 ? 'only one outlet has reader comments: nothing to compare it with' : 'no article has reader comments';
		}
	},
	free: {
		title: 'Your own question (the outlets are the choices; nothing is measured)',
		param: 'prompt',
		paramLabel: 'Your question',
		prompt: (text) => text
	}
};

export function groupPhrase(group: string): string {
	const plural: Record<string, string> = {
		government: 'government voices',
		'international body': 'international bodies',
		'rights group or NGO': 'rights groups and NGOs',
		media: 'other media',
		'expert or academic': 'experts and academics',
		business: 'business voices',
		citizen: 'ordinary citizens',
		other: 'other voices'
	};
	return plural[group] ?? `${group} voices`;
}

export function isQuestionKind(k: unknown): k is QuestionKind {
	return typeof k === 'string' && (QUESTION_KINDS as readonly string[]).includes(k);
}

/** What a participant can answer: the outlets, or (whose voices) the speaker groups. */
export function choicesFor(q: Pick<Question, 'kind' | 'param'>, outlets: OutletRow[]): Choice[] {
	if (q.kind === 'voices') return VOICE_GROUPS.map((g) => ({ value: g, label: g }));
	if (q.kind === 'comments-negative') return outlets.filter((r) => r.comments > 0).map((r) => ({ value: r.outlet, label: r.outlet }));
	return outlets.map((r) => ({ value: r.outlet, label: r.outlet }));
}

// ------------------------------------------------------------------------ measures

export interface MeasuredValue {
	/** The choice it measures (an outlet, or a speaker group). */
	choice: string;
	/** null: nothing to measure (no quotes, no comments). */
	value: number | null;
	/** The text it rests on ("12 terms in 806 words"). */
	sample: string;
	/** The outlet whose articles hold the evidence. */
	outlet: string;
	/** What the evidence views highlight (as the overview's bars: cat/voice, group, show). */
	query: Record<string, string> | null;
	/** A tone that rests on one leaning sentence: too little to call, shown neutral on the charts. */
	slight?: boolean;
	/** false: the value cannot be the text's answer (a tone the charts call neutral or positive is not "most negative"). */
	eligible?: boolean;
	/** For a density (per 1,000 words): the terms counted and the words they are counted in. */
	counted?: { terms: number; words: number };
}

export interface Measured {
	/** Axis title: what the value is ("loaded terms per 1,000 words, own words"). */
	unit: string;
	/** How a value is written ("per 1,000 words", "%", "on −1 … +1"). */
	format: 'per1000' | 'share' | 'tone';
	/** The choice the text points to has the highest or the lowest value. */
	best: 'highest' | 'lowest';
	/** How this is measured, and what it cannot see. */
	note: string;
	values: MeasuredValue[];
	/** The choice(s) the text points to (several on a tie); empty when nothing could be measured. */
	answer: string[];
	/**
	 * What the values leave out, when they are shares of one whole (whose voices: the quoted words
	 * whose speaker or group was not found). The reveal says how big it is, so nobody reads a
	 * group's 30 % as "most of the quotes" when half of them belong to nobody known.
	 */
	rest?: { value: number; sample: string; label: string };
	/** A caution the reveal adds after its answer: the figures rest on too little text to compare. */
	thin?: string;
	/** What the reveal says when no value can be the answer (instead of "nothing of this kind was found"). */
	none?: string;
	/**
	 * Pairs of choices (outlets) whose one article each carries the same text (analysis/same-text.ts):
	 * a tie between them is a copy's, and the reveal says so.
	 */
	sameText?: [string, string][];
}

/**
 * Pairs of outlets that each have one article, the two carrying the same text: their figures agree by
 * copy. (An outlet with several articles is compared by all of them, which no pair of texts decides.)
 */
export function sameTextOutlets(outlets: { outlet: string; articles: string[] }[], pairs: { a: string; b: string }[]): [string, string][] {
	const only = new Map(outlets.filter((o) => o.articles.length === 1).map((o) => [o.articles[0], o.outlet]));
	return pairs.flatMap((p) => (only.has(p.a) && only.has(p.b) ? [[only.get(p.a)!, only.get(p.b)!] as [string, string]] : []));
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * The actor of an outlet the facilitator means by `name`: the same key ("Russia", "the Kremlin"), the
 * fuller name whose last word it is ("Putin" → "Vladimir Putin"), the name the outlet uses, or a name
 * the typed one ends with ("Prince Andrew" → "Andrew").
 */
export function findOutletActor(r: OutletRow, name: string): OutletActor | null {
	const key = actorKey(name);
	if (!key) return null;
	const mentioned = (r.actors ?? []).filter((a) => a.sentences > 0);
	return (
		mentioned.find((a) => a.key === key) ??
		mentioned.find((a) => actorKey(a.name) === key) ??
		// ("Donald J. Trump" typed, the collection's key without the initial)
		mentioned.find((a) => a.key === withoutInitials(key)) ??
		mentioned.filter((a) => a.key.endsWith(` ${key}`)).sort((a, b) => b.sentences - a.sentences)[0] ??
		// ... or the end of the name typed: "Prince Andrew", "President Putin" for "Andrew", "Putin"
		mentioned.filter((a) => key.endsWith(` ${a.key}`)).sort((a, b) => b.sentences - a.sentences)[0] ??
		null
	);
}

/** The actors the outlets mention in their own words, most-mentioned first (names as the articles write them). */
export function mentionedActors(outlets: OutletRow[], limit = 12): string[] {
	const by = new Map<string, { name: string; sentences: number }>();
	for (const r of outlets)
		for (const a of r.actors ?? []) {
			if (a.sentences <= 0) continue;
			const e = by.get(a.key) ?? { name: a.name, sentences: 0 };
			e.sentences += a.sentences;
			by.set(a.key, e);
		}
	return [...by.values()]
		.sort((a, b) => b.sentences - a.sentences || a.name.localeCompare(b.name))
		.slice(0, limit)
		.map((a) => a.name);
}

/**
 * Tone toward one actor in an outlet's own words (compareOutlets' per-actor tone), with the sample it
 * rests on and the query that opens its sentences; null when the outlet does not mention the actor
 * outside quotes.
 */
export function actorTone(r: OutletRow, actor: string): { value: number; sample: string; query: Record<string, string>; slight: boolean; negative: boolean } | null {
	const a = findOutletActor(r, actor);
	if (!a) return null;
	// (slight: the charts show it neutral, one leaning sentence being too little to call)
	return { value: a.tone, sample: `${plural(a.sentences, 'sentence')}, ${plural(a.evidence, 'tone word')}`, query: { actor: a.key }, slight: polarityOf(a.tone) !== a.polarity, negative: a.polarity === 'negative' };
}

function winners(values: MeasuredValue[], best: 'highest' | 'lowest'): string[] {
	const known = values.filter((v) => v.value !== null && v.eligible !== false) as (MeasuredValue & { value: number })[];
	if (!known.length) return [];
	const pick = best === 'highest' ? Math.max(...known.map((v) => v.value)) : Math.min(...known.map((v) => v.value));
	// A "highest" of zero is no answer: nobody used any loaded term, nobody quoted that group.
	if (best === 'highest' && pick <= 0) return [];
	return known.filter((v) => Math.abs(v.value - pick) < 1e-9).map((v) => v.choice);
}

type Measure = (q: Pick<Question, 'kind' | 'param'>, outlets: OutletRow[]) => Omit<Measured, 'answer'> | null;

const shareOf = (r: OutletRow, group: string) => {
	const g = r.groups.find((x) => x.group === group);
	return { words: g?.words ?? 0, share: r.quotedWords ? (g?.words ?? 0) / r.quotedWords : null };
};

export const MEASURES: Readonly<Record<QuestionKind, Measure>> = {
	'loaded-own': (_q, outlets) => ({
		unit: 'loaded terms per 1,000 words, in the outlet’s own words',
		format: 'per1000',
		best: 'highest',
		note: 'Words and phrases from the loaded-terms list in each outlet’s body text outside quotation marks and outside what named speakers are reported to have said, and in quotes of the outlet’s own people (its spokesperson, its director: their words are the outlet’s own, unless the facilitator switched that rule off), per 1,000 words. A list cannot see sarcasm, or a neutral word used pointedly.',
		values: outlets.map((r) => ({
			choice: r.outlet,
			outlet: r.outlet,
			value: r.loaded.ownVoice,
			sample: `${plural(r.loaded.counts.ownVoice, 'term')} in ${plural(r.words, 'word')}`,
			counted: { terms: r.loaded.counts.ownVoice, words: r.words },
			query: { cat: ALL_CATEGORIES, voice: 'own' }
		}))
	}),
	'loaded-quoted': (_q, outlets) => ({
		unit: 'loaded terms per 1,000 words, quoted or reported',
		format: 'per1000',
		best: 'highest',
		note: 'Words and phrases from the loaded-terms list inside quotations (the speakers’ words the outlet chose to print), per 1,000 words of body text.',
		values: outlets.map((r) => ({
			choice: r.outlet,
			outlet: r.outlet,
			value: r.loaded.quoted,
			sample: `${plural(r.loaded.counts.quoted, 'term')} in ${plural(r.words, 'word')}`,
			counted: { terms: r.loaded.counts.quoted, words: r.words },
			query: { cat: ALL_CATEGORIES, voice: 'quoted' }
		}))
	}),
	voices: (q, outlets) => {
		const r = outlets.find((x) => x.outlet === q.param);
		if (!r) return null;
		const values = VOICE_GROUPS.map((g) => {
			const s = shareOf(r, g);
			return { choice: g, outlet: r.outlet, value: s.share, sample: `${plural(s.words, 'word')} of ${plural(r.quotedWords, 'quoted word')}`, query: s.words ? { group: g } : null };
		});
		const grouped = VOICE_GROUPS.reduce((n, g) => n + shareOf(r, g).words, 0);
		const restWords = Math.max(0, r.quotedWords - grouped);
		// The rest: speakers found with no group ("unclassified"), and quotes with no speaker at all
		const unclassified = Math.min(restWords, shareOf(r, 'unclassified').words);
		const restLabel =
			unclassified >= restWords ? 'speakers no group was found for (unclassified)' : unclassified > 0 ? 'speakers no group was found for, or quotes with no speaker found' : 'quotes with no speaker found';
		return {
			unit: `share of ${r.outlet}’s quoted words`,
			format: 'share',
			best: 'highest',
			note: `Each quote in ${r.outlet} (direct or reported) is attributed to a speaker and the speaker to a group; the bars are each group’s share of all ${plural(r.quotedWords, 'quoted word')}${r.quotedWords ? ', the rest being speakers no group was found for and quotes with no speaker found' : ''}.`,
			values,
			...(r.quotedWords && restWords
				? { rest: { value: restWords / r.quotedWords, sample: plural(restWords, 'word'), label: restLabel } }
				: {})
		};
	},
	'group-space': (q, outlets) => ({
		unit: `share of quoted words from ${groupPhrase(q.param)}`,
		format: 'share',
		best: 'highest',
		note: `The share of each outlet’s quoted words (direct and reported speech) that comes from speakers grouped as “${q.param}”.`,
		values: outlets.map((r) => {
			const s = shareOf(r, q.param);
			return { choice: r.outlet, outlet: r.outlet, value: s.share, sample: `${plural(s.words, 'word')} of ${plural(r.quotedWords, 'quoted word')}`, query: s.words ? { group: q.param } : null };
		})
	}),
	negative: (q, outlets) => {
		const actor = q.param.trim();
		const byActor = actor ? outlets.map((r) => actorTone(r, actor)) : [];
		// (an outlet the charts show as neutral, its tone resting on one sentence that leans: said with the
		// answer, so the reveal does not crown a figure the overview called too little to call)
		const slight = outlets.filter((_r, i) => byActor[i]?.slight).map((r) => r.outlet);
		if (actor && byActor.some((x) => x !== null))
			return {
				...(slight.length
					? {
							thin:
								slight.length > 1
									? `But the figures of ${list(slight)} rest on one sentence each that leans: too little to call (the charts show them as neutral).`
									: `But ${slight[0]}’s figure rests on one sentence that leans: too little to call (the charts show it as neutral).`
						}
					: {}),
				unit: `tone toward ${actor} (−1 to +1)`,
				format: 'tone',
				best: 'lowest',
				note:
					`The tone of the words each outlet uses about ${actor} in its own voice (quotes left out), from −1 (most negative) to +1: the mean over the sentences that mention ${actor}, scored on the words about it. ` +
					'A lexicon cannot see sarcasm, or a neutral word used pointedly: read the sentences.',
				// (the answer is an outlet the charts show as negative about the actor: a lowest tone that is
				// neutral there, "alert" in one sentence that names China as a place, is no answer)
				none: `No outlet is measurably negative about ${actor}: in its own words each is neutral or positive toward ${actor} on the charts.`,
				values: outlets.map((r, i) => {
					const t = byActor[i];
					return { choice: r.outlet, outlet: r.outlet, value: t?.value ?? null, sample: t?.sample ?? 'not mentioned in its own words', query: t?.query ?? null, ...(t?.slight ? { slight: true } : {}), ...(t && !t.negative ? { eligible: false } : {}) };
				})
			};
		return {
			unit: 'tone of the whole body text (−1 to +1)',
			format: 'tone',
			best: 'lowest',
			note:
				(actor ? `Not tone toward ${actor}: no outlet mentions ${actor} in its own words, so this is ` : 'This is ') +
				'the tone of each outlet’s whole body text, the mean of a lexicon score per paragraph (plain ones count 0), from −1 (most negative) to +1. It follows the subject as well as the writer: read the sentences.',
			values: outlets.map((r) => ({ choice: r.outlet, outlet: r.outlet, value: r.bodySentiment, sample: plural(r.words, 'word'), query: { show: 'sentiment' } }))
		};
	},
	'comments-negative': (_q, outlets) => {
		const few = outlets.filter((r) => r.comments > 0 && r.comments < MIN_COMMENTS);
		return {
			unit: 'mean tone of reader comments (−1 to +1)',
			format: 'tone',
			best: 'lowest',
			note: `The mean lexicon tone of each outlet’s reader comments, from −1 to +1. Fewer than ${MIN_COMMENTS} comments are too few to compare.`,
			values: outlets
				.filter((r) => r.comments > 0)
				.map((r) => ({ choice: r.outlet, outlet: r.outlet, value: r.commentSentiment, sample: plural(r.comments, 'comment'), query: { show: 'comments' } })),
			...(few.length ? { thin: `But ${list(few.map((r) => `${r.outlet} has ${plural(r.comments, 'comment')}`))}: too few to compare.` } : {})
		};
	},
	free: () => null
};

/** The figures the text gives for each choice of `q`; null for a question nothing measures. */
export function measure(q: Pick<Question, 'kind' | 'param'>, outlets: OutletRow[]): Measured | null {
	const m = MEASURES[q.kind]?.(q, outlets);
	return m ? { ...m, answer: winners(m.values, m.best) } : null;
}

export function formatValue(v: number | null, format: Measured['format']): string {
	if (v === null) return '—';
	if (format === 'share') return `${Math.round(v * 1000) / 10}%`;
	if (format === 'tone') return `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(2)}`;
	return `${(Math.round(v * 10) / 10).toFixed(1)} per 1,000 words`;
}

/** "A", "A and B", "A, B and C". */
export const list = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
