// The facilitator corrects single quotes on an article's page ("Check the quotes"): gives a quote the
// analysis left unattributed its speaker, says a passage is no quote, and takes both back. The
// speaker table beside the text recounts each time, and the overview's figures follow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { RESULTS, createCollection, pasteArticle, startApp, type App } from './server';

let app: App;
let page: Page;
let article = '';

const TEXT = [
	'Harbour plan approved',
	'The council approved the harbour plan on Monday after a long debate.',
	'"This is a shameful decision that ignores every family on the waterfront," said Jane Doe, a councillor.',
	'The vote was seven to two.',
	'"We were never asked about any of it, not once, by anyone at the council."'
].join('\n\n');

beforeAll(async () => {
	app = await startApp();
	page = await app.newPage();
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
	await createCollection(page, 'Quote checks');
	article = await pasteArticle(page, 'Harbour Post', TEXT);
	await page.goto(article);
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
}, 240_000);

afterAll(async () => {
	await page?.context().close();
	await app?.stop();
});

const speakerRows = () => page.locator('.speaker-table tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.speaker ?? 'none'));
const check = (words: string) => page.locator('[data-testid="quote-check"]', { hasText: words });

describe('checking the quotes of an article', () => {
	it('lists every quote with its speaker, closed until asked for', async () => {
		await expect(speakerRows()).resolves.toEqual(['Jane Doe', 'none']);
		await page.getByRole('link', { name: 'Check the quotes' }).click();
		await expect(page.locator('[data-testid="quote-check"]').count()).resolves.toBe(2);
		await expect(check('never asked').locator('.qc-who').textContent()).resolves.toContain('no speaker found');
	});

	it('gives an unattributed quote its speaker, and the table counts it', async () => {
		await check('never asked').locator('input[name="speaker"]').fill('Waterfront Residents');
		await check('never asked').getByRole('button', { name: 'Give it this speaker' }).click();
		await page.locator('.quote-checks .ok', { hasText: 'is now counted as said by Waterfront Residents' }).waitFor();
		await expect(speakerRows()).resolves.toEqual(['Waterfront Residents', 'Jane Doe']);
		await expect(page.locator('tr[data-speaker="Waterfront Residents"] .badge').textContent()).resolves.toBe('quotes given by the facilitator');
		await page.screenshot({ path: join(RESULTS, 'quote-checks-given.png'), fullPage: true });
		// on a laptop the five columns fit the side column, badge and all (on a phone the table scrolls)
		const fits = await page.locator('.speaker-table').evaluate((t) => t.scrollWidth <= (t.parentElement as HTMLElement).clientWidth);
		expect(fits).toBe(true);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: join(RESULTS, 'quote-checks-given-390.png'), fullPage: true });
		await page.setViewportSize({ width: 1400, height: 1000 });
	});

	it('the overview counts the given quote, and its controls lead back to the article', async () => {
		const collection = article.replace(/\/a\/[^/]+$/, '');
		await page.goto(collection);
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		const json = await (await page.request.get(`${collection}/analysis.json`)).json();
		const speakers = JSON.stringify(json.outlets ?? json);
		expect(speakers).toContain('Waterfront Residents');
		await page.getByRole('button', { name: 'Facilitator’s controls' }).click();
		const link = page.locator('[data-testid="fixed-quotes"] a');
		await expect(link.textContent()).resolves.toBe('Harbour Post: Harbour plan approved');
		// a refused merge is said beside its form, in view
		const merge = page.locator('.merge-form');
		await merge.locator('select[name="from"]').selectOption('Jane Doe');
		await merge.locator('select[name="into"]').selectOption('Jane Doe');
		await merge.getByRole('button', { name: 'Merge speakers' }).click();
		const refused = page.getByTestId('merge-error');
		await expect.poll(() => refused.textContent()).toMatch(/“Jane Doe” is the same speaker twice/);
		await expect(refused.isVisible()).resolves.toBe(true);
		await link.click();
		await page.waitForURL(/#qc-h$/);
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await expect(check('never asked').locator('input[name="speaker"]').isVisible()).resolves.toBe(true);
	});

	it('says a passage is no quote, lists it apart, and the table leaves it out', async () => {
		await check('shameful').getByRole('button', { name: 'Not a quote' }).click();
		await page.locator('.quote-checks .ok', { hasText: 'is no longer counted as a quote' }).waitFor();
		await expect(speakerRows()).resolves.toEqual(['Waterfront Residents']);
		await expect(page.locator('[data-testid="not-a-quote"]').textContent()).resolves.toContain('shameful decision');
		// its loaded words are the outlet's own now: no quote mark holds them in the text
		await expect(page.locator('.article-body mark.lt[data-voice="quoted"]').count()).resolves.toBe(0);
	});

	it('refuses an empty speaker in the browser and a tampered one on the server, saying why', async () => {
		const form = check('never asked');
		await form.locator('input[name="speaker"]').fill('<b>Mayor</b>');
		await form.getByRole('button', { name: 'Give it this speaker' }).click();
		// (beside the quote it is about, naming it)
		await expect.poll(() => form.locator('[data-testid="quote-check-error"]').textContent()).toMatch(/^The speaker’s name for “We were never asked.*”: must not contain HTML tags/);
		await expect(speakerRows()).resolves.toEqual(['Waterfront Residents']);
	});

	it('takes both back', async () => {
		await page.getByRole('button', { name: 'count it as a quote again' }).click();
		await page.locator('.quote-checks .ok', { hasText: 'counts as a quote again' }).waitFor();
		await check('never asked').getByRole('button', { name: /undo/ }).click();
		await page.locator('.quote-checks .ok', { hasText: 'has the speaker the analysis found again' }).waitFor();
		await expect(speakerRows()).resolves.toEqual(['Jane Doe', 'none']);
	});
});
