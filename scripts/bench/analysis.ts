// In-process speed of the analysis: per article on the seeds, warm; and the issue #11 ratio, the
// whole analysis against wink-nlp's readDoc plus token output alone, on ~2 MB of news text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyseArticle } from '../../analysis/pipeline.js';
import { compareOutlets } from '../../analysis/compare.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';
import type { AnalysisOptions, ArticleInput } from '../../analysis/types.js';
import { median, ms, pct, record } from './report.js';

export function benchAnalysis(seeds: ArticleInput[]): void {
	let t0 = performance.now();
	const options: AnalysisOptions = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
	for (const s of seeds) analyseArticle(s, options); // loads the wink model
	record('cold start (model + lexicon load + first pass over 5 seeds)', ms(performance.now() - t0));
	const per: number[] = [];
	for (let r = 0; r < 20; r++) {
		for (const s of seeds) {
			t0 = performance.now();
			analyseArticle(s, options);
			per.push(performance.now() - t0);
		}
	}
	const words = seeds.reduce((n, s) => n + s.text!.split(/\s+/).length, 0) / seeds.length;
	record('analyse one seed article, warm (median / p95)', `${ms(median(per))} / ${ms(pct(per, 0.95))} (≈${words.toFixed(0)} words each)`);
	const all = seeds.map((s) => analyseArticle(s, options));
	t0 = performance.now();
	for (let r = 0; r < 20; r++) compareOutlets(all, options);
	record('compareOutlets on the 5 seeds', ms((performance.now() - t0) / 20));

	// The ratio: the same ~2 MB of text (the seeds repeated), in this one process, best of three runs
	// each so a busy moment on the machine counts against neither side. Segmentation is included:
	// the articles go in as text, as a user gives them.
	const texts: string[] = [];
	let size = 0;
	while (size < 2_000_000) for (const s of seeds) (texts.push(s.text!), (size += s.text!.length));
	const nlp = winkNLP(model);
	const its = nlp.its;
	const readDocOnly = () => {
		for (const t of texts) nlp.readDoc(t).tokens().out(its.value);
	};
	const full = () => {
		for (let i = 0; i < texts.length; i++) analyseArticle({ id: `r${i}`, text: texts[i] }, options);
	};
	// CPU time of this process (one thread here), not wall time: other work on the machine then
	// changes the figures far less.
	const cpuMs = () => {
		const u = process.cpuUsage();
		return (u.user + u.system) / 1000;
	};
	const best = (f: () => void) => {
		let b = Infinity;
		for (let r = 0; r < 3; r++) {
			const s = cpuMs();
			f();
			b = Math.min(b, cpuMs() - s);
		}
		return b;
	};
	readDocOnly();
	const base = best(readDocOnly);
	const whole = best(full);
	const ratio = whole / base;
	record(
		`whole analysis against wink readDoc + token output, ${(size / 1e6).toFixed(1)} MB (${texts.length} articles)`,
		`${ratio.toFixed(2)}× (${ms(whole)} against ${ms(base)} of CPU time, best of 3)`,
		'≤ 1.5×',
		ratio <= 1.5
	);
	// Where the time goes: each stage's CPU share of one more run, and its cost against readDoc alone.
	const spent = new Map<string, number>();
	const timed: AnalysisOptions = { ...options, onStage: (name, t) => spent.set(name, (spent.get(name) ?? 0) + t) };
	for (let i = 0; i < texts.length; i++) analyseArticle({ id: `r${i}`, text: texts[i] }, timed);
	const total = [...spent.values()].reduce((a, b) => a + b, 0);
	record(
		'where the time goes (share of the whole analysis; × wink readDoc + token output)',
		[...spent].map(([name, t]) => `${name} ${((100 * t) / total).toFixed(0)}% (${(t / base).toFixed(2)}×)`).join(', ')
	);
	record('analysis process memory after the runs (RSS)', `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
}
