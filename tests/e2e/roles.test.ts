// Facilitator and participants in a real browser. The server is told to treat loopback as a
// participant (SLANT_LOOPBACK_ROLE=participant), so this browser on 127.0.0.1 is what a phone on
// the room's network is: it reads everything, sees no controls, and every write is refused with a
// message. Opening the facilitator link printed at start-up makes it the facilitator; a new link
// revokes the old one. The join page's QR code decodes to the address it shows.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lanAddresses } from '../../src/lib/server/network';
import { RESULTS, ROOT, startApp, type App } from './server';

let app: App;
let page: Page;
const SHOTS = join(RESULTS, 'server');
function shotDir(): string {
	try {
		mkdirSync('/work/screens/uifix', { recursive: true });
		return '/work/screens/uifix';
	} catch {
		return SHOTS;
	}
}
/** One article of the bundled example, whichever it is. */
const SEED_ARTICLE: string = JSON.parse(readFileSync(join(ROOT, 'seeds/manifest.json'), 'utf8')).articles[0].id;

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	app = await startApp({ env: { SLANT_LOOPBACK_ROLE: 'participant' } });
	page = await app.newPage();
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
}, 240_000);

afterAll(async () => {
	await app?.stop();
});

async function go(url: string, p = page) {
	await p.goto(url);
	await p.waitForSelector('html[data-hydrated]', { state: 'attached' });
}

/** Every form action in the app, as [page path, action]. */
const WRITES: [string, string, Record<string, string>][] = [
	['/collections', 'create', { name: 'Participant was here' }],
	['/c/seeds/add', 'paste', { outlet: 'P', content: 'A participant article.' }],
	['/c/seeds/add', 'upload', {}],
	['/c/seeds/add', 'url', { url: 'https://example.org/' }],
	['/c/seeds', 'addTerm', { term: 'tyranny', category: 'emotive' }],
	['/c/seeds', 'removeTerm', { term: 'slammed' }],
	['/c/seeds', 'restoreTerm', { term: 'slammed' }],
	['/c/seeds', 'speakerGroup', { speaker: 'X', group: 'media' }],
	['/c/seeds', 'merge', { from: 'X', into: 'Y' }],
	['/c/seeds', 'unmerge', { from: 'X' }],
	['/c/seeds', 'reset', {}],
	['/c/seeds/manage', 'rename', { name: 'Renamed by a participant' }],
	['/c/seeds/manage', 'deleteArticle', { id: SEED_ARTICLE }],
	['/c/seeds/manage', 'deleteCollection', { confirm: 'yes' }],
	[`/c/seeds/a/${SEED_ARTICLE}/edit`, 'save', { outlet: 'Hijacked' }],
	[`/c/seeds/a/${SEED_ARTICLE}/edit`, 'delete', {}],
	[`/c/seeds/a/${SEED_ARTICLE}`, 'fixQuote', { start: '0', end: '10', speaker: 'Hijacked' }],
	[`/c/seeds/a/${SEED_ARTICLE}`, 'unfixQuote', { start: '0', end: '10' }],
	['/facilitator', 'rotate', {}]
];

