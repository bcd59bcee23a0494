// Shared helper for the browser tests. Builds the app once per test run into a folder of its own
// (test-results/e2e-build/<run>/, never build/: a running `npm start` serves that one), starts it
// exactly as `npm start` does (node bin/serve.mjs, the same entry and environment handling, no
// ORIGIN) on a free 127.0.0.1 port with a throw-away SLANT_DATA_DIR, and launches Debian's Chromium
// through playwright-core. stop() ends both.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RESULTS = join(ROOT, 'test-results');
/** Where the browser tests build; one folder per test run (see global-setup.ts). */
export const BUILDS = join(RESULTS, 'e2e-build');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** adapter-node's proxy settings: a developer's shell may have them; the tests run without. */
const PROXY_ENV = ['ORIGIN', 'PROTOCOL_HEADER', 'HOST_HEADER', 'PORT_HEADER', 'ADDRESS_HEADER', 'SLANT_BEHIND_PROXY', 'SLANT_LOOPBACK_ROLE'];

export async function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const s = createServer();
		s.once('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => ok(port));
		});
	});
}

async function waitFor(url: string, ms: number, proc: ChildProcess, log: () => string): Promise<void> {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}:\n${log()}`);
		try {
			const r = await fetch(url, { redirect: 'manual' });
			if (r.status < 500 && /Slant is running/.test(log())) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`server did not answer ${url} within ${ms} ms:\n${log()}`);
}

/**
 * The e2e build step: `vite build` into `outDir` (adapter-node's output) with SvelteKit's working
 * folder beside it, so neither build/ nor .svelte-kit/ is touched.
 */
export async function buildApp(outDir: string): Promise<void> {
	rmSync(outDir, { recursive: true, force: true });
	// vitest sets NODE_ENV=test, which would give a development-flavoured bundle; build what ships.
	// Asynchronous, so servers and connections of this process stay served while it builds.
	const b = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, NODE_ENV: 'production', SLANT_BUILD_DIR: outDir, SLANT_KIT_DIR: `${outDir}-kit` }
	});
	let log = '';
	b.stdout?.on('data', (d) => (log += d));
	b.stderr?.on('data', (d) => (log += d));
	const code = await new Promise<number | null>((r) => b.once('close', r));
	if (code !== 0) throw new Error(`vite build failed (${code}):\n${log}`);
	if (!existsSync(join(outDir, 'handler.js'))) throw new Error(`vite build wrote no app to ${outDir}`);
}

function runId(): string {
	let id: string | undefined;
	try {
		id = inject('e2eRun');
	} catch {
		id = undefined;
	}
	return id || `pid-${process.pid}`;
}

/** This run's build, made on first use (global-setup.ts removes it when the run ends). */
export async function sharedBuild(): Promise<string> {
	const dir = join(BUILDS, runId(), 'build');
	if (existsSync(join(dir, '.complete'))) return dir;
	mkdirSync(join(BUILDS, runId()), { recursive: true });
	await buildApp(dir);
	writeFileSync(join(dir, '.complete'), new Date().toISOString());
	return dir;
}

export interface Server {
	proc: ChildProcess;
	/** http://127.0.0.1:PORT */
	base: string;
	port: number;
	dataDir: string;
	/** Everything the server printed so far. */
	output(): string;
	/** The facilitator link from the start-up banner. */
	facilitatorLink(): string;
	stop(): Promise<void>;
}

/** Start the built app as `npm start` does, plus `env` (e.g. SLANT_LOOPBACK_ROLE=participant). */
export async function startServer(options: { buildDir?: string; env?: Record<string, string> } = {}): Promise<Server> {
	const buildDir = options.buildDir ?? (await sharedBuild());
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'slant-e2e-'));
	const base = `http://127.0.0.1:${port}`;
	const env: Record<string, string | undefined> = { ...process.env };
	for (const k of PROXY_ENV) delete env[k];
	let out = '';
	const proc = spawn(process.execPath, [join(ROOT, 'bin/serve.mjs')], {
		cwd: ROOT,
		env: { ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', SLANT_DATA_DIR: dataDir, SLANT_BUILD_DIR: buildDir, ...options.env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	proc.stdout?.on('data', (d) => (out += d));
	proc.stderr?.on('data', (d) => (out += d));
	try {
		await waitFor(`${base}/`, 30_000, proc, () => out);
	} catch (e) {
		proc.kill();
		throw e;
	}
	return {
		proc,
		base,
		port,
		dataDir,
		output: () => out,
		facilitatorLink() {
			const links = [...out.matchAll(/Facilitator link:\s+(\S+)/g)];
			if (!links.length) throw new Error(`no facilitator link in the server's output:\n${out}`);
			return links[links.length - 1][1];
		},
		async stop() {
			if (proc.exitCode === null) {
				proc.kill('SIGTERM');
				await new Promise((r) => {
					const t = setTimeout(() => {
						proc.kill('SIGKILL');
						r(null);
					}, 5000);
					proc.once('exit', () => {
						clearTimeout(t);
						r(null);
					});
				});
			}
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

export interface App {
	base: string;
	/** The same server at http://localhost:PORT. */
	localBase: string;
	browser: Browser;
	dataDir: string;
	server: Server;
	newPage(options?: BrowserContextOptions): Promise<Page>;
	stop(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: process.env.SLANT_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export async function startApp(options: { env?: Record<string, string> } = {}): Promise<App> {
	mkdirSync(RESULTS, { recursive: true });
	const server = await startServer({ env: options.env });
	const browser = await launchChromium();
	return {
		base: server.base,
		localBase: `http://localhost:${server.port}`,
		browser,
		dataDir: server.dataDir,
		server,
		async newPage(ctxOptions: BrowserContextOptions = {}) {
			const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, baseURL: server.base, ...ctxOptions });
			const page = await ctx.newPage();
			page.setDefaultTimeout(15_000);
			return page;
		},
		async stop() {
			await browser.close().catch(() => {});
			await server.stop();
		}
	};
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(buf: Buffer): { width: number; height: number } {
	if (buf.subarray(1, 4).toString('latin1') !== 'PNG' || buf.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG');
	return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * Wait until the page lists no article as still being analysed. Right after start-up, or after a
 * lexicon change, a busy machine may still be analysing when the page first renders: it shows the
 * rest and names those (PendingArticles), then reloads its data until they are done. Tests that
 * count outlets read the page after that.
 */
export async function untilAnalysed(page: Page, timeout = 90_000): Promise<void> {
	await page.waitForSelector('[data-testid="pending-articles"]', { state: 'detached', timeout });
}

/** A form action sent as the page's own script sends it (JSON answer): status and body. */
export function postAction(page: Page, path: string, fields: Record<string, string>): Promise<{ status: number; body: string }> {
	return page.evaluate(
		async ({ path, fields }) => {
			const res = await fetch(path, { method: 'POST', headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }, body: new URLSearchParams(fields) });
			return { status: res.status, body: await res.text() };
		},
		{ path, fields }
	);
}

/** Creates a collection from the collections page; the page is left on its "add articles" page, whose address this returns. */
export async function createCollection(page: Page, name: string): Promise<string> {
	await page.goto('/collections');
	await page.fill('[data-testid="create-form"] input[name="name"]', name);
	await page.getByRole('button', { name: 'Create and add articles' }).click();
	await page.waitForURL(/\/c\/[^/]+\/add$/);
	return page.url();
}

/** Pastes an article on the "add articles" page the page is on; returns the path of the article page it lands on. */
export async function pasteArticle(page: Page, outlet: string, text: string): Promise<string> {
	const form = page.locator('[data-testid="paste-form"]');
	await form.locator('input[name="outlet"]').fill(outlet);
	await form.locator('textarea[name="content"]').fill(text);
	await form.getByRole('button', { name: 'Add article' }).click();
	await page.waitForURL(/\/a\/[^/?]+\?added=1/);
	return new URL(page.url()).pathname;
}
