// isTitleCase answers ASCII words without regexes (analysis/loaded/title-case.ts): the same answers
// as the Unicode definition, on ASCII, accented, non-Latin and astral-plane words.
import { describe, expect, it } from 'vitest';
import { isTitleCase } from '../../analysis/loaded/title-case';
import type { Token } from '../../analysis/types';

const tok = (value: string) => ({ value }) as Token;
/** The definition, with the regexes. */
function reference(words: string[]): boolean {
	const SMALL = new Set(['the', 'and', 'but', 'for', 'nor', 'yet', 'with', 'from', 'into', 'onto', 'over', 'than', 'via']);
	let n = 0;
	let caps = 0;
	for (const v of words.slice(1)) {
		if (!/^\p{L}{3,}/u.test(v) || SMALL.has(v)) continue;
		n++;
		if (/^\p{Lu}/u.test(v)) caps++;
	}
	return caps >= 4 && caps / n >= 0.9;
}

describe('isTitleCase', () => {
	const rows: [string, boolean][] = [
		['Leftist Media Calls It Bigotry And Worse', true],
		['Joe Biden met Kamala Harris in Delaware today', false],
		['RUSSIA LEAVES THE COURT FOR GOOD', true],
		['Élan Über Ärger Ösel Ünd', true],
		['Über alles: élan and ärger for ösel', false],
		['Москва Объявила Новые Меры Сегодня', true],
		['𝐀bc 𝐀bc 𝐁cd 𝐂de 𝐃ef', true],
		['A Of 1st 2nd A-b', false],
		['Ab Cd Ef Gh', false]
	];
	it.each(rows)('%s', (sentence, expected) => {
		const words = sentence.split(' ');
		expect(isTitleCase(words.map(tok), 0, words.length)).toBe(expected);
		expect(reference(words)).toBe(expected);
	});
});
