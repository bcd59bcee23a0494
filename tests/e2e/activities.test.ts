// Workshop activities in real Chromium against the server started as `npm start` starts it.
// This browser on 127.0.0.1 is a participant's phone (SLANT_LOOPBACK_ROLE=participant); the
// facilitator is a device that opened the facilitator link printed at start-up.
//   Predict, then reveal: phones answer, reload and keep their answers, cannot see the room's answers
//   before the reveal (not on the page, not by a direct request); the facilitator sees the count,
//   reveals, follows a measured bar to its evidence (page and projector), exports CSV and resets.
//   Snapshots: one survives a later lexicon edit and speaker merge unchanged while the live collection
//   changes, opens for a participant, exports an SVG, and is deleted from Manage.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { ROOT, postAction, startApp, type App } from './server';

const SHOTS = '/work/screens/activities';
const OUT = join(ROOT, 'test-results', 'activities');
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const manifest = JSON.parse(readFileSync(join(ROOT, 'seeds/manifest.json'), 'utf8')) as { articles: { outlet: string }[] };
const OUTLETS = [...new Set(manifest.articles.map((a) => a.outlet))];

let app: App;
let fac: Page;
let facBase = '';

function shotDir(): string {
	try {
		mkdirSync(SHOTS, { recursive: true });
		return SHOTS;
	} catch {
		return OUT;
	}
}

beforeAll(async () => {
	mkdirSync(OUT, { recursive: true });
	app = await startApp({ env: { SLANT_LOOPBACK_ROLE: 'participant' } });
	const link = app.server.facilitatorLink();
	facBase = new URL(link).origin;
	fac = await app.newPage({ baseURL: facBase, viewport: { width: 1280, height: 900 } });
	fac.on('pageerror', (e) => console.error('facilitator pageerror:', e.message));
	await go(link, fac);
}, 240_000);

afterAll(async () => {
	await app?.stop();
});

async function go(url: string, p: Page) {
	await p.goto(url);
	await p.waitForSelector('html[data-hydrated]', { state: 'attached' });
}

async function phone(): Promise<Page> {
	const p = await app.newPage(PHONE);
	p.on('pageerror', (e) => console.error('phone pageerror:', e.message));
	return p;
}

/** A form action sent as the page's own script would (JSON answer). */
const post = postAction;

const question = (p: Page, n: number) => p.locator('.question').nth(n);

