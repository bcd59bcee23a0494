// A very long article (issue #11): pasted, analysed off the request thread, and shown in parts, so its
// page stays a normal size; a speaker's evidence link lands on the part holding the quote.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESULTS, startApp, type App } from './server';

let app: App;
let page: Page;

beforeAll(async () => {
	app = await startApp();
	page = await app.newPage();
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
}, 240_000);

afterAll(async () => {
	await app?.stop();
});

/** Creates a collection, pastes `text` into it as the Harbour Gazette's, and returns the article page it lands on. */
async function pasteInNewCollection(name: string, text: string): Promise<string> {
	await page.goto('/collections');
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
	await page.fill('[data-testid="create-form"] input[name="name"]', name);
	await page.getByRole('button', { name: 'Create and add articles' }).click();
	await page.waitForURL(/\/c\/[^/]+\/add$/);
	const form = page.locator('[data-testid="paste-form"]');
	await form.locator('input[name="outlet"]').fill('Harbour Gazette');
	// Set at once: typing ~300 KB through fill() takes longer than the test's patience.
	await form.locator('textarea[name="content"]').evaluate((el, v) => {
		(el as HTMLTextAreaElement).value = v;
		el.dispatchEvent(new Event('input', { bubbles: true }));
	}, text);
	await form.getByRole('button', { name: 'Add article' }).click();
	await page.waitForURL(/\/a\/[^/?]+\?added=1/, { timeout: 120_000 });
	return page.url().replace(/\?.*$/, '');
}

// About 450 KB: four parts. Only the last paragraph quotes Mayor Ada Quill.
const PARAS = 2600;
const body = [
	'Harbour plan debated for a week',
	...Array.from({ length: PARAS }, (_, i) => `On day ${i} the harbour board met again and discussed item ${i} of the plan, which officials said would take years.`),
	'"This is the end of a long road," said Mayor Ada Quill.'
].join('\n\n');

describe('a long article in parts', () => {
	let articleUrl = '';

	it('is pasted and analysed', async () => {
		articleUrl = await pasteInNewCollection('Long one', body);
		await page.waitForSelector('[data-testid="article-parts"]', { timeout: 120_000 });
	}, 180_000);

	it('shows one part of a bounded size, with a way to the next', async () => {
		const res = await page.request.get(articleUrl);
		const html = await res.text();
		expect(html.length).toBeLessThan(2_000_000);
		await page.goto(articleUrl);
		await expect.poll(() => page.locator('[data-testid="article-parts"]').innerText()).toMatch(/part 1 of [3-6]/);
		expect(await page.locator('.article-body').innerText()).toContain('day 0 the harbour board');
		expect(await page.locator('.article-body').innerText()).not.toContain(`day ${PARAS - 1} the harbour`);
		await page.getByRole('link', { name: 'Next part →' }).click();
		await page.waitForURL(/[?&]part=2/);
		await expect.poll(() => page.locator('[data-testid="article-parts"]').innerText()).toMatch(/part 2 of/);
		await page.screenshot({ path: join(RESULTS, 'long-article-part-2.png') });
	});

	it("a speaker's evidence link opens the part with the quote", async () => {
		await page.goto(`${articleUrl}?speaker=${encodeURIComponent('Ada Quill')}`);
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		const nav = await page.locator('[data-testid="article-parts"]').innerText();
		const [, index, count] = /part (\d+) of (\d+)/.exec(nav)!;
		expect(index).toBe(count);
		expect(await page.locator('.article-body .focus').first().innerText()).toContain('end of a long road');
	});

	it('side by side shows the long one in a part, beside a short one', async () => {
		const collection = articleUrl.replace(/\/a\/.*$/, '');
		await page.goto(`${collection}/add`);
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		const form = page.locator('[data-testid="paste-form"]');
		await form.locator('input[name="outlet"]').fill('Quay Post');
		await form.locator('textarea[name="content"]').fill('Harbour plan passes\n\nThe harbour board approved the new quay plan on Monday after a short debate, and work on the pier starts in spring.\n\n"A good day for the quay," said Mayor Ada Quill.');
		await form.getByRole('button', { name: 'Add article' }).click();
		await page.waitForURL(/\/a\/[^/?]+\?added=1/, { timeout: 60_000 });
		const shortId = new URL(page.url()).pathname.split('/').pop()!;
		const longId = new URL(articleUrl).pathname.split('/').pop()!;
		const url = `${collection}/compare?ids=${longId},${shortId}&speaker=${encodeURIComponent('Ada Quill')}`;
		const html = await (await page.request.get(url)).text();
		expect(html.length).toBeLessThan(3_000_000);
		await page.goto(url);
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		const note = page.locator(`[data-article="${longId}"] [data-testid="column-part"]`);
		await expect.poll(() => note.innerText()).toMatch(/part (\d+) of \1/);
		expect(await page.locator(`[data-article="${shortId}"] [data-testid="column-part"]`).count()).toBe(0);
		expect(await page.locator(`[data-article="${longId}"] .article-body .focus`).first().innerText()).toContain('end of a long road');
	}, 120_000);
});

describe('an article with many lines left out', () => {
	// (a 2 MB paste of pages run together left out 8,306 lines, and listing them all made 2.5 MB of its page)
	it('lists the first 200 and counts the rest', async () => {
		const text = ['Council votes on the harbour', ...Array.from({ length: 450 }, (_, i) => `The board met for the ${i + 1}th time on Monday and discussed the plan, officials said.\n\nAdvertisement`)].join('\n\n');
		await pasteInNewCollection('Many left out', text);
		await expect(page.locator('.left-out details li .badge.reason').count()).resolves.toBe(200);
		await expect(page.getByTestId('removed-more').textContent()).resolves.toMatch(/… and 250 more \(the first 200 are listed here\)/);
		await expect(page.locator('.left-out summary').last().textContent()).resolves.toMatch(/^450 lines left out/);
	}, 180_000);
});

