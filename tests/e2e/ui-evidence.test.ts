// Pure helpers behind the projector and the reporting-verbs view (no server, no browser): how cues are
// counted, what a bar's evidence excerpt shows, and how the deck's keys move from step to step.
import { describe, expect, it } from 'vitest';
import { cueKey, tallyVerbs } from '../../src/lib/shapes';
import { cutExcerpt, evidenceFor, MAX_EXCERPT, ringedNote, toneWordsNote, type EvidenceArticle } from '../../src/lib/evidence';
import { buildParagraphs, focusFromParams, lensFrom } from '../../src/lib/segments';
import { groupStyle, GROUP_COLORS, categoryColor } from '../../src/lib/palette';
import { back, moveFor, next, nextChart, paginate, parseStep, prev, prevChart, slidePages, stepQuery, TITLE, type DeckShape, type Step } from '../../src/routes/c/[collection]/present/deck';
import type { Quote } from '../../analysis/types';

describe('cueKey: the reporting verb a quote is counted under', () => {
	const rows: [string, string][] = [
		['said', 'said'],
		['Said in a statement', 'said'],
		['said in the report', 'said'],
		['according to', 'according to'],
		// third newcomer pass: the verb chart had listed "in" as a reporting verb
		['in the words of', 'in the words of'],
		['lashed out', 'lashed out'],
		['hit back at', 'hit back'],
		['  Claimed ', 'claimed'],
		['', '']
	];
	it.each(rows)('%j → %j', (cue, key) => expect(cueKey(cue)).toBe(key));
});

describe('tallyVerbs: quotes per verb, neutral first, most used first', () => {
	const q = (cue: string | null, cueKind: 'neutral' | 'loaded' = 'neutral') => ({ cue, cueKind });
	it('counts by key and kind and skips quotes without a cue', () => {
		expect(tallyVerbs([q('said'), q('claimed', 'loaded'), q('said in a statement'), q(null), q('told'), q('insisted', 'loaded'), q('claimed', 'loaded')])).toEqual([
			{ verb: 'said', kind: 'neutral', count: 2 },
			{ verb: 'told', kind: 'neutral', count: 1 },
			{ verb: 'claimed', kind: 'loaded', count: 2 },
			{ verb: 'insisted', kind: 'loaded', count: 1 }
		]);
	});
});

// An invented article: two sentences, one quote introduced by "claimed", two loaded terms.
const text = 'The minister claimed "the plan is a disaster" on Monday. Critics called the reform a shameful retreat.';
const s1 = { start: 0, end: 56, score: -0.4 };
const s2 = { start: 57, end: text.length, score: -0.6 };
const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
const quote: Quote = {
	...at('the plan is a disaster'),
	text: 'the plan is a disaster',
	kind: 'direct',
	speaker: 'The minister',
	speakerStart: 0,
	speakerEnd: 12,
	cue: 'claimed',
	cueStart: at('claimed').start,
	cueEnd: at('claimed').end,
	cueKind: 'loaded',
	affiliation: null,
	group: 'government',
	words: 5
};
const article: EvidenceArticle = {
	id: 'a1',
	outlet: 'The Herald',
	title: 'Reform',
	text,
	sentences: [s1, s2],
	quotes: [quote],
	loaded: [
		{ ...at('disaster'), category: 'emotive', voice: 'quoted', term: 'disaster' },
		{ ...at('shameful'), category: 'emotive', voice: 'outlet', term: 'shameful' }
	],
	comments: [
		{ text: 'Mild.', author: 'A', sentiment: 0.1 },
		{ text: 'Terrible idea.', author: null, sentiment: -0.8 }
	],
	termHits: { reform: [at('reform')] },
	actors: [
		{ key: 'the minister', name: 'The minister', sentences: [{ ...s1, score: 0 }], evidence: [] },
		{ key: 'critics', name: 'Critics', sentences: [{ ...s2, score: -0.6 }], evidence: [at('shameful'), at('retreat')] }
	]
};
const marked = (x: { parts: { text: string; mark: boolean }[] }) => x.parts.filter((p) => p.mark).map((p) => p.text);

