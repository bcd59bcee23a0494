// Per-client limits on the writes that cost disk or network: adding articles and fetching pages.
// A sliding window per client address, in memory (a restart forgets it, which is fine for a
// workshop-sized server). Limits come from the environment on each call, so they can be tuned
// without code and tests can shrink them.
import { TooManyError } from './errors.js';

export interface Limit {
	count: number;
	windowMs: number;
}

/** "120/3600": at most 120 in any 3,600 seconds. Anything unreadable falls back to `fallback`. */
export function parseLimit(spec: string | undefined, fallback: Limit): Limit {
	const m = /^\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(spec ?? '');
	if (!m) return fallback;
	const count = Number(m[1]);
	const seconds = Number(m[2]);
	return count > 0 && seconds > 0 ? { count, windowMs: seconds * 1000 } : fallback;
}

function waitText(ms: number): string {
	const s = Math.max(1, Math.ceil(ms / 1000));
	if (s < 90) return `${s} second${s === 1 ? '' : 's'}`;
	const min = Math.ceil(s / 60);
	return `${min} minute${min === 1 ? '' : 's'}`;
}

function windowText(ms: number): string {
	const s = Math.round(ms / 1000);
	if (s === 3600) return 'an hour';
	if (s % 3600 === 0) return `${s / 3600} hours`;
	if (s % 60 === 0) return s === 60 ? 'a minute' : `${s / 60} minutes`;
	return `${s} seconds`;
}

export class RateLimiter {
	private readonly hits = new Map<string, number[]>();

	constructor(
		/** What is counted, for messages: "articles added", "pages fetched". */
		private readonly what: string,
		private readonly limit: () => Limit,
		private readonly now: () => number = Date.now,
		/** Most clients remembered; the least recently seen are forgotten first. */
		private readonly maxClients = 10_000
	) {}

	private recent(key: string): number[] {
		const { windowMs } = this.limit();
		const since = this.now() - windowMs;
		const list = (this.hits.get(key) ?? []).filter((t) => t > since);
		if (list.length) this.hits.set(key, list);
		else this.hits.delete(key);
		return list;
	}

	/** Throws TooManyError if `n` more would pass the limit for `key`; records nothing. */
	check(key: string, n = 1): void {
		const { count, windowMs } = this.limit();
		const list = this.recent(key);
		if (list.length + n <= count) return;
		if (n > count) throw new TooManyError(`That is ${n} ${this.what} at once; at most ${count} are allowed in ${windowText(windowMs)}. Send fewer at a time.`, Math.ceil(windowMs / 1000));
		// The oldest hits that must expire before n more fit.
		const mustExpire = list.length + n - count;
		const waitMs = list[mustExpire - 1] + windowMs - this.now();
		throw new TooManyError(
			`Too many ${this.what} from this device: at most ${count} in ${windowText(windowMs)}. Try again in ${waitText(waitMs)}.`,
			Math.ceil(waitMs / 1000)
		);
	}

	/** Count `n` for `key`. */
	record(key: string, n = 1): void {
		if (n <= 0) return;
		const list = this.recent(key);
		const t = this.now();
		for (let i = 0; i < n; i++) list.push(t);
		this.hits.delete(key);
		this.hits.set(key, list);
		while (this.hits.size > this.maxClients) this.hits.delete(this.hits.keys().next().value as string);
	}

	/** check() then record(). */
	take(key: string, n = 1): void {
		this.check(key, n);
		this.record(key, n);
	}

	reset(): void {
		this.hits.clear();
	}
}

/** Articles added (paste, upload, URL) per client: SLANT_ADD_LIMIT, default 120 an hour. */
export const articleLimiter = new RateLimiter('articles added', () => parseLimit(process.env.SLANT_ADD_LIMIT, { count: 120, windowMs: 3_600_000 }));

/** Pages fetched by URL per client: SLANT_FETCH_LIMIT, default 30 in 10 minutes. */
export const fetchLimiter = new RateLimiter('pages fetched', () => parseLimit(process.env.SLANT_FETCH_LIMIT, { count: 30, windowMs: 600_000 }));

/** Predict-then-reveal answers per client: SLANT_ANSWER_LIMIT, default 300 in 10 minutes (a device with fresh cookies cannot flood the room's answers). */
export const answerLimiter = new RateLimiter('answers', () => parseLimit(process.env.SLANT_ANSWER_LIMIT, { count: 300, windowMs: 600_000 }));
