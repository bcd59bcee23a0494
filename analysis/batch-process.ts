// The process a parallel batch runs in. V8 sizes young generations for a busy main thread (semi-spaces
// that grow to 16 MB), and its --max-semi-space-size flag holds for every isolate in the process, the
// worker threads' too, over their own resourceLimits (pool.ts). A batch therefore runs in a child
// `node --max-semi-space-size=4`, which bounds all three young generations: 10,000 articles with two
// workers measured 302-322 MB without the flag, 237 MB with 2 MB and 257 MB with 4 MB. Not 2 MB: that
// is 1,350 scavenges per worker per 1,000 articles, twice as many as 4 MB, and more of each article's
// short-lived objects promoted to the old space, whose collections then run every 30 articles; in
// paired runs 4 MB took 5-7% less time (66.6 s against 71.8 s; 70.7 s against 73.3 s) and CPU. The
// child is marked by an environment variable, so it is started once; a single article never takes
// this path, so start-up stays as it was.
import { spawn } from 'node:child_process';
import os from 'node:os';

const MARK = 'SLANT_BATCH_PROCESS';
const FLAG = '--max-semi-space-size=4';
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** True when this process should hand its batch to a child with the small young generation. */
export function shouldRespawn(): boolean {
	return process.env[MARK] !== '1' && !!process.argv[1] && !process.execArgv.some((a) => a.startsWith('--max-semi-space-size'));
}

/**
 * Run this same command again in a child process with the small young generation, its standard
 * streams shared with this one. Resolves to the child's exit code, or null when the child could not
 * be started (the caller then runs the batch itself).
 */
export function runInBatchProcess(): Promise<number | null> {
	return new Promise((resolve) => {
		// The same node options, less a debugger's (its port is this process's).
		const options = process.execArgv.filter((a) => !/^--inspect/.test(a));
		const child = spawn(process.execPath, [...options, FLAG, process.argv[1], ...process.argv.slice(2)], {
			stdio: 'inherit',
			env: { ...process.env, [MARK]: '1' }
		});
		// A signal sent to this process alone (a supervisor's SIGTERM) reaches the batch too.
		const forward = (signal: NodeJS.Signals) => child.kill(signal);
		for (const s of FORWARDED) process.on(s, forward);
		const done = (code: number | null) => {
			for (const s of FORWARDED) process.off(s, forward);
			resolve(code);
		};
		child.on('error', () => done(null));
		child.on('close', (code, signal) => done(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)));
	});
}
