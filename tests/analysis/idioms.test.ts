import { describe, expect, it } from 'vitest';
import { tokenise } from '../../analysis/nlp.js';
import { idiomAt, idiomsOf } from '../../analysis/sentiment/idioms.js';
import { norm, phraseAtIndex } from '../../analysis/sentiment/lexicon.js';

// idiomAt() answers from the article's idioms, looked up once, where a unit holds the same tokens the
// search read; it must give what phraseAtIndex() gives for every unit, whatever its bounds, the tokens
// it skips and the ones it leaves out.
describe('idiomAt gives what phraseAtIndex gives in every unit', () => {
	const rows: [string, string][] = [
		['idioms in a row', 'The plan fell flat, kind of. It was not worth it, and they were fed up with it.'],
		['an idiom across a hyphen and a line break', 'A so-called reform\nfell flat. Sort of a mess, all in all.'],
		['no idioms', 'Ministers met on Tuesday to discuss the budget.']
	];
	it.each(rows)('%s', (_name, text) => {
		const { tokens } = tokenise(text);
		const lower = tokens.map((t) => norm(t.normal));
		const memo = idiomsOf(tokens, lower);
		let units = 0;
		for (let from = 0; from < tokens.length; from++)
			for (let to = from + 1; to <= tokens.length; to++) {
				// the whole range, every other token skipped, and the range with its second token left out
				const whole = Array.from({ length: to - from }, (_, k) => from + k);
				const skipping = whole.filter((_, k) => k % 2 === 0);
				for (const idx of [whole, skipping])
					for (const silent of [new Set<number>(), new Set([1])]) {
						const stop = (p: number) => silent.has(p);
						for (let i = 0; i < idx.length; i++) {
							if (stop(i)) continue;
							expect(idiomAt(memo, tokens, idx, idx.length, lower, i, stop)).toEqual(phraseAtIndex(tokens, idx, idx.length, lower, i, stop));
							units++;
						}
					}
			}
		expect(units).toBeGreaterThan(0);
	});

	it('finds the idioms themselves', () => {
		const text = 'The plan fell flat.';
		const { tokens } = tokenise(text);
		const memo = idiomsOf(tokens, tokens.map((t) => norm(t.normal)));
		const at = tokens.findIndex((t) => t.normal === 'fell');
		expect(memo.found[at]?.length).toBe(2);
		expect(memo.found[at + 1]).toBeNull();
	});
});
