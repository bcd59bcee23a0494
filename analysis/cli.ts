// slant: analyse articles from files, folders, stdin or JSON Lines, and print the JSON contract
// (analysis/article.schema.json). One bad input gets one line on stderr and a non-zero exit at the
// end; every other input is still analysed and printed.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import readline from 'node:readline';
import { analyseArticle } from './pipeline.js';
import { compareOutlets } from './compare.js';
import { sharedGroups, withSharedGroups, withSharedOverrides } from './quotes/shared-groups.js';
import { CATEGORIES, loadDefaultLexicon } from './lexicon/index.js';
import { loadGroupRules } from './quotes/index.js';
import { ARTICLE_EXTENSIONS, DEFAULT_MAX_BYTES, InputError, articleFromJsonLine, articleFromText, decodeArticleBytes, sizeOverLimit } from './input.js';
import { articleCsvHeader } from './csv.js';
import { publicShape } from './output.js';
import { WorkerPool } from './pool.js';
import { analysisBundle } from './bundle.js';
import { analyseTask, type AnalysisTask, type BytesReply, type LineReply } from './worker.js';
import { runInBatchProcess, shouldRespawn } from './batch-process.js';
import type { AnalysisOptions, ArticleAnalysis, ArticleInput } from './types.js';

const USAGE = `usage: slant [--format json|jsonl|csv] [--raw] [--jobs N] [--max-bytes N] <inputs...>

  inputs     .txt, .md or .html files; folders (their article files, sorted);
             .jsonl files (one {"id","outlet","title","text"|"html","url","date"} per line);
             - for standard input (one article, or JSON Lines with --format jsonl)
  --format   json (default): {"articles": [...], "outlets": [...]}
             jsonl: one article per line, printed as each is done
             csv: one row per article with its headline figures
  --raw      inputs are already-clean body text: no segmentation; offsets index the input exactly
  --jobs     worker threads for a batch (default: the number of cores, ${os.availableParallelism()} here);
             output keeps the input order; 1 analyses in this thread
  --max-bytes  largest accepted article in bytes (default ${DEFAULT_MAX_BYTES}; env SLANT_MAX_BYTES)`;

type Format = 'json' | 'jsonl' | 'csv';
interface Options {
	format: Format;
	raw: boolean;
	maxBytes: number;
	jobs: number;
	inputs: string[];
}

export function parseArgs(argv: string[]): Options {
	const opts: Options = { format: 'json', raw: false, maxBytes: Number(process.env.SLANT_MAX_BYTES) || DEFAULT_MAX_BYTES, jobs: os.availableParallelism(), inputs: [] };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--format' || a.startsWith('--format=')) {
			const v = a.includes('=') ? a.split('=')[1] : argv[++i];
			if (v !== 'json' && v !== 'jsonl' && v !== 'csv') throw new UsageError(`unknown format "${v ?? ''}" (json, jsonl or csv)`);
			opts.format = v;
		} else if (a === '--raw') opts.raw = true;
		else if (a === '--max-bytes' || a.startsWith('--max-bytes=')) {
			const v = Number(a.includes('=') ? a.split('=')[1] : argv[++i]);
			if (!Number.isFinite(v) || v <= 0) throw new UsageError('--max-bytes needs a positive number');
			opts.maxBytes = v;
		} else if (a === '--jobs' || a.startsWith('--jobs=')) {
			const v = Number(a.includes('=') ? a.split('=')[1] : argv[++i]);
			if (!Number.isInteger(v) || v < 1) throw new UsageError('--jobs needs a whole number of at least 1');
			opts.jobs = v;
		} else if (a === '--help' || a === '-h') throw new UsageError('');
		else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
		else opts.inputs.push(a);
	}
	if (!opts.inputs.length) throw new UsageError('no inputs given');
	return opts;
}

class UsageError extends Error {}

/** Each yielded item is an article to analyse (with where it came from) or the error that stood in its place. */
type Item = { article: ArticleInput; source?: string } | { error: InputError };

interface ManifestEntry {
	file: string;
	id?: string;
	outlet?: string;
	title?: string;
	date?: string;
	url?: string;
}
const manifests = new Map<string, Map<string, ManifestEntry>>();

/** Outlet, headline and date from a manifest.json beside the file, when there is one. */
function manifestFor(file: string): ManifestEntry | undefined {
	const dir = path.dirname(path.resolve(file));
	if (!manifests.has(dir)) {
		const byFile = new Map<string, ManifestEntry>();
		const mf = path.join(dir, 'manifest.json');
		if (fs.existsSync(mf)) {
			try {
				const parsed = JSON.parse(fs.readFileSync(mf, 'utf8'));
				for (const e of (parsed.articles ?? []) as ManifestEntry[]) if (e && typeof e.file === 'string') byFile.set(e.file, e);
			} catch (e) {
				process.stderr.write(`slant: ${mf}: ignored, not valid JSON (${(e as Error).message})\n`);
			}
		}
		manifests.set(dir, byFile);
	}
	return manifests.get(dir)!.get(path.basename(file));
}

