// The store on real SQLite files: seeds, CRUD, the analysis cache, atomic writes and concurrency.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { NotFoundError, errorStatus, InputError } from '../../src/lib/server/errors.js';
import { SEED_COLLECTION_ID } from '../../src/lib/server/store.js';
import { toArticleInput } from '../../src/lib/server/engine.js';
import { ARTICLE_A, ARTICLE_B, SEEDS_DIR, countingEngine, dbFile, store, tempDir } from './helpers.js';

const count = (s: ReturnType<typeof store>, table: string) =>
	(s.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

const manifest = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'manifest.json'), 'utf8')) as {
	collection: { name: string };
	articles: { id: string; outlet: string; kind: string; title: string; date: string; note: string }[];
};

describe('seed collection', () => {
	it('exists on first start with every manifest article, in order, with its metadata', () => {
		const s = store({ seedsDir: SEEDS_DIR });
		const list = s.listCollections();
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ id: SEED_COLLECTION_ID, isSeed: true, name: manifest.collection.name, articleCount: manifest.articles.length });
		expect(s.seedCollectionId()).toBe(SEED_COLLECTION_ID);
		const arts = s.listArticles(SEED_COLLECTION_ID);
		expect(arts.map((a) => [a.id, a.outlet, a.kind, a.title, a.date, a.note, a.origin])).toEqual(
			manifest.articles.map((m) => [m.id, m.outlet, m.kind, m.title, m.date, m.note, 'seed'])
		);
		const first = s.getArticle(arts[0].id);
		expect(first.content).toBe(fs.readFileSync(path.join(SEEDS_DIR, `${manifest.articles[0].id}.txt`), 'utf8').replace(/^\uFEFF/, ''));
	});

	it('is not duplicated on the second start, and comes back if deleted', () => {
		const file = dbFile();
		store({ file, seedsDir: SEEDS_DIR }).close();
		const s = store({ file, seedsDir: SEEDS_DIR });
		expect(s.listCollections()).toHaveLength(1);
		expect(count(s, 'articles')).toBe(manifest.articles.length);
		s.deleteCollection(SEED_COLLECTION_ID);
		expect(s.seedCollectionId()).toBeNull();
		s.close();
		const s2 = store({ file, seedsDir: SEEDS_DIR });
		expect(s2.listCollections().map((c) => c.id)).toEqual([SEED_COLLECTION_ID]);
	});

	it('keeps a facilitator edit across restarts, but takes manifest changes when the manifest changes', () => {
		const dir = tempDir();
		fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE_A);
		fs.writeFileSync(path.join(dir, 'b.txt'), ARTICLE_B);
		const write = (title: string, files: string[]) =>
			fs.writeFileSync(
				path.join(dir, 'manifest.json'),
				JSON.stringify({
					collection: { name: 'Seeds' },
					articles: files.map((f) => ({ file: f, id: f.replace('.txt', ''), outlet: f.toUpperCase(), kind: 'news', title }))
				})
			);
		write('First title', ['a.txt']);
		const file = dbFile();
		const s1 = store({ file, seedsDir: dir });
		expect(s1.importSeeds(dir)).toBe('unchanged');
		s1.updateArticle('a', { title: 'Facilitator title' });
		s1.close();

		const s2 = store({ file, seedsDir: dir });
		expect(s2.getArticle('a').title).toBe('Facilitator title');
		s2.close();

		write('Corrected title', ['a.txt', 'b.txt']);
		const s3 = store({ file, seedsDir: dir });
		expect(s3.listArticles(SEED_COLLECTION_ID).map((a) => [a.id, a.title])).toEqual([
			['a', 'Corrected title'],
			['b', 'Corrected title']
		]);
		expect(s3.listCollections()).toHaveLength(1);
	});

	it('is all or nothing: a bad seed file leaves no half-imported collection and start-up goes on', () => {
		const dir = tempDir();
		fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE_A);
		fs.writeFileSync(path.join(dir, 'b.txt'), ARTICLE_A); // same text: refused as a duplicate
		fs.writeFileSync(
			path.join(dir, 'manifest.json'),
			JSON.stringify({ collection: { name: 'X' }, articles: [{ file: 'a.txt', id: 'a', outlet: 'A' }, { file: 'b.txt', id: 'b', outlet: 'B' }] })
		);
		const errors: unknown[] = [];
		const s = store({ seedsDir: dir, onSeedError: (e) => errors.push(e) });
		expect(errors).toHaveLength(1);
		expect(String(errors[0])).toMatch(/b\.txt: is already in this collection/);
		expect(count(s, 'collections')).toBe(0);
		expect(count(s, 'articles')).toBe(0);
	});
});

