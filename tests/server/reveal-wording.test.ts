// The words of a predict-then-reveal summary ($lib/predict): they claim no majority the counts don't
// show, call a near-tie a near-tie (in the room and in the text), and say how much of a share measure
// nobody could attribute.
import { describe, expect, it } from 'vitest';
import type { Measured } from '../../src/lib/predict.js';
import { revealSummary, roomSentence, textLeaders, textSentence, type Reveal, type Tally } from '../../src/lib/reveal-text.js';

const tallies = (counts: Record<string, number>): Tally[] => Object.entries(counts).map(([choice, count]) => ({ choice, count }));
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** A measure over outlets A, B, C… with these values; the answer is the best (ties named). */
function measured(format: Measured['format'], values: Record<string, number | null>, best: Measured['best'] = 'highest', rest?: Measured['rest']): Measured {
	const known = Object.entries(values).filter(([, v]) => v !== null) as [string, number][];
	const pick = known.length ? (best === 'highest' ? Math.max(...known.map(([, v]) => v)) : Math.min(...known.map(([, v]) => v))) : 0;
	return {
		unit: 'u',
		format,
		best,
		note: '',
		values: Object.entries(values).map(([choice, value]) => ({ choice, value, sample: 's', outlet: choice, query: null })),
		answer: known.length && !(best === 'highest' && pick <= 0) ? known.filter(([, v]) => v === pick).map(([c]) => c) : [],
		...(rest ? { rest } : {})
	};
}

/** A density measure from term counts and words: { A: [terms, words] }. */
function counted(values: Record<string, [number, number]>): Measured {
	const m = measured('per1000', Object.fromEntries(Object.entries(values).map(([c, [t, w]]) => [c, (t * 1000) / w])));
	return { ...m, values: m.values.map((v) => ({ ...v, counted: { terms: values[v.choice][0], words: values[v.choice][1] } })) };
}

describe('the room, in words that claim no more than the counts', () => {
	it.each([
		['nobody answered', {}, 'Nobody answered.'],
		['one answer is one answer, not the room', { A: 1 }, 'One answer: A.'],
		['everyone', { A: 4 }, 'Everyone picked A (4 of 4 answers).'],
		['a real majority', { A: 5, B: 2 }, 'Most of the room picked A (5 of 7 answers, 71%).'],
		['2 of 3 is a majority', { A: 2, B: 1 }, 'Most of the room picked A (2 of 3 answers, 67%).'],
		['half is not a majority: a split', { A: 2, B: 2 }, 'The room is split: A and B (2 of 4 answers each), no majority.'],
		['a three-way split', { A: 2, B: 2, C: 2 }, 'The room is split: A, B and C (2 of 6 answers each), no majority.'],
		['one answer ahead without a majority is a near-tie', { A: 4, B: 3, C: 2 }, 'No majority, a near-tie: A (4 of 9 answers) just ahead of B (3).'],
		['ten points ahead of 20 is a near-tie', { A: 8, B: 6, C: 6 }, 'No majority, a near-tie: A (8 of 20 answers) just ahead of B (6).'],
		['a clear lead without a majority', { A: 5, B: 2, C: 2, D: 1 }, 'No majority: A was picked most (5 of 10 answers, 50%), then B (2).'],
		['choices nobody picked do not count', { A: 0, B: 3, C: 1 }, 'Most of the room picked B (3 of 4 answers, 75%).']
	] as const)('%s', (_name, counts, expected) => {
		expect(roomSentence(tallies(counts), total(counts))).toBe(expected);
	});
});

