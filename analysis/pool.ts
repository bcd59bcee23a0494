// A pool of worker threads that run one task at a time each, with an optional time limit per task.
// The CLI's `--jobs N` and the server's analysis both use it: a worker whose task runs over the
// limit, or that dies, is terminated and replaced, and only that task fails.
import { Worker } from 'node:worker_threads';

export class TaskTimeout extends Error {
	constructor(readonly ms: number) {
		super(`analysis took too long (stopped after ${ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`})`);
		this.name = 'TaskTimeout';
	}
}

export class WorkerCrashed extends Error {
	constructor(reason: string) {
		super(`analysis stopped unexpectedly (${reason})`);
		this.name = 'WorkerCrashed';
	}
}

interface Pending<T, R> {
	task: T;
	resolve(r: R): void;
	reject(e: Error): void;
	/** Set when the task already ran out of a capped worker's memory once. */
	uncapped?: boolean;
}

interface Slot<T, R> {
	worker: Worker;
	busy: Pending<T, R> | null;
	timer: NodeJS.Timeout | null;
	/** Set once the worker has been told to stop; its exit is then expected. */
	retired: boolean;
}

export interface PoolOptions {
	/** Module the workers run (a file URL or path); it answers each message with one message. */
	file: string | URL;
	size: number;
	workerData?: unknown;
	/** Milliseconds a task may run; 0 or absent: no limit. */
	timeoutMs?: number;
	/**
	 * V8 heap limits per worker (MB). They make V8 collect garbage early, which keeps a long batch's
	 * memory flat; a task that really needs more (a 5 MB article) runs again once in a worker
	 * without them.
	 */
	maxOldGenerationSizeMb?: number;
	maxYoungGenerationSizeMb?: number;
}

/**
 * Messages to a worker are `{ task }`; it answers `{ ok: true, result }` or `{ ok: false, error }`.
 * Tasks queue in arrival order; results come back as promises, so callers keep their own order.
 */
export class WorkerPool<T, R> {
	private readonly slots: Slot<T, R>[] = [];
	private readonly queue: Pending<T, R>[] = [];
	private closed = false;

	constructor(private readonly opts: PoolOptions) {
		for (let i = 0; i < Math.max(1, opts.size); i++) this.slots.push(this.spawn());
	}

	get size(): number {
		return this.slots.length;
	}

	private spawn(capped = true): Slot<T, R> {
		const worker = new Worker(this.opts.file, {
			workerData: this.opts.workerData,
			resourceLimits: capped ? { maxOldGenerationSizeMb: this.opts.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: this.opts.maxYoungGenerationSizeMb } : undefined
		});
		const slot: Slot<T, R> = { worker, busy: null, timer: null, retired: false };
		worker.on('message', (msg: { ok: boolean; result?: R; error?: string }) => {
			const job = slot.busy;
			if (!job) return;
			this.settle(slot);
			if (msg.ok) job.resolve(msg.result as R);
			else job.reject(new Error(msg.error ?? 'analysis failed'));
			this.next(slot);
		});
		worker.on('error', (e: Error & { code?: string }) => {
			const job = slot.busy;
			if (e.code === 'ERR_WORKER_OUT_OF_MEMORY' && job && !job.uncapped && this.capped) {
				slot.busy = null;
				this.replace(slot, null);
				this.runUncapped(job);
			} else this.replace(slot, new WorkerCrashed(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : e.message));
		});
		worker.on('exit', (code) => {
			if (!slot.retired) this.replace(slot, new WorkerCrashed(`worker exited with code ${code}`));
		});
		// A worker waiting for work must not keep the process alive on its own.
		worker.unref();
		return slot;
	}

	private settle(slot: Slot<T, R>): void {
		if (slot.timer) clearTimeout(slot.timer);
		slot.timer = null;
		slot.busy = null;
		slot.worker.unref();
	}

	private get capped(): boolean {
		return !!(this.opts.maxOldGenerationSizeMb || this.opts.maxYoungGenerationSizeMb);
	}

	/** One task on a worker of its own without heap limits, ended when the task is. */
	private runUncapped(job: Pending<T, R>): void {
		job.uncapped = true;
		const slot = this.spawn(false);
		slot.retired = true; // not part of the pool: its exit is expected
		slot.busy = job;
		slot.worker.ref();
		const done = () => {
			if (slot.timer) clearTimeout(slot.timer);
			void slot.worker.terminate();
		};
		slot.worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
		slot.worker.on('message', (msg: { ok: boolean; result?: R; error?: string }) => {
			done();
			if (msg.ok) job.resolve(msg.result as R);
			else job.reject(new Error(msg.error ?? 'analysis failed'));
		});
		slot.worker.on('error', (e: Error & { code?: string }) => {
			done();
			job.reject(new WorkerCrashed(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : e.message));
		});
		slot.worker.on('exit', (code) => job.reject(new WorkerCrashed(`worker exited with code ${code}`)));
		const ms = this.opts.timeoutMs;
		if (ms && ms > 0)
			slot.timer = setTimeout(() => {
				done();
				job.reject(new TaskTimeout(ms));
			}, ms);
		slot.worker.postMessage({ task: job.task });
	}

	/** Fail the slot's task (unless `error` is null: it was handed on), end its worker, and put a fresh worker in its place. */
	private replace(slot: Slot<T, R>, error: Error | null): void {
		if (slot.retired) return;
		slot.retired = true;
		const job = slot.busy;
		this.settle(slot);
		void slot.worker.terminate();
		if (error) job?.reject(error);
		const i = this.slots.indexOf(slot);
		if (i < 0) return;
		if (this.closed) {
			this.slots.splice(i, 1);
			return;
		}
		const fresh = this.spawn();
		this.slots[i] = fresh;
		this.next(fresh);
	}

	private next(slot: Slot<T, R>): void {
		if (slot.busy || slot.retired) return;
		const job = this.queue.shift();
		if (!job) return;
		slot.busy = job;
		slot.worker.ref();
		const ms = this.opts.timeoutMs;
		if (ms && ms > 0) slot.timer = setTimeout(() => this.replace(slot, new TaskTimeout(ms)), ms);
		slot.worker.postMessage({ task: job.task });
	}

	run(task: T): Promise<R> {
		if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
		return new Promise<R>((resolve, reject) => {
			this.queue.push({ task, resolve, reject });
			const idle = this.slots.find((s) => !s.busy && !s.retired);
			if (idle) this.next(idle);
		});
	}

	/** Stop all workers; queued tasks are rejected. */
	async close(): Promise<void> {
		this.closed = true;
		for (const job of this.queue.splice(0)) job.reject(new Error('the analysis pool is closed'));
		await Promise.all(
			this.slots.map((s) => {
				s.retired = true;
				return s.worker.terminate();
			})
		);
	}
}
