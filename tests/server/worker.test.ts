// The server's analysis on worker threads: what a page sees while a long text is analysed, the time
// limit, and a collection's lexicon edits reaching the workers.
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_A, ARTICLE_B, store } from './helpers.js';
import type { Store } from '../../src/lib/server/store.js';

/** About 300 KB of news-like text: long enough that its analysis is still running when a page reads. */
const LONG = Array.from(
	{ length: 2500 },
	(_, i) => `Officials said on day ${i} that measure ${i} would take effect soon. Critics called item ${i} reckless and asked for a vote on it before the end of the month.`
).join('\n\n');

const opened: Store[] = [];
const workerStore = (timeoutMs?: number) => {
	const s = store({ engineOptions: { workers: 1, timeoutMs } });
	opened.push(s);
	return s;
};
afterAll(async () => {
	await Promise.all(opened.map((s) => s.engine.close()));
});

describe('analysis on a worker thread', () => {
	it('a long article is pending, not computed on the request thread, while short ones are shown; then it is in', async () => {
		const s = workerStore();
		const c = s.createCollection({ name: 'Long paste' });
		s.addArticle(c.id, { outlet: 'Short', content: ARTICLE_A });
		expect(await s.ensureAnalysed(c.id, Infinity)).toBe(true);
		s.addArticle(c.id, { outlet: 'Long', content: LONG });

		// The event loop keeps turning while the worker analyses: requests are answered meanwhile.
		let ticks = 0;
		const timer = setInterval(() => ticks++, 5);
		const done = await s.ensureAnalysed(c.id, 50);
		const during = s.analyseCollection(c.id);
		expect(done).toBe(false);
		expect(during.articles.map((a) => a.outlet)).toEqual(['Short']);
		expect(during.pending.map((p) => p.outlet)).toEqual(['Long']);
		expect(await s.ensureAnalysed(c.id, Infinity)).toBe(true);
		clearInterval(timer);
		expect(ticks).toBeGreaterThan(3);

		const after = s.analyseCollection(c.id);
		expect(after.pending).toEqual([]);
		expect(after.articles.map((a) => a.outlet)).toEqual(['Short', 'Long']);
		expect(after.articles[1].words).toBeGreaterThan(50_000);
	});

	it('an article over the time limit is failed with "analysis took too long", once, and the failure is kept', async () => {
		const s = workerStore(1);
		const c = s.createCollection({ name: 'Too slow' });
		const a = s.addArticle(c.id, { outlet: 'Slow Post', title: 'Huge', content: ARTICLE_B });
		expect(await s.ensureAnalysed(c.id, Infinity)).toBe(true);
		const calls = s.analyseCalls;
		const r = s.analyseCollection(c.id);
		expect(r.failed).toEqual([{ id: a.id, outlet: 'Slow Post', title: 'Huge', error: 'analysis took too long (stopped after 1 ms)', reason: 'error' }]);
		expect(r.articles).toEqual([]);
		// Read again: the kept failure answers at once; the same doomed analysis is not started again.
		expect(await s.ensureAnalysed(c.id, Infinity)).toBe(true);
		expect(s.analyseCollection(c.id).failed).toHaveLength(1);
		expect(s.analyseCalls).toBe(calls);
	});

	it("a collection's lexicon edits reach the workers", async () => {
		const s = workerStore();
		const c = s.createCollection({ name: 'Edited' });
		s.addArticle(c.id, { outlet: 'Policy Daily', content: ARTICLE_A });
		await s.ensureAnalysed(c.id, Infinity);
		expect(s.analyseCollection(c.id).articles[0].loaded.map((l) => l.term)).not.toContain('policy');
		s.setSettings(c.id, { lexicon: { add: [{ term: 'policy', category: 'label' }], remove: [] } });
		expect(await s.ensureAnalysed(c.id, Infinity)).toBe(true);
		const terms = s.analyseCollection(c.id).articles[0].loaded.filter((l) => l.term === 'policy');
		expect(terms.map((t) => [t.text, t.category])).toEqual([['policy', 'label']]);
	});
});
