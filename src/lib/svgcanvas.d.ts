// Types for the part of svgcanvas (MIT; a maintained fork of gliffy's canvas2svg) that the SVG export uses.
declare module 'svgcanvas' {
	export class Context {
		constructor(options: { width: number; height: number; document?: Document });
		width: number;
		height: number;
		canvas: Context;
		getSerializedSvg(fixNamedEntities?: boolean): string;
		getSvg(): SVGSVGElement;
		createPattern(image: Context | HTMLCanvasElement, repetition: string): CanvasPattern;
		[key: string]: unknown;
	}
}
