// Exports in real Chromium against the built server: every chart as SVG (vector text, white
// background, patterns) and the overview printed as a one-page handout on A4 and on US Letter.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESULTS, startApp, type App } from './server';

let app: App;
let page: Page;

const OUTLETS = ['Voice of America', 'Human Rights Watch', 'Los Angeles Times', 'VICE News', 'Amnesty International'];
const CHARTS: [string, string][] = [
	['loaded', 'Loaded terms per 1,000 words, by category'],
	['speakers', 'Whose words get quoted'],
	['sentiment', 'Body text vs reader comments: sentiment'],
	['distinctive', 'Distinctive words per outlet'],
	['verbs', 'How each outlet reports speech']
];

beforeAll(async () => {
	app = await startApp();
	page = await app.newPage();
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
	await page.goto('/');
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
	await page.waitForSelector('[data-chart="loaded"] canvas');
}, 180_000);

afterAll(async () => {
	await app?.stop();
});

/** Parses an SVG file in the browser and reports what a check needs. */
async function inspectSvg(svg: string) {
	return page.evaluate((src) => {
		const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
		const root = doc.documentElement;
		const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
		// Drawn shapes, not the clip paths and pattern tiles kept in <defs>.
		const shapes = [...doc.querySelectorAll('path, rect')].filter((e) => !e.closest('defs'));
		const first = shapes[0];
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: root.localName,
			title: doc.querySelector('svg > title')?.textContent ?? null,
			viewBox: root.getAttribute('viewBox'),
			texts,
			images: doc.querySelectorAll('image').length,
			patterns: doc.querySelectorAll('pattern').length,
			patternFills: shapes.filter((s) => /^url\(#/.test(s.getAttribute('fill') ?? '')).length,
			firstFill: first?.getAttribute('fill') ?? null,
			firstSize: first ? [first.getAttribute('width'), first.getAttribute('height'), first.getAttribute('d')] : null
		};
	}, svg);
}

async function downloadSvg(chart: string, file: string): Promise<string> {
	const panel = page.locator(`[data-chart="${chart}"]`);
	const [dl] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'SVG' }).click()]);
	expect(dl.suggestedFilename()).toMatch(new RegExp(`-${chart}\\.svg$`));
	const path = join(RESULTS, file);
	await dl.saveAs(path);
	return readFileSync(path, 'utf8');
}

describe('file names', () => {
	it('are slugs with no spaces, also for an actor named in several words', async () => {
		const panel = page.locator('[data-chart="actors"]');
		const select = page.locator('[data-testid="actor-select"]');
		const keys = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		const multi = keys.find((k) => /\s/.test(k));
		expect(multi, 'the example names an actor in several words').toBeTruthy();
		await select.selectOption(multi!);
		for (const button of ['SVG', 'CSV', 'PNG 2×']) {
			const [dl] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: button }).click()]);
			const name = dl.suggestedFilename();
			expect(name, button).toMatch(/^[a-z0-9-]+-actors(@2x\.png|\.svg|\.csv)$/);
			expect(name, button).toContain(`-${multi!.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-actors`);
		}
	});
});

