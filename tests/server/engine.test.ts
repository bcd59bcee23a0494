import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../temp-dir.js';

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
		const copy = tempDir('analysis');
		fs.cpSync('analysis', copy, { recursive: true });
		expect((await engineFor(copy)).codeVersion).toBe(stock);
		fs.appendFileSync(path.join(copy, 'lexicon', 'emotive.txt'), '\nwobbly\n');
		expect((await engineFor(copy)).codeVersion).not.toBe(stock);
	});
});

describe('where words occur is found on the analysis workers', () => {
	const body = 'The minister said the plan was sound.\n\nCritics say the minister says too much. Sayings aside, she resigned.';
	const paragraphs = [
		{ start: 0, end: 37 },
		{ start: 39, end: body.length }
	];
	const rows: [string, string[]][] = [
		['say', ['said', 'say', 'says']],
		['minister', ['minister', 'minister']],
		['resign', ['resigned']],
		['absent', []]
	];
	it('gives the same lemma-aware spans as in process, as a promise (off the request thread)', async () => {
		vi.resetModules();
		const { createEngine } = await import('../../src/lib/server/engine.js');
		const threaded = createEngine({ workers: 1 });
		const local = createEngine({ inProcess: true });
		try {
			const pending = threaded.termSpans(body, paragraphs, rows.map(([t]) => t));
			expect(pending).toBeInstanceOf(Promise);
			const found = await pending;
			expect(found).toEqual(local.termSpans(body, paragraphs, rows.map(([t]) => t)));
			for (const [term, words] of rows) expect(found[term].map((s) => body.slice(s.start, s.end))).toEqual(words);
		} finally {
			await threaded.close();
		}
	});
});

describe('headlines are read on the analysis workers', () => {
	const titles = ['Moscow Holds International Justice in Contempt', 'Minister calls plan "reckless"', 'Council backs plan', ''];
	it('gives the same loaded terms as in process, as a promise', async () => {
		vi.resetModules();
		const { createEngine } = await import('../../src/lib/server/engine.js');
		const threaded = createEngine({ workers: 1 });
		const local = createEngine({ inProcess: true });
		const none = { add: [], remove: [] };
		try {
			const pending = threaded.headlines(titles, threaded.defaultLexicon(), none);
			expect(pending).toBeInstanceOf(Promise);
			const found = await pending;
			expect(found).toEqual(local.headlines(titles, local.defaultLexicon(), none));
			expect(found.map((ls) => ls.map((l) => l.text))).toEqual([['Contempt'], ['reckless'], [], []]);
		} finally {
			await threaded.close();
		}
	});
});
