// Where the compiled analysis (dist/slant.mjs, the loader of dist/slant.cjs) is, for starting worker
// threads. Inside the bundle it is the loader beside the running file; run from source (tsx, vitest,
// the dev server) it is built first when missing or stale, by scripts/build-cli.mjs.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analysisDir } from './data-files.js';

export async function analysisBundle(): Promise<URL> {
	const here = new URL(import.meta.url);
	if (/\/dist\/slant\.cjs$/.test(here.pathname)) return new URL('./slant.mjs', here);
	const root = path.dirname(analysisDir());
	const builder = pathToFileURL(path.join(root, 'scripts', 'build-cli.mjs')).href;
	const mod = (await import(/* @vite-ignore */ builder)) as { ensureCli(): Promise<string> };
	return pathToFileURL(await mod.ensureCli());
}

export const bundlePath = async (): Promise<string> => fileURLToPath(await analysisBundle());
