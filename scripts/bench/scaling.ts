// Inputs that were once super-linear (fuzzing, issue #11): each is analysed at a size and at twice,
// four and eight times that size; CPU time must grow about linearly (at most ×2.2 per doubling, over the
// range; each doubling is printed too).
import { analyseArticle } from '../../analysis/pipeline.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';
import type { AnalysisOptions } from '../../analysis/types.js';
import { PATHOLOGICAL_ANALYSIS, type Pathological } from '../../tests/fixtures/pathological-analysis.js';
import { ms, record } from './report.js';

const SIZES = [16_000, 32_000, 64_000, 128_000];
const LIMIT = 2.2;

/**
 * CPU time of this process for each size, best of five. The five rounds go through the sizes in turn
 * (not five of one size, then five of the next), after one warm-up run at the largest size: a busy
 * moment on the 2-core machine, a garbage collection or the JIT's first compilation of a new input's
 * paths then lands on one round of every size rather than on one size, where it read as growth.
 */
function timesOf(p: Pathological, options: AnalysisOptions): number[] {
	const cpu = () => {
		const u = process.cpuUsage();
		return (u.user + u.system) / 1000;
	};
	analyseArticle(p.make(SIZES[SIZES.length - 1]), options);
	const best = SIZES.map(() => Infinity);
	for (let r = 0; r < 5; r++) {
		SIZES.forEach((size, k) => {
			const input = p.make(size);
			const t0 = cpu();
			analyseArticle(input, options);
			best[k] = Math.min(best[k], cpu() - t0);
		});
	}
	return best;
}

export function benchScaling(): void {
	const options: AnalysisOptions = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
	for (const p of PATHOLOGICAL_ANALYSIS) {
		const times = timesOf(p, options);
		// Below a few milliseconds the ratio is noise; the last doubling, on the largest input, says most.
		const growth = times.slice(1).map((t, i) => t / Math.max(times[i], 2));
		// Judged on the growth per doubling over the whole range (the geometric mean of the doublings):
		// one doubling of a 20 ms run can read ×2.4 on one run and ×1.4 on the next as a collection
		// lands on it, while a quadratic spot shows as ×4 over the range as much as in any one step.
		const overall = (times[times.length - 1] / Math.max(times[0], 2)) ** (1 / (times.length - 1));
		record(
			`scaling: ${p.name} (${SIZES.map((s) => `${s / 1000}K`).join(', ')} characters)`,
			`${times.map(ms).join(', ')}; ×${growth.map((g) => g.toFixed(1)).join(', ×')} per doubling, ×${overall.toFixed(2)} over the range (was: ${p.was})`,
			`≤ ×${LIMIT} per doubling over the range`,
			overall <= LIMIT
		);
	}
}
