import { describe, expect, it } from 'vitest';
import { MIN_WORDS, sameTextPairs } from '../../analysis/same-text.js';

// Invented bodies: sentences built from numbered words so no two share five words by chance.
const body = (seed: string, n: number) => Array.from({ length: n }, (_, i) => `${seed}${i} word${i % 7} went`).join(' ') + '.';
const story = body('harbour', 30); // 90 words
const other = body('council', 30);

describe('sameTextPairs: articles that carry the same text', () => {
	const rows: [string, { id: string; text: string }[], { a: string; b: string; min: number }[]][] = [
		['one article twice', [{ id: 'x', text: story }, { id: 'y', text: story }], [{ a: 'x', b: 'y', min: 1 }]],
		['a copy with an extra line and other punctuation and case', [{ id: 'x', text: story }, { id: 'y', text: `Watch: CBS This Morning\n\n${story.toUpperCase().replace(/ went/g, ', went')}` }], [{ a: 'x', b: 'y', min: 1 }]],
		['a copy with a paragraph more (the shorter one is all in the other)', [{ id: 'x', text: `${story}\n\n${other}` }, { id: 'y', text: story }], [{ a: 'x', b: 'y', min: 1 }]],
		['two different stories', [{ id: 'x', text: story }, { id: 'y', text: other }], []],
		['half the text in common is not the same text', [{ id: 'x', text: `${body('harbour', 15)} ${body('bridge', 15)}` }, { id: 'y', text: `${body('harbour', 15)} ${body('tunnel', 15)}` }], []],
		['too short to tell', [{ id: 'x', text: 'The council voted on Monday to approve the plan.' }, { id: 'y', text: 'The council voted on Monday to approve the plan.' }], []],
		['three copies make three pairs, in the order given', [{ id: 'c', text: story }, { id: 'a', text: other }, { id: 'b', text: story }, { id: 'd', text: story }], [{ a: 'c', b: 'b', min: 1 }, { a: 'c', b: 'd', min: 1 }, { a: 'b', b: 'd', min: 1 }]]
	];
	it.each(rows)('%s', (_name, articles, expected) => {
		const got = sameTextPairs(articles);
		expect(got.map((p) => ({ a: p.a, b: p.b }))).toEqual(expected.map((e) => ({ a: e.a, b: e.b })));
		got.forEach((p, i) => expect(p.shared).toBeGreaterThanOrEqual(expected[i].min));
	});

	it('the shared share is what the shorter body has in the other', () => {
		// 70 of 100 five-word sequences of y are x's: reported at 0.7 and over
		const [p] = sameTextPairs([{ id: 'x', text: `${story} ${other}` }, { id: 'y', text: `${story} ${body('tunnel', 12)}` }], 0.5);
		expect(p.shared).toBeGreaterThan(0.6);
		expect(p.shared).toBeLessThan(0.9);
	});

	it('needs MIN_WORDS words in each', () => {
		const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
		expect(sameTextPairs([{ id: 'x', text: words(MIN_WORDS - 1) }, { id: 'y', text: words(MIN_WORDS - 1) }])).toEqual([]);
		expect(sameTextPairs([{ id: 'x', text: words(MIN_WORDS) }, { id: 'y', text: words(MIN_WORDS) }])).toHaveLength(1);
	});
});

describe('sameTextPairs reads the first MAX_WORDS words of each body', () => {
	it('two long bodies that differ only after MAX_WORDS words are the same text; before it, not', async () => {
		const { MAX_WORDS } = await import('../../analysis/same-text.js');
		const start = body('harbour', Math.ceil(MAX_WORDS / 3));
		expect(sameTextPairs([{ id: 'x', text: `${start} ${body('bridge', 400)}` }, { id: 'y', text: `${start} ${body('tunnel', 400)}` }])).toHaveLength(1);
		expect(sameTextPairs([{ id: 'x', text: `${body('bridge', 400)} ${start}` }, { id: 'y', text: `${body('tunnel', 400)} ${start}` }])).toHaveLength(0);
	});
});
