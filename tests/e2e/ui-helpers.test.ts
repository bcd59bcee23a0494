// Fast checks of the pure client helpers the browser tests rely on (no server, no browser).
import { describe, expect, it } from 'vitest';
import { buildParagraphs, findTerm, focusFromParams } from '../../src/lib/segments';
import { csvCell, toCsv } from '../../src/lib/csv';
import type { LoadedTerm, Quote } from '../../analysis/types';

const text = 'He said "a shameful retreat" today.\n\nCritics called it shameful.';
const quote: Quote = {
	start: 9, end: 27, text: 'a shameful retreat', kind: 'direct', speaker: 'He', speakerStart: 0, speakerEnd: 2,
	cue: 'said', cueStart: 3, cueEnd: 7, cueKind: 'neutral', affiliation: null, group: 'other', words: 3
};
const loaded = (start: number, end: number, voice: 'outlet' | 'quoted'): LoadedTerm => ({
	start, end, text: text.slice(start, end), category: 'emotive', term: 'shameful', voice, speaker: voice === 'quoted' ? 'He' : null
});

describe('buildParagraphs', () => {
	const terms = [loaded(11, 19, 'quoted'), loaded(55, 63, 'outlet')];
	const paras = buildParagraphs(text, [{ start: 0, end: 35 }, { start: 37, end: 64 }], [quote], terms, { cat: 'emotive', voice: 'own' });

	it('covers every character of each paragraph exactly once, in order', () => {
		expect(paras.map((p) => p.segments.map((s) => s.text).join(''))).toEqual([text.slice(0, 35), text.slice(37, 64)]);
	});

	it('nests loaded terms inside quotes and focuses only what was asked for', () => {
		const inQuote = paras[0].segments.find((s) => s.text === 'shameful')!;
		expect(inQuote.quote).toBe(0);
		expect(inQuote.loaded).toBe(0);
		expect(inQuote.focus).toBe(false); // quoted voice, but the focus asked for own voice
		const own = paras[1].segments.find((s) => s.text === 'shameful')!;
		expect(own.quote).toBeNull();
		expect(own.focus).toBe(true);
	});

	it('rings searched words on word boundaries only', () => {
		expect(findTerm('Shame, shameful, shame.', 'shame').map((s) => [s.start, s.end])).toEqual([[0, 5], [17, 22]]);
	});
});

describe('csv', () => {
	it('quotes separators and neutralises spreadsheet formulas', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell(0.123456)).toBe('0.1235');
		// a signed number written as text is that number, not a formula
		expect(csvCell('+0.01')).toBe('+0.01');
		expect(csvCell('-12.5%')).toBe('-12.5%');
		expect(csvCell('+1+cmd|x')).toBe("'+1+cmd|x");
		expect(csvCell('-2-3')).toBe("'-2-3");
		expect(csvCell(null)).toBe('');
		expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
	});
});

describe('focusFromParams: what a chart link asks the evidence views to highlight', () => {
	const rows: [string, object][] = [
		['?cat=emotive&voice=quoted', { cat: 'emotive', voice: 'quoted', speaker: null, group: null, term: null, cue: null }],
		['?speaker=Jane%20Doe&group=media', { cat: null, voice: null, speaker: 'Jane Doe', group: 'media', term: null, cue: null }],
		['?term=say&voice=own', { cat: null, voice: 'own', speaker: null, group: null, term: 'say', cue: null }],
		['?voice=everyone', { cat: null, voice: null, speaker: null, group: null, term: null, cue: null }],
		['?cue=Claimed', { cat: null, voice: null, speaker: null, group: null, term: null, cue: 'claimed' }]
	];
	it.each(rows)('%s', (query, expected) => {
		expect(focusFromParams(new URLSearchParams(query))).toEqual(expected);
	});
});
