// The sentiment chart's words on a narrow canvas and in its CSV: outlet names never cut to "Gizm…" on a
// phone, the "too few comments" note never cut on a projector, and CSV number columns hold only numbers.
import { describe, expect, it } from 'vitest';
import { hyphenated, sentimentSpec } from '../../src/lib/sentiment-chart';
import { evidenceLinks } from '../../src/lib/charts';
import type { OutletRow, Overview } from '../../src/lib/shapes';

/** A stand-in for a canvas context: every character is `k` × the font's size × 0.6 wide. */
function fakeCtx() {
	const ctx = {
		font: '10px sans-serif',
		texts: [] as string[],
		save() {},
		restore() {},
		translate() {},
		rotate() {},
		setLineDash() {},
		strokeRect() {},
		measureText(t: string) {
			return { width: t.length * parseFloat(/(\d+(?:\.\d+)?)px/.exec(ctx.font)![1]) * 0.6 };
		},
		fillText(t: string) {
			ctx.texts.push(t);
		}
	};
	return ctx;
}

function row(outlet: string, comments: number, commentSentiment: number | null): OutletRow {
	return {
		outlet,
		kind: 'news',
		articles: [outlet.toLowerCase()],
		words: 400,
		bodySentiment: -0.1,
		bodySentimentRelative: 0,
		ownVoiceTone: null,
		quotedTone: null,
		ownVoiceRelative: null,
		commentSentiment,
		comments
	} as unknown as OutletRow;
}

const overview = (rows: OutletRow[]) => ({ collection: { id: 'c', name: 'C', description: '' }, categories: [], articles: [], outlets: rows, generated: '' }) as unknown as Overview;
const links = evidenceLinks(() => '/c/c');

describe('hyphenated', () => {
	it.each([
		// name, room in characters at 10 px (6 px each) → pieces
		['Gizmodo', 10, 'Gizmodo'],
		['Amnesty International', 10, 'Amnesty Internati- onal'],
		['Amnesty International', 7, 'Amnesty Intern- ational'],
		['Kabar Islamia', 6, 'Kabar Isla- mia'],
		['X', 2, 'X']
	])('%s in %s characters → %s', (name, chars, want) => {
		const ctx = fakeCtx();
		const out = hyphenated(ctx as unknown as CanvasRenderingContext2D, name, '10px sans-serif', chars * 6);
		expect(out).toBe(want);
		// Every piece fits, and without the hyphens and spaces it is the name again.
		for (const piece of out.split(' ')) expect(piece.length * 6).toBeLessThanOrEqual(chars * 6);
		expect(out.replace(/- /g, '')).toBe(name);
	});
});

describe('sentiment chart on a phone', () => {
	it('names every outlet in full under its slot, six outlets on a 340 px canvas', () => {
		const names = ['CBS News', 'NBC DFW', 'NBC News', 'Gizmodo', 'Kabar Islamia', 'Amnesty International'];
		const spec = sentimentSpec(overview(names.map((n) => row(n, 0, null))), links);
		const ticks = spec.config({ patterns: false }).options!.scales!.x!.ticks as unknown as {
			callback: (this: unknown, v: number, i: number) => string | string[];
			font: (c: unknown) => { size: number };
		};
		const ctx = fakeCtx();
		const chart = { width: 340, ctx };
		names.forEach((name, i) => {
			const size = ticks.font({ chart, index: i }).size;
			expect(size, name).toBeGreaterThanOrEqual(8);
			ctx.font = `${size}px sans-serif`;
			const lines = [ticks.callback.call({ chart, ctx }, i, i)].flat();
			expect(lines.join(' '), name).not.toMatch(/…/);
			expect(lines.join(' ').replace(/- /g, ''), name).toBe(name);
		});
	});
});

// eighth newcomer pass: on a phone only "Associated Press 796 words" kept its word count (its long name
// had shrunk its font, so its count fitted), the four others lost theirs
describe('the word count under the outlets: under every one or under none', () => {
	it.each([340, 390, 520, 900])('at %s px', (width) => {
		const names = ['CBS News', 'Associated Press', 'Phoenix New Times', 'CNN', 'Business Insider'];
		const rows = names.map((n, i) => ({ ...row(n, 0, null), words: [450, 796, 912, 1546, 154][i] }));
		const ticks = sentimentSpec(overview(rows), links).config({ patterns: false }).options!.scales!.x!.ticks as unknown as {
			callback: (this: unknown, v: number, i: number) => string | string[];
			font: (c: unknown) => { size: number };
		};
		const ctx = fakeCtx();
		const chart = { width, ctx };
		const withCount = names.filter((_n, i) => {
			ctx.font = `${ticks.font({ chart, index: i }).size}px sans-serif`;
			return /\bwords?\b/.test([ticks.callback.call({ chart, ctx }, i, i)].flat().join(' '));
		});
		expect([0, names.length]).toContain(withCount.length);
	});
});

