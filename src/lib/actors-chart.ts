// (f) How each outlet talks about one actor: the tone of each outlet's own words toward a person or
// organisation that at least two outlets mention (−1 … +1), one bar per outlet, each leading to the
// sentences it was measured on in the article view with the words that carried it ringed.
import type { OutletActor } from '$analysis/types';
import { sharedActors, type SharedActor } from '$analysis/actors/outlets';
import { POLAR, STRONG, polarityLabel } from '$analysis/actors/polarity';
import type { Cell } from './csv';
import {
	type ChartBar,
	type ChartSpec,
	emptyPlugin,
	interaction,
	legendOpts,
	type Links,
	n2,
	outletTicks,
	plural,
	signed,
	sizing,
	titleOpts,
	tooltipFont
} from './charts';
import { markPlugin, samplePlugin, type SampleText } from './chart-plugins';
import { makePattern } from './palette';
import type { OutletRow, Overview } from './shapes';

/** Okabe–Ito: vermillion for negative, blue for positive (as the sentence tints), grey for neutral. */
export const ACTOR_TONE_COLORS = { negative: '#D55E00', neutral: '#8a8a8a', positive: '#0072B2' } as const;

export const ACTOR_NOTE =
	'Tone of each outlet’s own words toward the actor, −1 to +1: the mean over every sentence that names it (or calls it “she”, “the company”) outside quotes, ' +
	'scored on the words about it and those about no one in particular (dashed in the article), names and topic words left out, a plain sentence counting 0. Quotes never count, nor what X is reported to have said, toward X. ' +
	`Negative at −${POLAR} or below, positive at +${POLAR} or above; neutral in between, or with only one sentence leaning, less than ±${STRONG}, in a story. Right of each bar: how many sentences, and how many words carried tone.`;

/**
 * A legend item: each polarity with its edge; shorter on a phone's narrow chart (an item does not
 * wrap) and on a projector, whose large type had broken the legend over three lines.
 */
export function legendLabel(p: 'negative' | 'neutral' | 'positive', width: 'narrow' | 'short' | 'full'): string {
	if (p === 'negative') return `negative (≤ −${POLAR})`;
	if (p === 'positive') return `positive (≥ +${POLAR})`;
	return width === 'narrow' ? 'neutral' : width === 'short' ? 'neutral (or one sentence)' : 'neutral (between, or one leaning sentence only)';
}

/** The actors the chart can show: named by at least two outlets in their own words. */
export function chartActors(o: Overview): SharedActor[] {
	return sharedActors(o.outlets, 2);
}

/** The article of an outlet with the most sentences about the actor: where its bar leads. */
function bestArticle(a: OutletActor): string | null {
	return [...a.articles].sort((x, y) => y.sentences - x.sentences)[0]?.id ?? null;
}

export function actorHref(links: Links, r: OutletRow, a: OutletActor): string | null {
	const id = bestArticle(a);
	return id ? links.evidence({ ...r, articles: [id] }, { actor: a.key }) : null;
}

