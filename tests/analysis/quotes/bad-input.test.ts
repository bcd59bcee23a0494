// Bad input for the quotes stage (issue #7's "Bad input", and the crashes of issue #11): no crash, every
// span inside the text and inside its paragraph (unless a quote continues by the opening-mark
// convention), on fixed cases and on generated ones with a fixed seed.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../analysis/pipeline.js';
import { paragraphSpans } from '../../../analysis/nlp.js';
import type { ArticleAnalysis } from '../../../analysis/types.js';
import { lexicon, rules } from './helpers.js';

const run = (text: string, raw = true): ArticleAnalysis => analyseArticle({ id: 'b', text, raw }, { lexicon, groupRules: rules });

function sane(_input: string, a: ArticleAnalysis): void {
	// offsets index the analysed body (the input itself when raw)
	const text = a.text;
	const paras = a.paragraphs.length ? a.paragraphs : paragraphSpans(text).paragraphs;
	const paraOf = (i: number) => paras.findIndex((p) => i >= p.start && i <= p.end);
	for (const q of a.quotes) {
		expect(q.start).toBeGreaterThanOrEqual(0);
		expect(q.end).toBeLessThanOrEqual(text.length);
		expect(q.start).toBeLessThanOrEqual(q.end);
		for (const p of q.parts ?? [q]) {
			// each piece inside one paragraph: a longer quote is its pieces, one per paragraph
			expect(paraOf(p.start)).toBe(paraOf(Math.max(p.start, p.end - 1)));
		}
		expect(q.words).toBeGreaterThanOrEqual(0);
	}
	const total = a.speakers.reduce((s, x) => s + x.share, 0) + (a.unattributed?.share ?? 0);
	if (a.quotes.some((q) => q.words > 0)) expect(total).toBeCloseTo(1, 2);
}

const cases: [string, string][] = [
	['punctuation only (issue #11)', '‹«‹'],
	['punctuation only, more (issue #11)', '//«.”’'],
	['marks only', '""""""'],
	['no quotes', 'The council met on Monday. Nothing was decided.'],
	['only quotes', '"We will win." "We will lose." "Nobody knows what happens now."'],
	['unbalanced marks', '“Open and never closed. «Another» one „low“ and ‘single’ marks, he said.'],
	['a quotation mark in every word', Array.from({ length: 800 }, (_, i) => `"w${i}`).join(' ')],
	['speakers named like object properties (issue #11)', '"We are here for the long haul," said constructor.\n\n"More words from him," toString said. "Still more," said __proto__.'],
	['500 quotes', Array.from({ length: 500 }, (_, i) => `"Statement ${i} is on the record," said Person${i % 7} Smith.`).join('\n\n')],
	['a huge unclosed quote', `"${'word '.repeat(5000)}`],
	['empty', ''],
	['a cue and its preposition ending the text, no full stop', 'The agency warned of delays']
];

describe('bad input', () => {
	it.each(cases)('%s', (_n, text) => {
		for (const raw of [true, false]) sane(text, run(text, raw));
	});

	it('the 500 quotes are all found, with their speakers', () => {
		const text = cases.find((c) => c[0] === '500 quotes')![1];
		const a = run(text);
		expect(a.quotes).toHaveLength(500);
		expect(a.quotes.every((q) => /^Person\d Smith$/.test(q.speaker ?? ''))).toBe(true);
	});

	it('2,000 generated inputs: no crash, sane spans', () => {
		let s = 11;
		const r = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
		const pieces = ['"', '“', '”', '«', '»', '„', '‘', '’', "'", ',', '.', ' said ', ' she ', ' he ', 'Jane Roe', ' the minister ', '\n\n', '\n', ' ', 'Acme Corp', ' according to ', ':', '—', '(', ')', 'word', 'Mr.', ' who ', ' told ', '‹', '/', '__proto__', 'constructor'];
		for (let n = 0; n < 2000; n++) {
			const len = 1 + Math.floor(r() * 40);
			let text = '';
			for (let k = 0; k < len; k++) text += pieces[Math.floor(r() * pieces.length)];
			sane(text, run(text, n % 2 === 0));
		}
	});
});
