// The reveal of a predict-then-reveal question as a chart: for each choice (an outlet, or a speaker
// group), the room's answers (share of the devices that answered, top axis) beside the figure the
// text gives (bottom axis, in the measure's own unit), the text's answer starred. It is a ChartSpec
// like the overview's, so ChartPanel gives it keyboard bars, a table, PNG/SVG/CSV export and the
// handout picture, and the projector's ChartSlide shows it in large type. Each measured bar leads to
// the passages behind it through the same evidence links as the overview's bars; the room's bars have
// no evidence (they are impressions).
import type { ChartDataset } from 'chart.js';
import type { Cell } from './csv';
import {
	axisRoom,
	emptyPlugin,
	interaction,
	legendOpts,
	plural,
	sizing,
	titleOpts,
	tooltipFont,
	wrapToWidth,
	FONT,
	type ChartBar,
	type ChartSpec,
	type Links
} from './charts';
import { markPlugin, samplePadding, samplePlugin, type SampleText } from './chart-plugins';
import { makePattern } from './palette';
import { formatValue } from './predict';
import { textLeaders, type Reveal } from './reveal-text';
import type { OutletRow } from './shapes';

/** One meaning per colour on this chart: orange is the room, blue is the text, grey a text figure too little to call. */
export const REVEAL_COLORS = { room: '#E69F00', text: '#0072B2', slight: '#8a8a8a' } as const;

/** A measured bar's colour: grey for a tone resting on one leaning sentence (the overview shows it neutral). */
const measuredColor = (v: { slight?: boolean } | null | undefined) => (v?.slight ? REVEAL_COLORS.slight : REVEAL_COLORS.text);
const pctOf = (n: number, of: number) => (of ? (n / of) * 100 : 0);
const roundPct = (v: number) => `${Math.round(v)}%`;

