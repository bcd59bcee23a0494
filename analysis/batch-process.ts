// The process a parallel batch runs in. V8 sizes young generations for a busy main thread (semi-spaces
// that grow to 16 MB), and its --max-semi-space-size flag holds for every isolate in the process, the
// worker threads' too, over their own resourceLimits (pool.ts). A batch therefore runs in a child
// `node --max-semi-space-size=6`, which bounds all three young generations: 10,000 articles with two
// workers measured 302-322 MB without the flag. The size trades time for memory (10,000 articles,
// 3 December, a quiet machine): 4 MB 60.1-61.5 s and 275-278 MB; 6 MB 52.8-54.2 s and 292-296 MB;
// 8 MB 54.1-55.7 s and 297-320 MB. Smaller is worse still (2 MB: 1,350 scavenges per worker per 1,000
// articles, and more short-lived objects promoted to the old space, collected every 30 articles).
// The child also gets MALLOC_ARENA_MAX=2 (unless set): glibc gives each thread a malloc arena of its
// own, and the workers' arenas held memory V8 had freed; with two, 6 MB semi-spaces measured 281-286 MB
// at the same speed (51.3-53.9 s). The child is marked by an environment variable, so it is started
// once; a single article never takes this path, so start-up stays as it was.
import { spawn } from 'node:child_process';
import os from 'node:os';

const MARK = 'SLANT_BATCH_PROCESS';
const FLAG = '--max-semi-space-size=6';
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
			env: { MALLOC_ARENA_MAX: '2', ...process.env, [MARK]: '1' }
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