describe('predict, then reveal', () => {
	let phoneA: Page;
	let phoneB: Page;

	it('the facilitator chooses questions from the list and adds their own', async () => {
		await go('/c/seeds/predict', fac);
		await expect(fac.locator('[data-testid="no-questions"]').count()).resolves.toBe(1);
		const add = async (kind: string, param?: string) => {
			const row = fac.locator(`.catalogue li[data-kind="${kind}"]`);
			if (param !== undefined) {
				const select = row.locator('select[name="param"]');
				if (await select.count()) await select.selectOption(param);
				else await row.locator('input[name="param"]').fill(param);
			}
			const before = await fac.locator('.question').count();
			await row.getByRole('button', { name: 'Add' }).click();
			await expect.poll(() => fac.locator('.question').count()).toBeGreaterThan(before);
		};
		await add('loaded-own');
		await add('voices', OUTLETS[0]);
		await add('negative', 'Russia');
		await add('free', 'Which outlet would you send a friend?');
		await expect(fac.locator('.question h2').allTextContents()).resolves.toEqual([
			'1 Which outlet uses the most loaded language in its own words (not quoting others)?',
			`2 Whose voices dominate ${OUTLETS[0]}?`,
			'3 Which outlet is most negative about Russia?',
			'4 Which outlet would you send a friend?'
		]);
		// The facilitator is told that the overview and the articles answer the questions until the reveal.
		await expect(fac.locator('[data-testid="spoiler-note"]').textContent()).resolves.toMatch(/participants’ phones hold back the figures/);
		// The facilitator sees the choices but cannot tap one: their answer would count as the room's (review 19).
		await expect(question(fac, 0).getByRole('button', { name: OUTLETS[0] }).count()).resolves.toBe(0);
		await expect(question(fac, 0).locator('.choice-list li').count()).resolves.toBe(OUTLETS.length);
		// An empty own question is refused with a message, in the form.
		await fac.locator('.catalogue li[data-kind="free"] input[name="param"]').fill('   ');
		await fac.locator('.catalogue li[data-kind="free"]').getByRole('button', { name: 'Add' }).click();
		await expect.poll(() => fac.locator('[data-testid="add-question"] .error').textContent()).toMatch(/question: is required/);
	});

	it('a phone answers, reloads and keeps its answers; the page fits the phone', async () => {
		phoneA = await phone();
		await go('/c/seeds/predict', phoneA);
		await expect(phoneA.locator('.question').count()).resolves.toBe(4);
		await expect(phoneA.locator('[data-testid="add-question"], .q-controls').count()).resolves.toBe(0);
		await question(phoneA, 0).getByRole('button', { name: OUTLETS[1] }).click();
		await expect.poll(() => question(phoneA, 0).locator('button[aria-pressed="true"]').textContent()).toContain(OUTLETS[1]);
		await question(phoneA, 1).getByRole('button', { name: 'government' }).click();
		// (review 18: the overview's charts answer the open questions, and nothing said so)
		await expect.poll(() => phoneA.locator('[data-testid="my-progress"]').textContent()).toMatch(/answered 2 of 4 questions\. The Overview’s charts and the highlights appear when the facilitator reveals the answers/);
		// Changing one's mind replaces the answer.
		await question(phoneA, 0).getByRole('button', { name: OUTLETS[2] }).click();
		await expect.poll(() => question(phoneA, 0).locator('button[aria-pressed="true"]').textContent()).toContain(OUTLETS[2]);
		expect(await phoneA.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await phoneA.screenshot({ path: join(shotDir(), 'phone-answering-390x844.png') });

		await phoneA.reload();
		await phoneA.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await expect(question(phoneA, 0).locator('button[aria-pressed="true"]').textContent()).resolves.toContain(OUTLETS[2]);
		await expect(question(phoneA, 1).locator('button[aria-pressed="true"]').textContent()).resolves.toContain('government');
		await expect(question(phoneA, 0).locator('.mine').textContent()).resolves.toMatch(new RegExp(`Your answer: ${OUTLETS[2]}`));

		phoneB = await phone();
		await go('/c/seeds/predict', phoneB);
		// Another phone starts blank: answers are per device.
		await expect(phoneB.locator('button[aria-pressed="true"]').count()).resolves.toBe(0);
		await question(phoneB, 0).getByRole('button', { name: OUTLETS[2] }).click();
		await expect.poll(() => question(phoneB, 0).locator('button[aria-pressed="true"]').count()).toBe(1);
		await question(phoneB, 3).getByRole('button', { name: OUTLETS[0] }).click();
		await expect.poll(() => question(phoneB, 3).locator('button[aria-pressed="true"]').count()).toBe(1);
	});

	it('a participant cannot see the room’s answers before the reveal, on the page or by a direct request', async () => {
		await expect(phoneA.locator('.reveal-summary, [data-chart^="reveal"]').count()).resolves.toBe(0);
		const direct = await phoneA.evaluate(async () => {
			const data = await fetch('/c/seeds/predict/__data.json').then((r) => r.text());
			const present = await fetch('/c/seeds/predict/present/__data.json').then((r) => r.text());
			const csv = await fetch('/c/seeds/predict/results.csv');
			const answers = await fetch('/c/seeds/predict/results.csv?rows=answers');
			return { data, present, csv: { status: csv.status, text: await csv.text() }, answers: answers.status };
		});
		for (const body of [direct.data, direct.present]) {
			expect(body).not.toMatch(/"?tallies"?/);
			expect(body).toContain('reveal');
		}
		expect(direct.csv.status).toBe(403);
		expect(direct.csv.text).toMatch(/Only the facilitator can export the room’s answers/);
		expect(direct.answers).toBe(403);
	});

	it('while the questions are open, a participant’s phone gets no figures: the articles as plain text, no charts, no download, no projector', async () => {
		const p = await phone();
		await go('/c/seeds', p);
		const held = p.getByTestId('held-back');
		expect((await held.textContent())!.replace(/\s+/g, ' ')).toMatch(/held back while the room’s predictions are open \(4 questions not yet revealed\)/);
		await expect(p.locator('[data-chart], canvas').count()).resolves.toBe(0);
		const links = await held.locator('.reading-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
		expect(links).toHaveLength(manifest.articles.length);
		expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await p.screenshot({ path: join(shotDir(), 'phone-held-back-390x844.png') });
		// An article: its text, no marks, no quotes tinted, no switch to turn them on, no counts.
		await go(links[0], p);
		await expect(p.getByTestId('held-back-article').count()).resolves.toBe(1);
		await expect(p.locator('.article-body mark, .article-body .q, [data-testid="highlights-toggle"], .speaker-table').count()).resolves.toBe(0);
		expect((await p.locator('.article-body').textContent())!.length).toBeGreaterThan(500);
		await p.screenshot({ path: join(shotDir(), 'phone-held-back-article-390x844.png') });
		// Every article reads plain, its reader comments too, and no tone is shown anywhere.
		let withComments = 0;
		for (const href of links) {
			await go(href, p);
			await expect(p.getByTestId('held-back-article').count()).resolves.toBe(1);
			await expect(p.locator('.plain-article [class*="tone-"], .plain-article mark').count()).resolves.toBe(0);
			withComments += await p.getByTestId('plain-comments').count();
		}
		// (review 19: the comments, which the comments question is about, were not there to read)
		expect(withComments).toBeGreaterThan(0);
		// Two side by side, the same.
		const ids = links.slice(0, 2).map((h) => decodeURIComponent(h.split('/a/')[1]));
		await go(`/c/seeds/compare?ids=${encodeURIComponent(ids.join(','))}`, p);
		await expect(p.getByTestId('held-back-compare').count()).resolves.toBe(1);
		await expect(p.locator('.article-body mark, .article-body .q, [data-testid="highlights-toggle"]').count()).resolves.toBe(0);
		// Nor by a direct request: the figures are never sent.
		const direct = await p.evaluate(async (q) => ({
			json: await fetch('/c/seeds/analysis.json').then(async (r) => ({ status: r.status, text: await r.text() })),
			present: (await fetch('/c/seeds/present')).status,
			predictPresent: (await fetch('/c/seeds/predict/present')).status,
			overview: await fetch('/c/seeds/__data.json').then((r) => r.text()),
			compare: await fetch(`/c/seeds/compare/__data.json?ids=${q}`).then((r) => r.text()),
			// (review 19: the Predict page's own data carried every outlet's figures)
			predict: await fetch('/c/seeds/predict/__data.json').then((r) => r.text())
		}), encodeURIComponent(ids.join(',')));
		expect(direct.json.status).toBe(403);
		expect(direct.json.text).toMatch(/held back while the room’s predictions are open/);
		expect(direct.present).toBe(403);
		expect(direct.predictPresent).toBe(403);
		// (review 19: the refusal said "Something went wrong", with no way back to the collection)
		await go('/c/seeds/present', p);
		await expect(p.locator('.error-page h1').textContent()).resolves.toBe('Not available here');
		await expect(p.locator('.error-page a[href="/c/seeds/predict"]').count()).resolves.toBe(1);
		// (no loaded term, no quote's speaker, no tone, no outlet's distinctive words)
		for (const body of [direct.overview, direct.compare, direct.predict]) expect(body).not.toMatch(/"term":|"speaker":|"tone":|"polarity":|"share":/);
		// The facilitator, who prepares and reveals, sees everything, and is told what the phones show.
		await go('/c/seeds', fac);
		await fac.waitForSelector('[data-chart="loaded"] canvas');
		expect((await fac.getByTestId('held-back-facilitator').textContent())!.replace(/\s+/g, ' ')).toMatch(/while 4 questions are open/);
		await fac.screenshot({ path: join(shotDir(), 'facilitator-held-back-note.png') });
		// On the facilitator's screen (the projector) the articles start plain too while the room reads; the
		// facilitator's switch turns the highlights on.
		await go(`/c/seeds/compare?ids=${encodeURIComponent(ids.join(','))}`, fac);
		await expect.poll(() => fac.getByTestId('highlights-toggle').getAttribute('aria-pressed')).toBe('true');
		await fac.getByTestId('highlights-toggle').click();
		await expect.poll(() => fac.locator('.article-body mark').count()).toBeGreaterThan(0);
		await p.close();
	});

	it('every facilitator action is refused to a participant with a message', async () => {
		const qid = (await question(phoneA, 0).getAttribute('data-question'))!;
		const refused: [string, Record<string, string>, RegExp][] = [
			['/c/seeds/predict?/reveal', { id: qid }, /Only the facilitator can reveal the answers/],
			['/c/seeds/predict?/hide', { id: qid }, /Only the facilitator can hide revealed answers/],
			['/c/seeds/predict?/reset', {}, /Only the facilitator can reset the answers for the next group/],
			['/c/seeds/predict?/addQuestion', { kind: 'loaded-own' }, /Only the facilitator can choose the questions/],
			['/c/seeds/predict?/removeQuestion', { id: qid }, /Only the facilitator can remove questions/],
			['/c/seeds/predict?/moveQuestion', { id: qid, by: '1' }, /Only the facilitator can reorder the questions/],
			['/c/seeds/manage?/snapshot', {}, /Only the facilitator can share snapshots/],
			['/c/seeds/manage?/deleteSnapshot', { token: 'x'.repeat(24) }, /Only the facilitator can delete snapshots/]
		];
		for (const [path, fields, message] of refused) {
			const r = await post(phoneA, path, fields);
			expect(r.status, path).toBe(403);
			expect(JSON.parse(r.body).message, path).toMatch(message);
		}
		// Still hidden, still there.
		await go('/c/seeds/predict', phoneA);
		await expect(phoneA.locator('.question').count()).resolves.toBe(4);
		await expect(phoneA.locator('.reveal-summary').count()).resolves.toBe(0);
	});

	it('the facilitator sees how many have answered, live, and reveals', async () => {
		await go('/c/seeds/predict', fac);
		await expect.poll(() => fac.locator('[data-testid="devices"]').textContent(), { timeout: 10_000 }).toMatch(/^2 devices answered/);
		await expect(question(fac, 0).locator('[data-testid="answered"]').textContent()).resolves.toMatch(/^2 answered/);
		await expect(question(fac, 2).locator('[data-testid="answered"]').textContent()).resolves.toMatch(/^0 answered/);
		// A third phone answers while the facilitator watches: the count follows without a reload.
		const phoneC = await phone();
		await go('/c/seeds/predict', phoneC);
		await question(phoneC, 0).getByRole('button', { name: OUTLETS[0] }).click();
		await expect.poll(() => question(phoneC, 0).locator('button[aria-pressed="true"]').count()).toBe(1);
		await expect.poll(() => question(fac, 0).locator('[data-testid="answered"]').textContent(), { timeout: 10_000 }).toMatch(/^3 answered/);
		await phoneC.context().close();

		await question(fac, 0).getByRole('button', { name: 'Reveal', exact: true }).click();
		const panel = question(fac, 0).locator('[data-chart="reveal-1"]');
		await panel.locator('canvas').waitFor();
		await expect(question(fac, 0).locator('[data-testid="reveal-summary"]').textContent()).resolves.toMatch(
			new RegExp(`^Most of the room picked ${OUTLETS[2]} \\(2 of 3 answers, 67%\\)\\. The text: `)
		);
		await fac.waitForTimeout(700);
		await question(fac, 0).screenshot({ path: join(shotDir(), 'reveal-desktop.png') });
		// The room's axis says what its bars are: a share (0–100 %) of the room's answers.
		const [svgDl] = await Promise.all([fac.waitForEvent('download'), panel.getByRole('button', { name: 'SVG' }).click()]);
		const svgTexts = await fac.evaluate(
			(src) => [...new DOMParser().parseFromString(src, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? ''),
			readFileSync((await svgDl.path())!, 'utf8')
		);
		expect(svgTexts).toContain('the room: share of the 3 answers, 0–100%');
		expect(svgTexts).toEqual(expect.arrayContaining(['0%', '100%']));
		// The phones see the reveal too, by themselves, and the question is closed to answers.
		await expect.poll(() => question(phoneA, 0).locator('[data-testid="reveal-summary"]').count(), { timeout: 10_000 }).toBe(1);
		await expect(question(phoneA, 0).locator('button.choice').count()).resolves.toBe(0);
		await expect(question(phoneA, 1).locator('.reveal-summary').count()).resolves.toBe(0);
	});

	it('a measured bar opens its evidence', async () => {
		const panel = question(fac, 0).locator('[data-chart="reveal-1"]');
		// The keyboard layer over the canvas: the first bar with evidence (a blue, measured bar).
		const key = panel.locator('a.bar-key[href]').first();
		await key.waitFor({ state: 'attached' });
		await expect.poll(() => key.getAttribute('hidden')).toBeNull();
		const href = (await key.getAttribute('href'))!;
		expect(href).toMatch(/cat=all&voice=own/);
		await key.focus();
		await expect.poll(() => fac.evaluate(() => document.activeElement?.classList.contains('bar-key'))).toBe(true);
		await Promise.all([fac.waitForURL(/\/c\/seeds\/(a|compare)/), fac.keyboard.press('Enter')]);
		await fac.waitForSelector('.article-body');
		await expect(fac.locator('.focus-banner').first().textContent()).resolves.toMatch(/loaded terms? in the outlet’s own words/);
		expect(await fac.locator('.article-body .focus').count()).toBeGreaterThan(0);
	});

	it('the reveal on the projector (1280×720): large type, reachable from projector mode, bars into the passages', async () => {
		await fac.setViewportSize({ width: 1280, height: 720 });
		await go('/c/seeds/present', fac);
		await fac.locator('[data-testid="to-predict"]').click();
		await fac.waitForURL(/\/predict\/present/);
		await fac.waitForSelector('.chart-slide canvas');
		await expect.poll(() => fac.locator('.slide-chart').getAttribute('data-min-label-px')).not.toBeNull();
		expect(Number(await fac.locator('.slide-chart').getAttribute('data-min-label-px'))).toBeGreaterThanOrEqual(28);
		await expect(fac.locator('[data-testid="slide-lead"]').textContent()).resolves.toMatch(/^(Most of the room picked|Everyone picked|The room is split|No majority|One answer)/);
		expect(await fac.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
		await fac.waitForTimeout(500);
		await fac.screenshot({ path: join(shotDir(), 'reveal-projector-1280x720.png') });
		// → steps into the first measured bar's passages; the address follows; Esc goes back.
		await fac.keyboard.press('ArrowRight');
		await fac.waitForSelector('.evidence-slide');
		expect(fac.url()).toMatch(/\?q=1&bar=1/);
		expect(await fac.locator('.ev-item mark').count()).toBeGreaterThan(0);
		await fac.screenshot({ path: join(shotDir(), 'reveal-projector-evidence.png') });
		await fac.keyboard.press('Escape');
		await fac.waitForSelector('.chart-slide');
		// The next question is not revealed: its slide asks it, with the count and where to answer.
		await fac.goto(`/c/seeds/predict/present?q=2`);
		await fac.waitForSelector('.question-slide');
		await expect(fac.locator('[data-testid="present-answered"]').textContent()).resolves.toMatch(/^1 answered/);
		await expect(fac.locator('.q-join img').getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
		await fac.screenshot({ path: join(shotDir(), 'question-projector-1280x720.png') });
		// R reveals it.
		await fac.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await fac.keyboard.press('r');
		await fac.waitForSelector('.chart-slide canvas');
		await fac.setViewportSize({ width: 1280, height: 900 });
	});

	it('the projector stays on the facilitator’s question and passage while the page polls for news', async () => {
		await fac.setViewportSize({ width: 1280, height: 720 });
		await go('/c/seeds/predict/present?q=1', fac);
		const polled = async () => {
			// Two of the page's own refreshes (every 3 s), each answered, so a reset would have shown by now.
			for (let i = 0; i < 2; i++) await fac.waitForResponse((r) => /\/predict\/present\/__data\.json/.test(r.url()), { timeout: 10_000 });
			await fac.waitForTimeout(300);
		};
		// Down twice: question 3, not yet revealed.
		await fac.keyboard.press('ArrowDown');
		await fac.keyboard.press('ArrowDown');
		await expect.poll(() => fac.locator('.q-of').textContent()).toMatch(/^Question 3 of 4/);
		await polled();
		await expect(fac.locator('.q-of').textContent()).resolves.toMatch(/^Question 3 of 4/);
		expect(fac.url()).toMatch(/[?&]q=3(&|$)/);
		await expect(fac.locator('.deck').getAttribute('data-step')).resolves.toBe('2:-1:0');
		// A phone marks the same question as the projector, by itself.
		const ph = await phone();
		await go('/c/seeds/predict', ph);
		const onScreen = () => ph.locator('.question[data-on-screen="yes"] h2').textContent();
		await expect.poll(onScreen, { timeout: 10_000 }).toMatch(/^3 /);
		await expect(ph.getByTestId('on-screen-note').textContent()).resolves.toMatch(/On the projector now: question 3/);
		await ph.locator('.question[data-on-screen="yes"]').scrollIntoViewIfNeeded();
		await ph.screenshot({ path: join(shotDir(), 'phone-on-screen-390x844.png') });
		// Up to question 2 (revealed), then → into its first measured bar's passages: still there after polls.
		await fac.keyboard.press('ArrowUp');
		await fac.waitForSelector('.chart-slide canvas');
		await fac.keyboard.press('ArrowRight');
		await fac.waitForSelector('.evidence-slide');
		await polled();
		await expect(fac.locator('.deck').getAttribute('data-step')).resolves.toBe('1:0:0');
		await expect(fac.locator('.evidence-slide').count()).resolves.toBe(1);
		await expect.poll(onScreen, { timeout: 10_000 }).toMatch(/^2 /);
		await ph.context().close();
		// Only the facilitator's projector sets it.
		const refused = await post(phoneA, '/c/seeds/predict?/onScreen', { id: '' });
		expect(refused.status).toBe(403);
		// A reload lands on the same slide (the address follows the step).
		await fac.reload();
		await fac.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await expect(fac.locator('.deck').getAttribute('data-step')).resolves.toBe('1:0:0');
		await fac.setViewportSize({ width: 1280, height: 900 });
	});

	it('exports the room’s answers as CSV', async () => {
		await go('/c/seeds/predict', fac);
		const [dl] = await Promise.all([fac.waitForEvent('download'), fac.locator('[data-testid="csv-results"]').click()]);
		expect(dl.suggestedFilename()).toMatch(/-predictions\.csv$/);
		const csv = readFileSync((await dl.path())!, 'utf8').replace(/^\uFEFF/, '');
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toMatch(/^question_no,question,revealed,choice,answers,answered,share_of_answers,measured_value/);
		expect(lines.find((l) => l.startsWith('1,') && l.includes(`,${OUTLETS[2]},`))).toMatch(/,yes,[^,]+,2,3,0\.6667,/);
		const [dl2] = await Promise.all([fac.waitForEvent('download'), fac.locator('[data-testid="csv-answers"]').click()]);
		const raw = readFileSync((await dl2.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
		expect(raw[0]).toBe('question_no,question,device,answer,answered_at');
		expect(raw).toHaveLength(1 + 5);
		expect(raw.slice(1).every((l) => /,device [1-3],/.test(l))).toBe(true);
	});

	it('once every question is revealed, the phones see the figures, a phone left on a page by itself', async () => {
		const waiting = await phone();
		await go('/c/seeds', waiting);
		await waiting.getByTestId('held-back').waitFor();
		await go('/c/seeds/predict', fac);
		await fac.getByRole('button', { name: /^Reveal all/ }).click();
		await expect.poll(() => fac.getByRole('button', { name: /^Reveal all/ }).count()).toBe(0);
		// (review 19: on the tone question the room's shares started at the tone's −1 and read as negative tone)
		await question(fac, 2).locator('[data-chart="reveal-3"] canvas').waitFor();
		await fac.waitForTimeout(700);
		await question(fac, 2).screenshot({ path: join(shotDir(), 'reveal-tone-question.png') });
		const p = await phone();
		await go('/c/seeds', p);
		await p.waitForSelector('[data-chart="loaded"] canvas');
		await expect(p.getByTestId('held-back').count()).resolves.toBe(0);
		await p.close();
		// (review 19: a phone left on the reading list kept saying the figures were held back)
		await waiting.waitForSelector('[data-chart="loaded"] canvas', { timeout: 15_000 });
		await waiting.close();
	});

	it('resets for the next group', async () => {
		fac.once('dialog', (d) => d.accept());
		await fac.locator('[data-testid="reset-form"]').getByRole('button', { name: 'Reset for the next group' }).click();
		await expect.poll(() => fac.locator('[data-testid="devices"]').textContent()).toMatch(/^0 devices answered/);
		await expect(fac.locator('.reveal-summary').count()).resolves.toBe(0);
		await go('/c/seeds/predict', phoneA);
		await expect(phoneA.locator('button[aria-pressed="true"]').count()).resolves.toBe(0);
		await expect(phoneA.locator('.question').count()).resolves.toBe(4);
		await phoneA.context().close();
		await phoneB.context().close();
	});
});

describe('snapshot links', () => {
	let token = '';
	const loadedTable = async (p: Page) => {
		const panel = p.locator('[data-chart="loaded"]');
		await panel.getByRole('button', { name: 'Show data as table' }).click();
		const text = await panel.locator('table').textContent();
		await panel.getByRole('button', { name: 'Show chart' }).click();
		return text;
	};

	it('shares a snapshot from Manage', async () => {
		await go('/c/seeds/manage', fac);
		await expect(fac.locator('[data-testid="no-snapshots"]').count()).resolves.toBe(1);
		await fac.locator('[data-testid="snapshot-form"]').getByRole('button', { name: 'Share a snapshot' }).click();
		await fac.locator('[data-testid="snapshot-link"]').first().waitFor();
		const href = (await fac.locator('[data-testid="snapshot-link"]').first().getAttribute('href'))!;
		// the link is the address shown, the room's, so copying it gives one phones can open
		expect(href).toBe(await fac.locator('[data-testid="snapshot-link"] code').first().textContent());
		token = new URL(href).pathname.replace('/s/', '');
		await expect(fac.locator('[data-testid="snapshot-qr"]').count()).resolves.toBe(1);
		expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
		await expect(fac.locator('[data-testid="snapshots"] tbody tr').count()).resolves.toBe(1);
		await expect(fac.locator('[data-testid="snapshots"] time').textContent()).resolves.toMatch(/\d{4}/);
	});

	it('survives a later lexicon edit and a speaker merge unchanged, while the live collection changes', async () => {
		await go(`/s/${token}`, fac);
		await fac.waitForSelector('[data-chart="loaded"] canvas');
		const snapLoaded = await loadedTable(fac);
		const snapSpeakers = await fac.locator('.top-speakers').textContent();
		await go('/c/seeds', fac);
		await fac.waitForSelector('[data-chart="loaded"] canvas');
		expect(await loadedTable(fac)).toBe(snapLoaded);

		// Later edits, as the facilitator's controls make them: a loaded term the collection uses a lot,
		// and the most quoted speaker of the first outlet merged into its second.
		const analysis = await fac.evaluate(() => fetch('/c/seeds/analysis.json').then((r) => r.json()));
		const first = analysis.outlets[0];
		const term: string = first.distinctive[0].term;
		const [top, second] = [...first.speakers].sort((a: { words: number }, b: { words: number }) => b.words - a.words);
		for (const [action, fields] of [
			['addTerm', { term, category: 'emotive' }],
			['merge', { from: top.speaker, into: second.speaker }]
		] as const) {
			const r = await post(fac, `/c/seeds?/${action}`, fields);
			expect(r.status, action).toBe(200);
		}
		await go('/c/seeds', fac);
		await fac.waitForSelector('[data-chart="loaded"] canvas');
		const liveLoaded = await loadedTable(fac);
		const liveSpeakers = await fac.locator('.top-speakers').textContent();
		expect(liveLoaded).not.toBe(snapLoaded);
		expect(liveSpeakers).not.toBe(snapSpeakers);
		expect(liveSpeakers).not.toContain(top.speaker);
		await fac.waitForTimeout(600);
		await fac.locator('[data-chart="loaded"]').screenshot({ path: join(OUT, 'live-loaded.png') });

		await go(`/s/${token}`, fac);
		await fac.waitForSelector('[data-chart="loaded"] canvas');
		expect(await loadedTable(fac)).toBe(snapLoaded);
		expect(await fac.locator('.top-speakers').textContent()).toBe(snapSpeakers);
		expect(snapSpeakers).toContain(top.speaker);
		await fac.evaluate(() => window.scrollTo(0, 0));
		await fac.waitForTimeout(600);
		await fac.screenshot({ path: join(shotDir(), 'snapshot-desktop-after-edit.png') });
		await fac.locator('[data-chart="loaded"]').screenshot({ path: join(OUT, 'snapshot-loaded.png') });

		// The two side by side, for the eye.
		const img = (f: string) => `data:image/png;base64,${readFileSync(join(OUT, f)).toString('base64')}`;
		const board = await app.newPage({ viewport: { width: 1500, height: 300 } });
		await board.setContent(
			`<body style="margin:0;font:16px system-ui;display:flex;gap:12px;padding:10px;background:#ddd">` +
				`<figure style="margin:0;flex:1"><figcaption><b>Snapshot</b> (taken before the edits)</figcaption><img src="${img('snapshot-loaded.png')}" style="width:100%"></figure>` +
				`<figure style="margin:0;flex:1"><figcaption><b>Live collection</b> after adding “${term}” and merging ${top.speaker} into ${second.speaker}</figcaption><img src="${img('live-loaded.png')}" style="width:100%"></figure></body>`
		);
		await board.screenshot({ path: join(shotDir(), 'snapshot-vs-live-after-edit.png'), fullPage: true });
		await board.context().close();
		// The live speaker view changed too; a snapshot's article still shows the speaker as merged at the time.
		await go(`/s/${token}`, fac);
		await fac.locator('.top-speakers a', { hasText: top.speaker }).first().click();
		await fac.waitForSelector('.article-body');
		expect(fac.url()).toMatch(new RegExp(`/s/${token}/(a|compare)`));
		await expect(fac.locator('.focus-banner').first().textContent()).resolves.toContain(top.speaker);
	});

	it('opens for a participant, says what it is, and exports an SVG', async () => {
		const p = await phone();
		await go(`/s/${token}`, p);
		await expect(p.locator('[data-testid="snapshot-banner"]').textContent()).resolves.toMatch(/^\s*Snapshot of “[^”]+” taken \d{1,2} \w+ \d{4}/);
		await expect(p.locator('[data-testid="snapshot-banner"]').textContent()).resolves.toMatch(/later changes to the collection do not appear here/);
		await p.waitForSelector('[data-chart="loaded"] canvas');
		expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await p.screenshot({ path: join(shotDir(), 'snapshot-phone.png') });
		const panel = p.locator('[data-chart="speakers"]');
		const [dl] = await Promise.all([p.waitForEvent('download'), panel.getByRole('button', { name: 'SVG' }).click()]);
		expect(dl.suggestedFilename()).toMatch(/-speakers\.svg$/);
		const svg = readFileSync((await dl.path())!, 'utf8');
		const texts = await p.evaluate((src) => [...new DOMParser().parseFromString(src, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? ''), svg);
		// (the source line wraps onto a second line on a narrow chart: read as one)
		expect(texts.join(' ')).toMatch(/snapshot of \d{4}-\d{2}-\d{2} · made with Slant/);
		for (const o of OUTLETS) expect(texts.join('\n')).toContain(o.split(' ')[0]);
		// The evidence views work in the snapshot: side by side, from the stored texts.
		await go(`/s/${token}/compare`, p);
		await expect(p.locator('[data-testid="snapshot-banner"]').count()).resolves.toBe(1);
		await p.context().close();
	});

	it.each([['A4'], ['Letter']] as const)('prints its handout on one %s page, saying it is a snapshot', async (format) => {
		await fac.setViewportSize({ width: 1400, height: 1000 });
		await go(`/s/${token}`, fac);
		await fac.waitForFunction(() => document.querySelectorAll('img.chart-print').length === 4);
		const pdf = await fac.pdf({ format, printBackground: true }).catch(() => fac.pdf({ format, printBackground: true }));
		expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
		await fac.emulateMedia({ media: 'print' });
		await expect(fac.locator('.source-line').isVisible()).resolves.toBe(true);
		await expect(fac.locator('.source-line').textContent()).resolves.toMatch(/snapshot of \d{4}-\d{2}-\d{2} · made with Slant/);
		await fac.emulateMedia({ media: null });
		await fac.setViewportSize({ width: 1280, height: 900 });
	});

	it('is deleted from Manage, and its link stops working', async () => {
		await go('/c/seeds/manage', fac);
		fac.once('dialog', (d) => d.accept());
		await fac.locator(`tr[data-token="${token}"]`).getByRole('button', { name: 'Delete' }).click();
		await fac.locator('[data-testid="no-snapshots"]').waitFor();
		const res = await fac.goto(`/s/${token}`);
		expect(res?.status()).toBe(404);
		await expect(fac.locator('main').textContent()).resolves.toMatch(/No snapshot at this address/);
	});
});