export function actorSpec(o: Overview, links: Links, key: string | null): ChartSpec {
	const shared = chartActors(o);
	const actor = shared.find((s) => s.key === key) ?? shared[0] ?? null;
	const outlets = o.outlets;
	const rows = actor ? actor.rows : outlets.map(() => null);
	const name = actor?.name ?? 'an actor';
	const empty = outlets.length < 2 ? 'Needs two outlets or more' : !actor ? 'No person or organisation is named by two outlets in their own words' : null;
	const sentences = rows.reduce((s, r) => s + (r?.sentences ?? 0), 0);
	const evidence = rows.reduce((s, r) => s + (r?.evidence ?? 0), 0);
	const colorOf = (r: OutletActor) => ACTOR_TONE_COLORS[r.polarity];
	const samples: SampleText[] = rows.map((r) =>
		r ? { long: `${plural(r.sentences, 'sentence')}, ${plural(r.evidence, 'tone word')}`, short: plural(r.sentences, 'sentence') } : { long: 'not named in its own words', short: 'not in own words' }
	);
	const label = (r: OutletRow, a: OutletActor) =>
		`${r.outlet} about ${name}: tone ${signed(a.tone)} on a scale from −1 to +1 (${polarityLabel(a.tone, a.polarity)}), from ${plural(a.sentences, 'sentence')} in its own words, ${plural(a.evidence, 'word')} carrying tone.`;

	return {
		id: 'actors',
		title: `How each outlet talks about ${name}`,
		note: ACTOR_NOTE,
		sample: actor
			? `${plural(sentences, 'sentence')} about ${name} in the outlets’ own words, ${plural(evidence, 'word')} carrying tone, from ${plural(actor.outlets, 'outlet')} of ${outlets.length}.`
			: `${plural(outlets.length, 'outlet')}; no actor named by two of them.`,
		alt: `Horizontal bar chart of each outlet’s tone toward ${name}, from −1 to +1, for ${outlets.length} outlets.`,
		height: 160 + outlets.length * 46,
		outlets: outlets.map((r) => r.outlet),
		empty,
		bars() {
			const out: ChartBar[] = [];
			outlets.forEach((r, i) => {
				const a = rows[i];
				if (!a) return;
				out.push({ datasetIndex: 0, index: i, outlet: r, query: { actor: a.key }, href: actorHref(links, r, a), color: colorOf(a), label: label(r, a) });
			});
			return out;
		},
		config({ patterns, onPick, image, pattern = makePattern, medium, mark, fit }) {
			const z = sizing(medium, fit);
			const { px } = z;
			const fill = (a: OutletActor | null) => (!a ? 'transparent' : patterns ? pattern(colorOf(a), a.polarity === 'negative' ? 'diagonal' : a.polarity === 'positive' ? 'dots' : 'horizontal') : colorOf(a));
			return {
				type: 'bar',
				data: {
					labels: outlets.map((r) => r.outlet),
					datasets: [
						{
							label: `Tone toward ${name}`,
							data: rows.map((a) => (a ? a.tone : null)),
							backgroundColor: rows.map(fill),
							borderColor: rows.map((a) => (a ? colorOf(a) : 'transparent')),
							borderWidth: 1,
							// A tone of 0 still shows as a sliver the pointer and the keyboard can reach.
							minBarLength: 3
						}
					]
				},
				options: {
					indexAxis: 'y',
					maintainAspectRatio: false,
					layout: z.layout(empty ? [] : samples),
					...interaction((_d, i) => (outlets[i] && rows[i] ? actorHref(links, outlets[i], rows[i]!) : null), onPick),
					plugins: {
						...titleOpts(`How each outlet talks about ${name}`, '−1 negative · 0 neutral · +1 positive · own words only', image, px),
						// A key to the three colours (and patterns), so an exported image says what they mean.
						legend: {
							...legendOpts(px),
							display: !empty,
							onClick: () => {},
							labels: {
								...legendOpts(px).labels,
								// (a legend item does not wrap: on a phone's narrow chart the long key was cut off at both
								// ends, so there it gives the range only; "how this is measured" says the rest)
								generateLabels: (chart) =>
									(['negative', 'neutral', 'positive'] as const).map((p) => ({
										// (the edges are the polarity's own, polarity.ts: a tone of −0.10 is negative, and the
										// legend says so; "−0.1 to +0.1" had read it neutral beside a bar coloured negative)
										text: legendLabel(p, chart.width < 560 ? 'narrow' : medium === 'present' ? 'short' : 'full'),
										fillStyle: patterns ? pattern(ACTOR_TONE_COLORS[p], p === 'negative' ? 'diagonal' : p === 'positive' ? 'dots' : 'horizontal') : ACTOR_TONE_COLORS[p],
										strokeStyle: ACTOR_TONE_COLORS[p],
										lineWidth: 1,
										fontColor: '#111',
										hidden: false,
										datasetIndex: 0
									}))
							}
						},
						slantEmpty: { message: empty, size: px(14) },
						slantSample: empty ? {} : z.sample(samples),
						slantMark: { bar: mark ?? '' },
						tooltip: {
							...tooltipFont(px),
							callbacks: {
								label: (item) => {
									const a = rows[item.dataIndex];
									return a ? `Tone ${n2(a.tone)} (${polarityLabel(a.tone, a.polarity)}) from ${plural(a.sentences, 'sentence')}, ${plural(a.evidence, 'tone word')}` : 'not named in its own words';
								}
							}
						}
					},
					scales: {
						x: {
							// Tones toward one actor are seldom beyond ±0.5: the axis shows ±0.5 and widens to ±1 when a bar needs it.
							min: rows.some((a) => a && a.tone < -0.5) ? -1 : -0.5,
							max: rows.some((a) => a && a.tone > 0.5) ? 1 : 0.5,
							title: { display: true, text: z.axisTitle('tone (−1 to +1)', 'tone'), font: { size: px(12) }, color: z.ink },
							ticks: { stepSize: 0.25, maxRotation: 0, autoSkip: true, callback: (v) => String(Math.round(Number(v) * 100) / 100).replace('-', '−'), font: { size: px(12) }, color: z.ink },
							grid: { color: (c) => (c.tick?.value === 0 ? '#444' : z.grid), lineWidth: (c) => (c.tick?.value === 0 ? 1.5 : 1) }
						},
						y: {
							grid: { display: false },
							ticks: outletTicks((i) => outlets[i]?.outlet ?? '', px)
						}
					}
				},
				plugins: [emptyPlugin, samplePlugin, markPlugin]
			};
		},
		table() {
			return {
				caption: `Tone of each outlet’s own words toward ${name} (−1 negative … +1 positive); each figure opens its sentences`,
				header: ['Outlet', 'Tone', 'Polarity', 'Sentences', 'Sentences with tone', 'Tone words', 'Name used'],
				rows: outlets.map((r, i) => {
					const a = rows[i];
					if (!a) return [{ text: r.outlet }, { text: 'not named in its own words' }, { text: '—' }, { text: '0' }, { text: '0' }, { text: '0' }, { text: '—' }];
					return [
						{ text: r.outlet },
						{ text: signed(a.tone), href: actorHref(links, r, a) },
						{ text: polarityLabel(a.tone, a.polarity) },
						{ text: String(a.sentences) },
						{ text: String(a.toned) },
						{ text: String(a.evidence) },
						{ text: a.name }
					];
				})
			};
		},
		csv() {
			const out: Cell[][] = outlets.map((r, i) => {
				const a = rows[i];
				return [name, r.outlet, a ? a.tone : '', a ? a.polarity : 'not named in its own words', a?.sentences ?? 0, a?.toned ?? 0, a?.evidence ?? 0, a?.name ?? ''];
			});
			return { header: ['actor', 'outlet', 'tone', 'polarity', 'sentences', 'sentences_with_tone', 'tone_words', 'name_used'], rows: out };
		}
	};
}
