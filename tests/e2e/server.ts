// Shared helper for the browser tests: builds the app once per test run (vite build, adapter-node),
// starts `node build/index.js` on a free 127.0.0.1 port with a throw-away SLANT_DATA_DIR, waits for it,
// and launches Debian's Chromium through playwright-core. stop() ends both.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

function build(): void {
	// vitest sets NODE_ENV=test, which would give a development-flavoured bundle; build what ships.
	const b = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: 'pipe',
		env: { ...process.env, NODE_ENV: 'production' }
	});
	if (b.status !== 0) throw new Error(`vite build failed:\n${b.stdout}\n${b.stderr}`);
}

/**
 * build/ and .svelte-kit/ are shared with anyone else building in this checkout, so the tests run a
 * private copy (under test-results/, inside the project so node_modules still resolves) and check
 * that its server and client halves come from the same build (same version hash).
 */
function clientHas(dir: string, needle: string): boolean {
	const chunks = join(dir, 'client/_app/immutable/chunks');
	return readdirSync(chunks).some((f) => f.endsWith('.js') && readFileSync(join(chunks, f), 'utf8').includes(needle));
}

interface Server {
	proc: ChildProcess;
	base: string;
	dataDir: string;
	buildDir: string;
}

async function startServer(): Promise<Server> {
	const buildDir = join(RESULTS, `e2e-build-${process.pid}`);
	rmSync(buildDir, { recursive: true, force: true });
	cpSync(join(ROOT, 'build'), buildDir, { recursive: true });
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'slant-e2e-'));
	const base = `http://127.0.0.1:${port}`;
	let out = '';
	const proc = spawn(process.execPath, [join(buildDir, 'index.js')], {
		cwd: ROOT,
		env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, SLANT_DATA_DIR: dataDir, BODY_SIZE_LIMIT: '8M' },
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
	return { proc, base, dataDir, buildDir };
}

async function stopServer(s: Server): Promise<void> {
	if (s.proc.exitCode === null) {
		s.proc.kill('SIGTERM');
		await new Promise((r) => {
			const t = setTimeout(() => {
				s.proc.kill('SIGKILL');
				r(null);
			}, 5000);
			s.proc.once('exit', () => {
				clearTimeout(t);
				r(null);
			});
		});
	}
	rmSync(s.dataDir, { recursive: true, force: true });
	rmSync(s.buildDir, { recursive: true, force: true });
}

/** Set SLANT_E2E_SKIP_BUILD=1 to reuse an existing build/ while iterating on the tests. */
export async function startApp(): Promise<App> {
	mkdirSync(RESULTS, { recursive: true });
	let server: Server | null = null;
	for (let attempt = 0; attempt < 3 && !server; attempt++) {
		if (!process.env.SLANT_E2E_SKIP_BUILD || attempt > 0) build();
		const s = await startServer();
		const html = await (await fetch(`${s.base}/collections`)).text();
		const hash = /__sveltekit_\w+/.exec(html)?.[0];
		if (hash && clientHas(s.buildDir, hash)) server = s;
		else await stopServer(s);
	}
	if (!server) throw new Error('build/ kept changing under the tests (someone else building at the same time?)');
	const { base, dataDir } = server;
	const srv = server;
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
			await stopServer(srv);
		}
	};
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(buf: Buffer): { width: number; height: number } {
	if (buf.subarray(1, 4).toString('latin1') !== 'PNG' || buf.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG');
	return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
