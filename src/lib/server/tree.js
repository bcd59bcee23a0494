// Every file under a folder, in a stable order: what the analysis cache (engine.ts) and `npm start`
// (scripts/start.mjs) fingerprint to know whether their sources changed. Plain JavaScript, as
// deployment.js, so the start script reads it before anything is built.
import fs from 'node:fs';
import path from 'node:path';

/**
 * The files below `dir` (recursively), sorted by name at each level; an unreadable or missing folder
 * yields nothing.
 * @param {string} dir
 * @returns {string[]}
 */
export function filesUnder(dir) {
	/** @type {string[]} */
	const out = [];
	const walk = (/** @type {string} */ d) => {
		let entries;
		try {
			entries = fs.readdirSync(d, { withFileTypes: true });
		} catch {
			return;
		}
		for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.isFile()) out.push(p);
		}
	};
	walk(dir);
	return out;
}
