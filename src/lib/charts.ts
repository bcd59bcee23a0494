// What every chart shares: the ChartSpec shape (Chart.js configuration plus CSV and table forms),
// evidence links, label wrapping, number formats, title/legend/tooltip options, sizing per medium and
// the empty-chart message. The charts themselves are one file each (loaded-chart.ts, groups-chart.ts,
// sentiment-chart.ts, distinctive-chart.ts, verbs-chart.ts, actors-chart.ts, reveal-chart.ts), the PNG
// export is chart-export.ts. Only the Chart.js parts used are registered (no chart.js/auto) to keep the
// overview bundle small. Builders receive plain snapshots, never Svelte $state proxies.
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	SubTitle,
	Title,
	Tooltip,
	type ChartConfiguration,
	type Plugin,
	type Scale
} from 'chart.js';
import type { Cell } from './csv';
import type { PatternFactory } from './palette';
import type { OutletRow } from './shapes';
import { FONT, SAMPLE_WIDTH, samplePadding, sizer, type Medium, type SampleText } from './chart-plugins';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, SubTitle, Tooltip);

export { FONT };
Chart.defaults.font.family = FONT;
Chart.defaults.font.size = 13;
Chart.defaults.color = '#222';

export type BarConfig = ChartConfiguration<'bar', (number | null)[], string | string[]>;

export interface TableCell {
	text: string;
	href?: string | null;
}
export interface ChartTable {
	caption: string;
	header: string[];
	/** The first cell of each row is a row header (<th scope="row">). */
	rows: TableCell[][];
}

/** One bar of a chart, in reading order: what a keyboard user steps through and the projector's evidence steps. */
export interface ChartBar {
	datasetIndex: number;
	index: number;
	/** The outlet the bar belongs to. */
	outlet: OutletRow;
	/** What the evidence views highlight for this bar (cat/voice, group, show, term, cue). */
	query: Record<string, string>;
	href: string | null;
	/** Spoken label: what, value with unit, and the sample it comes from. */
	label: string;
	/** The bar's colour (its legend swatch), for the projector's evidence heading. */
	color: string;
	/** A reveal's measured bar for the text's answer (starred): the projector opens its passages first. */
	answer?: boolean;
}

export interface ConfigOptions {
	patterns: boolean;
	scale?: number;
	/** Drawing for a PNG, SVG or print, so the title goes into the picture (on screen the panel's heading shows it). */
	image?: boolean;
	onPick?: (href: string) => void;
	/** Makes pattern fills; the SVG export passes one that draws vector patterns. */
	pattern?: PatternFactory;
	/** Type sizes: the dashboard (default), print, or a projector slide (labels at least 28 px). */
	medium?: Medium;
	/** "datasetIndex:index" of a bar to mark with a frame (the projector's evidence step). */
	mark?: string | null;
	/** On a projector slide with less room than usual: a factor (≤ 1) on every type size (see sizer). */
	fit?: number;
}

export interface ChartSpec {
	id: string;
	title: string;
	/** One line: how this is measured. */
	note: string;
	/** One line: how much text the chart rests on (words, terms, quoted words, comments). */
	sample: string;
	/** Short alternative text for the canvas. */
	alt: string;
	height: number;
	/** Height on a narrow canvas (a phone), where labels wrap onto more lines and the legend takes more rows. */
	heightNarrow?: number;
	/** Outlets in the order the chart shows them (exposed as data-outlets for tests and scripts). */
	outlets: string[];
	empty: string | null;
	config(opts: ConfigOptions): BarConfig;
	/** Every bar with a value, in reading order (row by row, then by legend order within a row). */
	bars(): ChartBar[];
	table(): ChartTable;
	csv(): { header: string[]; rows: Cell[][] };
}

export interface Links {
	/** Evidence link for an outlet with a highlight query, e.g. { cat: 'emotive' }. */
	evidence(outlet: OutletRow, query: Record<string, string>): string;
}

/**
 * Evidence links of a collection at `base` (/c/<id>): an outlet with one article opens that article,
 * one with several opens them side by side; the query says what to highlight.
 */
export function evidenceLinks(base: () => string): Links {
	return {
		evidence(r, query) {
			const q = new URLSearchParams(query);
			if (r.articles.length === 1) {
				const s = q.toString();
				return `${base()}/a/${encodeURIComponent(r.articles[0])}${s ? `?${s}` : ''}`;
			}
			q.set('ids', r.articles.join(','));
			return `${base()}/compare?${q}`;
		}
	};
}

