// The Add page's word on a long paste or upload: how big, how long on this server, how long so far
// (a newcomer's 2 MB paste showed only "Analysing…" for 32 s).
import { describe, expect, it } from 'vitest';
import { LONG_BYTES, waitMessage } from '../../src/lib/analysis-wait';

describe('waitMessage', () => {
	const MB = 1024 * 1024;
	it.each([
		// bytes, elapsed ms, ms per KB, limit ms → message (null: a short text, "Analysing…" says enough)
		[50_000, 3000, 7, 60_000, null],
		[LONG_BYTES - 1, 3000, 7, 60_000, null],
		[2 * MB, 3000, 7, 60_000, 'Analysing 2.0 MB of text: about 15 seconds on this server (3 seconds so far).'],
		[2 * MB, 0, 7, 60_000, 'Analysing 2.0 MB of text: about 15 seconds on this server (1 second so far).'],
		[200_000, 31_000, 7, 60_000, 'Analysing 195 KB of text: it is taking longer than the 1 second expected (31 seconds so far); the server may be busy with other work.'],
		[5 * MB, 10_000, 14, 60_000, 'Analysing 5.0 MB of text: it may take longer than the 60 seconds this server gives one article, and is then kept with a note that its analysis took too long (10 seconds so far).']
	] as const)('%s bytes after %s ms at %s ms/KB → %s', (bytes, elapsed, rate, limit, want) => {
		expect(waitMessage(bytes, elapsed, rate, limit)).toBe(want);
	});
});
