// How fast this server analyses text, learned from the analyses it runs, so the Add page can tell a
// facilitator pasting a long text how long to wait (a newcomer's 2 MB paste showed only "Analysing…"
// for 32 s). Milliseconds per kilobyte of input, a moving average over inputs large enough for their
// size to dominate (a short article's time is mostly fixed costs); before any such input, a figure
// measured here on a 2-core laptop (npm run bench: about 7 ms per KB of news text).

/** Inputs smaller than this say little about the rate per KB. */
const MIN_BYTES = 20_000;
/** Weight of the newest measurement in the average. */
const WEIGHT = 0.3;
/** Before any measurement: ms per KB of text on the reference machine. */
export const DEFAULT_MS_PER_KB = 7;

export class AnalysisSpeed {
	private rate: number | null = null;

	/** One analysis of `bytes` of input took `ms` (queueing included: that is what the user waits). */
	record(bytes: number, ms: number): void {
		if (!(bytes >= MIN_BYTES) || !(ms > 0) || !Number.isFinite(ms)) return;
		const r = ms / (bytes / 1000);
		this.rate = this.rate === null ? r : WEIGHT * r + (1 - WEIGHT) * this.rate;
	}

	/** Milliseconds per KB: measured here, or the default. */
	msPerKB(): number {
		return this.rate ?? DEFAULT_MS_PER_KB;
	}

	/** Was the rate measured on this server? */
	measured(): boolean {
		return this.rate !== null;
	}
}

/** The server's one instance, fed by the analysis engine. */
export const analysisSpeed = new AnalysisSpeed();