export function revealSpec(r: Reveal, outlets: OutletRow[], links: Links, index = 0): ChartSpec {
	const m = r.measured;
	// The text's answer, and every choice too close to call with it: the sentence under the chart names
	// them all, so the stars do too (a near-tie starred on one outlet read as a clear answer)
	const leaders = m ? textLeaders(m) : [];
	const rows = r.tallies.map((t) => {
		const choice = r.choices.find((c) => c.value === t.choice);
		const mv = m?.values.find((v) => v.choice === t.choice) ?? null;
		const outletName = mv?.outlet ?? (r.question.kind === 'voices' ? r.question.param : t.choice);
		return {
			choice: t.choice,
			label: choice?.label ?? `${t.choice} (no longer in the collection)`,
			count: t.count,
			share: pctOf(t.count, r.answered),
			measured: mv,
			outlet: outlets.find((o) => o.outlet === outletName) ?? null,
			isAnswer: leaders.includes(t.choice)
		};
	});
	// The measured value as drawn: shares in percent, the rest as they are.
	const drawn = (v: number | null) => (v === null ? null : m?.format === 'share' ? v * 100 : v);
	const hrefOf = (row: (typeof rows)[number]) => (row.outlet && row.measured?.query ? links.evidence(row.outlet, row.measured.query) : null);
	const empty = rows.length === 0 ? 'No choices: the collection has no outlets' : null;
	const samples: SampleText[] = rows.map((row) => ({
		long: `${row.count} of ${r.answered}${m && row.measured ? ` · ${row.measured.sample}` : ''}`,
		short: `${row.count} of ${r.answered}`
	}));
	const unit = m?.unit ?? '';
	const title = r.question.prompt;
	const id = `reveal-${index + 1}`;
	const starNote = leaders.length > 1 ? ' ★ marks the text’s answers, too close to call.' : leaders.length ? ' ★ marks the text’s answer.' : '';
	// (a tone resting on one leaning sentence is grey, as the overview shows it neutral)
	const slightNote = rows.some((row) => row.measured?.slight) ? ' Grey: a figure resting on one sentence that leans, too little to call.' : '';
	return {
		id,
		title,
		note: m
			? `Top (orange, 0–100%): the share of the ${plural(r.answered, 'device')} that answered which picked each choice. Bottom (blue): ${m.note}${starNote}${slightNote}`
			: `The share (0–100%) of the ${plural(r.answered, 'device')} that answered which picked each choice. Nothing is measured for this question.`,
		sample: `${plural(r.answered, 'answer')}${m ? `; measured: ${unit}` : ''}.`,
		alt: `Bar chart of the room's answers${m ? ' against the measured figures' : ''} for ${rows.length} choices.`,
		height: 170 + rows.length * (m ? 62 : 40),
		heightNarrow: 230 + rows.length * (m ? 92 : 60),
		outlets: rows.map((row) => row.choice),
		empty,
		bars() {
			const out: ChartBar[] = [];
			rows.forEach((row, i) => {
				const outlet = row.outlet ?? outlets[0];
				if (row.count && outlet)
					out.push({
						datasetIndex: 0,
						index: i,
						outlet,
						query: {},
						href: null,
						color: REVEAL_COLORS.room,
						label: `The room, ${row.label}: ${row.count} of ${plural(r.answered, 'answer')} (${roundPct(row.share)}).`
					});
				if (m && row.measured && row.measured.value !== null && row.outlet)
					out.push({
						datasetIndex: 1,
						index: i,
						outlet: row.outlet,
						query: row.measured.query ?? {},
						href: hrefOf(row),
						color: measuredColor(row.measured),
						answer: row.isAnswer,
						label: `Measured, ${row.label}${row.isAnswer ? ' (the text’s answer)' : ''}: ${formatValue(row.measured.value, m.format)} (${row.measured.sample}${row.measured.slight ? '; too little to call' : ''}).`
					});
			});
			return out;
		},
		config({ patterns, onPick, image, pattern = makePattern, medium, mark, fit }) {
			const z = sizing(medium, fit);
			const { px } = z;
			const present = medium === 'present';
			// On a projector the rows need the room: the sample column gives the answer counts only (the
			// measured samples are in the table, the CSV and the evidence).
			const narrowBelow = present ? Infinity : 520;
			const datasets: ChartDataset<'bar', (number | null)[]>[] = [
				{
					label: 'The room’s answers',
					data: rows.map((row) => row.share),
					backgroundColor: patterns ? pattern(REVEAL_COLORS.room, 'diagonal') : REVEAL_COLORS.room,
					borderColor: REVEAL_COLORS.room,
					borderWidth: 1,
					xAxisID: 'xRoom'
				}
			];
			if (m)
				datasets.push({
					label: 'Measured in the text',
					data: rows.map((row) => drawn(row.measured?.value ?? null)),
					backgroundColor: rows.map((row) => (patterns ? pattern(measuredColor(row.measured), 'dots') : measuredColor(row.measured))),
					borderColor: rows.map((row) => measuredColor(row.measured)),
					borderWidth: 1,
					xAxisID: 'x'
				});
			const values = rows.map((row) => drawn(row.measured?.value ?? null)).filter((v): v is number => v !== null);
			const measuredScale =
				m?.format === 'tone'
					? { min: -1, max: 1, ticks: { stepSize: 0.5 } }
					: m?.format === 'share'
						? { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v}%` } }
						: { min: 0, suggestedMax: Math.max(1, ...values) * 1.1 };
			const label = (row: (typeof rows)[number]) => (row.isAnswer ? `★ ${row.label}` : row.label);
			return {
				type: 'bar',
				data: { labels: rows.map(label), datasets },
				options: {
					indexAxis: 'y',
					maintainAspectRatio: false,
					layout: { padding: samplePadding(empty ? [] : samples, px(12), narrowBelow) },
					datasets: { bar: { barPercentage: 0.85, categoryPercentage: 0.85 } },
					...interaction((d, i) => (d === 1 && rows[i] ? hrefOf(rows[i]) : null), onPick),
					plugins: {
						...titleOpts(title, present ? null : m ? `Orange: what the room answered · blue: what the text shows${leaders.length > 1 ? ' · ★ the text’s answers (too close to call)' : leaders.length ? ' · ★ the text’s answer' : ''}` : 'What the room answered (nothing is measured)', image, px),
						legend: legendOpts(px),
						slantEmpty: { message: empty, size: px(14) },
						slantSample: empty ? {} : { ...z.sample(samples), narrow: narrowBelow },
						slantMark: { bar: mark ?? '' },
						tooltip: {
							...tooltipFont(px),
							callbacks: {
								label: (item) => {
									const row = rows[item.dataIndex];
									if (!row) return '';
									if (item.datasetIndex === 0) return `The room: ${row.count} of ${r.answered} (${roundPct(row.share)})`;
									return `Measured: ${formatValue(row.measured?.value ?? null, m?.format ?? 'per1000')} (${row.measured?.sample ?? ''})`;
								}
							}
						}
					},
					scales: {
						y: {
							grid: { display: false },
							ticks: {
								autoSkip: false,
								font: (c) => ({ size: px(13), weight: rows[c.index]?.isAnswer ? 'bold' : 'normal' }),
								color: '#111',
								callback(_v, i) {
									const row = rows[i];
									if (!row) return '';
									return wrapToWidth(this.ctx, label(row), `bold ${px(13)}px ${FONT}`, axisRoom(this.chart));
								}
							}
						},
						xRoom: {
							type: 'linear',
							position: 'top',
							// (against a tone from −1 to +1 the room's 0 % sits on the tone's 0, in the middle, so a
							// share of the room never reads as a negative tone: review 19)
							min: m?.format === 'tone' ? -100 : 0,
							max: 100,
							// What the orange bars measure, on every medium: a share of the room (of the devices that
							// answered), 0–100 %, not a count and not a score of the outlet.
							title: {
								display: true,
								text: z.axisTitle(`the room: share of the ${plural(r.answered, 'answer')}, 0–100%`, `share of the room’s ${plural(r.answered, 'answer')} (0–100%)`),
								font: { size: px(12) },
								color: '#8a5a00'
							},
							ticks: { stepSize: 25, maxRotation: 0, font: { size: px(12) }, color: '#8a5a00', callback: (v) => (Number(v) < 0 ? '' : `${v}%`) },
							grid: { display: !m, color: z.grid }
						},
						...(m
							? {
									x: {
										type: 'linear' as const,
										position: 'bottom' as const,
										...measuredScale,
										title: { display: true, text: z.axisTitle(`the text: ${unit}`, m.format === 'tone' ? 'tone' : m.format === 'share' ? 'share, %' : 'per 1,000 words'), font: { size: px(12) }, color: REVEAL_COLORS.text },
										ticks: { ...(measuredScale.ticks ?? {}), font: { size: px(12) }, color: REVEAL_COLORS.text },
										grid: { color: (c: { tick?: { value: number } }) => (m.format === 'tone' && c.tick?.value === 0 ? '#444' : z.grid) }
									}
								}
							: {})
					}
				},
				plugins: [emptyPlugin, samplePlugin, markPlugin]
			};
		},
		table() {
			return {
				caption: `${title}: the room’s answers${m ? ` and the text (${unit})` : ''}`,
				header: ['Choice', 'Answers', 'Share of answers', ...(m ? ['Measured', 'From', 'The text’s answer'] : [])],
				rows: rows.map((row) => [
					{ text: row.label },
					{ text: String(row.count) },
					{ text: roundPct(row.share) },
					...(m
						? [
								{ text: formatValue(row.measured?.value ?? null, m.format), href: hrefOf(row) },
								{ text: row.measured?.sample ?? '' },
								{ text: row.isAnswer ? 'yes' : '' }
							]
						: [])
				])
			};
		},
		csv() {
			return {
				header: ['question', 'choice', 'answers', 'answered', 'share_of_answers', 'measured_value', 'measured_unit', 'measured_from', 'text_answer'],
				rows: rows.map((row) => [title, row.label, row.count, r.answered, r.answered ? row.count / r.answered : '', row.measured?.value ?? '', m ? unit : '', row.measured?.sample ?? '', row.isAnswer ? 'yes' : ''] as Cell[])
			};
		}
	};
}
