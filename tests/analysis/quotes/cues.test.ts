// cues.ts: which words report speech. Each row: a sentence, a word in it, and whether a speech cue
// starts there (and what the cue covers).
import { describe, expect, it } from 'vitest';
import { ctxOf, tokenIndex } from './helpers.js';

const rows: [string, string, string, string | null][] = [
	['a plain verb', 'Jane Roe said the plan would fail.', 'said', 'said'],
	['a phrase', 'According to the ministry, the bridge is safe.', 'According', 'According to'],
	['the channel is part of the cue', 'The ministry said in a statement that the bridge is safe.', 'said', 'said in a statement'],
	['a verb the lite model leaves unlemmatised', 'Jane Roe tweeted that the vote was rigged.', 'tweeted', 'tweeted'],
	['"instructed" reports speech (issue class 6)', 'The judge instructed the jury that the evidence was weak.', 'instructed', 'instructed'],
	['a phrasal verb of speaking', 'Tom Dale shot back that the figures were wrong.', 'shot', 'shot back'],
	['"as X put it"', 'As the prosecutor put it, the case was closed.', 'put', 'put it'],
	['a past tense the tagger reads as an adjective, before "that"', 'Federal prosecutors alleged that the guards slept.', 'alleged', 'alleged'],
	['a noun after an article is no cue', 'The calls for an inquiry grew louder.', 'calls', null],
	['a noun after a possessive is no cue', "Ottawa's claims were rejected by the court.", 'claims', null],
	['"the said agreement" is no cue', 'The said agreement expired in May.', 'said', null],
	['a plea is not a statement', 'Tom Dale pleaded guilty on Monday.', 'pleaded', null]
];

describe('cueAt', () => {
	it.each(rows)('%s', (_n, text, word, cue) => {
		const ctx = ctxOf(text);
		const i = tokenIndex(ctx, word);
		const end = ctx.cueAt(i);
		if (cue === null) expect(end).toBe(-1);
		else {
			expect(end).toBeGreaterThan(i);
			expect(text.slice(ctx.toks[i].start, ctx.toks[end - 1].end)).toBe(cue);
		}
	});
});
