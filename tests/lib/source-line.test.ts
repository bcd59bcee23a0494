import { describe, expect, it } from 'vitest';
import { publishedRange, sourceText } from '../../src/lib/source-line';

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
