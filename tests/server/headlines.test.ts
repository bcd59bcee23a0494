// Headlines typed or edited apart from the text are read for loaded terms too (headline-cache.ts),
// without analysing the text again; a headline found in the text comes with the analysis itself.
import { describe, expect, it } from 'vitest';
import { ARTICLE_A, countingEngine, store } from './helpers.js';

const words = (a: { headlineLoaded?: { text: string; voice: string }[] }) => a.headlineLoaded?.map((l) => `${l.text}/${l.voice}`);

describe('loaded terms in a stored headline', () => {
	const rows: [string, string[]][] = [
		['Council Backs Disgraceful Plan', ['Disgraceful/outlet']],
		['Minister calls plan "reckless"', ['reckless/quoted']],
		['Council backs plan', []]
	];
	it.each(rows)('%j -> %j', async (title, expected) => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const a = s.addArticle(c.id, { outlet: 'O', title, content: ARTICLE_A });
		await s.ensureArticleAnalysed(a.id);
		expect(words(s.analyseStoredArticle(a.id))).toEqual(expected);
		await s.ensureAnalysed(c.id);
		expect(s.analyseCollection(c.id).articles.map(words)).toEqual([expected]);
	});

	it('an edited headline is read again, the text is not', async () => {
		const counter = countingEngine();
		const s = store({ engine: counter.engine });
		const c = s.createCollection({ name: 'C' });
		const a = s.addArticle(c.id, { outlet: 'O', title: 'Council backs plan', content: ARTICLE_A });
		await s.ensureArticleAnalysed(a.id);
		expect(words(s.analyseStoredArticle(a.id))).toEqual([]);
		s.updateArticle(a.id, { title: 'Council Backs Shameful Plan' });
		await s.ensureArticleAnalysed(a.id);
		expect(words(s.analyseStoredArticle(a.id))).toEqual(['Shameful/outlet']);
		expect(counter.calls()).toBe(1);
	});

	it('a headline found in the text comes with its analysis', async () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const a = s.addArticle(c.id, { outlet: 'O', content: `# Council Backs Disgraceful Plan\n\n${ARTICLE_A}`, format: 'markdown' });
		await s.ensureArticleAnalysed(a.id);
		const got = s.analyseStoredArticle(a.id);
		expect(got.title).toBe('Council Backs Disgraceful Plan');
		expect(words(got)).toEqual(['Disgraceful/outlet']);
	});

	// fourth newcomer pass: a line of the text taken for the headline, where the facilitator typed
	// another, is listed as kept out, never dropped unseen
	const HIGHLIGHT = 'Story highlights Two cases were confirmed, prompting the declaration';
	const rows2: [string, string | null][] = [
		['Ebola outbreak declared in Congo', HIGHLIGHT],
		[HIGHLIGHT, null]
	];
	it.each(rows2)('typed headline %j: kept out %j', async (title, keptOut) => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const a = s.addArticle(c.id, { outlet: 'O', title, content: `${HIGHLIGHT}\n${ARTICLE_A}` });
		await s.ensureArticleAnalysed(a.id);
		const got = s.analyseStoredArticle(a.id);
		expect(got.title).toBe(title);
		expect(got.removed.find((r) => r.reason === 'read as a headline')?.text ?? null).toBe(keptOut);
	});
});
