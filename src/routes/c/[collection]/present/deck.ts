// The projector deck's steps and how keys move through them, as pure functions (the page only wires
// them to the keyboard and the URL). A step is the title slide, a chart slide, or one page of the
// evidence behind one bar of that chart. Next/previous (→ ←, PageDown/PageUp from a clicker, Space)
// walk everything in order: a chart, then each bar's evidence, then the next chart. ↓/↑ jump chart to
// chart, Esc steps back out (evidence → its chart → leave), Home/End go to the first/last chart.

export interface Step {
	/** -1: the title slide; else the chart's index in the deck. */
	chart: number;
	/** -1: the chart itself; else the bar's index in the chart's bars(). */
	bar: number;
	/** Page of the bar's evidence, from 0. */
	page: number;
}

export interface DeckShape {
	/** Chart ids in deck order. */
	charts: string[];
	/** Bars per chart. */
	bars: (chart: number) => number;
	/** Evidence pages of one bar (at least 1). */
	pages: (chart: number, bar: number) => number;
}

export const TITLE: Step = { chart: -1, bar: -1, page: 0 };

const int = (v: string | null) => (v !== null && /^\d+$/.test(v) ? Number(v) : null);

/** Reads ?chart=<id>&bar=<n>&page=<n> (bar and page from 1, as people count), clamped to what exists. */
export function parseStep(params: URLSearchParams, deck: DeckShape): Step {
	const chart = deck.charts.indexOf(params.get('chart') ?? '');
	if (chart < 0) return TITLE;
	const nBars = deck.bars(chart);
	const b = int(params.get('bar'));
	if (b === null || b < 1 || nBars === 0) return { chart, bar: -1, page: 0 };
	const bar = Math.min(b, nBars) - 1;
	const p = int(params.get('page'));
	const page = p === null || p < 1 ? 0 : Math.min(p, deck.pages(chart, bar)) - 1;
	return { chart, bar, page };
}

/** The query string of a step (kept parameters, such as patterns, are passed in `keep`). */
export function stepQuery(step: Step, deck: DeckShape, keep: URLSearchParams = new URLSearchParams()): string {
	const q = new URLSearchParams(keep);
	for (const k of ['chart', 'bar', 'page']) q.delete(k);
	if (step.chart >= 0) q.set('chart', deck.charts[step.chart]);
	if (step.chart >= 0 && step.bar >= 0) q.set('bar', String(step.bar + 1));
	if (step.chart >= 0 && step.bar >= 0 && step.page > 0) q.set('page', String(step.page + 1));
	const s = q.toString();
	return s ? `?${s}` : '?';
}

export function next(s: Step, deck: DeckShape): Step {
	const last = deck.charts.length - 1;
	if (s.chart < 0) return last >= 0 ? { chart: 0, bar: -1, page: 0 } : s;
	if (s.bar < 0) return deck.bars(s.chart) > 0 ? { chart: s.chart, bar: 0, page: 0 } : nextChart(s, deck);
	if (s.page + 1 < deck.pages(s.chart, s.bar)) return { ...s, page: s.page + 1 };
	if (s.bar + 1 < deck.bars(s.chart)) return { chart: s.chart, bar: s.bar + 1, page: 0 };
	return nextChart(s, deck);
}

export function prev(s: Step, deck: DeckShape): Step {
	if (s.chart < 0) return s;
	if (s.bar < 0) return s.chart === 0 ? TITLE : { chart: s.chart - 1, bar: -1, page: 0 };
	if (s.page > 0) return { ...s, page: s.page - 1 };
	if (s.bar > 0) return { chart: s.chart, bar: s.bar - 1, page: deck.pages(s.chart, s.bar - 1) - 1 };
	return { chart: s.chart, bar: -1, page: 0 };
}

/** The next chart slide; the last chart stays where it is. */
export function nextChart(s: Step, deck: DeckShape): Step {
	const to = Math.min(s.chart + 1, deck.charts.length - 1);
	return to === s.chart && s.bar >= 0 ? s : { chart: to, bar: -1, page: 0 };
}

export function prevChart(s: Step): Step {
	if (s.chart < 0) return s;
	if (s.bar >= 0) return { chart: s.chart, bar: -1, page: 0 };
	return s.chart === 0 ? TITLE : { chart: s.chart - 1, bar: -1, page: 0 };
}

/** Esc: from evidence back to its chart; from a chart (or the title) out of the deck (null). */
export function back(s: Step): Step | null {
	if (s.chart >= 0 && s.bar >= 0) return { chart: s.chart, bar: -1, page: 0 };
	return null;
}

export type Move = 'next' | 'prev' | 'nextChart' | 'prevChart' | 'back' | 'first' | 'last';

/** Keys a keyboard or a presentation clicker sends, and what each does. */
export function moveFor(key: string): Move | null {
	switch (key) {
		case 'ArrowRight':
		case 'PageDown':
		case ' ':
		case 'Enter':
			return 'next';
		case 'ArrowLeft':
		case 'PageUp':
		case 'Backspace':
			return 'prev';
		case 'ArrowDown':
			return 'nextChart';
		case 'ArrowUp':
			return 'prevChart';
		case 'Escape':
			return 'back';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return null;
	}
}

/** Splits excerpts into pages that fit a slide: as many as fit `budget` characters, at least one each. */
export function paginate<T>(items: T[], size: (x: T) => number, budget: number): T[][] {
	const pages: T[][] = [];
	let page: T[] = [];
	let used = 0;
	for (const x of items) {
		const n = size(x);
		if (page.length && used + n > budget) {
			pages.push(page);
			page = [];
			used = 0;
		}
		page.push(x);
		used += n;
	}
	if (page.length) pages.push(page);
	return pages;
}

/**
 * A slide holds about this many lines of excerpt at 28 px under a two-line heading (1280×720: about 88
 * characters a line; an excerpt's note and the gap after it count as a line). Counted in lines, not
 * characters, so short passages share a slide: a bar of 23 quotes took 10 slides, each half empty
 * (review 20). A page that still runs over scrolls (app.css).
 */
export const SLIDE_LINES = 11.5;
const LINE_CHARS = 88;

/** The lines an excerpt takes on an evidence slide. */
export function excerptLines(x: { parts: { text: string }[]; note?: string | null }): number {
	return Math.ceil(x.parts.reduce((n, p) => n + p.text.length, 0) / LINE_CHARS) + (x.note ? 0.85 : 0) + 0.3;
}

/** A bar's excerpts as evidence slides. */
export const slidePages = <T extends { parts: { text: string }[]; note?: string | null }>(excerpts: T[]): T[][] => paginate(excerpts, excerptLines, SLIDE_LINES);
