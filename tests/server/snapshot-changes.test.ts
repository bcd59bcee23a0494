// The changes a snapshot's banner lists, the own-voice switch among them.
import { describe, expect, it } from 'vitest';
import { changeCount, snapshotChanges } from '../../src/routes/s/[token]/changes.js';
import type { CollectionSettings } from '../../src/lib/server/types.js';

const settings = (s: Partial<{ add: readonly string[]; remove: readonly string[]; merges: Record<string, string>; groups: Record<string, string>; ownVoice: boolean }>): CollectionSettings =>
	({
		lexicon: { add: (s.add ?? []).map((term) => ({ term, category: 'emotive' })), remove: [...(s.remove ?? [])] },
		speakers: { merges: s.merges, groups: s.groups, ...(s.ownVoice === undefined ? {} : { ownVoice: s.ownVoice }) }
	}) as CollectionSettings;

describe('snapshotChanges', () => {
	it.each([
		['nothing changed', {}, 0, false],
		['own-voice rule on (explicitly): not a change', { ownVoice: true }, 0, false],
		['own-voice rule switched off: listed', { ownVoice: false }, 1, true],
		['terms, a merge, a group and the switch', { add: ['thugs'], remove: ['said'], merges: { 'J. Doe': 'Jane Doe' }, groups: { 'Jane Doe': 'citizen' }, ownVoice: false }, 5, true]
	] as const)('%s', (_name, s, count, off) => {
		const c = snapshotChanges(settings(s));
		expect(changeCount(c)).toBe(count);
		expect(c.ownVoiceOff).toBe(off);
	});
});
