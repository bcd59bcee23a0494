// CSV export in the browser. The writer itself (quoting, formula neutralising) is the CLI's, so a
// spreadsheet gets the same safe cells from both: analysis/csv.ts.
export { csvCell, toCsv, type Cell } from '$analysis/csv';

export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Russia leaves the ICC (November 2016)" -> "russia-leaves-the-icc-november-2016" */
export function slug(s: string, max = 60): string {
	return (
		s
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.slice(0, max)
			.replace(/^-+|-+$/g, '') || 'slant'
	);
}

/**
 * A download's file name: each part made a slug (no spaces, accents or punctuation: "Michael Webb" ->
 * "michael-webb"), joined by "-", then `ending` (".svg", "@2x.png"). Parts may be slugs already.
 */
export function fileName(parts: string[], ending: string): string {
	return `${parts.map((p) => slug(p, 120)).join('-')}${ending}`;
}
