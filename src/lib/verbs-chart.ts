// (e) Reporting verbs per outlet: how each outlet introduces what people said, neutral verbs ("said",
// "told") against loaded ones ("claimed", "admitted", "insisted"), as shares of the outlet's quotes
// that have a reporting verb. Each verb is a segment of the outlet's bar that leads to its sentences.
import type { ChartDataset, Plugin } from 'chart.js';
import type { Cell } from './csv';
import {
	type ChartBar,
	type ChartSpec,
	emptyPlugin,
	FONT,
	interaction,
	legendOpts,
	type Links,
	outletTicks,
	pct,
	plural,
	sizing,
	titleOpts,
	tooltipFont
} from './charts';
import { markPlugin, samplePlugin, type SampleText } from './chart-plugins';
import { CUE_COLORS, categoryColor, makePattern } from './palette';
import type { OutletRow, Overview, VerbCount } from './shapes';

/**
 * What a segment of `width` px says: the verb and its count, else the verb alone, else nothing. Never
 * a bare number, which would not say which verb it counts (the sample column names the loaded verbs;
 * the tooltip, the keyboard layer and the table give every count).
 */
export function segmentLabel(measure: (text: string) => number, verb: string, count: number, width: number): string {
	if (!count || !verb) return '';
	const both = `${verb} ${count}`;
	if (measure(both) + 8 <= width) return both;
	return measure(verb) + 8 <= width ? verb : '';
}

/** Writes each verb and its count inside its segment where they fit (segmentLabel). */
const segmentLabels: Plugin<'bar', { size?: number }> = {
	id: 'slantSegmentLabels',
	afterDatasetsDraw(chart, _args, opts) {
		const { ctx } = chart;
		ctx.save();
		ctx.font = `${opts?.size ?? 12}px ${FONT}`;
		ctx.textAlign = 'center';
		ctx.textBaseline = 'middle';
		chart.data.datasets.forEach((ds, d) => {
			if (!chart.isDatasetVisible(d)) return;
			const meta = chart.getDatasetMeta(d);
			const names = String((ds as { verbLabel?: string }).verbLabel ?? ds.label ?? '');
			const light = (ds as { light?: boolean }).light;
			meta.data.forEach((el, i) => {
				const raw = (ds as { counts?: number[] }).counts?.[i] ?? 0;
				if (!raw) return;
				const p = (el as unknown as { getProps: (k: string[], f: boolean) => { x: number; y: number; base: number } }).getProps(['x', 'y', 'base'], true);
				const w = Math.abs(p.x - p.base);
				const fits = segmentLabel((t) => ctx.measureText(t).width, names, raw, w);
				if (!fits) return;
				ctx.fillStyle = light ? '#000' : '#fff';
				ctx.fillText(fits, (p.x + p.base) / 2, p.y);
			});
		});
		ctx.restore();
	}
};

