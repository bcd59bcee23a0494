// Charts for everyone, in real Chromium against the built server: bars reachable by keyboard with a
// visible focus mark and a spoken label, every chart's sample size, the reporting-verbs view leading to
// its sentences, and colour meaning one thing per screen in the text views.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESULTS, startApp, type App, untilAnalysed } from './server';

let app: App;
let page: Page;

beforeAll(async () => {
	app = await startApp();
	page = await app.newPage();
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
}, 180_000);

afterAll(async () => {
	await app?.stop();
});

async function openOverview() {
	await page.goto('/');
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
	await untilAnalysed(page);
	await page.waitForSelector('[data-chart="loaded"] .bar-key:not([hidden])', { state: 'attached' });
}
const active = () =>
	page.evaluate(() => {
		const a = document.activeElement as HTMLElement | null;
		return { bar: a?.getAttribute('data-bar') ?? null, chart: a?.closest('[data-chart]')?.getAttribute('data-chart') ?? null, label: a?.textContent ?? '', href: a?.getAttribute('href') ?? '' };
	});

describe('bars by keyboard', () => {
	it('Tab reaches the chart, arrow keys move from bar to bar with a visible mark and a spoken label, Enter opens the evidence', async () => {
		await openOverview();
		// Tab from the button just before the chart lands on its first bar.
		await page.locator('[data-chart="loaded"]').evaluate((el) => el.scrollIntoView());
		await page.locator('.howto a').focus();
		await page.keyboard.press('Tab');
		let a = await active();
		expect(a.chart).toBe('loaded');
		expect(a.bar).toBe('0');
		expect(a.label).toMatch(/^[^,]+, own words, [^:]+: \d+\.\d per 1,000 words \(\d+ terms? in [\d,]+ words\)\.$/);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		a = await active();
		expect(a.bar).toBe('2');
		await page.keyboard.press('ArrowLeft');
		expect((await active()).bar).toBe('1');
		await page.keyboard.press('End');
		const last = await active();
		expect(Number(last.bar)).toBeGreaterThan(5);
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');

		// The focus mark: a thick outline on a box over the bar, inside the canvas, and the tooltip shows.
		const mark = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			const cs = getComputedStyle(el);
			const r = el.getBoundingClientRect();
			const c = el.closest('.chart-box')!.querySelector('canvas')!.getBoundingClientRect();
			return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: cs.outlineColor, w: r.width, h: r.height, inside: r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= c.bottom };
		});
		expect(mark.style).toBe('solid');
		expect(mark.width).toBeGreaterThanOrEqual(3);
		expect(mark.w).toBeGreaterThan(4);
		expect(mark.h).toBeGreaterThan(4);
		expect(mark.inside).toBe(true);
		await page.locator('[data-chart="loaded"]').screenshot({ path: join(RESULTS, 'keyboard-focus-mark.png') });

		// Only one bar per chart is in the tab order, so Tab leaves the chart for its controls.
		await expect(page.locator('[data-chart="loaded"] .bar-key[tabindex="0"]').count()).resolves.toBe(1);

		// Enter follows the bar's evidence link: the article or side by side, with the bar's words highlighted.
		const target = (await active()).href;
		expect(target).toMatch(/cat=[\w-]+&voice=(own|quoted)/);
		await page.keyboard.press('Enter');
		await page.waitForURL((u) => u.href.endsWith(target));
		await page.waitForSelector('.article-body');
		expect(await page.locator('.article-body .focus').count()).toBeGreaterThan(0);
	});

	it('gives every bar of every chart a spoken label with its value, unit and sample', async () => {
		await openOverview();
		const patterns: Record<string, RegExp> = {
			loaded: /per 1,000 words \(\d+ terms? in [\d,]+ words\)\.$/,
			speakers: /% of quoted words \(\d+ of [\d,]+ quoted words?, \d+ quotes?\)\.$/,
			sentiment: /(tone|sentiment) [+−]?\d\.\d\d (on a scale from −1 to \+1|against the collection’s mean) \((\d[\d,]* words?|mean of \d+ comments?(, too few to compare)?)\)\.$/,
			distinctive: /z = \d\.\d\d \(used \d+ times in [\d,]+ words\)\.$/,
			verbs: /: \d+ of \d+ quotes? with a reporting verb \(\d+(\.\d)?%\)\.$/
		};
		for (const [chart, re] of Object.entries(patterns)) {
			const labels = await page.locator(`[data-chart="${chart}"] .bar-key`).allTextContents();
			expect(labels.length, chart).toBeGreaterThan(4);
			for (const l of labels) expect(l, chart).toMatch(re);
		}
	});
});

