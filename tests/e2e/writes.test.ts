// Writes out of the box (issue #9): the app started exactly as `npm start` starts it, no ORIGIN.
// Every form works from http://localhost:PORT and http://127.0.0.1:PORT; a form posted by another
// site is refused; no other site can frame the app; and every failure shows its reason in the form
// it came from, with what was typed still there.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lanAddresses } from '../../src/lib/server/network';
import { RESULTS, startApp, type App } from './server';

let app: App;

beforeAll(async () => {
	app = await startApp();
}, 240_000);

afterAll(async () => {
	await app?.stop();
});

async function go(page: Page, url: string) {
	await page.goto(url);
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
}

const ARTICLE = (town: string) =>
	`${town} council approves budget\n\nThe ${town} council approved the budget on Tuesday after a stormy debate. "It is a disgraceful betrayal," said Mayor Jane Doe.\n\nOpposition leader Sam Roe said the plan was "sensible and overdue."`;

describe.each([
	['localhost', () => app.localBase],
	['127.0.0.1', () => app.base]
])('every form works from http://%s:PORT with no configuration', (host, base) => {
	let page: Page;
	let collection = '';

	beforeAll(async () => {
		page = await app.newPage({ baseURL: base() });
		page.on('pageerror', (e) => console.error('pageerror:', e.message));
	});
	afterAll(async () => {
		await page.context().close();
	});

	it('creates a collection', async () => {
		await go(page, '/collections');
		expect(new URL(page.url()).hostname).toBe(host);
		await page.fill('[data-testid="create-form"] input[name="name"]', `Opened at ${host}`);
		await page.getByRole('button', { name: 'Create and add articles' }).click();
		await page.waitForURL(/\/c\/[^/]+\/add$/);
		collection = new URL(page.url()).pathname.replace(/\/add$/, '');
	});

	it('adds an article by pasting', async () => {
		const form = page.locator('[data-testid="paste-form"]');
		await form.locator('input[name="outlet"]').fill('Daily Planet');
		await form.locator('textarea[name="content"]').fill(ARTICLE(host));
		await form.getByRole('button', { name: 'Add article' }).click();
		await page.waitForURL(/\/a\/[^/?]+\?added=1/);
		await expect(page.locator('.outlet-line').textContent()).resolves.toContain('Daily Planet');
	});

	it('uploads files', async () => {
		await go(page, `${collection}/add`);
		const form = page.locator('[data-testid="upload-form"]');
		await form.locator('input[type="file"]').setInputFiles([
			{ name: 'metro-herald.txt', mimeType: 'text/plain', buffer: Buffer.from(`Budget passes in ${host}\n\nThe city budget passed on Tuesday. Critics slammed the cuts as reckless, while the mayor said the plan protects essential services for every family.\n`) },
			{ name: 'evening-post.md', mimeType: 'text/markdown', buffer: Buffer.from(`# Council backs budget in ${host}\n\nCouncillors backed the budget by 30 votes to 12 on Tuesday, the clerk said, after a debate that ran late into the night.\n`) }
		]);
		await form.getByRole('button', { name: 'Upload' }).click();
		await page.locator('[data-testid="upload-results"] li.ok').nth(1).waitFor();
		await expect(page.locator('[data-testid="upload-results"] li.error').count()).resolves.toBe(0);
	});

	it('says why a URL is refused, and keeps it in the field', async () => {
		const form = page.locator('[data-testid="url-form"]');
		await form.locator('input[name="url"]').fill('http://127.0.0.1:9/article');
		await form.locator('input[name="outlet"]').fill('Local Gazette');
		await form.getByRole('button', { name: 'Fetch and add' }).click();
		await expect.poll(() => form.locator('#url-err').textContent(), { timeout: 20_000 }).toMatch(/^Could not add the page at http:\/\/127\.0\.0\.1:9\/article: .*private or local network address \(127\.0\.0\.1\).*\. Slant fetches only public web pages; for this one, copy the article’s text/);
		await expect(form.locator('input[name="url"]').inputValue()).resolves.toBe('http://127.0.0.1:9/article');
		await expect(form.locator('input[name="outlet"]').inputValue()).resolves.toBe('Local Gazette');
		expect(page.url()).toMatch(/\/add$/);
	});

	// (checked in the browser: on a freshly loaded page the message used to come with an emptied field)
	it('a web address with a mistyped scheme is refused in the browser, and stays in the field', async () => {
		await go(page, `${collection}/add`);
		const form = page.locator('[data-testid="url-form"]');
		await form.locator('input[name="url"]').fill('htps://example.org/story');
		await form.locator('input[name="outlet"]').fill('Typo Gazette');
		await form.getByRole('button', { name: 'Fetch and add' }).click();
		await expect.poll(() => form.locator('#url-err').textContent()).toMatch(/^Could not add “htps:\/\/example\.org\/story”: a web address must start with http:\/\/ or https:\/\//);
		await expect(form.locator('input[name="url"]').inputValue()).resolves.toBe('htps://example.org/story');
		await expect(form.locator('input[name="outlet"]').inputValue()).resolves.toBe('Typo Gazette');
	});

	it('uses the facilitator controls and the manage page', async () => {
		await go(page, collection);
		await page.getByRole('button', { name: 'Facilitator’s controls' }).click();
		const add = page.locator('[data-testid="add-term"]');
		await add.locator('input[name="term"]').fill('stormy');
		await add.getByRole('button', { name: 'Add term' }).click();
		await page.locator('.facilitator .ok', { hasText: 'Added “stormy”' }).waitFor();
		await expect(page.locator('.chip.added', { hasText: 'stormy' }).count()).resolves.toBe(1);

		await go(page, `${collection}/manage`);
		await page.fill('[data-testid="rename-form"] input[name="name"]', `Renamed at ${host}`);
		await page.locator('[data-testid="rename-form"]').getByRole('button', { name: 'Save' }).click();
		await page.locator('[data-testid="rename-form"] .ok', { hasText: 'Saved.' }).waitFor();
		await expect(page.locator('tbody tr').count()).resolves.toBe(3);
	});
});

describe('the machine’s network address', () => {
	// Sent over loopback with the Host a phone would send, so no traffic leaves this machine.
	const lan = lanAddresses()[0]?.address;
	function post(host: string, origin: string, body: string): Promise<{ status: number; text: string }> {
		return new Promise((ok, fail) => {
			const req = http.request(
				{ host: '127.0.0.1', port: new URL(app.base).port, path: '/collections?/create', method: 'POST', headers: { host, origin, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-sveltekit-action': 'true' } },
				(res) => {
					let text = '';
					res.on('data', (d) => (text += d));
					res.on('end', () => ok({ status: res.statusCode ?? 0, text }));
				}
			);
			req.on('error', fail);
			req.end(body);
		});
	}

	it.skipIf(!lan)('accepts a form sent to it from a page at that address, and only from there', async () => {
		const host = `${lan}:${new URL(app.base).port}`;
		const r = await post(host, `http://${host}`, 'name=Opened+at+the+network+address');
		expect(r.status).toBe(200);
		expect(JSON.parse(r.text)).toMatchObject({ type: 'redirect', location: expect.stringMatching(/^\/c\/[^/]+\/add$/) });
		expect((await post(host, 'http://evil.example', 'name=Forged')).status).toBe(403);
		expect((await post(host, `https://${host}`, 'name=Forged')).status).toBe(403);
	});
});

describe('another site', () => {
	let evil: http.Server;
	let evilBase = '';

	beforeAll(async () => {
		// A page on another origin that posts a form to Slant, and one that frames it.
		evil = http.createServer((req, res) => {
			res.writeHead(200, { 'content-type': 'text/html' });
			if (req.url === '/post')
				res.end(`<form method="POST" action="${app.base}/collections?/create"><input name="name" value="Made by another site"></form><script>document.forms[0].submit()</script>`);
			else res.end(`<h1>Framing</h1><iframe id="victim" src="${app.base}/c/seeds/manage" width="800" height="600"></iframe>`);
		});
		await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
		evilBase = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		evil.closeAllConnections();
		await new Promise((r) => evil.close(r));
	});

	it('cannot post a form to Slant: 403, and nothing is created', async () => {
		const page = await app.newPage();
		const [response] = await Promise.all([page.waitForResponse((r) => r.url().startsWith(`${app.base}/collections`) && r.request().method() === 'POST'), page.goto(`${evilBase}/post`)]);
		expect(response.status()).toBe(403);
		await expect.poll(() => page.textContent('body')).toMatch(/Cross-site POST form submissions are forbidden/);
		// The same from a script, with any Origin but the server's own.
		for (const origin of ['http://evil.example', `https://127.0.0.1:${new URL(app.base).port}`, 'null']) {
			const r = await fetch(`${app.base}/collections?/create`, { method: 'POST', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=Forged' });
			expect(r.status, origin).toBe(403);
		}
		await page.goto(`${app.base}/collections`);
		await expect(page.locator('.collection-list').textContent()).resolves.not.toMatch(/Made by another site|Forged/);
		await page.context().close();
	});

	it('cannot frame Slant (frame-ancestors and X-Frame-Options)', async () => {
		const r = await fetch(`${app.base}/c/seeds/manage`);
		expect(r.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
		expect(r.headers.get('x-frame-options')).toBe('DENY');
		const page = await app.newPage();
		await page.goto(`${evilBase}/frame`);
		await page.waitForTimeout(1500);
		const framed = page.frames().filter((f) => f !== page.mainFrame());
		for (const f of framed) {
			const title = await f.evaluate(() => document.title).catch(() => '');
			expect(title).not.toMatch(/Manage/);
		}
		await page.context().close();
	});
});

describe('every failed action shows its reason, and the input stays', () => {
	let page: Page;
	let addUrl = '';
	const TYPED = 'A text the user typed and must not lose, about the council meeting on Tuesday evening.\n\nSecond paragraph of it, where the mayor said the budget would pass before the end of the month.';

	beforeAll(async () => {
		page = await app.newPage();
		await go(page, '/collections');
		await page.fill('[data-testid="create-form"] input[name="name"]', 'Failures');
		await page.getByRole('button', { name: 'Create and add articles' }).click();
		await page.waitForURL(/\/add$/);
		addUrl = page.url();
	});
	afterAll(async () => {
		await page.context().close();
	});

	async function pasteAndSubmit() {
		await go(page, addUrl);
		const form = page.locator('[data-testid="paste-form"]');
		await form.locator('input[name="outlet"]').fill('Kept Outlet');
		await form.locator('textarea[name="content"]').fill(TYPED);
		await form.getByRole('button', { name: 'Add article' }).click();
		return form;
	}
	async function expectKept() {
		const form = page.locator('[data-testid="paste-form"]');
		await expect(form.locator('textarea[name="content"]').inputValue()).resolves.toBe(TYPED);
		await expect(form.locator('input[name="outlet"]').inputValue()).resolves.toBe('Kept Outlet');
		expect(page.url()).toBe(addUrl);
	}
	const isPaste = (u: URL) => u.search === '?/paste';

	it('400: the server’s reason, next to the field', async () => {
		await go(page, addUrl);
		const form = page.locator('[data-testid="paste-form"]');
		await form.locator('input[name="outlet"]').fill('<i>Kept</i>');
		await form.locator('textarea[name="content"]').fill(TYPED);
		await form.getByRole('button', { name: 'Add article' }).click();
		await expect.poll(() => form.locator('#paste-err').textContent()).toMatch(/outlet: must not contain HTML tags/);
		await expect(form.locator('input[name="outlet"]').getAttribute('aria-invalid')).resolves.toBe('true');
		await expect(form.locator('textarea[name="content"]').inputValue()).resolves.toBe(TYPED);
	});

	it('413: too large for the server (a proxy with a lower limit)', async () => {
		const isUpload = (u: URL) => u.search.includes('/upload');
		await page.route(isUpload, (r) => r.fulfill({ status: 413, contentType: 'text/plain', body: 'Payload Too Large' }));
		await go(page, addUrl);
		const form = page.locator('[data-testid="upload-form"]');
		await form.locator('input[type="file"]').setInputFiles([{ name: 'part-1.txt', mimeType: 'text/plain', buffer: Buffer.from(TYPED) }]);
		await form.getByRole('button', { name: 'Upload' }).click();
		await expect.poll(() => form.locator('#upload-err').textContent(), { timeout: 30_000 }).toMatch(/Too large for the server to accept \(413/);
		await expect(form.locator('input[type="file"]').evaluate((i) => (i as HTMLInputElement).files?.length)).resolves.toBe(1);
		await page.unroute(isUpload);
	});

	it('a file over the size limit does not stop the batch: the others are added and it is named with the reason', async () => {
		await go(page, addUrl);
		const form = page.locator('[data-testid="upload-form"]');
		const story = (town: string) => Buffer.from(`${town} opens its new library\n\nThe ${town} library opened on Saturday after three years of building work, and hundreds of families queued at the door before it opened.\n`);
		await form.locator('input[type="file"]').setInputFiles([
			{ name: 'north-gazette.txt', mimeType: 'text/plain', buffer: story('Northtown') },
			{ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 'word ') },
			{ name: 'south-post.txt', mimeType: 'text/plain', buffer: story('Southtown') }
		]);
		await form.getByRole('button', { name: 'Upload' }).click();
		const results = page.locator('[data-testid="upload-results"] li');
		await results.nth(2).waitFor({ timeout: 30_000 });
		await expect(results.allTextContents()).resolves.toEqual([
			expect.stringMatching(/^north-gazette\.txt: added/),
			expect.stringMatching(/^huge\.txt: is 6\.0 MB, over the 5\.0 MB limit for one article, so it was not sent/),
			expect.stringMatching(/^south-post\.txt: added/)
		]);
		await expect(form.locator('#upload-err').textContent()).resolves.toBe('');
		await expect(page.locator('[role="status"]', { hasText: 'files added' }).textContent()).resolves.toMatch(/2 of 3 files added/);
		await page.screenshot({ path: join(RESULTS, 'upload-batch-with-huge.png'), fullPage: true });
	});

	// (a review of the 40th stop found the page stuck on "Analysing…" after two files called "huff-post.txt",
	// from two folders: the results were keyed by file name, and a repeated key stopped the list)
	it('two files of one name, from two folders, are two results', async () => {
		await go(page, addUrl);
		const form = page.locator('[data-testid="upload-form"]');
		const story = (town: string) => Buffer.from(`${town} opens its new pool\n\nThe ${town} pool opened on Sunday after two years of building work, and hundreds of swimmers queued at the gate before it opened.\n`);
		await form.locator('input[type="file"]').setInputFiles([
			{ name: 'wire.txt', mimeType: 'text/plain', buffer: story('Easttown') },
			{ name: 'wire.txt', mimeType: 'text/plain', buffer: story('Westtown') }
		]);
		await form.getByRole('button', { name: 'Upload' }).click();
		const results = page.locator('[data-testid="upload-results"] li');
		await results.nth(1).waitFor({ timeout: 30_000 });
		await expect(results.allTextContents()).resolves.toEqual([expect.stringMatching(/^wire\.txt: added/), expect.stringMatching(/^wire\.txt: added/)]);
		await expect(form.getByRole('button', { name: 'Upload' }).isEnabled()).resolves.toBe(true);
	});

	it('500: says so, with the reference the server logged', async () => {
		await page.route(isPaste, (r) => r.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ type: 'error', error: { message: 'Internal error', ref: 'c0ffee12' } }) }));
		const form = await pasteAndSubmit();
		await expect.poll(() => form.locator('#paste-err').textContent()).toMatch(/unexpected error \(500, reference c0ffee12\).*what you typed is still here/);
		await expectKept();
		await page.screenshot({ path: join(RESULTS, 'server-failed-write-500.png') });
		await page.unroute(isPaste);
	});

	it('502 from a proxy (not SvelteKit’s JSON)', async () => {
		await page.route(isPaste, (r) => r.fulfill({ status: 502, contentType: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }));
		const form = await pasteAndSubmit();
		await expect.poll(() => form.locator('#paste-err').textContent()).toMatch(/did not answer properly \(502\)/);
		await expectKept();
		await page.unroute(isPaste);
	});

	it('a network failure', async () => {
		await page.route(isPaste, (r) => r.abort('connectionrefused'));
		const form = await pasteAndSubmit();
		await expect.poll(() => form.locator('#paste-err').textContent()).toMatch(/Could not reach the Slant server \(network failure\)/);
		await expectKept();
		await page.unroute(isPaste);
	});

	it('a timeout', async () => {
		await page.route(isPaste, () => {
			/* never answers */
		});
		await go(page, addUrl);
		await page.evaluate(() => (document.documentElement.dataset.formTimeoutMs = '1500'));
		const form = page.locator('[data-testid="paste-form"]');
		await form.locator('input[name="outlet"]').fill('Kept Outlet');
		await form.locator('textarea[name="content"]').fill(TYPED);
		await form.getByRole('button', { name: 'Add article' }).click();
		await expect.poll(() => form.locator('#paste-err').textContent(), { timeout: 10_000 }).toMatch(/No answer from the server after 2 seconds/);
		await expectKept();
		await expect(form.getByRole('button', { name: 'Add article' }).isEnabled()).resolves.toBe(true);
		await page.unroute(isPaste);
	});

	it('a duplicate is caught even with an extra trailing newline', async () => {
		await go(page, addUrl);
		const form = page.locator('[data-testid="paste-form"]');
		await form.locator('input[name="outlet"]').fill('First');
		await form.locator('textarea[name="content"]').fill(TYPED);
		await form.getByRole('button', { name: 'Add article' }).click();
		await page.waitForURL(/\?added=1/);
		await go(page, addUrl);
		await form.locator('input[name="outlet"]').fill('Second');
		await form.locator('textarea[name="content"]').fill(`${TYPED}\n`);
		await form.getByRole('button', { name: 'Add article' }).click();
		await expect.poll(() => form.locator('#paste-err').textContent()).toMatch(/already in this collection \(same text as First\)/);
	});
});
