// reveal-chart.ts: the room's answers beside what the text shows. The room's axis is a share (0–100 %);
// against a signed tone its 0 sits on the tone's 0, so a share never reads as a negative tone (review 19).
import { describe, expect, it } from 'vitest';
import { revealSpec } from '../../src/lib/reveal-chart';
import type { Reveal } from '../../src/lib/reveal-text';
import type { OutletRow } from '../../src/lib/shapes';

const row = (outlet: string) => ({ outlet, kind: null, articles: [outlet], words: 500 }) as unknown as OutletRow;
const links = { evidence: () => null } as unknown as Parameters<typeof revealSpec>[2];

function reveal(format: 'tone' | 'per1000' | 'share'): Reveal {
	return {
		question: { id: 'q', position: 0, kind: 'actor-negative', param: 'Ruritania', prompt: 'Which outlet is most negative?', revealed: true },
		choices: [
			{ value: 'A', label: 'A' },
			{ value: 'B', label: 'B' }
		],
		answered: 2,
		tallies: [
			{ choice: 'A', count: 1 },
			{ choice: 'B', count: 1 }
		],
		measured: {
			unit: 'tone',
			format,
			best: 'lowest',
			note: '',
			values: [
				{ choice: 'A', outlet: 'A', value: format === 'tone' ? -0.4 : 3, sample: '2 sentences', query: null },
				{ choice: 'B', outlet: 'B', value: format === 'tone' ? 0.2 : 1, sample: '1 sentence', query: null }
			],
			answer: ['A']
		} as unknown as Reveal['measured']
	} as unknown as Reveal;
}

describe('the room’s axis on a reveal', () => {
	const rows: ['tone' | 'per1000' | 'share', number, string][] = [
		['tone', -100, 'the room’s 0 % in the middle, on the tone’s 0'],
		['per1000', 0, 'the room’s 0 % at the left, as the measure’s'],
		['share', 0, 'the room’s 0 % at the left, as the measure’s']
	];
	it.each(rows)('%s: min %i (%s)', (format, min) => {
		const cfg = revealSpec(reveal(format), [row('A'), row('B')], links).config({ patterns: false, image: false, medium: 'page' } as never) as { options: { scales: Record<string, { min?: number; max?: number }> } };
		expect(cfg.options.scales.xRoom.min).toBe(min);
		expect(cfg.options.scales.xRoom.max).toBe(100);
	});
});

// third newcomer pass: the sentence said all three outlets were "too close to call" while the chart
// starred one of them as the text's answer
describe('the stars on a reveal', () => {
	const rows: [string, number, number, string[]][] = [
		['a clear answer: one star', -0.4, 0.2, ['yes', '']],
		['a near-tie: every choice too close to call is starred', -0.02, 0.0, ['yes', 'yes']]
	];
	it.each(rows)('%s', (_n, a, b, stars) => {
		const r = reveal('tone');
		r.measured!.values[0].value = a;
		r.measured!.values[1].value = b;
		const spec = revealSpec(r, [row('A'), row('B')], links);
		expect(spec.table!().rows.map((cells) => cells[cells.length - 1].text)).toEqual(stars);
		expect(spec.note).toContain(stars.every(Boolean) ? 'too close to call' : '★ marks the text’s answer.');
	});
});

// sixth newcomer pass: the reveal starred, in the same blue, an outlet whose figure the overview showed
// as neutral, resting on one leaning sentence
describe('a figure too little to call on a reveal', () => {
	it.each([
		[true, '#8a8a8a', 'Grey: a figure resting on one sentence that leans, too little to call.'],
		[false, '#0072B2', null]
	] as const)('slight %s: the measured bar is %s', (slight, color, note) => {
		const r = reveal('tone');
		if (slight) r.measured!.values[0].slight = true;
		const spec = revealSpec(r, [row('A'), row('B')], links);
		const cfg = spec.config({ patterns: false, image: false, medium: 'page' } as never) as unknown as { data: { datasets: { backgroundColor: string[] }[] } };
		expect(cfg.data.datasets[1].backgroundColor[0]).toBe(color);
		if (note) expect(spec.note).toContain(note);
		else expect(spec.note).not.toContain('Grey:');
		const bar = spec.bars().find((b) => b.datasetIndex === 1 && b.index === 0)!;
		expect(bar.label.includes('too little to call')).toBe(slight);
	});
});

// eighth newcomer pass: → on the projector opened the first outlet's "Nothing to show for this bar"
// rather than the starred outlet the room was asked about
describe('a reveal’s measured bars say which is the text’s answer', () => {
	it.each([
		['lowest tone: A', 'tone', ['A']],
		['a density, the fixture’s answer A', 'per1000', ['A']]
	] as const)('%s', (_name, format, answers) => {
		const spec = revealSpec(reveal(format), [row('A'), row('B')], links);
		const measured = spec.bars().filter((b) => b.datasetIndex === 1);
		expect(measured.filter((b) => b.answer).map((b) => b.outlet.outlet)).toEqual(answers);
		expect(measured.filter((b) => !b.answer).map((b) => b.outlet.outlet)).toEqual(['B']);
		// the room's bars are no answer of the text
		expect(spec.bars().filter((b) => b.datasetIndex === 0).every((b) => !b.answer)).toBe(true);
	});
});
