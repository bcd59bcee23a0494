// PNG export of any chart spec: rendered off screen at 2× or 3× with a white background and the
// source line drawn in.
import { Chart, type Plugin } from 'chart.js';
import { FONT, addPadding, type Medium } from './chart-plugins';
import { type ChartSpec } from './charts';

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

/** Height of one line of the source line, in CSS pixels (12 px type). */
const SOURCE_LINE_HEIGHT = 15;

/** The source line broken at spaces into lines no wider than `width`, as `measure` measures them. */
export function wrapSource(text: string, width: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The room to leave under a chart of this width for its source line: one line or more (a long
 * collection name on a narrow chart wraps; an SVG has no way to squeeze a line as a canvas does). A
 * generous estimate of the type's width, so a line is never drawn over the axis labels.
 */
export function sourcePadding(text: string, width: number): number {
	return 16 + SOURCE_LINE_HEIGHT * wrapSource(text, width - 20, (s) => s.length * 7).length;
}

/** Writes the source line (collection, date, "made with Slant") along the bottom edge, wrapped to the chart's width. */
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
			const lines = wrapSource(text, width - 20, (s) => ctx.measureText(s).width);
			lines.forEach((l, k) => ctx.fillText(l, 10, height - 8 - (lines.length - 1 - k) * SOURCE_LINE_HEIGHT));
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
	opts: { patterns: boolean; scale: number; width: number; height: number; source: string | null; medium?: Medium },
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
	const cfg = spec.config({ patterns: opts.patterns, scale: opts.scale, image: true, medium: opts.medium });
	const options = cfg.options ?? {};
	options.responsive = false;
	options.animation = false;
	options.devicePixelRatio = opts.scale;
	options.layout = addPadding(options.layout, { top: 8, left: 8, right: 16, bottom: opts.source ? sourcePadding(opts.source, opts.width) : 8 }) as typeof options.layout;
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
	return renderOffscreen(spec, { ...opts, scale: 2, source: null, medium: 'print' }, (c) => c.toDataURL('image/png'));
}