/** Splits a long outlet name over lines so category axes need not rotate their labels. */
export function wrapLabel(s: string, max = 16): string | string[] {
	if (s.length <= max) return s;
	const lines: string[] = [];
	let line = '';
	for (const w of s.split(/\s+/)) {
		if (line && (line + ' ' + w).length > max) {
			lines.push(line);
			line = w;
		} else line = line ? `${line} ${w}` : w;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Wraps a category label into lines no wider than `maxPx` in `font`, measured on the chart's own
 * context (a vertical axis takes at most half the chart's width, and Chart.js clips what is wider).
 * At most `maxLines` lines: what does not fit ends in "…", and so does a single word wider than the
 * room (a long compound name on a phone). The full text stays in the chart's data, so tooltips, the
 * keyboard layer's spoken labels and the table still carry it.
 */
export function wrapToWidth(ctx: CanvasRenderingContext2D, text: string, font: string, maxPx: number, maxLines = 3): string[] {
	ctx.save();
	ctx.font = font;
	const fits = (t: string) => ctx.measureText(t).width <= maxPx;
	const clip = (t: string) => {
		if (fits(t)) return t;
		let s = t;
		while (s.length > 1 && !fits(`${s}…`)) s = s.slice(0, -1);
		return `${s.trimEnd()}…`;
	};
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		// A word too wide for a line breaks after a hyphen in it ("Democrat-" / "Gazette").
		const parts = fits(word) || !word.includes('-') ? [word] : word.split(/(?<=-)(?=.)/);
		parts.forEach((w, k) => {
			const sep = k > 0 ? '' : ' ';
			if (line && !fits(`${line}${sep}${w}`)) {
				lines.push(line);
				line = w;
			} else line = line ? `${line}${sep}${w}` : w;
		});
	}
	if (line) lines.push(line);
	const keep = Math.max(1, maxLines);
	// The last line kept carries on with the rest, which is wider than the room, so it ends in "…".
	const out = lines.length > keep ? [...lines.slice(0, keep - 1), lines.slice(keep - 1).join(' ')].map(clip) : lines.map(clip);
	ctx.restore();
	return out;
}

/** A chart's title or subtitle wrapped to the chart's width (Chart.js squeezes one long line to fit); Chart.js resolves title texts as scriptable options, though its types say string. */
function wrappedTitle(text: string, size: number, weight = '') {
	return (c: { chart: { ctx: CanvasRenderingContext2D; width: number; options?: { layout?: { padding?: unknown } } } }) => {
		const w = c.chart?.width;
		if (!w || !c.chart.ctx) return text;
		// The title's box spans the chart less the layout's padding (the sample column on the right).
		const p = c.chart.options?.layout?.padding as number | { left?: number; right?: number } | undefined;
		const pad = typeof p === 'number' ? 2 * p : (p?.left ?? 0) + (p?.right ?? 0);
		const lines = wrapToWidth(c.chart.ctx, text, `${weight ? `${weight} ` : ''}${size}px ${FONT}`, Math.max(w - pad - 16, 80), 4);
		return lines.length > 1 ? lines : text;
	};
}

/** Room for y-axis labels: Chart.js gives a vertical axis at most half the width left after padding (the sample column). */
export const axisRoom = (chart: { width: number }) => Math.max((chart.width - ((chart as unknown as Record<string, number>)[SAMPLE_WIDTH] ?? 0)) / 2 - 18, 60);

export const n1 = (v: number) => (Math.round(v * 10) / 10).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const n2 = (v: number) => (Math.round(v * 100) / 100).toFixed(2);
export const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
export const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${n2(Math.abs(v))}`;

/** Click a bar → follow its evidence link; pointer cursor over bars. */
export function interaction(hrefFor: (datasetIndex: number, index: number) => string | null, onPick?: (href: string) => void) {
	return {
		onClick: (_e: unknown, els: { datasetIndex: number; index: number }[]) => {
			const el = els[0];
			if (!el || !onPick) return;
			const href = hrefFor(el.datasetIndex, el.index);
			if (href) onPick(href);
		},
		onHover: (e: { native: Event | null }, els: unknown[]) => {
			const t = e.native?.target as HTMLElement | undefined;
			if (t) t.style.cursor = els.length && onPick ? 'pointer' : 'default';
		}
	};
}

/**
 * Title (drawn only into pictures) and subtitle. On a projector (`px(12)` > 12) the subtitle is left to
 * the slide's own heading, where it can wrap; the text stays in the options for the slide to read.
 */
export function titleOpts(text: string, subtitle: string | null, image = false, px: (n: number) => number = (n) => n) {
	const present = px(12) > 12;
	return {
		title: { display: image, text: wrappedTitle(text, px(16), 'bold') as unknown as string, fullText: text, font: { size: px(16), weight: 'bold' as const }, color: '#111', padding: { top: 4, bottom: subtitle ? 2 : 10 } },
		// Wrapped to the chart's width: on a phone a long subtitle is two lines, not one squeezed line.
		subtitle: { display: !!subtitle && !present, text: wrappedTitle(subtitle ?? '', px(12)) as unknown as string, fullText: subtitle ?? '', color: '#333', font: { size: px(12) }, padding: { bottom: 8 } }
	};
}

export function legendOpts(px: (n: number) => number = (n) => n) {
	const present = px(12) > 12;
	return { position: 'top' as const, labels: { boxWidth: px(14), boxHeight: px(14), padding: present ? 18 : 12, color: '#111', font: { size: px(13) } } };
}

/** Tooltip type that keeps up with the labels on a projector. */
export function tooltipFont(px: (n: number) => number) {
	return { titleFont: { size: px(13), weight: 'bold' as const }, bodyFont: { size: px(13) }, padding: px(6) };
}

/** Sizes shared by every builder: type for the medium, and the sample column's options. */
export function sizing(medium: Medium | undefined, fit = 1) {
	const px = sizer(medium, fit);
	const present = medium === 'present';
	/** Axis grid and text a little darker on a projector, where washed-out greys disappear. */
	const grid = present ? '#c8c8c8' : '#e4e4e4';
	const ink = present ? '#000' : '#222';
	return {
		px,
		grid,
		ink,
		/** Axis titles are drawn no wider than their axis (Chart.js squeezes them), so the projector and phones get the short one. */
		axisTitle: (long: string, short: string) =>
			// On a phone the short one too: Chart.js squeezes a title wider than its axis into unreadable type.
			(present ? short : (((c: { chart?: { width?: number } }) => ((c.chart?.width ?? 1000) < 520 ? short : long)) as unknown as string)),
		/** On a projector the long sample texts need a wide screen (1280 px); at 1024 the short ones keep the bars readable. */
		sample: (texts: SampleText[]) => ({ texts: JSON.stringify(texts), size: px(12), color: present ? '#000' : '#333', narrow: present ? 1200 : 520 }),
		/** Room right of the bars for the sample column (see samplePadding). */
		layout: (texts: SampleText[]) => ({ padding: samplePadding(texts, px(12), present ? 1200 : 520) }),
		/** A stacked 0–100 % axis (shares of each outlet's quoted words, of its quotes), quarters on a projector. */
		shareAxis: (title: string) => ({
			stacked: true,
			min: 0,
			max: 100,
			title: { display: true, text: title, font: { size: px(12) }, color: ink },
			ticks: { callback: (v: number | string) => `${v}%`, font: { size: px(12) }, color: ink, maxRotation: 0, ...(present ? { stepSize: 25 } : {}) },
			grid: { color: grid }
		})
	};
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * Tick options of the axis that names the outlets, one bar (or stack) each: every outlet keeps its
 * label (Chart.js would skip some when rows are tight on a phone), and a long name wraps rather than
 * lose its start on a narrow canvas.
 */
export function outletTicks(nameAt: (index: number) => string, px: (n: number) => number) {
	return {
		font: { size: px(13) },
		color: '#111',
		autoSkip: false,
		callback(this: Scale, _value: number | string, index: number) {
			const name = nameAt(index);
			// (one line too, clipped to the room: a name wider than it was drawn past the canvas's left edge)
			const lines = wrapToWidth(this.ctx, name, `${px(13)}px ${FONT}`, axisRoom(this.chart));
			return lines.length > 1 ? lines : (lines[0] ?? name);
		}
	};
}

/**
 * Plugins are static and read what they need from their options (options.plugins.<id>), so an
 * in-place chart.update() with new data also updates what they draw.
 */
export const emptyPlugin: Plugin<'bar', { message?: string | null; size?: number }> = {
	id: 'slantEmpty',
	afterDraw(chart, _args, opts) {
		if (!opts?.message) return;
		const { ctx, chartArea: a } = chart;
		ctx.save();
		ctx.fillStyle = '#555';
		ctx.font = `italic ${opts.size ?? 14}px ${FONT}`;
		ctx.textAlign = 'center';
		ctx.textBaseline = 'middle';
		ctx.fillText(opts.message, (a.left + a.right) / 2, (a.top + a.bottom) / 2);
		ctx.restore();
	}
};

/** Comma-separated indices; arrays in plugin options would be treated as indexable by Chart.js. */
export const indices = (flags: boolean[]) => flags.flatMap((f, i) => (f ? [i] : [])).join(',');
export const parseIndices = (s: string | undefined) => (s ? s.split(',').map(Number) : []);

/** Writes "no quotes" on the bars of outlets with no quotes at all. */
