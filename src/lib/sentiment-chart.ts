// (c) Body text against reader comments: the overview's third chart, with its 'no comments' and
// 'too few comments' marks.
import { type Chart, type Plugin } from 'chart.js';
import { SENTIMENT_COLORS, makePattern } from './palette';
import { FONT, markPlugin } from './chart-plugins';
import { MIN_COMMENTS, type Overview, type OutletRow } from './shapes';
import { type ChartBar, type ChartSpec, emptyPlugin, indices, interaction, legendOpts, type Links, n2, parseIndices, plural, signed, sizing, titleOpts, tooltipFont, wrapLabel, wrapToWidth } from './charts';

/**
 * Writes a note by a bar: across, centred on `x`, when it fits the outlet's slot; else up the slot
 * (rotated, read bottom to top) in up to three columns, so it never runs into the next outlet on a
 * phone. `from` is where it starts (the zero line or the bar's end) and `up` the direction it goes.
 * `texts` go from the fullest to the shortest: the first that fits whole is written, so a cramped
 * slot (a projector's large type, a phone) gets "too few (n=2)" rather than "too few comme…".
 */
function barNote(chart: Chart, texts: string[], x: number, from: number, up: boolean, size: number, width?: number) {
	const { ctx, chartArea: a } = chart;
	const n = Math.max(chart.data.labels?.length ?? 1, 1);
	// across the outlet's slot, or only the bar's own column (where the bars beside it may rise)
	const slot = width ?? (a.right - a.left) / n - 4;
	ctx.font = `italic ${size}px ${FONT}`;
	const room = Math.max(up ? from - a.top : a.bottom - from, 30) - 6;
	let lines: string[] = [];
	for (const text of texts) {
		if (ctx.measureText(text).width <= slot) {
			ctx.textAlign = 'center';
			ctx.textBaseline = up ? 'bottom' : 'top';
			ctx.fillText(text, x, up ? from - 3 : from + 3);
			return;
		}
		lines = wrapToWidth(ctx, text, ctx.font, room, 3);
		if (lines.join(' ') === text.split(/\s+/).join(' ')) break;
	}
	const lh = size * 1.15;
	ctx.save();
	ctx.translate(x - ((lines.length - 1) * lh) / 2, up ? from - 3 : from + 3);
	ctx.rotate(-Math.PI / 2);
	ctx.textAlign = up ? 'left' : 'right';
	ctx.textBaseline = 'middle';
	lines.forEach((l, k) => ctx.fillText(l, 0, k * lh));
	ctx.restore();
}

/**
 * A name whose single words may be wider than `maxPx`: each such word broken into pieces that fit,
 * ending in a hyphen ("Internatio-" "nal"), so a narrow slot shows the whole name, not "Internatio…".
 */
export function hyphenated(ctx: CanvasRenderingContext2D, name: string, font: string, maxPx: number): string {
	ctx.save();
	ctx.font = font;
	const fits = (t: string) => ctx.measureText(t).width <= maxPx;
	const words = name.split(/\s+/).filter(Boolean).map((w) => {
		const parts: string[] = [];
		let rest = w;
		// Each piece keeps at least three letters ("Internati-" "onal", never "Internation-" "al").
		while (!fits(rest) && rest.length > 5) {
			let k = rest.length - 3;
			while (k > 2 && !fits(`${rest.slice(0, k)}-`)) k--;
			parts.push(`${rest.slice(0, k)}-`);
			rest = rest.slice(k);
		}
		return [...parts, rest].join(' ');
	});
	ctx.restore();
	return words.join(' ');
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
			const bar = meta.data[i] as unknown as { x: number; width?: number } | undefined;
			const x = bar?.x ?? scales.x.getPixelForValue(i);
			const y = scales.y.getPixelForValue(0);
			const k = size / 12;
			ctx.setLineDash([3, 3]);
			ctx.strokeRect(x - 5 * k, y - 6 * k, 10 * k, 12 * k);
			ctx.setLineDash([]);
			// Across the outlet's slot, but above the bars beside it: written just over the zero line it ran
			// over a body bar that rose there (the projector's large type). With no room left above them,
			// it stands upright in the comment bar's own column.
			let top = y - 6 * k;
			for (const d of [0, 2]) {
				const m = chart.getDatasetMeta(d);
				const b = m?.visible ? (m.data[i] as unknown as { y?: number } | undefined) : undefined;
				if (b && typeof b.y === 'number' && Number.isFinite(b.y)) top = Math.min(top, b.y - 2);
			}
			const roomAbove = top - chart.chartArea.top;
			const column = bar?.width && Number.isFinite(bar.width) ? bar.width + 4 : undefined;
			if (roomAbove >= size * 1.6 || column === undefined) barNote(chart as unknown as Chart, ['no comments', 'none'], x, top, true, size);
			else barNote(chart as unknown as Chart, ['no comments', 'none'], x, y - 6 * k, true, size, column);
		}
		ctx.restore();
	}
};

