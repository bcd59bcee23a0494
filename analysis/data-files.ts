// Word lists, rules and lexicons are data files under analysis/. Run from source (tsx, vitest) they sit
// beside the modules; bundled into the built server (build/server/chunks/…), import.meta.url no longer
// points there. One resolver for every stage, so a deployment either finds all its data or says where
// it looked.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** Marks a folder as the analysis data root (any stage's data file would do; this one always ships). */
const MARKER = path.join('lexicon', 'README.md');

function ancestors(start: string): string[] {
	const out: string[] = [];
	for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
		out.push(dir);
		if (path.dirname(dir) === dir) return out;
	}
}

/** The analysis/ folder: $SLANT_ANALYSIS_DIR, else this module's folder, else analysis/ above the bundle or cwd. */
export function analysisDir(): string {
	if (root) return root;
	const candidates: string[] = [];
	if (process.env.SLANT_ANALYSIS_DIR) candidates.push(process.env.SLANT_ANALYSIS_DIR);
	let here: string | null = null;
	try {
		here = path.dirname(fileURLToPath(import.meta.url));
	} catch {
		/* not a file: URL (never in Node, but stay safe) */
	}
	if (here) candidates.push(here, ...ancestors(here).map((d) => path.join(d, 'analysis')));
	candidates.push(...ancestors(process.cwd()).map((d) => path.join(d, 'analysis')));
	const found = candidates.find((d) => fs.existsSync(path.join(d, MARKER)));
	if (!found) throw new Error(`analysis data files not found (looked for ${MARKER} in ${[...new Set(candidates)].slice(0, 4).join(', ')}, …); set SLANT_ANALYSIS_DIR`);
	root = found;
	return root;
}

/** Absolute path of a data file, given relative to analysis/ (e.g. "lexicon/emotive.txt"). */
export const dataPath = (...parts: string[]): string => path.join(analysisDir(), ...parts);

export const readDataFile = (...parts: string[]): string => fs.readFileSync(dataPath(...parts), 'utf8');

/** Where the build writes what a start reads instead of computing it (scripts/build-cli.mjs): dist/ beside analysis/. */
export const builtFile = (name: string): string => path.join(analysisDir(), '..', 'dist', name);
