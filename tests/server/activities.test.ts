// Workshop activities on the server: snapshots (storage, tokens, frozen content) and the routes of
// predict-then-reveal and snapshots as SvelteKit calls them (roles, what a participant may see and
// do, the CSV export), against a real store in a temp folder.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/lib/server/index.js';
import { Snapshots, isSnapshotToken, newSnapshotToken, MAX_SNAPSHOTS } from '../../src/lib/server/snapshots.js';
import { NotFoundError } from '../../src/lib/server/errors.js';
import { handle } from '../../src/hooks.server.js';
import { loadPredict, predictActions } from '../../src/routes/c/[collection]/predict/predict.server.js';
import { GET as resultsCsv } from '../../src/routes/c/[collection]/predict/results.csv/+server.js';
import { actions as manageActions } from '../../src/routes/c/[collection]/manage/+page.server.js';
import { facilitatorActions } from '../../src/routes/c/[collection]/overview.server.js';
import { buildSnapshot } from '../../src/routes/c/[collection]/snapshot.server.js';
import { load as snapshotLayout } from '../../src/routes/s/[token]/+layout.server.js';
import { load as snapshotOverview } from '../../src/routes/s/[token]/+page.server.js';
import { load as snapshotArticle } from '../../src/routes/s/[token]/a/[article]/+page.server.js';
import { ARTICLE_A, ARTICLE_B, appStore, store } from './helpers.js';
import { event, run, type Cookie } from './kit-event.js';

let cid = '';

// (analysis on the calling thread: these tests read results synchronously; the worker path has its own tests)
appStore(() => {
	const c = api.createCollection({ name: 'Policy week' });
	cid = c.id;
	api.addArticle(cid, { outlet: 'Herald', title: 'Policy passes', content: ARTICLE_A });
	api.addArticle(cid, { outlet: '=HYPERLINK("x")', title: 'Groups warn', content: ARTICLE_B });
});

const PHONE = '192.168.1.50';
const AT = 'http://192.168.1.23:3000';
const params = () => ({ collection: cid });

/** A request of `role` (set as hooks.server.ts would); `jar` keeps the device cookie between calls. */
function req(pathname: string, role: 'facilitator' | 'participant', opts: { route: string; form?: Record<string, string>; jar?: Cookie } = { route: '' }) {
	return event(`${AT}${pathname}`, { ...opts, params: params(), role, client: role === 'participant' ? PHONE : '127.0.0.1' });
}

// ---------------------------------------------------------------- snapshots: storage

