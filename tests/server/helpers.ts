// Shared test setup: every test gets a fresh temp folder and a real SQLite file in it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createEngine, type Engine } from '../../src/lib/server/engine.js';
import { openStore, type Store, type StoreOptions } from '../../src/lib/server/store.js';
import { closeStore } from '../../src/lib/server/store-instance.js';

export const SEEDS_DIR = path.resolve(__dirname, '../../seeds');

const dirs: string[] = [];
const stores: Store[] = [];

export function tempDir(): string {
	const d = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-test-'));
	dirs.push(d);
	return d;
}

export function dbFile(): string {
	return path.join(tempDir(), 'slant.db');
}

/** A store on a fresh (or given) file; no seeds unless asked. Closed after the test. */
export function store(options: StoreOptions & { file?: string } = {}): Store {
	const { file, ...rest } = options;
	// In process unless a test asks for worker threads: results are then ready when a call returns.
	const s = openStore(file ?? dbFile(), { seedsDir: null, engineOptions: { inProcess: true }, ...rest });
	stores.push(s);
	return s;
}

/**
 * The app's own store (the one routes reach through `$lib/server`) for this test file, in a fresh folder
 * with no seeds and analysis on the calling thread; `setup` runs once it is there. Closed, the folder
 * removed and the environment restored after the file's tests.
 */
export function appStore(setup: () => void = () => {}): void {
	const saved = { ...process.env };
	let dir = '';
	beforeAll(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-app-'));
		process.env.SLANT_DATA_DIR = dir;
		process.env.SLANT_ANALYSIS_WORKERS = '0';
		process.env.SLANT_SEEDS_DIR = path.join(dir, 'no-seeds');
		setup();
	});
	afterAll(() => {
		closeStore();
		process.env = saved;
		fs.rmSync(dir, { recursive: true, force: true });
	});
}

let realEngine: Engine | null = null;

/** The real engine with `analyse` counted, so tests can tell a cache hit from a recomputation. */
export function countingEngine(): { engine: Partial<Engine>; calls: () => number } {
	realEngine ??= createEngine({ inProcess: true });
	const real = realEngine;
	let n = 0;
	return {
		engine: {
			analyse: (input, lexicon, changes) => {
				n++;
				return real.analyse(input, lexicon, changes);
			}
		},
		calls: () => n
	};
}

afterEach(() => {
	for (const s of stores.splice(0)) s.close();
	for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export const enc = (s: string) => new TextEncoder().encode(s);

export const ARTICLE_A = `Officials said on Tuesday that the new policy would take effect next month.

Critics slammed the decision as reckless, while supporters praised it as overdue.

"This is a turning point," said Jane Doe, a spokeswoman for the ministry.`;

export const ARTICLE_B = `The government announced a policy change on Tuesday.

Rights groups warned that the move could harm vulnerable people.

"We are deeply concerned," said John Roe of the Example Rights Watch.`;
