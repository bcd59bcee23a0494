// summary.ts: tallies per speaker and group, the facilitator's overrides.
import { describe, expect, it } from 'vitest';
import { summariseQuotes, tallyQuotes } from '../../../analysis/quotes/index.js';
import type { Quote, SpeakerGroup } from '../../../analysis/types.js';
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

describe('the facilitator’s corrections of single quotes', () => {
	// Four quotes of one article ('a1'), each with its own words so a correction can find it again.
	const quotes = [
		q('Marta Kowalczyk', 100, 30, { text: 'the plan is sound', group: 'expert or academic', affiliation: 'Brightwater University', speakerStart: 80, speakerEnd: 95 }),
		q('Interior Ministry', 300, 20, { text: 'no comment on the matter', group: 'government', kind: 'indirect', speakerStart: 280, speakerEnd: 297 }),
		q(null, 500, 10, { text: 'we were never asked', cue: null }),
		q('Jan Nowak', 700, 10, { text: 'Chest X-ray', group: 'citizen' })
	];
	const fix = (i: number, speaker: string | null, at: Partial<{ start: number; end: number; text: string; article: string }> = {}) => ({
		article: 'a1',
		start: quotes[i].start,
		end: quotes[i].end,
		text: quotes[i].text,
		speaker,
		...at
	});
	const who = (qs: Quote[]) => qs.map((x) => [x.speaker, x.group]);
	const rows: [string, (ReturnType<typeof fix> & { group?: SpeakerGroup })[], (string | null)[][]][] = [
		['gives an unattributed quote a new speaker, unclassified', [fix(2, 'Ann Lee')], [['Marta Kowalczyk', 'expert or academic'], ['Interior Ministry', 'government'], ['Ann Lee', 'unclassified'], ['Jan Nowak', 'citizen']]],
		// fourth newcomer pass: a new speaker's name comes with the group it says (read on the server, quote-fixes.ts)
		['... with the group its name says', [{ ...fix(2, 'Ministry of Health'), group: 'government' as const }], [['Marta Kowalczyk', 'expert or academic'], ['Interior Ministry', 'government'], ['Ministry of Health', 'government'], ['Jan Nowak', 'citizen']]],
		['... but a speaker the article quotes keeps their own', [{ ...fix(3, 'Interior Ministry'), group: 'citizen' as const }], [['Marta Kowalczyk', 'expert or academic'], ['Interior Ministry', 'government'], [null, 'unclassified'], ['Interior Ministry', 'government']]],
		['gives a quote to a speaker the article quotes elsewhere, with their group', [fix(3, 'Interior Ministry')], [['Marta Kowalczyk', 'expert or academic'], ['Interior Ministry', 'government'], [null, 'unclassified'], ['Interior Ministry', 'government']]],
		['leaves out a passage that is no quote', [fix(3, null)], [['Marta Kowalczyk', 'expert or academic'], ['Interior Ministry', 'government'], [null, 'unclassified']]],
		['finds the quote by its words when the text before it moved', [fix(2, 'Ann Lee', { start: 520, end: 570 })], [['Marta Kowalczyk', 'expert or academic'], ['Interior Ministry', 'government'], ['Ann Lee', 'unclassified'], ['Jan Nowak', 'citizen']]],
		['finds it when the analysis drew its span a little wider', [fix(0, 'Someone Else', { end: 140, text: 'plan is sound' })], [['Someone Else', 'unclassified'], ['Interior Ministry', 'government'], [null, 'unclassified'], ['Jan Nowak', 'citizen']]],
		['leaves a quote whose words changed as it is', [fix(0, 'Someone Else', { text: 'the plan is unsound' })], [['Marta Kowalczyk', 'expert or academic'], ['Interior Ministry', 'government'], [null, 'unclassified'], ['Jan Nowak', 'citizen']]],
		['applies only the article’s own corrections', [fix(3, null, { article: 'a2' })], [['Marta Kowalczyk', 'expert or academic'], ['Interior Ministry', 'government'], [null, 'unclassified'], ['Jan Nowak', 'citizen']]]
	];
	it.each(rows)('%s', (_name, quoteFixes, expected) => {
		const s = summariseQuotes(quotes, 1000, { quoteFixes }, undefined, 'a1');
		expect(who(s.quotes)).toEqual(expected);
	});

	it('recounts the tallies: a quote given away and a non-quote left out', () => {
		const s = summariseQuotes(quotes, 1000, { quoteFixes: [fix(2, 'Marta Kowalczyk'), fix(3, null)] }, undefined, 'a1');
		expect(s.speakers.map((x) => [x.speaker, x.quotes, x.words, x.share])).toEqual([
			['Marta Kowalczyk', 2, 40, 0.6667],
			['Interior Ministry', 1, 20, 0.3333]
		]);
		expect(s.unattributed).toEqual({ quotes: 0, words: 0, share: 0 });
		expect(s.speakers[0].given).toBe(true);
		// the given quote is marked, and nothing in the text names its speaker
		const given = s.quotes.find((x) => x.start === 500)!;
		expect([given.given, given.speakerStart, given.affiliation]).toEqual([true, null, 'Brightwater University']);
	});

	it('is undone by applying fewer overrides, and merges apply to a given name', () => {
		const once = summariseQuotes(quotes, 1000, { quoteFixes: [fix(1, 'Ministry')] }, undefined, 'a1').quotes;
		const merged = summariseQuotes(once, 1000, { quoteFixes: [fix(1, 'Ministry')], merges: { Ministry: 'Marta Kowalczyk' } }, undefined, 'a1').quotes;
		expect(merged[1].speaker).toBe('Marta Kowalczyk');
		const back = summariseQuotes(merged, 1000, {}, undefined, 'a1').quotes;
		expect(back[1]).toEqual(quotes[1]);
	});

	it('counts corrections per article across an outlet', () => {
		const t = tallyQuotes(
			[
				{ id: 'a1', quotes, bodyLength: 1000 },
				{ id: 'a2', quotes, bodyLength: 1000 }
			],
			{ quoteFixes: [fix(3, null)] }
		);
		expect(t.speakers.find((x) => x.speaker === 'Jan Nowak')!.quotes).toBe(1);
	});
});