describe('snapshot storage', () => {
	it('tokens are 144 random bits, base64url, and nothing else looks like one', () => {
		const tokens = new Set(Array.from({ length: 500 }, newSnapshotToken));
		expect(tokens.size).toBe(500);
		for (const t of tokens) {
			expect(isSnapshotToken(t)).toBe(true);
			expect(Buffer.from(t, 'base64url').length * 8).toBe(144);
		}
		for (const bad of ['', 'short', 'a'.repeat(23), 'a'.repeat(25), '../../etc/passwd0000000', 'aaaaaaaaaaaa aaaaaaaaaaa']) expect(isSnapshotToken(bad)).toBe(false);
	});

	it('stores, lists (newest first), reads back and deletes; gone means gone', () => {
		const s = store();
		const c = s.createCollection({ name: 'Snap' }).id;
		const snaps = new Snapshots(s.db);
		const a = snaps.create(c, 'Snap', { n: 1, text: 'é “quoted” ✓' }, new Date('2026-01-01T10:00:00Z'));
		const b = snaps.create(c, 'Snap', { n: 2 }, new Date('2026-01-02T10:00:00Z'));
		expect(snaps.list(c).map((x) => x.token)).toEqual([b.token, a.token]);
		expect(snaps.get<{ n: number; text: string }>(a.token).data).toEqual({ n: 1, text: 'é “quoted” ✓' });
		expect(snaps.get(a.token)).toMatchObject({ collectionId: c, collectionName: 'Snap', createdAt: '2026-01-01T10:00:00.000Z' });
		snaps.delete(c, a.token);
		expect(() => snaps.get(a.token)).toThrow(NotFoundError);
		expect(snaps.list(c).map((x) => x.token)).toEqual([b.token]);
	});

	it.each([
		['a token never issued', () => newSnapshotToken()],
		['a malformed token', () => 'not-a-token'],
		['an empty token', () => '']
	])('%s is not found', (_name, token) => {
		const snaps = new Snapshots(store().db);
		expect(() => snaps.get(token())).toThrow(NotFoundError);
	});

	// sixth newcomer pass: a token read off the projector and typed in lower case found nothing
	it('a token typed in the wrong case is the one stored; an exact, unknown or ambiguous one is not fixed', () => {
		const s = store();
		const c = s.createCollection({ name: 'Snap' }).id;
		const snaps = new Snapshots(s.db);
		const a = snaps.create(c, 'Snap', { n: 1 });
		const folded = a.token.toLowerCase() === a.token ? a.token.toUpperCase() : a.token.toLowerCase();
		expect(snaps.caseFixed(folded)).toBe(a.token);
		expect(snaps.caseFixed(a.token)).toBeNull();
		expect(snaps.caseFixed(newSnapshotToken())).toBeNull();
		expect(snaps.caseFixed('not-a-token')).toBeNull();
		// two stored tokens that differ only by case: neither is guessed
		const twin = a.token.replace(/[a-z]/, (ch) => ch.toUpperCase());
		if (twin !== a.token) {
			s.db.prepare('INSERT INTO snapshots (token, collection_id, collection_name, created_at, bytes, data) SELECT ?, collection_id, collection_name, created_at, bytes, data FROM snapshots WHERE token = ?').run(twin, a.token);
			expect(snaps.caseFixed(folded)).toBeNull();
		}
	});

	it('a snapshot is deleted only from its own collection', () => {
		const s = store();
		const c1 = s.createCollection({ name: 'One' }).id;
		const c2 = s.createCollection({ name: 'Two' }).id;
		const snaps = new Snapshots(s.db);
		const x = snaps.create(c1, 'One', {});
		expect(() => snaps.delete(c2, x.token)).toThrow(NotFoundError);
		expect(snaps.get(x.token).token).toBe(x.token);
	});

	it('deleting the collection deletes its snapshots, even ones already read', () => {
		const s = store();
		const c = s.createCollection({ name: 'Gone' }).id;
		const snaps = new Snapshots(s.db);
		const x = snaps.create(c, 'Gone', { v: 1 });
		snaps.get(x.token);
		s.deleteCollection(c);
		expect(() => snaps.get(x.token)).toThrow(NotFoundError);
	});

	it(`keeps at most ${MAX_SNAPSHOTS} per collection, with a message`, () => {
		const s = store();
		const c = s.createCollection({ name: 'Many' }).id;
		const snaps = new Snapshots(s.db);
		for (let i = 0; i < MAX_SNAPSHOTS; i++) snaps.create(c, 'Many', { i });
		expect(() => snaps.create(c, 'Many', {})).toThrow(/snapshot: would make more than 50 .*delete old ones first/);
	});
});

// ---------------------------------------------------------------- snapshots: frozen content

