// A Svelte attachment that owns one Chart.js instance: created when the canvas mounts, updated in
// place when the configuration changes, destroyed with the canvas. Configurations are rebuilt from
// $state.snapshot()s and handed over inside untrack(), so Chart.js never sees a $state proxy.
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { Chart, type Plugin } from 'chart.js';
import type { BarConfig } from './charts';

type BarChart = Chart<'bar', (number | null)[], string | string[]>;

export interface ChartHooks {
	/** Called with the chart after it is created, and with null when it is destroyed. */
	bind?: (chart: BarChart | null) => void;
	/** Called after every draw (layout may have moved the bars: resize, new data, a legend click). */
	drawn?: (chart: BarChart) => void;
}

export function chartAttachment(getConfig: () => BarConfig, hooks: ChartHooks = {}): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let chart: BarChart | null = null;
		// A static plugin (plugins are fixed when the chart is made) that reports each finished draw.
		const report: Plugin<'bar'> = { id: 'slantDrawn', afterDraw: (c) => hooks.drawn?.(c as BarChart) };
		$effect(() => {
			const cfg = getConfig();
			untrack(() => {
				if (!chart) {
					chart = new Chart(canvas, { ...cfg, plugins: [...(cfg.plugins ?? []), report] });
					hooks.bind?.(chart);
				} else {
					chart.data = cfg.data;
					chart.options = cfg.options ?? {};
					chart.update();
				}
			});
		});
		return () => {
			hooks.bind?.(null);
			chart?.destroy();
			chart = null;
		};
	};
}
