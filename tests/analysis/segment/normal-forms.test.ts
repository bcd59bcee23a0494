// The one-pass normal forms of a line (segment/patterns.ts norm, segment/boilerplate.ts key) and the
// in-place word count (nlp.ts countWords) must read text exactly as the patterns they replace.
import { describe, expect, it } from 'vitest';
import { norm } from '../../../analysis/segment/patterns.js';
import { key } from '../../../analysis/segment/boilerplate.js';
import { countWords } from '../../../analysis/nlp.js';

const normRows: [string, string][] = [
	['  Read MORE: “The Story” ', 'read more the story'],
	['Don’t miss', 'don t miss'],
	['Oʼahu news', 'o ahu news'],
	['Ünïcödé—déjà vu!', 'ünïcödé déjà vu'],
	['𝐁𝐨𝐥𝐝 Title', '𝐁𝐨𝐥𝐝 title'],
	['...', ''],
	['', ''],
	['٣ items', '٣ items']
];

const keyRows: [string, string][] = [
	['• Share   this\tstory ', 'share this story'],
	['  • not a bullet', '• not a bullet'],
	['It’s “Live”', 'it\'s "live"'],
	['-\u00a0Advertisement\u2003', 'advertisement'],
	['Oʼahu', "o'ahu"],
	['', '']
];

const countRows: [string, number][] = [
	["It's a U.S.-led, well-known plan.", 6],
	['e-mail — 3.5 % rise', 3],
	['a.-b', 2],
	['😀 word 𝐀𝐁', 2],
	['', 0]
];

describe('normal forms of a line', () => {
	it.each(normRows)('norm(%j) = %j', (s, want) => {
		expect(norm(s)).toBe(want);
		expect(norm(s)).toBe(s.toLowerCase().replace(/(?:[^\p{L}\p{N}]|ʼ)+/gu, ' ').trim());
	});
	it.each(keyRows)('key(%j) = %j', (s, want) => expect(key(s)).toBe(want));
});

describe('countWords in place', () => {
	it.each(countRows)('%j has %i words', (s, n) => {
		expect(countWords(s)).toBe(n);
		expect(countWords(s)).toBe((s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length);
	});
	it('counts a range without slicing, and stops past a cap', () => {
		const s = 'one two three four five six';
		expect(countWords(s, 4, 13)).toBe(2);
		expect(countWords(s, 0, s.length, 2)).toBe(3);
	});
});
