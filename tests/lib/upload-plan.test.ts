// Which chosen files one upload sends (src/lib/upload-plan.ts): a file over the article limit is
// named instead of sent, so it cannot sink the batch; files go in order until the request limit.
import { describe, expect, it } from 'vitest';
import { FORM_OVERHEAD, PART_OVERHEAD, parseSkipped, planUpload } from '../../src/lib/upload-plan';

const MB = 1024 * 1024;
const f = (name: string, mb: number) => ({ name, size: Math.round(mb * MB) });

describe('planUpload', () => {
	it.each([
		['nothing chosen', [], 5, 16, [], []],
		['all fit', [f('a.txt', 1), f('b.txt', 2)], 5, 16, ['a.txt', 'b.txt'], []],
		['one file over the article limit is named, the others sent', [f('a.txt', 0.1), f('huge.txt', 6), f('b.txt', 0.2)], 5, 16, ['a.txt', 'b.txt'], [['huge.txt', 'too-big', 1]]],
		['exactly the limit is sent', [f('edge.txt', 5)], 5, 16, ['edge.txt'], []],
		['only a big file: nothing sent, it is named', [f('huge.txt', 6)], 5, 16, [], [['huge.txt', 'too-big', 0]]],
		['past the request limit: the first files that fit go, the rest are named', [f('a.txt', 4.5), f('b.txt', 4.5), f('c.txt', 4.5), f('d.txt', 4.5)], 5, 16, ['a.txt', 'b.txt', 'c.txt'], [['d.txt', 'request-full', 3]]],
		['a small file after a full request still fits', [f('a.txt', 4.9), f('b.txt', 4.9), f('c.txt', 4.9), f('d.txt', 4.9), f('e.txt', 0.01)], 5, 16, ['a.txt', 'b.txt', 'c.txt', 'e.txt'], [['d.txt', 'request-full', 3]]]
	] as const)('%s', (_name, files, maxMb, requestMb, send, skipped) => {
		const plan = planUpload(files, maxMb * MB, requestMb * MB);
		expect(plan.send.map((x) => x.name)).toEqual(send);
		expect(plan.skipped.map((s) => [s.name, s.reason, s.at])).toEqual(skipped);
	});

	it('what it sends never passes the request limit', () => {
		const files = Array.from({ length: 40 }, (_, i) => f(`f${i}.txt`, ((i * 7) % 11) / 3));
		const limit = 16 * MB;
		const plan = planUpload(files, 5 * MB, limit);
		const total = FORM_OVERHEAD + plan.send.reduce((n, x) => n + x.size + PART_OVERHEAD + x.name.length * 3, 0);
		expect(total).toBeLessThanOrEqual(limit);
		expect(plan.send.length + plan.skipped.length).toBe(files.length);
	});
});

describe('parseSkipped: a form field the server reads back', () => {
	it.each([
		['a good entry', JSON.stringify({ name: 'huge.txt', size: 6 * MB, reason: 'too-big', at: 2 }), { name: 'huge.txt', size: 6 * MB, reason: 'too-big', at: 2 }],
		['no place: last', JSON.stringify({ name: 'x.txt', size: 1, reason: 'request-full' }), { name: 'x.txt', size: 1, reason: 'request-full', at: Number.MAX_SAFE_INTEGER }],
		['an unknown reason', JSON.stringify({ name: 'x.txt', size: 1, reason: 'other' }), null],
		['no name', JSON.stringify({ name: ' ', size: 1, reason: 'too-big' }), null],
		['a negative size', JSON.stringify({ name: 'x.txt', size: -1, reason: 'too-big' }), null],
		['not JSON', 'huge.txt', null],
		['not text', 42, null]
	] as const)('%s', (_name, value, expected) => {
		expect(parseSkipped(value)).toEqual(expected);
	});
});
