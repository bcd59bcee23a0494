// Compiles the analysis to one JavaScript file, dist/slant.mjs, so the `slant` command (and the
// worker threads of a batch, and the server's analysis workers) start with plain `node`: no
// TypeScript compiler at run time. It runs on `npm install`/`npm ci` (the `prepare` script) and
// in `npm run build`; bin/slant.mjs rebuilds it first when a source under analysis/ is newer, so
// an edited stage is never run from a stale bundle.
//
// esbuild (not tsc): one bundled file with wink-nlp and its model inside starts faster than the
// same code as ~60 modules resolved at run time, and esbuild builds it in about 0.2 s.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(ROOT, 'dist', 'slant.mjs');
const ENTRY = path.join(ROOT, 'analysis', 'main.ts');
const TERM_CACHE = path.join(ROOT, 'dist', 'term-cache.json');
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

/** True when dist/slant.mjs is missing or older than a source it is built from. */
export function cliIsStale() {
	let built;
	try {
		built = fs.statSync(CLI_BUNDLE).mtimeMs;
	} catch {
		return true;
	}
	// Without the sources (an installed package that ships only dist/) the bundle is all there is.
	if (!fs.existsSync(ENTRY)) return false;
	return newestSource() > built || !fs.existsSync(TERM_CACHE);
}

/** esbuild settings shared by the bundle and the term-cache writer. */
function options(entry, outfile) {
	return {
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		// The source is checked by svelte-check; tsconfig.json extends a file `svelte-kit sync` writes,
		// which a fresh clone lacks at install time, so esbuild gets the few settings it needs here.
		tsconfigRaw: { compilerOptions: { target: 'es2022', useDefineForClassFields: true } },
		// CommonJS dependencies (wink-nlp, its model, linkedom) call require(); give the bundle one.
		banner: { js: "import { createRequire as __slantRequire } from 'node:module'; const require = __slantRequire(import.meta.url);" },
		legalComments: 'none',
		logLevel: 'error'
	};
}

export async function buildCli() {
	const { build } = await import('esbuild');
	fs.mkdirSync(path.dirname(CLI_BUNDLE), { recursive: true });
	const tmp = `${CLI_BUNDLE}.${process.pid}.tmp`;
	await build(options(ENTRY, tmp));
	// The word lists' terms as wink reads them, so a start-up reads them instead of lemmatising
	// ~3,000 terms (analysis/lexicon/term-cache.ts). Written before the bundle is renamed into place.
	const writer = path.join(path.dirname(CLI_BUNDLE), `term-cache-main.${process.pid}.mjs`);
	try {
		await build(options(TERM_CACHE_ENTRY, writer));
		execFileSync(process.execPath, [writer, TERM_CACHE], { env: { ...process.env, SLANT_TERM_CACHE: 'off' }, stdio: 'inherit' });
	} finally {
		fs.rmSync(writer, { force: true });
	}
	// Rename into place so a process starting at the same moment never imports half a file.
	fs.renameSync(tmp, CLI_BUNDLE);
	return CLI_BUNDLE;
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
