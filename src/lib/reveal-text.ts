// Predict, then reveal: what the reveal says of one question, the room's answers against the text's
// figures (predict.ts measures them), in words that claim no more than the counts show. Pure, like
// predict.ts: the server, the question cards and the projector's slides use it alike.
import { formatValue, list, plural, type Choice, type Measured, type Question } from './predict';

// ------------------------------------------------------------------------ the room's answers

export interface Tally {
	choice: string;
	count: number;
}

/** What the reveal shows for one question. */
export interface Reveal {
	question: Question;
	choices: Choice[];
	/** Devices that answered this question. */
	answered: number;
	/** Answers per choice, every choice listed (answers for a choice no longer offered are kept, last). */
	tallies: Tally[];
	measured: Measured | null;
}

export function tallyAnswers(choices: Choice[], counts: Record<string, number>): Tally[] {
	const out: Tally[] = choices.map((c) => ({ choice: c.value, count: counts[c.value] ?? 0 }));
	for (const [choice, count] of Object.entries(counts)) if (!choices.some((c) => c.value === choice)) out.push({ choice, count });
	return out;
}

/** The room's most picked choice(s) (several on a tie; none if nobody answered). */
export function roomPick(tallies: Tally[]): string[] {
	const top = Math.max(0, ...tallies.map((t) => t.count));
	return top ? tallies.filter((t) => t.count === top).map((t) => t.choice) : [];
}

/**
 * How close two answers' shares of the room (0–1) may be and still be called a near-tie when nobody
 * has a majority: 10 percentage points, and always one answer (4 of 9 against 3 of 9 is no lead).
 */
export const ROOM_NEAR_TIE = 0.1;

/**
 * How close a runner-up's measured value may be to the text's answer and still be "too close to
 * call": within 10 % of the answer's density (per 1,000 words), 5 percentage points of share, or 0.05
 * of tone. Lexicon counts and group shares move by more than that with one sentence more or less.
 */
export const TEXT_NEAR_TIE: Readonly<Record<Measured['format'], (a: number, b: number) => boolean>> = {
	per1000: (a, b) => Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b)),
	share: (a, b) => Math.abs(a - b) <= 0.05,
	tone: (a, b) => Math.abs(a - b) <= 0.05
};

const answers = (n: number) => plural(n, 'answer');
const pct = (share: number) => `${Math.round(share * 100)}%`;

/** What the room answered, in words that claim no more than the counts show. */
export function roomSentence(tallies: Tally[], answered: number): string {
	if (!answered) return 'Nobody answered.';
	const ranked = tallies.filter((t) => t.count > 0).sort((a, b) => b.count - a.count);
	const top = ranked[0];
	if (answered === 1) return `One answer: ${top.choice}.`;
	const tied = ranked.filter((t) => t.count === top.count);
	if (top.count === answered) return `Everyone picked ${top.choice} (${answered} of ${answers(answered)}).`;
	if (top.count * 2 > answered) return `Most of the room picked ${top.choice} (${top.count} of ${answers(answered)}, ${pct(top.count / answered)}).`;
	if (tied.length > 1)
		return `The room is split: ${list(tied.map((t) => t.choice))} (${top.count} of ${answers(answered)} each), no majority.`;
	const second = ranked[1];
	if (second && (top.count - second.count <= 1 || (top.count - second.count) / answered <= ROOM_NEAR_TIE))
		return `No majority, a near-tie: ${top.choice} (${top.count} of ${answers(answered)}) just ahead of ${second.choice} (${second.count}).`;
	return `No majority: ${top.choice} was picked most (${top.count} of ${answers(answered)}, ${pct(top.count / answered)})${second ? `, then ${second.choice} (${second.count})` : ''}.`;
}

/** The choices the text points to, with any runner-up too close to call (the answer first). */
export function textLeaders(m: Measured): string[] {
	if (!m.answer.length) return [];
	const at = m.values.find((x) => x.choice === m.answer[0])?.value;
	if (at === null || at === undefined) return [...m.answer];
	// (a density resting on a few terms: a runner-up one term short of the answer's density is as close,
	// "3 terms in 461 words" against "3 terms in 536 words")
	const oneTermShort = (x: (typeof m.values)[number]) => m.best === 'highest' && !!x.counted && x.counted.words > 0 && ((x.counted.terms + 1) * 1000) / x.counted.words >= at;
	const near = m.values.filter((x) => x.value !== null && !m.answer.includes(x.choice) && (TEXT_NEAR_TIE[m.format](at, x.value) || oneTermShort(x)));
	return [...m.answer, ...near.sort((a, b) => (m.best === 'highest' ? b.value! - a.value! : a.value! - b.value!)).map((x) => x.choice)];
}

/** Does every two of these choices carry the same text? */
function allSameText(choices: string[], pairs: [string, string][]): boolean {
	const same = (a: string, b: string) => pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
	return choices.every((a, i) => choices.slice(i + 1).every((b) => same(a, b)));
}

