// npm run bench: speed and memory targets, measured here rather than in timed unit tests (which would
// flake on a loaded 2-core machine). Prints a table and exits 1 if a target is missed.
//   - analysis: ms per article on the seeds, warm
//   - CLI: peak memory streaming a large JSONL batch (must stay flat, not grow with the batch)
//   - server: the seeds overview rendered by the built app, warm (target < 200 ms)
//   - browser: gzipped JavaScript the overview ships (target ≤ 200 KB)
// Pass --skip-server to measure only the analysis and CLI (no build needed).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { analyseArticle } from '../analysis/pipeline.js';
import { compareOutlets } from '../analysis/compare.js';
import { loadDefaultLexicon } from '../analysis/lexicon/index.js';
import { loadGroupRules } from '../analysis/quotes/index.js';
import type { AnalysisOptions, ArticleInput } from '../analysis/types.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const rows: { what: string; value: string; target: string; ok: boolean | null }[] = [];
const record = (what: string, value: string, target = '', ok: boolean | null = null) => {
	rows.push({ what, value, target, ok });
	console.log(`${what}: ${value}${target ? ` (target ${target}: ${ok ? 'met' : 'MISSED'})` : ''}`);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

// ---- the seeds as inputs (what they are comes from the manifest, like any user's folder) ------------
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'seeds/manifest.json'), 'utf8')) as {
	articles: { file: string; id: string; outlet: string; title: string; date: string }[];
};
const seeds: ArticleInput[] = manifest.articles.map((m) => ({
	id: m.id,
	outlet: m.outlet,
	title: m.title,
	date: m.date,
	text: fs.readFileSync(path.join(root, 'seeds', m.file), 'utf8')
}));

