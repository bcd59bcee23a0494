// indirect.ts: reported speech, one row per pattern: [name, text, expected (reported clause, speaker
// mention)].
import { describe, expect, it } from 'vitest';
import { findIndirect } from '../../../analysis/quotes/indirect.js';
import { ctxOf } from './helpers.js';

function indirect(text: string): { text: string; mention: string | null }[] {
	const ctx = ctxOf(text);
	return findIndirect(ctx).map((f) => ({ text: text.slice(f.start, f.end), mention: f.speaker?.mention ? text.slice(f.speaker.mention.start, f.speaker.mention.end) : null }));
}

describe('findIndirect', () => {
	const rows: [string, string, { text: string; mention: string | null }[]][] = [
		['subject, cue, clause', 'Ann Lee said the bridge was safe.', [{ text: 'the bridge was safe', mention: 'Ann Lee' }]],
		['clause first, cue after', 'The bridge was safe, officials said.', [{ text: 'The bridge was safe', mention: 'officials' }]],
		['"according to"', 'According to the ministry, the bridge was safe.', [{ text: 'the bridge was safe', mention: 'the ministry' }]],
		['"that" after the cue is not part of the clause', 'Ann Lee told reporters that the bridge was safe.', [{ text: 'the bridge was safe', mention: 'Ann Lee' }]],
		['a group of people the word lists may lack still speaks', 'The decree will have little effect on the court, international jurists said.', [{ text: 'The decree will have little effect on the court', mention: 'international jurists' }]],
		['a belief verb is not speech', 'Ann Lee thinks the bridge is safe.', []],
		['the subject of a passive is not the speaker', 'Ann Lee was told the bridge was safe.', []],
		['a noun that looks like a verb is no cue', 'At the fish counter, a sign said the prices would rise.', [{ text: 'the prices would rise', mention: 'a sign' }]]
	];
	it.each(rows)('%s', (_n, text, expected) => {
		expect(indirect(text)).toEqual(expected);
	});
});