describe('a snapshot stays as it was', () => {
	it('through a lexicon edit, a speaker merge and an article edit, while the live collection changes', async () => {
		const taken = await run(() => manageActions.snapshot(req(`/c/${cid}/manage?/snapshot`, 'facilitator', { route: '/c/[collection]/manage', form: {} }) as never));
		expect(taken.kind).toBe('ok');
		const token = (taken.value as { token: string }).token;
		const before = snapshotOverview({ params: { token } } as never);
		const liveBefore = buildSnapshot(cid).data;
		expect(JSON.stringify(before.overview.outlets)).toBe(JSON.stringify(liveBefore.overview.outlets));

		// Later: a new loaded term, a speaker merged, an outlet renamed.
		const herald = liveBefore.overview.outlets.find((r) => r.outlet === 'Herald')!;
		const speaker = liveBefore.articles.flatMap((a) => a.speakers)[0]?.speaker;
		expect(speaker).toBeTruthy();
		await run(() => facilitatorActions.addTerm(req(`/c/${cid}?/addTerm`, 'facilitator', { route: '/c/[collection]', form: { term: 'policy', category: 'label' } }) as never));
		await run(() => facilitatorActions.merge(req(`/c/${cid}?/merge`, 'facilitator', { route: '/c/[collection]', form: { from: speaker!, into: 'Somebody Else' } }) as never));
		api.updateArticle(herald.articles[0], { outlet: 'Herald Renamed' }, cid);

		const live = buildSnapshot(cid).data;
		expect(live.overview.outlets.map((r) => r.outlet)).toContain('Herald Renamed');
		expect(live.overview.outlets.reduce((s, r) => s + r.loaded.counts.total, 0)).toBeGreaterThan(liveBefore.overview.outlets.reduce((s, r) => s + r.loaded.counts.total, 0));
		expect(JSON.stringify(live.articles)).toContain('Somebody Else');

		const after = snapshotOverview({ params: { token } } as never);
		expect(after.overview).toEqual(before.overview);
		const article = await snapshotArticle({ params: { token, article: herald.articles[0] }, url: new URL(`${AT}/s/${token}/a/x`) } as never);
		expect(article.article.outlet).toBe('Herald');
		expect(JSON.stringify(article.article)).not.toContain('Somebody Else');
		expect(article.article.loaded.some((t) => t.term === 'policy')).toBe(false);
		const layout = snapshotLayout({ params: { token }, setHeaders: () => {} } as never);
		expect(layout.snapshot).toMatchObject({ collectionName: 'Policy week', articleCount: 2, changes: { added: [], merges: [] } });

		// A second snapshot now carries the changes, and says so.
		const again = await run(() => manageActions.snapshot(req(`/c/${cid}/manage?/snapshot`, 'facilitator', { route: '/c/[collection]/manage', form: {} }) as never));
		const l2 = snapshotLayout({ params: { token: (again.value as { token: string }).token }, setHeaders: () => {} } as never);
		expect(l2.snapshot.changes.added).toEqual(['policy']);
		expect(l2.snapshot.changes.merges).toEqual([[speaker, 'Somebody Else']]);
		api.resetSettings(cid);
		api.updateArticle(herald.articles[0], { outlet: 'Herald' }, cid);
	});

	it.each([
		['a made-up token', () => newSnapshotToken()],
		['garbage', () => '<script>']
	])('%s opens a 404 that says why', async (_name, token) => {
		const r = await run(() => snapshotLayout({ params: { token: token() }, setHeaders: () => {} } as never));
		expect(r.kind).toBe('http');
		expect(r.status).toBe(404);
		expect(String(r.data?.message)).toMatch(/No snapshot at this address/);
	});

	it('a link typed in the wrong case goes on to the same page of that snapshot', async () => {
		const t = ((await run(() => manageActions.snapshot(req(`/c/${cid}/manage?/snapshot`, 'facilitator', { route: '/c/[collection]/manage', form: {} }) as never))).value as { token: string }).token;
		const typed = t.toLowerCase() === t ? t.toUpperCase() : t.toLowerCase();
		const r = await run(() => snapshotLayout({ params: { token: typed }, setHeaders: () => {}, url: new URL(`${AT}/s/${typed}/compare?a=1`) } as never));
		expect(r).toMatchObject({ kind: 'redirect', status: 307, location: `/s/${t}/compare?a=1` });
	});

	it('an article id not in the snapshot is a 404', async () => {
		const t = (await run(() => manageActions.snapshot(req(`/c/${cid}/manage?/snapshot`, 'facilitator', { route: '/c/[collection]/manage', form: {} }) as never))).value as { token: string };
		const r = await run(() => snapshotArticle({ params: { token: t.token, article: 'nope' }, url: new URL(`${AT}/s/x/a/nope`) } as never));
		expect(r).toMatchObject({ kind: 'http', status: 404 });
	});
});

