// The routes' entry point: one lazily-opened store whose file lives under SLANT_DATA_DIR.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '../../src/lib/server/index.js';
import { SEEDS_DIR } from './helpers.js';

let dir: string;
const saved = { data: process.env.SLANT_DATA_DIR, seeds: process.env.SLANT_SEEDS_DIR };

beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-index-'));
	process.env.SLANT_DATA_DIR = path.join(dir, 'nested', 'data');
	process.env.SLANT_SEEDS_DIR = SEEDS_DIR;
});

afterAll(() => {
	api.closeStore();
	for (const [k, v] of [['SLANT_DATA_DIR', saved.data], ['SLANT_SEEDS_DIR', saved.seeds]] as const) {
		if (v === undefined) delete process.env[k];
		else process.env[k] = v;
	}
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('default store via the API functions', () => {
	// The app's own engine: analysis on worker threads (the compiled dist/slant.mjs), as in production.
	it('opens lazily at $SLANT_DATA_DIR/slant.db with the seeds, and the functions work end to end', async () => {
		expect(fs.existsSync(path.join(dir, 'nested', 'data', 'slant.db'))).toBe(false);
		const seedId = api.getSeedCollectionId();
		expect(seedId).toBe('seeds');
		expect(fs.existsSync(path.join(dir, 'nested', 'data', 'slant.db'))).toBe(true);
		expect(api.getStore()).toBe(api.getStore());
		expect(api.warmUp()).toBeGreaterThan(0);
		expect(api.getStore().analyseCalls).toBe(5); // the seeds, started before any page asks
		expect(await api.analysisReady('seeds', Infinity)).toBe(true);
		expect(api.analyseCollection('seeds').articles).toHaveLength(5);
		expect(api.getStore().analyseCalls).toBe(5);

		const c = api.createCollection({ name: 'Workshop' });
		expect(api.renameCollection(c.id, 'Workshop 2').name).toBe('Workshop 2');
		// The store's own (unchecked) adds: addArticle() below analyses a text before saving it.
		const a = api.getStore().addArticle(c.id, { outlet: 'BBC', title: 'One', content: 'The minister said the plan was "bold".' });
		const results = api.getStore().addArticles(c.id, [
			{ name: 'cnn.txt', data: 'Critics said the plan was reckless.' },
			{ name: 'img.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }
		]);
		expect(results.map((r) => r.ok)).toEqual([true, false]);
		// Read before the workers are done: listed as pending, never computed on this thread.
		const early = api.analyseCollection(c.id);
		expect(early.pending.map((p) => p.outlet)).toEqual(['BBC', 'cnn']);
		expect(early.articles).toEqual([]);
		expect(await api.analysisReady(c.id, Infinity)).toBe(true);
		const r = api.analyseCollection(c.id);
		expect(r.pending).toEqual([]);
		expect(r.articles.map((x) => x.outlet)).toEqual(['BBC', 'cnn']);
		expect(r.outlets).toHaveLength(2);
		expect(api.analyseStoredArticle(a.id).title).toBe('One');
		expect(api.getSettings(c.id)).toEqual({ lexicon: { add: [], remove: [] }, speakers: { groups: {}, merges: {} } });
		expect(api.getLexiconCategories().length).toBeGreaterThan(0);
		expect(api.exportCollection(c.id).articles).toHaveLength(2);
		expect(api.listCollections().map((x) => x.id)).toEqual(['seeds', c.id]);
		api.deleteCollection(c.id);
		expect(() => api.getCollection(c.id)).toThrow(api.NotFoundError);

		// Reopening (as after a dev reload) closes the old handle and finds the same data.
		const old = api.getStore();
		api.closeStore();
		expect(old.db.open).toBe(false);
		expect(api.listCollections().map((x) => x.id)).toEqual(['seeds']);
		expect(api.getStore()).not.toBe(old);
	});
});
