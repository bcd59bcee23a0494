// A Svelte attachment that owns one Chart.js instance: created when the canvas mounts, updated in
// place when the configuration changes, destroyed with the canvas. Configurations are rebuilt from
// $state.snapshot()s and handed over inside untrack(), so Chart.js never sees a $state proxy.
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { Chart } from 'chart.js';
import type { BarConfig } from './charts';

export function chartAttachment(getConfig: () => BarConfig): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let chart: Chart<'bar', (number | null)[], string | string[]> | null = null;
		$effect(() => {
			const cfg = getConfig();
			untrack(() => {
				if (!chart) {
					chart = new Chart(canvas, cfg);
				} else {
					chart.data = cfg.data;
					chart.options = cfg.options ?? {};
					chart.update();
				}
			});
		});
		return () => {
			chart?.destroy();
			chart = null;
		};
	};
}
