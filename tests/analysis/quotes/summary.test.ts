// summary.ts: tallies per speaker and group, the facilitator's overrides.
import { describe, expect, it } from 'vitest';
import { summariseQuotes, tallyQuotes } from '../../../analysis/quotes/index.js';
import type { Quote } from '../../../analysis/types.js';
import { analyse } from './helpers.js';

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

describe('names from the text are only names (issue #11)', () => {
	const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
	it.each(names)('a speaker called %s is tallied, regrouped and merged like any other', (name) => {
		const quotes = [q(name, 0, 10, { cue: name }), q('Ann Lee', 100, 10), q(name, 200, 5, { cue: 'said' })];
		const s = summariseQuotes(quotes, 1000);
		const sp = s.speakers.find((x) => x.speaker === name)!;
		expect([sp.quotes, sp.words]).toEqual([2, 15]);
		expect(sp.cues[name.toLowerCase()]).toBe(1);
		expect(JSON.parse(JSON.stringify(s.speakers)).find((x: { speaker: string }) => x.speaker === name).cues).toEqual({ [name.toLowerCase()]: 1, said: 1 });
		// overrides keyed by the name, as they come back from JSON
		const groups = JSON.parse(`{${JSON.stringify(name)}: "media"}`);
		const merges = JSON.parse(`{${JSON.stringify(name)}: "Ann Lee"}`);
		expect(summariseQuotes(quotes, 1000, { groups }).speakers.find((x) => x.speaker === name)!.group).toBe('media');
		const merged = summariseQuotes(quotes, 1000, { merges });
		expect(merged.speakers.map((x) => [x.speaker, x.words])).toEqual([['Ann Lee', 25]]);
		// and a speaker no override names is not matched by an inherited property
		expect(summariseQuotes([q('Ann Lee', 0, 5)], 100, { groups: {}, merges: {} }).speakers[0].group).toBe('unclassified');
	});
});

describe('speakers show why, per article', () => {
	it('each speaker gets the evidence of its entity and every mention merged into it', () => {
		const text = 'Jane Roe, a Kansas senator, spoke first.\n\n"We will not fund it," she said. Roe left.';
		const { quotes, entities } = analyse(text);
		const s = summariseQuotes(quotes, text.length, undefined, entities);
		const roe = s.speakers.find((x) => x.speaker === 'Jane Roe')!;
		expect(roe.group).toBe('government');
		expect(roe.groupEvidence && text.slice(roe.groupEvidence.start, roe.groupEvidence.end)).toMatch(/senator/);
		expect(roe.mentions!.map((m) => m.text)).toEqual(['Jane Roe', 'a Kansas senator', 'she', 'Roe']);
		expect(s.unattributed).toEqual({ quotes: 0, words: 0, share: 0 });
	});

	it('a merge brings the mentions along, and a facilitator regroup is flagged', () => {
		const text = 'Ann Lee spoke. "We warned them," Ann Lee said.\n\nThe council said "nobody warned us at all".';
		const { quotes, entities } = analyse(text);
		const s = summariseQuotes(quotes, text.length, { merges: { council: 'Ann Lee' }, groups: { 'Ann Lee': 'citizen' } }, entities);
		const lee = s.speakers.find((x) => x.speaker === 'Ann Lee')!;
		expect(lee.regrouped).toBe(true);
		expect(lee.group).toBe('citizen');
		expect(lee.mentions!.some((m) => m.text === 'The council')).toBe(true);
	});

	it('across an outlet\'s articles there is no per-article evidence', () => {
		const t = tallyQuotes([{ quotes: [q('Lena Vik', 0, 10)], bodyLength: 100 }, { quotes: [q('Lena Vik', 0, 10)], bodyLength: 100 }]);
		expect(t.speakers[0].mentions).toBeUndefined();
	});
});
