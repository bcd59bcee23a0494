// Compiles the analysis to one JavaScript file, dist/slant.cjs, started by dist/slant.mjs (a copy of
// scripts/cli-loader.mjs, which hands V8 the code it compiled for a warm-up article), so the `slant`
// command (and the worker threads of a batch, and the server's analysis workers) start with plain
// `node`: no TypeScript compiler at run time. It runs on `npm install`/`npm ci` (the `prepare` script) and
// in `npm run build`; bin/slant.mjs rebuilds it first when a source under analysis/ is newer, so
// an edited stage is never run from a stale bundle.
//
// esbuild (not tsc): one bundled file starts faster than the same code as ~60 modules resolved at
// run time, and esbuild builds it in about 0.2 s. The wink model stays outside it, required on first
// use (analysis/nlp.ts), so a thread that only hands articles to workers never loads it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What the command and the workers run: the loader. */
export const CLI_BUNDLE = path.join(ROOT, 'dist', 'slant.mjs');
/** The compiled analysis the loader starts, and what V8 compiled of it (cli-loader.mjs). */
const CODE = path.join(ROOT, 'dist', 'slant.cjs');
const CODE_CACHE = `${CODE}.codecache`;
const LOADER = path.join(ROOT, 'scripts', 'cli-loader.mjs');
const ENTRY = path.join(ROOT, 'analysis', 'main.ts');
const TERM_CACHE = path.join(ROOT, 'dist', 'term-cache.json');
const LEXEME_TABLE = path.join(ROOT, 'dist', 'lexeme-table.bin');
const ASCII_CORE = path.join(ROOT, 'dist', 'model-core.ascii');
const TERM_CACHE_ENTRY = path.join(ROOT, 'analysis', 'term-cache-main.ts');

/** Newest modification time of the TypeScript sources the bundle is made from. */
function newestSource(dir = path.join(ROOT, 'analysis')) {
	let newest = 0;
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
		else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
	}
	return newest;
}

/** True when dist/slant.mjs or dist/slant.cjs is missing or older than a source it is built from. */
export function cliIsStale() {
	let built;
	try {
		built = Math.min(fs.statSync(CLI_BUNDLE).mtimeMs, fs.statSync(CODE).mtimeMs);
	} catch {
		return true;
	}
	// Without the sources (an installed package that ships only dist/) the bundle is all there is.
	if (!fs.existsSync(ENTRY)) return false;
	return newestSource() > built || fs.statSync(LOADER).mtimeMs > built || !fs.existsSync(TERM_CACHE) || !fs.existsSync(LEXEME_TABLE) || !fs.existsSync(ASCII_CORE);
}

/**
 * esbuild settings shared by the bundle (CommonJS, which V8's code cache needs: cli-loader.mjs) and
 * the term-cache writer (an ES module run once).
 */
function options(entry, outfile, format = 'esm') {
	return {
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format,
		target: 'node20',
		// The source is checked by svelte-check; tsconfig.json extends a file `svelte-kit sync` writes,
		// which a fresh clone lacks at install time, so esbuild gets the few settings it needs here.
		tsconfigRaw: { compilerOptions: { target: 'es2022', useDefineForClassFields: true } },
		// CommonJS dependencies (wink-nlp) call require(): an ES module gets one. In the CommonJS bundle
		// the sources' import.meta.url is the bundle's own address.
		...(format === 'esm'
			? { banner: { js: "import { createRequire as __slantRequire } from 'node:module'; const require = __slantRequire(import.meta.url);" } }
			: { define: { 'import.meta.url': '__slantUrl' }, banner: { js: "const __slantUrl = require('node:url').pathToFileURL(__filename).href;" } }),
		legalComments: 'none',
		logLevel: 'error'
	};
}

export async function buildCli() {
	const { build } = await import('esbuild');
	fs.mkdirSync(path.dirname(CLI_BUNDLE), { recursive: true });
	const tmp = `${CODE}.${process.pid}.tmp`;
	await build(options(ENTRY, tmp, 'cjs'));
	// The word lists' terms as wink reads them, so a start-up reads them instead of lemmatising
	// ~3,000 terms (analysis/lexicon/term-cache.ts), the model's word look-up, so a start reads it
	// instead of building it (analysis/lexeme-table.ts), and the model's text in ASCII, which reads
	// without decoding UTF-8 (analysis/wink-model.ts). Written before the bundle is renamed into place.
	const writer = path.join(path.dirname(CLI_BUNDLE), `term-cache-main.${process.pid}.mjs`);
	try {
		await build(options(TERM_CACHE_ENTRY, writer));
		execFileSync(process.execPath, [writer, TERM_CACHE, LEXEME_TABLE, ASCII_CORE], { env: { ...process.env, SLANT_TERM_CACHE: 'off' }, stdio: 'inherit' });
	} finally {
		fs.rmSync(writer, { force: true });
	}
	// Rename into place so a process starting at the same moment never imports half a file.
	fs.renameSync(tmp, CODE);
	const loader = `${CLI_BUNDLE}.${process.pid}.tmp`;
	fs.copyFileSync(LOADER, loader);
	fs.renameSync(loader, CLI_BUNDLE);
	writeCodeCache();
	return CLI_BUNDLE;
}

/**
 * An invented article with what the stages look for (names, titles, quotations, a pronoun, judging
 * words, reader comments), analysed once by the new bundle so V8's compiled code for it can be saved.
 */
const WARM_UP = `Council approves disputed bridge plan after heated debate

The city council voted 7-2 on Tuesday to approve the long-delayed Harbour Bridge plan, a decision critics called a reckless giveaway to developers.

"This bridge will finally connect the east side to jobs," said Mayor Jane Alvarez, who has backed the project since 2019. She added that construction could begin next spring.

Opponents were furious. "It is a disgraceful betrayal of the people who live here," councillor Tom Reyes told reporters. Residents' groups say the costs have doubled.

According to the transport department, the bridge will carry 40,000 vehicles a day. Dr. Priya Nair, an economist at the University of Leeds, said the estimate "looks optimistic but not absurd".

Comments

Great news, about time!

What a waste of money. Shameful.`;

/** Runs the warm-up article through the loader with the cache writer on; a failure only costs start-up time. */
function writeCodeCache() {
	fs.rmSync(CODE_CACHE, { force: true });
	try {
		execFileSync(process.execPath, [CLI_BUNDLE, '-'], {
			input: WARM_UP,
			env: { ...process.env, SLANT_WRITE_CODE_CACHE: '1' },
			stdio: ['pipe', 'ignore', 'pipe']
		});
	} catch (e) {
		process.stderr.write(`slant: no code cache written (start-up will compile as it goes): ${e.stderr?.toString().trim() || e.message}\n`);
	}
}

/** The bundle's path, rebuilt first if stale. */
export async function ensureCli() {
	if (cliIsStale()) await buildCli();
	return CLI_BUNDLE;
}

export const cliUrl = () => pathToFileURL(CLI_BUNDLE).href;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const t0 = Date.now();
	await buildCli();
	console.log(`slant: built ${path.relative(process.cwd(), CLI_BUNDLE)} in ${Date.now() - t0} ms`);
}
