// npm run bench: speed and memory targets, measured here rather than in timed unit tests (which would
// flake on a loaded 2-core machine). Prints each figure as it comes, then a table, and exits 1 if a
// target is missed. Sections (all by default; name some to run only those):
//   analysis  ms per article on the seeds, warm; the whole analysis against wink's readDoc alone
//   scaling   once-pathological inputs at doubling sizes: time must grow about linearly
//   cli       start to first result; 10,000 articles on worker threads; streaming in a capped heap
//   server    the built app: overview render, JavaScript shipped to the browser
// --skip-server leaves out the server section (no build needed); --build rebuilds the app first.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../analysis/types.js';
import { benchAnalysis } from './bench/analysis.js';
import { benchCli } from './bench/cli.js';
import { benchScaling } from './bench/scaling.js';
import { benchServer } from './bench/server.js';
import { printTable, rows } from './bench/report.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const SECTIONS = ['analysis', 'scaling', 'cli', 'server'] as const;
const named = SECTIONS.filter((s) => args.includes(s));
const run = (s: (typeof SECTIONS)[number]) => (named.length ? named.includes(s) : !(s === 'server' && args.includes('--skip-server')));

// The seeds as inputs (what they are comes from the manifest, like any user's folder).
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

if (run('analysis')) benchAnalysis(seeds);
if (run('scaling')) benchScaling();
if (run('cli')) await benchCli(root, seeds, path.join(root, 'seeds', manifest.articles[0].file));
if (run('server')) await benchServer(root, args.includes('--build'));

printTable();
process.exitCode = rows.some((r) => r.ok === false) ? 1 : 0;
