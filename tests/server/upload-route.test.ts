// The upload action with a batch that holds a file over the size limit: sent (no JavaScript) or
// named by the browser instead of sent (upload-plan.ts), the big file gets its own result with the
// reason and every good file of the batch is still added.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/lib/server/index.js';
import { articleLimiter } from '../../src/lib/server/rate-limit.js';
import { actions as addActions } from '../../src/routes/c/[collection]/add/+page.server.js';
import { ARTICLE_A, ARTICLE_B, appStore } from './helpers.js';
import { event, run } from './kit-event.js';

appStore(() => {
	process.env.SLANT_MAX_BYTES = String(64 * 1024);
	articleLimiter.reset?.();
});

type Part = { name: string; text: string } | { skipped: object };

async function upload(collection: string, parts: Part[]) {
	const fd = new FormData();
	for (const p of parts) {
		if ('skipped' in p) fd.append('skipped', JSON.stringify(p.skipped));
		else fd.append('files', new File([p.text], p.name, { type: 'text/plain' }));
	}
	const url = `http://localhost/c/${collection}/add?/upload`;
	const e = event(url, { route: '/c/[collection]/add', params: { collection }, role: 'facilitator', client: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
	(e as { request: Request }).request = new Request(url, { method: 'POST', body: fd, headers: { origin: 'http://localhost' } });
	return run(() => addActions.upload(e as never));
}

const big = 'word '.repeat(20_000); // 100 KB, over the 64 KB limit these tests set

describe('a batch with a file over the size limit', () => {
	it.each([
		[
			'sent along (no JavaScript): refused on its own, the others added',
			[{ name: 'herald.txt', text: ARTICLE_A }, { name: 'huge.txt', text: big }, { name: 'post.txt', text: ARTICLE_B }],
			[['herald.txt', true], ['huge.txt', /^huge\.txt: is 98 KB, over the 64 KB limit$/], ['post.txt', true]]
		],
		[
			'named by the browser instead of sent: listed in its place with the reason',
			[{ name: 'herald.txt', text: ARTICLE_A }, { skipped: { name: 'huge.txt', size: 6 * 1024 * 1024, reason: 'too-big', at: 1 } }, { name: 'post.txt', text: ARTICLE_B }],
			[['herald.txt', true], ['huge.txt', /^huge\.txt: is 6\.0 MB, over the 64 KB limit for one article, so it was not sent/], ['post.txt', true]]
		],
		[
			'past what one request carries: named, upload it again',
			[{ name: 'herald.txt', text: ARTICLE_A }, { name: 'post.txt', text: ARTICLE_B }, { skipped: { name: 'late.txt', size: 60_000, reason: 'request-full', at: 2 } }],
			[['herald.txt', true], ['post.txt', true], ['late.txt', /^late\.txt: not sent: .*Upload it again on its own\.$/]]
		]
	] as const)('%s', async (_name, parts, expected) => {
		const c = api.createCollection({ name: 'Batch' });
		const r = await upload(c.id, parts as unknown as Part[]);
		expect(r.kind).toBe('ok');
		const out = r.value as { results: { name: string; ok: boolean; error?: string }[] };
		expect(out.results.map((x) => x.name)).toEqual(expected.map(([n]) => n));
		out.results.forEach((x, i) => {
			const want = expected[i][1];
			if (want === true) expect(x.ok).toBe(true);
			else expect(x.error).toMatch(want);
		});
		expect(api.listArticles(c.id).map((a) => a.outlet)).toEqual(['herald', 'post']);
	});

	it('only a big file: nothing is added, and the form says which file and why', async () => {
		const c = api.createCollection({ name: 'Only big' });
		const r = await upload(c.id, [{ skipped: { name: 'huge.txt', size: 6 * 1024 * 1024, reason: 'too-big', at: 0 } }]);
		expect(r).toMatchObject({ kind: 'fail', status: 400 });
		expect((r.data?.results as { error: string }[])[0].error).toMatch(/^huge\.txt: is 6\.0 MB/);
		expect(api.listArticles(c.id)).toEqual([]);
	});
});
