// Chart.js helpers shared by the chart builders for part of what every chart owes its reader: the
// sample size behind each row, type sized for the room (screen, print, projector), and where each bar
// sits on the canvas so keyboard users can reach it. Plugins read their data from their options
// (strings, never arrays: Chart.js treats arrays in options as indexable), so an in-place update()
// with new data also updates what they draw.
import type { Chart, Plugin } from 'chart.js';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Where a chart is drawn: the dashboard, a printed handout, or a projector slide (large type). */
export type Medium = 'screen' | 'print' | 'present';

/**
 * Type size for a label drawn at `n` px on screen. On a projector every label is at least 28 px
 * (legible from the back of a classroom at 1280×720); titles and notes scale with it. `fit` (≤ 1)
 * shrinks a projector chart's type with the room it has left, so that the whole chart shrinks
 * evenly rather than its rows running into each other (the slide's "how this is measured" note).
 */
export function sizer(medium: Medium | undefined, fit = 1): (n: number) => number {
	if (medium === 'present') return (n) => Math.max(Math.round(28 * fit), Math.round(n * 2.15 * fit));
	// The handout's pictures are drawn small (two by two on a page): slightly smaller type leaves the bars room.
	if (medium === 'print') return (n) => Math.round(n * 0.9);
	return (n) => n;
}

/** One row's sample size: `long` when there is room ("7 terms in 806 words"), `short` on a phone ("7 terms"). */
export interface SampleText {
	long: string;
	short: string;
}

/** Below this canvas width (unless the options say otherwise) the sample column uses the short texts. */
const NARROW = 520;

const sampleFont = (size: number) => `${size}px ${FONT}`;

function readTexts(json: string | undefined): SampleText[] {
	if (!json) return [];
	try {
		return JSON.parse(json) as SampleText[];
	} catch {
		return [];
	}
}

/** Width kept right of the plot for the sample column, remembered on the chart for axisRoom(). */
export const SAMPLE_WIDTH = '$slantSampleWidth';

/**
 * Layout padding (scriptable, so it is measured on the chart's own context at its real width) that keeps
 * room right of the bars for the sample column: padding rather than an extra axis, because Chart.js gives
 * each vertical axis at most half of half the width when there are two, which would clip outlet names.
 * `extra` is padding the caller wants as well (exports add room for the source line).
 */
export function samplePadding(texts: SampleText[], size: number, narrowBelow = NARROW, extra: { top?: number; left?: number; right?: number; bottom?: number } = {}) {
	return ({ chart }: { chart: Chart }) => {
		let w = 0;
		if (texts.length) {
			const narrow = chart.width < narrowBelow;
			const ctx = chart.ctx;
			ctx.save();
			ctx.font = sampleFont(size);
			w = Math.ceil(Math.max(...texts.map((t) => ctx.measureText(narrow ? t.short : t.long).width))) + 16;
			ctx.restore();
		}
		(chart as unknown as Record<string, number>)[SAMPLE_WIDTH] = w;
		return { top: extra.top ?? 0, left: extra.left ?? 0, bottom: extra.bottom ?? 0, right: (extra.right ?? 0) + w };
	};
}

/** Draws each row's sample size in the column kept by sampleAxis, level with the row's bars. */
export const samplePlugin: Plugin<'bar', { texts?: string; size?: number; color?: string; narrow?: number }> = {
	id: 'slantSample',
	afterDatasetsDraw(chart, _args, opts) {
		const texts = readTexts(opts?.texts);
		if (!texts.length) return;
		const { ctx, chartArea: a, scales } = chart;
		const narrow = chart.width < (opts.narrow ?? NARROW);
		ctx.save();
		ctx.font = sampleFont(opts.size ?? 12);
		ctx.fillStyle = opts.color ?? '#333';
		ctx.textAlign = 'left';
		ctx.textBaseline = 'middle';
		texts.forEach((t, i) => {
			const y = scales.y.getPixelForValue(i);
			if (y >= a.top - 2 && y <= a.bottom + 2) ctx.fillText(narrow ? t.short : t.long, a.right + 12, y);
		});
		ctx.restore();
	}
};

/** A bar's box on the canvas, in CSS pixels from its top-left corner. */
export interface BarRect {
	left: number;
	top: number;
	width: number;
	height: number;
}

interface BarProps {
	x: number;
	y: number;
	base: number;
	width: number;
	height: number;
	horizontal: boolean;
}

/**
 * The box of bar `index` of dataset `datasetIndex` once its animation ends (final positions), or null
 * if its dataset is hidden or the bar has no size. Tiny bars get a box of at least `min` pixels so a
 * focus mark around them is still visible.
 */
export function barRect(chart: Chart, datasetIndex: number, index: number, min = 8): BarRect | null {
	if (!chart.isDatasetVisible(datasetIndex)) return null;
	const el = chart.getDatasetMeta(datasetIndex).data[index] as unknown as { getProps?: (k: string[], final: boolean) => BarProps } | undefined;
	if (!el?.getProps) return null;
	const p = el.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true);
	if (![p.x, p.y, p.base].every(Number.isFinite)) return null;
	let left: number, top: number, width: number, height: number;
	if (p.horizontal) {
		left = Math.min(p.x, p.base);
		width = Math.abs(p.x - p.base);
		top = p.y - p.height / 2;
		height = p.height;
	} else {
		left = p.x - p.width / 2;
		width = p.width;
		top = Math.min(p.y, p.base);
		height = Math.abs(p.y - p.base);
	}
	if (width < min) {
		left -= (min - width) / 2;
		width = min;
	}
	if (height < min) {
		top -= (min - height) / 2;
		height = min;
	}
	return { left: Math.round(left), top: Math.round(top), width: Math.round(width), height: Math.round(height) };
}

