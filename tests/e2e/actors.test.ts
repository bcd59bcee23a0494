// "How each outlet talks about …" in real Chromium against the built server, on the bundled example:
// the select lists actors two or more outlets name, the chart follows it, its bars are reachable by
// keyboard and lead to the article view with the actor's sentences tinted and the words that carried
// the tone ringed; screenshots at a laptop's and a phone's width.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESULTS, startApp, type App, untilAnalysed } from './server';

let app: App;

beforeAll(async () => {
	app = await startApp();
}, 180_000);

afterAll(async () => {
	await app?.stop();
});

async function openOverview(page: Page) {
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
	await page.goto('/');
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
	await untilAnalysed(page);
	await page.waitForSelector('[data-chart="actors"] .bar-key:not([hidden])', { state: 'attached' });
}

describe('tone toward each actor', () => {
	it('the select offers actors named by two outlets or more; choosing one redraws the chart with its title', async () => {
		const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
		await openOverview(page);
		const options = await page.locator('[data-testid="actor-select"] option').allTextContents();
		expect(options.length).toBeGreaterThan(1);
		for (const o of options) expect(o).toMatch(/\((\d+) outlets\)$/);
		for (const o of options) expect(Number(/\((\d+) outlets\)$/.exec(o)![1])).toBeGreaterThanOrEqual(2);
		const title = () => page.locator('[data-chart="actors"] h3, [data-chart="actors"] h2').first().textContent();
		const first = await title();
		expect(first).toMatch(/^How each outlet talks about /);
		const second = await page.locator('[data-testid="actor-select"] option').nth(1).getAttribute('value');
		await page.selectOption('[data-testid="actor-select"]', second!);
		await expect.poll(title).not.toBe(first);
		// The note says what is counted and the sample line how much text it rests on.
		const panel = await page.locator('[data-chart="actors"]').textContent();
		expect(panel).toMatch(/own words/);
		expect(panel).toMatch(/\d+ sentences? about .+ in the outlets’ own words/);
		await page.selectOption('[data-testid="actor-select"]', await page.locator('[data-testid="actor-select"] option').first().getAttribute('value') as string);
		await page.locator('[data-testid="actor-tone"]').scrollIntoViewIfNeeded();
		await page.locator('[data-testid="actor-tone"]').screenshot({ path: join(RESULTS, 'actors-chart-1280.png') });
		await page.context().close();
	});

	it('the facilitator leaves out a name that is no person or organisation, and counts it again', async () => {
		const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
		await openOverview(page);
		const select = page.locator('[data-testid="actor-select"]');
		const last = select.locator('option').last();
		const [key, label] = [await last.getAttribute('value'), await last.textContent()];
		const name = label!.replace(/ \(\d+ outlets\)$/, '');
		await page.selectOption('[data-testid="actor-select"]', key!);
		await page.getByTestId('hide-actor').getByRole('button').click();
		await expect.poll(() => select.locator(`option[value="${key}"]`).count()).toBe(0);
		await page.locator('#fac-toggle').click();
		await expect(page.getByTestId('not-actors').textContent()).resolves.toContain(name);
		await page.getByTestId('not-actors').getByRole('button', { name: 'count again' }).first().click();
		await expect.poll(() => select.locator(`option[value="${key}"]`).count()).toBe(1);
		await page.context().close();
	});

	it('keyboard: Tab reaches a bar with a spoken label, Enter opens its sentences with the evidence ringed', async () => {
		const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
		await openOverview(page);
		await page.locator('[data-testid="actor-select"]').focus();
		await page.keyboard.press('Tab');
		const a = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return { chart: el?.closest('[data-chart]')?.getAttribute('data-chart') ?? null, label: el?.textContent ?? '', href: el?.getAttribute('href') ?? '' };
		});
		expect(a.chart).toBe('actors');
		expect(a.label).toMatch(/^.+ about .+: tone [−+]?\d\.\d\d on a scale from −1 to \+1 \((negative|neutral|positive)[^)]*\), from \d+ sentences? in its own words/);
		expect(a.href).toMatch(/\/a\/[^?]+\?actor=/);
		await page.keyboard.press('Enter');
		await page.waitForURL((u) => u.search.includes('actor='));
		await page.waitForSelector('[data-testid="actor-banner"]');
		expect(await page.locator('[data-testid="actor-banner"]').textContent()).toMatch(/Tone toward .+ in the outlet’s own words/);
		expect(await page.locator('.article-body .sent').count()).toBeGreaterThan(0);
		await page.screenshot({ path: join(RESULTS, 'actors-evidence-1280.png') });
		await page.context().close();
	});

	it('every bar leads to an article that mentions the actor, with as many sentences as the chart says', async () => {
		const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
		await openOverview(page);
		const bars = await page.locator('[data-chart="actors"] .bar-key').evaluateAll((els) => els.map((e) => ({ href: e.getAttribute('href')!, label: e.textContent ?? '' })));
		expect(bars.length).toBeGreaterThanOrEqual(2);
		const bar = bars[0];
		await page.goto(bar.href);
		await page.waitForSelector('[data-testid="actor-banner"]');
		const banner = (await page.locator('[data-testid="actor-banner"]').textContent()) ?? '';
		expect(banner).not.toMatch(/does not mention/);
		const ringed = await page.locator('.article-body .focus').count();
		const words = /no word in them carried/.test(banner) ? 0 : Number(/the (\d+) words? that carried it/.exec(banner)?.[1] ?? 'NaN');
		expect(banner).toMatch(/\b(?:1 sentence that mentions|\d+ sentences that mention) it\b/);
		expect(ringed).toBeGreaterThanOrEqual(Math.min(words, 1));

		// Side by side (where an outlet with several articles leads): each column tints the actor's sentences.
		const [, base, first, key] = /^(.*)\/a\/([^?]+)\?actor=(.+)$/.exec(new URL(bars[0].href, app.base).pathname + new URL(bars[0].href, app.base).search)!;
		const second = /\/a\/([^?]+)\?/.exec(bars[1].href)![1];
		await page.goto(`${base}/compare?ids=${first},${second}&actor=${key}`);
		await page.waitForSelector('[data-testid="actor-banner"]');
		for (const col of await page.locator('.column').all()) expect(await col.locator('.article-body .sent').count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it('on a phone (390 px) the chart fits the screen', async () => {
		const page = await app.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
		await openOverview(page);
		const box = await page.locator('[data-chart="actors"] canvas').boundingBox();
		expect(box!.width).toBeLessThanOrEqual(390);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.locator('[data-testid="actor-tone"]').scrollIntoViewIfNeeded();
		await page.locator('[data-testid="actor-tone"]').screenshot({ path: join(RESULTS, 'actors-chart-390.png') });
		await page.context().close();
	});
});
