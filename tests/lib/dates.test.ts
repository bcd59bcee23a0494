// One date format for every page (src/lib/dates.ts).
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';

describe('formatDate', () => {
	it.each([
		['2019-11-19', {}, '19 Nov 2019'],
		['2019-11-19T23:59:00-08:00', {}, '19 Nov 2019'],
		['2024-03-07T09:15:00Z', { month: 'long' as const }, '7 March 2024'],
		[null, {}, 'no date'],
		['', {}, 'no date'],
		[null, { none: '' }, ''],
		['  Tuesday, late  ', {}, 'Tuesday, late'],
		['2019-13-45', {}, '2019-13-45']
	])('%j %j → %s', (d, opts, want) => expect(formatDate(d, opts)).toBe(want));
});
