// Libraries that only some articles need, loaded on first use rather than at start-up.
//
// The HTML reader (linkedom and its parser, about 800 KB of the built bundle) serves only pages
// given as HTML, and the language detector (franc-min's trigram tables) only a body that is not
// plainly English (analysis/segment/language.ts): loading them at start-up was about 120 ms of the
// `slant` command's 0.3 s before its first article. They are required, not bundled, so the bundle
// (scripts/build-cli.mjs), the server and the tests all load them the same way, from node_modules,
// the first time an article needs them. (Node ≥ 20.19 requires franc-min's ES module directly.)
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A function returning the module `id`, required the first time it is called. */
export function lazy<T>(id: string): () => T {
	let loaded: T | undefined;
	return () => (loaded ??= require(id) as T);
}
