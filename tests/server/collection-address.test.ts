// The address participants type from the join page: a new collection's id is lower case, with no
// letters or digits one misreads on a projector, and an older id typed in another case still opens
// its collection (third newcomer pass: "aP_h1VqMmcPr" typed in lower case gave a 404).
import { describe, expect, it } from 'vitest';
import * as api from '../../src/lib/server/index.js';
import { newCollectionId } from '../../src/lib/server/store-rows.js';
import { load } from '../../src/routes/c/[collection]/+layout.server.js';
import { run } from './kit-event.js';
import { appStore } from './helpers.js';

/** An id as collections made before ids were lower case have it. */
const OLD = 'aP_h1VqMmcPr';

appStore(() => {
	const c = api.createCollection({ name: 'Old' });
	api.getStore().db.prepare('UPDATE collections SET id = ? WHERE id = ?').run(OLD, c.id);
});

const layout = (typed: string, rest = '') =>
	run(() => load({ params: { collection: typed }, locals: { role: 'participant' }, depends: () => {}, url: new URL(`http://192.168.1.23:3000/c/${typed}${rest}?q=1`) } as never));

describe('a collection’s address', () => {
	it('a new id is 12 characters, none of them easy to misread', () => {
		const ids = Array.from({ length: 500 }, newCollectionId);
		for (const id of ids) expect(id).toMatch(/^[2-9a-hjkmnp-z]{12}$/);
		expect(new Set(ids).size).toBe(500);
		expect(api.createCollection({ name: 'Duvet week' }).id).toMatch(/^[2-9a-hjkmnp-z]{12}$/);
	});

	it.each([
		['as given', OLD, '', { kind: 'ok' }],
		['typed in lower case: to its own address, the rest of the path kept', OLD.toLowerCase(), '/a/xyz', { kind: 'redirect', location: `/c/${OLD}/a/xyz?q=1` }],
		['typed in capitals', OLD.toUpperCase(), '', { kind: 'redirect', location: `/c/${OLD}?q=1` }],
		['an address no collection has', 'nothing-here', '', { kind: 'http', status: 404 }]
	] as const)('%s', async (_n, typed, rest, expected) => {
		const r = await layout(typed, rest);
		expect(r.kind).toBe(expected.kind);
		if ('location' in expected) expect((r as { location?: string }).location).toBe(expected.location);
		if ('status' in expected) expect(r.status).toBe(expected.status);
	});
});
