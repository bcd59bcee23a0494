// npm run eval -- extraction [--bench DIR] [--pages]
// Article-body extraction on the development part of the articles benchmark (../shared/articles-bench):
// every page goes through the same path as `slant --format jsonl <folder>` (bytes decoded as the CLI
// decodes them, HTML detected by extension, stage 1 segmentation), and the bodies are scored with the
// benchmark's own scorer (score-body.mjs, imported, not copied), so the figures are those its README's
// "Running it" recipe prints. The five worst pages are listed with what leaked into the body and what
// was lost from it, as runs of words, so a regression can be read without opening the page.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { cleanArticle } from '../../analysis/pipeline.js';
import { articleFromText, decodeArticleBytes } from '../../analysis/input.js';
import { CHROMIUM, pastedBodies, pastedTexts } from './pasted.js';

export interface ExtractionFigure {
	data: string;
	measure: string;
	value: number;
	bar: number;
	baseline?: string;
}

interface PageScore {
	id: string;
	precision: number | null;
	recall: number | null;
	f1: number;
	truthTokens: number;
	predTokens: number;
}
interface Scorer {
	evaluate(
		truth: Record<string, string>,
		pred: Record<string, string>,
		opts?: { bootstrap?: number; seed?: number }
	): { means: Record<string, number>; pages: PageScore[] };
	tokenize(text: string): string[];
}

/** The benchmark folder: --bench DIR, $SLANT_BENCH_DIR, or ../shared/articles-bench. */
export function benchDir(args: string[]): string {
	const i = args.indexOf('--bench');
	return path.resolve(i >= 0 ? args[i + 1] : (process.env.SLANT_BENCH_DIR ?? '../shared/articles-bench'));
}

