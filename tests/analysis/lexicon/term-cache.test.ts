// The build's saved term readings (dist/term-cache.json): read only when whole and made with this
// model, and identical to what parsing the lists would give.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelKey, readTermCache, termCacheJson, type TermForms } from '../../../analysis/lexicon/term-cache.js';
import { tempDir } from '../../temp-dir.js';

const dir = tempDir('term-cache');
const write = (name: string, content: string) => {
	const p = path.join(dir, name);
	fs.writeFileSync(p, content);
	return p;
};
const good = new Map<string, TermForms>([
	['slammed', { words: ['slam'], normals: ['slammed'] }],
	['a blow to', { words: ['a', 'blow', 'to'], normals: ['a', 'blow', 'to'] }]
]);

describe('readTermCache', () => {
	const rows: [string, string, number | null][] = [
		['a cache made with this model', termCacheJson(good), 2],
		['another model', JSON.stringify({ model: 'wink-nlp@0.0.1 x', terms: { a: [['a'], ['a']] } }), null],
		['no model named', JSON.stringify({ terms: { a: [['a'], ['a']] } }), null],
		['cut short', termCacheJson(good).slice(0, 60), null],
		['an entry of the wrong shape', JSON.stringify({ model: modelKey(), terms: { a: ['a', 'a'] } }), null],
		['words and normals of different lengths', JSON.stringify({ model: modelKey(), terms: { ab: [['a'], ['a', 'b']] } }), null],
		['empty', '', null]
	];
	it.each(rows)('%s', (name, content, size) => {
		const got = readTermCache(write(`${name}.json`, content));
		expect(got?.size ?? null).toBe(size);
		if (size) expect(got!.get('slammed')).toEqual(good.get('slammed'));
	});
	it('a missing file is no cache', () => {
		expect(readTermCache(path.join(dir, 'none.json'))).toBeNull();
	});
});

describe('the saved readings are the readings', () => {
	it('every term in a fresh cache reads the same when analysed again', async () => {
		// Parse the shipped lists with the cache off, then read the JSON back: the same forms.
		process.env.SLANT_TERM_CACHE = 'off';
		const { analysedTermsJson, loadDefaultLexicon } = await import('../../../analysis/lexicon/index.js');
		const lexicon = loadDefaultLexicon();
		const saved = readTermCache(write('fresh.json', analysedTermsJson()))!;
		expect(saved.size).toBeGreaterThan(1000);
		for (const e of lexicon.entries.slice(0, 400)) {
			const forms = saved.get(e.term.toLowerCase());
			expect(forms, e.term).toBeDefined();
			expect(forms!.words).toEqual(e.words);
		}
		delete process.env.SLANT_TERM_CACHE;
	});
});
