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
 * Nine groups on the eight Okabe–Ito colours plus a neutral grey: business takes black and citizen the
 * yellow, and "unclassified" (the text said nothing about the speaker) is grey, the colour of "no
 * information". Each group also gets its own pattern (PATTERN_SHAPES by position), so the chart reads
 * in black and white and for colour-blind readers.
 */
export const GROUP_COLORS: Record<SpeakerGroup, string> = {
	government: '#0072B2',
	'international body': '#56B4E9',
	'rights group or NGO': '#009E73',
	media: '#E69F00',
	'expert or academic': '#CC79A7',
	business: '#000000',
	citizen: '#F0E442',
	other: '#D55E00',
	unclassified: '#BBBBBB'
};

export const SENTIMENT_COLORS = { body: '#0072B2', comments: '#E69F00' } as const;

export function outletColor(index: number): string {
	return CATEGORY_ORDER[index % CATEGORY_ORDER.length];
}

export type PatternShape = 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical' | 'zigzag' | 'grid' | 'back-diagonal' | 'checker';
export const PATTERN_SHAPES: PatternShape[] = ['diagonal', 'dots', 'cross', 'horizontal', 'back-diagonal', 'vertical', 'zigzag', 'grid', 'checker'];

/** "#RRGGBB" + alpha -> rgba() string. */
export function withAlpha(hex: string, alpha: number): string {
	const n = parseInt(hex.slice(1), 16);
	return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * A repeating canvas pattern: the colour as background with a white (or black on light colours)
 * motif drawn over it. `light` washes the colour out, used for "inside quotes" bars.
 * Returns the plain colour when no canvas is available (server rendering).
 */
export function makePattern(color: string, shape: PatternShape, light = false, scale = 1): CanvasPattern | string {
	if (typeof document === 'undefined') return color;
	const size = Math.round(10 * scale);
	const c = document.createElement('canvas');
	c.width = size;
	c.height = size;
	const ctx = c.getContext('2d');
	if (!ctx) return color;
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
		case 'checker':
			ctx.fillRect(0, 0, s / 2, s / 2);
			ctx.fillRect(s / 2, s / 2, s / 2, s / 2);
			break;
		case 'dots':
			ctx.arc(s / 2, s / 2, 1.6 * scale, 0, Math.PI * 2);
			ctx.fill();
			break;
	}
	ctx.stroke();
	return ctx.createPattern(c, 'repeat') ?? color;
}
