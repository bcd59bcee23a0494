// The routes' server side as SvelteKit calls it: hooks.server.ts's handle (roles, the participant
// 403, security headers) and the form actions, with real requests against a real store in a temp
// folder. Fast, and it reaches what a browser test cannot set up (an analysis that fails).
import { beforeEach, describe, expect, it } from 'vitest';
import * as api from '../../src/lib/server/index.js';
import { articleLimiter, fetchLimiter } from '../../src/lib/server/rate-limit.js';
import { lanAddresses } from '../../src/lib/server/network.js';
import { handle } from '../../src/hooks.server.js';
import { actions as addActions } from '../../src/routes/c/[collection]/add/+page.server.js';
import { actions as editActions } from '../../src/routes/c/[collection]/a/[article]/edit/+page.server.js';
import { actions as manageActions } from '../../src/routes/c/[collection]/manage/+page.server.js';
import { actions as collectionActions } from '../../src/routes/collections/+page.server.js';
import { load as facilitatorLoad } from '../../src/routes/facilitator/+page.server.js';
import { load as joinLoad } from '../../src/routes/join/+page.server.js';
import { loadOverview } from '../../src/routes/c/[collection]/overview.server.js';
import { load as articleLoad } from '../../src/routes/c/[collection]/a/[article]/+page.server.js';
import { ARTICLE_A, ARTICLE_B, appStore } from './helpers.js';
import { event, run, type Cookie } from './kit-event.js';

// (analysis on the calling thread: these tests read results synchronously; the worker path has its own tests)
appStore();

beforeEach(() => {
	articleLimiter.reset();
	fetchLimiter.reset();
});

const ok = async () => new Response('<p>page</p>', { headers: { 'content-type': 'text/html' } });

