// The `slant` command as a shell runs it: the compiled bundle, its output piped into a reader.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundlePath } from '../../analysis/bundle.js';

const text = 'The council voted on Monday. "It is a disgrace," said Jane Roe, a local resident.\n';

describe('slant piped into a reader that stops early (`slant … | head`)', () => {
	const rows: [string, string[]][] = [
		['one thread', ['--jobs', '1']],
		['worker threads', ['--jobs', '2']]
	];
	it.each(rows)('%s: exits 0 without a broken-pipe trace', async (_name, jobs) => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-pipe-'));
		const file = path.join(dir, 'batch.jsonl');
		fs.writeFileSync(file, Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `a${i}`, outlet: 'Herald', text })).join('\n') + '\n');
		const bundle = await bundlePath();
		const child = spawn(process.execPath, [bundle, ...jobs, '--format', 'jsonl', file], { stdio: ['ignore', 'pipe', 'pipe'] });
		const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
		let stderr = '';
		child.stderr.on('data', (b: Buffer) => (stderr += b));
		// Read the first line, then close the pipe, as `head -1` does.
		await new Promise<void>((resolve, reject) => {
			child.stdout.once('data', () => resolve());
			void closed.then((c) => reject(new Error(`slant exited (${c}) before printing: ${stderr}`)));
		});
		child.stdout.destroy();
		const code = await closed;
		fs.rmSync(dir, { recursive: true, force: true });
		expect(stderr).not.toMatch(/EPIPE|Error/);
		expect(code).toBe(0);
	}, 60_000);
});

describe('a parallel batch runs in a child node with a small young generation (batch-process.ts)', () => {
	it('prints what one thread prints, and passes on the exit code and the message of a bad line', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-batch-'));
		const file = path.join(dir, 'batch.jsonl');
		const good = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `a${i}`, outlet: i % 2 ? 'Herald' : 'Courier', text }));
		fs.writeFileSync(file, [...good.slice(0, 5), '{"id": "broken", "text": ', ...good.slice(5)].join('\n') + '\n');
		const bundle = await bundlePath();
		const runIt = (jobs: string) =>
			new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
				const child = spawn(process.execPath, [bundle, '--jobs', jobs, '--format', 'jsonl', file], { stdio: ['ignore', 'pipe', 'pipe'] });
				let stdout = '';
				let stderr = '';
				child.stdout.on('data', (b: Buffer) => (stdout += b));
				child.stderr.on('data', (b: Buffer) => (stderr += b));
				child.on('close', (code) => resolve({ code, stdout, stderr }));
			});
		const [one, two] = [await runIt('1'), await runIt('2')];
		fs.rmSync(dir, { recursive: true, force: true });
		expect(two.stdout.split('\n').filter(Boolean)).toHaveLength(12);
		expect(two.stdout).toBe(one.stdout);
		expect(two.code).toBe(1);
		expect(one.code).toBe(1);
		expect(two.stderr).toMatch(/line 6/);
		expect(two.stderr).toBe(one.stderr);
	}, 60_000);
});
