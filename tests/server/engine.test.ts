import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The data-file resolver remembers its folder per process; import fresh copies for each case.
async function engineFor(analysisDir?: string) {
	vi.resetModules();
	if (analysisDir) process.env.SLANT_ANALYSIS_DIR = analysisDir;
	else delete process.env.SLANT_ANALYSIS_DIR;
	const { createEngine } = await import('../../src/lib/server/engine.js');
	return createEngine();
}

afterEach(() => {
	delete process.env.SLANT_ANALYSIS_DIR;
});

describe('the cache version follows the analysis data actually read', () => {
	it('edited word lists in SLANT_ANALYSIS_DIR give a different version; an identical copy the same', async () => {
		const stock = (await engineFor()).codeVersion;
		const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-analysis-'));
		fs.cpSync('analysis', copy, { recursive: true });
		expect((await engineFor(copy)).codeVersion).toBe(stock);
		fs.appendFileSync(path.join(copy, 'lexicon', 'emotive.txt'), '\nwobbly\n');
		expect((await engineFor(copy)).codeVersion).not.toBe(stock);
	});
});