/** Fewer reader comments than this make a mean too noisy to compare with another outlet's. */
export { MIN_COMMENTS };

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
			const n = counts[i] ?? '?';
			barNote(chart as unknown as Chart, [`too few comments (n=${n})`, `too few (n=${n})`, `n=${n}`], bar.x, Math.min(bar.y, zero), true, opts?.size ?? (chart.width < 520 ? 11 : 12));
		}
		ctx.restore();
	}
};

/** Height of the empty strip a chart with a threshold keeps above its bars for the line's label. */
// ------------------------------------------------------------------------ (c) sentiment

const commentCount = (n: number) => (n === 0 ? '0 comments' : n === 1 ? '1 comment' : `${n.toLocaleString('en-GB')} comments`);
const tooFew = (n: number) => n > 0 && n < MIN_COMMENTS;

/** What each bar of the sentiment chart is, for the panel's "how this is measured" note. */
export const SENTIMENT_NOTE =
	'Tone of the writing, −1 to +1; words inside names and topic words (war, crime, court) are left out. Bars: body tone, the mean over the paragraphs, plain ones counting 0 (one harsh sentence in a long plain article stays near 0), articles weighted by words; ' +
	'the same minus the collection\'s mean, so the subject all outlets share cancels; reader comments, averaged. ' +
	`Under each outlet: how many comments; fewer than ${MIN_COMMENTS} are too few to compare.`;

