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

/** Newlines in a file, read in 1 MB pieces. */
function linesIn(file: string): number {
	const fd = fs.openSync(file, 'r');
	const buf = Buffer.alloc(1 << 20);
	let n = 0;
	try {
		for (let got = fs.readSync(fd, buf); got > 0; got = fs.readSync(fd, buf)) for (let at = buf.indexOf(10); at >= 0 && at < got; at = buf.indexOf(10, at + 1)) n++;
	} finally {
		fs.closeSync(fd);
	}
	return n;
}

/**
 * Run and watch a command. With `outFile`, its standard output goes straight to that file, as a user's
 * `slant … > out.jsonl` does (first output time is then not known: -1); else through a pipe this
 * process reads.
 */
export async function watch(cmd: string, args: string[], opts: { cwd: string; input?: string; env?: NodeJS.ProcessEnv; outFile?: string }): Promise<Watched> {
	const t0 = performance.now();
	const outFd = opts.outFile ? fs.openSync(opts.outFile, 'w') : null;
	const child = spawn(cmd, args, { cwd: opts.cwd, stdio: ['pipe', outFd ?? 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
	if (outFd !== null) fs.closeSync(outFd);
	let firstOutputMs = -1;
	let stderr = '';
	let lines = 0;
	const peaks = new Map<number, number>();
	const poll = () => {
		for (const pid of tree(child.pid!)) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, hwmKb(pid)));
	};
	const timer = setInterval(poll, 20);
	child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
	child.stdout?.on('data', (b: Buffer) => {
		if (firstOutputMs < 0) firstOutputMs = performance.now() - t0;
		// memchr, not a JavaScript loop over every byte: a 10,000-article batch prints ~800 MB, and
		// counting it byte by byte took seconds of the CPU the measured command needs.
		for (let at = b.indexOf(10); at >= 0; at = b.indexOf(10, at + 1)) lines++;
		poll();
	});
	child.stdin!.on('error', () => {});
	child.stdin!.end(opts.input ?? '');
	const code = await new Promise<number | null>((r) => child.on('close', r));
	clearInterval(timer);
	if (opts.outFile) lines = linesIn(opts.outFile);
	return { code, ms: performance.now() - t0, firstOutputMs, lines, peakProcessMb: Math.max(0, ...peaks.values()) / 1024, stderr };
}
