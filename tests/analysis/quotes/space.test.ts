// space.ts and the tallies: no quoted word counted twice, the innermost quote keeps it, and per article
// the speakers' shares (with the unattributed share) add up to 100% of quoted words.
import { describe, expect, it } from 'vitest';
import { quoteWords, summariseQuotes } from '../../../analysis/quotes/index.js';
import { countWords } from '../../../analysis/nlp.js';
import type { Quote, Span } from '../../../analysis/types.js';
import { analyse } from './helpers.js';

const at = (text: string, phrase: string): Span => {
	const start = text.indexOf(phrase);
	return { start, end: start + phrase.length };
};

describe('quoteWords', () => {
	const text = 'The mayor said the council was wrong and that "we will rebuild the bridge" before winter came.';
	const outer = at(text, 'the council was wrong and that "we will rebuild the bridge" before winter came');
	const inner = at(text, 'we will rebuild the bridge');
	const rows: [string, Span[][], number[]][] = [
		['one quote', [[outer]], [14]],
		['nested: the inner quote keeps its words', [[outer], [inner]], [9, 5]],
		['the same span twice: counted once', [[inner], [inner]], [5, 0]],
		['overlapping: each word once', [[at(text, 'council was wrong and')], [at(text, 'wrong and that')]], [2, 3]],
		['a quote by its parts only', [[at(text, 'The mayor'), at(text, 'before winter came')]], [5]],
		['no quotes', [], []]
	];
	it.each(rows)('%s', (_n, quotes, expected) => {
		expect(quoteWords(text, quotes)).toEqual(expected);
	});
});

/** A small random generator with a fixed seed, so the property test is the same on every run. */
function rng(seed: number) {
	let s = seed;
	return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('quote space adds up', () => {
	it('on 400 generated layouts, the quotes hold each quoted word once and the shares sum to 100%', () => {
		const r = rng(7);
		const text = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
		for (let n = 0; n < 400; n++) {
			const spans: Span[][] = [];
			const k = 1 + Math.floor(r() * 8);
			for (let j = 0; j < k; j++) {
				const a = Math.floor(r() * text.length);
				const b = Math.min(text.length, a + 1 + Math.floor(r() * 300));
				spans.push([{ start: a, end: b }]);
			}
			const counts = quoteWords(text, spans);
			// the union of the spans holds exactly as many whole words as the quotes were given
			const inUnion = (text.match(/w\d+/g) ?? []).length && [...text.matchAll(/w\d+/g)].filter((m) => spans.some(([s]) => m.index! >= s.start && m.index! + m[0].length <= s.end)).length;
			expect(counts.reduce((x, y) => x + y, 0)).toBe(inUnion);
			// and the tallies give every quoted word to exactly one speaker or to nobody
			const quotes = spans.map(([s], qi): Quote => ({
				...s,
				text: text.slice(s.start, s.end),
				kind: 'direct',
				speaker: qi % 3 === 2 ? null : `Speaker ${qi % 4}`,
				speakerStart: null,
				speakerEnd: null,
				cue: null,
				cueStart: null,
				cueEnd: null,
				cueKind: 'neutral',
				affiliation: null,
				group: 'unclassified',
				words: counts[qi]
			}));
			const t = summariseQuotes(quotes, text.length);
			if (inUnion === 0) continue;
			const total = t.speakers.reduce((x, s) => x + s.share, 0) + t.unattributed.share;
			expect(total).toBeCloseTo(1, 3);
			expect(t.groups.reduce((x, g) => x + g.share, 0)).toBeCloseTo(1, 3);
		}
	});

	const articles: [string, string][] = [
		['a quote inside reported speech', 'The council said its own modelling showed that the mayor was wrong. "The bridge is safe and we will open it," the mayor said, and the council said the report "was never about the bridge at all".'],
		['an interrupted statement', '"The dam is safe," Tomas Reyes said, "and the town knows it." Reyes said later that nobody had asked him about the dam.'],
		['quotes of several speakers', 'Ann Lee said "we warned them". Tom Dale said "nobody listened to the warning". Officials said the plan had been reviewed twice.']
	];
	it.each(articles)('on an article: %s', (_n, text) => {
		const { quotes } = analyse(text);
		const t = summariseQuotes(quotes, text.length);
		const quoted = quotes.reduce((n, q) => n + q.words, 0);
		// no quoted word counted twice: never more words than the union of quoted spans holds
		const covered = new Set<number>();
		for (const q of quotes) for (const p of q.parts ?? [q]) for (let i = p.start; i < p.end; i++) covered.add(i);
		const union = [...text.matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)].filter((m) => covered.has(m.index!) && covered.has(m.index! + m[0].length - 1)).length;
		expect(quoted).toBeLessThanOrEqual(union);
		expect(quoted).toBeGreaterThan(0);
		expect(t.speakers.reduce((x, s) => x + s.share, 0) + t.unattributed.share).toBeCloseTo(1, 3);
		expect(countWords(text)).toBeGreaterThanOrEqual(quoted);
	});
});
