// Sizes as people read them, shared by the CLI, the server and the browser (no Node APIs here).

const KB = 1024;
const MB = 1024 * 1024;

export function formatBytes(n: number): string {
	return n >= MB ? `${(n / MB).toFixed(1)} MB` : n >= KB ? `${(n / KB).toFixed(0)} KB` : `${n} bytes`;
}

/**
 * "is 5.01 MB, over the 5.00 MB limit": the size and the limit printed with just enough precision
 * that they differ (5,242,893 bytes against 5,242,880 would otherwise both read "5.0 MB").
 */
export function sizeOverLimit(size: number, limit: number): string {
	let a = formatBytes(size);
	let b = formatBytes(limit);
	if (a === b) {
		const [unit, name] = limit >= MB ? [MB, 'MB'] : [KB, 'KB'];
		for (let d = 2; d <= 3 && a === b; d++) {
			a = `${(size / unit).toFixed(d)} ${name}`;
			b = `${(limit / unit).toFixed(d)} ${name}`;
		}
		if (a === b) {
			a = `${size.toLocaleString('en-US')} bytes`;
			b = `${limit.toLocaleString('en-US')} bytes`;
		}
	}
	return `is ${a}, over the ${b} limit`;
}