export function sentimentSpec(o: Overview, links: Links): ChartSpec {
	const outlets = o.outlets;
	const empty = outlets.length === 0 ? 'No articles yet' : null;
	const words = outlets.reduce((s, r) => s + r.words, 0);
	const comments = outlets.reduce((s, r) => s + r.comments, 0);
	const commentLabel = (r: OutletRow) => (tooFew(r.comments) ? `${commentCount(r.comments)}: too few` : commentCount(r.comments));
	// No outlet has reader comments: their bars, legend entry and "no comments" marks say nothing, so they
	// go (the third newcomer's handout had a legend and a mark under every outlet for bars that never were)
	const noComments = outlets.length > 0 && comments === 0;
	// ("0 comments" under every outlet, and a title about comments, filled a quarter of a handout that
	// had none: the seventh newcomer's. The chart is then the tone of the writing, and says so.)
	const sampleLine = (r: OutletRow) => (noComments ? plural(r.words, 'word') : `${plural(r.words, 'word')} · ${commentLabel(r)}`);
	const title = noComments ? 'Tone of the writing: body text (no reader comments)' : 'Body text vs reader comments: sentiment';
	return {
		id: 'sentiment',
		title,
		note: SENTIMENT_NOTE,
		sample: noComments
			? `${plural(words, 'word')} of body text from ${plural(outlets.length, 'outlet')}; none of the articles has reader comments.`
			: `${plural(words, 'word')} of body text and ${commentCount(comments)} from ${plural(outlets.length, 'outlet')}.`,
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
		config({ patterns, onPick, image, pattern = makePattern, medium, mark, fit }) {
			const z = sizing(medium, fit);
			const { px } = z;
			const tick = (w: number) => (medium === 'present' ? px(13) : w < 520 ? 10 : 13);
			const slotOf = (chart: Chart) => Math.max((chart.width - 60) / Math.max(outlets.length, 1) - 4, 40);
			// On a phone an outlet's slot is narrower than some one-word names ("Gizmodo" at 10 px): such a
			// name is set smaller (down to 8 px) rather than cut to "Gizm…".
			const outletSize = (chart: Chart, i: number) => {
				const size = tick(chart.width);
				const slot = slotOf(chart);
				const name = outlets[i]?.outlet ?? '';
				if (medium === 'present' || slot >= 70 || !name) return size;
				const ctx = chart.ctx;
				ctx.save();
				ctx.font = `${size}px ${FONT}`;
				const widest = Math.max(...name.split(/\s+/).map((w) => ctx.measureText(w).width));
				ctx.restore();
				return widest <= slot ? size : Math.max(8, Math.floor((size * slot) / widest));
			};
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
							hidden: noComments,
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
						...titleOpts(title, '−1 most negative · 0 neutral · +1 most positive · names and topic words left out', image, px),
						legend: noComments ? { ...legendOpts(px), labels: { ...legendOpts(px).labels, filter: (item: { datasetIndex?: number }) => item.datasetIndex !== 1 } } : legendOpts(px),
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
								font: (c) => ({ size: outletSize(c.chart as unknown as Chart, c.index) }),
								color: '#111',
								maxRotation: 0,
								autoSkip: false,
								// Wrapped to the width of the outlet's slot, so neighbours do not run into each other on a
								// phone; a long name is cut to two lines ending in "…" (the tooltip, the keyboard layer and
								// the table name it in full).
								callback(_v, i) {
									const r = outlets[i];
									if (!r) return '';
									const size = outletSize(this.chart as unknown as Chart, i);
									const slot = slotOf(this.chart as unknown as Chart);
									const font = `${size}px ${FONT}`;
									const fit = (t: string, lines: number) => wrapToWidth(this.ctx, t, font, slot, lines);
									const sample = sampleLine(r);
									// The sample line under every outlet or under none: each one's fits at its own font size,
									// and a phone had shown it under one outlet of five (the eighth newcomer).
									const fitsAll = outlets.every((o, k) => {
										const line = sampleLine(o);
										return wrapToWidth(this.ctx, line, `${outletSize(this.chart as unknown as Chart, k)}px ${FONT}`, slot, 1)[0] === line;
									});
									if (fitsAll) return [...fit(r.outlet, 2), sample];
									// A phone: the name on up to three lines; the comment bar says "no comments" or
									// "too few comments" itself, and the words are in the tooltip and the table.
									if (slot < 70) return fit(hyphenated(this.ctx, r.outlet, font, slot), 4);
									if (noComments) return [...fit(r.outlet, 2), ...fit(sample, 2)];
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
				// Number columns hold numbers or nothing; why one is empty (or not to be compared) is said in
				// comment_sentiment_note. Fewer than MIN_COMMENTS comments, none included, are too few.
				header: ['outlet', 'body_sentiment', 'body_words', 'comment_sentiment', 'comments', 'comments_too_few', 'body_vs_collection_mean', 'own_voice_tone', 'quoted_tone', 'own_voice_vs_collection_mean', 'comment_sentiment_note'],
				rows: outlets.map((r) => [
					r.outlet,
					r.bodySentiment,
					r.words,
					r.commentSentiment ?? '',
					r.comments,
					r.comments < MIN_COMMENTS ? 'yes' : 'no',
					r.bodySentimentRelative,
					r.ownVoiceTone ?? '',
					r.quotedTone ?? '',
					r.ownVoiceRelative ?? '',
					r.commentSentiment === null
						? 'no reader comments'
						: r.comments < MIN_COMMENTS
							? `mean of ${commentCount(r.comments)}: too few to compare (fewer than ${MIN_COMMENTS})`
							: ''
				])
			};
		}
	};
}

