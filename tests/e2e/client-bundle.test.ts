// Code the browser runs must not import Node's built-ins: Vite replaces them with an empty stub
// ("__vite-browser-external") and the page fails only when the import is used. At c5b7d99 the quote
// summary (run in the browser too) imported the group rules, whose file reader uses node:path, and
// every article page showed "Something went wrong" ("J.default.join is not a function").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedBuild } from './server';

/** Every JavaScript file under dir. */
function scripts(dir: string): string[] {
	const out: string[] = [];
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) out.push(...scripts(p));
		else if (e.name.endsWith('.js')) out.push(p);
	}
	return out;
}

describe('the client bundle', () => {
	it('stubs no Node built-in and carries no data-file reader', async () => {
		const dir = join(await sharedBuild(), 'client');
		const files = scripts(dir);
		expect(files.length).toBeGreaterThan(0);
		for (const f of files) {
			const js = readFileSync(f, 'utf8');
			expect(js, f).not.toMatch(/__vite-browser-external|node:fs|node:path|readFileSync/);
		}
	}, 240_000);
});
