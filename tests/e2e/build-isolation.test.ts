// The README's two commands side by side: `npm test` must leave a running `npm start` alone. Its
// build step used to rewrite build/ in place, and the running server then died on the first asset
// it had indexed at start-up (ENOENT on a .br file). Here a server runs from one build while the
// browser tests' build step runs again; the first server must keep answering, assets included, and
// build/ must not change.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, ROOT, buildApp, sharedBuild, startServer, type Server } from './server';

let first: Server;
const second = join(BUILDS, `isolation-${process.pid}`);

/** Names and modification times of everything under build/ (empty if there is none). */
function snapshot(dir: string): string[] {
	if (!existsSync(dir)) return [];
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else out.push(`${p}@${statSync(p).mtimeMs}`);
		}
	};
	walk(dir);
	return out.sort();
}

beforeAll(async () => {
	first = await startServer();
}, 240_000);

afterAll(async () => {
	await first?.stop();
	rmSync(second, { recursive: true, force: true });
	rmSync(`${second}-kit`, { recursive: true, force: true });
});

/** The assets a page names, and every script chunk of the build the server started from. */
async function assets(base: string, buildDir: string): Promise<string[]> {
	const html = await (await fetch(`${base}/collections`)).text();
	const named = [...html.matchAll(/\/_app\/immutable\/[\w/.-]+\.(?:js|css)/g)].map((m) => m[0]);
	const chunks = readdirSync(join(buildDir, 'client/_app/immutable/chunks'))
		.filter((f) => f.endsWith('.js'))
		.map((f) => `/_app/immutable/chunks/${f}`);
	return [...new Set([...named, ...chunks])];
}

describe('npm test leaves a running server alone', () => {
	it('the first server still answers, pages and compressed assets, after the e2e build step ran', async () => {
		const before = snapshot(join(ROOT, 'build'));
		const files = await assets(first.base, await sharedBuild());
		expect(files.length).toBeGreaterThan(5);

		await buildApp(second);
		expect(existsSync(join(second, 'handler.js'))).toBe(true);

		expect(first.proc.exitCode).toBeNull();
		for (const path of ['/', '/collections', '/c/seeds', '/join']) {
			const r = await fetch(`${first.base}${path}`, { redirect: 'manual' });
			expect(r.status, path).toBeLessThan(400);
		}
		// The precompressed assets the first server indexed when it started are still served.
		for (const f of files) {
			const r = await fetch(`${first.base}${f}`, { headers: { 'accept-encoding': 'br, gzip' } });
			expect(r.status, f).toBe(200);
			await r.arrayBuffer();
		}
		expect(first.output()).not.toMatch(/ENOENT|Unhandled 'error' event/);
		// And build/, which `npm start` serves, was not touched.
		expect(snapshot(join(ROOT, 'build'))).toEqual(before);
	}, 240_000);
});
