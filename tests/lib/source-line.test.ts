import { describe, expect, it } from 'vitest';
import { publishedRange, sourceText } from '../../src/lib/source-line';
import { sourcePadding, wrapSource } from '../../src/lib/chart-export';

describe('source line: every date says what it is', () => {
	const d = (...dates: (string | null)[]) => dates.map((date) => ({ date }));
	it.each([
		[d(), ''],
		[d(null, null), ''],
		[d('2019-11-12T08:00:00Z'), 'published 12 Nov 2019'],
		[d('2019-11-14', '2019-11-12', '2019-11-13'), 'published 12–14 Nov 2019'],
		[d('2019-10-30', '2019-11-02'), 'published 30 Oct – 2 Nov 2019'],
		[d('2019-12-30', '2020-01-02'), 'published 30 Dec 2019 – 2 Jan 2020'],
		[d('2019-11-12', null), 'published 12 Nov 2019, 1 undated'],
		[d('2019-11-12', 'not a date'), 'published 12 Nov 2019, 1 undated']
	])('%j → %s', (articles, text) => expect(publishedRange(articles)).toBe(text));

	it.each([
		['Stadia', d('2019-11-19', '2019-11-20'), '', 'made with Slant on 2026-11-30', 'Source: “Stadia”, 2 articles published 19–20 Nov 2019 · made with Slant on 2026-11-30'],
		['One', d(null), ' (1 more left out: not in English)', 'snapshot of 2026-11-30 · made with Slant', 'Source: “One”, 1 article (1 more left out: not in English) · snapshot of 2026-11-30 · made with Slant']
	])('%s', (name, articles, left, when, text) => expect(sourceText(name, articles, left, when)).toBe(text));
});

describe('source line: wrapped to the chart, never cut off (review 17: an SVG ended "…2026-1")', () => {
	const long = 'Source: “Prince Andrew BBC interview (Nov 2019)”, 3 articles published 18–19 Nov 2019 · made with Slant on 2026-11-30';
	const measure = (s: string) => s.length * 6.5;
	it.each([
		['a short line on a wide chart', 'Source: “Stadia”, 2 articles · made with Slant on 2026-11-30', 1000, 1],
		['a long line on a 720-px chart', long, 700, 2],
		['a long line on a phone-sized chart', long, 300, 3]
	])('%s', (_name, text, width, lines) => {
		const out = wrapSource(text, width, measure);
		expect(out).toHaveLength(lines);
		expect(out.join(' ')).toBe(text);
		for (const l of out) expect(measure(l)).toBeLessThanOrEqual(width);
		// the room left below the chart holds every line
		expect(sourcePadding(text, width + 20)).toBeGreaterThanOrEqual(16 + 15 * lines);
	});
});
