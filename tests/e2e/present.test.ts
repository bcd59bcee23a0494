// Projector mode in real Chromium against the built server: one chart per slide in large type, the
// keys a keyboard or clicker sends, the evidence behind each bar, a URL that follows the step, the
// side-by-side reader on the projector, and the normal side-by-side view at 1024×768.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESULTS, postAction, startApp, type App } from './server';

let app: App;
let page: Page;
let base = '';

beforeAll(async () => {
	app = await startApp();
	page = await app.newPage();
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
	await page.goto('/');
	base = new URL(page.url()).pathname; // the bundled example: /c/<id>
}, 180_000);

afterAll(async () => {
	await app?.stop();
});

async function go(url: string) {
	await page.goto(url);
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
}
const query = () => new URL(page.url()).searchParams;
const step = () => page.locator('.deck').getAttribute('data-step');
const shot = (name: string) => page.screenshot({ path: join(RESULTS, `${name}.png`) });

describe('projector mode', () => {
	it('shows one chart per slide with labels of at least 28 px and no page chrome, at 1280×720 and 1024×768', async () => {
		for (const [w, h] of [
			[1280, 720],
			[1024, 768]
		]) {
			await page.setViewportSize({ width: w, height: h });
			for (const chart of ['loaded', 'speakers', 'sentiment', 'distinctive', 'verbs']) {
				await go(`${base}/present?chart=${chart}`);
				await expect(page.locator('.deck').getAttribute('data-chart')).resolves.toBe(chart);
				await expect(page.locator('canvas').count()).resolves.toBe(1);
				await page.waitForSelector('.slide-chart[data-min-label-px]');
				const px = Number(await page.locator('.slide-chart').getAttribute('data-min-label-px'));
				expect(px, `${chart} at ${w}×${h}`).toBeGreaterThanOrEqual(28);
				await expect(page.locator('.slide-chart').getAttribute('data-label-overlaps'), `${chart} at ${w}×${h}: labels on top of each other`).resolves.toBe('0');
				// The chart fills the slide: nothing scrolls, the canvas is inside the viewport.
				const box = (await page.locator('canvas').boundingBox())!;
				expect(box.y + box.height).toBeLessThanOrEqual(h);
				expect(box.height).toBeGreaterThan(h * 0.45);
				if (chart === 'loaded' || chart === 'speakers') {
					// after Chart.js's grow-in animation (about 1 s), so the picture shows the bars' final lengths
					await page.waitForTimeout(1500);
					await shot(`present-${w}x${h}-${chart}`);
				}
			}
			await expect(page.locator('.site-head, .tabs, .site-foot').count()).resolves.toBe(0);
		}
	});

	it('shows “how this is measured” (I) beside a chart that stays readable, on every chart slide', async () => {
		for (const [w, h] of [
			[1280, 720],
			[1024, 768]
		]) {
			await page.setViewportSize({ width: w, height: h });
			await go(`${base}/present?chart=loaded`);
			const charts = ((await page.locator('.deck').getAttribute('data-charts')) ?? '').split(',');
			expect(charts.length).toBeGreaterThanOrEqual(6);
			for (const chart of charts) {
				await go(`${base}/present?chart=${encodeURIComponent(chart)}`);
				await page.waitForSelector('.slide-chart[data-min-label-px]');
				const at = `${chart} at ${w}×${h}`;
				await page.keyboard.press('i');
				const note = page.locator('.slide-note');
				await expect(note.textContent()).resolves.toMatch(/^How this is measured: \S/);
				// The chart is laid out again in smaller type (not squeezed): wait for the redraw.
				await expect.poll(() => page.locator('.slide-chart').getAttribute('data-fit'), { message: at }).not.toBe('1.00');
				await page.waitForTimeout(300);
				const px = Number(await page.locator('.slide-chart').getAttribute('data-min-label-px'));
				expect(px, at).toBeGreaterThanOrEqual(20);
				await expect(page.locator('.slide-chart').getAttribute('data-label-overlaps'), `${at}: labels on top of each other`).resolves.toBe('0');
				// The note and the chart side by side on the slide, nothing hidden or scrolled away.
				const n = (await note.boundingBox())!;
				const c = (await page.locator('canvas').boundingBox())!;
				expect(n.y + n.height, at).toBeLessThanOrEqual(c.y + 1);
				expect(c.y + c.height, at).toBeLessThanOrEqual(h);
				expect(c.height, at).toBeGreaterThan(h * 0.4);
				const noteFont = await note.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
				expect(noteFont, at).toBeGreaterThanOrEqual(20);
				if (w === 1280 && (chart === 'loaded' || chart === 'distinctive')) {
					await page.waitForTimeout(1200);
					await shot(`present-${w}x${h}-${chart}-note`);
				}
				// I again hides the note and the chart takes back its full size.
				await page.keyboard.press('i');
				await expect(note.count()).resolves.toBe(0);
				await expect.poll(() => page.locator('.slide-chart').getAttribute('data-min-label-px')).toMatch(/^(2[89]|[3-9]\d)$/);
			}
		}
		// (every chart slide, twice: about 20 s on this 2-core machine, past the default 30 s in a loaded CI run)
	}, 90_000);

	it('steps with arrow keys and a clicker into each bar’s evidence, and Esc returns', async () => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await go(`${base}/present`);
		await expect(page.locator('.title-slide h1').textContent()).resolves.toMatch(/\w/);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => query().get('chart')).toBe('loaded');
		expect(query().get('bar')).toBeNull();
		// → into the first bar's evidence: its label names value, unit and sample; the counted words are marked.
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => query().get('bar')).toBe('1');
		await expect(page.locator('.evidence-slide h1').textContent()).resolves.toMatch(/per 1,000 words \(\d+ terms? in [\d,]+ words\)/);
		expect(await page.locator('.ev-text mark').count()).toBeGreaterThan(0);
		await shot('present-1280x720-evidence');
		// A clicker sends PageDown / PageUp.
		await page.keyboard.press('PageDown');
		await expect.poll(() => `${query().get('bar')}/${query().get('page') ?? '1'}`).not.toBe('1/1');
		await page.keyboard.press('PageUp');
		await expect.poll(() => query().get('bar')).toBe('1');
		// Esc from evidence goes back to the chart; ↓ jumps to the next chart.
		await page.keyboard.press('Escape');
		await expect.poll(() => query().get('bar')).toBeNull();
		await expect(page.locator('.chart-slide').count()).resolves.toBe(1);
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => query().get('chart')).toBe('speakers');
		await page.keyboard.press('ArrowUp');
		await expect.poll(() => query().get('chart')).toBe('loaded');
		// Esc on a chart leaves the projector for the overview.
		await page.keyboard.press('Escape');
		await page.waitForURL((u) => u.pathname === base);
	});

	it('has a slide for each actor most outlets name (up to three), whose bars open the sentences about it', async () => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await go(`${base}/present?chart=sentiment`);
		// ↓ from the sentiment chart: the first actor slide
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => query().get('chart') ?? '').toMatch(/^actor-/);
		const title = await page.locator('.chart-slide h1, .chart-slide h2').first().textContent();
		expect(title).toMatch(/How each outlet talks about \S/);
		await expect(page.locator('canvas').count()).resolves.toBe(1);
		await page.waitForSelector('.slide-chart[data-min-label-px]');
		expect(Number(await page.locator('.slide-chart').getAttribute('data-min-label-px'))).toBeGreaterThanOrEqual(28);
		await page.waitForTimeout(1500);
		await shot('present-1280x720-actor');
		// → into the first bar: the outlet's own sentences about the actor, each with its tone
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => query().get('bar')).toBe('1');
		await expect(page.locator('.evidence-slide h1').textContent()).resolves.toMatch(/tone/i);
		await expect(page.locator('.evidence-slide').textContent()).resolves.toMatch(/tone toward .+ [−+]?\d\.\d\d/);
		await shot('present-1280x720-actor-evidence');
		const actorSlides = await page.evaluate(() => document.querySelector('.deck')?.getAttribute('data-charts') ?? '');
		expect(actorSlides.split(',').filter((c) => c.startsWith('actor-')).length).toBeGreaterThanOrEqual(1);
		expect(actorSlides.split(',').filter((c) => c.startsWith('actor-')).length).toBeLessThanOrEqual(3);
	});

	// sixth newcomer pass: a Predict question asked about an actor with no slide ("harshest about Ford")
	it('puts the actor a Predict question asks about first among the actor slides', async () => {
		const post = (path: string, fields: Record<string, string>) => postAction(page, path, fields);
		// the shared actors, most named first: ask about one past the first three
		const overview = await page.evaluate((b) => fetch(`${b}/analysis.json`).then((r) => r.json()), base);
		const counts = new Map<string, { name: string; outlets: number }>();
		for (const r of overview.outlets) for (const a of r.actors ?? []) if (a.sentences > 0) counts.set(a.key, { name: a.name, outlets: (counts.get(a.key)?.outlets ?? 0) + 1 });
		const shared = [...counts.entries()].filter(([, v]) => v.outlets >= 2);
		await go(`${base}/present?chart=sentiment`);
		const before = await page.evaluate(() => document.querySelector('.deck')?.getAttribute('data-charts') ?? '');
		const shown = new Set(before.split(',').filter((c) => c.startsWith('actor-')).map((c) => c.slice(6)));
		const unshown = shared.find(([k]) => !shown.has(k));
		if (!unshown) return; // (an example with three shared actors or fewer has a slide for each already)
		const added = await post(`${base}/predict?/addQuestion`, { kind: 'negative', param: unshown[1].name });
		expect(added.status).toBe(200);
		try {
			await go(`${base}/present?chart=sentiment`);
			const charts = await page.evaluate(() => document.querySelector('.deck')?.getAttribute('data-charts') ?? '');
			expect(charts.split(',').filter((c) => c.startsWith('actor-'))[0]).toBe(`actor-${unshown[0]}`);
		} finally {
			await go(`${base}/predict`);
			const id = await page.locator('.question').first().getAttribute('data-question');
			if (id) await post(`${base}/predict?/removeQuestion`, { id });
		}
	});

	it('keeps the slide across a reload and opens a shared link on the same slide', async () => {
		await go(`${base}/present?chart=speakers`);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => query().get('bar')).toBe('2');
		const before = await step();
		const label = await page.locator('.evidence-slide h1').textContent();
		expect(label).toMatch(/% of quoted words \(\d+ of [\d,]+ quoted words?, \d+ quotes?\)/);
		const url = page.url();
		await page.reload();
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		expect(await step()).toBe(before);
		// A second person opening the same link sees the same slide.
		const other = await app.newPage();
		await other.goto(url);
		await other.waitForSelector('.evidence-slide');
		await expect(other.locator('.evidence-slide h1').textContent()).resolves.toBe(label);
		await other.context().close();
	});

	it('opens a bar’s evidence when the bar is clicked', async () => {
		await go(`${base}/present?chart=sentiment`);
		await page.waitForTimeout(300);
		// The body-text bars are blue (#0072B2); click the first one found.
		const target = await page.$eval('canvas', (c) => {
			const canvas = c as HTMLCanvasElement;
			const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			// Bottom up: bars sit below the legend (whose swatch is blue too), above or below the zero line.
			for (let y = canvas.height - 1; y >= 0; y--)
				for (let x = 0; x < canvas.width; x++) {
					const i = (y * canvas.width + x) * 4;
					if (d[i] === 0 && d[i + 1] === 114 && d[i + 2] === 178) {
						const r = canvas.getBoundingClientRect();
						const k = canvas.width / r.width;
						return { x: r.left + x / k + 3, y: r.top + y / k - 1 };
					}
				}
			return null;
		});
		expect(target).not.toBeNull();
		await page.mouse.click(target!.x, target!.y);
		await expect.poll(() => query().get('bar')).not.toBeNull();
		await expect(page.locator('.evidence-slide h1').textContent()).resolves.toMatch(/body text: tone [+−]?\d\.\d\d/);
		expect(await page.locator('.ev-item').count()).toBeGreaterThan(0);
	});
});

