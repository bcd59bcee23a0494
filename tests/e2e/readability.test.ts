// Reading for everyone, in real Chromium against the built server: the plain-text reading mode
// (highlights off) of the side-by-side reader and of its projector view, switched by keyboard and
// remembered on the device; and the charts on phone-width screens (labels that fit, say what they
// leave out, and name each outlet in full for assistive technology). Screenshots go to
// /work/screens/uifix (or test-results/readability) for the eye.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESULTS, postAction, startApp, type App } from './server';

let app: App;
let page: Page;
let base = '';
let ids = '';

function shotDir(): string {
	for (const d of ['/work/screens/uifix', join(RESULTS, 'readability')]) {
		try {
			mkdirSync(d, { recursive: true });
			return d;
		} catch {
			// next
		}
	}
	return RESULTS;
}
const shot = (p: Page, name: string) => p.screenshot({ path: join(shotDir(), `${name}.png`) });

beforeAll(async () => {
	app = await startApp();
	page = await app.newPage({ viewport: { width: 1280, height: 900 } });
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
	await page.goto('/');
	base = new URL(page.url()).pathname;
	await page.waitForSelector('.outlet-card .headline a');
	const hrefs = await page.locator('.outlet-card .headline a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
	ids = hrefs.slice(0, 2).map((h) => decodeURIComponent(h.split('/a/')[1])).join(',');
}, 180_000);

afterAll(async () => {
	await app?.stop();
});

async function go(p: Page, url: string) {
	await p.goto(url);
	await p.waitForSelector('html[data-hydrated]', { state: 'attached' });
}

const marks = (p: Page) => p.locator('.column .article-body :is(mark, .q, .q-tag)').count();

describe('plain text (highlights off)', () => {
	it('is off by default, switched by keyboard in side by side, and leaves the same words with no marks', async () => {
		await go(page, `${base}/compare?ids=${encodeURIComponent(ids)}&cat=emotive`);
		const toggle = page.getByTestId('highlights-toggle');
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
		expect(await marks(page)).toBeGreaterThan(0);
		// The article's words, paragraph by paragraph, without the speaker tags the highlights add.
		const textOf = () =>
			page.locator('.column .article-body').first().evaluate((el) => {
				const c = el.cloneNode(true) as HTMLElement;
				c.querySelectorAll('.q-tag').forEach((t) => t.remove());
				return [...c.querySelectorAll('p')].map((p) => p.textContent).join('\n');
			});
		const words = await textOf();
		await shot(page, 'compare-highlights-1280');
		// Keyboard only: focus the switch and press Space.
		await toggle.focus();
		await page.keyboard.press('Space');
		await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
		expect(await marks(page)).toBe(0);
		await expect(page.locator('.column .article-body[data-plain="true"]').count()).resolves.toBe(2);
		await expect(page.locator('.legend').count()).resolves.toBe(0);
		await expect(page.getByTestId('plain-note').textContent()).resolves.toMatch(/Plain text: no highlights, so the .* asked for are not ringed/);
		// The same words in the same paragraphs.
		const plain = await textOf();
		expect(plain.length).toBeGreaterThan(500);
		expect(plain).toBe(words);
		await shot(page, 'compare-plain-1280');
	});

	it('is remembered on this device, from the first paint after a reload, and on the projector view', async () => {
		await expect(page.evaluate(() => localStorage.getItem('slant:highlights'))).resolves.toBe('off');
		await page.reload();
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await expect.poll(() => page.getByTestId('highlights-toggle').getAttribute('aria-pressed')).toBe('true');
		expect(await marks(page)).toBe(0);
		// Before any script ran, the marks are already drawn as plain text (no flash of colour).
		const early = await page.context().newPage();
		await early.route(/\/_app\/immutable\/.*\.js$/, (r) => r.abort());
		await early.goto(`${base}/compare?ids=${encodeURIComponent(ids)}`);
		const bg = await early.locator('.column .article-body mark.lt').first().evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(bg).toBe('rgba(0, 0, 0, 0)');
		await early.close();

		await page.setViewportSize({ width: 1280, height: 720 });
		await go(page, `${base}/present/read?ids=${encodeURIComponent(ids)}&cat=emotive`);
		await expect.poll(() => page.locator('.read-columns .article-body[data-plain="true"]').count()).toBe(2);
		expect(await page.locator('.read-columns :is(mark, .q-tag)').count()).toBe(0);
		await shot(page, 'present-read-plain-1280x720');
		// H turns the highlights back on, and that is remembered too.
		await page.keyboard.press('h');
		await expect.poll(() => page.locator('.read-columns mark.lt').count()).toBeGreaterThan(0);
		await expect(page.evaluate(() => localStorage.getItem('slant:highlights'))).resolves.toBe('on');
		await shot(page, 'present-read-highlights-1280x720');
		await page.keyboard.press('h');
		await expect.poll(() => page.locator('.read-columns mark.lt').count()).toBe(0);
		await page.setViewportSize({ width: 1280, height: 900 });
	});

	it('works on a phone (390 px) without sideways scrolling', async () => {
		const phone = await app.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
		await go(phone, `${base}/compare?ids=${encodeURIComponent(ids)}`);
		const toggle = phone.getByTestId('highlights-toggle');
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
		await toggle.tap();
		await expect.poll(() => phone.locator('.column .article-body[data-plain="true"]').count()).toBe(2);
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await shot(phone, 'compare-plain-390');
		// The articles stay side by side: a row that scrolls sideways, one column in view at a time,
		// and the tab of the second outlet brings its column wholly into view.
		const row = phone.locator('.columns');
		const widths = await row.evaluate((r) => ({ scroll: r.scrollWidth, client: r.clientWidth, first: (r.firstElementChild as HTMLElement).getBoundingClientRect().width }));
		expect(widths.scroll).toBeGreaterThan(widths.client);
		expect(widths.first).toBeGreaterThan(0.8 * widths.client);
		await phone.locator('[data-testid="column-tabs"] a').nth(1).tap();
		await expect.poll(() => phone.locator('.column').nth(1).evaluate((c) => { const r = c.getBoundingClientRect(); return r.left >= 0 && r.right <= 390; })).toBe(true);
		await shot(phone, 'compare-plain-390-second');
		await phone.context().close();
	});
});

describe('charts on a phone', () => {
	it.each([[360], [390], [414]])('at %i px: every outlet keeps a label that fits, named in full for screen readers', async (width) => {
		const phone = await app.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
		await go(phone, base);
		await phone.waitForSelector('[data-chart="verbs"] canvas');
		const outlets: string[] = JSON.parse((await phone.locator('[data-chart="loaded"]').getAttribute('data-outlets'))!);
		expect(outlets.length).toBeGreaterThanOrEqual(3);
		// Rows per outlet on the category axis: the loaded chart has "own words" and "in quotes" rows.
		for (const [chart, perOutlet] of [
			['loaded', 2],
			['speakers', 1],
			['sentiment', 1],
			['verbs', 1]
		] as const) {
			const box = phone.locator(`[data-chart="${chart}"] .chart-box`);
			await box.scrollIntoViewIfNeeded();
			await expect.poll(() => box.getAttribute('data-axis-labels'), { timeout: 10_000 }).not.toBeNull();
			const labels: string[] = JSON.parse((await box.getAttribute('data-axis-labels'))!);
			// None skipped, none blank.
			expect(labels, chart).toHaveLength(outlets.length * perOutlet);
			expect(labels.every((l) => l.trim().length > 0), chart).toBe(true);
			// Each outlet's label is its name, wrapped, or its start cut with "…".
			const named = perOutlet === 2 ? labels.filter((_, i) => i % 2 === 0) : labels;
			named.forEach((l, i) => {
				// A word too long for its slot may be broken with a hyphen ("Internati-" "onal").
				const shown = l.split('\n').join(' ').replace(/ own words$/, '').replace(/(\S)- /g, '$1');
				// The sentiment chart's slots are the narrowest: there a name is set smaller, never cut.
				if (chart === 'sentiment') expect(shown, `${chart}: ${l}`).not.toContain('…');
				const name = outlets[i];
				if (shown.includes('…')) expect(name.replace(/\s+/g, ' ').startsWith(shown.split('…')[0].trim().split(' ')[0]), `${chart}: ${l}`).toBe(true);
				else expect(shown.startsWith(name), `${chart}: ${l}`).toBe(true);
			});
			// The canvas names every outlet in full.
			const aria = (await phone.locator(`[data-chart="${chart}"] canvas`).getAttribute('aria-label'))!;
			for (const o of outlets) expect(aria, chart).toContain(o);
		}
		// Nothing overflows the page sideways.
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		// The site's header is one line (two on the narrowest phones), not a fifth of the screen.
		const head = (await phone.locator('.site-head').boundingBox())!;
		expect(head.height).toBeLessThanOrEqual(width >= 390 ? 52 : 80);
		await expect(phone.locator('.tagline').isVisible()).resolves.toBe(false);
		if (width !== 414)
			for (const chart of ['loaded', 'speakers', 'sentiment', 'verbs']) {
				const panel = phone.locator(`[data-chart="${chart}"]`);
				await panel.scrollIntoViewIfNeeded();
				await phone.waitForTimeout(300);
				await panel.screenshot({ path: join(shotDir(), `phone-${width}-${chart}.png`) });
			}
		await phone.context().close();
	});

	it('the sentiment chart says "no comments" and "too few comments (n=…)" on the bars, in its SVG too', async () => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await go(page, base);
		const panel = page.locator('[data-chart="sentiment"]');
		await panel.locator('canvas').waitFor();
		const rows = await page.evaluate(() => fetch(location.pathname + '/analysis.json').then((r) => r.json()));
		const comments: number[] = rows.outlets.map((o: { comments: number }) => o.comments);
		expect(comments.some((n) => n === 0) || comments.some((n) => n > 0 && n < 3)).toBe(true);
		const [dl] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'SVG' }).click()]);
		const { readFileSync } = await import('node:fs');
		const texts = await page.evaluate(
			(src) => [...new DOMParser().parseFromString(src, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? ''),
			readFileSync((await dl.path())!, 'utf8')
		);
		const joined = texts.join(' ');
		const none = comments.filter((n) => n === 0).length;
		const few = comments.filter((n) => n > 0 && n < 3);
		expect((joined.match(/no comments/g) ?? []).length).toBeGreaterThanOrEqual(none);
		for (const n of few) expect(joined).toMatch(new RegExp(`too few( comments)?[\\s\\S]*\\(n=${n}\\)`));
		await page.waitForTimeout(400);
		await panel.screenshot({ path: join(shotDir(), 'sentiment-1280.png') });
	});
});

