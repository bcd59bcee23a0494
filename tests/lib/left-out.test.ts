// The source line's note on articles left out of the charts says why (src/lib/left-out.ts).
import { describe, expect, it } from 'vitest';
import { leftOutNote, type LeftOutArticle } from '../../src/lib/left-out.js';

const lang: LeftOutArticle = { reason: 'language' };
const err: LeftOutArticle = { reason: 'error' };

describe('leftOutNote', () => {
	const rows: [LeftOutArticle[], string][] = [
		[[], ''],
		[[lang], '1 more left out: not in English'],
		[[err], '1 more left out: could not be analysed'],
		[[{}], '1 more left out: could not be analysed'],
		[[lang, err, err], '3 more left out: 1 not in English, 2 could not be analysed'],
		[[lang, lang], '2 more left out: not in English']
	];
	it.each(rows)('%j -> %s', (failed, want) => {
		expect(leftOutNote(failed)).toBe(want);
	});
});
