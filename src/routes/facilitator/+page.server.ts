// The facilitator link: /facilitator?key=<token> (printed at `npm start`) stores the token in a
// cookie on this device and drops it from the address bar. Without a key the page says who you
// are; the facilitator also finds the link for another device here, and can make a new one.
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { getFacilitatorToken, isFacilitatorToken, rotateFacilitatorToken } from '$lib/server';
import { FACILITATOR_COOKIE, facilitatorLink } from '$lib/server/facilitator-token';
import { qrDataUrl, roomAddresses } from '$lib/server/join';
import { loopbackIsFacilitator, requireFacilitator } from '$lib/server/roles';
import { withForm } from '../guard.server';

/** Kept for a month (a workshop series); over plain HTTP it cannot be `secure` or browsers drop it. */
function setCookie(cookies: Cookies, url: URL, token: string) {
	cookies.set(FACILITATOR_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 60 * 60 * 24 * 30 });
}

export const load = async ({ url, cookies, locals }) => {
	const key = url.searchParams.get('key');
	if (key !== null) {
		if (isFacilitatorToken(key)) {
			setCookie(cookies, url, key);
			redirect(303, '/facilitator?welcome=1');
		}
		return { state: 'invalid-link' as const, links: [], qr: null, viaCookie: false, loopback: false };
	}
	const loopback = loopbackIsFacilitator();
	if (locals.role !== 'facilitator')
		return { state: 'participant' as const, links: [], qr: null, viaCookie: false, loopback };
	const token = getFacilitatorToken();
	const links = roomAddresses(url).origins.map((o) => ({ label: o.label, href: facilitatorLink(o.origin, token) }));
	return {
		state: url.searchParams.has('welcome') ? ('welcome' as const) : ('facilitator' as const),
		links,
		qr: links.length ? await qrDataUrl(links[0].href) : null,
		viaCookie: isFacilitatorToken(cookies.get(FACILITATOR_COOKIE)),
		loopback
	};
};

export const actions = {
	rotate: async (event) =>
		withForm(event, 'rotate', [], () => {
			requireFacilitator(event, 'make a new facilitator link');
			const hadCookie = isFacilitatorToken(event.cookies.get(FACILITATOR_COOKIE));
			const token = rotateFacilitatorToken();
			// This device keeps its rights; every other device that opened the old link loses them.
			if (hadCookie) setCookie(event.cookies, event.url, token);
			return { form: 'rotate', ok: 'A new facilitator link was made. The old one, and every other device that opened it, no longer counts.' };
		}),
	forget: async (event) =>
		withForm(event, 'forget', [], () => {
			if (!event.cookies.get(FACILITATOR_COOKIE)) return fail(400, { form: 'forget', error: 'This device holds no facilitator link.', values: {} });
			event.cookies.delete(FACILITATOR_COOKIE, { path: '/' });
			return { form: 'forget', ok: 'This device no longer holds the facilitator link.' };
		})
};
