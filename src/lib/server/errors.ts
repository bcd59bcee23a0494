// Error classes the routes map to HTTP statuses: InputError -> 400 (the user can fix it; the message
// names the input and is safe to show), NotFoundError -> 404, ForbiddenError -> 403 (a participant
// tried something only the facilitator may do), TooManyError -> 429 (a rate limit or the fetcher is
// busy). Anything else is a bug -> 500.
// InputError is the analysis layer's own class (analysis/input.ts), re-exported rather than
// duplicated, so a file refused by the CLI and by the server is the same error with the same text.
export { InputError } from '../../../analysis/input.js';
import { InputError } from '../../../analysis/input.js';

export class NotFoundError extends Error {
	readonly status = 404;
	constructor(what: string, id: string) {
		super(`${what} "${id}" not found`);
		this.name = 'NotFoundError';
	}
}

/** A write the current role may not make; the message says who may and what to do. */
export class ForbiddenError extends Error {
	readonly status = 403;
	constructor(message: string) {
		super(message);
		this.name = 'ForbiddenError';
	}
}

/** Too many requests from one client (rate limit) or for the server (fetcher busy); try later. */
export class TooManyError extends Error {
	readonly status = 429;
	constructor(
		message: string,
		/** Seconds until trying again makes sense. */
		readonly retryAfter: number
	) {
		super(message);
		this.name = 'TooManyError';
	}
}

/**
 * The article's analysis is running on a worker and not done yet (a long text). Routes wait for it
 * with ensureAnalysed()/ensureArticleAnalysed() first; one that reads without waiting gets 503.
 */
export class AnalysisPending extends Error {
	readonly status = 503;
	constructor(readonly articleId: string) {
		super('This article is still being analysed. Reload the page in a moment.');
		this.name = 'AnalysisPending';
	}
}

/**
 * The article's analysis failed (over the time limit, or a crash) and the reason is kept: the article
 * page shows it instead of the analysis, with the way to fix or remove the article.
 */
export class AnalysisFailed extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AnalysisFailed';
	}
}

/** HTTP status for an error thrown by this layer (for `error(status, message)` in routes). */
export function errorStatus(err: unknown): 400 | 403 | 404 | 429 | 500 | 503 {
	if (err instanceof InputError) return 400;
	if (err instanceof AnalysisPending) return 503;
	if (err instanceof ForbiddenError) return 403;
	if (err instanceof NotFoundError) return 404;
	if (err instanceof TooManyError) return 429;
	return 500;
}
