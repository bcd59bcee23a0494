// buildParagraphs sweeps the spans once (src/lib/segments.ts): the same pieces as asking every span
// for every piece, which is what this file's reference does, on hand-made and generated layouts.
import { describe, expect, it } from 'vitest';
import { buildParagraphs, markedPieces, type Focus } from '../../src/lib/segments';
import type { LoadedTerm, Quote, SentenceSentiment, Span } from '../../analysis/types';

/** The definition: the first span in list order with start ≤ at < end. */
const covering = (list: Span[], at: number) => {
	const i = list.findIndex((s) => s.start <= at && at < s.end);
	return i < 0 ? null : i;
};

function reference(text: string, paras: Span[], quotes: Quote[], loaded: LoadedTerm[], sents: SentenceSentiment[]) {
	const cuts = new Set<number>();
	for (const s of [...quotes, ...loaded, ...sents]) (cuts.add(Math.max(0, Math.min(text.length, s.start))), cuts.add(Math.max(0, Math.min(text.length, s.end))));
	return paras.map((p) => {
		const points = [p.start, ...[...cuts].filter((c) => c > p.start && c < p.end), p.end].sort((a, b) => a - b);
		const out: [string, number | null, number | null, number | null][] = [];
		for (let i = 0; i < points.length - 1; i++)
			if (points[i + 1] > points[i]) out.push([text.slice(points[i], points[i + 1]), covering(quotes, points[i]), covering(loaded, points[i]), sents.length ? covering(sents, points[i]) : null]);
		return out;
	});
}

const quote = (start: number, end: number): Quote =>
	({ start, end, text: '', kind: 'direct', speaker: 'S', speakerStart: null, speakerEnd: null, cue: null, cueStart: null, cueEnd: null, cueKind: null, affiliation: null, group: 'other', words: 1 }) as unknown as Quote;
const term = (start: number, end: number): LoadedTerm => ({ start, end, text: '', category: 'emotive', term: 't', voice: 'outlet', speaker: null });
const sentence = (start: number, end: number) => ({ start, end, score: 0, words: [] }) as unknown as SentenceSentiment;

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('buildParagraphs: the same pieces as the definition', () => {
	const text = 'abcdefghij'.repeat(20);
	const rows: [string, Span[], Quote[], LoadedTerm[], SentenceSentiment[]][] = [
		['nested quote and term', [{ start: 0, end: 100 }], [quote(10, 40)], [term(20, 25)], []],
		['overlapping quotes: the first listed wins', [{ start: 0, end: 100 }], [quote(30, 60), quote(10, 50)], [], []],
		['a span across two paragraphs', [{ start: 0, end: 50 }, { start: 52, end: 100 }], [quote(40, 70)], [], [sentence(0, 100)]],
		['paragraphs out of text order', [{ start: 60, end: 100 }, { start: 0, end: 50 }], [quote(5, 80)], [term(70, 75), term(10, 12)], []],
		['empty and inverted spans', [{ start: 0, end: 100 }], [quote(20, 20), quote(50, 40)], [term(30, 30)], []],
		['spans past the text', [{ start: 0, end: 200 }], [quote(190, 400)], [term(-5, 3)], []]
	];
	it.each(rows)('%s', (_name, paras, quotes, loaded, sents) => {
		const got = buildParagraphs(text, paras, quotes, loaded, {} as Focus, null, sents).map((p) => p.segments.map((s) => [s.text, s.quote, s.loaded, s.sentence]));
		expect(got).toEqual(reference(text, paras, quotes, loaded, sents));
	});

	it('200 generated layouts', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const r = rng(seed);
			const n = 300;
			const t = 'x'.repeat(n);
			const span = () => {
				const a = Math.floor(r() * n);
				return [a, a + Math.floor(r() * (r() < 0.1 ? n : 20))] as const;
			};
			const paras: Span[] = [];
			for (let a = 0; a < n; ) {
				const b = Math.min(n, a + 1 + Math.floor(r() * 60));
				paras.push({ start: a, end: b });
				a = b + Math.floor(r() * 3);
			}
			const quotes = Array.from({ length: Math.floor(r() * 15) }, () => quote(...span()));
			const loaded = Array.from({ length: Math.floor(r() * 25) }, () => term(...span()));
			const sents = Array.from({ length: Math.floor(r() * 10) }, () => sentence(...span()));
			const got = buildParagraphs(t, paras, quotes, loaded, {} as Focus, null, sents).map((p) => p.segments.map((s) => [s.text, s.quote, s.loaded, s.sentence]));
			expect(got, `seed ${seed}`).toEqual(reference(t, paras, quotes, loaded, sents));
		}
	});
});

describe('markedPieces: a headline cut at its findings', () => {
	const sp = (start: number, end: number) => ({ start, end });
	const rows: [string, Span[], [string, boolean][]][] = [
		['Moscow Holds Justice in Contempt', [sp(24, 32)], [['Moscow Holds Justice in ', false], ['Contempt', true]]],
		['A Blow To Justice', [sp(0, 9)], [['A Blow To', true], [' Justice', false]]],
		['plain', [], [['plain', false]]],
		['', [], []],
		// out of order is sorted; overlapping, empty or out-of-range spans are left plain
		['ab cd ef', [sp(6, 8), sp(0, 2)], [['ab', true], [' cd ', false], ['ef', true]]],
		['ab cd ef', [sp(0, 5), sp(3, 8)], [['ab cd', true], [' ef', false]]],
		['ab', [sp(1, 1), sp(0, 9)], [['ab', false]]]
	];
	it.each(rows)('%j %j', (text, spans, expected) => {
		const pieces = markedPieces(text, spans);
		expect(pieces.map((p) => [p.text, p.span !== null])).toEqual(expected);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
	});
});

// fifth newcomer pass: the attribution between two parts of one statement ("…,” he added. “…") was
// underlined as quoted words
describe('buildParagraphs: a quote of several parts is marked on its parts only', () => {
	const text = '"We will stop it," he added. "All of it."';
	const q = { ...quote(1, 40), parts: [{ start: 1, end: 17 }, { start: 30, end: 40 }] } as Quote;
	it.each([
		['We will stop it,', 0],
		['" he added. "', null],
		['All of it.', 0]
	] as const)('%j → quote %s', (piece, expected) => {
		const segs = buildParagraphs(text, [{ start: 0, end: text.length }], [q], [], {} as Focus)[0].segments;
		const s = segs.find((x) => x.text === piece);
		expect(s, JSON.stringify(segs.map((x) => x.text))).toBeDefined();
		expect(s!.quote).toBe(expected);
	});
});

describe('buildParagraphs: the speaker’s tag goes on the first piece of each quote in a paragraph', () => {
	it('once per quote and paragraph, also on a quote carried into the next paragraph', () => {
		const text = '"We will stop it," he added. "All of it."\n\n"And then more."';
		const q = { ...quote(1, 58), parts: [{ start: 1, end: 17 }, { start: 30, end: 40 }, { start: 44, end: 58 }] } as Quote;
		const paras = buildParagraphs(text, [{ start: 0, end: 41 }, { start: 43, end: 59 }], [q], [], {} as Focus);
		expect(paras.map((p) => p.segments.filter((s) => s.tag).map((s) => s.text))).toEqual([['We will stop it,'], ['And then more.']]);
	});
});
