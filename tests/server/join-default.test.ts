// Which collection the join page's QR code opens by default: the one the facilitator came from, else
// their own most recently changed one, and the example only when they have none with articles.
import { describe, expect, it } from 'vitest';
import { caseFixedPath, defaultJoinCollection } from '../../src/lib/server/join.js';
import type { CollectionSummary } from '../../src/lib/server/types.js';

const c = (id: string, updatedAt: string, articleCount: number, isSeed = false): CollectionSummary => ({
	id,
	name: id,
	description: '',
	isSeed,
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt,
	articleCount
});
const seeds = c('seeds', '2026-11-30T09:00:00.000Z', 5, true);
const older = c('older', '2026-11-20T10:00:00.000Z', 4);
const newest = c('newest', '2026-11-29T10:00:00.000Z', 3);
const empty = c('empty', '2026-11-30T10:00:00.000Z', 0);

describe('defaultJoinCollection', () => {
	it.each([
		['the collection asked for', [seeds, older, newest], 'older', 'older'],
		['the example, when asked for', [seeds, older, newest], 'seeds', 'seeds'],
		['an unknown one asked for: the newest own collection', [seeds, older, newest], 'gone', 'newest'],
		['nothing asked: the newest own collection, not the example (even if the example changed later)', [seeds, older, newest], null, 'newest'],
		['an empty new collection is passed over', [seeds, empty, older], null, 'older'],
		['only the example and empty ones: the example', [seeds, empty], null, 'seeds'],
		['no example, only an empty one', [empty], null, 'empty'],
		['nothing at all', [], null, null]
	] as const)('%s', (_name, list, asked, expected) => {
		expect(defaultJoinCollection([...list], asked)).toBe(expected);
	});
});

// A join address typed with the code in the wrong case still reaches the collection.
describe('caseFixedPath', () => {
	const ids = ['BemNjFB4wXLX', 'seeds', 'AbC', 'aBc'];
	const exists = (id: string) => ids.includes(id);
	const list = () => ids.map((id) => ({ id }));
	const rows: [string, string | null][] = [
		['/c/bemnjfb4wxlx', '/c/BemNjFB4wXLX'],
		['/c/BEMNJFB4WXLX/predict', '/c/BemNjFB4wXLX/predict'],
		['/c/BemNjFB4wXLX/predict', null], // exact: nothing to fix
		['/c/seeds', null],
		['/c/abc', null], // two collections differ only by case: no guess
		['/c/nothing', null],
		['/join', null],
		['/c/%E0%A4', null] // a malformed code is left to the route's 404
	];
	it.each(rows)('%s -> %s', (path, want) => {
		expect(caseFixedPath(path, exists, list)).toBe(want);
	});
});