describe('collections and articles', () => {
	it('create, rename, list, delete', () => {
		const s = store();
		const c = s.createCollection({ name: 'Election night', description: 'Three outlets' });
		expect(c).toMatchObject({ name: 'Election night', description: 'Three outlets', isSeed: false, articleCount: 0 });
		expect(c.settings).toEqual({ lexicon: { add: [], remove: [] }, speakers: { groups: {}, merges: {} } });
		expect(s.updateCollection(c.id, { name: 'Renamed' }).name).toBe('Renamed');
		expect(s.listCollections().map((x) => x.name)).toEqual(['Renamed']);
		s.deleteCollection(c.id);
		expect(() => s.getCollection(c.id)).toThrow(NotFoundError);
		expect(() => s.deleteCollection(c.id)).toThrow(NotFoundError);
		expect(errorStatus(new NotFoundError('x', 'y'))).toBe(404);
		expect(errorStatus(new InputError('x', 'y'))).toBe(400);
		expect(errorStatus(new Error('boom'))).toBe(500);
	});

	it('add, edit metadata, delete articles; content is stored byte for byte with its hash', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const a = s.addArticle(c.id, { outlet: 'BBC', title: 'Hello', date: '2020-01-02', kind: 'news', content: ARTICLE_A });
		expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
		expect(s.getArticle(a.id).content).toBe(ARTICLE_A);
		const u = s.updateArticle(a.id, { title: 'Better headline', kind: 'advocacy', date: null });
		expect(u).toMatchObject({ title: 'Better headline', kind: 'advocacy', date: null, outlet: 'BBC', contentHash: a.contentHash });
		expect(s.getCollection(c.id).articleCount).toBe(1);
		s.deleteArticle(a.id);
		expect(s.listArticles(c.id)).toEqual([]);
		expect(() => s.getArticle(a.id)).toThrow(/Article ".*" not found/);
		expect(() => s.addArticle('missing', { outlet: 'X', content: ARTICLE_B })).toThrow(NotFoundError);
	});

	it('export then import round-trips a collection with its settings', () => {
		const s = store();
		const c = s.createCollection({ name: 'C', description: 'D' });
		s.addArticle(c.id, { outlet: 'BBC', title: 'T1', content: ARTICLE_A });
		s.addArticle(c.id, { outlet: 'CNN', title: 'T2', content: '<p>One.</p><p>Two.</p><p>Three.</p>', format: 'html' });
		s.setSettings(c.id, { speakers: { merges: { Doe: 'Jane Doe' } } });
		const exported = JSON.parse(JSON.stringify(s.exportCollection(c.id)));
		expect(exported).toMatchObject({ format: 'slant-collection', version: 1, collection: { name: 'C' } });
		expect(exported.articles.map((a: { content: string }) => a.content)).toEqual([ARTICLE_A, '<p>One.</p><p>Two.</p><p>Three.</p>']);
		const copy = s.importCollection(exported);
		expect(copy.id).not.toBe(c.id);
		expect(copy.settings.speakers.merges).toEqual({ Doe: 'Jane Doe' });
		expect(s.listArticles(copy.id).map((a) => [a.outlet, a.title, a.format])).toEqual([
			['BBC', 'T1', 'text'],
			['CNN', 'T2', 'html']
		]);
	});
});

