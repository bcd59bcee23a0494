// Error mapping shared by the route files. In a load: NotFoundError becomes the 404 page, InputError
// a 400 page, ForbiddenError a 403 page. In a form action everything the user can be told about
// becomes a form failure carrying the message, the field it is about and what was typed, so the
// form shows why and keeps the input: InputError 400, ForbiddenError 403, NotFoundError 404,
// TooManyError 429. Anything else is a bug and is left to SvelteKit's 500 handling (hooks.server.ts
// logs it with a reference the form shows).
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { AnalysisPending, ForbiddenError, InputError, NotFoundError, TooManyError, analysisReady, articleReady } from '$lib/server';
import { readForm } from '$lib/server/form';

export function must<T>(fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		if (e instanceof InputError) error(400, e.message);
		if (e instanceof ForbiddenError) error(403, e.message);
		if (e instanceof AnalysisPending) error(503, e.message);
		throw e;
	}
}

/**
 * Before a page reads a collection's analyses: start what is not analysed yet (on the worker threads)
 * and wait a moment for it (or `waitMs`; Infinity: until every article is done or failed). A long
 * article goes on in the background and is listed as pending.
 */
export async function ready(collectionId: string, waitMs?: number): Promise<boolean> {
	try {
		return await analysisReady(collectionId, waitMs);
	} catch (e) {
		return must(() => {
			throw e;
		});
	}
}

/** The same for one article, waiting until it is done (or failed, or over the analysis time limit). */
export async function articleIsReady(articleId: string): Promise<void> {
	try {
		await articleReady(articleId);
	} catch (e) {
		must(() => {
			throw e;
		});
	}
}

function failure(form: string, values: Record<string, unknown>, e: unknown) {
	if (e instanceof InputError) return fail(400, { form, error: e.message, input: e.input, values });
	if (e instanceof ForbiddenError) return fail(403, { form, error: e.message, input: undefined, values });
	if (e instanceof NotFoundError) return fail(404, { form, error: `${e.message}: it may have been deleted. Reload the page.`, input: undefined, values });
	if (e instanceof TooManyError) return fail(429, { form, error: e.message, input: undefined, values });
	return null;
}

/** Runs a form action body; the errors above become fail(status) carrying the message and the field. */
export async function act<T>(form: string, values: Record<string, unknown>, fn: () => T | Promise<T>) {
	try {
		return await fn();
	} catch (e) {
		const f = failure(form, values, e);
		if (f) return f;
		throw e;
	}
}

/**
 * Read the request's form strictly (every text field valid UTF-8, see $lib/server/form), pick
 * `fields` as strings, then run `fn` like act(). A form that cannot be read fails the same way.
 */
export async function withForm<T, K extends string = never>(
	event: Pick<RequestEvent, 'request'>,
	form: string,
	fields: readonly K[],
	fn: (values: Record<K, string>, fd: FormData) => T | Promise<T>
) {
	let fd: FormData;
	try {
		fd = await readForm(event.request);
	} catch (e) {
		const f = failure(form, {}, e);
		if (f) return f;
		throw e;
	}
	const values = Object.fromEntries(fields.map((k) => [k, str(fd, k)])) as Record<K, string>;
	return act(form, values, () => fn(values, fd));
}

export function str(fd: FormData, name: string): string {
	const v = fd.get(name);
	return typeof v === 'string' ? v : '';
}
