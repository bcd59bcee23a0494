import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import Ajv2020 from 'ajv/dist/2020.js';
import { run } from '../../analysis/cli.js';
import schema from '../../analysis/article.schema.json' with { type: 'json' };
import { tempDir } from '../temp-dir.js';

class Sink extends Writable {
	text = '';
	_write(chunk: Buffer, _enc: string, cb: () => void) {
		this.text += chunk.toString();
		cb();
	}
}

async function cli(args: string[]) {
	const out = new Sink();
	const err = new Sink();
	const code = await run(args, out, err);
	return { code, out: out.text, err: err.text };
}

let dir: string;
const GOOD = 'The minister said the plan was fair.\n\n"We will act," she said.';

beforeAll(() => {
	dir = tempDir('cli');
	fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
	fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
	fs.writeFileSync(path.join(dir, 'nul.txt'), Buffer.from('some text\u0000more text'));
	fs.writeFileSync(path.join(dir, 'empty.txt'), '  \n\n ');
	fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
	fs.writeFileSync(path.join(dir, 'big.txt'), 'word '.repeat(400));
	fs.writeFileSync(path.join(dir, 'batch.jsonl'), ['{"id":"j1","outlet":"Daily","text":"A calm report."}', '{not json', '{"id":"j3"}', '', '{"id":"j5","html":"<html><body><article><h1>T</h1><p>Body paragraph one is here and long enough to keep.</p></article></body></html>"}'].join('\n'));
});

describe('bad input is named, reported on one line, and does not stop the batch', () => {
	const rows: [string, RegExp][] = [
		['image.txt', /image\.txt: is a PNG image, not text or HTML/],
		['nul.txt', /nul\.txt: holds binary data/],
		['empty.txt', /empty\.txt: is empty/],
		['latin1.txt', /latin1\.txt: is not valid UTF-8 text/],
		['missing.txt', /missing\.txt: no such file or folder/]
	];
	it.each(rows)('%s', async (name, message) => {
		const { code, out, err } = await cli(['--format', 'jsonl', path.join(dir, name), path.join(dir, 'good.txt')]);
		expect(code).toBe(1);
		expect(err).toMatch(message);
		expect(err.trim().split('\n')).toHaveLength(2); // the error line and the summary
		const lines = out.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.map((a) => a.id)).toEqual(['good']);
	});

	it('a file over the size limit', async () => {
		const { code, err, out } = await cli(['--max-bytes', '1000', '--format', 'jsonl', path.join(dir, 'big.txt'), path.join(dir, 'good.txt')]);
		expect(code).toBe(1);
		expect(err).toMatch(/big\.txt: is 2 KB, over the 1000 bytes limit/);
		expect(out.trim().split('\n')).toHaveLength(1);
	});

	it('malformed JSONL lines, named by line number', async () => {
		const { code, out, err } = await cli(['--format', 'jsonl', path.join(dir, 'batch.jsonl')]);
		expect(code).toBe(1);
		expect(err).toMatch(/batch\.jsonl line 2: is not valid JSON/);
		expect(err).toMatch(/batch\.jsonl line 3: has neither "text" nor "html"/);
		const ids = out.trim().split('\n').map((l) => JSON.parse(l).id);
		expect(ids).toEqual(['j1', 'j5']);
	});

	it('usage errors exit 2 and print usage', async () => {
		const { code, err } = await cli(['--format', 'xml', 'x']);
		expect(code).toBe(2);
		expect(err).toMatch(/unknown format "xml"/);
		expect(err).toMatch(/usage: slant/);
	});
});