describe('hooks: roles and the participant 403', () => {
	it('sends the anti-framing headers with every page', async () => {
		const e = event('http://localhost:3000/collections', { route: '/collections' });
		const res = await handle({ event: e, resolve: ok });
		expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
		expect(res.headers.get('x-frame-options')).toBe('DENY');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it.each([
		['the machine itself at localhost', 'http://localhost:3000/collections', '127.0.0.1', {}, 'facilitator'],
		['the machine itself at 127.0.0.1', 'http://127.0.0.1:3000/collections', '127.0.0.1', {}, 'facilitator'],
		['a phone on the network', 'http://192.168.1.23:3000/collections', '192.168.1.50', {}, 'participant'],
		['loopback sent to a foreign name (DNS rebinding)', 'http://evil.example.com:3000/collections', '127.0.0.1', {}, 'participant']
	] as const)('%s is the %s', async (_name, url, client, jar, role) => {
		const e = event(url, { route: '/collections', client, jar: { ...jar } });
		await handle({ event: e, resolve: ok });
		expect(e.locals.role).toBe(role);
		expect(e.locals.client).toBe(client);
	});

	it('a phone with the current token cookie is the facilitator; after a rotation it is not', async () => {
		const token = api.getFacilitatorToken();
		const e = event('http://192.168.1.23:3000/collections', { route: '/collections', client: '192.168.1.50', jar: { slant_facilitator: token } });
		await handle({ event: e, resolve: ok });
		expect(e.locals.role).toBe('facilitator');
		api.rotateFacilitatorToken();
		const again = event('http://192.168.1.23:3000/collections', { route: '/collections', client: '192.168.1.50', jar: { slant_facilitator: token } });
		await handle({ event: again, resolve: ok });
		expect(again.locals.role).toBe('participant');
	});

	it('refuses every write of a participant with 403 and a message, before any action runs', async () => {
		const writes: [string, string][] = [
			['/collections', '?/create'],
			['/c/[collection]/add', '?/paste'],
			['/c/[collection]/add', '?/upload'],
			['/c/[collection]/add', '?/url'],
			['/c/[collection]', '?/addTerm'],
			['/c/[collection]', '?/reset'],
			['/c/[collection]/manage', '?/rename'],
			['/c/[collection]/manage', '?/deleteArticle'],
			['/c/[collection]/manage', '?/deleteCollection'],
			['/c/[collection]/a/[article]/edit', '?/save'],
			['/c/[collection]/a/[article]/edit', '?/delete'],
			['/facilitator', '?/rotate']
		];
		for (const [route, search] of writes) {
			let resolved = false;
			const e = event(`http://192.168.1.23:3000/x${search}`, { route, client: '192.168.1.50', form: { name: 'x' } });
			const r = await run(() =>
				handle({
					event: e,
					resolve: async () => {
						resolved = true;
						return new Response('ran');
					}
				})
			);
			expect(r, `${route}${search}`).toMatchObject({ kind: 'http', status: 403 });
			expect(String(r.data?.message)).toMatch(/^Only the facilitator can /);
			expect(resolved).toBe(false);
		}
		// Reading is fine.
		const read = event('http://192.168.1.23:3000/collections', { route: '/collections', client: '192.168.1.50' });
		expect((await handle({ event: read, resolve: ok })).status).toBe(200);
	});
});

describe('actions', () => {
	it('an article action checks the article belongs to the collection in the URL', async () => {
		const a = api.createCollection({ name: 'A' });
		const b = api.createCollection({ name: 'B' });
		const art = await api.addArticle(a.id, { outlet: 'Herald', title: 'Kept', content: ARTICLE_A });
		const at = (action: string, form?: Record<string, string>) =>
			event(`http://localhost/c/${b.id}/a/${art.id}/edit?/${action}`, {
				route: '/c/[collection]/a/[article]/edit',
				params: { collection: b.id, article: art.id },
				form: form ?? {},
				role: 'facilitator'
			});
		const save = await run(() => editActions.save(at('save', { outlet: 'Hijacked', title: '', date: '', url: '', kind: 'news', note: '' }) as never));
		expect(save).toMatchObject({ kind: 'fail', status: 404 });
		const del = await run(() => editActions.delete(at('delete') as never));
		expect(del).toMatchObject({ kind: 'fail', status: 404 });
		const viaManage = await run(() =>
			manageActions.deleteArticle(
				event(`http://localhost/c/${b.id}/manage?/deleteArticle`, { route: '/c/[collection]/manage', params: { collection: b.id }, form: { id: art.id }, role: 'facilitator' }) as never
			)
		);
		expect(viaManage).toMatchObject({ kind: 'fail', status: 404 });
		expect(api.getArticle(art.id)).toMatchObject({ outlet: 'Herald', collectionId: a.id });
	});

	it('a failed form keeps what was typed and says why', async () => {
		const r = await run(() =>
			collectionActions.create(event('http://localhost/collections?/create', { route: '/collections', form: { name: '<b>x</b>', description: 'typed' }, role: 'facilitator' }) as never)
		);
		expect(r).toMatchObject({ kind: 'fail', status: 400, data: { form: 'create', values: { name: '<b>x</b>', description: 'typed' } } });
		expect(String(r.data?.error)).toMatch(/collection name: must not contain HTML/);
	});

	it('adding articles is rate-limited per client', async () => {
		process.env.SLANT_ADD_LIMIT = '2/3600';
		try {
			const c = api.createCollection({ name: 'Rate' });
			const paste = (client: string, content: string) =>
				run(() =>
					addActions.paste(
						event(`http://localhost/c/${c.id}/add?/paste`, { route: '/c/[collection]/add', params: { collection: c.id }, form: { outlet: 'O', content }, client, role: 'facilitator' }) as never
					)
				);
			expect(await paste('10.0.0.1', ARTICLE_A)).toMatchObject({ kind: 'redirect' });
			expect(await paste('10.0.0.1', ARTICLE_B)).toMatchObject({ kind: 'redirect' });
			const third = await paste('10.0.0.1', 'A third article about the council, entirely new. The councillors met on Monday evening and argued for three hours about the library budget before adjourning.');
			expect(third).toMatchObject({ kind: 'fail', status: 429 });
			expect(String(third.data?.error)).toMatch(/Too many articles added from this device: at most 2 in an hour/);
			// A refused duplicate does not count, and another client has its own allowance.
			expect(await paste('10.0.0.2', ARTICLE_A)).toMatchObject({ kind: 'fail', status: 400 });
			expect(await paste('10.0.0.2', 'Yet another article about the council budget. The mayor told reporters on Friday that the city would keep every branch library open through the winter.')).toMatchObject({ kind: 'redirect' });
		} finally {
			delete process.env.SLANT_ADD_LIMIT;
		}
	});

	it('fetching URLs is rate-limited per client', async () => {
		process.env.SLANT_FETCH_LIMIT = '1/600';
		try {
			const c = api.createCollection({ name: 'Fetch' });
			const url = (client: string) =>
				run(() =>
					addActions.url(
						event(`http://localhost/c/${c.id}/add?/url`, { route: '/c/[collection]/add', params: { collection: c.id }, form: { url: 'http://127.0.0.1/x' }, client, role: 'facilitator' }) as never
					)
				);
			expect(await url('10.0.0.3')).toMatchObject({ kind: 'fail', status: 400 }); // refused: local address
			const second = await url('10.0.0.3');
			expect(second).toMatchObject({ kind: 'fail', status: 429 });
			expect(String(second.data?.error)).toMatch(/Too many pages fetched from this device/);
		} finally {
			delete process.env.SLANT_FETCH_LIMIT;
		}
	});
});

describe('pages', () => {
	it('an article whose analysis fails is named on the overview with its error and left out of the charts', async () => {
		const c = api.createCollection({ name: 'Failing' });
		// Saved unanalysed (the store's own add), so the failing engine below is the one that reads them.
		api.getStore().addArticle(c.id, { outlet: 'Good Times', content: ARTICLE_A });
		const bad = api.getStore().addArticle(c.id, { outlet: 'Broken Post', title: 'It breaks', content: `${ARTICLE_B}\n\nBOOM-TRIGGER` });
		const engine = api.getStore().engine as { analyse: (...args: never[]) => unknown };
		const real = engine.analyse;
		engine.analyse = ((input: { text?: string }, lexicon: never, changes: never) => {
			if (input.text?.includes('BOOM-TRIGGER')) throw new Error('the tokeniser gave up');
			return (real as (a: unknown, b: unknown, c: unknown) => unknown)(input, lexicon, changes);
		}) as never;
		try {
			const data = loadOverview({ collection: c.id });
			expect(data.failed).toEqual([{ id: bad.id, outlet: 'Broken Post', title: 'It breaks', error: 'the tokeniser gave up', reason: 'error' }]);
			expect(data.analysedCount).toBe(1);
			expect(data.overview.outlets.map((o) => o.outlet)).toEqual(['Good Times']);
			// Its own page says why, instead of failing with a 500.
			const page = (await articleLoad({ params: { collection: c.id, article: bad.id }, url: new URL(`http://localhost/c/${c.id}/a/${bad.id}`) } as never)) as {
				article: unknown;
				failure: { outlet: string; title: string; error: string };
			};
			expect(page.article).toBeNull();
			expect(page.failure).toMatchObject({ outlet: 'Broken Post', title: 'It breaks', error: 'the tokeniser gave up' });
		} finally {
			engine.analyse = real;
		}
	});

	// eighth newcomer pass: a copy pasted with one more line was added, and nothing said so
	it('an article just added that carries another’s text says so, on its page and on the overview', async () => {
		const c = api.createCollection({ name: 'Copies' });
		// (long enough to tell one text from another: analysis/same-text.ts MIN_WORDS)
		const body = `${ARTICLE_A}\n\nThe plan was drafted over two years by a panel of twelve experts from four universities, who met in the capital every month to weigh its costs against its benefits for families.`;
		const first = api.getStore().addArticle(c.id, { outlet: 'Herald', title: 'Policy passes', content: body });
		const copy = api.getStore().addArticle(c.id, { outlet: 'Courier', title: 'Policy passes again', content: `Watch: the morning show\n\n${body}` });
		const other = api.getStore().addArticle(c.id, { outlet: 'Gazette', content: ARTICLE_B });
		const pageOf = async (id: string, query: string) =>
			(await articleLoad({ params: { collection: c.id, article: id }, url: new URL(`http://localhost/c/${c.id}/a/${id}${query}`), locals: { role: 'facilitator' } } as never)) as { sameAs: { id: string; outlet: string; percent: number }[] };
		expect((await pageOf(copy.id, '?added=1')).sameAs).toEqual([{ id: first.id, outlet: 'Herald', title: 'Policy passes', percent: 100 }]);
		expect((await pageOf(first.id, '?added=1')).sameAs.map((x) => x.outlet)).toEqual(['Courier']);
		expect((await pageOf(other.id, '?added=1')).sameAs).toEqual([]);
		// (only when just added: the overview names the pair the rest of the time)
		expect((await pageOf(copy.id, '')).sameAs).toEqual([]);
		expect(loadOverview({ collection: c.id }).overview.sameText).toEqual([{ a: first.id, b: copy.id, shared: 1 }]);
	});

	// twelfth newcomer pass: a WSJ teaser of 92 words was charted as "No quotes found" beside full
	// articles; its cut-off warning was on its own page only
	it('an article whose text may be cut off is marked on the overview; a whole one is not', () => {
		const c = api.createCollection({ name: 'Teasers' });
		const teaser = api.getStore().addArticle(c.id, { outlet: 'Ledger', title: 'Football violence', content: 'Was it a crime? Mr. Garrett swung the helmet at the quarterback, and the league suspended him for the rest of the season. Prosecutors said…' });
		const whole = api.getStore().addArticle(c.id, { outlet: 'Herald', content: ARTICLE_A });
		const cards = loadOverview({ collection: c.id }).overview.articles;
		expect(cards.find((a) => a.id === teaser.id)?.cutOff).toMatch(/^The text may be cut off/);
		expect(cards.find((a) => a.id === whole.id)?.cutOff).toBeUndefined();
	});

	it('the facilitator link sets a cookie (not Secure over plain HTTP) and leaves the address bar', async () => {
		const token = api.getFacilitatorToken();
		const jar: Cookie = {};
		const set: { name: string; value: string; opts: Record<string, unknown> }[] = [];
		const e = event(`http://192.168.1.23:3000/facilitator?key=${token}`, { route: '/facilitator', client: '192.168.1.50', jar, role: 'participant' });
		(e.cookies as unknown as { set: unknown }).set = (name: string, value: string, opts: Record<string, unknown>) => set.push({ name, value, opts });
		const r = await run(() => facilitatorLoad(e as never));
		expect(r).toMatchObject({ kind: 'redirect', location: '/facilitator?welcome=1' });
		expect(set).toEqual([{ name: 'slant_facilitator', value: token, opts: expect.objectContaining({ httpOnly: true, secure: false, sameSite: 'lax', path: '/' }) }]);
		const stale = await run(() => facilitatorLoad(event('http://192.168.1.23:3000/facilitator?key=old', { route: '/facilitator', client: '192.168.1.50', role: 'participant' }) as never));
		expect(stale).toMatchObject({ kind: 'ok', value: { state: 'invalid-link' } });
	});

	it('the join page advertises a room address for the chosen collection, with a QR code', async () => {
		const c = api.createCollection({ name: 'Join me' });
		const r = (await joinLoad(event(`http://localhost:3000/join?c=${c.id}`, { route: '/join', role: 'facilitator' }) as never)) as { address: string; qr: string; chosen: string; origins: { origin: string }[] };
		expect(r.chosen).toBe(c.id);
		expect(r.address).toMatch(new RegExp(`/c/${c.id}$`));
		// Opened at localhost, it advertises the machine's network address (or, offline, says so).
		if (lanAddresses().length) expect(r.address).not.toMatch(/localhost/);
		else expect((r as unknown as { warning: string }).warning).toMatch(/no network address/);
		expect(r.qr).toMatch(/^data:image\/png;base64,/);
		// An address not in the list cannot be forced into the QR code.
		const forced = (await joinLoad(event(`http://localhost:3000/join?at=${encodeURIComponent('http://evil.example')}`, { route: '/join', role: 'participant' }) as never)) as { address: string };
		expect(forced.address).not.toMatch(/evil/);
	});
});