// ---- 1. analysis speed ----------------------------------------------------------------------------------
{
	let t0 = performance.now();
	const options: AnalysisOptions = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
	for (const s of seeds) analyseArticle(s, options); // loads the wink model
	record('cold start (model + lexicon load + first pass over 5 seeds)', `${(performance.now() - t0).toFixed(0)} ms`);
	const per: number[] = [];
	const rounds = 20;
	for (let r = 0; r < rounds; r++) {
		for (const s of seeds) {
			t0 = performance.now();
			analyseArticle(s, options);
			per.push(performance.now() - t0);
		}
	}
	const words = seeds.reduce((n, s) => n + s.text!.split(/\s+/).length, 0) / seeds.length;
	record('analyse one seed article, warm (median / p95)', `${median(per).toFixed(1)} / ${pct(per, 0.95).toFixed(1)} ms (≈${words.toFixed(0)} words each)`);
	const all = seeds.map((s) => analyseArticle(s, options));
	t0 = performance.now();
	for (let r = 0; r < rounds; r++) compareOutlets(all, options);
	record('compareOutlets on the 5 seeds', `${((performance.now() - t0) / rounds).toFixed(2)} ms`);
	record('analysis process memory after the runs (RSS)', `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
}

// ---- 2. CLI streaming memory -------------------------------------------------------------------------
async function peakRss(cmd: string, cmdArgs: string[], input: string): Promise<{ peakMb: number; ms: number; lines: number }> {
	const t0 = performance.now();
	const child = spawn(cmd, cmdArgs, { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
	let peak = 0;
	let lines = 0;
	// tsx runs the CLI in a grandchild; sum the whole process tree's high-water marks.
	const tree = (pid: number): number[] => {
		try {
			const kids = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
			return [pid, ...kids.flatMap(tree)];
		} catch {
			return [pid];
		}
	};
	const poll = setInterval(() => {
		let sum = 0;
		for (const pid of tree(child.pid!)) {
			try {
				const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/);
				if (m) sum += Number(m[1]);
			} catch {
				/* exited */
			}
		}
		peak = Math.max(peak, sum);
	}, 20);
	child.stdout.on('data', (b: Buffer) => {
		for (const c of b) if (c === 10) lines++;
	});
	child.stdin.end(input);
	await new Promise((r) => child.on('close', r));
	clearInterval(poll);
	return { peakMb: peak / 1024, ms: performance.now() - t0, lines };
}
{
	const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
	const batch = (n: number) =>
		Array.from({ length: n }, (_, i) => JSON.stringify({ ...seeds[i % seeds.length], id: `a${i}` })).join('\n') + '\n';
	const small = await peakRss(process.execPath, [tsx, 'analysis/cli.ts', '--format', 'jsonl', '-'], batch(50));
	const large = await peakRss(process.execPath, [tsx, 'analysis/cli.ts', '--format', 'jsonl', '-'], batch(1000));
	record('CLI jsonl, 50 articles: peak memory / time', `${small.peakMb.toFixed(0)} MB / ${(small.ms / 1000).toFixed(1)} s (${small.lines} lines)`);
	const grown = large.peakMb - small.peakMb;
	record(
		'CLI jsonl, 1,000 articles: peak memory / time',
		`${large.peakMb.toFixed(0)} MB / ${(large.ms / 1000).toFixed(1)} s (${large.lines} lines, ${((large.ms / large.lines) | 0)} ms/article)`,
		'≤ 50 MB more than 50 articles (streams)',
		large.lines === 1000 && grown <= 50
	);
}

// ---- 3 and 4. the built app ----------------------------------------------------------------------------
async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = net.createServer().listen(0, '127.0.0.1', () => {
			const p = (s.address() as net.AddressInfo).port;
			s.close(() => resolve(p));
		});
	});
}
if (!args.includes('--skip-server')) {
	if (!fs.existsSync(path.join(root, 'build/index.js')) || args.includes('--build')) {
		console.log('building the app (vite build)…');
		const b = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
		if (b.status !== 0) throw new Error('vite build failed');
	}
	const port = await freePort();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-bench-'));
	const server = spawn(process.execPath, ['build/index.js'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SLANT_DATA_DIR: dataDir, ORIGIN: `http://127.0.0.1:${port}` },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const base = `http://127.0.0.1:${port}`;
	try {
		for (let i = 0; ; i++) {
			try {
				await fetch(base + '/');
				break;
			} catch {
				if (i > 150) throw new Error('server did not start');
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		// The first request imports the seeds and analyses them; then the cache is warm.
		let t0 = performance.now();
		let res = await fetch(base + '/', { redirect: 'follow' });
		const overviewUrl = res.url;
		await res.text();
		record('overview of the seeds, first request (import + analyse + render)', `${(performance.now() - t0).toFixed(0)} ms`);
		for (let i = 0; i < 5; i++) await (await fetch(overviewUrl)).text();
		const times: number[] = [];
		let html = '';
		for (let i = 0; i < 30; i++) {
			t0 = performance.now();
			res = await fetch(overviewUrl);
			html = await res.text();
			times.push(performance.now() - t0);
		}
		record(
			'overview of the seeds, server render once warm (median / p95 of 30)',
			`${median(times).toFixed(1)} / ${pct(times, 0.95).toFixed(1)} ms`,
			'< 200 ms',
			pct(times, 0.95) < 200
		);

		// Every script the overview loads: Kit lists its static imports as modulepreload links and
		// the entry points in an inline script; follow their imports to be sure nothing is missed.
		const seen = new Set<string>();
		const queue = [...html.matchAll(/(?:href|src)="([^"]+\.js)"/g), ...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => new URL(m[1], overviewUrl).href);
		let raw = 0;
		let gz = 0;
		while (queue.length) {
			const u = queue.shift()!;
			if (seen.has(u)) continue;
			seen.add(u);
			const js = await (await fetch(u)).text();
			raw += Buffer.byteLength(js);
			gz += zlib.gzipSync(js, { level: 6 }).length;
			for (const m of js.matchAll(/(?:from\s*|import\s*)["']([^"']+\.js)["']/g)) queue.push(new URL(m[1], u).href);
		}
		record(
			'overview JavaScript shipped (static import graph, gzip level 6)',
			`${(gz / 1024).toFixed(1)} KB gzipped (${(raw / 1024).toFixed(0)} KB raw, ${seen.size} files)`,
			'≤ 200 KB gzipped',
			gz <= 200 * 1024
		);
		const wink = [...seen].length && /wink|its\.sentiment|readDoc/.test(html);
		record('wink-nlp in the overview page', wink ? 'FOUND' : 'absent', 'absent', !wink);
	} finally {
		server.kill();
		fs.rmSync(dataDir, { recursive: true, force: true });
	}
}

console.log('\n| measure | value | target | met |\n|---|---|---|---|');
for (const r of rows) console.log(`| ${r.what} | ${r.value} | ${r.target} | ${r.ok == null ? '' : r.ok ? 'yes' : 'NO'} |`);
process.exitCode = rows.some((r) => r.ok === false) ? 1 : 0;