describe('atomic writes', () => {
	it('a batch import where one article fails leaves the database exactly as it was', () => {
		const s = store();
		s.createCollection({ name: 'Existing' });
		const before = { collections: count(s, 'collections'), articles: count(s, 'articles') };
		const bad = {
			format: 'slant-collection',
			version: 1,
			collection: { name: 'Half' },
			articles: [
				{ outlet: 'A', content: ARTICLE_A },
				{ outlet: 'B', content: ARTICLE_B },
				{ outlet: '<b>C</b>', content: 'Third text.' }
			]
		};
		expect(() => s.importCollection(bad)).toThrow(/article 3 .*outlet: must not contain HTML/);
		expect({ collections: count(s, 'collections'), articles: count(s, 'articles') }).toEqual(before);
		expect(s.listCollections().map((c) => c.name)).toEqual(['Existing']);
	});

	it('an error thrown mid-transaction rolls back the writes before it', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		expect(() =>
			s.transaction(() => {
				s.db.prepare('UPDATE collections SET name = ? WHERE id = ?').run('Changed', c.id);
				s.db.prepare("INSERT INTO articles (id) VALUES ('x')").run(); // violates NOT NULL
			})
		).toThrow(/NOT NULL/);
		expect(s.getCollection(c.id).name).toBe('C');
	});
});

describe('concurrent writers', () => {
	it('two handles on one file interleave writes without losing any', () => {
		const file = dbFile();
		const a = store({ file });
		const b = store({ file });
		const c = a.createCollection({ name: 'Shared' });
		for (let i = 0; i < 20; i++) {
			(i % 2 ? a : b).addArticle(c.id, { outlet: `O${i}`, content: `Article number ${i}.` });
		}
		expect(a.listArticles(c.id)).toHaveLength(20);
		expect(b.listArticles(c.id)).toHaveLength(20);
	});

	// A second thread holds the write lock for a while; our write must wait for it (busy_timeout)
	// instead of failing with SQLITE_BUSY, and without the timeout it does fail: proof the pragma matters.
	const lockHolder = `
		const { parentPort, workerData } = require('node:worker_threads');
		const Database = require(workerData.module);
		const db = new Database(workerData.file);
		db.pragma('busy_timeout = 5000');
		db.exec('BEGIN IMMEDIATE');
		db.prepare("INSERT INTO collections (id, name, created_at, updated_at) VALUES ('from-worker', 'W', 'now', 'now')").run();
		parentPort.postMessage('locked');
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
		db.exec('COMMIT');
		db.close();
		parentPort.postMessage('released');
	`;
	const holdLock = async (file: string, holdMs: number) => {
		const module = createRequire(import.meta.url).resolve('better-sqlite3');
		const w = new Worker(lockHolder, { eval: true, workerData: { file, module, holdMs } });
		const released = new Promise<void>((resolve, reject) => {
			w.on('message', (m) => m === 'released' && resolve());
			w.on('error', reject);
		});
		await new Promise<void>((resolve, reject) => {
			w.on('message', (m) => m === 'locked' && resolve());
			w.on('error', reject);
		});
		return { released, worker: w };
	};

	it('a write waits for another connection holding the lock, then succeeds', async () => {
		const file = dbFile();
		const s = store({ file });
		const { released } = await holdLock(file, 400);
		const t0 = Date.now();
		const c = s.createCollection({ name: 'Mine' });
		expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
		await released;
		expect(s.listCollections().map((x) => x.id).sort()).toEqual([c.id, 'from-worker'].sort());
	});

	it('without busy_timeout the same write fails with SQLITE_BUSY and changes nothing', async () => {
		const file = dbFile();
		const s = store({ file, busyTimeoutMs: 0 });
		const { released } = await holdLock(file, 300);
		expect(() => s.createCollection({ name: 'Mine' })).toThrow(/locked|busy/i);
		await released;
		expect(s.listCollections().map((x) => x.id)).toEqual(['from-worker']);
	});
});

