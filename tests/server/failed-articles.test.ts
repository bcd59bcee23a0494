// The overview's notice for articles whose analysis failed, rendered as the server renders it.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import FailedArticles from '../../src/lib/components/overview/FailedArticles.svelte';

const failed = [{ id: 'a1', outlet: 'Broken Post', title: 'It <b>breaks</b>', error: 'the tokeniser gave up' }];

describe('FailedArticles', () => {
	it('names each failed article with its error and says the charts leave it out', () => {
		const { body } = render(FailedArticles, { props: { failed, analysed: 4, base: '/c/x', canManage: true } });
		expect(body).toMatch(/1 of 5 articles is left out of the charts: 1 could not be analysed/);
		expect(body).toMatch(/compare the other 4 articles only/);
		expect(body).toContain('Broken Post');
		expect(body).toContain('analysis error: the tokeniser gave up');
		expect(body).toContain('It &lt;b>breaks&lt;/b>'); // escaped, never markup
		expect(body).toContain('href="/c/x/a/a1/edit"');
	});

	it('offers no edit link to a participant, and shows nothing when all went well', () => {
		expect(render(FailedArticles, { props: { failed, analysed: 4, base: '/c/x', canManage: false } }).body).not.toContain('/edit');
		expect(render(FailedArticles, { props: { failed: [], analysed: 5, base: '/c/x', canManage: true } }).body).not.toMatch(/could not be analysed/);
	});

	const foreign = { id: 'm1', outlet: 'Kabar Pagi', title: 'Berita', error: 'Not English (detected: Malay). Slant’s word lists and rules are for English news, so its figures for this article mean little.', reason: 'language' as const };
	const rows: [string, (typeof failed[number] & { reason?: 'error' | 'language' })[], RegExp][] = [
		['one not in English', [foreign], /1 of 5 articles is left out of the charts: 1 is not in English/],
		['one of each', [{ ...failed[0], reason: 'error' }, foreign], /2 of 6 articles are left out of the charts: 1 could not be analysed and 1 is not in English/]
	];
	it.each(rows)('%s: says why, and a foreign article can still be read', (_l, list, heading) => {
		const { body } = render(FailedArticles, { props: { failed: list, analysed: 4, base: '/c/x', canManage: false } });
		expect(body).toMatch(heading);
		expect(body).toContain('Not English (detected: Malay)');
		expect(body).toContain('href="/c/x/a/m1"');
		expect(body).not.toContain('analysis error: Not English');
		expect(body.replace(/<!--[^>]*-->/g, '')).toMatch(/articles? only\. Slant’s word lists/); // a space between the sentences
	});
});
