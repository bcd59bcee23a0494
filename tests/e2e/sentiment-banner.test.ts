// The article's sentiment view says what the tone leaves out and how much: names, topic words, and
// words named as words ("the word “disgusting”"), counted as the analysis counts them (review CC of the
// 43rd stop: a word talked about is no judgement of the writer's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { RESULTS, createCollection, pasteArticle, startApp, type App } from './server';

let app: App;
let page: Page;
let article = '';

const TEXT = [
	'Anchors and the deficit',
	'In 2015, the word "disgusting" was mentioned by anchors in more than 40 broadcasts, according to a review of network transcripts.',
	'The Harbour Council met on Monday to discuss the budget, and the mayor said the plan would pass.'
].join('\n\n');

beforeAll(async () => {
	app = await startApp();
	page = await app.newPage();
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
	await createCollection(page, 'Tone checks');
	article = await pasteArticle(page, 'Harbour Post', TEXT);
}, 240_000);

afterAll(async () => {
	await page?.context().close();
	await app?.stop();
});

describe('the sentiment view of an article', () => {
	it('counts the words named as words it left out, with spaces between the parts of its sentence', async () => {
		await page.goto(`${article}?show=sentiment`);
		const banner = (await page.locator('.focus-banner').textContent()) ?? '';
		expect(banner).toMatch(/names, \d+ topic words \(war, crime, court…, and nouns this article keeps using for its subject\) and 1 word named as such/);
		// the word itself carries no tone: the sentence's scored words leave it out
		const sents = page.locator('.article-body .sent', { hasText: 'disgusting' });
		const titles = await sents.evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
		for (const t of titles) expect(t).not.toMatch(/disgusting/);
		await page.screenshot({ path: join(RESULTS, 'sentiment-named-words.png'), fullPage: true });
	});
});
