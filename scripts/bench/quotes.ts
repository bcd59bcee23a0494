// The quotes stage on inputs that could make it slow: many quotes, a quotation mark in every word,
// unbalanced marks, quotes and nothing else. For each, the time at size n and at 2n: the stage must
// stay linear in the length of the text (each doubling at most about ×2.2).
import { analyseArticle } from '../../analysis/pipeline.js';
import type { AnalysisOptions } from '../../analysis/types.js';

const CASES: [string, (n: number) => string][] = [
	['n quotes with speakers', (n) => Array.from({ length: n }, (_, i) => `"Statement number ${i} is on the record," said Person${i % 7} Smith.`).join('\n\n')],
	['a quotation mark in every word', (n) => Array.from({ length: n * 8 }, (_, i) => `"w${i}`).join(' ')],
	['unbalanced and mixed marks', (n) => Array.from({ length: n }, (_, i) => `«Open ${i} “half” closed” and „low“ and ‘single’ he said`).join(' ')],
	['quotes only, no attribution', (n) => Array.from({ length: n }, (_, i) => `"Words of quote ${i} without any speaker at all."`).join(' ')],
	['one paragraph, names and pronouns', (n) => Array.from({ length: n }, (_, i) => `Jane Roe${i % 3} met the minister. She said "it went well" and he agreed.`).join(' ')]
];

/** Median of three runs, in ms. */
function time(text: string, options: AnalysisOptions): number {
	analyseArticle({ id: 'w', text, raw: true }, options); // warm
	const ts: number[] = [];
	for (let r = 0; r < 3; r++) {
		const t0 = performance.now();
		analyseArticle({ id: 'b', text, raw: true }, options);
		ts.push(performance.now() - t0);
	}
	return ts.sort((a, b) => a - b)[1];
}

export function quoteScaling(options: AnalysisOptions, n = 400): { what: string; value: string; target: string; ok: boolean }[] {
	return CASES.map(([what, make]) => {
		const a = time(make(n), options);
		const b = time(make(2 * n), options);
		const ratio = b / Math.max(a, 0.5);
		return { what: `analysis, ${what}: time as the input doubles`, value: `${a.toFixed(0)} → ${b.toFixed(0)} ms (×${ratio.toFixed(2)})`, target: '≤ ×2.2', ok: ratio <= 2.2 };
	});
}
