// Inputs that were once super-linear (fuzzing, issue #11): each is analysed at a size and at twice,
// four and eight times that size; CPU time must grow about linearly (at most ×2.2 per doubling).
import { analyseArticle } from '../../analysis/pipeline.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';
import type { AnalysisOptions } from '../../analysis/types.js';
import { PATHOLOGICAL_ANALYSIS, type Pathological } from '../../tests/fixtures/pathological-analysis.js';
import { ms, record } from './report.js';

const SIZES = [16_000, 32_000, 64_000, 128_000];
const LIMIT = 2.2;

function timeOf(p: Pathological, size: number, options: AnalysisOptions): number {
	// CPU time of this process, best of five: wall time on a busy 2-core machine doubled or halved
	// between runs of the same input, and the machine's noise is one-sided (it only ever adds time).
	const cpu = () => {
		const u = process.cpuUsage();
		return (u.user + u.system) / 1000;
	};
	let best = Infinity;
	for (let r = 0; r < 5; r++) {
		const input = p.make(size);
		const t0 = cpu();
		analyseArticle(input, options);
		best = Math.min(best, cpu() - t0);
	}
	return best;
}

export function benchScaling(): void {
	const options: AnalysisOptions = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
	for (const p of PATHOLOGICAL_ANALYSIS) {
		const times = SIZES.map((s) => timeOf(p, s, options));
		// Below a few milliseconds the ratio is noise; the last doubling, on the largest input, says most.
		const growth = times.slice(1).map((t, i) => t / Math.max(times[i], 2));
		const worst = Math.max(...growth);
		record(
			`scaling: ${p.name} (${SIZES.map((s) => `${s / 1000}K`).join(', ')} characters)`,
			`${times.map(ms).join(', ')}; ×${growth.map((g) => g.toFixed(1)).join(', ×')} per doubling (was: ${p.was})`,
			`≤ ×${LIMIT} per doubling`,
			worst <= LIMIT
		);
	}
}