describe('evidenceFor: the passages behind one bar', () => {
	const rows: [Record<string, string>, string, string[][], string][] = [
		[{ cat: 'emotive', voice: 'own' }, '1 loaded term', [['shameful']], 'Critics called the reform a shameful retreat.'],
		[{ cat: 'emotive', voice: 'quoted' }, '1 loaded term', [['disaster']], 'The minister claimed "the plan is a disaster" on Monday.'],
		[{ cat: 'emotive' }, '2 loaded terms', [['disaster'], ['shameful']], ''],
		[{ group: 'government' }, '1 quote', [['the plan is a disaster']], 'The minister claimed "the plan is a disaster" on Monday.'],
		[{ cue: 'claimed' }, '1 quote introduced by “claimed”', [['claimed']], ''],
		[{ term: 'reform' }, '1 use of “reform”', [['reform']], ''],
		[{ group: 'media' }, '0 quotes', [], ''],
		[{ actor: 'critics' }, '1 sentence about Critics in the outlet’s own words, strongest first', [['shameful', 'retreat']], 'Critics called the reform a shameful retreat.'],
		[{ actor: 'the minister' }, '1 sentence about The minister in the outlet’s own words, strongest first', [[]], ''],
		[{ actor: 'nobody' }, '0 sentences about nobody in the outlet’s own words, strongest first', [], '']
	];
	it.each(rows)('%j', (query, what, marks, firstText) => {
		const ev = evidenceFor([article], query);
		expect(ev.what).toBe(what);
		expect(ev.excerpts.map(marked)).toEqual(marks);
		if (firstText) expect(ev.excerpts[0].parts.map((p) => p.text).join('')).toBe(firstText);
	});

	it('notes each actor sentence with its tone, and says when a plain one counts 0', () => {
		expect(evidenceFor([article], { actor: 'critics' }).excerpts[0].note).toBe('tone toward Critics −0.60 · 2 tone words');
		expect(evidenceFor([article], { actor: 'the minister' }).excerpts[0].note).toBe('tone toward The minister 0.00 · plain, counts 0');
	});

	it('orders reader comments and sentences strongest first', () => {
		expect(evidenceFor([article], { show: 'comments' }).excerpts.map((x) => x.parts.map((p) => p.text).join(''))).toEqual(['Terrible idea.', 'Mild.']);
		expect(evidenceFor([article], { show: 'sentiment' }).excerpts[0].note).toBe('sentence sentiment −0.60');
	});

	it('marks the words that carried a sentence’s sentiment, or the whole sentence when none are known', () => {
		expect(marked(evidenceFor([article], { show: 'sentiment' }).excerpts[0])).toEqual([text.slice(s2.start, s2.end)]);
		const withWords = { ...article, sentences: [s1, { ...s2, words: [at('shameful'), at('retreat')] }] };
		expect(marked(evidenceFor([withWords], { show: 'sentiment' }).excerpts[0])).toEqual(['shameful', 'retreat']);
	});
});

