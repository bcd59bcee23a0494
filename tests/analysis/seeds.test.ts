// The bundled example, read as a careful reader would: the loaded words such a reader sees in each
// seed are flagged, and plain reporting words never are. The expectations are facts about the seeds,
// so they live in seeds/manifest.json (`loadedExpected`, `headlineExpected`, `neverLoaded`), not in the analysis.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../analysis/pipeline.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';

const dir = path.resolve(__dirname, '../../seeds');
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
	neverLoaded: string[];
	articles: { file: string; id: string; outlet: string; title: string; loadedExpected: string[]; headlineExpected: string[] }[];
};
const options = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
const analysed = manifest.articles.map((a) => ({
	...a,
	result: analyseArticle({ id: a.id, outlet: a.outlet, title: a.title, text: fs.readFileSync(path.join(dir, a.file), 'utf8') }, options)
}));

describe('the seeds: loaded words a careful reader sees', () => {
	it.each(analysed.flatMap((a) => a.loadedExpected.map((w) => [a.outlet, w, a] as const)))('%s: "%s" is flagged', (_outlet, word, a) => {
		const found = a.result.loaded.map((l) => l.text.toLowerCase());
		expect(found.some((f) => f.includes(word.toLowerCase()))).toBe(true);
	});

	it.each(analysed.map((a) => [a.outlet, a.headlineExpected, a] as const))('%s: the headline\'s loaded words are %j', (_outlet, words, a) => {
		expect((a.result.headlineLoaded ?? []).map((l) => l.text.toLowerCase())).toEqual(words);
	});

	it.each(manifest.neverLoaded)('"%s" is never flagged in any seed', (word) => {
		const re = new RegExp(`\\b${word}\\w*`, 'i');
		for (const a of analysed) {
			const hits = [...a.result.loaded, ...(a.result.headlineLoaded ?? [])].filter((l) => l.category !== 'scare-quotes' && re.test(l.text));
			expect(hits.map((h) => `${a.outlet}: ${h.text}`)).toEqual([]);
			// and it does occur in the seeds, so the check means something
		}
		expect(analysed.some((a) => re.test(a.result.text))).toBe(true);
	});

	it('in every seed, no word inside a name and no topic word carries tone', () => {
		for (const a of analysed) {
			for (const s of a.result.sentiment.sentences)
				for (const w of s.words ?? [])
					expect(a.result.sentiment.leftOut.some((x) => x.start <= w.start && w.end <= x.end)).toBe(false);
		}
	});
});
