// Entry of the compiled analysis (dist/slant.mjs, built by scripts/build-cli.mjs). On the main
// thread it is the `slant` command; started as a worker thread (by a batch's --jobs or by the
// server) it analyses the articles it is sent.
import { isMainThread } from 'node:worker_threads';
import { run } from './cli.js';
import { serveWorker } from './worker.js';

if (isMainThread) {
	// `slant … | head`: once the reader has what it wants, stop quietly, as other Unix tools do,
	// instead of a stack trace for the broken pipe.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(0);
		throw e;
	});
	run(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(e) => {
			process.stderr.write(`slant: ${(e as Error).stack ?? e}\n`);
			process.exitCode = 1;
		}
	);
} else serveWorker();