function readFileArticle(file: string, opts: Options): ArticleInput {
	let bytes: Buffer;
	try {
		const st = fs.statSync(file);
		if (st.size > opts.maxBytes) throw new InputError(file, sizeOverLimit(st.size, opts.maxBytes));
		bytes = fs.readFileSync(file);
	} catch (e) {
		if (e instanceof InputError) throw e;
		const code = (e as NodeJS.ErrnoException).code;
		throw new InputError(file, code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? (e as Error).message})`);
	}
	const text = decodeArticleBytes(file, bytes, opts.maxBytes);
	const m = manifestFor(file);
	const id = m?.id ?? path.basename(file).replace(/\.[^.]+$/, '');
	const meta: Partial<ArticleInput> = {};
	if (m?.outlet) meta.outlet = m.outlet;
	if (m?.title) meta.title = m.title;
	if (m?.date) meta.date = m.date;
	if (m?.url) meta.url = m.url;
	return articleFromText(id, file, text, meta);
}

async function* jsonLines(stream: NodeJS.ReadableStream, name: string, opts: Options): AsyncGenerator<Item> {
	const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
	let n = 0;
	for await (const line of rl) {
		n++;
		if (!line.trim()) continue;
		const where = `${name} line ${n}`;
		try {
			const article = articleFromJsonLine(where, line, opts.maxBytes);
			if (!article.id) article.id = `${path.basename(name).replace(/\.jsonl$/, '')}-${n}`;
			yield { article, source: where };
		} catch (e) {
			yield { error: e instanceof InputError ? e : new InputError(where, (e as Error).message) };
		}
	}
}

async function readStdin(): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const c of process.stdin) chunks.push(c as Buffer);
	return Buffer.concat(chunks);
}

async function* expand(opts: Options): AsyncGenerator<Item> {
	for (const input of opts.inputs) {
		if (input === '-') {
			if (opts.format === 'jsonl') yield* jsonLines(process.stdin, 'stdin', opts);
			else {
				try {
					const text = decodeArticleBytes('stdin', await readStdin(), opts.maxBytes);
					yield { article: articleFromText('stdin', 'stdin', text), source: 'stdin' };
				} catch (e) {
					yield { error: e as InputError };
				}
			}
			continue;
		}
		let st: fs.Stats;
		try {
			st = fs.statSync(input);
		} catch {
			yield { error: new InputError(input, 'no such file or folder') };
			continue;
		}
		if (st.isDirectory()) {
			let names: string[];
			try {
				names = fs.readdirSync(input).sort();
			} catch (e) {
				yield { error: new InputError(input, `folder cannot be read (${(e as NodeJS.ErrnoException).code})`) };
				continue;
			}
			const files = names.filter((n) => (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(n).toLowerCase()) || n.endsWith('.jsonl'));
			if (!files.length) yield { error: new InputError(input, 'folder holds no .txt, .md, .html or .jsonl files') };
			for (const f of files) yield* one(path.join(input, f), opts);
		} else yield* one(input, opts);
	}
}

async function* one(file: string, opts: Options): AsyncGenerator<Item> {
	if (file.endsWith('.jsonl')) {
		try {
			fs.accessSync(file, fs.constants.R_OK);
		} catch {
			yield { error: new InputError(file, 'cannot be read') };
			return;
		}
		yield* jsonLines(fs.createReadStream(file, 'utf8'), file, opts);
		return;
	}
	try {
		yield { article: readFileArticle(file, opts), source: file };
	} catch (e) {
		yield { error: e instanceof InputError ? e : new InputError(file, (e as Error).message) };
	}
}

/** A batch (several files, a folder, JSON Lines) is worth worker threads; one article is not. */
function isBatch(opts: Options): boolean {
	if (opts.inputs.length > 1 || opts.format === 'jsonl' && opts.inputs.includes('-')) return true;
	const only = opts.inputs[0];
	if (only.endsWith('.jsonl')) return true;
	try {
		return fs.statSync(only).isDirectory();
	} catch {
		return false;
	}
}

/** How many results may wait for their turn (or for their worker) before reading more input. */
const IN_FLIGHT_PER_JOB = 8;

export async function run(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
	let opts: Options;
	try {
		opts = parseArgs(argv);
	} catch (e) {
		if (e instanceof UsageError) {
			if (e.message) err.write(`slant: ${e.message}\n`);
			err.write(USAGE + '\n');
			return e.message ? 2 : 0;
		}
		throw e;
	}
	const parallel = opts.jobs > 1 && isBatch(opts);
	// The command itself (not run() called with other streams): a parallel batch runs in a child node
	// whose main thread keeps a small young generation (batch-process.ts).
	if (parallel && out === process.stdout && shouldRespawn()) {
		const code = await runInBatchProcess();
		if (code !== null) return code;
	}
	// The main thread of a parallel batch loads no model unless it must compare outlets (json).
	let options: AnalysisOptions | null = null;
	const opt = () => (options ??= { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() });
	let failed = 0;
	const kept: ArticleAnalysis[] = [];
	const seen = new Set<string>();
	if (opts.format === 'csv') out.write(articleCsvHeader(parallel ? { version: '', categories: CATEGORIES, entries: [] } : opt().lexicon) + '\n');

	const output: AnalysisTask['output'] = opts.format === 'json' ? 'analysis' : opts.format;
	let pool: WorkerPool<AnalysisTask, BytesReply | ArticleAnalysis> | null = null;
	// Capped heaps make each worker collect early, so a long batch stays flat in memory (10,000
	// articles: one process under 300 MB with two workers); an article that needs more runs again
	// without the cap (pool.ts). The young generation's size is set by the batch process's own bound
	// on semi-spaces (batch-process.ts), which V8 applies over this one.
	if (parallel) pool = new WorkerPool({ file: await analysisBundle(), size: opts.jobs, maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 12 });
	const analyse = (input: ArticleInput): Promise<LineReply | BytesReply | ArticleAnalysis> => {
		if (pool) return pool.run({ input, output });
		try {
			return Promise.resolve(analyseTask({ input, output }, opt()) as LineReply | ArticleAnalysis);
		} catch (e) {
			return Promise.reject(e);
		}
	};

	// Results are printed in input order: each item's promise waits in line, and reading stops while
	// the line is full, so a long batch streams in bounded memory.
	type Slot = { id: string; source: string; result: Promise<LineReply | BytesReply | ArticleAnalysis>; warning?: string } | { error: InputError };
	const line: Slot[] = [];
	const emit = async (slot: Slot) => {
		if ('error' in slot) {
			failed++;
			err.write(`slant: ${slot.error.message}\n`);
			return;
		}
		if (slot.warning) err.write(slot.warning);
		let reply: LineReply | BytesReply | ArticleAnalysis;
		try {
			reply = await slot.result;
		} catch (e) {
			failed++;
			err.write(`slant: ${slot.id}: analysis failed (${(e as Error).message})\n`);
			return;
		}
		// What the reader should know about how the article was read ("Not English (detected: …)"), naming the input.
		const warnings = 'line' in reply || 'bytes' in reply ? reply.warnings : reply.warnings.map((w) => w.message);
		for (const w of warnings) err.write(`slant: ${slot.source}: warning: ${w}\n`);
		if ('bytes' in reply) await write(out, reply.bytes);
		else if ('line' in reply) await write(out, reply.line + '\n');
		else kept.push(reply);
	};
	try {
		for await (const item of expand(opts)) {
			if ('error' in item) line.push(item);
			else {
				const input = item.article;
				if (opts.raw && input.text != null) input.raw = true;
				const warning = seen.has(input.id) ? `slant: warning: id "${input.id}" appears more than once\n` : undefined;
				seen.add(input.id);
				const result = analyse(input);
				result.catch(() => {}); // handled in emit(), in order
				line.push({ id: input.id, source: item.source ?? input.id, result, warning });
			}
			while (line.length > (pool ? pool.size * IN_FLIGHT_PER_JOB : 0)) await emit(line.shift()!);
		}
		while (line.length) await emit(line.shift()!);
	} finally {
		await pool?.close();
	}
	if (opts.format === 'json') {
		// One speaker, one group across the inputs, as the dashboard reads a collection: a speaker one article
		// leaves unclassified takes the group another gives them (analysis/quotes/shared-groups.ts). JSON
		// Lines prints each article as it is done, alone.
		const shared = sharedGroups(kept);
		const articles = kept.map((a) => withSharedGroups(a, shared));
		const outlets = compareOutlets(articles, { lexicon: opt().lexicon, overrides: withSharedOverrides({}, shared) });
		await write(out, JSON.stringify({ articles: articles.map(publicShape), outlets }, null, 2) + '\n');
	}
	if (failed) err.write(`slant: ${failed} input${failed === 1 ? '' : 's'} failed\n`);
	return failed ? 1 : 0;
}

/** Respect back-pressure so a large jsonl batch streams instead of piling up in memory. */
function write(out: NodeJS.WritableStream, s: string | Uint8Array): Promise<void> {
	return new Promise((resolve) => (out.write(s) ? resolve() : out.once('drain', () => resolve())));
}

const invokedDirectly = process.argv[1] && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) {
	run(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(e) => {
			process.stderr.write(`slant: ${(e as Error).stack ?? e}\n`);
			process.exitCode = 1;
		}
	);
}
