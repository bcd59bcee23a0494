// SVG export: the chart drawn again by Chart.js onto svgcanvas's SVG-building 2D context instead of a
// canvas, so the file holds vector shapes and real <text> for the title, subtitle, legend, axis labels
// and source line, and vector pattern fills. svgcanvas (MIT, a maintained fork of gliffy's canvas2svg)
// is loaded only when someone exports, so the overview bundle stays small.
import { BasicPlatform, Chart } from 'chart.js';
import type { ChartSpec } from './charts';
import { sourceLine, sourcePadding, whiteBackground } from './chart-export';
import { addPadding } from './chart-plugins';
import { drawPatternTile, type PatternShape, type TileContext } from './palette';

export interface SvgOptions {
	patterns: boolean;
	width: number;
	height: number;
	source: string;
}

const TILE = 10;

/** The chart as a standalone SVG document (white background, title, legend, source line). */
export async function renderSvg(spec: ChartSpec, opts: SvgOptions): Promise<string> {
	const { Context } = await import('svgcanvas');
	const ctx = new Context({ width: opts.width, height: opts.height });
	// Chart.js's BasicPlatform asks the object it is given for its 2D context.
	(ctx as unknown as { getContext: () => unknown }).getContext = () => ctx;
	const pattern = (color: string, shape: PatternShape, light = false) => {
		const tile = new Context({ width: TILE, height: TILE });
		drawPatternTile(tile as unknown as TileContext, color, shape, light, TILE);
		return ctx.createPattern(tile, 'repeat');
	};
	const cfg = spec.config({ patterns: opts.patterns, image: true, pattern });
	const options = cfg.options ?? {};
	options.responsive = false;
	options.animation = false;
	options.devicePixelRatio = 1;
	options.events = [];
	options.layout = addPadding(options.layout, { top: 8, left: 8, right: 16, bottom: sourcePadding(opts.source, opts.width) }) as typeof options.layout;
	const plugins = [...(cfg.plugins ?? []), whiteBackground, sourceLine(opts.source)];
	const chart = new Chart(ctx as unknown as HTMLCanvasElement, { ...cfg, options, plugins, platform: BasicPlatform });
	try {
		chart.draw();
		return finish(ctx.getSerializedSvg(true), spec, opts);
	} finally {
		chart.destroy();
	}
}

/** Adds a viewBox (so the file scales), a title and description for screen readers, and the XML prolog. */
function finish(svg: string, spec: ChartSpec, opts: SvgOptions): string {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	const root = doc.documentElement;
	root.setAttribute('viewBox', `0 0 ${opts.width} ${opts.height}`);
	root.setAttribute('role', 'img');
	// svgcanvas writes text-decoration="undefined" when no underline was asked for.
	for (const t of root.querySelectorAll('text[text-decoration="undefined"]')) t.removeAttribute('text-decoration');
	const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
	title.textContent = spec.title;
	const desc = doc.createElementNS('http://www.w3.org/2000/svg', 'desc');
	desc.textContent = `${spec.alt} ${spec.sample} ${opts.source}`;
	root.insertBefore(desc, root.firstChild);
	root.insertBefore(title, root.firstChild);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
