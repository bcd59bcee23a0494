// A temporary folder for a test, removed when its file's tests are done: a run of the suite leaves
// nothing in the system's temporary folder (each run had left seven folders behind).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** A new empty folder named slant-<prefix>-XXXXXX in the system's temporary folder. */
export function tempDir(prefix: string): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `slant-${prefix}-`));
	made.push(dir);
	return dir;
}

// Registered when a test file first imports this module (vitest loads it afresh for each file).
afterAll(() => {
	for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
