// File names of downloads: slugs with no spaces, accents or punctuation.
import { describe, expect, it } from 'vitest';
import { fileName, slug } from '../../src/lib/csv';

describe('slug', () => {
	it.each([
		['Russia leaves the ICC (November 2016)', 'russia-leaves-the-icc-november-2016'],
		['michael webb', 'michael-webb'],
		['  Zoë Ní Bhriain  ', 'zoe-ni-bhriain'],
		['«»', 'slant'],
		['a'.repeat(59) + ' b', 'a'.repeat(59)]
	])('%s → %s', (s, want) => expect(slug(s)).toBe(want));
});

describe('fileName', () => {
	it.each([
		[['fort-worth-kidnapping-rescue-video', 'michael webb', 'actors'], '.svg', 'fort-worth-kidnapping-rescue-video-michael-webb-actors.svg'],
		[['Michael Webb', 'actors'], '.svg', 'michael-webb-actors.svg'],
		[['russia-leaves-the-icc-november-2016', 'sentiment'], '@2x.png', 'russia-leaves-the-icc-november-2016-sentiment@2x.png'],
		[['Côte d’Ivoire news', 'loaded'], '.csv', 'cote-d-ivoire-news-loaded.csv']
	])('%j + %s → %s', (parts, ending, want) => {
		const name = fileName(parts, ending);
		expect(name).toBe(want);
		expect(name).not.toMatch(/\s/);
	});
});