export function verbsSpec(o: Overview, links: Links): ChartSpec {
	const outlets = o.outlets;
	const verbsOf = (r: OutletRow): VerbCount[] => r.verbs ?? [];
	const total = (r: OutletRow) => verbsOf(r).reduce((s, v) => s + v.count, 0);
	const loadedN = (r: OutletRow) => verbsOf(r).filter((v) => v.kind === 'loaded').reduce((s, v) => s + v.count, 0);
	// Every verb any outlet used, neutral ones first, each kind most used first.
	const keys = new Map<string, { verb: string; kind: VerbCount['kind']; count: number }>();
	for (const r of outlets)
		for (const v of verbsOf(r)) {
			const k = `${v.kind}\u0000${v.verb}`;
			const x = keys.get(k) ?? { verb: v.verb, kind: v.kind, count: 0 };
			x.count += v.count;
			keys.set(k, x);
		}
	const verbs = [...keys.values()].sort((a, b) => (a.kind === b.kind ? b.count - a.count || a.verb.localeCompare(b.verb) : a.kind === 'neutral' ? -1 : 1));
	const countOf = (r: OutletRow, v: { verb: string; kind: string }) => verbsOf(r).find((x) => x.verb === v.verb && x.kind === v.kind)?.count ?? 0;
	const all = outlets.reduce((s, r) => s + total(r), 0);
	const allLoaded = outlets.reduce((s, r) => s + loadedN(r), 0);
	const empty = outlets.length === 0 ? 'No articles yet' : all === 0 ? 'No reporting verbs found' : null;
	// Loaded verbs wear the colour of the lexicon's "reporting" category, the list that makes them loaded.
	const reporting = o.categories.findIndex((c) => c.key === 'reporting');
	const loadedColor = reporting >= 0 ? categoryColor(reporting) : CUE_COLORS.loaded;
	const colorOf = (kind: string) => (kind === 'loaded' ? loadedColor : CUE_COLORS.neutral);
	// Right of each bar: how many verbs, and which loaded ones (their segments are often too thin to name).
	const loadedNames = (r: OutletRow) =>
		verbsOf(r)
			.filter((v) => v.kind === 'loaded')
			.sort((a, b) => b.count - a.count)
			.map((v) => (v.count > 1 ? `${v.verb} ×${v.count}` : v.verb));
	const samples: SampleText[] = outlets.map((r) => {
		const named = loadedNames(r);
		const short = named.length ? `${plural(total(r), 'verb')}: ${named.slice(0, 2).join(', ')}${named.length > 2 ? ' …' : ''}` : plural(total(r), 'verb');
		return { long: named.length ? `${plural(total(r), 'verb')}, loaded: ${named.slice(0, 3).join(', ')}${named.length > 3 ? ' …' : ''}` : `${plural(total(r), 'verb')}, none loaded`, short };
	});
	const share = (r: OutletRow, v: { verb: string; kind: string }) => (total(r) ? countOf(r, v) / total(r) : 0);

	return {
		id: 'verbs',
		title: 'How each outlet reports speech',
		note: 'Each quote’s reporting verb (“said”, “told”, “according to”) as a share of the outlet’s quotes that have one; a verb is loaded when it is on the loaded-terms list’s reporting category (“claimed”, “admitted”, “insisted”), which tells the reader how to take the words. Right of each bar: how many verbs it divides up.',
		sample: `${plural(all, 'quote')} with a reporting verb, ${allLoaded} of them loaded, from ${plural(outlets.length, 'outlet')}.`,
		alt: `100% stacked bar chart of reporting verbs for ${outlets.length} outlets, neutral verbs against loaded ones.`,
		height: 130 + outlets.length * 46,
		// A phone: names wrap onto two or three lines and the legend takes two rows.
		heightNarrow: 190 + outlets.length * 62,
		outlets: outlets.map((r) => r.outlet),
		empty,
		bars() {
			const out: ChartBar[] = [];
			outlets.forEach((r, i) =>
				verbs.forEach((v, d) => {
					const n = countOf(r, v);
					if (!n) return;
					out.push({
						datasetIndex: d,
						index: i,
						outlet: r,
						query: { cue: v.verb },
						href: links.evidence(r, { cue: v.verb }),
						color: colorOf(v.kind),
						label: `${r.outlet}, “${v.verb}” (${v.kind}): ${n} of ${plural(total(r), 'quote')} with a reporting verb (${pct(share(r, v))}).`
					});
				})
			);
			return out;
		},
		config({ patterns, onPick, image, pattern = makePattern, medium, mark, fit }) {
			const z = sizing(medium, fit);
			const { px } = z;
			const fill = (kind: string) => (patterns ? pattern(colorOf(kind), kind === 'loaded' ? 'cross' : 'horizontal') : colorOf(kind));
			const datasets = verbs.map((v) => ({
				label: `${v.verb} (${v.kind})`,
				verbLabel: v.verb,
				light: v.kind === 'loaded',
				counts: outlets.map((r) => countOf(r, v)),
				data: outlets.map((r) => Math.round(share(r, v) * 1000) / 10),
				backgroundColor: fill(v.kind),
				borderColor: '#fff',
				borderWidth: 1,
				stack: 'verbs'
			})) as ChartDataset<'bar', (number | null)[]>[];
			return {
				type: 'bar',
				data: { labels: outlets.map((r) => r.outlet), datasets },
				options: {
					indexAxis: 'y',
					maintainAspectRatio: false,
					layout: z.layout(empty ? [] : samples),
					...interaction((d, i) => (outlets[i] && verbs[d] ? links.evidence(outlets[i], { cue: verbs[d].verb }) : null), onPick),
					plugins: {
						...titleOpts('How each outlet reports speech', 'Reporting verbs, neutral against loaded: per cent of each outlet’s quotes that have one; each segment is one verb', image, px),
						legend: {
							...legendOpts(px),
							// Two keys, not one per verb: the colour says neutral or loaded, the segment says which verb.
							onClick: () => {},
							labels: {
								...legendOpts(px).labels,
								// Examples only where there is room for them (a phone gets the bare keys).
								generateLabels: (chart: { width: number }) =>
									(['neutral', 'loaded'] as const).map((k) => ({
										text: chart.width < 560 ? `${k} verb` : k === 'neutral' ? 'neutral verb (said, told …)' : 'loaded verb (claimed, admitted, insisted …)',
										fillStyle: fill(k) as string,
										strokeStyle: colorOf(k),
										lineWidth: 0,
										hidden: false,
										fontColor: '#111'
									}))
							}
						},
						slantEmpty: { message: empty, size: px(14) },
						slantSample: empty ? {} : z.sample(samples),
						slantSegmentLabels: { size: px(12) },
						slantMark: { bar: mark ?? '' },
						tooltip: {
							...tooltipFont(px),
							callbacks: {
								label: (item) => {
									const r = outlets[item.dataIndex];
									const v = verbs[item.datasetIndex];
									return r && v ? `“${v.verb}” (${v.kind}): ${countOf(r, v)} of ${total(r)} quotes (${item.raw}%)` : '';
								}
							}
						}
					},
					scales: {
						x: z.shareAxis(z.axisTitle('% of quotes with a reporting verb', '% of quotes with a verb')),
						y: {
							stacked: true,
							grid: { display: false },
							ticks: outletTicks((i) => outlets[i]?.outlet ?? '', px)
						},
					}
				},
				plugins: [emptyPlugin, segmentLabels, samplePlugin, markPlugin]
			};
		},
		table() {
			return {
				caption: 'Quotes per reporting verb and outlet (share of the outlet’s quotes with a reporting verb); each count opens its sentences',
				header: ['Outlet', 'Verbs', 'Loaded', ...verbs.map((v) => `${v.verb}${v.kind === 'loaded' ? ' (loaded)' : ''}`)],
				rows: outlets.map((r) => [
					{ text: r.outlet },
					{ text: String(total(r)) },
					{ text: total(r) ? `${loadedN(r)} (${pct(loadedN(r) / total(r))})` : '—' },
					...verbs.map((v) => {
						const n = countOf(r, v);
						return { text: n ? `${n} (${pct(share(r, v))})` : '0', href: n ? links.evidence(r, { cue: v.verb }) : null };
					})
				])
			};
		},
		csv() {
			const rows: Cell[][] = [];
			for (const r of outlets) for (const v of verbsOf(r)) rows.push([r.outlet, v.verb, v.kind, v.count, total(r), total(r) ? v.count / total(r) : '']);
			return { header: ['outlet', 'verb', 'kind', 'quotes', 'outlet_quotes_with_verb', 'share'], rows };
		}
	};
}
