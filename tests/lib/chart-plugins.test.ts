// Type sizes per medium (sizer), including a projector slide that gives the chart less room.
import { describe, expect, it } from 'vitest';
import { sizer } from '../../src/lib/chart-plugins';

describe('sizer', () => {
	it.each([
		// medium, fit, screen size → drawn size
		['screen', 1, 13, 13],
		['screen', 0.5, 13, 13],
		['print', 1, 13, 12],
		['present', 1, 12, 28],
		['present', 1, 16, 34],
		// beside the "how this is measured" note: every size shrinks by the same factor
		['present', 0.75, 12, 21],
		['present', 0.75, 16, 26],
		['present', 20 / 28, 12, 20]
	] as const)('%s, fit %s: %s px → %s px', (medium, fit, n, want) => {
		expect(sizer(medium, fit)(n)).toBe(want);
	});
});
