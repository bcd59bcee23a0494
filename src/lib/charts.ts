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
import { GROUP_COLORS, PATTERN_SHAPES, SENTIMENT_COLORS, categoryColor, makePattern, outletColor } from './palette';
import type { Overview, OutletRow } from './shapes';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, SubTitle, Tooltip);

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
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

export interface ChartSpec {
	id: string;
	title: string;
	/** One line: how this is measured. */
	note: string;
	/** Short alternative text for the canvas. */
	alt: string;
	height: number;
	/** Height on a narrow canvas (a phone), where labels wrap onto more lines and the legend takes more rows. */
	heightNarrow?: number;
	/** Outlets in the order the chart shows them (exposed as data-outlets for tests and scripts). */
	outlets: string[];
	empty: string | null;
	/** `image`: drawing for a PNG or print, so the title goes into the picture (on screen the panel's heading shows it). */
	config(opts: { patterns: boolean; scale?: number; image?: boolean; onPick?: (href: string) => void }): BarConfig;
	table(): ChartTable;
	csv(): { header: string[]; rows: Cell[][] };
}

export interface Links {
	/** Evidence link for an outlet with a highlight query, e.g. { cat: 'emotive' }. */
	evidence(outlet: OutletRow, query: Record<string, string>): string;
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
 */
export function wrapToWidth(ctx: CanvasRenderingContext2D, text: string, font: string, maxPx: number): string[] {
	ctx.save();
	ctx.font = font;
	const fits = (t: string) => ctx.measureText(t).width <= maxPx;
	const lines: string[] = [];
	let line = '';
	for (const w of text.split(/\s+/).filter(Boolean)) {
		if (line && !fits(`${line} ${w}`)) {
			lines.push(line);
			line = w;
		} else line = line ? `${line} ${w}` : w;
	}
	if (line) lines.push(line);
	ctx.restore();
	return lines;
}

/** Room for y-axis labels: Chart.js gives a vertical axis at most half the width, less its padding. */
const axisRoom = (chart: { width: number }) => Math.max(chart.width / 2 - 18, 60);

const n1 = (v: number) => (Math.round(v * 10) / 10).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const n2 = (v: number) => (Math.round(v * 100) / 100).toFixed(2);
const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** Click a bar → follow its evidence link; pointer cursor over bars. */
function interaction(hrefFor: (datasetIndex: number, index: number) => string | null, onPick?: (href: string) => void) {
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

function titleOpts(text: string, subtitle: string | null, image = false) {
	return {
		title: { display: image, text, font: { size: 16, weight: 'bold' as const }, color: '#111', padding: { top: 4, bottom: subtitle ? 2 : 10 } },
		subtitle: { display: !!subtitle, text: subtitle ?? '', color: '#444', font: { size: 12 }, padding: { bottom: 8 } }
	};
}

const legendOpts = { position: 'top' as const, labels: { boxWidth: 14, boxHeight: 14, padding: 12, color: '#222' } };

/**
 * Plugins are static and read what they need from their options (options.plugins.<id>), so an
 * in-place chart.update() with new data also updates what they draw.
 */
const emptyPlugin: Plugin<'bar', { message?: string | null }> = {
	id: 'slantEmpty',
	afterDraw(chart, _args, opts) {
		if (!opts?.message) return;
		const { ctx, chartArea: a } = chart;
		ctx.save();
		ctx.fillStyle = '#555';
		ctx.font = `italic 14px ${FONT}`;
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
const noQuotesPlugin: Plugin<'bar', { rows?: string }> = {
	id: 'slantNoQuotes',
	afterDatasetsDraw(chart, _args, opts) {
		const rows = parseIndices(opts?.rows);
		if (!rows.length) return;
		const { ctx, chartArea: a, scales } = chart;
		ctx.save();
		ctx.fillStyle = '#555';
		ctx.font = `italic 13px ${FONT}`;
		ctx.textBaseline = 'middle';
		for (const i of rows) ctx.fillText('no quotes', a.left + 8, scales.y.getPixelForValue(i));
		ctx.restore();
	}
};

/** Marks the empty comment-sentiment slot of outlets without reader comments. */
const noCommentsPlugin: Plugin<'bar', { rows?: string }> = {
	id: 'slantNoComments',
	afterDatasetsDraw(chart, _args, opts) {
		const rows = parseIndices(opts?.rows);
		const meta = chart.getDatasetMeta(1);
		if (!rows.length || !meta?.visible) return;
		const { ctx, scales } = chart;
		ctx.save();
		ctx.font = `italic ${chart.width < 520 ? 10 : 12}px ${FONT}`;
		ctx.textAlign = 'center';
		ctx.fillStyle = '#444';
		ctx.strokeStyle = SENTIMENT_COLORS.comments;
		for (const i of rows) {
			const bar = meta.data[i] as unknown as { x: number } | undefined;
			const x = bar?.x ?? scales.x.getPixelForValue(i);
			const y = scales.y.getPixelForValue(0);
			ctx.setLineDash([3, 3]);
			ctx.strokeRect(x - 12, y - 10, 24, 20);
			ctx.setLineDash([]);
			ctx.fillText('no', x, y - 26);
			ctx.fillText('comments', x, y - 13);
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
const thresholdPlugin: Plugin<'bar', { value?: number; label?: string; short?: string }> = {
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
			ctx.font = `12px ${FONT}`;
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

/** An empty axis along the top whose only job is to keep THRESHOLD_STRIP pixels free for the threshold label. */
const thresholdStrip = {
	type: 'linear' as const,
	position: 'top' as const,
	display: true,
	grid: { display: false, drawTicks: false },
	border: { display: false },
	ticks: { display: false },
	afterFit: (scale: { height: number }) => {
		scale.height = THRESHOLD_STRIP;
	}
};

// ------------------------------------------------------------------------ (a) loaded terms

export function loadedSpec(o: Overview, links: Links): ChartSpec {
	const outlets = o.outlets;
	const cats = o.categories.filter((c) => outlets.some((r) => (r.loaded.byCategory[c.key]?.counts.total ?? 0) > 0));
	const shownCats = cats.length ? cats : o.categories;
	const labels: string[] = outlets.flatMap((r) => [`${r.outlet} · own words`, 'in quotes']);
	const total = outlets.reduce((s, r) => s + r.loaded.counts.total, 0);
	const empty = outlets.length === 0 ? 'No articles yet' : total === 0 ? 'No loaded terms found' : null;
	const catIndex = (key: string) => o.categories.findIndex((c) => c.key === key);
	return {
		id: 'loaded',
		title: 'Loaded terms per 1,000 words',
		note: `Words and phrases from the loaded-terms list, counted in each outlet’s body text and divided by its word count; terms inside quotation marks are the speaker’s words, not the outlet’s${o.ownVoice === false ? ' (also when an outlet quotes its own staff: the facilitator switched the own-voice rule off)' : ', except when an outlet quotes its own staff (its spokesperson, its researchers): that is the outlet speaking, so their loaded words count as its own'}.`,
		alt: `Stacked bar chart of loaded-term density for ${outlets.length} outlets, split into the outlet's own words and words inside quotes.`,
		height: 150 + outlets.length * 56,
		heightNarrow: 200 + outlets.length * 88,
		outlets: outlets.map((r) => r.outlet),
		empty,
		config({ patterns, onPick, image }) {
			const datasets: ChartDataset<'bar', (number | null)[]>[] = shownCats.map((c) => {
				const i = catIndex(c.key);
				const color = categoryColor(i);
				const shape = PATTERN_SHAPES[i % PATTERN_SHAPES.length];
				const own = patterns ? makePattern(color, shape) : color;
				const quoted = makePattern(color, patterns ? shape : 'diagonal', true);
				return {
					label: c.label,
					data: outlets.flatMap((r) => [r.loaded.byCategory[c.key]?.ownVoice ?? 0, r.loaded.byCategory[c.key]?.quoted ?? 0]),
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
							image
						),
						legend: legendOpts,
						slantEmpty: { message: empty },
						tooltip: {
							callbacks: {
								title: (items) => {
									const i = items[0]?.dataIndex ?? 0;
									return `${outlets[Math.floor(i / 2)]?.outlet} — ${i % 2 ? 'inside quotes' : 'own words'}`;
								},
								label: (item) => {
									const r = outlets[Math.floor(item.dataIndex / 2)];
									const f = r?.loaded.byCategory[shownCats[item.datasetIndex]?.key];
									const count = f ? (item.dataIndex % 2 ? f.counts.quoted : f.counts.ownVoice) : 0;
									return `${item.dataset.label}: ${n1(Number(item.raw))} per 1,000 words (${count} of ${r?.words ?? 0} words)`;
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
								font: (c) => ({ size: 13, weight: c.index % 2 ? 'normal' : 'bold' }),
								color: (c) => (c.index % 2 ? '#555' : '#111'),
								// On a narrow canvas "Outlet · own words" does not fit half the width: the
								// outlet's name goes on its own line(s), "own words" below it.
								callback(_v, i) {
									const label = labels[i] ?? '';
									if (i % 2) return label;
									const room = axisRoom(this.chart);
									const font = `bold 13px ${FONT}`;
									if (wrapToWidth(this.ctx, label, font, room).length === 1) return label;
									return [...wrapToWidth(this.ctx, outlets[i / 2]?.outlet ?? label, font, room), 'own words'];
								}
							}
						},
						x: { stacked: true, beginAtZero: true, title: { display: true, text: 'loaded terms per 1,000 words of body text' }, grid: { color: '#e4e4e4' } }
					}
				},
				plugins: [emptyPlugin]
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
	return {
		id: 'speakers',
		title: 'Whose words get quoted',
		note: 'Each quote (direct or reported) is attributed to a speaker and the speaker to a group; bars show each group’s share of all quoted words in the outlet’s coverage.',
		alt: `100% stacked horizontal bar chart: share of quoted words by speaker group for ${outlets.length} outlets.`,
		height: 120 + outlets.length * 46,
		outlets: outlets.map((r) => r.outlet),
		empty,
		config({ patterns, onPick, image }) {
			const datasets: ChartDataset<'bar', (number | null)[]>[] = shown.map((g, i) => ({
				label: g,
				data: outlets.map((r) => Math.round(share(r, g) * 1000) / 10),
				// the group's own pattern (by its place in SPEAKER_GROUPS), the same on every chart
				backgroundColor: patterns ? makePattern(GROUP_COLORS[g], PATTERN_SHAPES[SPEAKER_GROUPS.indexOf(g) % PATTERN_SHAPES.length]) : GROUP_COLORS[g],
				borderColor: '#fff',
				borderWidth: 1,
				stack: 'share'
			}));
			return {
				type: 'bar',
				data: { labels: outlets.map((r) => r.outlet), datasets },
				options: {
					indexAxis: 'y',
					maintainAspectRatio: false,
					...interaction((d, i) => (outlets[i] && shown[d] ? links.evidence(outlets[i], { group: shown[d] }) : null), onPick),
					plugins: {
						...titleOpts('Share of quoted words by speaker group', 'Per cent of each outlet’s quoted words; outlets with no quotes are marked', image),
						legend: legendOpts,
						slantEmpty: { message: empty },
						slantNoQuotes: { rows: empty ? '' : indices(outlets.map((r) => r.quotedWords === 0)) },
						tooltip: {
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
						x: { stacked: true, min: 0, max: 100, title: { display: true, text: '% of quoted words' }, ticks: { callback: (v) => `${v}%` }, grid: { color: '#e4e4e4' } },
						y: {
							stacked: true,
							grid: { display: false },
							ticks: {
								font: { size: 13 },
								// Long outlet names wrap rather than lose their start on a narrow canvas.
								callback(_v, i) {
									const name = outlets[i]?.outlet ?? '';
									const lines = wrapToWidth(this.ctx, name, `13px ${FONT}`, axisRoom(this.chart));
									return lines.length > 1 ? lines : name;
								}
							}
						}
					}
				},
				plugins: [emptyPlugin, noQuotesPlugin]
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

export function sentimentSpec(o: Overview, links: Links): ChartSpec {
	const outlets = o.outlets;
	const empty = outlets.length === 0 ? 'No articles yet' : null;
	return {
		id: 'sentiment',
		title: 'Body text vs reader comments: sentiment',
		note: 'A lexicon-based sentiment score per sentence (body, weighted by words) and per reader comment (averaged), from −1 (negative) to +1 (positive); comments are never counted as body text. Under each outlet: the number of comments its reader-comment bar averages.',
		alt: `Grouped bar chart of body and reader-comment sentiment from −1 to 1 for ${outlets.length} outlets.`,
		height: 340,
		outlets: outlets.map((r) => r.outlet),
		empty,
		config({ patterns, onPick, image }) {
			return {
				type: 'bar',
				data: {
					// Under each outlet: how many comments its reader-comment bar averages (a mean of two
					// comments is not a mean of two hundred), so the count travels with PNGs and prints too.
					labels: outlets.map((r) => [...[wrapLabel(r.outlet)].flat(), commentCount(r.comments)]),
					datasets: [
						{
							label: 'Body text',
							data: outlets.map((r) => r.bodySentiment),
							backgroundColor: patterns ? makePattern(SENTIMENT_COLORS.body, 'diagonal') : SENTIMENT_COLORS.body
						},
						{
							label: 'Reader comments',
							data: outlets.map((r) => r.commentSentiment),
							backgroundColor: patterns ? makePattern(SENTIMENT_COLORS.comments, 'dots') : SENTIMENT_COLORS.comments
						}
					]
				},
				options: {
					maintainAspectRatio: false,
					...interaction((d, i) => (outlets[i] ? links.evidence(outlets[i], { show: d === 1 ? 'comments' : 'sentiment' }) : null), onPick),
					plugins: {
						...titleOpts('Sentiment: body text vs reader comments', '−1 most negative · 0 neutral · +1 most positive', image),
						legend: legendOpts,
						slantEmpty: { message: empty },
						slantNoComments: { rows: indices(outlets.map((r) => r.commentSentiment === null)) },
						tooltip: {
							callbacks: {
								label: (item) => {
									const r = outlets[item.dataIndex];
									if (item.datasetIndex === 1) return `Reader comments: ${r?.commentSentiment === null ? 'no comments' : `${n2(Number(item.raw))} (mean of ${r?.comments} comments)`}`;
									return `Body text: ${n2(Number(item.raw))} (${r?.words ?? 0} words)`;
								}
							}
						}
					},
					scales: {
						x: {
							grid: { display: false },
							ticks: {
								font: (c) => ({ size: c.chart.width < 520 ? 10 : 13 }),
								maxRotation: 0,
								autoSkip: false,
								// Wrapped to the width of the outlet's slot, so neighbours do not run into each other on a phone.
								callback(_v, i) {
									const r = outlets[i];
									if (!r) return '';
									const size = this.chart.width < 520 ? 10 : 13;
									const slot = Math.max((this.chart.width - 60) / Math.max(outlets.length, 1) - 2, 40);
									return [...wrapToWidth(this.ctx, r.outlet, `${size}px ${FONT}`, slot), ...wrapToWidth(this.ctx, commentCount(r.comments), `${size}px ${FONT}`, slot)];
								}
							}
						},
						y: {
							min: -1,
							max: 1,
							title: { display: true, text: 'sentiment score (−1 to +1)' },
							ticks: { stepSize: 0.5 },
							grid: { color: (c) => (c.tick?.value === 0 ? '#444' : '#e4e4e4'), lineWidth: (c) => (c.tick?.value === 0 ? 1.5 : 1) }
						}
					}
				},
				plugins: [emptyPlugin, noCommentsPlugin]
			};
		},
		table() {
			return {
				caption: 'Sentiment of the body text and of reader comments (−1 negative … +1 positive)',
				header: ['Outlet', 'Body text', 'Body words', 'Reader comments', 'Comments'],
				rows: outlets.map((r) => [
					{ text: r.outlet },
					{ text: n2(r.bodySentiment), href: links.evidence(r, { show: 'sentiment' }) },
					{ text: String(r.words) },
					{ text: r.commentSentiment === null ? 'no comments' : n2(r.commentSentiment), href: r.comments ? links.evidence(r, { show: 'comments' }) : null },
					{ text: String(r.comments) }
				])
			};
		},
		csv() {
			return {
				header: ['outlet', 'body_sentiment', 'body_words', 'comment_sentiment', 'comments'],
				rows: outlets.map((r) => [r.outlet, r.bodySentiment, r.words, r.commentSentiment ?? 'no comments', r.comments])
			};
		}
	};
}

// ------------------------------------------------------------------------ (d) distinctive terms

export function distinctiveSpec(o: Overview, links: Links, perOutlet = 6): ChartSpec {
	const outlets = o.outlets;
	const rows = outlets.flatMap((r, oi) => r.distinctive.filter((t) => t.z > 0).slice(0, perOutlet).map((t) => ({ r, oi, t })));
	const empty = outlets.length === 0 ? 'No articles yet' : rows.length === 0 ? 'Needs at least two outlets with text' : null;
	return {
		id: 'distinctive',
		title: 'Distinctive words per outlet',
		note: 'Words each outlet uses more than the others (used at least twice), ranked by z-score (weighted log-odds with an informative Dirichlet prior, Monroe et al. 2008). Bars past the dashed line (z ≥ 1.96) would be unlikely by chance for a single word, but with many words compared, treat every bar as a lead to check in the text, not a finding.',
		alt: `Horizontal bar chart of the most distinctive words of each of ${outlets.length} outlets, as z-scores.`,
		height: 150 + Math.max(rows.length, 3) * 17,
		outlets: outlets.map((r) => r.outlet),
		empty,
		config({ patterns, onPick, image }) {
			return {
				type: 'bar',
				data: {
					labels: rows.map((x) => x.t.term),
					datasets: outlets.map((r, oi) => ({
						label: r.outlet,
						data: rows.map((x) => (x.oi === oi ? x.t.z : null)),
						backgroundColor: patterns ? makePattern(outletColor(oi), PATTERN_SHAPES[oi % PATTERN_SHAPES.length]) : outletColor(oi),
						grouped: false,
						barPercentage: 0.85,
						categoryPercentage: 1
					}))
				},
				options: {
					indexAxis: 'y',
					maintainAspectRatio: false,
					...interaction((_d, i) => (rows[i] ? links.evidence(rows[i].r, { term: rows[i].t.term }) : null), onPick),
					plugins: {
						...titleOpts('Distinctive words per outlet', 'z-score of the weighted log-odds ratio against the other outlets', image),
						legend: legendOpts,
						slantEmpty: { message: empty },
						slantThreshold: empty ? {} : { value: 1.96, label: 'z = 1.96: unlikely by chance for one word', short: 'z = 1.96' },
						tooltip: {
							callbacks: {
								label: (item) => {
									const x = rows[item.dataIndex];
									return x ? `${x.r.outlet}: “${x.t.term}” z = ${n2(x.t.z)}, used ${x.t.count}×` : '';
								}
							}
						}
					},
					scales: {
						x: { beginAtZero: true, suggestedMax: 2.4, title: { display: true, text: 'z-score (log-odds, Monroe et al. 2008)' }, grid: { color: '#e4e4e4' } },
						...(empty ? {} : { xStrip: thresholdStrip }),
						y: { grid: { display: false }, ticks: { autoSkip: false, font: { size: 12 } } }
					}
				},
				plugins: [emptyPlugin, thresholdPlugin]
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
	opts: { patterns: boolean; scale: number; width: number; height: number; source: string | null },
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
	const cfg = spec.config({ patterns: opts.patterns, scale: opts.scale, image: true });
	const options = cfg.options ?? {};
	options.responsive = false;
	options.animation = false;
	options.devicePixelRatio = opts.scale;
	options.layout = { padding: { top: 8, left: 8, right: 16, bottom: opts.source ? 32 : 8 } };
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
	return renderOffscreen(spec, { ...opts, scale: 2, source: null }, (c) => c.toDataURL('image/png'));
}
