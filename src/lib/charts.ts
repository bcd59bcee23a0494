// The four overview charts as plain data → Chart.js configuration builders, their CSV and table
// forms, and the PNG export. Only the Chart.js parts used are registered (no chart.js/auto) to keep
// the overview bundle small. Builders receive plain snapshots, never Svelte $state proxies.
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
	type ChartDataset,
	type Plugin
} from 'chart.js';
import { SPEAKER_GROUPS } from '$analysis/types';
import type { SpeakerGroup } from '$analysis/types';
import type { Cell } from './csv';
import { PATTERN_SHAPES, SENTIMENT_COLORS, categoryColor, groupStyle, makePattern, outletColor, type PatternFactory } from './palette';
import type { Overview, OutletRow } from './shapes';
import { FONT, SAMPLE_WIDTH, addPadding, markPlugin, samplePadding, samplePlugin, sizer, type Medium, type SampleText } from './chart-plugins';

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
	for (const w of text.split(/\s+/).filter(Boolean)) {
		if (line && !fits(`${line} ${w}`)) {
			lines.push(line);
			line = w;
		} else line = line ? `${line} ${w}` : w;
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
export function sizing(medium: Medium | undefined) {
	const px = sizer(medium);
	const present = medium === 'present';
	return {
		px,
		/** Axis grid and text a little darker on a projector, where washed-out greys disappear. */
		grid: present ? '#c8c8c8' : '#e4e4e4',
		ink: present ? '#000' : '#222',
		/** Axis titles are drawn no wider than their axis (Chart.js squeezes them), so the projector and phones get the short one. */
		axisTitle: (long: string, short: string) =>
			// On a phone the short one too: Chart.js squeezes a title wider than its axis into unreadable type.
			(present ? short : (((c: { chart?: { width?: number } }) => ((c.chart?.width ?? 1000) < 520 ? short : long)) as unknown as string)),
		/** On a projector the long sample texts need a wide screen (1280 px); at 1024 the short ones keep the bars readable. */
		sample: (texts: SampleText[]) => ({ texts: JSON.stringify(texts), size: px(12), color: present ? '#000' : '#333', narrow: present ? 1200 : 520 }),
		/** Room right of the bars for the sample column (see samplePadding). */
		layout: (texts: SampleText[]) => ({ padding: samplePadding(texts, px(12), present ? 1200 : 520) })
	};
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

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
const indices = (flags: boolean[]) => flags.flatMap((f, i) => (f ? [i] : [])).join(',');
const parseIndices = (s: string | undefined) => (s ? s.split(',').map(Number) : []);

/** Writes "no quotes" on the bars of outlets with no quotes at all. */
const noQuotesPlugin: Plugin<'bar', { rows?: string; size?: number }> = {
	id: 'slantNoQuotes',
	afterDatasetsDraw(chart, _args, opts) {
		const rows = parseIndices(opts?.rows);
		if (!rows.length) return;
		const { ctx, chartArea: a, scales } = chart;
		ctx.save();
		ctx.fillStyle = '#555';
		ctx.font = `italic ${opts.size ?? 13}px ${FONT}`;
		ctx.textBaseline = 'middle';
		for (const i of rows) ctx.fillText('no quotes', a.left + 8, scales.y.getPixelForValue(i));
		ctx.restore();
	}
};

/**
 * Writes `text` by a bar: across, centred on `x`, when it fits the outlet's slot; else up the slot
 * (rotated, read bottom to top) in up to three columns, so it never runs into the next outlet on a
 * phone. `from` is where it starts (the zero line or the bar's end) and `up` the direction it goes.
 */
function barNote(chart: Chart, text: string, x: number, from: number, up: boolean, size: number) {
	const { ctx, chartArea: a } = chart;
	const n = Math.max(chart.data.labels?.length ?? 1, 1);
	const slot = (a.right - a.left) / n - 4;
	ctx.font = `italic ${size}px ${FONT}`;
	if (ctx.measureText(text).width <= slot) {
		ctx.textAlign = 'center';
		ctx.textBaseline = up ? 'bottom' : 'top';
		ctx.fillText(text, x, up ? from - 3 : from + 3);
		return;
	}
	const room = Math.max(up ? from - a.top : a.bottom - from, 30) - 6;
	const lines = wrapToWidth(ctx, text, ctx.font, room, 3);
	const lh = size * 1.15;
	ctx.save();
	ctx.translate(x - ((lines.length - 1) * lh) / 2, up ? from - 3 : from + 3);
	ctx.rotate(-Math.PI / 2);
	ctx.textAlign = up ? 'left' : 'right';
	ctx.textBaseline = 'middle';
	lines.forEach((l, k) => ctx.fillText(l, 0, k * lh));
	ctx.restore();
}

/** Says "no comments" in the empty comment-sentiment slot of outlets without reader comments. */
const noCommentsPlugin: Plugin<'bar', { rows?: string; size?: number }> = {
	id: 'slantNoComments',
	afterDatasetsDraw(chart, _args, opts) {
		const rows = parseIndices(opts?.rows);
		const meta = chart.getDatasetMeta(1);
		if (!rows.length || !meta?.visible) return;
		const { ctx, scales } = chart;
		const size = opts.size ?? (chart.width < 520 ? 11 : 12);
		ctx.save();
		ctx.fillStyle = '#333';
		ctx.strokeStyle = SENTIMENT_COLORS.comments;
		for (const i of rows) {
			const bar = meta.data[i] as unknown as { x: number } | undefined;
			const x = bar?.x ?? scales.x.getPixelForValue(i);
			const y = scales.y.getPixelForValue(0);
			const k = size / 12;
			ctx.setLineDash([3, 3]);
			ctx.strokeRect(x - 5 * k, y - 6 * k, 10 * k, 12 * k);
			ctx.setLineDash([]);
			barNote(chart as unknown as Chart, 'no comments', x, y - 6 * k, true, size);
		}
		ctx.restore();
	}
};

/** Fewer reader comments than this make a mean too noisy to compare with another outlet's. */
export const MIN_COMMENTS = 3;

/** Says "too few comments (n=2)" past the end of comment bars that average fewer than MIN_COMMENTS comments. */
const fewCommentsPlugin: Plugin<'bar', { rows?: string; counts?: string; size?: number }> = {
	id: 'slantFewComments',
	afterDatasetsDraw(chart, _args, opts) {
		const rows = parseIndices(opts?.rows);
		const counts = parseIndices(opts?.counts);
		const meta = chart.getDatasetMeta(1);
		if (!rows.length || !meta?.visible) return;
		const { ctx, scales } = chart;
		ctx.save();
		ctx.fillStyle = '#333';
		for (const i of rows) {
			const bar = meta.data[i] as unknown as { x: number; y: number } | undefined;
			if (!bar) continue;
			const zero = scales.y.getPixelForValue(0);
			// Above a positive bar, above the zero line for a negative one (where the outlet's bars leave
			// the most room), so the words never sit on a bar.
			barNote(chart as unknown as Chart, `too few comments (n=${counts[i] ?? '?'})`, bar.x, Math.min(bar.y, zero), true, opts?.size ?? (chart.width < 520 ? 11 : 12));
		}
		ctx.restore();
	}
};

/** Height of the empty strip a chart with a threshold keeps above its bars for the line's label. */
export const THRESHOLD_STRIP = 20;

/**
 * A dashed reference line on the value axis of a horizontal chart. Its label goes in a strip kept
 * free above the bars (an empty top axis, `thresholdStrip`), so it never covers a bar, and it stays
 * within the chart's width: left of the line if it fits, else right of it, else the short label.
 */
const thresholdPlugin: Plugin<'bar', { value?: number; label?: string; short?: string; size?: number }> = {
	id: 'slantThreshold',
	afterDatasetsDraw(chart, _args, opts) {
		if (opts?.value === undefined) return;
		const { ctx, chartArea: a, scales } = chart;
		const x = scales.x.getPixelForValue(opts.value);
		if (x < a.left || x > a.right) return;
		ctx.save();
		ctx.strokeStyle = '#333';
		ctx.setLineDash([5, 4]);
		ctx.beginPath();
		ctx.moveTo(x, a.top - 4);
		ctx.lineTo(x, a.bottom);
		ctx.stroke();
		ctx.setLineDash([]);
		if (opts.label) {
			ctx.font = `${opts.size ?? 12}px ${FONT}`;
			ctx.fillStyle = '#333';
			ctx.textBaseline = 'bottom';
			const y = a.top - 5;
			const left = (t: string) => x - 4 - ctx.measureText(`${t} →`).width >= a.left;
			const right = (t: string) => x + 4 + ctx.measureText(`← ${t}`).width <= chart.width - 4;
			const short = opts.short ?? opts.label;
			if (left(opts.label)) {
				ctx.textAlign = 'right';
				ctx.fillText(`${opts.label} →`, x - 4, y);
			} else if (right(opts.label)) {
				ctx.textAlign = 'left';
				ctx.fillText(`← ${opts.label}`, x + 4, y);
			} else if (left(short)) {
				ctx.textAlign = 'right';
				ctx.fillText(`${short} →`, x - 4, y);
			} else {
				ctx.textAlign = 'left';
				ctx.fillText(`← ${short}`, x + 4, y, Math.max(chart.width - x - 8, 20));
			}
		}
		ctx.restore();
	}
};

/** An empty axis along the top whose only job is to keep THRESHOLD_STRIP pixels (scaled with the type) free for the threshold label. */
const thresholdStrip = (k = 1) => ({
	type: 'linear' as const,
	position: 'top' as const,
	display: true,
	grid: { display: false, drawTicks: false },
	border: { display: false },
	ticks: { display: false },
	afterFit: (scale: { height: number }) => {
		scale.height = Math.round(THRESHOLD_STRIP * k);
	}
});

// ------------------------------------------------------------------------ (a) loaded terms

export function loadedSpec(o: Overview, links: Links): ChartSpec {
	const outlets = o.outlets;
	const cats = o.categories.filter((c) => outlets.some((r) => (r.loaded.byCategory[c.key]?.counts.total ?? 0) > 0));
	const shownCats = cats.length ? cats : o.categories;
	const labels: string[] = outlets.flatMap((r) => [`${r.outlet} · own words`, 'in quotes']);
	const total = outlets.reduce((s, r) => s + r.loaded.counts.total, 0);
	const words = outlets.reduce((s, r) => s + r.words, 0);
	const empty = outlets.length === 0 ? 'No articles yet' : total === 0 ? 'No loaded terms found' : null;
	const catIndex = (key: string) => o.categories.findIndex((c) => c.key === key);
	const count = (r: OutletRow, key: string, quoted: boolean) => {
		const f = r.loaded.byCategory[key];
		return f ? (quoted ? f.counts.quoted : f.counts.ownVoice) : 0;
	};
	const value = (r: OutletRow, key: string, quoted: boolean) => (quoted ? r.loaded.byCategory[key]?.quoted : r.loaded.byCategory[key]?.ownVoice) ?? 0;
	const samples: SampleText[] = outlets.flatMap((r) => [
		{ long: `${plural(r.loaded.counts.ownVoice, 'term')} in ${plural(r.words, 'word')}`, short: plural(r.loaded.counts.ownVoice, 'term') },
		{ long: plural(r.loaded.counts.quoted, 'term'), short: plural(r.loaded.counts.quoted, 'term') }
	]);
	return {
		id: 'loaded',
		title: 'Loaded terms per 1,000 words',
		note: `Words and phrases from the loaded-terms list, counted in each outlet’s body text and divided by its word count; terms inside quotation marks are the speaker’s words, not the outlet’s${o.ownVoice === false ? ' (also when an outlet quotes its own staff: the facilitator switched the own-voice rule off)' : ', except when an outlet quotes its own staff (its spokesperson, its researchers): that is the outlet speaking, so their loaded words count as its own'}. Right of each bar: how many terms it counts.`,
		sample: `${plural(total, 'loaded term')} in ${plural(words, 'word')} of body text from ${plural(outlets.length, 'outlet')}.`,
		alt: `Stacked bar chart of loaded-term density for ${outlets.length} outlets, split into the outlet's own words and words inside quotes.`,
		height: 150 + outlets.length * 56,
		// A phone: a long name takes three lines plus "own words"; room so the "in quotes" row stays apart.
		heightNarrow: 200 + outlets.length * 104,
		outlets: outlets.map((r) => r.outlet),
		empty,
		bars() {
			const out: ChartBar[] = [];
			outlets.forEach((r, oi) => {
				for (const quoted of [false, true])
					shownCats.forEach((c, d) => {
						const n = count(r, c.key, quoted);
						if (!n) return;
						const query = { cat: c.key, voice: quoted ? 'quoted' : 'own' };
						out.push({
							datasetIndex: d,
							index: oi * 2 + (quoted ? 1 : 0),
							outlet: r,
							query,
							href: links.evidence(r, query),
							color: categoryColor(catIndex(c.key)),
							label: `${r.outlet}, ${quoted ? 'inside quotes' : 'own words'}, ${c.label}: ${n1(value(r, c.key, quoted))} per 1,000 words (${plural(n, 'term')} in ${plural(r.words, 'word')}).`
						});
					});
			});
			return out;
		},
		config({ patterns, onPick, image, pattern = makePattern, medium, mark }) {
			const z = sizing(medium);
			const { px } = z;
			const datasets: ChartDataset<'bar', (number | null)[]>[] = shownCats.map((c) => {
				const i = catIndex(c.key);
				const color = categoryColor(i);
				const shape = PATTERN_SHAPES[i % PATTERN_SHAPES.length];
				const own = patterns ? pattern(color, shape) : color;
				const quoted = pattern(color, patterns ? shape : 'diagonal', true);
				return {
					label: c.label,
					data: outlets.flatMap((r) => [value(r, c.key, false), value(r, c.key, true)]),
					backgroundColor: outlets.flatMap(() => [own, quoted]),
					borderColor: color,
					borderWidth: 1,
					stack: 'loaded'
				};
			});
			return {
				type: 'bar',
				data: { labels, datasets },
				options: {
					indexAxis: 'y',
					maintainAspectRatio: false,
					layout: z.layout(empty ? [] : samples),
					datasets: { bar: { barPercentage: 0.8, categoryPercentage: 0.9 } },
					...interaction((d, i) => {
						const r = outlets[Math.floor(i / 2)];
						const c = shownCats[d];
						return r && c ? links.evidence(r, { cat: c.key, voice: i % 2 ? 'quoted' : 'own' }) : null;
					}, onPick),
					plugins: {
						...titleOpts(
							'Loaded terms per 1,000 words, by category',
							patterns
								? 'Full colour: the outlet’s own words · pale: inside quotes (the speaker’s words)'
								: 'Solid: the outlet’s own words · hatched: inside quotes (the speaker’s words)',
							image,
							px
						),
						legend: legendOpts(px),
						slantEmpty: { message: empty, size: px(14) },
						slantSample: empty ? {} : z.sample(samples),
						slantMark: { bar: mark ?? '' },
						tooltip: {
							...tooltipFont(px),
							callbacks: {
								title: (items) => {
									const i = items[0]?.dataIndex ?? 0;
									return `${outlets[Math.floor(i / 2)]?.outlet} — ${i % 2 ? 'inside quotes' : 'own words'}`;
								},
								label: (item) => {
									const r = outlets[Math.floor(item.dataIndex / 2)];
									const key = shownCats[item.datasetIndex]?.key;
									const n = r && key ? count(r, key, item.dataIndex % 2 === 1) : 0;
									return `${item.dataset.label}: ${n1(Number(item.raw))} per 1,000 words (${n} of ${r?.words ?? 0} words)`;
								}
							}
						}
					},
					scales: {
						y: {
							stacked: true,
							grid: { display: false },
							ticks: {
								autoSkip: false,
								font: (c) => ({ size: px(13), weight: c.index % 2 ? 'normal' : 'bold' }),
								color: (c) => (c.index % 2 ? (medium === 'present' ? '#222' : '#555') : '#111'),
								// On a narrow canvas "Outlet · own words" does not fit half the width: the
								// outlet's name goes on its own line(s), "own words" below it.
								callback(_v, i) {
									const label = labels[i] ?? '';
									if (i % 2) return label;
									const room = axisRoom(this.chart);
									const font = `bold ${px(13)}px ${FONT}`;
									// On a projector or the handout the own-words row carries just the outlet's name (the subtitle says solid = own words).
									if (medium === 'present' || medium === 'print') return wrapToWidth(this.ctx, outlets[i / 2]?.outlet ?? label, font, room);
									if (wrapToWidth(this.ctx, label, font, room).length === 1) return label;
									return [...wrapToWidth(this.ctx, outlets[i / 2]?.outlet ?? label, font, room), 'own words'];
								}
							}
						},
						x: {
							stacked: true,
							beginAtZero: true,
							title: { display: true, text: z.axisTitle('loaded terms per 1,000 words of body text', 'terms per 1,000 words'), font: { size: px(12) }, color: z.ink },
							ticks: { font: { size: px(12) }, color: z.ink },
							grid: { color: z.grid }
						},
					}
				},
				plugins: [emptyPlugin, samplePlugin, markPlugin]
			};
		},
		table() {
			return {
				caption: 'Loaded terms per 1,000 words by outlet and category: the outlet’s own words / inside quotes (count in brackets)',
				header: ['Outlet', 'Words', ...shownCats.map((c) => c.label), 'All categories'],
				rows: outlets.map((r) => [
					{ text: r.outlet },
					{ text: r.words.toLocaleString('en-GB') },
					...shownCats.map((c) => {
						const f = r.loaded.byCategory[c.key];
						return {
							text: f ? `${n1(f.ownVoice)} (${f.counts.ownVoice}) / ${n1(f.quoted)} (${f.counts.quoted})` : '0.0 (0) / 0.0 (0)',
							href: f?.counts.total ? links.evidence(r, { cat: c.key }) : null
						};
					}),
					{ text: `${n1(r.loaded.ownVoice)} (${r.loaded.counts.ownVoice}) / ${n1(r.loaded.quoted)} (${r.loaded.counts.quoted})` }
				])
			};
		},
		csv() {
			const rows: Cell[][] = [];
			for (const r of outlets)
				for (const c of shownCats) {
					const f = r.loaded.byCategory[c.key];
					rows.push([r.outlet, c.key, c.label, f?.counts.ownVoice ?? 0, f?.counts.quoted ?? 0, f?.counts.total ?? 0, r.words, f?.ownVoice ?? 0, f?.quoted ?? 0, f?.total ?? 0]);
				}
			return {
				header: ['outlet', 'category', 'category_label', 'count_own_voice', 'count_quoted', 'count_total', 'body_words', 'per_1000_own_voice', 'per_1000_quoted', 'per_1000_total'],
				rows
			};
		}
	};
}

// ------------------------------------------------------------------------ (b) speaker groups

export function groupsSpec(o: Overview, links: Links): ChartSpec {
	const outlets = o.outlets;
	const groups = SPEAKER_GROUPS.filter((g) => outlets.some((r) => r.groups.some((x) => x.group === g && x.words > 0)));
	const shown: SpeakerGroup[] = groups.length ? groups : [...SPEAKER_GROUPS];
	const share = (r: OutletRow, g: SpeakerGroup) => {
		const x = r.groups.find((y) => y.group === g);
		return x && r.quotedWords ? x.words / r.quotedWords : 0;
	};
	const empty = outlets.length === 0 ? 'No articles yet' : outlets.every((r) => r.quotedWords === 0) ? 'No quotes found' : null;
	const quoted = outlets.reduce((s, r) => s + r.quotedWords, 0);
	const quotes = outlets.reduce((s, r) => s + r.quotes, 0);
	const samples: SampleText[] = outlets.map((r) => ({ long: `${plural(r.quotedWords, 'word')}, ${plural(r.quotes, 'quote')}`, short: plural(r.quotedWords, 'word') }));
	return {
		id: 'speakers',
		title: 'Whose words get quoted',
		note: 'Each quote (direct or reported) is attributed to a speaker and the speaker to a group; bars show each group’s share of all quoted words in the outlet’s coverage. Right of each bar: the quoted words and quotes it divides up.',
		sample: `${plural(quotes, 'quote')}, ${plural(quoted, 'quoted word')} from ${plural(outlets.length, 'outlet')}.`,
		alt: `100% stacked horizontal bar chart: share of quoted words by speaker group for ${outlets.length} outlets.`,
		height: 120 + outlets.length * 46,
		// A phone: the legend takes a row per group and names wrap onto two or three lines.
		heightNarrow: 260 + outlets.length * 62,
		outlets: outlets.map((r) => r.outlet),
		empty,
		bars() {
			const out: ChartBar[] = [];
			outlets.forEach((r, i) =>
				shown.forEach((g, d) => {
					const x = r.groups.find((y) => y.group === g);
					if (!x?.words || !r.quotedWords) return;
					out.push({
						datasetIndex: d,
						index: i,
						outlet: r,
						query: { group: g },
						href: links.evidence(r, { group: g }),
						color: groupStyle(g).color,
						label: `${r.outlet}, ${g}: ${pct(share(r, g))} of quoted words (${x.words} of ${plural(r.quotedWords, 'quoted word')}, ${plural(x.quotes, 'quote')}).`
					});
				})
			);
			return out;
		},
		config({ patterns, onPick, image, pattern = makePattern, medium, mark }) {
			const z = sizing(medium);
			const { px } = z;
			const datasets: ChartDataset<'bar', (number | null)[]>[] = shown.map((g) => {
				const st = groupStyle(g);
				return {
					label: g,
					data: outlets.map((r) => Math.round(share(r, g) * 1000) / 10),
					backgroundColor: patterns ? pattern(st.color, st.shape) : st.color,
					borderColor: '#fff',
					borderWidth: 1,
					stack: 'share'
				};
			});
			return {
				type: 'bar',
				data: { labels: outlets.map((r) => r.outlet), datasets },
				options: {
					indexAxis: 'y',
					maintainAspectRatio: false,
					layout: z.layout(empty ? [] : samples),
					...interaction((d, i) => (outlets[i] && shown[d] ? links.evidence(outlets[i], { group: shown[d] }) : null), onPick),
					plugins: {
						...titleOpts('Share of quoted words by speaker group', 'Per cent of each outlet’s quoted words; outlets with no quotes are marked', image, px),
						legend: legendOpts(px),
						slantEmpty: { message: empty, size: px(14) },
						slantNoQuotes: { rows: empty ? '' : indices(outlets.map((r) => r.quotedWords === 0)), size: px(13) },
						slantSample: empty ? {} : z.sample(samples),
						slantMark: { bar: mark ?? '' },
						tooltip: {
							...tooltipFont(px),
							callbacks: {
								label: (item) => {
									const r = outlets[item.dataIndex];
									const g = r?.groups.find((x) => x.group === shown[item.datasetIndex]);
									return `${item.dataset.label}: ${item.raw}% (${g?.words ?? 0} of ${r?.quotedWords ?? 0} quoted words, ${g?.quotes ?? 0} quotes)`;
								}
							}
						}
					},
					scales: {
						x: {
							stacked: true,
							min: 0,
							max: 100,
							title: { display: true, text: '% of quoted words', font: { size: px(12) }, color: z.ink },
							ticks: { callback: (v) => `${v}%`, font: { size: px(12) }, color: z.ink, maxRotation: 0, ...(medium === 'present' ? { stepSize: 25 } : {}) },
							grid: { color: z.grid }
						},
						y: {
							stacked: true,
							grid: { display: false },
							ticks: {
								font: { size: px(13) },
								color: '#111',
								// Every outlet keeps its label (Chart.js would skip some when rows are tight on a phone).
								autoSkip: false,
								// Long outlet names wrap rather than lose their start on a narrow canvas.
								callback(_v, i) {
									const name = outlets[i]?.outlet ?? '';
									const lines = wrapToWidth(this.ctx, name, `${px(13)}px ${FONT}`, axisRoom(this.chart));
									return lines.length > 1 ? lines : name;
								}
							}
						},
					}
				},
				plugins: [emptyPlugin, noQuotesPlugin, samplePlugin, markPlugin]
			};
		},
		table() {
			return {
				caption: 'Share of quoted words by speaker group (quoted words in brackets; denominator is the outlet’s quoted words)',
				header: ['Outlet', 'Quoted words', 'Quotes', ...shown],
				rows: outlets.map((r) => [
					{ text: r.outlet },
					{ text: String(r.quotedWords) },
					{ text: String(r.quotes) },
					...shown.map((g) => {
						const x = r.groups.find((y) => y.group === g);
						return { text: r.quotedWords ? `${pct(share(r, g))} (${x?.words ?? 0})` : '—', href: x?.words ? links.evidence(r, { group: g }) : null };
					})
				])
			};
		},
		csv() {
			const rows: Cell[][] = [];
			for (const r of outlets)
				for (const g of SPEAKER_GROUPS) {
					const x = r.groups.find((y) => y.group === g);
					rows.push([r.outlet, 'group', g, '', x?.quotes ?? 0, x?.words ?? 0, r.quotedWords, r.quotedWords ? (x?.words ?? 0) / r.quotedWords : '']);
				}
			for (const r of outlets)
				for (const s of r.speakers) rows.push([r.outlet, 'speaker', s.group, s.speaker, s.quotes, s.words, r.quotedWords, s.share]);
			return { header: ['outlet', 'level', 'group', 'speaker', 'quotes', 'quoted_words', 'outlet_quoted_words', 'share'], rows };
		}
	};
}

// ------------------------------------------------------------------------ (c) sentiment

const commentCount = (n: number) => (n === 0 ? '0 comments' : n === 1 ? '1 comment' : `${n.toLocaleString('en-GB')} comments`);
const tooFew = (n: number) => n > 0 && n < MIN_COMMENTS;

/** What each bar of the sentiment chart is, for the panel's "how this is measured" note. */
export const SENTIMENT_NOTE =
	'Tone of the writing, −1 to +1; words inside names and topic words (war, crime, court) are left out. Bars: body tone, weighted by words; ' +
	'the same minus the collection\'s mean, so the subject all outlets share cancels; reader comments, averaged. ' +
	`Under each outlet: how many comments; fewer than ${MIN_COMMENTS} are too few to compare.`;

export function sentimentSpec(o: Overview, links: Links): ChartSpec {
	const outlets = o.outlets;
	const empty = outlets.length === 0 ? 'No articles yet' : null;
	const words = outlets.reduce((s, r) => s + r.words, 0);
	const comments = outlets.reduce((s, r) => s + r.comments, 0);
	const commentLabel = (r: OutletRow) => (tooFew(r.comments) ? `${commentCount(r.comments)}: too few` : commentCount(r.comments));
	const sampleLine = (r: OutletRow) => `${plural(r.words, 'word')} · ${commentLabel(r)}`;
	return {
		id: 'sentiment',
		title: 'Body text vs reader comments: sentiment',
		note: SENTIMENT_NOTE,
		sample: `${plural(words, 'word')} of body text and ${commentCount(comments)} from ${plural(outlets.length, 'outlet')}.`,
		alt: `Grouped bar chart of body tone, body tone relative to the collection's mean, and reader-comment sentiment, from −1 to 1, for ${outlets.length} outlets.`,
		height: 360,
		outlets: outlets.map((r) => r.outlet),
		empty,
		bars() {
			const out: ChartBar[] = [];
			outlets.forEach((r, i) => {
				out.push({
					datasetIndex: 0,
					index: i,
					outlet: r,
					query: { show: 'sentiment' },
					href: links.evidence(r, { show: 'sentiment' }),
					color: SENTIMENT_COLORS.body,
					label: `${r.outlet}, body text: tone ${signed(r.bodySentiment)} on a scale from −1 to +1 (${plural(r.words, 'word')}).`
				});
				if (r.commentSentiment !== null)
					out.push({
						datasetIndex: 1,
						index: i,
						outlet: r,
						query: { show: 'comments' },
						href: links.evidence(r, { show: 'comments' }),
						color: SENTIMENT_COLORS.comments,
						label: `${r.outlet}, reader comments: sentiment ${signed(r.commentSentiment)} on a scale from −1 to +1 (mean of ${commentCount(r.comments)}${tooFew(r.comments) ? ', too few to compare' : ''}).`
					});
				out.push({
					datasetIndex: 2,
					index: i,
					outlet: r,
					query: { show: 'sentiment' },
					href: links.evidence(r, { show: 'sentiment' }),
					color: SENTIMENT_COLORS.relative,
					label: `${r.outlet}, body text: tone ${signed(r.bodySentimentRelative)} against the collection’s mean (${plural(r.words, 'word')}).`
				});
			});
			return out;
		},
		config({ patterns, onPick, image, pattern = makePattern, medium, mark }) {
			const z = sizing(medium);
			const { px } = z;
			const tick = (w: number) => (medium === 'present' ? px(13) : w < 520 ? 10 : 13);
			const commentColor = (r: OutletRow) => (tooFew(r.comments) ? 'rgba(230, 159, 0, 0.35)' : SENTIMENT_COLORS.comments);
			return {
				type: 'bar',
				data: {
					// Under each outlet: the words its body bar scores and how many comments its reader-comment
					// bar averages (a mean of two comments is not a mean of two hundred; fewer than three are
					// marked too few), so the sample travels with PNGs, SVGs and prints too.
					labels: outlets.map((r) => [...[wrapLabel(r.outlet)].flat(), sampleLine(r)]),
					datasets: [
						{
							label: 'Body text',
							data: outlets.map((r) => r.bodySentiment),
							backgroundColor: patterns ? pattern(SENTIMENT_COLORS.body, 'diagonal') : SENTIMENT_COLORS.body
						},
						{
							label: 'Reader comments',
							data: outlets.map((r) => r.commentSentiment),
							backgroundColor: outlets.map((r) => (patterns ? pattern(commentColor(r), 'dots') : commentColor(r)))
						},
						{
							label: 'Body text vs collection mean',
							data: outlets.map((r) => r.bodySentimentRelative),
							backgroundColor: patterns ? pattern(SENTIMENT_COLORS.relative, 'cross') : SENTIMENT_COLORS.relative
						}
					]
				},
				options: {
					maintainAspectRatio: false,
					...interaction((d, i) => (outlets[i] ? links.evidence(outlets[i], { show: d === 1 ? 'comments' : 'sentiment' }) : null), onPick),
					plugins: {
						...titleOpts('Sentiment: body text vs reader comments', '−1 most negative · 0 neutral · +1 most positive · names and topic words left out', image, px),
						legend: legendOpts(px),
						slantEmpty: { message: empty, size: px(14) },
						slantNoComments: { rows: indices(outlets.map((r) => r.commentSentiment === null)), ...(medium === 'present' ? { size: px(12) } : {}) },
						slantFewComments: {
							rows: indices(outlets.map((r) => r.commentSentiment !== null && tooFew(r.comments))),
							counts: outlets.map((r) => r.comments).join(','),
							...(medium === 'present' ? { size: px(12) } : {})
						},
						slantMark: { bar: mark ?? '' },
						tooltip: {
							...tooltipFont(px),
							callbacks: {
								title: (items) => outlets[items[0]?.dataIndex ?? -1]?.outlet ?? '',
								label: (item) => {
									const r = outlets[item.dataIndex];
									if (item.datasetIndex === 1)
										return `Reader comments: ${r?.commentSentiment === null ? 'no comments' : `${n2(Number(item.raw))} (mean of ${commentCount(r?.comments ?? 0)}${r && tooFew(r.comments) ? ': too few to compare' : ''})`}`;
									if (item.datasetIndex === 2) return `Body text vs collection mean: ${signed(Number(item.raw))}`;
									return `Body text: ${n2(Number(item.raw))} (${r?.words ?? 0} words)`;
								}
							}
						}
					},
					scales: {
						x: {
							grid: { display: false },
							ticks: {
								font: (c) => ({ size: tick(c.chart.width) }),
								color: '#111',
								maxRotation: 0,
								autoSkip: false,
								// Wrapped to the width of the outlet's slot, so neighbours do not run into each other on a
								// phone; a long name is cut to two lines ending in "…" (the tooltip, the keyboard layer and
								// the table name it in full).
								callback(_v, i) {
									const r = outlets[i];
									if (!r) return '';
									const size = tick(this.chart.width);
									const slot = Math.max((this.chart.width - 60) / Math.max(outlets.length, 1) - 4, 40);
									const font = `${size}px ${FONT}`;
									const fit = (t: string, lines: number) => wrapToWidth(this.ctx, t, font, slot, lines);
									const sample = sampleLine(r);
									if (fit(sample, 1)[0] === sample) return [...fit(r.outlet, 2), sample];
									// A phone: the name on up to three lines; the comment bar says "no comments" or
									// "too few comments" itself, and the words are in the tooltip and the table.
									if (slot < 70) return fit(r.outlet, 3);
									return [...fit(r.outlet, 2), ...fit(plural(r.words, 'word'), 2), ...fit(r.comments ? commentLabel(r) : 'no comments', 3)];
								}
							}
						},
						y: {
							min: -1,
							max: 1,
							title: { display: true, text: z.axisTitle('sentiment score (−1 to +1)', 'sentiment'), font: { size: px(12) }, color: z.ink },
							ticks: { stepSize: 0.5, font: { size: px(12) }, color: z.ink },
							grid: { color: (c) => (c.tick?.value === 0 ? '#444' : z.grid), lineWidth: (c) => (c.tick?.value === 0 ? 1.5 : 1) }
						}
					}
				},
				plugins: [emptyPlugin, noCommentsPlugin, fewCommentsPlugin, markPlugin]
			};
		},
		table() {
			const orNone = (v: number | null) => (v === null ? '—' : n2(v));
			return {
				caption: 'Tone of the body text (names and topic words left out) and of reader comments (−1 negative … +1 positive)',
				header: ['Outlet', 'Body text', 'Body words', 'Reader comments', 'Comments averaged', 'Body vs collection mean', 'Own words', 'Quoted speech'],
				rows: outlets.map((r) => [
					{ text: r.outlet },
					{ text: n2(r.bodySentiment), href: links.evidence(r, { show: 'sentiment' }) },
					{ text: String(r.words) },
					{ text: r.commentSentiment === null ? 'no comments' : tooFew(r.comments) ? `${n2(r.commentSentiment)} (too few to compare)` : n2(r.commentSentiment), href: r.comments ? links.evidence(r, { show: 'comments' }) : null },
					{ text: String(r.comments) },
					{ text: signed(r.bodySentimentRelative) },
					{ text: orNone(r.ownVoiceTone) },
					{ text: orNone(r.quotedTone) }
				])
			};
		},
		csv() {
			return {
				header: ['outlet', 'body_sentiment', 'body_words', 'comment_sentiment', 'comments', 'comments_too_few', 'body_vs_collection_mean', 'own_voice_tone', 'quoted_tone', 'own_voice_vs_collection_mean'],
				rows: outlets.map((r) => [
					r.outlet,
					r.bodySentiment,
					r.words,
					r.commentSentiment ?? 'no comments',
					r.comments,
					tooFew(r.comments) ? 'yes' : 'no',
					r.bodySentimentRelative,
					r.ownVoiceTone ?? '',
					r.quotedTone ?? '',
					r.ownVoiceRelative ?? ''
				])
			};
		}
	};
}

// ------------------------------------------------------------------------ (d) distinctive terms

export function distinctiveSpec(o: Overview, links: Links, perOutlet = 6): ChartSpec {
	const outlets = o.outlets;
	const rows = outlets.flatMap((r, oi) => r.distinctive.filter((t) => t.z > 0).slice(0, perOutlet).map((t) => ({ r, oi, t })));
	const empty = outlets.length === 0 ? 'No articles yet' : rows.length === 0 ? 'Needs at least two outlets with text' : null;
	const words = outlets.reduce((s, r) => s + r.words, 0);
	const samples: SampleText[] = rows.map((x) => ({ long: `${x.t.count}× in ${plural(x.r.words, 'word')}`, short: `${x.t.count}×` }));
	return {
		id: 'distinctive',
		title: 'Distinctive words per outlet',
		note: 'Words each outlet uses more than the others (used at least twice), ranked by z-score (weighted log-odds with an informative Dirichlet prior, Monroe et al. 2008). Bars past the dashed line (z ≥ 1.96) would be unlikely by chance for a single word, but with many words compared, treat every bar as a lead to check in the text, not a finding. Right of each bar: how often the outlet used the word.',
		sample: `${plural(words, 'word')} of body text from ${plural(outlets.length, 'outlet')}; each outlet compared with all the others.`,
		alt: `Horizontal bar chart of the most distinctive words of each of ${outlets.length} outlets, as z-scores.`,
		height: 150 + Math.max(rows.length, 3) * 17,
		outlets: outlets.map((r) => r.outlet),
		empty,
		bars() {
			return rows.map((x, i) => ({
				datasetIndex: x.oi,
				index: i,
				outlet: x.r,
				query: { term: x.t.term },
				href: links.evidence(x.r, { term: x.t.term }),
				color: outletColor(x.oi),
				label: `${x.r.outlet}, “${x.t.term}”: z = ${n2(x.t.z)} (used ${x.t.count} times in ${plural(x.r.words, 'word')}).`
			}));
		},
		config({ patterns, onPick, image, pattern = makePattern, medium, mark }) {
			const z = sizing(medium);
			const { px } = z;
			return {
				type: 'bar',
				data: {
					labels: rows.map((x) => x.t.term),
					datasets: outlets.map((r, oi) => ({
						label: r.outlet,
						data: rows.map((x) => (x.oi === oi ? x.t.z : null)),
						backgroundColor: patterns ? pattern(outletColor(oi), PATTERN_SHAPES[oi % PATTERN_SHAPES.length]) : outletColor(oi),
						grouped: false,
						barPercentage: 0.85,
						categoryPercentage: 1
					}))
				},
				options: {
					indexAxis: 'y',
					maintainAspectRatio: false,
					layout: z.layout(empty ? [] : samples),
					...interaction((_d, i) => (rows[i] ? links.evidence(rows[i].r, { term: rows[i].t.term }) : null), onPick),
					plugins: {
						...titleOpts('Distinctive words per outlet', 'z-score of the weighted log-odds ratio against the other outlets', image, px),
						legend: legendOpts(px),
						slantEmpty: { message: empty, size: px(14) },
						slantThreshold: empty ? {} : { value: 1.96, label: 'z = 1.96: unlikely by chance for one word', short: 'z = 1.96', size: px(12) },
						slantSample: empty ? {} : z.sample(samples),
						slantMark: { bar: mark ?? '' },
						tooltip: {
							...tooltipFont(px),
							callbacks: {
								label: (item) => {
									const x = rows[item.dataIndex];
									return x ? `${x.r.outlet}: “${x.t.term}” z = ${n2(x.t.z)}, used ${x.t.count}×` : '';
								}
							}
						}
					},
					scales: {
						x: {
							beginAtZero: true,
							suggestedMax: 2.4,
							title: { display: true, text: z.axisTitle('z-score (log-odds, Monroe et al. 2008)', 'z-score'), font: { size: px(12) }, color: z.ink },
							ticks: { font: { size: px(12) }, color: z.ink },
							grid: { color: z.grid }
						},
						...(empty ? {} : { xStrip: thresholdStrip(px(12) / 12) }),
						y: { grid: { display: false }, ticks: { autoSkip: false, font: { size: px(12) }, color: '#111' } }
					}
				},
				plugins: [emptyPlugin, thresholdPlugin, samplePlugin, markPlugin]
			};
		},
		table() {
			return {
				caption: 'Most distinctive words per outlet (z-score of the weighted log-odds; times used)',
				header: ['Outlet', 'Word', 'z-score', 'Times used'],
				rows: rows.map((x) => [{ text: x.r.outlet }, { text: x.t.term, href: links.evidence(x.r, { term: x.t.term }) }, { text: n2(x.t.z) }, { text: String(x.t.count) }])
			};
		},
		csv() {
			return {
				header: ['outlet', 'term', 'count', 'log_odds', 'z', 'outlet_words'],
				rows: outlets.flatMap((r) => r.distinctive.map((t) => [r.outlet, t.term, t.count, t.logOdds, t.z, r.words] as Cell[]))
			};
		}
	};
}

// ------------------------------------------------------------------------ PNG export

/** Fills the canvas white before anything is drawn (exports are otherwise transparent). */
export const whiteBackground: Plugin<'bar'> = {
	id: 'slantWhite',
	beforeDraw(chart) {
		const { ctx, width, height } = chart;
		ctx.save();
		ctx.globalCompositeOperation = 'destination-over';
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, width, height);
		ctx.restore();
	}
};

/** Writes the source line (collection, date, "made with Slant") along the bottom edge. */
export function sourceLine(text: string): Plugin<'bar'> {
	return {
		id: 'slantSource',
		afterDraw(chart) {
			const { ctx, width, height } = chart;
			ctx.save();
			ctx.fillStyle = '#444';
			ctx.font = `12px ${FONT}`;
			ctx.textAlign = 'left';
			ctx.textBaseline = 'bottom';
			ctx.fillText(text, 10, height - 8, width - 20);
			ctx.restore();
		}
	};
}

/**
 * Renders the chart again on an offscreen canvas at `scale`× pixel density with a white background
 * and (optionally) a source line. The on-screen chart is untouched. `read` gets the finished canvas
 * before the offscreen chart is destroyed.
 */
function renderOffscreen<T>(
	spec: ChartSpec,
	opts: { patterns: boolean; scale: number; width: number; height: number; source: string | null; medium?: Medium },
	read: (canvas: HTMLCanvasElement) => T
): T {
	const holder = document.createElement('div');
	holder.style.cssText = `position:fixed;left:-20000px;top:0;width:${opts.width}px;height:${opts.height}px;`;
	const canvas = document.createElement('canvas');
	canvas.style.cssText = `width:${opts.width}px;height:${opts.height}px;`;
	canvas.width = opts.width;
	canvas.height = opts.height;
	holder.append(canvas);
	document.body.append(holder);
	const cfg = spec.config({ patterns: opts.patterns, scale: opts.scale, image: true, medium: opts.medium });
	const options = cfg.options ?? {};
	options.responsive = false;
	options.animation = false;
	options.devicePixelRatio = opts.scale;
	options.layout = addPadding(options.layout, { top: 8, left: 8, right: 16, bottom: opts.source ? 32 : 8 }) as typeof options.layout;
	const plugins = [...(cfg.plugins ?? []), whiteBackground, ...(opts.source ? [sourceLine(opts.source)] : [])];
	const chart = new Chart(canvas, { ...cfg, options, plugins });
	try {
		chart.draw();
		return read(canvas);
	} finally {
		chart.destroy();
		holder.remove();
	}
}

/** A PNG of the chart for download: title, legend and source line drawn in, on white. */
export async function renderPng(spec: ChartSpec, opts: { patterns: boolean; scale: number; width: number; height: number; source: string }): Promise<Blob> {
	const url = renderOffscreen(spec, opts, (c) => c.toDataURL('image/png'));
	return (await fetch(url)).blob();
}

/** A static picture of the chart for the print stylesheet (canvases do not re-layout for print). */
export function renderDataUrl(spec: ChartSpec, opts: { patterns: boolean; width: number; height: number }): string {
	return renderOffscreen(spec, { ...opts, scale: 2, source: null, medium: 'print' }, (c) => c.toDataURL('image/png'));
}