describe('the text: its answer, ties and near-ties, and what it leaves out', () => {
	it.each([
		['nothing measured', null, 'Nothing is measured for this question: discuss what you would count.'],
		['nothing found', measured('per1000', { A: 0, B: 0 }), 'The text gives no answer: nothing of this kind was found.'],
		['a clear answer', measured('per1000', { A: 9.5, B: 4.2, C: 1 }), 'The text: A (9.5 per 1,000 words).'],
		['an exact tie', measured('per1000', { A: 2, B: 2, C: 1 }), 'The text: A and B tie (2.0 per 1,000 words each).'],
		['within 10 % on density: too close to call', measured('per1000', { A: 5, B: 4.6, C: 1 }), 'The text: A (5.0 per 1,000 words) and B (4.6 per 1,000 words) are too close to call: a near-tie on this measure.'],
		['just over 10 %: a clear answer', measured('per1000', { A: 5, B: 4.4 }), 'The text: A (5.0 per 1,000 words).'],
		['tone, lowest wins, near-tie within 0.05', measured('tone', { A: -0.3, B: -0.27, C: 0.2 }, 'lowest'), 'The text: A (−0.30) and B (−0.27) are too close to call: a near-tie on this measure.'],
		['tone, a clear lowest', measured('tone', { A: -0.3, B: -0.1 }, 'lowest'), 'The text: A (−0.30).'],
		[
			'a share with a small unattributed rest',
			measured('share', { gov: 0.6, ngo: 0.3 }, 'highest', { value: 0.1, sample: '20 words', label: 'quotes with no speaker or group found' }),
			'The text: gov (60%). Another 10% of the quoted words (20 words) come from quotes with no speaker or group found.'
		],
		[
			'an unattributed rest bigger than the answer says the answer could change',
			measured('share', { gov: 0.3, ngo: 0.2 }, 'highest', { value: 0.5, sample: '150 words', label: 'quotes with no speaker or group found' }),
			'The text: gov (30%). Another 50% of the quoted words (150 words) come from quotes with no speaker or group found: more than gov’s share, so the answer could change once they are attributed.'
		],
		['shares within 5 points: too close to call', measured('share', { gov: 0.41, ngo: 0.38, media: 0.21 }), 'The text: gov (41%) and ngo (38%) are too close to call: a near-tie on this measure.'],
		// eighth newcomer pass: an article pasted twice tied with itself, and the reveal said nothing of it
		['a tie between two copies says so', { ...measured('tone', { A: -0.1, B: -0.1, C: 0.2 }, 'lowest'), sameText: [['B', 'A']] }, 'The text: A and B tie (−0.10 each). The two carry the same text (one article twice, or one wire story), so their tie says nothing about how they differ.'],
		['a near-tie between two copies too', { ...measured('tone', { A: -0.3, B: -0.28, C: 0.2 }, 'lowest'), sameText: [['A', 'B']] }, 'The text: A (−0.30) and B (−0.28) are too close to call: a near-tie on this measure. The two carry the same text (one article twice, or one wire story), so their tie says nothing about how they differ.'],
		['copies that are not the leaders change nothing', { ...measured('tone', { A: -0.3, B: -0.1, C: -0.1 }, 'lowest'), sameText: [['B', 'C']] }, 'The text: A (−0.30).'],
		['a tie of three, two of them copies, is a tie', { ...measured('per1000', { A: 2, B: 2, C: 2 }), sameText: [['A', 'B']] }, 'The text: A, B and C tie (2.0 per 1,000 words each).']
	] as const)('%s', (_name, m, expected) => {
		expect(textSentence(m as Measured | null)).toBe(expected);
	});

	it.each([
		['the answer alone', measured('per1000', { A: 9, B: 4 }), ['A']],
		['a near runner-up joins it', measured('per1000', { A: 9, B: 8.5, C: 8.2, D: 1 }), ['A', 'B', 'C']],
		['an exact tie', measured('per1000', { A: 2, B: 2 }), ['A', 'B']],
		['nothing found', measured('per1000', { A: 0 }), []],
		// seventh newcomer pass: 3 terms in 461 words against 3 in 536 is no lead; one term more or less decides it
		['a runner-up one term short of the answer: too close to call', counted({ A: [3, 461], B: [3, 536] }), ['A', 'B']],
		['... two terms short is a lead', counted({ A: [5, 461], B: [3, 536] }), ['A']],
		['... and many terms make a small gap a lead', counted({ A: [60, 4610], B: [50, 4600] }), ['A']]
	] as const)('leaders: %s', (_name, m, expected) => {
		expect(textLeaders(m)).toEqual(expected);
	});
});

