// Running a command and watching it: time to its first output, total time, and the peak resident
// memory of each process in its tree (from /proc, polled; VmHWM is the kernel's own high-water mark).
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Watched {
	code: number | null;
	ms: number;
	firstOutputMs: number;
	lines: number;
	/** The largest high-water mark of any one process in the tree (MB). */
	peakProcessMb: number;
	stderr: string;
}

function tree(pid: number): number[] {
	try {
		const kids = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
		return [pid, ...kids.flatMap(tree)];
	} catch {
		return [pid];
	}
}

function hwmKb(pid: number): number {
	try {
		const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/);
		return m ? Number(m[1]) : 0;
	} catch {
		return 0;
	}
}

export async function watch(cmd: string, args: string[], opts: { cwd: string; input?: string; env?: NodeJS.ProcessEnv }): Promise<Watched> {
	const t0 = performance.now();
	const child = spawn(cmd, args, { cwd: opts.cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
	let firstOutputMs = -1;
	let stderr = '';
	let lines = 0;
	const peaks = new Map<number, number>();
	const poll = () => {
		for (const pid of tree(child.pid!)) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, hwmKb(pid)));
	};
	const timer = setInterval(poll, 20);
	child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
	child.stdout.on('data', (b: Buffer) => {
		if (firstOutputMs < 0) firstOutputMs = performance.now() - t0;
		// memchr, not a JavaScript loop over every byte: a 10,000-article batch prints ~800 MB, and
		// counting it byte by byte took seconds of the CPU the measured command needs.
		for (let at = b.indexOf(10); at >= 0; at = b.indexOf(10, at + 1)) lines++;
		poll();
	});
	child.stdin.on('error', () => {});
	child.stdin.end(opts.input ?? '');
	const code = await new Promise<number | null>((r) => child.on('close', r));
	clearInterval(timer);
	return { code, ms: performance.now() - t0, firstOutputMs, lines, peakProcessMb: Math.max(0, ...peaks.values()) / 1024, stderr };
}
