// One CSV writer for the CLI and the dashboard: the same cells, formulas neutralised in both.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvCell as cliCell, toCsv } from '../../analysis/csv.js';
import { csvCell as webCell } from '../../src/lib/csv.js';
import { run } from '../../analysis/cli.js';

describe('csvCell (CLI and web alike)', () => {
	const rows: [unknown, string][] = [
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=HYPERLINK("http://x.test","click")', `"'=HYPERLINK(""http://x.test"",""click"")"`],
		['@SUM(A1:A9)', "'@SUM(A1:A9)"],
		['+cmd|\' /C calc\'!A0', "'+cmd|' /C calc'!A0"],
		['-2+3', "'-2+3"],
		['  =1+1', "'  =1+1"],
		['\t=1+1', "'\t=1+1"],
		['\r=1+1', `"'\r=1+1"`],
		['＝1+1', "'＝1+1"],
		['a=b', 'a=b'],
		[-0.25, '-0.25'],
		[0.123456, '0.1235'],
		[Number.NaN, ''],
		[null, ''],
		[undefined, '']
	];
	it.each(rows)('%j -> %s', (value, expected) => {
		expect(cliCell(value as never)).toBe(expected);
		expect(webCell(value as never)).toBe(expected);
	});

	it('a file has a BOM and CRLF line ends', () => {
		expect(toCsv(['a', 'b'], [[1, '=x']])).toBe("\uFEFFa,b\r\n1,'=x\r\n");
	});
});

describe('the CLI’s CSV neutralises formulas in outlet, headline and page title', () => {
	it('writes them as text', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-csv-'));
		try {
			fs.writeFileSync(path.join(dir, 'a.txt'), 'The council met on Tuesday.\n\nIt approved the plan, officials said.');
			fs.writeFileSync(path.join(dir, 'b.html'), '<html><head><title>@SUM(1+1)</title></head><body><article><h1>@SUM(1+1)</h1><p>The mayor said the budget was fair and would pass next week.</p></article></body></html>');
			fs.writeFileSync(
				path.join(dir, 'manifest.json'),
				JSON.stringify({ articles: [{ file: 'a.txt', outlet: '=HYPERLINK("http://evil.test","x")', title: '+cmd|calc' }, { file: 'b.html', outlet: 'Daily' }] })
			);
			let out = '';
			const sink = new Writable({
				write(chunk, _enc, cb) {
					out += chunk;
					cb();
				}
			});
			const code = await run(['--format', 'csv', dir], sink, new Writable({ write: (_c, _e, cb) => cb() }));
			expect(code).toBe(0);
			const lines = out.trim().split('\n');
			expect(lines[1]).toMatch(/^a,"'=HYPERLINK\(""http:\/\/evil\.test"",""x""\)",'\+cmd\|calc,/);
			expect(lines[2]).toMatch(/^b,Daily,'@SUM\(1\+1\),/);
			for (const line of lines.slice(1)) for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+@]/);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