/** What the text shows: its answer, a tie or near-tie, and what the measure leaves out. */
export function textSentence(m: Measured | null): string {
	if (!m) return 'Nothing is measured for this question: discuss what you would count.';
	if (!m.answer.length) return m.none ?? 'The text gives no answer: nothing of this kind was found.';
	const val = (c: string) => formatValue(m.values.find((x) => x.choice === c)?.value ?? null, m.format);
	const leaders = textLeaders(m);
	let out: string;
	if (m.answer.length > 1) out = `The text: ${list(m.answer)} tie (${val(m.answer[0])} each).`;
	else if (leaders.length > 1)
		out = `The text: ${list(leaders.map((c) => `${c} (${val(c)})`))} are too close to call: a near-tie on this measure.`;
	else out = `The text: ${m.answer[0]} (${val(m.answer[0])}).`;
	if (leaders.length > 1 && allSameText(leaders, m.sameText ?? []))
		out += ` ${leaders.length === 2 ? 'The two' : 'They'} carry the same text (one article twice, or one wire story), so ${leaders.length === 2 ? 'their tie says' : 'this says'} nothing about how they differ.`;
	if (m.thin) out += ` ${m.thin}`;
	if (m.rest && m.rest.value > 0) {
		const top = m.values.find((x) => x.choice === m.answer[0])?.value ?? 0;
		out += ` Another ${pct(m.rest.value)} of the quoted words (${m.rest.sample}) come from ${m.rest.label}${m.rest.value >= top ? `: more than ${m.answer[0]}’s share, so the answer could change once they are attributed` : ''}.`;
	}
	return out;
}

/** One to three sentences that start the discussion: what the room picked, what the text shows, and the gap. */
export function revealSummary(r: Reveal): string {
	const room = roomSentence(r.tallies, r.answered);
	const m = r.measured;
	const text = textSentence(m);
	const pick = roomPick(r.tallies);
	if (!m || !m.answer.length || !pick.length) return `${room} ${text}`;
	const leaders = textLeaders(m);
	const match = pickMatch(pick, leaders, m);
	if (match) return `${room} ${text} ${match}`;
	const ranked = m.values.filter((x) => x.value !== null).sort((a, b) => (m.best === 'highest' ? b.value! - a.value! : a.value! - b.value!));
	// A pick with no figure (an outlet that does not mention the actor) is said so, not left out.
	const where = pick
		.map((p) => [p, ranked.findIndex((x) => x.choice === p), m.values.find((x) => x.choice === p)] as const)
		.filter(([, i, v]) => i >= 0 || v)
		.map(([p, i, v]) => (i >= 0 ? placeOf(p, ranked, m) : `${p} has no figure (${v!.sample})`));
	return `${room} ${text}${where.length ? ` On the measure, ${list(where)}.` : ''}`;
}

/**
 * Where a pick stands among the ranked figures, ties said as ties: "C comes 3rd of 3", "The Sun shares
 * 2nd place of 3 with New York Post (0 each)", "citizen shares 3rd place of 8 with five others (0% each)".
 */
function placeOf(p: string, ranked: { choice: string; value: number | null }[], m: Measured): string {
	const v = ranked.find((x) => x.choice === p)!.value;
	const ahead = ranked.filter((x) => (m.best === 'highest' ? x.value! > v! : x.value! < v!)).length;
	const tied = ranked.filter((x) => x.choice !== p && x.value === v).map((x) => x.choice);
	if (!tied.length) return `${p} comes ${ordinal(ahead + 1)} of ${ranked.length}`;
	const with_ = tied.length === 1 ? tied[0] : `${numberWord(tied.length)} others`;
	return `${p} shares ${ordinal(ahead + 1)} place of ${ranked.length} with ${with_} (${formatValue(v, m.format)} each)`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const numberWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

/**
 * How the room's pick(s) stand against the text's leader(s), in words that fit the counts: one pick
 * or several, one leader or a tie or near-tie of two or more. Null when no pick is among the leaders.
 */
export function pickMatch(pick: string[], leaders: string[], m: Measured): string | null {
	const hits = pick.filter((p) => leaders.includes(p));
	if (!hits.length) return null;
	// Choices are outlets, except "whose voices dominate", where they are speaker groups.
	const noun = m.values.every((v) => v.choice === v.outlet) ? 'outlets' : 'groups';
	if (leaders.length === 1) return pick.length === 1 ? 'The room’s pick matches the measure.' : `One of the room’s picks, ${hits[0]}, matches the measure.`;
	const tied = m.answer.length === leaders.length;
	const among = `${leaders.length === 2 ? 'the two' : `the ${numberWord(leaders.length)}`} ${noun} ${tied ? 'tied on the measure' : 'the measure can’t tell apart'}`;
	if (pick.length === 1) return `The room’s pick is one of ${among}.`;
	if (hits.length === 1) return `Of the room’s picks, ${hits[0]} is one of ${among}.`;
	return `Of the room’s picks, ${list(hits)} are ${hits.length === leaders.length ? among : `${numberWord(hits.length)} of ${among}`}.`;
}

export function ordinal(n: number): string {
	const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
	return `${n}${s}`;
}
