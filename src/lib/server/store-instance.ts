// The process's one store (the app's pages and actions use it through index.ts), opened on first use
// at defaultDbPath() (SLANT_DATA_DIR), and its warm-up at server start.
import { defaultDbPath } from './paths.js';
import { openStore, type Store } from './store.js';

let instance: Store | null = null;
// Vite re-imports changed server modules in dev; the previous module's store is found here and
// closed, so edits don't pile up open SQLite handles.
const GLOBAL_KEY = Symbol.for('slant.server.store');
type WithStore = typeof globalThis & { [GLOBAL_KEY]?: Store };

/** The app's store, opened on first use at defaultDbPath() (SLANT_DATA_DIR). */
export function getStore(): Store {
	if (!instance) {
		const g = globalThis as WithStore;
		g[GLOBAL_KEY]?.close();
		instance = openStore(defaultDbPath());
		g[GLOBAL_KEY] = instance;
	}
	return instance;
}

export function closeStore(): void {
	instance?.close();
	const g = globalThis as WithStore;
	if (g[GLOBAL_KEY] === instance) delete g[GLOBAL_KEY];
	instance = null;
}

/**
 * Open the store and analyse the seed collection now, so the first visitor doesn't pay for the
 * lexicon, the wink model and (on a new install) the analysis. Call from hooks.server.ts `init`.
 * Returns how long it took (ms); never throws (a failure here will resurface on the page).
 */
export function warmUp(): number {
	const t0 = performance.now();
	try {
		const store = getStore();
		store.engine.defaultLexicon();
		const seeds = store.seedCollectionId();
		// The analysis itself runs on the workers (loading their model); requests are served meanwhile.
		if (seeds) store.ensureAnalysed(seeds).catch((e) => console.error('Slant: warm-up failed:', e));
	} catch (e) {
		console.error('Slant: warm-up failed:', e);
	}
	return performance.now() - t0;
}
