// The changes a snapshot's banner lists, the own-voice switch among them, and the count a source line gives.
import { describe, expect, it } from 'vitest';
import { changeCount, changesNote, snapshotChanges } from '../../src/lib/changes.js';
import type { CollectionSettings } from '../../src/lib/server/types.js';

type Fix = { article: string; start: number; end: number; text: string; speaker: string | null };
const settings = (s: Partial<{ add: readonly string[]; remove: readonly string[]; merges: Record<string, string>; groups: Record<string, string>; ownVoice: boolean; quoteFixes: readonly Fix[]; notActors: readonly string[] }>): CollectionSettings =>
	({
		lexicon: { add: (s.add ?? []).map((term) => ({ term, category: 'emotive' })), remove: [...(s.remove ?? [])] },
		speakers: { merges: s.merges, groups: s.groups, quoteFixes: s.quoteFixes ? [...s.quoteFixes] : undefined, notActors: s.notActors ? [...s.notActors] : undefined, ...(s.ownVoice === undefined ? {} : { ownVoice: s.ownVoice }) }
	}) as CollectionSettings;
const fix = (text: string, speaker: string | null): Fix => ({ article: 'a1', start: 0, end: text.length, text, speaker });

describe('snapshotChanges', () => {
	it.each([
		['nothing changed', {}, 0, false],
		['own-voice rule on (explicitly): not a change', { ownVoice: true }, 0, false],
		['own-voice rule switched off: listed', { ownVoice: false }, 1, true],
		['terms, a merge, a group and the switch', { add: ['thugs'], remove: ['said'], merges: { 'J. Doe': 'Jane Doe' }, groups: { 'Jane Doe': 'citizen' }, ownVoice: false }, 5, true],
		// review 17: a snapshot said "(10)" and left out the 7 quote corrections it was computed with
		['quotes corrected one by one and names left out as no actor', { quoteFixes: [fix('I took the judgement call', 'Andrew'), fix('Chapter One', null)], notActors: ['Moon'] }, 3, false]
	] as const)('%s', (_name, s, count, off) => {
		const c = snapshotChanges(settings(s));
		expect(changeCount(c)).toBe(count);
		expect(c.ownVoiceOff).toBe(off);
	});

	it('lists a corrected quote by its opening words, at most about 60 characters', () => {
		const long = 'It was a difficult situation for us, and we needed this win, otherwise we could be out of the tournament.';
		const c = snapshotChanges(settings({ quoteFixes: [fix(long, 'Ann Lee'), { ...fix('Chapter One', null), article: 'gone' }] }), [{ id: 'a1', outlet: 'The Herald' }]);
		expect(c.quoteFixes).toEqual([
			{ words: 'It was a difficult situation for us, and we needed this win, …', speaker: 'Ann Lee', outlet: 'The Herald' },
			{ words: 'Chapter One', speaker: null, outlet: null }
		]);
	});
});

// review 20: an exported chart looked like uncorrected output after nine changes
describe('changesNote: what a source line says of the changes', () => {
	it.each([
		['none: nothing said', {}, ''],
		['one', { groups: { 'Jane Doe': 'citizen' } }, ' · 1 change by the facilitator'],
		['several', { add: ['thugs'], quoteFixes: [fix('Chapter One', null)], ownVoice: false }, ' · 3 changes by the facilitator']
	] as const)('%s', (_name, s, expected) => {
		expect(changesNote(snapshotChanges(settings(s)))).toBe(expected);
	});
});
