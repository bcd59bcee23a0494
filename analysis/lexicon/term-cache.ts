// Word-list terms as wink reads them (normal forms and lemmas), saved once at build time.
//
// Every list matched like the lexicon (the lexicon itself, the tone stage's topic words, the sense
// rules) is lemmatised with the wink model when it is parsed: about 3,000 readDoc calls, a third of
// the `slant` command's start-up. `npm run build` and `npm ci` write the results to
// dist/term-cache.json (scripts/build-cli.mjs); a process that finds the file reads each shipped term
// from it instead. The file names the wink-nlp and model versions it was made with and is ignored
// under any other, and a term it lacks (a facilitator's new word, an edited list) is analysed as
// before, so a stale or missing file costs time, never a different result.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { builtFile } from '../data-files.js';

export type TermForms = { words: string[]; normals: string[] };

const require = createRequire(import.meta.url);

/** wink-nlp and model versions: a lemma is only as good as the model that made it. */
export function modelKey(): string {
	const v = (p: string) => (require(p) as { version: string }).version;
	return `wink-nlp@${v('wink-nlp/package.json')} wink-eng-lite-web-model@${v('wink-eng-lite-web-model/package.json')}`;
}

/** Where the build writes the cache: dist/ beside analysis/. */
export const termCachePath = (): string => builtFile('term-cache.json');

/**
 * A cache file's terms, or null when it is missing, unreadable, malformed or made with another model
 * (then every term is analysed as usual).
 */
export function readTermCache(file: string): Map<string, TermForms> | null {
	let parsed: { model?: unknown; terms?: unknown };
	try {
		parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
	if (parsed?.model !== modelKey() || !parsed.terms || typeof parsed.terms !== 'object') return null;
	const out = new Map<string, TermForms>();
	const strings = (a: unknown): a is string[] => Array.isArray(a) && a.every((x) => typeof x === 'string');
	for (const [k, v] of Object.entries(parsed.terms as Record<string, unknown>)) {
		if (!Array.isArray(v) || !strings(v[0]) || !strings(v[1]) || v[0].length !== v[1].length) return null;
		out.set(k, { words: v[0], normals: v[1] });
	}
	return out;
}

let primed: Map<string, TermForms> | null = null;

/** The saved forms of a lower-cased term, or undefined when the cache lacks it (or is unusable). */
export function savedForms(key: string): TermForms | undefined {
	primed ??= (process.env.SLANT_TERM_CACHE !== 'off' && readTermCache(termCachePath())) || new Map();
	return primed.get(key);
}

/** The file's content for a set of analysed terms (what the build writes). */
export function termCacheJson(terms: Map<string, TermForms>): string {
	const out: Record<string, [string[], string[]]> = Object.create(null);
	for (const k of [...terms.keys()].sort()) out[k] = [terms.get(k)!.words, terms.get(k)!.normals];
	return JSON.stringify({ model: modelKey(), terms: out });
}
