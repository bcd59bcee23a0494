// CSV export: RFC 4180 quoting, CRLF line ends, a UTF-8 BOM so spreadsheet programs read accents.

export type Cell = string | number | null | undefined;

export function csvCell(v: Cell): string {
	if (v === null || v === undefined) return '';
	const s = typeof v === 'number' ? (Number.isFinite(v) ? String(Math.round(v * 10000) / 10000) : '') : v;
	// Neutralise spreadsheet formulas in text cells (=, +, -, @ at the start).
	const safe = typeof v === 'string' && /^[=+\-@]/.test(s) ? `'${s}` : s;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: Cell[][]): string {
	return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

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
