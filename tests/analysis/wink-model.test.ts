import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import path from 'node:path';
import { types } from 'node:util';
import { asciiCore, assembledModel, coreFromJson, coreJsonPath, coreText, expectManyArticles } from '../../analysis/wink-model.js';
import { lexemeTableFile, lexemeTablePath } from '../../analysis/lexeme-table.js';
import { tempDir } from '../temp-dir.js';

const require = createRequire(import.meta.url);
type Model = Parameters<typeof winkNLP>[0];
const coreWords = (): string[] => JSON.parse(fs.readFileSync(coreJsonPath(), 'utf8')).features.lexeme.list;
const packaged = () => require('wink-eng-lite-web-model') as Model & Record<string, unknown>;

describe('the wink model assembled by analysis/wink-model.ts is the package’s', () => {
	it('its core equals the package’s core, look-up objects without a prototype included', () => {
		const ours = coreFromJson(fs.readFileSync(coreJsonPath(), 'utf8')) as Record<string, any>;
		const theirs = (packaged() as unknown as { core: () => Record<string, any> }).core();
		expect(ours).toStrictEqual(theirs);
		for (const f of ['lexeme', 'prefix', 'suffix', 'shape']) {
			expect(Object.getPrototypeOf(ours.features[f].hash)).toBeNull();
			expect(typeof ours.features[f].hash.valueOf).not.toBe('function');
		}
		expect(ours.lexicon).toBeInstanceOf(Uint32Array);
		expect(ours.lexicon.length).toBe(theirs.lexicon.length);
		expect(ours.features.posClusters.list[1]).toBeInstanceOf(Set);
	});

	it('the build’s ASCII copy of the core reads as the package’s file; a copy for another model, or none, is passed over', () => {
		const text = fs.readFileSync(coreJsonPath(), 'utf8');
		expect(/[^\x00-\x7f]/.test(text)).toBe(true);
		const dir = tempDir('core');
		const copy = path.join(dir, 'model-core.ascii');
		fs.writeFileSync(copy, asciiCore(text), 'latin1');
		const read = coreText(copy);
		expect(/[^\x00-\x7f]/.test(read)).toBe(false);
		expect(coreFromJson(read)).toStrictEqual(coreFromJson(text));
		const stale = path.join(dir, 'stale.ascii');
		fs.writeFileSync(stale, asciiCore(text).replace(/^\{"model":"[^"]*"\}/, '{"model":"wink-nlp@0.0.0"}'), 'latin1');
		expect(coreText(stale)).toBe(text);
		expect(coreText(path.join(dir, 'absent.ascii'))).toBe(text);
	});

	it('each load is a fresh core: what wink adds to one is not in the next', () => {
		const model = assembledModel() as unknown as { core: () => { features: { lexeme: { list: string[] } } } };
		const a = model.core();
		a.features.lexeme.list.push('zzqx-added');
		expect(model.core().features.lexeme.list).not.toContain('zzqx-added');
	});

	it('looks words up through the build’s table at start-up, through a plain object once many articles are expected', () => {
		type Core = { features: { lexeme: { hash: Record<string, number> } } };
		const core = () => (assembledModel() as unknown as { core: () => Core }).core().features.lexeme.hash;
		const first = core();
		// (the table is the build's: without dist/lexeme-table.bin a start-up builds the object too)
		expect(types.isProxy(first)).toBe(fs.existsSync(lexemeTablePath()));
		expectManyArticles();
		const plain = core();
		expect(types.isProxy(plain)).toBe(false);
		for (const w of ['senator', 'constructor', '__proto__', 'zzqx']) expect(plain[w], w).toBe(first[w]);
		expect(plain.zzqx).toBeUndefined();
	});

	it('has the package’s parts and addons, the same functions', () => {
		const ours = assembledModel() as unknown as Record<string, any>;
		const theirs = packaged() as unknown as Record<string, any>;
		expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
		expect(Object.keys(ours.addons).sort()).toEqual(Object.keys(theirs.addons).sort());
		for (const k of Object.keys(theirs)) if (k !== 'core' && k !== 'addons') expect(ours[k], k).toBe(theirs[k]);
		for (const k of Object.keys(theirs.addons)) expect(ours.addons[k], k).toBe(theirs.addons[k]);
	});

	const rows: string[] = [
		'The council’s hard-line critics said on Monday that Mr. O’Neill wasn’t “disingenuous”, and that the plan (worth $4.5bn) won’t pass.',
		'Officials didn’t confirm the report. Protesters, furious, marched to the U.S. embassy at 10:30 a.m. #NoWar @someone http://example.com',
		'constructor toString __proto__ hasOwnProperty'
	];
	it.each(rows)('a text reads alike with both: %s', (text) => {
		const read = (model: Model) => {
			const nlp = winkNLP(model);
			const its = nlp.its;
			const doc = nlp.readDoc(text);
			return {
				tokens: doc.tokens().out(its.value),
				pos: doc.tokens().out(its.pos),
				lemma: doc.tokens().out(its.lemma as unknown as typeof its.value),
				type: doc.tokens().out(its.type),
				negated: doc.tokens().out(its.negationFlag),
				sentences: doc.sentences().out(),
				sentiment: doc.sentences().out(its.sentiment),
				entities: doc.entities().out(its.detail)
			};
		};
		expect(read(assembledModel())).toEqual(read(packaged()));
		// and with the word look-up read from a saved table (lexeme-table.ts) instead of built
		const table = path.join(tempDir('lexeme'), 'lexeme-table.bin');
		fs.writeFileSync(table, lexemeTableFile(coreWords()));
		const tabled = { ...(assembledModel() as unknown as Record<string, unknown>), core: () => coreFromJson(fs.readFileSync(coreJsonPath(), 'utf8'), table) } as unknown as Model;
		expect(read(tabled)).toEqual(read(packaged()));
	});
});
