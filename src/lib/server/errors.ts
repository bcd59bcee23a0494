// Two error classes the routes map to HTTP statuses: InputError -> 400 (the user can fix it; the
// message names the input and is safe to show), NotFoundError -> 404. Anything else is a bug -> 500.

export class InputError extends Error {
	readonly status = 400;
	/** Which input was wrong (a form field or a file name), so the UI can put the message next to it. */
	readonly input: string;
	constructor(input: string, message: string) {
		super(`${input}: ${message}`);
		this.name = 'InputError';
		this.input = input;
	}
}

export class NotFoundError extends Error {
	readonly status = 404;
	constructor(what: string, id: string) {
		super(`${what} "${id}" not found`);
		this.name = 'NotFoundError';
	}
}

/** HTTP status for an error thrown by this layer (for `error(status, message)` in routes). */
export function errorStatus(err: unknown): 400 | 404 | 500 {
	if (err instanceof InputError) return 400;
	if (err instanceof NotFoundError) return 404;
	return 500;
}