describe('SVG export', () => {
	it.each(CHARTS)('exports the %s chart with its title, outlets, legend and source line as text', async (chart, title) => {
		const svg = await downloadSvg(chart, `export-${chart}.svg`);
		expect(svg.startsWith('<?xml')).toBe(true);
		const s = await inspectSvg(svg);
		expect(s.error).toBeNull();
		expect(s.root).toBe('svg');
		expect(s.viewBox).toMatch(/^0 0 \d+ \d+$/);
		expect(s.texts).toContain(title);
		// Outlet names are text: on the axis, in the legend (distinctive words) or as axis-label lines.
		const joined = s.texts.join('\n');
		for (const o of OUTLETS) expect(joined, `${chart}: ${o}`).toContain(o.split(' ')[0]);
		if (chart !== 'distinctive' && chart !== 'sentiment') for (const o of OUTLETS) expect(s.texts.some((t) => t.startsWith(o)), `${chart}: ${o}`).toBe(true);
		// (the source line wraps onto a second line when the chart is narrower than it)
		expect(s.texts.join(' ')).toMatch(/Source: “Russia leaves the ICC[^]*made with Slant/);
		// The sample behind each row travels with the picture.
		const sample: Record<string, RegExp> = {
			loaded: /^\d+ terms? in [\d,]+ words$/,
			speakers: /^[\d,]+ words?, \d+ quotes?$/,
			// one line, or words and comments on lines of their own when the outlet's slot is narrow
			sentiment: /^([\d,]+ words · )?(\d+ comments?(: too few)?|no comments)$/,
			distinctive: /^\d+× in [\d,]+ words$/,
			verbs: /^\d+ verbs?, (none loaded|loaded: .+)$/
		};
		expect(s.texts.filter((t) => sample[chart].test(t)).length, chart).toBeGreaterThanOrEqual(5);
		// A white background under everything, and no raster images: it is all vector.
		expect(s.firstFill?.toLowerCase()).toMatch(/^(#fff|#ffffff|white|rgb\(255,\s*255,\s*255\))$/);
		expect(s.images).toBe(0);
	});

	it('keeps the patterns as vector patterns and looks right opened in Chromium', async () => {
		await page.locator('[data-testid="patterns"]').check();
		await page.waitForTimeout(600);
		const svg = await downloadSvg('speakers', 'export-speakers-patterns.svg');
		const s = await inspectSvg(svg);
		expect(s.patterns).toBeGreaterThan(0);
		expect(s.patternFills).toBeGreaterThan(0);
		expect(s.images).toBe(0);
		await page.locator('[data-testid="patterns"]').uncheck();
		// Open the file on its own in the browser and check it draws: ink on a white page.
		const viewer = await app.newPage();
		await viewer.goto(`file://${join(RESULTS, 'export-speakers-patterns.svg')}`);
		await viewer.screenshot({ path: join(RESULTS, 'export-speakers-svg-in-chromium.png') });
		const png = await viewer.screenshot();
		writeFileSync(join(RESULTS, 'export-speakers-svg-in-chromium-raw.png'), png);
		const ink = await viewer.evaluate(async (b64) => {
			const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
			const c = new OffscreenCanvas(img.width, img.height);
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const d = ctx.getImageData(0, 0, Math.min(img.width, 700), Math.min(img.height, 380)).data;
			let n = 0;
			for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++;
			return n;
		}, png.toString('base64'));
		expect(ink).toBeGreaterThan(5000);
		await viewer.context().close();
	});
});

describe('handout', () => {
	const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

	it.each([['A4'], ['Letter']])('prints the overview on one %s page with the headlines, the four charts and the source line', async (format) => {
		await page.setViewportSize({ width: 1400, height: 1000 });
		await page.goto('/');
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await page.waitForSelector('img.chart-print', { state: 'attached' });
		await page.waitForFunction(() => document.querySelectorAll('img.chart-print').length === 4);
		// What the print stylesheet shows: headlines, four chart pictures with notes and samples, the source line.
		await page.emulateMedia({ media: 'print' });
		const visible = await page.evaluate(() => {
			const shown = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => e.offsetParent !== null || getComputedStyle(e).position === 'fixed');
			return {
				charts: shown('img.chart-print').map((i) => i.closest('[data-chart]')?.getAttribute('data-chart')),
				headlines: shown('.outlet-card .headline').length,
				samples: shown('.chart-panel .measure.sample').map((e) => e.textContent ?? ''),
				source: shown('.source-line').map((e) => e.textContent ?? ''),
				// (the screen's rule for the page head's description outranked the print size: six outlets then pushed the source line onto a second Letter page)
				lede: [...document.querySelectorAll<HTMLElement>('.page-head .lede')].map((e) => getComputedStyle(e).fontSize)
			};
		});
		// Back to no emulation (emulating 'screen' would make page.pdf print the screen layout).
		await page.emulateMedia({ media: null });
		// (the fourth is the actor chart, the session's "harshest about …" question; the example's outlets name actors in common)
		expect(visible.charts.sort()).toEqual(['actors', 'loaded', 'sentiment', 'speakers']);
		expect(visible.headlines).toBe(5);
		expect(visible.samples).toHaveLength(4);
		for (const t of visible.samples) expect(t).toMatch(/\d[\d,]* (words|quotes|loaded terms)/);
		expect(visible.source[0]).toMatch(/made with Slant/);
		// 8 pt: 10.67 CSS pixels
		expect(visible.lede).toHaveLength(1);
		expect(visible.lede[0]).toMatch(/^10\.66\d*px$/);
		// Chromium's printToPDF occasionally fails under load; one retry.
		const opts = { format, printBackground: true, path: join(RESULTS, `handout-${format}.pdf`) } as const;
		const pdf = await page.pdf(opts).catch(() => page.pdf(opts));
		expect(pageCount(pdf)).toBe(1);
	});

	it('prints the actor chosen on screen', async () => {
		await page.goto('/');
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		const select = page.locator('[data-testid="actor-select"]');
		const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ key: (o as HTMLOptionElement).value, name: (o.textContent ?? '').replace(/ \(\d+ outlets\)$/, '') })));
		expect(options.length).toBeGreaterThan(1);
		const printed = page.locator('[data-chart="actors"] img.chart-print');
		await expect.poll(() => printed.getAttribute('alt')).toContain(`toward ${options[0].name},`);
		await select.selectOption(options[1].key);
		await expect.poll(() => printed.getAttribute('alt')).toContain(`toward ${options[1].name},`);
	});
});
