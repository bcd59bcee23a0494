// `npm start`: build the app when its sources changed since the last build, then serve it (bin/serve.mjs).
// A facilitator starts Slant before every session: rebuilding each time cost about 15 seconds and printed
// some 220 lines of build output ("Run npm run preview to preview your production build", plugin
// timings) before the lines that matter, the addresses and the facilitator's link. The build is now
// made once after an install or an update, quietly: its output goes to a log file that is shown only if
// the build fails. What counts as the sources: src/, analysis/, static/, the configs and the lockfile,
// by path, size and modification time, written beside the build as a stamp.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { filesUnder } from '../src/lib/server/tree.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.resolve(root, process.env.SLANT_BUILD_DIR || 'build');
const stampFile = path.join(buildDir, '.slant-sources');
const logFile = path.join(root, 'build.log');

/** A fingerprint of every source the app is built from. */
function sources() {
	const hash = createHash('sha256');
	for (const d of ['src', 'analysis', 'static'])
		for (const p of filesUnder(path.join(root, d))) {
			const s = fs.statSync(p);
			hash.update(`${path.relative(root, p)}\0${s.size}\0${s.mtimeMs}\n`);
		}
	for (const f of ['svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json']) {
		const p = path.join(root, f);
		if (fs.existsSync(p)) {
			const s = fs.statSync(p);
			hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
		}
	}
	return hash.digest('hex');
}

const want = sources();
const built = fs.existsSync(path.join(buildDir, 'handler.js')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === want;
if (!built) {
	const t0 = Date.now();
	console.log('Slant: building the app, once after an install or an update (about 15 seconds)…');
	const log = fs.openSync(logFile, 'w');
	const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: ['ignore', log, log], env: process.env });
	const vite = run(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
	const cli = vite.status === 0 ? run(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')]) : null;
	fs.closeSync(log);
	if (vite.status !== 0 || !cli || cli.status !== 0) {
		const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-30).join('\n');
		console.error(`Slant: the build failed. The end of its log (${path.relative(process.cwd(), logFile)}):\n${tail}`);
		process.exit(1);
	}
	fs.writeFileSync(stampFile, want);
	console.log(`Slant: built in ${((Date.now() - t0) / 1000).toFixed(0)} s (the build's log: ${path.relative(process.cwd(), logFile)}).`);
}
await import(pathToFileURL(path.join(root, 'bin', 'serve.mjs')).href);