describe('sample sizes', () => {
	it('states how much text every chart rests on beside the chart (the picture’s own column is checked in the SVG test)', async () => {
		await openOverview();
		for (const chart of ['loaded', 'speakers', 'sentiment', 'distinctive', 'verbs']) {
			const t = await page.locator(`[data-chart="${chart}"] .measure.sample`).textContent();
			expect(t, chart).toMatch(/Sample: .*\d[\d,]* (loaded terms|quotes|words)/);
		}
	});
});

describe('reporting verbs', () => {
	it('shows each outlet’s verbs, neutral against loaded, and each count opens its sentences', async () => {
		await openOverview();
		const panel = page.locator('[data-chart="verbs"]');
		await expect(panel.locator('h3').textContent()).resolves.toMatch(/reports speech/);
		await panel.getByRole('button', { name: 'Show data as table' }).click();
		const head = await panel.locator('thead th').allTextContents();
		expect(head.slice(0, 3)).toEqual(['Outlet', 'Verbs', 'Loaded']);
		expect(head).toContain('said');
		await panel.getByRole('button', { name: 'Show chart' }).click();
		const lists = page.locator('.verb-lists .verb-col');
		await expect(lists.count()).resolves.toBe(5);
		// Every outlet's neutral verbs add up to the 'Verbs' minus 'Loaded' the table reports.
		const said = page.locator('.verb-lists a[data-cue="said"]').first();
		const n = Number(await said.locator('strong').textContent());
		expect(n).toBeGreaterThan(0);
		await said.click();
		await page.waitForURL(/cue=said/);
		await page.waitForSelector('.article-body');
		const banner = await page.locator('.focus-banner').first().textContent();
		expect(banner).toMatch(new RegExp(`Highlighting ${n} quotes? introduced by “said”`));
		// The verb itself is ringed, once per quote it introduces.
		const rung = await page.locator('.article-body mark.focus, .article-body mark.hit').allTextContents();
		expect(rung.filter((t) => /^said$/i.test(t.trim())).length).toBe(n);
	});
});

describe('colour means one thing per screen', () => {
	const CATEGORY_COLOURS = ['#E69F00', '#0072B2', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442'].map((c) => c.toLowerCase());
	const styleVar = (sel: string, v: string) => page.locator(sel).evaluateAll((els, name) => [...new Set(els.map((e) => (e as HTMLElement).style.getPropertyValue(name).trim().toLowerCase()))], v);

	it('the article view colours loaded terms by category and draws quotes in grey, and a group link swaps the two', async () => {
		await openOverview();
		const href = await page.locator('.outlet-card .headline a').first().getAttribute('href');
		await page.goto(href!);
		await page.waitForSelector('.article-body .q');
		const quoteTints = await styleVar('.article-body .q', '--qc');
		const termColours = await styleVar('.article-body mark.lt', '--c');
		expect(quoteTints.filter((c) => CATEGORY_COLOURS.includes(c))).toEqual([]);
		expect(termColours.every((c) => CATEGORY_COLOURS.includes(c))).toBe(true);
		await page.screenshot({ path: join(RESULTS, 'article-lens-terms.png') });

		// Speaker groups: quotes take the speaker chart's group colours, loaded terms turn grey.
		await page.locator('.lens-switch a[data-lens="speakers"]').click();
		await page.waitForURL(/lens=speakers/);
		const groupTints = await styleVar('.article-body .q', '--qc');
		const greyTerms = await styleVar('.article-body mark.lt', '--c');
		expect(groupTints.length).toBeGreaterThan(1);
		expect(greyTerms.filter((c) => CATEGORY_COLOURS.includes(c))).toEqual([]);
		// No colour on screen means both things: the legend keys match the text's marks.
		const legendKeys = await styleVar('.legend .quote-keys .q', '--qc');
		for (const t of groupTints) expect(legendKeys).toContain(t);
		await page.screenshot({ path: join(RESULTS, 'article-lens-speakers.png') });
	});
});
