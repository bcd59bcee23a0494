// How Slant is being served: directly over plain HTTP (a laptop on the room's network, `npm start`)
// or behind a reverse proxy. Plain JavaScript so that the server entry (bin/serve.mjs, run by node
// before anything is bundled) and the app (hooks, roles, join page) read the same rule.
//
// adapter-node works out a request's origin from ORIGIN, or else from PROTOCOL_HEADER/HOST_HEADER,
// or else assumes `https://<Host>`. Served directly, Slant is plain HTTP, so the entry tells
// adapter-node so through a header only it sets (PLAIN_HTTP_HEADER, overwritten on every request, so
// a client cannot choose it). SvelteKit's CSRF check then compares a form's Origin with
// `http://<the host the request was sent to>`, which is what a browser sends for a same-site form
// at localhost, 127.0.0.1 or the machine's network address, and not for a foreign site.

/** The header the entry sets to "http" on every request when Slant is served directly. */
export const PLAIN_HTTP_HEADER = 'x-slant-plain-http-protocol';

/** adapter-node's settings that only make sense behind a proxy (or with a fixed public address). */
export const PROXY_SETTINGS = /** @type {const} */ (['ORIGIN', 'PROTOCOL_HEADER', 'HOST_HEADER', 'PORT_HEADER', 'ADDRESS_HEADER']);

const yes = (/** @type {string | undefined} */ v) => /^(1|true|yes|on)$/i.test((v ?? '').trim());

/**
 * True when Slant must not trust the connection itself: ORIGIN or any of adapter-node's proxy
 * headers is configured (other than the entry's own PLAIN_HTTP_HEADER), or SLANT_BEHIND_PROXY is
 * set. Behind a proxy every request arrives from the proxy (often on loopback), so loopback proves
 * nothing and only the facilitator token counts.
 * @param {Record<string, string | undefined>} [env]
 */
export function behindProxy(env = process.env) {
	if (yes(env.SLANT_BEHIND_PROXY)) return true;
	return PROXY_SETTINGS.some((k) => {
		const v = (env[k] ?? '').trim();
		if (!v) return false;
		return !(k === 'PROTOCOL_HEADER' && v.toLowerCase() === PLAIN_HTTP_HEADER);
	});
}