// ---------------------------------------------------------------- roles

const ok = async () => new Response('<p>page</p>', { headers: { 'content-type': 'text/html' } });

describe('who may do what', () => {
	it.each([
		['/c/[collection]/predict', 'addQuestion', /^Only the facilitator can choose the questions\./],
		['/c/[collection]/predict', 'removeQuestion', /^Only the facilitator can remove questions\./],
		['/c/[collection]/predict', 'moveQuestion', /^Only the facilitator can reorder the questions\./],
		['/c/[collection]/predict', 'reveal', /^Only the facilitator can reveal the answers\./],
		['/c/[collection]/predict', 'hide', /^Only the facilitator can hide revealed answers\./],
		['/c/[collection]/predict', 'reset', /^Only the facilitator can reset the answers for the next group\./],
		['/c/[collection]/manage', 'snapshot', /^Only the facilitator can share snapshots of this collection\./],
		['/c/[collection]/manage', 'deleteSnapshot', /^Only the facilitator can delete snapshots\./]
	])('a participant is refused %s ?/%s with 403 and a message', async (route, action, message) => {
		const e = event(`${AT}${route.replace('[collection]', cid)}?/${action}`, { route, form: { id: 'x' }, client: PHONE });
		const r = await run(() => handle({ event: e, resolve: ok }));
		expect(r).toMatchObject({ kind: 'http', status: 403 });
		expect(String(r.data?.message)).toMatch(message);
		expect(String(r.data?.message)).toMatch(/participant/);
	});

	it('a participant’s answer passes the gate', async () => {
		const e = event(`${AT}/c/${cid}/predict?/answer`, { route: '/c/[collection]/predict', form: { question: 'x', answer: 'y' }, client: PHONE });
		const res = (await handle({ event: e, resolve: ok })) as Response;
		expect(res.status).toBe(200);
		expect(e.locals.role).toBe('participant');
	});

	it.each(['addQuestion', 'reveal', 'hide', 'reset', 'removeQuestion', 'moveQuestion'] as const)('the %s action locks itself too (a second lock behind the hook)', async (action) => {
		const r = await run(() => predictActions[action](req(`/c/${cid}/predict?/${action}`, 'participant', { route: '/c/[collection]/predict', form: { kind: 'loaded-own', id: 'x', by: '1' } }) as never));
		expect(r).toMatchObject({ kind: 'fail', status: 403 });
		expect(String(r.data?.error)).toMatch(/^Only the facilitator can/);
	});

	it.each(['snapshot', 'deleteSnapshot'] as const)('the manage %s action locks itself too', async (action) => {
		const r = await run(() => manageActions[action](req(`/c/${cid}/manage?/${action}`, 'participant', { route: '/c/[collection]/manage', form: { token: newSnapshotToken() } }) as never));
		expect(r).toMatchObject({ kind: 'fail', status: 403 });
	});

	it('the CSV export is refused to a participant with a message', async () => {
		const r = await run(() => resultsCsv(req(`/c/${cid}/predict/results.csv`, 'participant', { route: '/c/[collection]/predict/results.csv' }) as never));
		expect(r).toMatchObject({ kind: 'http', status: 403 });
		expect(String(r.data?.message)).toMatch(/^Only the facilitator can export the room’s answers/);
	});
});

// ---------------------------------------------------------------- predict, then reveal, through the routes

