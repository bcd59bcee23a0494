// The process a parallel batch runs in. Its main thread only reads the inputs, hands them to the worker
// threads and writes their lines, yet V8 sizes a main thread's young generation for a busy one (its
// semi-spaces grow to 16 MB): on 10,000 articles that was about 60 MB of a 310-320 MB process. A batch
// therefore runs in a child `node --max-semi-space-size=2` (measured: 257 MB, in the same time); the
// workers keep their own heap limits (pool.ts). The child is marked by an environment variable, so it
// is started once; a single article never takes this path, so start-up stays as it was.
import { spawn } from 'node:child_process';
import os from 'node:os';

const MARK = 'SLANT_BATCH_PROCESS';
const FLAG = '--max-semi-space-size=2';
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
