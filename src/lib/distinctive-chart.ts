// (d) Each outlet's distinctive terms (weighted log-odds z-scores) with the z = 1.96 threshold line.
import { type Plugin } from 'chart.js';
import type { Cell } from './csv';
import { PATTERN_SHAPES, makePattern, outletColor } from './palette';
import { FONT, markPlugin, samplePlugin, type SampleText } from './chart-plugins';
import type { Overview } from './shapes';
import { type ChartSpec, emptyPlugin, interaction, legendOpts, type Links, n2, plural, sizing, titleOpts, tooltipFont } from './charts';

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
		config({ patterns, onPick, image, pattern = makePattern, medium, mark, fit }) {
			const z = sizing(medium, fit);
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