/** Each page's body and headline as Slant extracts them, keyed by page id (the file name without extension). */
export function extractBodies(dir: string, ids: string[]): { bodies: Record<string, string>; titles: Record<string, string> } {
	const bodies: Record<string, string> = {};
	const titles: Record<string, string> = {};
	for (const id of ids) {
		const name = `${id}.html`;
		const bytes = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${name}.gz`)));
		const a = cleanArticle(articleFromText(id, name, decodeArticleBytes(name, bytes)));
		bodies[id] = a.text;
		titles[id] = a.title;
	}
	return { bodies, titles };
}

/**
 * Runs of tokens in `a` that share no 4-token shingle with `b`: what one text has and the other lacks.
 * Longest runs first, each as its first words and its length.
 */
export function unmatchedRuns(a: string[], b: string[], n = 4): { words: number; text: string }[] {
	const have = new Set<string>();
	for (let i = 0; i + n <= b.length; i++) have.add(b.slice(i, i + n).join('\u0000'));
	const covered = new Array<boolean>(a.length).fill(false);
	for (let i = 0; i + n <= a.length; i++) {
		if (have.has(a.slice(i, i + n).join('\u0000'))) for (let k = i; k < i + n; k++) covered[k] = true;
	}
	if (a.length < n && b.length) covered.fill(a.join(' ') === b.slice(0, a.length).join(' '));
	const runs: { words: number; text: string }[] = [];
	for (let i = 0; i < a.length; ) {
		if (covered[i]) {
			i++;
			continue;
		}
		let j = i;
		while (j < a.length && !covered[j]) j++;
		const run = a.slice(i, j);
		runs.push({ words: run.length, text: run.slice(0, 12).join(' ') + (run.length > 12 ? ' …' : '') });
		i = j;
	}
	return runs.sort((x, y) => y.words - x.words);
}

export async function extraction(args: string[] = []): Promise<ExtractionFigure[]> {
	const dir = benchDir(args);
	const scorerPath = path.join(dir, 'score-body.mjs');
	if (!fs.existsSync(scorerPath)) throw new Error(`eval extraction: no benchmark at ${dir} (set --bench DIR or SLANT_BENCH_DIR)`);
	const scorer = (await import(pathToFileURL(scorerPath).href)) as Scorer;
	const gt = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
	const ids = Object.keys(gt).sort();
	const truth = Object.fromEntries(ids.map((id) => [id, gt[id].articleBody ?? '']));
	const { bodies: pred, titles: markupTitles } = extractBodies(dir, ids);
	const { means, pages } = scorer.evaluate(truth, pred, { bootstrap: 1000, seed: 1 });
	const f = (x: number) => x.toFixed(3);
	console.log(
		`Extraction (articles-bench, ${means.pages} pages): F1 ${f(means.f1)} ± ${f(means.f1_std)}  precision ${f(means.precision)}  recall ${f(means.recall)}  accuracy ${f(means.accuracy)}`
	);
	const worst = [...pages].sort((a, b) => a.f1 - b.f1);
	const show = args.includes('--pages') ? worst.length : 5;
	console.log(`  worst ${show} pages (leaked = in Slant's body, not in the truth; lost = the reverse):`);
	for (const p of worst.slice(0, show)) {
		const t = scorer.tokenize(truth[p.id]);
		const s = scorer.tokenize(pred[p.id]);
		const leaked = unmatchedRuns(s, t);
		const lost = unmatchedRuns(t, s);
		const sum = (r: { words: number }[]) => r.reduce((n, x) => n + x.words, 0);
		console.log(`  ${p.id.slice(0, 12)}  F1 ${f(p.f1)}  P ${p.precision == null ? '-' : f(p.precision)}  R ${p.recall == null ? '-' : f(p.recall)}  (${p.predTokens} words vs ${p.truthTokens} true)`);
		const line = (label: string, runs: { words: number; text: string }[]) => {
			if (!runs.length) return;
			console.log(`      ${label} ${sum(runs)} words in ${runs.length} run${runs.length === 1 ? '' : 's'}: ${runs.slice(0, 3).map((r) => `"${r.text}" (${r.words})`).join('; ')}`);
		};
		line('leaked', leaked);
		line('lost  ', lost);
	}
	const rows: ExtractionFigure[] = [];
	// The same pages pasted as a browser copies them (pasted.ts), when Chromium is here.
	if (fs.existsSync(CHROMIUM)) {
		const t0 = performance.now();
		const texts = await pastedTexts(dir, ids);
		const { bodies, titles } = pastedBodies(texts);
		const m = scorer.evaluate(truth, bodies, { bootstrap: 1000, seed: 1 }).means;
		// The headline read from the paste against the one the page's markup gives (the HTML path's).
		const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
		let same = 0;
		for (const id of ids) {
			const want = norm(markupTitles[id] ?? '');
			const got = norm(titles[id] ?? '');
			if (want && got && (want.includes(got) || got.includes(want))) same++;
		}
		console.log(
			`Pasted as a browser copies them (${m.pages} pages): F1 ${f(m.f1)} ± ${f(m.f1_std)}  precision ${f(m.precision)}  recall ${f(m.recall)}; headline as the markup's ${same} of ${ids.length}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`
		);
		const data = `articles-bench dev (${m.pages} pages) pasted as a browser copies them`;
		rows.push(
			{ data, measure: 'body F1', value: m.f1, bar: 0.85, baseline: '0.740 before the article region (page-text.ts)' },
			{ data, measure: 'body precision', value: m.precision, bar: 0.8, baseline: '0.603' },
			{ data, measure: 'body recall', value: m.recall, bar: 0.88, baseline: '0.959' },
			{ data, measure: "headline, as the page's markup gives it", value: same / ids.length, bar: 0.5, baseline: '0.052' }
		);
	} else console.log(`Pasted pages: skipped (no Chromium at ${CHROMIUM}; set CHROMIUM_PATH)`);
	return [
		...rows,
		{ data: `articles-bench dev (${means.pages} pages), body text`, measure: 'F1', value: means.f1, bar: 0.975, baseline: '0.964 (Readability alone 0.943)' },
		{ data: `articles-bench dev (${means.pages} pages), body text`, measure: 'precision', value: means.precision, bar: 0.96, baseline: '0.944' },
		{ data: `articles-bench dev (${means.pages} pages), body text`, measure: 'recall', value: means.recall, bar: 0.98, baseline: '0.984' }
	];
}
