// Chart labels that fit a phone ($lib/charts wrapToWidth, $lib/verbs-chart segmentLabel): outlet names
// wrap by words, are cut with "…" past the lines they may take (a single word too wide too), and a
// reporting-verb segment never shows a bare count.
import { describe, expect, it } from 'vitest';
import { wrapToWidth } from '../../src/lib/charts.js';
import { segmentLabel } from '../../src/lib/verbs-chart.js';

/** A context whose text is 6 px a character, whatever the font. */
const ctx = { font: '', save() {}, restore() {}, measureText: (t: string) => ({ width: t.length * 6 }) } as unknown as CanvasRenderingContext2D;

describe('wrapToWidth', () => {
	it.each([
		['fits on one line', 'VICE News', 60, 3, ['VICE News']],
		['wraps by words', 'Voice of America', 60, 3, ['Voice of', 'America']],
		['three lines at most: the rest ends in …', 'The Very Long Name Of A Regional Outlet', 48, 2, ['The Very', 'Long Na…']],
		['a word wider than the room is cut', 'Internationale', 48, 3, ['Interna…']],
		['one line asked for', 'Amnesty International', 60, 1, ['Amnesty I…']],
		// (re-check of the seventh newcomer pass: "Democrat-Gazette" ran off a phone's chart)
		['a hyphenated name too wide breaks after its hyphen', 'Democrat-Gazette', 60, 3, ['Democrat-', 'Gazette']],
		['... a hyphenated name that fits stays whole', 'Al-Jazeera', 60, 3, ['Al-Jazeera']],
		['empty text', '', 60, 3, []]
	] as const)('%s', (_name, text, px, lines, expected) => {
		const out = wrapToWidth(ctx, text, '10px sans', px, lines);
		expect(out).toEqual(expected);
		for (const l of out) expect(l.length * 6).toBeLessThanOrEqual(px);
	});
});

describe('segmentLabel (reporting verbs)', () => {
	const m = (t: string) => t.length * 6;
	it.each([
		['verb and count fit', 'said', 10, 100, 'said 10'],
		['only the verb fits', 'concluded', 1, 64, 'concluded'],
		['nothing fits: no bare count', 'claimed', 1, 30, ''],
		['a sliver', 'said', 1, 8, ''],
		['no quotes with this verb', 'said', 0, 200, '']
	] as const)('%s', (_name, verb, count, width, expected) => {
		expect(segmentLabel(m, verb, count, width)).toBe(expected);
		expect(segmentLabel(m, verb, count, width)).not.toMatch(/^\d+$/);
	});
});
