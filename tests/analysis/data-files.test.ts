import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../temp-dir.js';

// The resolver caches its answer per process; import a fresh copy for each case.
async function fresh() {
	vi.resetModules();
	return import('../../analysis/data-files.js');
}

afterEach(() => {
	delete process.env.SLANT_ANALYSIS_DIR;
});

describe('analysis data files are found wherever the code runs', () => {
	it('from source: the analysis folder of this checkout', async () => {
		const { analysisDir, readDataFile } = await fresh();
		expect(analysisDir()).toBe(path.resolve('analysis'));
		expect(readDataFile('lexicon', 'README.md')).toMatch(/\S/);
	});

	it('SLANT_ANALYSIS_DIR wins when it holds the data', async () => {
		const dir = tempDir('data');
		fs.mkdirSync(path.join(dir, 'lexicon'));
		fs.writeFileSync(path.join(dir, 'lexicon', 'README.md'), 'custom');
		process.env.SLANT_ANALYSIS_DIR = dir;
		const { analysisDir, readDataFile } = await fresh();
		expect(analysisDir()).toBe(dir);
		expect(readDataFile('lexicon', 'README.md')).toBe('custom');
	});

	it('a folder without the data is passed over, not trusted', async () => {
		process.env.SLANT_ANALYSIS_DIR = tempDir('empty');
		const { analysisDir } = await fresh();
		expect(analysisDir()).toBe(path.resolve('analysis'));
	});
});