describe('the whole summary: the room, the text and the gap', () => {
	const reveal = (counts: Record<string, number>, m: Measured | null): Reveal => ({
		question: { id: 'q', position: 1, kind: 'loaded-own', param: '', prompt: 'P?', revealed: true },
		choices: Object.keys(m ? Object.fromEntries(m.values.map((v) => [v.choice, 1])) : counts).map((c) => ({ value: c, label: c })),
		answered: total(counts),
		tallies: tallies(counts),
		measured: m
	});
	const m = measured('per1000', { A: 9.5, B: 4.2, C: 1 });

	it.each([
		['a majority that matches', { A: 5, B: 2 }, m, 'Most of the room picked A (5 of 7 answers, 71%). The text: A (9.5 per 1,000 words). The room’s pick matches the measure.'],
		['a majority that misses: where the pick ranks', { C: 4, A: 1 }, m, 'Most of the room picked C (4 of 5 answers, 80%). The text: A (9.5 per 1,000 words). On the measure, C comes 3rd of 3.'],
		['a split room: where each pick ranks', { B: 2, C: 2 }, m, 'The room is split: B and C (2 of 4 answers each), no majority. The text: A (9.5 per 1,000 words). On the measure, B comes 2nd of 3 and C comes 3rd of 3.'],
		// review 14: a pick tied with others is not ranked below them
		['a pick tied with one other', { C: 3 }, measured('per1000', { A: 2.2, B: 0, C: 0 }), 'Everyone picked C (3 of 3 answers). The text: A (2.2 per 1,000 words). On the measure, C shares 2nd place of 3 with B (0.0 per 1,000 words each).'],
		['a pick tied with several', { D: 2 }, measured('per1000', { A: 2.2, B: 1, C: 0, D: 0, E: 0 }), 'Everyone picked D (2 of 2 answers). The text: A (2.2 per 1,000 words). On the measure, D shares 3rd place of 5 with two others (0.0 per 1,000 words each).'],
		[
			'the room picks the runner-up of a near-tie',
			{ B: 3, A: 1 },
			measured('per1000', { A: 5, B: 4.8, C: 1 }),
			'Most of the room picked B (3 of 4 answers, 75%). The text: A (5.0 per 1,000 words) and B (4.8 per 1,000 words) are too close to call: a near-tie on this measure. The room’s pick is one of the two outlets the measure can’t tell apart.'
		],
		// One outlet named by the room, several picks: never "one of the two" when the text names one.
		['a split room, one pick is the answer', { A: 2, B: 2 }, m, 'The room is split: A and B (2 of 4 answers each), no majority. The text: A (9.5 per 1,000 words). One of the room’s picks, A, matches the measure.'],
		[
			'an exact tie, one pick among them',
			{ B: 3 },
			measured('per1000', { A: 2, B: 2, C: 1 }),
			'Everyone picked B (3 of 3 answers). The text: A and B tie (2.0 per 1,000 words each). The room’s pick is one of the two outlets tied on the measure.'
		],
		[
			'an exact tie, the room split between both',
			{ A: 2, B: 2 },
			measured('per1000', { A: 2, B: 2, C: 1 }),
			'The room is split: A and B (2 of 4 answers each), no majority. The text: A and B tie (2.0 per 1,000 words each). Of the room’s picks, A and B are the two outlets tied on the measure.'
		],
		[
			'a three-way tie, the room split between two of them',
			{ A: 2, B: 2 },
			measured('per1000', { A: 2, B: 2, C: 2 }),
			'The room is split: A and B (2 of 4 answers each), no majority. The text: A, B and C tie (2.0 per 1,000 words each). Of the room’s picks, A and B are two of the three outlets tied on the measure.'
		],
		[
			'a tie, the room split between one of them and another',
			{ A: 2, C: 2 },
			measured('per1000', { A: 2, B: 2, C: 1 }),
			'The room is split: A and C (2 of 4 answers each), no majority. The text: A and B tie (2.0 per 1,000 words each). Of the room’s picks, A is one of the two outlets tied on the measure.'
		],
		['nobody answered', {}, m, 'Nobody answered. The text: A (9.5 per 1,000 words).'],
		['nothing measured', { A: 1, B: 1 }, null, 'The room is split: A and B (1 of 2 answers each), no majority. Nothing is measured for this question: discuss what you would count.']
	] as const)('%s', (_name, counts, measure, expected) => {
		expect(revealSummary(reveal({ ...counts }, measure))).toBe(expected);
	});

	it('never says "majority" of a plurality, whatever the counts', () => {
		for (let a = 1; a <= 6; a++)
			for (let b = 0; b <= a; b++)
				for (let c = 0; c <= b; c++) {
					const s = roomSentence(tallies({ A: a, B: b, C: c }), a + b + c);
					if (/Most of the room|Everyone/.test(s)) expect(a * 2, s).toBeGreaterThan(a + b + c);
					else if (a + b + c > 1) expect(s, `${a}/${b}/${c}`).toMatch(/no majority|No majority/i);
				}
	});
});

describe('sameTextOutlets: outlets whose one article each carries the same text', async () => {
	const { sameTextOutlets } = await import('../../src/lib/predict.js');
	const outlets = [
		{ outlet: 'CBS', articles: ['c1'] },
		{ outlet: 'CBS copy', articles: ['c2'] },
		{ outlet: 'AP', articles: ['a1', 'a2'] },
		{ outlet: 'CNN', articles: ['n1'] }
	];
	it.each([
		['a pair of single-article outlets', [{ a: 'c1', b: 'c2' }], [['CBS', 'CBS copy']]],
		['an outlet with two articles is read by both, so one copy decides nothing', [{ a: 'c1', b: 'a1' }], []],
		['a pair naming an article no outlet has', [{ a: 'c1', b: 'gone' }], []],
		['no pairs', [], []]
	] as const)('%s', (_name, pairs, expected) => {
		expect(sameTextOutlets(outlets, [...pairs])).toEqual(expected);
	});
});
