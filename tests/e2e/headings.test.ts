// An article's headline and date are the same on every page. An uploaded HTML page stores no headline
// or date (the form's fields were left empty): the analysis finds them in the page, and the overview's
// card, the side-by-side chooser, the article page and Manage all show those. A text with no headline
// is "(no headline)" everywhere, never "(headline from the page)", on a participant's phone too while
// the room's predictions hold the figures back.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESULTS, startApp, type App } from './server';

let app: App;
let page: Page;
let collectionUrl = '';

const HEADLINE = 'Harbour ferry returns after storm repairs';
const PAGE = `<!doctype html><html><head><title>${HEADLINE} | Coast Courier</title>
<meta property="article:published_time" content="2024-03-07T09:15:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${HEADLINE}</h1>
<p>The harbour ferry carried its first passengers on Thursday morning after six weeks of repairs to the landing stage, which the February storm had torn loose.</p>
<p>"We are relieved to have the service back before the Easter holidays," said the port manager, Ana Ruiz, who thanked the engineers who worked through the weekends.</p>
<p>Fares stay the same until the end of the season, the operator said, and the timetable returns to twelve crossings a day from Monday.</p>
</article><footer>Coast Courier, all rights reserved</footer></body></html>`;
// One paragraph and nothing that reads as a headline.
const NO_HEADLINE =
	'the ferry operator said on thursday that crossings would run every hour from monday, that fares would stay the same until the end of the season, and that the landing stage repaired after the storm had passed its inspection without any faults being found by the engineers.\n';

beforeAll(async () => {
	// Requests from this machine are a participant's; the facilitator comes in by their link.
	app = await startApp({ env: { SLANT_LOOPBACK_ROLE: 'participant' } });
	const link = app.server.facilitatorLink();
	page = await app.newPage({ baseURL: new URL(link).origin, viewport: { width: 1280, height: 900 } });
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
	await go(link);
}, 180_000);

afterAll(async () => {
	await app?.stop();
});

async function go(url: string) {
	await page.goto(url);
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
}

describe('headlines and dates found in the page', () => {
	it('an HTML page and a text are uploaded with no headline or date typed', async () => {
		await go('/collections');
		await page.fill('input[name="name"]', 'Headings test');
		await page.getByRole('button', { name: 'Create and add articles' }).click();
		await page.waitForURL(/\/c\/[^/]+\/add$/);
		collectionUrl = new URL(page.url()).pathname.replace(/\/add$/, '');
		const form = page.locator('[data-testid="upload-form"]');
		await form.locator('input[type="file"]').setInputFiles([
			{ name: 'coast-courier.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) },
			{ name: 'bay-notes.txt', mimeType: 'text/plain', buffer: Buffer.from(NO_HEADLINE) }
		]);
		await form.getByRole('button', { name: 'Upload' }).click();
		await expect.poll(() => page.locator('[data-testid="upload-results"] li.ok').count(), { timeout: 30_000 }).toBe(2);
	});

	it('are the same on the overview, the side-by-side chooser, the article page and Manage', async () => {
		await go(collectionUrl);
		const card = page.locator('.outlet-card', { hasText: 'coast-courier' });
		await expect(card.locator('.headline').textContent()).resolves.toBe(HEADLINE);
		await expect(card.locator('.meta time').textContent()).resolves.toBe('7 Mar 2024');
		const plain = page.locator('.outlet-card', { hasText: 'bay-notes' });
		await expect(plain.locator('.headline').textContent()).resolves.toBe('(no headline)');
		await expect(plain.locator('.meta time').textContent()).resolves.toBe('no date');

		await go(`${collectionUrl}/compare`);
		const choice = page.locator('label', { hasText: 'coast-courier' });
		await expect(choice.textContent()).resolves.toContain(HEADLINE);
		await expect(choice.textContent()).resolves.toContain('7 Mar 2024');
		await expect(choice.textContent()).resolves.not.toContain('no date');
		await page.screenshot({ path: join(RESULTS, 'headings-compare-chooser.png') });

		await go(collectionUrl);
		await card.locator('.headline a').click();
		await page.waitForURL(/\/a\//);
		await expect(page.locator('h1').first().textContent()).resolves.toBe(HEADLINE);
		await expect(page.locator('.meta').first().textContent()).resolves.toMatch(/^7 March 2024 · /);

		await go(`${collectionUrl}/manage`);
		const row = page.locator('tbody tr', { hasText: 'coast-courier' });
		await expect(row.locator('td').nth(0).textContent()).resolves.toMatch(new RegExp(`^\\s*${HEADLINE}\\s*\\(from the page\\)\\s*$`));
		await expect(row.locator('td').nth(2).textContent()).resolves.toMatch(/^7 Mar 2024\s*\(from the page\)$/);
		const txt = page.locator('tbody tr', { hasText: 'bay-notes' });
		await expect(txt.locator('td').nth(0).textContent()).resolves.toMatch(/^\s*\(no headline\)\s*$/);
		await expect(txt.locator('td').nth(2).textContent()).resolves.toBe('no date');
		await expect(page.locator('main').textContent()).resolves.not.toContain('headline from the page');
		await page.screenshot({ path: join(RESULTS, 'headings-manage.png') });

		// The edit form keeps its fields empty (the page's are used) and says what the page gives.
		await row.getByRole('link', { name: 'Edit' }).click();
		await page.waitForURL(/\/edit$/);
		await expect(page.locator('input[name="title"]').inputValue()).resolves.toBe('');
		await expect(page.getByTestId('found-title').textContent()).resolves.toContain(`“${HEADLINE}”`);
		await expect(page.getByTestId('found-date').textContent()).resolves.toContain('7 Mar 2024');

		// A text saved with no headline offers the facilitator the edit page from its heading (the third
		// newcomer's Forbes paste went to the handout as "(no headline)" without a word)
		await go(collectionUrl);
		await page.locator('.outlet-card', { hasText: 'bay-notes' }).locator('.headline a').click();
		await page.waitForURL(/\/a\//);
		const add = page.locator('h1 a.add-headline');
		await expect(add.textContent()).resolves.toBe('add one');
		await expect(add.getAttribute('href')).resolves.toMatch(/\/a\/[^/]+\/edit$/);
		await page.screenshot({ path: join(RESULTS, 'headings-add-one.png') });
	});

	it('are the same on a participant’s phone while the questions are open', async () => {
		await go(`${collectionUrl}/predict`);
		const row = page.locator('.catalogue li[data-kind="loaded-own"]');
		await row.getByRole('button', { name: 'Add' }).click();
		await expect.poll(() => page.locator('.question').count()).toBe(1);
		const phone = await app.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
		await phone.goto(collectionUrl);
		await phone.waitForSelector('html[data-hydrated]', { state: 'attached' });
		const list = phone.getByTestId('held-back').locator('.reading-list');
		const courier = list.locator('li', { hasText: 'coast-courier' });
		await expect(courier.textContent()).resolves.toContain(HEADLINE);
		await expect(courier.textContent()).resolves.toContain('7 March 2024');
		await expect(list.locator('li', { hasText: 'bay-notes' }).textContent()).resolves.toContain('(no headline)');
		await phone.screenshot({ path: join(RESULTS, 'headings-held-back-phone.png') });
	});
});