describe('a snapshot lists the changes it was computed with', () => {
	/** A form action as the page's own script sends it (JSON answer). */
	const post = (path: string, fields: Record<string, string>) => postAction(page, path, fields);

	it('including the own-voice rule switched off', async () => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await go(page, base);
		expect((await post(`${base}?/ownVoice`, {})).status).toBe(200); // unchecked: off
		const snap = await post(`${base}/manage?/snapshot`, {});
		expect(snap.status).toBe(200);
		// The action's answer is devalue-encoded: the token is its one 24-character base64url string.
		const values: unknown[] = JSON.parse(JSON.parse(snap.body).data);
		const token = values.find((v): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{24}$/.test(v))!;
		expect(token).toBeTruthy();
		try {
			await go(page, `/s/${token}`);
			const banner = page.getByTestId('snapshot-banner');
			await expect(banner.locator('summary').textContent()).resolves.toMatch(/changes then in force \(1\)/);
			await banner.locator('summary').click();
			await expect(page.getByTestId('own-voice-off').textContent()).resolves.toMatch(/^Own-voice rule off: /);
			await shot(page, 'snapshot-changes-1280');
			const phone = await app.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
			await go(phone, `/s/${token}`);
			await phone.getByTestId('snapshot-banner').locator('summary').tap();
			await expect(phone.getByTestId('own-voice-off').isVisible()).resolves.toBe(true);
			expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			await shot(phone, 'snapshot-changes-390');
			await phone.context().close();
		} finally {
			await go(page, base);
			expect((await post(`${base}?/ownVoice`, { ownVoice: 'on' })).status).toBe(200);
		}
	});
});