/**
 * Marks one bar with a thick black-and-white frame (visible on every palette colour and pattern), for
 * the projector's "this bar's evidence" step and for exports of a picked bar.
 */
export const markPlugin: Plugin<'bar', { bar?: string }> = {
	id: 'slantMark',
	afterDatasetsDraw(chart, _args, opts) {
		if (!opts?.bar) return;
		const [d, i] = opts.bar.split(':').map(Number);
		const r = barRect(chart, d, i, 10);
		if (!r) return;
		const { ctx } = chart;
		ctx.save();
		ctx.lineWidth = 8;
		ctx.strokeStyle = '#ffffff';
		ctx.strokeRect(r.left - 5, r.top - 5, r.width + 10, r.height + 10);
		ctx.lineWidth = 4;
		ctx.strokeStyle = '#000000';
		ctx.strokeRect(r.left - 5, r.top - 5, r.width + 10, r.height + 10);
		ctx.restore();
	}
};

type Pad = { top?: number; left?: number; right?: number; bottom?: number };

/**
 * Adds fixed padding to a chart's layout padding, which may be a number, an object or a scriptable
 * function (samplePadding): the exports add room for their source line this way.
 */
export function addPadding(layout: { padding?: unknown } | undefined, extra: Pad) {
	const inner = layout?.padding;
	const plus = (p: Pad) => ({
		top: (p.top ?? 0) + (extra.top ?? 0),
		left: (p.left ?? 0) + (extra.left ?? 0),
		right: (p.right ?? 0) + (extra.right ?? 0),
		bottom: (p.bottom ?? 0) + (extra.bottom ?? 0)
	});
	const asPad = (v: unknown): Pad => (typeof v === 'number' ? { top: v, left: v, right: v, bottom: v } : ((v as Pad) ?? {}));
	return {
		...(layout ?? {}),
		padding: (c: { chart: Chart }) => plus(asPad(typeof inner === 'function' ? (inner as (c: { chart: Chart }) => unknown)(c) : inner))
	};
}

/**
 * The smallest font size, in CSS pixels, among the labels Chart.js draws on visible axes (ticks and
 * titles) and in the legend: what a projector check needs to read back from a live chart.
 */
export function minLabelPx(chart: Pick<Chart, 'scales' | 'legend'>): number {
	const sizes: number[] = [];
	for (const scale of Object.values(chart.scales)) {
		const o = scale.options as { display?: boolean | string; ticks?: { display?: boolean }; title?: { display?: boolean; font?: { size?: number } } };
		if (!o.display) continue;
		const s = scale as unknown as { ticks: unknown[]; _resolveTickFontOptions?: (i: number) => { size: number } };
		if (o.ticks?.display !== false && s._resolveTickFontOptions) for (let i = 0; i < s.ticks.length; i++) sizes.push(s._resolveTickFontOptions(i).size);
		if (o.title?.display && o.title.font?.size) sizes.push(o.title.font.size);
	}
	const legend = chart.legend as unknown as { options?: { display?: boolean; labels?: { font?: { size?: number } } } } | undefined;
	if (legend?.options?.display !== false && legend?.options?.labels?.font?.size) sizes.push(legend.options.labels.font.size);
	return sizes.length ? Math.min(...sizes) : 0;
}

/**
 * How many pairs of neighbouring labels on the chart's visible axes overlap (a vertical axis: their
 * heights; a horizontal one: their widths), read from the drawn chart. A chart squeezed into too
 * little room draws its row labels on top of each other; 0 means every label can be read.
 */
export function labelOverlaps(chart: Pick<Chart, 'scales'>): number {
	let n = 0;
	for (const scale of Object.values(chart.scales)) {
		const o = scale.options as { display?: boolean | string; ticks?: { display?: boolean } };
		if (!o.display || o.ticks?.display === false) continue;
		const s = scale as unknown as { ticks: unknown[]; _getLabelSizes?: () => { widths: number[]; heights: number[] }; isHorizontal(): boolean; getPixelForTick(i: number): number };
		if (!s._getLabelSizes || s.ticks.length < 2) continue;
		const { widths, heights } = s._getLabelSizes();
		// Heights are line boxes (Chart.js's line height, 1.2 em): the letters themselves take 1 em.
		const along = s.isHorizontal() ? widths : heights.map((h) => h / 1.2);
		for (let i = 1; i < s.ticks.length; i++) {
			const gap = Math.abs(s.getPixelForTick(i) - s.getPixelForTick(i - 1));
			// Half of each label reaches towards the other; a pixel of slack for rounding.
			if (gap + 1 < (along[i - 1] + along[i]) / 2) n++;
		}
	}
	return n;
}
