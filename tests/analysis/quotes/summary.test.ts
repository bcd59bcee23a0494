// summary.ts: tallies per speaker and group, the facilitator's overrides.
import { describe, expect, it } from 'vitest';
import { summariseQuotes, tallyQuotes } from '../../../analysis/quotes/index.js';
import type { Quote } from '../../../analysis/types.js';

function q(speaker: string | null, start: number, words: number, extra: Partial<Quote> = {}): Quote {
	return {
		start,
		end: start + words * 5,
		text: 'x',
		kind: 'direct',
		speaker,
		speakerStart: null,
		speakerEnd: null,
		cue: 'said',
		cueStart: null,
		cueEnd: null,
		cueKind: 'neutral',
		affiliation: null,
		group: 'unclassified',
		words,
		...extra
	};
}

describe('summariseQuotes', () => {
	const base = [
		q('Marta Kowalczyk', 100, 30, { group: 'expert or academic', affiliation: 'Brightwater University' }),
		q('Kowalczyk', 600, 10, { cue: 'claimed', cueKind: 'loaded' }),
		q('Interior Ministry', 300, 20, { group: 'government', kind: 'indirect' }),
		q(null, 800, 20, { cue: null })
	];

	it('tallies quotes, words, share, first position and cues', () => {
		const s = summariseQuotes(base, 1000);
		expect(s.speakers.map((x) => [x.speaker, x.quotes, x.words, x.share, x.firstPosition])).toEqual([
			['Marta Kowalczyk', 1, 30, 0.375, 0.1],
			['Interior Ministry', 1, 20, 0.25, 0.3],
			['Kowalczyk', 1, 10, 0.125, 0.6]
		]);
		expect(s.groups.map((g) => [g.group, g.quotes, g.words, g.share])).toEqual([
			['unclassified', 2, 30, 0.375],
			['expert or academic', 1, 30, 0.375],
			['government', 1, 20, 0.25]
		]);
		expect(s.cues).toEqual({ neutral: 2, loaded: 1 });
		expect(s.speakers.find((x) => x.speaker === 'Kowalczyk')!.cues).toEqual({ claimed: 1 });
	});

	it('merges speakers: the merged name takes the target\'s group and affiliation', () => {
		const s = summariseQuotes(base, 1000, { merges: { Kowalczyk: 'Marta Kowalczyk' } });
		const m = s.speakers.find((x) => x.speaker === 'Marta Kowalczyk')!;
		expect([m.quotes, m.words, m.share, m.firstPosition, m.group]).toEqual([2, 40, 0.5, 0.1, 'expert or academic']);
		expect(m.cues).toEqual({ said: 1, claimed: 1 });
		expect(s.speakers.some((x) => x.speaker === 'Kowalczyk')).toBe(false);
		expect(s.quotes[1].affiliation).toBe('Brightwater University');
	});

	it('regroups a speaker', () => {
		const s = summariseQuotes(base, 1000, { groups: { 'Interior Ministry': 'other' } });
		expect(s.speakers.find((x) => x.speaker === 'Interior Ministry')!.group).toBe('other');
		expect(s.groups.find((g) => g.group === 'government')).toBeUndefined();
		expect(s.groups.find((g) => g.group === 'other')!.words).toBe(20);
	});

	it('can be applied again to its own output, and new overrides start from the analysis', () => {
		const o = { merges: { Kowalczyk: 'Marta Kowalczyk' }, groups: { 'Marta Kowalczyk': 'media' as const } };
		const once = summariseQuotes(base, 1000, o);
		const twice = summariseQuotes(once.quotes, 1000, o);
		expect(twice.speakers).toEqual(once.speakers);
		expect(twice.groups).toEqual(once.groups);
		const undone = summariseQuotes(once.quotes, 1000, {});
		expect(undone.speakers).toEqual(summariseQuotes(base, 1000).speakers);
		expect(undone.quotes.map((x) => x.speaker)).toEqual(base.map((x) => x.speaker));
	});

	it('tallies across an outlet\'s articles', () => {
		const t = tallyQuotes([
			{ quotes: [q('Lena Vik', 0, 10)], bodyLength: 100 },
			{ quotes: [q('Lena Vik', 50, 10), q('Tomas Reyes', 10, 20)], bodyLength: 100 }
		]);
		expect(t.speakers.map((x) => [x.speaker, x.quotes, x.words, x.share, x.firstPosition])).toEqual([
			['Lena Vik', 2, 20, 0.5, 0.25],
			['Tomas Reyes', 1, 20, 0.5, 0.1]
		]);
		expect(t.cues).toEqual({ neutral: 3, loaded: 0 });
	});
});
