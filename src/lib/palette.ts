// Okabe–Ito colour-blind-safe palette and canvas patterns for the charts. Colours are assigned by
// position in a stable list (categories in lexicon order, speaker groups in SPEAKER_GROUPS order),
// so the same category is the same colour on every chart, in the legend and in the article view.
import type { SpeakerGroup } from '$analysis/types';

export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'] as const;

/** Categories avoid black (reserved for text) and start with the strongest hues. */
const CATEGORY_ORDER = ['#E69F00', '#0072B2', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#000000'];

export function categoryColor(index: number): string {
	return CATEGORY_ORDER[index % CATEGORY_ORDER.length];
}

/**
 * Speaker groups in SPEAKER_GROUPS order, each with an Okabe–Ito colour (grey for "unclassified",
 * which is nobody's voice) and a pattern shape for the patterns option. Keyed by string, not by the
 * SpeakerGroup type, so groups the analysis adds ("business", "citizen" are already placed) need
 * no change here; an unknown group still gets a stable colour and pattern from groupStyle().
 */
export const GROUP_COLORS: Readonly<Record<string, string>> = {
	government: '#0072B2',
	'international body': '#56B4E9',
	'rights group or NGO': '#009E73',
	media: '#E69F00',
	'expert or academic': '#CC79A7',
	business: '#D55E00',
	citizen: '#F0E442',
	other: '#000000',
	unclassified: '#A6A6A6'
};

const GROUP_ORDER = Object.keys(GROUP_COLORS);

/** Colour and pattern of a speaker group; groups not listed above cycle through the palette with a shape of their own. */
export function groupStyle(group: string): { color: string; shape: PatternShape } {
	const i = GROUP_ORDER.indexOf(group);
	if (i >= 0) return { color: GROUP_COLORS[group], shape: PATTERN_SHAPES[i % PATTERN_SHAPES.length] };
	let h = 0;
	for (const ch of group) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
	return { color: OKABE_ITO[h % OKABE_ITO.length], shape: PATTERN_SHAPES[(h >>> 3) % PATTERN_SHAPES.length] };
}

export const groupColor = (group: string): string => groupStyle(group).color;

/**
 * Text views (article, side by side) give colour one meaning at a time: in the default view it is the
 * loaded-term category, and quotes are marked in this neutral grey with the speaker's name tag, so a
 * group tint is never read as a category. Group colours appear in the text only in the speakers view,
 * where loaded terms are drawn in NEUTRAL_MARK instead.
 */
export const NEUTRAL_QUOTE = '#8A8A8A';
export const NEUTRAL_MARK = '#5A5A5A';

/** Reporting verbs: loaded cues share the lexicon's "reporting" category colour; neutral ones are grey. */
export const CUE_COLORS = { neutral: '#767676', loaded: '#CC79A7' } as const;

export const SENTIMENT_COLORS = { body: '#0072B2', comments: '#E69F00', relative: '#CC79A7' } as const;

export function outletColor(index: number): string {
	return CATEGORY_ORDER[index % CATEGORY_ORDER.length];
}

export type PatternShape = 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical' | 'zigzag' | 'grid' | 'back-diagonal' | 'checker';
/** Nine shapes, one per speaker group (nine with business and citizen), so no two groups share one. */
export const PATTERN_SHAPES: PatternShape[] = ['diagonal', 'dots', 'cross', 'horizontal', 'back-diagonal', 'vertical', 'zigzag', 'grid', 'checker'];

/** "#RRGGBB" + alpha -> rgba() string. */
export function withAlpha(hex: string, alpha: number): string {
	const n = parseInt(hex.slice(1), 16);
	return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Anything that can draw a pattern tile: a canvas 2D context, or svgcanvas's SVG context for SVG export. */
export type TileContext = Pick<CanvasRenderingContext2D, 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'fillRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'arc' | 'fill' | 'stroke'>;

/** Makes the fill for a bar: a plain colour, or a pattern of `shape` over the colour (`light`: washed out). */
export type PatternFactory = (color: string, shape: PatternShape, light?: boolean) => CanvasPattern | string;

/**
 * Draws one square tile of a pattern: the colour as background (washed out when `light`, used for
 * "inside quotes" bars) with a white motif, or a dark one on light colours.
 */
export function drawPatternTile(ctx: TileContext, color: string, shape: PatternShape, light: boolean, size: number, scale = 1): void {
	ctx.fillStyle = light ? withAlpha(color, 0.45) : color;
	ctx.fillRect(0, 0, size, size);
	const n = parseInt(color.slice(1), 16);
	const lum = 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
	ctx.strokeStyle = ctx.fillStyle = lum > 150 || light ? 'rgba(0,0,0,0.55)' : 'rgba(255,255,255,0.85)';
	ctx.lineWidth = 1.5 * scale;
	ctx.beginPath();
	const s = size;
	switch (shape) {
		case 'diagonal':
			ctx.moveTo(0, s); ctx.lineTo(s, 0); ctx.moveTo(-s / 2, s / 2); ctx.lineTo(s / 2, -s / 2); ctx.moveTo(s / 2, s * 1.5); ctx.lineTo(s * 1.5, s / 2);
			break;
		case 'back-diagonal':
			ctx.moveTo(0, 0); ctx.lineTo(s, s); ctx.moveTo(-s / 2, s / 2); ctx.lineTo(s / 2, s * 1.5); ctx.moveTo(s / 2, -s / 2); ctx.lineTo(s * 1.5, s / 2);
			break;
		case 'horizontal':
			ctx.moveTo(0, s / 2); ctx.lineTo(s, s / 2);
			break;
		case 'vertical':
			ctx.moveTo(s / 2, 0); ctx.lineTo(s / 2, s);
			break;
		case 'cross':
			ctx.moveTo(0, 0); ctx.lineTo(s, s); ctx.moveTo(0, s); ctx.lineTo(s, 0);
			break;
		case 'grid':
			ctx.moveTo(0, s / 2); ctx.lineTo(s, s / 2); ctx.moveTo(s / 2, 0); ctx.lineTo(s / 2, s);
			break;
		case 'zigzag':
			ctx.moveTo(0, s * 0.7); ctx.lineTo(s / 2, s * 0.3); ctx.lineTo(s, s * 0.7);
			break;
		case 'dots':
			ctx.arc(s / 2, s / 2, 1.6 * scale, 0, Math.PI * 2);
			ctx.fill();
			break;
		case 'checker':
			ctx.fillRect(0, 0, s / 2, s / 2);
			ctx.fillRect(s / 2, s / 2, s / 2, s / 2);
			break;
	}
	ctx.stroke();
}

/**
 * A repeating canvas pattern (see drawPatternTile). Returns the plain colour when no canvas is
 * available (server rendering).
 */
export function makePattern(color: string, shape: PatternShape, light = false, scale = 1): CanvasPattern | string {
	if (typeof document === 'undefined') return color;
	const size = Math.round(10 * scale);
	const c = document.createElement('canvas');
	c.width = size;
	c.height = size;
	const ctx = c.getContext('2d');
	if (!ctx) return color;
	drawPatternTile(ctx, color, shape, light, size, scale);
	return ctx.createPattern(c, 'repeat') ?? color;
}
