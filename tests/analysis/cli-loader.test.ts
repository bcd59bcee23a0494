// dist/slant.mjs, the loader of the compiled analysis (scripts/cli-loader.mjs): V8's saved code is a
// start-up saving only, so every state of the cache file gives the same output, and the build's
// warm-up run writes a cache headed by the hash of the bundle it belongs to.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundlePath } from '../../analysis/bundle.js';

const text = 'The council voted on Monday. "It is a disgrace," said Jane Roe, a local resident. She called the plan reckless.\n';

// A copy of dist/ inside the project, so its node_modules and analysis/ data are found as from dist/.
const root = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(root, '.loader-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function copyDist() {
	const dist = path.dirname(await bundlePath());
	for (const f of ['slant.mjs', 'slant.cjs', 'term-cache.json']) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
	return { loader: path.join(dir, 'slant.mjs'), cache: path.join(dir, 'slant.cjs.codecache'), source: fs.readFileSync(path.join(dir, 'slant.cjs')) };
}

const run = (loader: string, env: Record<string, string> = {}) =>
	execFileSync(process.execPath, [loader, '-'], { input: text, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

// stderr too: a loader that warns (an experimental API) or fails says so on every run.
const runAll = (loader: string) => {
	const r = spawnSync(process.execPath, [loader, '-'], { input: text, encoding: 'utf8' });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
};

describe('the loader and its code cache', () => {
	it('writes a cache headed by the bundle’s hash, and prints the same with every state of it', async () => {
		const { loader, cache, source } = await copyDist();
		const plain = run(loader);
		expect(JSON.parse(plain).articles[0].quotes.length).toBeGreaterThan(0);
		expect(fs.existsSync(cache)).toBe(false);

		expect(run(loader, { SLANT_WRITE_CODE_CACHE: '1' })).toBe(plain);
		const saved = fs.readFileSync(cache);
		const hash = createHash('sha1').update(source).digest();
		expect(saved.subarray(0, 20).equals(hash)).toBe(true);
		expect(saved.length).toBeGreaterThan(10_000);

		const states: [string, Buffer][] = [
			['the cache of this bundle', saved],
			['a cache of another bundle', Buffer.concat([createHash('sha1').update('another').digest(), saved.subarray(20)])],
			['a cache cut short', saved.subarray(0, 1000)],
			['an empty file', Buffer.alloc(0)]
		];
		for (const [name, bytes] of states) {
			fs.writeFileSync(cache, bytes);
			expect(runAll(loader), name).toEqual({ stdout: plain, stderr: '', status: 0 });
		}
	}, 60_000);
});
