// (a) Loaded terms per 1,000 words by category, own voice against inside quotes: the overview's first chart.
import { type ChartDataset } from 'chart.js';
import type { Cell } from './csv';
import { PATTERN_SHAPES, categoryColor, makePattern } from './palette';
import { FONT, markPlugin, samplePlugin, type SampleText } from './chart-plugins';
import type { Overview, OutletRow } from './shapes';
import { axisRoom, type ChartBar, type ChartSpec, emptyPlugin, interaction, legendOpts, type Links, n1, plural, sizing, titleOpts, tooltipFont, wrapToWidth } from './charts';

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
		note: `Words and phrases from the loaded-terms list, counted in each outlet’s body text and divided by its word count; terms inside quotation marks, or in what a named speaker is reported to have said (“Khalif said the rhetoric was patronizing”), are the speaker’s words, not the outlet’s${o.ownVoice === false ? ' (also when an outlet quotes its own staff: the facilitator switched the own-voice rule off)' : ', except when an outlet quotes its own staff (its spokesperson, its researchers): that is the outlet speaking, so their loaded words count as its own'}. Right of each bar: how many terms it counts.`,
		sample: `${plural(total, 'loaded term')} in ${plural(words, 'word')} of body text from ${plural(outlets.length, 'outlet')}.`,
		alt: `Stacked bar chart of loaded-term density for ${outlets.length} outlets, split into the outlet's own words and words quoted or reported.`,
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
							label: `${r.outlet}, ${quoted ? 'quoted or reported' : 'own words'}, ${c.label}: ${n1(value(r, c.key, quoted))} per 1,000 words (${plural(n, 'term')} in ${plural(r.words, 'word')}).`
						});
					});
			});
			return out;
		},
		config({ patterns, onPick, image, pattern = makePattern, medium, mark, fit }) {
			const z = sizing(medium, fit);
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
								? 'Full colour: the outlet’s own words · pale: the speaker’s words (quoted or reported)'
								: 'Solid: the outlet’s own words · hatched: the speaker’s words (quoted or reported)',
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
									return `${outlets[Math.floor(i / 2)]?.outlet} — ${i % 2 ? 'quoted or reported' : 'own words'}`;
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
									// (on the handout's small picture, one line each: six outlets' rows are about 13 px apart, and a long
									// name on two lines ran into its "in quotes" row; the outlet cards above give it whole)
									if (medium === 'print') return wrapToWidth(this.ctx, outlets[i / 2]?.outlet ?? label, font, room, 1);
									if (medium === 'present') return wrapToWidth(this.ctx, outlets[i / 2]?.outlet ?? label, font, room);
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
				caption: 'Loaded terms per 1,000 words by outlet and category: the outlet’s own words / quoted or reported speech (count in brackets)',
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