describe('a participant', () => {
	it('reads the overview and an article, and sees no controls', async () => {
		await go('/');
		await page.waitForSelector('[data-chart="loaded"] canvas');
		await expect(page.locator('.outlet-card').count()).resolves.toBe(5);
		await expect(page.getByRole('button', { name: 'Facilitator’s controls' }).count()).resolves.toBe(0);
		await expect(page.locator('#facilitator').count()).resolves.toBe(0);
		await expect(page.locator('nav.tabs a', { hasText: /Add articles|Manage/ }).count()).resolves.toBe(0);
		await expect(page.locator('.role-badge').textContent()).resolves.toBe('Participant');
		// On this machine, told it is a participant: the page says why and what to do.
		await expect(page.getByTestId('loopback-participant').textContent()).resolves.toMatch(
			/This computer is a participant here\. To run the session, open the facilitator link in this browser\..*SLANT_LOOPBACK_ROLE=participant.*facilitator link\s+was printed in the terminal.*npm run facilitator-link/s
		);
		await page.getByTestId('loopback-participant').locator('summary').click();
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.screenshot({ path: join(shotDir(), 'loopback-participant-1280.png') });
		const phone = await app.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
		await go('/c/seeds/add', phone);
		await expect(phone.getByTestId('loopback-participant').isVisible()).resolves.toBe(true);
		// Folded to one sentence on a phone: the page's own content starts on the first screen.
		expect((await phone.getByTestId('loopback-participant').boundingBox())!.height).toBeLessThan(140);
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await phone.screenshot({ path: join(shotDir(), 'loopback-participant-390.png') });
		await phone.context().close();
		await page.setViewportSize({ width: 1400, height: 1000 });
		await page.locator('.outlet-card .headline a').first().click();
		await page.waitForSelector('.article-body');
		await expect(page.getByRole('link', { name: 'Edit details' }).count()).resolves.toBe(0);
		await expect(page.getByTestId('quote-checks').count()).resolves.toBe(0);
		await go('/collections');
		await expect(page.locator('[data-testid="create-form"]').count()).resolves.toBe(0);
		for (const path of ['/c/seeds/add', '/c/seeds/manage', `/c/seeds/a/${SEED_ARTICLE}/edit`]) {
			await go(path);
			await expect(page.locator('[data-testid="read-only"]').textContent(), path).resolves.toMatch(/Only the facilitator can/);
			await expect(page.locator('main form[method="POST"]').count(), path).resolves.toBe(0);
		}
		await page.screenshot({ path: join(SHOTS, 'participant-add-page.png') });
	});

	it('sending a form without JavaScript is refused with a readable page, not JSON', async () => {
		for (const [width, height] of [
			[1280, 800],
			[390, 844]
		]) {
			const p = await app.newPage({ viewport: { width, height } });
			await go('/collections', p);
			// A plain <form method="POST"> submitted by the browser itself (as with JavaScript off).
			await Promise.all([
				p.waitForNavigation(),
				p.evaluate(() => {
					const f = document.createElement('form');
					f.method = 'POST';
					f.action = '/collections?/create';
					const i = document.createElement('input');
					i.name = 'name';
					i.value = 'Made without JavaScript';
					f.append(i);
					document.body.append(f);
					HTMLFormElement.prototype.submit.call(f);
				})
			]);
			await expect(p.locator('h1').textContent()).resolves.toBe('Not allowed');
			await expect(p.locator('main').textContent()).resolves.toMatch(/Error 403[\s\S]*Only the facilitator can create collections[\s\S]*Back button: what you typed is still in the form/);
			expect(await p.evaluate(() => document.body.textContent)).not.toMatch(/^\s*\{/);
			expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			await p.screenshot({ path: join(shotDir(), `plain-post-refused-${width}.png`) });
			await p.context().close();
		}
		// A client that accepts anything gets the page too; the page's own script still gets JSON.
		const asked = await page.evaluate(async () => {
			const send = (accept: string, script: boolean) =>
				fetch('/collections?/create', {
					method: 'POST',
					headers: { accept, ...(script ? { 'x-sveltekit-action': 'true' } : {}), 'content-type': 'application/x-www-form-urlencoded' },
					body: 'name=x'
				}).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), body: await r.text() }));
			return { any: await send('*/*', false), script: await send('application/json', true) };
		});
		expect(asked.any).toMatchObject({ status: 403, type: expect.stringMatching(/^text\/html/) });
		expect(asked.any.body).toMatch(/<h1>Not allowed<\/h1>/);
		expect(asked.script).toMatchObject({ status: 403, type: expect.stringMatching(/json/) });
		expect(JSON.parse(asked.script.body).message).toMatch(/Only the facilitator can create collections/);
	});

	it('is refused every write with 403 and a message, and nothing changes', async () => {
		await go('/');
		for (const [path, action, fields] of WRITES) {
			const r = await page.evaluate(
				async ({ path, action, fields }) => {
					const res = await fetch(`${path}?/${action}`, {
						method: 'POST',
						headers: { accept: 'application/json', 'x-sveltekit-action': 'true' },
						body: new URLSearchParams(fields)
					});
					return { status: res.status, body: await res.text() };
				},
				{ path, action, fields }
			);
			expect(r.status, `${path}?/${action}`).toBe(403);
			expect(JSON.parse(r.body).message, `${path}?/${action}`).toMatch(/^Only the facilitator can .*participant/);
		}
		// Without JavaScript too (a plain form post): a 403 page with the message.
		const plain = await page.request.post('/c/seeds/manage?/deleteCollection', { form: { confirm: 'yes' }, headers: { origin: app.base } });
		expect(plain.status()).toBe(403);
		expect(await plain.text()).toMatch(/Only the facilitator can delete this collection/);
		await go('/');
		await expect(page.locator('.outlet-card').count()).resolves.toBe(5);
		await expect(page.locator('h1').textContent()).resolves.not.toMatch(/Renamed/);
	});
});

