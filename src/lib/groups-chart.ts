// (b) Share of quoted words by speaker group: the overview's second chart, with its 'no quotes' marks.
import { Chart, type ChartDataset, type Plugin } from 'chart.js';
import { SPEAKER_GROUPS } from '$analysis/types';
import type { SpeakerGroup } from '$analysis/types';
import type { Cell } from './csv';
import { groupStyle, makePattern } from './palette';
import { FONT, markPlugin, samplePlugin, type SampleText } from './chart-plugins';
import type { Overview, OutletRow } from './shapes';
import { type ChartBar, type ChartSpec, emptyPlugin, indices, interaction, legendOpts, type Links, outletTicks, parseIndices, pct, plural, sizing, titleOpts, tooltipFont } from './charts';

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
		config({ patterns, onPick, image, pattern = makePattern, medium, mark, fit }) {
			const z = sizing(medium, fit);
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
						...titleOpts('Whose words get quoted', 'Share of each outlet’s quoted words by speaker group; outlets with no quotes are marked', image, px),
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
						x: z.shareAxis('% of quoted words'),
						y: {
							stacked: true,
							grid: { display: false },
							ticks: outletTicks((i) => outlets[i]?.outlet ?? '', px)
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