describe('an actor’s tone words not found to be about anyone in particular (shared) are marked and counted apart', () => {
	const w = (shared = false) => ({ start: 0, end: 1, ...(shared ? { shared: true } : {}) });
	it.each([
		[[], 'no word in them carried any tone', ''],
		[[w()], 'the 1 word that carried it is ringed', '1 tone word'],
		[[w(), w()], 'the 2 words that carried it are ringed', '2 tone words'],
		[[w(), w(true)], 'the 2 words that carried it are ringed, 1 of them dashed: not found to be about anyone in particular, it counts toward every actor its sentence names', '2 tone words, 1 dashed: not found to be about anyone in particular'],
		[[w(true)], 'the 1 word that carried it is ringed, dashed: not found to be about anyone in particular, it counts toward every actor its sentence names', '1 tone word, dashed: not found to be about anyone in particular'],
		[[w(true), w(true), w()], 'the 3 words that carried it are ringed, 2 of them dashed: not found to be about anyone in particular, they count toward every actor their sentence names', '3 tone words, 2 dashed: not found to be about anyone in particular'],
		[[w(true), w(true)], 'the 2 words that carried it are ringed, all dashed: not found to be about anyone in particular, they count toward every actor their sentence names', '2 tone words, both dashed: not found to be about anyone in particular']
	])('%j', (marks, view, note) => {
		expect(ringedNote(marks)).toBe(view);
		if (note) expect(toneWordsNote(marks)).toBe(note);
	});

	it('the slide marks a shared word dashed, the article view rings it dashed', () => {
		const withShared = { ...article, actors: [{ key: 'critics', name: 'Critics', sentences: [{ ...s2, score: -0.6 }], evidence: [at('shameful'), { ...at('retreat'), shared: true }] }] };
		const ex = evidenceFor([withShared], { actor: 'critics' }).excerpts[0];
		expect(ex.parts.filter((p) => p.mark).map((p) => [p.text, !!p.shared])).toEqual([['shameful', false], ['retreat', true]]);
		expect(ex.note).toBe('tone toward Critics −0.60 · 2 tone words, 1 dashed: not found to be about anyone in particular');
		const segs = buildParagraphs(text, [{ start: 0, end: text.length }], [], [], focusFromParams(new URLSearchParams('')), [at('shameful'), { ...at('retreat'), shared: true }])[0].segments;
		expect(segs.filter((x) => x.hit).map((x) => [x.text, !!x.shared])).toEqual([['shameful', false], ['retreat', true]]);
	});
});

describe('cutExcerpt', () => {
	it('keeps a long sentence to the words around its mark, cut on word boundaries', () => {
		const long = `${'word '.repeat(120)}MARK ${'tail '.repeat(120)}`.trim();
		const m = long.indexOf('MARK');
		const parts = cutExcerpt(long, { start: 0, end: long.length }, [{ start: m, end: m + 4 }]);
		const all = parts.map((p) => p.text).join('');
		expect(all.length).toBeLessThanOrEqual(MAX_EXCERPT + 6);
		expect(all.startsWith('… word')).toBe(true);
		expect(all.endsWith('tail …')).toBe(true);
		expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['MARK']);
	});
});

describe('reporting verbs and colour in the text views', () => {
	it('rings the asked-for verb and focuses the quotes it introduces', () => {
		const focus = focusFromParams(new URLSearchParams('?cue=claimed'));
		const segs = buildParagraphs(text, [{ start: 0, end: text.length }], [quote], [], focus)[0].segments;
		expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['claimed']);
		expect(segs.some((s) => s.quote === 0 && s.focus)).toBe(true);
	});

	const lenses: [string, string][] = [
		['', 'terms'],
		['?cat=emotive', 'terms'],
		['?group=media', 'speakers'],
		['?speaker=Jane', 'speakers'],
		['?group=media&lens=terms', 'terms'],
		['?lens=speakers', 'speakers'],
		['?show=sentiment', 'sentiment']
	];
	it.each(lenses)('lens for %j is %s', (q, lens) => {
		const p = new URLSearchParams(q);
		expect(lensFrom(p, focusFromParams(p))).toBe(lens);
	});

	it('gives every speaker group, including ones added later, a colour and a pattern', () => {
		for (const g of [...Object.keys(GROUP_COLORS), 'business', 'citizen', 'a group nobody planned']) {
			const st = groupStyle(g);
			expect(st.color).toMatch(/^#[0-9A-F]{6}$/i);
			expect(st.shape).toBeTruthy();
		}
		expect(new Set(Object.values(GROUP_COLORS)).size).toBe(Object.keys(GROUP_COLORS).length);
		expect(categoryColor(0)).not.toBe(groupStyle('unclassified').color);
	});
});