describe('the facilitator link', () => {
	// The device opens the link exactly as printed and goes on at that address (cookies are per host).
	let fac: Page;
	let link = '';

	beforeAll(async () => {
		link = app.server.facilitatorLink();
		fac = await app.newPage({ baseURL: new URL(link).origin });
	});
	afterAll(async () => {
		await fac.context().close();
	});

	it('is printed at start-up (≥128 bits) and makes this device the facilitator', async () => {
		expect(link).toMatch(/^http:\/\/localhost:\d+\/facilitator\?key=[\w-]{22,}$/);
		expect(Buffer.from(new URL(link).searchParams.get('key')!, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
		await go('/facilitator', fac);
		await expect(fac.locator('[data-testid="facilitator-participant"]').textContent()).resolves.toMatch(/participant/);
		await fac.screenshot({ path: join(SHOTS, 'facilitator-flow-1-participant.png') });
		await go(link, fac);
		// The key leaves the address bar; the device keeps a cookie.
		expect(fac.url()).toMatch(/\/facilitator\?welcome=1$/);
		await expect(fac.locator('[data-testid="facilitator-ok"]').textContent()).resolves.toMatch(/You are the facilitator on this device, through the facilitator link/);
		const cookie = (await fac.context().cookies()).find((c) => c.name === 'slant_facilitator');
		expect(cookie).toMatchObject({ httpOnly: true, secure: false, sameSite: 'Lax' });
		await fac.screenshot({ path: join(SHOTS, 'facilitator-flow-2-link-opened.png') });
		await go('/', fac);
		await fac.waitForSelector('[data-chart="loaded"] canvas');
		await expect(fac.getByRole('button', { name: 'Facilitator’s controls' }).count()).resolves.toBe(1);
		await expect(fac.locator('.role-badge').textContent()).resolves.toBe('Facilitator');
		await expect(fac.getByTestId('loopback-participant').count()).resolves.toBe(0);
		await fac.waitForTimeout(800);
		await fac.screenshot({ path: join(SHOTS, 'facilitator-flow-3-controls.png') });
	});

	it('lets the facilitator write', async () => {
		await go('/collections', fac);
		await fac.fill('[data-testid="create-form"] input[name="name"]', 'Made by the facilitator’s phone');
		await fac.getByRole('button', { name: 'Create and add articles' }).click();
		await fac.waitForURL(/\/add$/);
	});

	it('a device that loses the link while a form is open is told why, and keeps its input', async () => {
		const form = fac.locator('[data-testid="paste-form"]');
		await form.locator('input[name="outlet"]').fill('Daily Planet');
		await form.locator('textarea[name="content"]').fill('Typed on a phone whose facilitator link was revoked.');
		await fac.context().clearCookies();
		await form.getByRole('button', { name: 'Add article' }).click();
		await expect.poll(() => form.locator('#paste-err').textContent()).toMatch(/Only the facilitator can add articles\..*facilitator link/);
		await expect(form.locator('textarea[name="content"]').inputValue()).resolves.toBe('Typed on a phone whose facilitator link was revoked.');
		await fac.screenshot({ path: join(SHOTS, 'failed-write-403.png'), fullPage: true });
	});

	it('a new link (the button) revokes the old one on every other device', async () => {
		const origin = new URL(link).origin;
		const phone = await app.newPage({ baseURL: origin });
		await go(link, phone);
		await go(link, fac);
		await go('/facilitator', fac);
		fac.once('dialog', (d) => d.accept());
		await fac.locator('[data-testid="rotate-form"]').getByRole('button', { name: 'Make a new facilitator link' }).click();
		await fac.locator('[data-testid="rotate-form"] .ok').waitFor();
		// This device stays the facilitator; the other one and the old link do not.
		await go('/facilitator', fac);
		await expect(fac.locator('[data-testid="facilitator-ok"]').count()).resolves.toBe(1);
		await go('/facilitator', phone);
		await expect(phone.locator('[data-testid="facilitator-participant"]').count()).resolves.toBe(1);
		await go(link, phone);
		await expect(phone.locator('[data-testid="facilitator-invalid"]').textContent()).resolves.toMatch(/is not valid: it was mistyped or cut short, or a newer one has been made since/);
		await fac.getByRole('button', { name: 'Show the link' }).click();
		const fresh = (await fac.locator('[data-testid="facilitator-links"] code').first().textContent())!;
		expect(new URL(fresh).searchParams.get('key')).not.toBe(new URL(link).searchParams.get('key'));
		await fac.screenshot({ path: join(SHOTS, 'facilitator-flow-4-new-link.png') });
		// Opened on this machine's loopback only: the tests send nothing to other addresses.
		await go(`${origin}${new URL(fresh).pathname}${new URL(fresh).search}`, phone);
		await expect(phone.locator('[data-testid="facilitator-ok"]').count()).resolves.toBe(1);
		await phone.context().close();
	});
});

describe('the join page', () => {
	async function decodeQr(p: Page): Promise<string> {
		const src = await p.getAttribute('[data-testid="join-qr"]', 'src');
		expect(src).toMatch(/^data:image\/png;base64,/);
		const png = PNG.sync.read(Buffer.from(src!.split(',')[1], 'base64'));
		const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
		expect(code, 'QR code did not decode').not.toBeNull();
		return code!.data;
	}

	it('shows the room address and a QR code that decodes to it, for the collection chosen', async () => {
		const phone = await app.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
		await go('/join', phone);
		const advertised = (await phone.getAttribute('[data-testid="join-address"]', 'data-address'))!;
		expect(await decodeQr(phone)).toBe(advertised);
		expect(advertised).toMatch(/\/c\/seeds$/);
		expect(await phone.locator('[data-testid="join-address"]').textContent()).toBe(advertised.replace(/^http:\/\//, ''));
		// Served on loopback only in this test: the page says participants cannot connect.
		await expect(phone.locator('[data-testid="join-warning"]').textContent()).resolves.toMatch(/HOST=127\.0\.0\.1/);
		// Fits the phone: nothing wider than the screen.
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await phone.screenshot({ path: join(SHOTS, 'join-phone-390x844.png'), fullPage: true });

		// Choosing another collection changes the address and the code together.
		const other = await phone.locator('[data-testid="join-chooser"] select[name="c"] option', { hasText: 'Made by the facilitator’s phone' }).getAttribute('value');
		await phone.locator('[data-testid="join-chooser"] select[name="c"]').selectOption(other!);
		await phone.waitForURL(new RegExp(`c=${other}`));
		await expect.poll(() => phone.getAttribute('[data-testid="join-address"]', 'data-address')).toMatch(new RegExp(`/c/${other}$`));
		expect(await decodeQr(phone)).toBe(await phone.getAttribute('[data-testid="join-address"]', 'data-address'));
		await phone.context().close();
	});

	it('opened at localhost, advertises the machine’s network address instead', async () => {
		const p = await app.newPage({ baseURL: app.localBase });
		await go('/join', p);
		const advertised = (await p.getAttribute('[data-testid="join-address"]', 'data-address'))!;
		const lan = lanAddresses();
		if (lan.length) expect(advertised).toBe(`http://${lan[0].address}:${new URL(app.base).port}/c/seeds`);
		else expect(advertised).toMatch(/localhost/); // an offline machine: the page says so (warning above)
		expect(await decodeQr(p)).toBe(advertised);
		await p.screenshot({ path: join(SHOTS, 'join-desktop.png') });
		await p.context().close();
	});
});
