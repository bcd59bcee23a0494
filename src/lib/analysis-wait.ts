// What the Add page says while a long text is analysed: how big it is, how long it should take on this
// server (its measured rate, analysis-speed.ts) and how long it has taken so far. Short texts (under
// LONG_BYTES) take a second or two and get no more than "Analysing…".
import { formatBytes } from '$analysis/size';

/** Texts from this size on get the estimate. */
export const LONG_BYTES = 100_000;

const secs = (ms: number) => {
	const s = Math.max(1, Math.round(ms / 1000));
	return s === 1 ? '1 second' : `${s} seconds`;
};

/**
 * The sentence for `bytes` of text after `elapsedMs`, at `msPerKB`, with the server's time limit per
 * article `limitMs`; null for a short text.
 */
export function waitMessage(bytes: number, elapsedMs: number, msPerKB: number, limitMs: number): string | null {
	if (!(bytes >= LONG_BYTES)) return null;
	const estimate = (bytes / 1000) * msPerKB;
	const so = `${secs(elapsedMs)} so far`;
	const head = `Analysing ${formatBytes(bytes)} of text`;
	if (estimate > limitMs)
		return `${head}: it may take longer than the ${secs(limitMs)} this server gives one article, and is then kept with a note that its analysis took too long (${so}).`;
	if (elapsedMs > estimate * 1.5 + 5000) return `${head}: it is taking longer than the ${secs(estimate)} expected (${so}); the server may be busy with other work.`;
	return `${head}: about ${secs(estimate)} on this server (${so}).`;
}
