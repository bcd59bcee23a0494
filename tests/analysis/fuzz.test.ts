// 10,000 generated inputs (random Unicode, punctuation runs, quote marks, nesting, long words, HTML
// fragments, speaker names such as "constructor") through every path of the analysis, with a fixed
// seed. Each must finish without throwing, within a generous budget (a hang or a blow-up, not a speed
// target: those are in `npm run bench`), and with a result whose evidence points into its own text.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../analysis/pipeline.js';
import { compareOutlets } from '../../analysis/compare.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';
import type { AnalysisOptions, ArticleAnalysis, ArticleInput } from '../../analysis/types.js';
import { fuzzInputs, type FuzzInput } from '../fuzz/generate.js';

const SEED = 20261129;
const COUNT = 10_000;
/** Per input of at most a few KB; ordinary inputs take a few milliseconds. */
const BUDGET_MS = 2_000;

const options: AnalysisOptions = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };

function toInput(f: FuzzInput, i: number): ArticleInput {
	const id = `fuzz-${i}`;
	if (f.kind === 'html') return { id, html: f.content, outlet: f.content.slice(0, 20) };
	return { id, text: f.content, raw: f.kind === 'raw', outlet: i % 7 === 0 ? 'constructor' : `Outlet ${i % 5}` };
}

/** What must hold of any result, whatever the input. Returns the first violation, or null. */
function violation(a: ArticleAnalysis): string | null {
	const n = a.text.length;
	const inText = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n;
	for (const q of a.quotes) {
		if (!inText(q)) return `quote span ${q.start}..${q.end} outside the text (${n})`;
		if (a.text.slice(q.start, q.end) !== q.text) return `quote text differs from its span at ${q.start}`;
		for (const p of q.parts ?? []) if (!inText(p) || p.start < q.start || p.end > q.end) return `quote part ${p.start}..${p.end} outside its quote`;
		if (!Number.isFinite(q.words) || q.words < 0) return `quote word count ${q.words}`;
	}
	for (const l of a.loaded) {
		if (!inText(l)) return `loaded span ${l.start}..${l.end} outside the text`;
		if (a.text.slice(l.start, l.end) !== l.text) return `loaded text differs from its span at ${l.start}`;
	}
	for (const s of a.sentiment.sentences) if (!inText(s) || !(Math.abs(s.score) <= 1)) return `sentence ${s.start}..${s.end} score ${s.score}`;
	if (!(Math.abs(a.sentiment.score) <= 1)) return `body score ${a.sentiment.score}`;
	for (const c of a.comments) if (!(Math.abs(c.sentiment) <= 1)) return `comment score ${c.sentiment}`;
	const share = a.speakers.reduce((s, x) => s + x.share, 0);
	// Shares are rounded to four places each, so their sum may pass 1 by a rounding step per speaker.
	if (a.speakers.length && !(share <= 1 + 1e-4 * a.speakers.length)) return `speaker shares sum to ${share}`;
	if (!Number.isInteger(a.words) || a.words < 0) return `word count ${a.words}`;
	for (const p of a.paragraphs) if (!inText(p)) return `paragraph ${p.start}..${p.end} outside the text`;
	return null;
}

describe(`fuzz: ${COUNT.toLocaleString('en')} generated inputs, seed ${SEED}`, () => {
	it('none throws, hangs or returns evidence outside its text', { timeout: 600_000 }, () => {
		const failures: string[] = [];
		const batch: ArticleAnalysis[] = [];
		let i = 0;
		for (const f of fuzzInputs(SEED, COUNT)) {
			const t0 = performance.now();
			let a: ArticleAnalysis | null = null;
			try {
				a = analyseArticle(toInput(f, i), options);
			} catch (e) {
				failures.push(`${f.name}: threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}\n  input: ${JSON.stringify(f.content.slice(0, 300))}`);
			}
			const ms = performance.now() - t0;
			if (ms > BUDGET_MS) failures.push(`${f.name}: took ${Math.round(ms)} ms (${f.content.length} characters)`);
			const bad = a && violation(a);
			if (bad) failures.push(`${f.name}: ${bad}\n  input: ${JSON.stringify(f.content.slice(0, 300))}`);
			if (a && i % 50 === 0) batch.push(a);
			if (failures.length >= Number(process.env.FUZZ_MAX_FAILURES ?? 10)) break;
			i++;
		}
		// Outlet names from the input (constructor, markup) must not break the comparison either.
		if (!failures.length) {
			try {
				const outlets = compareOutlets(batch, options);
				expect(outlets.length).toBeGreaterThan(0);
			} catch (e) {
				failures.push(`compareOutlets threw ${(e as Error).message}`);
			}
		}
		expect(failures).toEqual([]);
		expect(i).toBe(COUNT);
	});
});