describe('output contract', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	const validate = ajv.compile(schema);

	it('--format json on the seeds validates against the published schema', async () => {
		const { code, out, err } = await cli(['--format', 'json', 'seeds']);
		expect(err).toBe('');
		expect(code).toBe(0);
		const doc = JSON.parse(out);
		const ok = validate(doc);
		expect(validate.errors ?? []).toEqual([]);
		expect(ok).toBe(true);
		expect(doc.articles).toHaveLength(5);
		const manifest = JSON.parse(fs.readFileSync('seeds/manifest.json', 'utf8'));
		// outlet, headline and date come from the manifest beside the files
		expect(doc.articles.map((a: { outlet: string }) => a.outlet)).toEqual(manifest.articles.map((m: { outlet: string }) => m.outlet));
		expect(doc.articles.map((a: { title: string }) => a.title)).toEqual(manifest.articles.map((m: { title: string }) => m.title));
		expect(doc.outlets).toHaveLength(5);
		for (const a of doc.articles) {
			for (const q of a.quotes) expect(a.text.slice(q.start, q.end)).toBe(q.text);
			for (const l of a.loaded) expect(a.text.slice(l.start, l.end)).toBe(l.text);
			for (const s of a.sentiment.sentences) expect(s.end).toBeLessThanOrEqual(a.text.length);
			// actors: every mention and every evidence word is where it says, in the outlet's voice
			expect(a.actors.length).toBeGreaterThan(0);
			for (const act of a.actors) {
				for (const m of act.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
				for (const w of act.evidence) expect(a.text.slice(w.start, w.end)).toBe(w.text);
			}
		}
		// per outlet: an actor's key is shared across outlets, and its tone is backed by its sentences
		expect(doc.outlets.some((o: { actors: unknown[] }) => o.actors.length > 0)).toBe(true);
	});

	it.each([
		['a polarity outside the three classes', { polarity: 'hostile' }],
		['a tone beyond 1', { tone: 1.5 }],
		['no evidence array', { evidence: undefined }]
	])('the schema rejects an actor with %s', (_label, change) => {
		const actor = { name: 'Ann Roe', kind: 'person', group: 'government', mentions: [{ start: 0, end: 7, text: 'Ann Roe', form: 'name' }], tone: -0.3, polarity: 'negative', evidence: [{ start: 12, end: 16, text: 'lied', value: -2.1 }], sentences: [{ start: 0, end: 17, score: -0.3, words: 1 }] };
		const ok = ajv.validate({ $ref: 'https://slant.invalid/schema/analysis-output.json#/$defs/Actor' }, actor);
		expect(ok).toBe(true);
		const bad = JSON.parse(JSON.stringify({ ...actor, ...change }));
		expect(ajv.validate({ $ref: 'https://slant.invalid/schema/analysis-output.json#/$defs/Actor' }, bad)).toBe(false);
	});

	it('--raw keeps offsets as indices into the input exactly', async () => {
		const text = 'Line one.\r\n“Quoted words here,” said the mayor.\n\n';
		const file = path.join(dir, 'raw.txt');
		fs.writeFileSync(file, text);
		const { out } = await cli(['--raw', '--format', 'jsonl', file]);
		const a = JSON.parse(out);
		expect(a.text).toBe(text);
		for (const s of a.sentiment.sentences) expect(s.start).toBeGreaterThanOrEqual(0);
	});

	// review 35: the same candidate was government in one outlet's article and unclassified in another's
	it('--format json gives a speaker one article leaves unclassified the group another article gives them', async () => {
		const file = path.join(dir, 'shared.jsonl');
		const rows = [
			{ id: 'a', outlet: 'Daily', text: 'Senator Tom Vale spoke in Ohio.\n\n“We will win,” Vale said.' },
			{ id: 'b', outlet: 'Herald', text: 'The rally was loud.\n\n“We will win,” Tom Vale said.' }
		];
		fs.writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
		const json = JSON.parse((await cli(['--format', 'json', '--jobs', '1', file])).out);
		const herald = json.articles.find((a: { id: string }) => a.id === 'b');
		expect(herald.speakers[0]).toMatchObject({ speaker: 'Tom Vale', group: 'government', groupFrom: { outlet: 'Daily' } });
		expect(herald.quotes[0].group).toBe('government');
		const row = json.outlets.find((o: { outlet: string }) => o.outlet === 'Herald');
		expect(row.groups).toEqual([expect.objectContaining({ group: 'government', quotes: 1, share: 1 })]);
		// JSON Lines prints each article alone, as it is done
		const lines = (await cli(['--format', 'jsonl', '--jobs', '1', file])).out.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines[1].speakers[0].group).toBe('unclassified');
	});

	it('--format csv prints a header and one row per article', async () => {
		const { out } = await cli(['--format', 'csv', 'seeds']);
		const rows = out.trim().split('\n');
		expect(rows).toHaveLength(6);
		expect(rows[0]).toMatch(/^id,outlet,title,date,words,/);
		const manifest = JSON.parse(fs.readFileSync('seeds/manifest.json', 'utf8'));
		expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(manifest.articles.map((m: { id: string }) => m.id));
		const header = rows[0].split(',');
		for (const r of rows.slice(1)) expect(Number(r.split(',')[header.indexOf('words')])).toBeGreaterThan(100);
	});
});

describe('--jobs: worker threads, output in input order', () => {
	// Every format, sequential against parallel: the same bytes, so parallelism changes nothing but time.
	const rows: [string, string[]][] = [
		['jsonl', ['--format', 'jsonl']],
		['csv', ['--format', 'csv']],
		['json', ['--format', 'json']]
	];
	it.each(rows)('%s: --jobs 2 prints exactly what --jobs 1 prints', async (_name, args) => {
		const one = await cli([...args, '--jobs', '1', 'seeds']);
		const two = await cli([...args, '--jobs', '2', 'seeds']);
		expect(two.code).toBe(0);
		expect(two.err).toBe('');
		expect(two.out).toBe(one.out);
		expect(two.out.length).toBeGreaterThan(1000);
	});

	it('bad inputs keep their place among good ones in a parallel batch', async () => {
		const files = ['good.txt', 'image.txt', 'batch.jsonl', 'missing.txt', 'good.txt'].map((f) => path.join(dir, f));
		const { code, out, err } = await cli(['--format', 'jsonl', '--jobs', '3', ...files]);
		expect(code).toBe(1);
		expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['good', 'j1', 'j5', 'good']);
		const errs = err.trim().split('\n');
		expect(errs.slice(0, 5).map((l) => /(image\.txt|line 2|line 3|missing\.txt|"good" appears)/.exec(l)?.[1])).toEqual([
			'image.txt',
			'line 2',
			'line 3',
			'missing.txt',
			'"good" appears'
		]);
	});

	it.each([['0'], ['-1'], ['two'], ['1.5']])('--jobs %s is a usage error', async (v) => {
		const { code, err } = await cli(['--jobs', v, 'seeds']);
		expect(code).toBe(2);
		expect(err).toMatch(/--jobs needs a whole number of at least 1/);
	});
});
