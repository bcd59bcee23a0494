// The benchmark's table: every measure is recorded with its target, printed as it comes, and
// summarised as a Markdown table at the end (pasted into the README).
export interface Row {
	what: string;
	value: string;
	target: string;
	ok: boolean | null;
}

export const rows: Row[] = [];

export function record(what: string, value: string, target = '', ok: boolean | null = null): void {
	rows.push({ what, value, target, ok });
	console.log(`${what}: ${value}${target ? ` (target ${target}: ${ok ? 'met' : 'MISSED'})` : ''}`);
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
export const ms = (x: number): string => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);

export function printTable(): void {
	console.log('\n| measure | value | target | met |\n|---|---|---|---|');
	for (const r of rows) console.log(`| ${r.what} | ${r.value} | ${r.target} | ${r.ok == null ? '' : r.ok ? 'yes' : 'NO'} |`);
}
