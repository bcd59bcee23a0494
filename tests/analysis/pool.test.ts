import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { TaskTimeout, WorkerCrashed, WorkerPool } from '../../analysis/pool.js';
import { tempDir } from '../temp-dir.js';

// A stand-in worker with the pool's message protocol: numbers are doubled, words misbehave.
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ task }) => {
	if (task === 'spin') for (;;) {}
	if (task === 'exit') process.exit(3);
	if (task === 'throw') throw new Error('thrown outside the handler');
	if (task === 'refuse') return parentPort.postMessage({ ok: false, error: 'bad input' });
	if (task === 'hog') {
		const keep = [];
		for (let i = 0; i < 3e6; i++) keep.push({ i, s: 'x' + i });
		return parentPort.postMessage({ ok: true, result: keep.length });
	}
	parentPort.postMessage({ ok: true, result: task * 2 });
});
`;

let file: string;
let pool: WorkerPool<unknown, number>;
beforeAll(() => {
	file = path.join(tempDir('pool'), 'worker.mjs');
	fs.writeFileSync(file, WORKER);
	pool = new WorkerPool({ file, size: 2, timeoutMs: 1500 });
});
afterAll(() => pool.close());

describe('WorkerPool', () => {
	it('returns each result to its own caller, whatever the order they finish in', async () => {
		const inputs = Array.from({ length: 40 }, (_, i) => i);
		expect(await Promise.all(inputs.map((i) => pool.run(i)))).toEqual(inputs.map((i) => i * 2));
	});

	// Each failure fails its own task only, with the reason, and the pool keeps working afterwards.
	const failures: [string, unknown, RegExp, (new (...a: never[]) => Error) | null][] = [
		['a task over the time limit', 'spin', /analysis took too long \(stopped after 1\.5 s\)/, TaskTimeout],
		['a worker that exits', 'exit', /analysis stopped unexpectedly \(worker exited with code 3\)/, WorkerCrashed],
		['a worker that throws', 'throw', /analysis stopped unexpectedly \(thrown outside the handler\)/, WorkerCrashed],
		['a refused input', 'refuse', /^bad input$/, null]
	];
	it.each(failures)('%s', async (_name, task, message, type) => {
		const others = [1, 2, 3].map((i) => pool.run(i));
		const bad = pool.run(task);
		const after = [4, 5, 6].map((i) => pool.run(i));
		await expect(bad).rejects.toThrow(message);
		if (type) await expect(bad).rejects.toBeInstanceOf(type);
		expect(await Promise.all([...others, ...after])).toEqual([2, 4, 6, 8, 10, 12]);
		expect(pool.size).toBe(2);
	});

	it('a task that outgrows a capped heap runs again once without the cap; the others are unaffected', async () => {
		const capped = new WorkerPool<unknown, number>({ file, size: 1, maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 });
		try {
			const results = await Promise.all([capped.run(1), capped.run('hog'), capped.run(2)]);
			expect(results).toEqual([2, 3e6, 4]);
			expect(capped.size).toBe(1);
		} finally {
			await capped.close();
		}
	});

	it('a closed pool refuses work and rejects what was queued', async () => {
		const p = new WorkerPool<unknown, number>({ file, size: 1 });
		const busy = p.run('spin');
		const queued = p.run(1);
		busy.catch(() => {});
		queued.catch(() => {});
		await p.close();
		await expect(queued).rejects.toThrow(/closed/);
		await expect(p.run(2)).rejects.toThrow(/closed/);
	});
});