describe('analysis cache', () => {
	it('a second open of the same file does not recompute (SQLite cache), a warm call does not even read it', () => {
		const file = dbFile();
		const first = countingEngine();
		const s1 = store({ file, seedsDir: SEEDS_DIR, engine: first.engine });
		const r1 = s1.analyseCollection(SEED_COLLECTION_ID);
		expect(first.calls()).toBe(manifest.articles.length);
		expect(r1.articles.map((a) => a.outlet)).toEqual(manifest.articles.map((m) => m.outlet));
		expect(r1.outlets.map((o) => o.outlet)).toEqual([...new Set(manifest.articles.map((m) => m.outlet))]);
		expect(r1.meta.map((m) => m.id)).toEqual(r1.articles.map((a) => a.id));
		s1.close();

		const second = countingEngine();
		const s2 = store({ file, seedsDir: SEEDS_DIR, engine: second.engine });
		const r2 = s2.analyseCollection(SEED_COLLECTION_ID);
		expect(second.calls()).toBe(0);
		expect(JSON.parse(JSON.stringify(r2.articles))).toEqual(JSON.parse(JSON.stringify(r1.articles)));
		expect(s2.analyseCollection(SEED_COLLECTION_ID)).toBe(r2); // memoised: same object, no work
	});

	it('renaming the outlet to the quoted organisation moves its quotes to the outlet\'s own voice, without recomputing', () => {
		const counter = countingEngine();
		const s = store({ engine: counter.engine });
		const c = s.createCollection({ name: 'C' });
		const text = '"This is a brutal and shameful decision," said Jane Doe, director of Harbour Watch.\n\nThe vote is on Friday.';
		const a = s.addArticle(c.id, { outlet: 'Daily Courier', content: text });
		const before = s.analyseCollection(c.id).articles[0].loadedSummary.counts;
		expect(before.quoted).toBeGreaterThan(0);
		expect(before.ownVoice).toBe(0);
		s.updateArticle(a.id, { outlet: 'Harbour Watch' });
		const after = s.analyseCollection(c.id).articles[0].loadedSummary.counts;
		expect(after).toEqual({ total: before.total, ownVoice: before.quoted, quoted: 0 });
		expect(counter.calls()).toBe(1);
	});

	it('a headline edit is overlaid without recomputing; a lexicon change recomputes', () => {
		const counter = countingEngine();
		const s = store({ engine: counter.engine });
		const c = s.createCollection({ name: 'C' });
		const a = s.addArticle(c.id, { outlet: 'BBC', title: 'Old', content: ARTICLE_A });
		s.addArticle(c.id, { outlet: 'CNN', content: ARTICLE_B });
		s.analyseCollection(c.id);
		expect(counter.calls()).toBe(2);

		s.updateArticle(a.id, { title: 'New headline', outlet: 'BBC News', date: '2021-05-06' });
		const r = s.analyseCollection(c.id);
		expect(counter.calls()).toBe(2);
		expect(r.articles[0]).toMatchObject({ id: a.id, title: 'New headline', outlet: 'BBC News', date: '2021-05-06' });
		expect(r.outlets[0].outlet).toBe('BBC News');
		expect(r.outlets[0].headlines[0].title).toBe('New headline');

		const cat = s.lexiconCategories()[0];
		const changed = s.setSettings(c.id, { lexicon: { add: [{ term: 'turning point', category: cat }] } });
		expect(changed.settings.lexicon.add).toEqual([{ term: 'turning point', category: cat }]);
		const r2 = s.analyseCollection(c.id);
		expect(r2.lexicon.version).not.toBe(r.lexicon.version);
		expect(r2.lexicon.entries.some((e) => e.term === 'turning point')).toBe(true);
		expect(counter.calls()).toBe(4);

		s.resetSettings(c.id);
		s.analyseCollection(c.id);
		expect(counter.calls()).toBe(4); // back to the default lexicon: still cached
	});

	it('the same text in two collections is analysed once', () => {
		const counter = countingEngine();
		const s = store({ engine: counter.engine });
		for (const name of ['X', 'Y']) {
			const c = s.createCollection({ name });
			s.addArticle(c.id, { outlet: name, content: ARTICLE_A });
			s.analyseCollection(c.id);
		}
		expect(counter.calls()).toBe(1);
	});

	it('a new code version makes old rows unreachable and prunes them at start-up', () => {
		const file = dbFile();
		const s1 = store({ file, engine: { ...countingEngine().engine, codeVersion: 'v-old' } });
		const c = s1.createCollection({ name: 'C' });
		s1.addArticle(c.id, { outlet: 'O', content: ARTICLE_A });
		s1.analyseCollection(c.id);
		expect(count(s1, 'analysis_cache')).toBe(1);
		s1.close();
		const counter = countingEngine();
		const s2 = store({ file, engine: { ...counter.engine, codeVersion: 'v-new' } });
		expect(count(s2, 'analysis_cache')).toBe(0);
		s2.analyseCollection(c.id);
		expect(counter.calls()).toBe(1);
	});

	it('speaker overrides are applied at read time without re-analysis', () => {
		const counter = countingEngine();
		const seen: unknown[] = [];
		const s = store({
			engine: {
				...counter.engine,
				applyOverrides: (a, o) => {
					seen.push(o);
					return { ...a, speakers: [] };
				}
			}
		});
		const c = s.createCollection({ name: 'C' });
		s.addArticle(c.id, { outlet: 'O', content: ARTICLE_A });
		s.analyseCollection(c.id);
		s.setSettings(c.id, { speakers: { groups: { 'Jane Doe': 'government' } } });
		s.analyseCollection(c.id);
		expect(counter.calls()).toBe(1);
		expect(seen.at(-1)).toEqual({ groups: { 'Jane Doe': 'government' }, merges: {} });
		expect(() => s.setSettings(c.id, { lexicon: { add: [{ term: 'x', category: 'no-such-category' }] } })).toThrow(/^“x”: “no-such-category” is not a category terms can be added to \(one of: /);
	});

	it('an article the analysis throws on is reported in `failed`, and the others are still compared', () => {
		const counter = countingEngine();
		const s = store({
			engine: {
				analyse: (input, lexicon) => {
					if (input.text?.includes('POISON')) throw new Error('segmenter exploded');
					return counter.engine.analyse!(input, lexicon, { add: [], remove: [] });
				}
			}
		});
		const c = s.createCollection({ name: 'C' });
		s.addArticle(c.id, { outlet: 'Good', content: ARTICLE_A });
		const bad = s.addArticle(c.id, { outlet: 'Bad', title: 'T', content: 'POISON text.' });
		const errors: unknown[] = [];
		const orig = console.error;
		console.error = (...args: unknown[]) => errors.push(args);
		try {
			const r = s.analyseCollection(c.id);
			expect(r.articles.map((a) => a.outlet)).toEqual(['Good']);
			expect(r.meta.map((m) => m.outlet)).toEqual(['Good']);
			expect(r.outlets.map((o) => o.outlet)).toEqual(['Good']);
			expect(r.failed).toEqual([{ id: bad.id, outlet: 'Bad', title: 'T', error: 'segmenter exploded', reason: 'error' }]);
		} finally {
			console.error = orig;
		}
		expect(errors).toHaveLength(1);
	});

	it('cache rows of deleted texts are pruned at the next start', () => {
		const file = dbFile();
		const s = store({ file });
		const c = s.createCollection({ name: 'C' });
		const a = s.addArticle(c.id, { outlet: 'O', content: ARTICLE_A });
		s.addArticle(c.id, { outlet: 'P', content: ARTICLE_B });
		s.analyseCollection(c.id);
		expect(count(s, 'analysis_cache')).toBe(2);
		s.deleteArticle(a.id);
		s.close();
		expect(count(store({ file }), 'analysis_cache')).toBe(1);
	});

	it('hands HTML to the analysis as html, Markdown and text as text (segmentation reads Markdown itself)', () => {
		const seen: unknown[] = [];
		const counter = countingEngine();
		const s = store({ engine: { analyse: (input, lex, changes) => (seen.push(input), counter.engine.analyse!(input, lex, changes)) } });
		const c = s.createCollection({ name: 'C' });
		s.addArticles(c.id, [
			{ name: 'a.html', data: '<p>An HTML page with words.</p>' },
			{ name: 'b.md', data: '# Title\n\nSome *Markdown* text ![a photo](x.png).' },
			{ name: 'c.txt', data: 'Plain text.' }
		]);
		s.analyseCollection(c.id);
		expect(seen.map((i) => Object.keys(i as object).sort())).toEqual([['html', 'id'], ['id', 'text'], ['id', 'text']]);
		expect((seen[1] as { text: string }).text).toBe('# Title\n\nSome *Markdown* text ![a photo](x.png).');
		expect(toArticleInput('x', 'html', '<p>x</p>')).toEqual({ id: 'x', html: '<p>x</p>' });
	});
});
