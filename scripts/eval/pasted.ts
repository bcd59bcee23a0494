// npm run eval -- extraction: the same benchmark pages pasted as a facilitator pastes them. Each page is
// rendered by Chromium (JavaScript off, every request blocked) and its visible text taken as "select
// all, copy" gives it (document.body.innerText): menus, share buttons, teasers and footers included.
// That text goes through the text path (`segment({ text })`, as a paste in the dashboard), and the
// bodies are scored with the benchmark's scorer. Needs Debian's Chromium; without it the row is skipped.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { segment } from '../../analysis/segment/index.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Each page's visible text, as a browser copies it, keyed by page id. */
export async function pastedTexts(dir: string, ids: string[]): Promise<Record<string, string>> {
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
	const out: Record<string, string> = {};
	try {
		const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		const page = await ctx.newPage();
		const home = 'http://page.invalid/';
		let html = '';
		await ctx.route('**/*', (r) => (r.request().url() === home ? r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : r.abort()));
		for (const id of ids) {
			html = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8');
			await page.goto(home, { waitUntil: 'domcontentloaded', timeout: 15_000 });
			out[id] = await page.evaluate(() => (document.body ? document.body.innerText : ''));
		}
	} finally {
		await browser.close();
	}
	return out;
}

/** The bodies Slant keeps of those pastes, and the headlines it reads in them. */
export function pastedBodies(texts: Record<string, string>): { bodies: Record<string, string>; titles: Record<string, string> } {
	const bodies: Record<string, string> = {};
	const titles: Record<string, string> = {};
	for (const [id, text] of Object.entries(texts)) {
		const a = segment({ id, text });
		bodies[id] = a.text;
		titles[id] = a.title;
	}
	return { bodies, titles };
}
