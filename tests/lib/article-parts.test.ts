// Long articles in parts (src/lib/article-parts.ts): short ones whole, long ones cut at paragraph
// breaks into parts of bounded size, the part with the asked-for evidence chosen, offsets kept.
import { describe, expect, it } from 'vitest';
import { articlePart, partsOf, PART_CHARS } from '../../src/lib/article-parts';
import { buildParagraphs } from '../../src/lib/segments';
import type { ArticleView } from '../../src/lib/shapes';
import type { LoadedTerm, Quote, Span } from '../../analysis/types';

const para = (i: number) => `Paragraph ${i} says what happened on day ${i}, and officials said it would last.`;

function article(n: number, extra: Partial<ArticleView['article']> = {}): ArticleView['article'] {
	const texts = Array.from({ length: n }, (_, i) => para(i));
	const text = texts.join('\n\n');
	const paragraphs: Span[] = [];
	let at = 0;
	for (const t of texts) (paragraphs.push({ start: at, end: at + t.length }), (at += t.length + 2));
	return {
		id: 'a', outlet: 'O', title: 'T', date: null, url: null, byline: null, text, words: n * 15, paragraphs,
		quotes: [], speakers: [], unattributed: { count: 0, words: 0 } as never, loaded: [], loadedSummary: {} as never,
		sentiment: { score: 0, sentences: [], ownVoice: null, quoted: null, stretches: [], leftOut: [] } as never,
		comments: [], commentSentiment: null as never, captions: [], removed: [], warnings: [], kind: null, ...extra
	};
}
const term = (start: number, end: number, category = 'emotive'): LoadedTerm => ({ start, end, text: '', category, term: 't', voice: 'outlet', speaker: null });
const quote = (start: number, end: number, speaker: string): Quote => ({ start, end, speaker, group: 'other', kind: 'direct' }) as unknown as Quote;

describe('partsOf', () => {
	const rows: [string, string, Span[], number, number][] = [
		// name, text, paragraphs, max, expected number of parts
		['three short paragraphs fit one part', 'aaa\n\nbbb\n\nccc', [{ start: 0, end: 3 }, { start: 5, end: 8 }, { start: 10, end: 13 }], 100, 1],
		['each paragraph its own part when two do not fit', 'aaa\n\nbbb\n\nccc', [{ start: 0, end: 3 }, { start: 5, end: 8 }, { start: 10, end: 13 }], 4, 3],
		['one huge paragraph cut at spaces', 'word '.repeat(100).trim(), [{ start: 0, end: 499 }], 100, 5]
	];
	it.each(rows)('%s', (_n, text, paragraphs, max, count) => {
		const parts = partsOf(text, paragraphs, max);
		expect(parts.length).toBe(count);
		const flat = parts.flat();
		// every character of every paragraph shown once, in order; none longer than max
		expect(flat.map((p) => text.slice(p.start, p.end)).join('|').replace(/\|/g, '')).toBe(paragraphs.map((p) => text.slice(p.start, p.end)).join(''));
		for (const p of flat) expect(p.end - p.start).toBeLessThanOrEqual(max);
		for (const ps of parts) expect(ps[ps.length - 1].end - ps[0].start <= max || ps.length === 1).toBe(true);
	});
});

describe('articlePart', () => {
	const long = article(Math.ceil((3.5 * PART_CHARS) / para(0).length));
	const lastPara = long.paragraphs[long.paragraphs.length - 1];

	it('an article up to the limit is shown whole', () => {
		const a = article(10);
		expect(articlePart(a, {}).article).toEqual({ ...a, part: null });
	});

	const rows: [string, Parameters<typeof articlePart>[1], number | null, ArticleView['article'], number][] = [
		['no query: the first part', {}, null, long, 1],
		['?part=2', {}, 2, long, 2],
		['?part past the end: the last', {}, 99, long, 4],
		['?part=0: the first', {}, 0, long, 1],
		['the part with the asked-for category', { cat: 'hedge' }, null, { ...long, loaded: [term(10, 20), term(lastPara.start, lastPara.start + 9, 'hedge')] }, 4],
		['the part with the asked-for speaker', { speaker: 'Jo' }, null, { ...long, quotes: [quote(lastPara.start, lastPara.start + 20, 'Jo')] }, 4],
		['asked-for evidence nowhere: the first', { speaker: 'Nobody' }, null, long, 1]
	];
	it.each(rows)('%s', (_n, focus, asked, a, index) => {
		const { article: shown } = articlePart(a, focus, asked);
		expect(shown.part?.index).toBe(index);
		expect(shown.part?.count).toBe(4);
		expect(shown.text.length).toBeLessThanOrEqual(PART_CHARS);
		// the part's text is the article's at the part's offsets
		expect(shown.text).toBe(a.text.slice(shown.part!.start, shown.part!.end));
		for (const q of [...shown.quotes, ...shown.loaded]) expect(q.end > shown.part!.start && q.start < shown.part!.end).toBe(true);
	});

	it('a part renders the same pieces as the whole article at those paragraphs', () => {
		const a = { ...long, loaded: [term(lastPara.start + 10, lastPara.start + 19)] };
		const { article: shown } = articlePart(a, {}, 4);
		const partPieces = buildParagraphs(shown.text, shown.paragraphs, shown.quotes, shown.loaded, {}, null, null, shown.part!.start);
		const wholePieces = buildParagraphs(a.text, a.paragraphs, a.quotes, a.loaded, {}).filter((p) => p.start >= shown.part!.start);
		expect(partPieces.map((p) => p.segments.map((s) => [s.start, s.text, s.loaded !== null]))).toEqual(wholePieces.map((p) => p.segments.map((s) => [s.start, s.text, s.loaded !== null])));
	});
});

describe("articlePart with ?actor=", () => {
	it("opens the part with the actor's first sentence", () => {
		const long = article(Math.ceil((3.5 * PART_CHARS) / para(0).length));
		const last = long.paragraphs[long.paragraphs.length - 1];
		const withActor = { ...long, actors: [{ key: 'k', name: 'Court', tone: -0.2, polarity: 'negative', sentences: [{ start: last.start, end: last.end, score: -0.2 }], evidence: [], mentions: 1 }] } as unknown as ArticleView['article'];
		expect(articlePart(withActor, {}, null, null, 'k').article.part?.index).toBe(4);
		expect(articlePart(withActor, {}, null, null, 'unknown').article.part?.index).toBe(1);
		expect(articlePart(withActor, {}, 2, null, 'k').article.part?.index).toBe(2);
	});
});
