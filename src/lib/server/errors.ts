// Error classes the routes map to HTTP statuses: InputError -> 400 (the user can fix it; the message
// names the input and is safe to show), NotFoundError -> 404. Anything else is a bug -> 500.
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

/** HTTP status for an error thrown by this layer (for `error(status, message)` in routes). */
export function errorStatus(err: unknown): 400 | 404 | 500 {
	if (err instanceof InputError) return 400;
	if (err instanceof NotFoundError) return 404;
	return 500;
}
