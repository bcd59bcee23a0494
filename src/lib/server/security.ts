// Response headers every page is sent with (hooks.server.ts): no other site may frame Slant (a framed
// Manage page could be clicked into deleting a collection), nothing is type-sniffed, and no address
// (a facilitator link's key) leaks to other sites in a Referer.

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin'
};

export function withSecurityHeaders(response: Response): Response {
	const set = (r: Response) => {
		for (const [k, v] of Object.entries(SECURITY_HEADERS)) r.headers.set(k, v);
		const csp = r.headers.get('content-security-policy');
		if (!csp) r.headers.set('content-security-policy', "frame-ancestors 'none'");
		else if (!/frame-ancestors/i.test(csp)) r.headers.set('content-security-policy', `${csp}; frame-ancestors 'none'`);
		return r;
	};
	try {
		return set(response);
	} catch {
		// Immutable headers (a response passed through from fetch): copy it first.
		return set(new Response(response.body, response));
	}
}
