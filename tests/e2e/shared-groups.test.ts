// One speaker, one group across a collection, as the article page shows it: a speaker an article
// classifies only by a deed takes the group another article reads from a title, and the speaker table
// says what each article said (analysis/quotes/shared-groups.ts, review 36).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { RESULTS, createCollection, pasteArticle, startApp, type App } from './server';

let app: App;
let page: Page;
let daily = '';

const WIRE = 'Court order signed\n\nRussian President Vladimir Putin signed the order on Wednesday.\n\n"The court has not lived up to the hopes," Putin said.';
const DAILY = 'A good day\n\nVladimir Putin scored twice in the second half on Wednesday.\n\n"It was a good day for all of us," Vladimir Putin said.';

beforeAll(async () => {
	app = await startApp();
	page = await app.newPage();
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
	const addPage = await createCollection(page, 'Shared groups');
	await pasteArticle(page, 'Wire', WIRE);
	await page.goto(addPage);
	daily = await pasteArticle(page, 'Daily', DAILY);
	await page.goto(daily);
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
}, 240_000);

afterAll(async () => {
	await page?.context().close();
	await app?.stop();
});

describe('a group the collection gives over a deed', () => {
	it('shows the collection’s group, what this article said and where the group was read', async () => {
		const row = page.locator('.speaker-table tbody tr[data-speaker="Vladimir Putin"]');
		await expect(row.locator('.muted.small').first().textContent()).resolves.toContain('government');
		await expect(row.locator('[data-testid="group-from"]').textContent()).resolves.toBe('this article says only “Putin scored”; Wire’s article says more (“Russian President”)');
		await row.screenshot({ path: join(RESULTS, 'shared-groups-speaker.png') });
	});
});
