// A RequestEvent as SvelteKit builds it, and how a load or action ended, for tests that call route
// code directly (hooks, loads, actions, endpoints) against a real store.
import { isActionFailure, isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';

export type Cookie = Record<string, string>;

export function cookies(jar: Cookie = {}) {
	return {
		get: (k: string) => jar[k],
		getAll: () => Object.entries(jar).map(([name, value]) => ({ name, value })),
		set: (k: string, v: string) => void (jar[k] = v),
		delete: (k: string) => void delete jar[k],
		serialize: () => ''
	};
}

/** A RequestEvent as SvelteKit builds it, for a form POST to `url` from `client`. */
export function event(url: string, opts: { route: string; params?: Record<string, string>; form?: Record<string, string>; client?: string; jar?: Cookie; method?: string; role?: 'facilitator' | 'participant' }) {
	const u = new URL(url);
	const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
	const request = new Request(u, {
		method: opts.method ?? (body === undefined ? 'GET' : 'POST'),
		body,
		headers: body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded', origin: u.origin }
	});
	return {
		request,
		url: u,
		params: opts.params ?? {},
		route: { id: opts.route },
		cookies: cookies(opts.jar),
		locals: (opts.role ? { role: opts.role, client: opts.client ?? '127.0.0.1' } : {}) as App.Locals,
		getClientAddress: () => opts.client ?? '127.0.0.1',
		setHeaders: () => {},
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false,
		platform: undefined,
		fetch
	} as unknown as RequestEvent;
}

export async function run(fn: () => unknown): Promise<{ kind: 'ok' | 'fail' | 'redirect' | 'http'; status?: number; data?: Record<string, unknown>; location?: string; value?: unknown }> {
	try {
		const value = await fn();
		if (isActionFailure(value)) return { kind: 'fail', status: value.status, data: value.data as unknown as Record<string, unknown> };
		return { kind: 'ok', value };
	} catch (e) {
		if (isRedirect(e)) return { kind: 'redirect', status: e.status, location: e.location };
		if (isHttpError(e)) return { kind: 'http', status: e.status, data: e.body as unknown as Record<string, unknown> };
		throw e;
	}
}