describe('side by side', () => {
	async function twoIds(): Promise<string> {
		await go(base);
		const hrefs = await page.locator('.outlet-card .headline a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
		return hrefs.slice(0, 2).map((h) => decodeURIComponent(h.split('/a/')[1])).join(',');
	}

	it('shows article text above the fold at 1024×768 in the normal reader', async () => {
		await page.setViewportSize({ width: 1024, height: 768 });
		const ids = await twoIds();
		await go(`${base}/compare?ids=${encodeURIComponent(ids)}&cat=emotive`);
		await expect(page.locator('.column').count()).resolves.toBe(2);
		const firstPara = await page.locator('.column .article-body p').first().boundingBox();
		expect(firstPara!.y).toBeLessThan(768 - 60);
		// The key is folded to one line and opens on demand.
		await expect(page.locator('.legend details.legend-more').getAttribute('open')).resolves.toBeNull();
		await shot('compare-1024x768');
	});

	it('puts two articles on the projector in columns with the highlights, large type and the key folded', async () => {
		await page.setViewportSize({ width: 1280, height: 720 });
		const ids = await twoIds();
		await go(`${base}/compare?ids=${encodeURIComponent(ids)}&cat=emotive`);
		await page.getByTestId('present-read').click();
		await page.waitForURL(/\/present\/read\?/);
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await expect(page.locator('.read-columns .column').count()).resolves.toBe(2);
		await expect(page.locator('.site-head, .tabs').count()).resolves.toBe(0);
		const size = await page.locator('.read-columns .article-body').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(24);
		expect(await page.locator('.read-columns mark.lt.focus[data-cat="emotive"]').count()).toBeGreaterThan(0);
		await expect(page.locator('details.read-key').getAttribute('open')).resolves.toBeNull();
		const cols = await page.locator('.read-columns .column').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
		expect(cols[1]).toBeGreaterThan(cols[0] + 300);
		await shot('present-read-1280x720');
		// PageDown scrolls a screen and the URL follows; a reload lands there again.
		await page.keyboard.press('PageDown');
		await expect.poll(() => query().get('screen')).toBe('1');
		await page.waitForTimeout(600);
		const top = await page.locator('.read-deck').evaluate((e) => e.scrollTop);
		expect(top).toBeGreaterThan(200);
		await page.reload();
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await expect.poll(() => page.locator('.read-deck').evaluate((e) => e.scrollTop)).toBeGreaterThan(200);
		await page.keyboard.press('Escape');
		await page.waitForURL(/\/compare\?/);
		expect(query().get('cat')).toBe('emotive');
	});
});
