// Error mapping shared by the route files: the server layer's NotFoundError becomes a 404 page,
// its InputError becomes a form failure with the message next to the field. Anything else is a bug
// and is left to SvelteKit's 500 handling.
import { error, fail } from '@sveltejs/kit';
import { InputError, NotFoundError } from '$lib/server';

export function must<T>(fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		if (e instanceof InputError) error(400, e.message);
		throw e;
	}
}

/** Runs a form action body; an InputError becomes fail(400) carrying the message and the field. */
export async function act<T>(form: string, values: Record<string, unknown>, fn: () => T | Promise<T>) {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof InputError) return fail(400, { form, error: e.message, input: e.input, values });
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
}

export function str(fd: FormData, name: string): string {
	const v = fd.get(name);
	return typeof v === 'string' ? v : '';
}