describe('the projector deck', () => {
	// Two charts: the first has bars with 2 and 1 evidence pages, the second has none.
	const deck: DeckShape = { charts: ['loaded', 'speakers'], bars: (c) => (c === 0 ? 2 : 0), pages: (c, b) => (c === 0 && b === 0 ? 2 : 1) };
	const s = (chart: number, bar = -1, page = 0): Step => ({ chart, bar, page });

	it('walks title → chart → each bar page by page → next chart, and back', () => {
		const walk = [TITLE, s(0), s(0, 0, 0), s(0, 0, 1), s(0, 1, 0), s(1)];
		for (let i = 0; i + 1 < walk.length; i++) expect(next(walk[i], deck)).toEqual(walk[i + 1]);
		expect(next(s(1), deck)).toEqual(s(1));
		expect(prev(s(0, 1, 0), deck)).toEqual(s(0, 0, 1));
		expect(prev(s(0, 0, 0), deck)).toEqual(s(0));
		expect(prev(s(1), deck)).toEqual(s(0));
		expect(prev(s(0), deck)).toEqual(TITLE);
	});

	it('jumps chart to chart and steps back out with Esc', () => {
		expect(nextChart(s(0, 1, 0), deck)).toEqual(s(1));
		expect(prevChart(s(0, 1, 0))).toEqual(s(0));
		expect(back(s(0, 1, 0))).toEqual(s(0));
		expect(back(s(0))).toBeNull();
	});

	const urls: [string, Step][] = [
		['', TITLE],
		['?chart=nonsense', TITLE],
		['?chart=speakers', s(1)],
		['?chart=loaded&bar=1&page=2', s(0, 0, 1)],
		['?chart=loaded&bar=9&page=9', s(0, 1, 0)],
		['?chart=loaded&bar=x', s(0)]
	];
	it.each(urls)('reads %j', (q, step) => expect(parseStep(new URLSearchParams(q), deck)).toEqual(step));

	it('writes the step into the URL and reads it back (a reload lands on the same slide)', () => {
		for (const st of [TITLE, s(0), s(0, 0, 1), s(0, 1, 0), s(1)]) {
			const q = stepQuery(st, deck, new URLSearchParams('patterns=1'));
			expect(q).toContain('patterns=1');
			expect(parseStep(new URLSearchParams(q), deck)).toEqual(st);
		}
	});

	const keys: [string, string | null][] = [
		['ArrowRight', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['ArrowLeft', 'prev'],
		['PageUp', 'prev'],
		['ArrowDown', 'nextChart'],
		['ArrowUp', 'prevChart'],
		['Escape', 'back'],
		['Home', 'first'],
		['x', null]
	];
	it.each(keys)('key %j → %s', (k, m) => expect(moveFor(k)).toBe(m));

	it('packs excerpts into pages by size, at least one per page', () => {
		expect(paginate([300, 300, 300, 900, 100], (n) => n, 700)).toEqual([[300, 300], [300], [900], [100]]);
		expect(paginate([], (n: number) => n, 700)).toEqual([]);
	});

	// review 20: two passages of three lines each took a slide, half of it empty
	const ex = (chars: number, note: string | null = 'Federal prosecutors · government · “alleged”') => ({ parts: [{ text: 'x'.repeat(chars) }], note });
	it.each([
		['three passages of three lines share a slide', [ex(250), ex(250), ex(170)], [3]],
		['a fourth of three lines starts the next', [ex(250), ex(250), ex(250), ex(250)], [2, 2]],
		['short ones fill it', Array.from({ length: 10 }, () => ex(80)), [5, 5]],
		['one longer than a slide stands alone', [ex(2000), ex(80)], [1, 1]]
	] as const)('%s', (_name, excerpts, sizes) => {
		expect(slidePages([...excerpts]).map((p) => p.length)).toEqual(sizes);
	});
});
