// Shared helper for the browser tests: builds the app once per test run (vite build, adapter-node),
// starts `node build/index.js` on a free 127.0.0.1 port with a throw-away SLANT_DATA_DIR, waits for it,
// and launches Debian's Chromium through playwright-core. stop() ends both.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RESULTS = join(ROOT, 'test-results');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function freePort(): Promise<number> {
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
			if (r.status < 500) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`server did not answer ${url} within ${ms} ms:\n${log()}`);
}

export interface App {
	base: string;
	browser: Browser;
	dataDir: string;
	newPage(): Promise<Page>;
	stop(): Promise<void>;
}

/** Set SLANT_E2E_SKIP_BUILD=1 to reuse an existing build/ while iterating on the tests. */
export async function startApp(): Promise<App> {
	mkdirSync(RESULTS, { recursive: true });
	if (!process.env.SLANT_E2E_SKIP_BUILD) {
		const b = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
		if (b.status !== 0) throw new Error(`vite build failed:\n${b.stdout}\n${b.stderr}`);
	}
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'slant-e2e-'));
	const base = `http://127.0.0.1:${port}`;
	let out = '';
	const proc = spawn(process.execPath, [join(ROOT, 'build/index.js')], {
		cwd: ROOT,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, SLANT_DATA_DIR: dataDir, BODY_SIZE_LIMIT: '8M' },
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
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
	return {
		base,
		browser,
		dataDir,
		async newPage() {
			const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, baseURL: base });
			const page = await ctx.newPage();
			page.setDefaultTimeout(15_000);
			return page;
		},
		async stop() {
			await browser.close().catch(() => {});
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

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(buf: Buffer): { width: number; height: number } {
	if (buf.subarray(1, 4).toString('latin1') !== 'PNG' || buf.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG');
	return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