describe('predict, then reveal', () => {
	const phones: Cookie[] = [{}, {}, {}];
	const load = (role: 'facilitator' | 'participant', jar: Cookie = {}) => loadPredict(req(`/c/${cid}/predict`, role, { route: '/c/[collection]/predict', jar }) as never);
	const act = (name: keyof typeof predictActions, role: 'facilitator' | 'participant', form: Record<string, string>, jar: Cookie = {}) =>
		run(() => predictActions[name](req(`/c/${cid}/predict?/${name}`, role, { route: '/c/[collection]/predict', form, jar }) as never));

	it('gives each device a random id in a cookie, and keeps it', () => {
		load('participant', phones[0]);
		expect(phones[0].slant_device).toMatch(/^[A-Za-z0-9_-]{22}$/);
		const id = phones[0].slant_device;
		load('participant', phones[0]);
		expect(phones[0].slant_device).toBe(id);
		load('participant', phones[1]);
		expect(phones[1].slant_device).not.toBe(id);
		load('participant', phones[2]);
	});

	it('participants answer; a reload keeps their own answers; nobody sees anyone else’s before the reveal', async () => {
		expect((await act('addQuestion', 'facilitator', { kind: 'loaded-own', param: '' })).kind).toBe('ok');
		expect((await act('addQuestion', 'facilitator', { kind: 'voices', param: 'Herald' })).kind).toBe('ok');
		const [q1, q2] = load('facilitator').questions;
		expect(q1.choices.map((c) => c.value)).toEqual(expect.arrayContaining(['Herald', '=HYPERLINK("x")']));
		for (const [jar, a] of [
			[phones[0], 'Herald'],
			[phones[1], 'Herald'],
			[phones[2], '=HYPERLINK("x")']
		] as const)
			expect((await act('answer', 'participant', { question: q1.id, answer: a }, jar)).kind).toBe('ok');
		expect((await act('answer', 'participant', { question: q2.id, answer: 'government' }, phones[0])).kind).toBe('ok');

		const mine = load('participant', phones[0]);
		expect(mine.questions.map((q) => q.mine)).toEqual(['Herald', 'government']);
		// Before the reveal: no tallies and no counts for a participant, only their own answers.
		expect(mine.questions.map((q) => q.reveal)).toEqual([null, null]);
		expect(mine.questions.map((q) => q.answered)).toEqual([null, null]);
		expect(mine.devices).toBeNull();
		expect(mine.catalogue).toBeNull();
		expect(JSON.stringify(mine)).not.toMatch(/"tallies"|"measured"/);
		// The facilitator sees how many answered, still not what.
		const fac = load('facilitator');
		expect(fac.questions.map((q) => q.answered)).toEqual([3, 1]);
		expect(fac.devices).toBe(3);
		expect(fac.questions.map((q) => q.reveal)).toEqual([null, null]);
	});

	it('a wrong answer says why; a question revealed takes no more answers', async () => {
		const [q1] = load('facilitator').questions;
		const bad = await act('answer', 'participant', { question: q1.id, answer: 'The Onion' }, phones[0]);
		expect(bad).toMatchObject({ kind: 'fail', status: 400 });
		expect(String(bad.data?.error)).toMatch(/must be one of the choices/);
		expect((await act('reveal', 'facilitator', { id: q1.id })).kind).toBe('ok');
		const late = await act('answer', 'participant', { question: q1.id, answer: '=HYPERLINK("x")' }, phones[0]);
		expect(String(late.data?.error)).toMatch(/answers are closed/);
	});

	it('after the reveal everyone sees the room against the text for that question only', () => {
		const p = load('participant', phones[2]);
		const [r1, r2] = p.questions;
		expect(r1.revealed).toBe(true);
		expect(r1.reveal?.answered).toBe(3);
		expect(r1.reveal?.tallies.find((t) => t.choice === 'Herald')?.count).toBe(2);
		expect(r1.reveal?.measured?.values.map((v) => v.choice)).toEqual(expect.arrayContaining(['Herald', '=HYPERLINK("x")']));
		expect(r2.reveal).toBeNull();
	});

	it('exports CSV for the facilitator, formulas neutralised', async () => {
		const res = (await resultsCsv(req(`/c/${cid}/predict/results.csv`, 'facilitator', { route: '/c/[collection]/predict/results.csv' }) as never)) as Response;
		expect(res.headers.get('content-type')).toMatch(/text\/csv/);
		expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="policy-week-predictions\.csv"/);
		const text = await res.text();
		const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
		expect(lines[0]).toBe('question_no,question,revealed,choice,answers,answered,share_of_answers,measured_value,measured_as,measured_unit,measured_from,text_answer');
		expect(text).toContain(`"'=HYPERLINK(""x"")"`);
		expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
		expect(lines.find((l) => l.startsWith('1,') && l.includes(',Herald,'))).toMatch(/,yes,Herald,2,3,0\.6667,/);
		const answers = (await resultsCsv(event(`${AT}/c/${cid}/predict/results.csv?rows=answers`, { route: '/c/[collection]/predict/results.csv', params: params(), role: 'facilitator' }) as never)) as Response;
		const rows = (await answers.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
		expect(rows[0]).toBe('question_no,question,device,answer,answered_at');
		expect(rows).toHaveLength(5);
		expect(rows.slice(1).every((r) => /,device [1-3],/.test(r))).toBe(true);
		for (const jar of phones) expect(rows.join('\n')).not.toContain(jar.slant_device);
	});

	it('reset clears the answers and hides every question, ready for the next group', async () => {
		const r = await act('reset', 'facilitator', {});
		expect(r.kind).toBe('ok');
		expect(String((r.value as { ok: string }).ok)).toMatch(/^Cleared 4 answers/);
		const p = load('participant', phones[0]);
		expect(p.questions.map((q) => [q.revealed, q.mine])).toEqual([
			[false, null],
			[false, null]
		]);
		expect(load('facilitator').devices).toBe(0);
	});

	it('the facilitator’s answer is refused, and counts nothing (their screen shows the choices only)', async () => {
		const [q1] = load('facilitator').questions;
		const before = load('facilitator').questions[0].answered;
		const jar: Cookie = {};
		load('facilitator', jar);
		const r = await act('answer', 'facilitator', { question: q1.id, answer: 'Herald' }, jar);
		expect(r).toMatchObject({ kind: 'fail', status: 400 });
		expect(String(r.data?.error)).toMatch(/^answer: the facilitator’s answers are not counted/);
		expect(load('facilitator').questions[0].answered).toBe(before);
	});

	it('an answer from a browser that never loaded the questions (no device cookie) is refused, and counts nothing', async () => {
		const [q1] = load('facilitator').questions;
		const before = load('facilitator').questions[0].answered;
		for (let k = 0; k < 3; k++) {
			const r = await act('answer', 'participant', { question: q1.id, answer: 'Herald' }, {});
			expect(r).toMatchObject({ kind: 'fail', status: 400 });
			expect(String(r.data?.error)).toMatch(/^answer: this browser has no place in the room yet: open the questions page again/);
		}
		expect(load('facilitator').questions[0].answered).toBe(before);
	});

	it('one network address answers from four devices at most (fresh cookies do not stuff the room)', async () => {
		const [q1] = load('facilitator').questions;
		// (after the reset: three phones answer from this address, then a fourth may and a fifth may not)
		for (const jar of phones) expect((await act('answer', 'participant', { question: q1.id, answer: 'Herald' }, jar)).kind).toBe('ok');
		const before = load('facilitator').questions[0].answered!;
		const fourth: Cookie = {};
		load('participant', fourth);
		expect((await act('answer', 'participant', { question: q1.id, answer: 'Herald' }, fourth)).kind).toBe('ok');
		const fifth: Cookie = {};
		load('participant', fifth);
		const r = await act('answer', 'participant', { question: q1.id, answer: 'Herald' }, fifth);
		expect(r).toMatchObject({ kind: 'fail', status: 400 });
		expect(String(r.data?.error)).toMatch(/^answer: 4 devices have already answered from this network address; one answer per device/);
		expect(load('facilitator').questions[0].answered).toBe(before + 1);
		// a device already counted still changes its own answer
		expect((await act('answer', 'participant', { question: q1.id, answer: 'Herald' }, phones[0])).kind).toBe('ok');
	});
});
