// The rate the Add page's wait estimate uses: learned from analyses large enough to say something.
import { describe, expect, it } from 'vitest';
import { AnalysisSpeed, DEFAULT_MS_PER_KB } from '../../src/lib/server/analysis-speed';

describe('AnalysisSpeed', () => {
	it.each([
		// [bytes, ms] analyses recorded → ms per KB, measured?
		[[], DEFAULT_MS_PER_KB, false],
		// a short article is mostly fixed costs: not counted
		[[[5_000, 400]], DEFAULT_MS_PER_KB, false],
		[[[100_000, 500]], 5, true],
		// a moving average: the newest weighs 0.3
		[[[100_000, 500], [100_000, 1500]], 0.7 * 5 + 0.3 * 15, true],
		// nonsense is ignored
		[[[100_000, -1], [100_000, Infinity], [NaN, 10]], DEFAULT_MS_PER_KB, false]
	] as const)('%j → %s ms/KB', (runs, rate, measured) => {
		const s = new AnalysisSpeed();
		for (const [bytes, ms] of runs) s.record(bytes, ms);
		expect(s.msPerKB()).toBeCloseTo(rate, 6);
		expect(s.measured()).toBe(measured);
	});
});