describe('the too-few-comments note', () => {
	it.each([
		// chart width (five slots), room above the zero line → what is written (" | ": rotated lines);
		// 28 px italic on a projector, about 17 px a character here
		[2000, 300, 'too few comments (n=2)'],
		[1200, 300, 'too few comments | (n=2)'],
		[1200, 100, 'too few (n=2)'],
		[500, 100, 'too | few | (n=2)'],
		[500, 40, 'n=2']
	])('on a %s px chart with %s px above the bars says %s', (width, room, want) => {
		const rows = [row('A', 5, 0.1), row('B', 2, -0.1), row('C', 4, 0), row('D', 6, 0.2), row('E', 3, 0)];
		const cfg = sentimentSpec(overview(rows), links).config({ patterns: false, medium: 'present' });
		const plugin = cfg.plugins!.find((p) => p.id === 'slantFewComments')!;
		const ctx = fakeCtx();
		const chart = {
			ctx,
			width,
			chartArea: { left: 0, right: width, top: 0, bottom: room * 2 },
			data: { labels: rows.map((r) => r.outlet) },
			scales: { y: { getPixelForValue: () => room } },
			getDatasetMeta: () => ({ visible: true, data: rows.map((_, i) => ({ x: (i + 0.5) * (width / 5), y: room })) })
		};
		const opts = (cfg.options!.plugins as Record<string, unknown>).slantFewComments as Record<string, unknown>;
		(plugin.afterDatasetsDraw as (c: unknown, a: unknown, o: unknown) => void)(chart, {}, opts);
		expect(ctx.texts.join(' | ')).toBe(want);
		expect(ctx.texts.join(' ')).not.toMatch(/…/);
	});
});

describe('sentiment CSV', () => {
	it.each([
		// comments, their mean → comment_sentiment, comments_too_few, note
		[0, null, '', 'yes', 'no reader comments'],
		[1, -0.4, -0.4, 'yes', 'mean of 1 comment: too few to compare (fewer than 3)'],
		[2, 0.25, 0.25, 'yes', 'mean of 2 comments: too few to compare (fewer than 3)'],
		[3, 0.1, 0.1, 'no', ''],
		[40, -0.2, -0.2, 'no', '']
	] as const)('%s comments (mean %s)', (n, mean, value, few, note) => {
		const { header, rows } = sentimentSpec(overview([row('A', n, mean)]), links).csv();
		const cell = (name: string) => rows[0][header.indexOf(name)];
		expect(cell('comment_sentiment')).toBe(value);
		expect(cell('comments')).toBe(n);
		expect(cell('comments_too_few')).toBe(few);
		expect(cell('comment_sentiment_note')).toBe(note);
		// number columns: a number or empty, never words
		for (const k of ['body_sentiment', 'body_words', 'comment_sentiment', 'comments', 'body_vs_collection_mean', 'own_voice_tone', 'quoted_tone', 'own_voice_vs_collection_mean'])
			expect(cell(k) === '' || typeof cell(k) === 'number', k).toBe(true);
	});
});

// third newcomer pass: with no comments anywhere the handout still showed the "Reader comments"
// legend and a "no comments" mark under every outlet; seventh: its title still promised comments, and
// "0 comments" stood under every outlet
describe('a collection without reader comments', () => {
	it.each([
		['no comments anywhere: no comment bars, legend entry or marks', [row('A', 0, null), row('B', 0, null)], true, 'Tone of the writing: body text (no reader comments)', ['A', '400 words']],
		['comments in one outlet: the others are marked', [row('A', 5, 0.2), row('B', 0, null)], false, 'Body text vs reader comments: sentiment', ['A', '400 words · 5 comments']]
	] as const)('%s', (_n, rows, hidden, title, firstLabel) => {
		const spec = sentimentSpec(overview([...rows]), links);
		expect(spec.title).toBe(title);
		expect(/none of the articles has reader comments/.test(spec.sample ?? '')).toBe(hidden);
		const cfg = spec.config({ patterns: false }) as unknown as {
			data: { datasets: { label: string; hidden?: boolean }[] };
			options: { plugins: { legend: { labels: { filter?: (item: { datasetIndex: number }) => boolean } }; title: unknown; subtitle?: { text?: string } } };
		};
		expect(!!cfg.data.datasets[1].hidden).toBe(hidden);
		const filter = cfg.options.plugins.legend.labels.filter;
		expect(filter ? filter({ datasetIndex: 1 }) : true).toBe(!hidden);
		expect(JSON.stringify(cfg.options.plugins.title)).toContain(title);
		expect((cfg as unknown as { data: { labels: string[][] } }).data.labels[0]).toEqual(firstLabel);
	});
});
