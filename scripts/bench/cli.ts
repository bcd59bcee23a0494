// The command line: start-up to the first result for one article, a 10,000-article batch on worker
// threads (time and the largest process), and streaming through a capped heap.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArticleInput } from '../../analysis/types.js';
import { median, ms, record } from './report.js';
import { watch } from './process.js';

export async function benchCli(root: string, seeds: ArticleInput[], seedFile: string): Promise<void> {
	const slant = [path.join(root, 'bin/slant.mjs')];
	// Built before timing: a stale bundle would be rebuilt by the first run.
	await watch(process.execPath, [...slant, '--help'], { cwd: root });

	const starts: number[] = [];
	for (let i = 0; i < 9; i++) {
		const w = await watch(process.execPath, [...slant, '--format', 'jsonl', seedFile], { cwd: root });
		if (w.code !== 0) throw new Error(`slant failed: ${w.stderr}`);
		starts.push(w.firstOutputMs);
	}
	record('CLI start to first result, one article, model load included (median of 9)', ms(median(starts)), '≤ 500 ms', median(starts) <= 500);

	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-bench-cli-'));
	try {
		const n = 10_000;
		const file = path.join(dir, 'batch.jsonl');
		const fd = fs.openSync(file, 'w');
		for (let i = 0; i < n; i++) fs.writeSync(fd, JSON.stringify({ ...seeds[i % seeds.length], id: `a${i}` }) + '\n');
		fs.closeSync(fd);
		const mb = fs.statSync(file).size / 1e6;
		const jobs = os.availableParallelism();
		// (its output to a file, as a researcher runs it: read through a pipe by this process, the ~800 MB
		// took seconds of the two cores the batch needs)
		const big = await watch(process.execPath, [...slant, '--format', 'jsonl', file], { cwd: root, outFile: path.join(dir, 'out.jsonl') });
		record(
			`CLI, ${n.toLocaleString('en')} articles (${mb.toFixed(0)} MB of JSON Lines), --jobs ${jobs} (the default), output to a file: time / largest process`,
			`${ms(big.ms)} / ${big.peakProcessMb.toFixed(0)} MB (${big.lines.toLocaleString('en')} lines, ${(big.ms / n).toFixed(1)} ms per article)`,
			'≤ 60 s, every process ≤ 300 MB',
			big.code === 0 && big.lines === n && big.ms <= 60_000 && big.peakProcessMb <= 300
		);

		// Peak RSS mostly reflects how lazily V8 collects, so it is no test of streaming. Capping the heap
		// is: a CLI that held the batch (2 MB of input, ten times that as results) would die here.
		const HEAP_MB = 96;
		const capped = path.join(dir, 'capped.jsonl');
		fs.writeFileSync(capped, fs.readFileSync(file, 'utf8').split('\n').slice(0, 1000).join('\n') + '\n');
		const s = await watch(process.execPath, [...slant, '--jobs', '1', '--format', 'jsonl', capped], { cwd: root, env: { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` } });
		record(
			`CLI jsonl, 1,000 articles in a ${HEAP_MB} MB heap, one thread: lines out / first line after / total`,
			`${s.lines} / ${ms(s.firstOutputMs)} / ${ms(s.ms)}`,
			'all 1,000, streamed',
			s.code === 0 && s.lines === 1000 && s.firstOutputMs < s.ms / 2
		);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}
