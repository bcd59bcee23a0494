// Where things live on disk. The app may be started from the project root (dev, `npm start`) or
// from elsewhere (a service manager, the built server in build/), so the root is found by walking
// up to the directory that holds seeds/manifest.json rather than trusting the working directory.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findUp(start: string, marker: string): string | null {
	let dir = path.resolve(start);
	for (;;) {
		if (fs.existsSync(path.join(dir, marker))) return dir;
		const parent = path.dirname(dir);
		if (parent === dir) return null;
		dir = parent;
	}
}

let root: string | null | undefined;

/** The project root (holding seeds/ and analysis/), or null if it cannot be found. */
export function projectRoot(): string | null {
	if (root !== undefined) return root;
	let here: string | null = null;
	try {
		here = path.dirname(fileURLToPath(import.meta.url));
	} catch {
		// Not a file: URL (bundled oddly); the working directory is the only clue left.
	}
	root = findUp(process.cwd(), 'seeds/manifest.json') ?? (here ? findUp(here, 'seeds/manifest.json') : null);
	return root;
}

/** Directory of the seed manifest and files: env SLANT_SEEDS_DIR, else <root>/seeds. */
export function seedsDir(): string | null {
	if (process.env.SLANT_SEEDS_DIR) return path.resolve(process.env.SLANT_SEEDS_DIR);
	const r = projectRoot();
	return r ? path.join(r, 'seeds') : null;
}

/** The default database file: $SLANT_DATA_DIR/slant.db, else <root or cwd>/data/slant.db. */
export function defaultDbPath(): string {
	const dir = process.env.SLANT_DATA_DIR
		? path.resolve(process.env.SLANT_DATA_DIR)
		: path.join(projectRoot() ?? process.cwd(), 'data');
	return path.join(dir, 'slant.db');
}
