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
export function slug(s: string): string {
	return (
		s
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'slant'
	);
}
