import crypto from 'node:crypto';
import { error, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { getCollection, getFacilitatorToken, isFacilitatorToken, listCollections, warmUp } from '$lib/server';
import { caseFixedPath } from '$lib/server/join';
import { FACILITATOR_COOKIE } from '$lib/server/facilitator-token';
import { participantMayWrite, refusedWriteMessage, resolveRole, WRITE_METHODS } from '$lib/server/roles';
import { withSecurityHeaders } from '$lib/server/security';
import { errorMessageOf, errorPageHtml, isPlainFormPost } from '$lib/server/error-page';
import { registerStartup, startupBanner } from '$lib/server/startup';

// Load the language model and lexicon and analyse the example collection before the first visitor
// arrives, so nobody waits a second or more for the first page of a workshop. Then leave the
// start-up banner (addresses, facilitator link) for the server entry to print once it listens.
export const init: ServerInit = () => {
	const ms = warmUp();
	console.log(`Slant: ready (language model loaded and example analysed in ${ms.toFixed(0)} ms)`);
	registerStartup(({ port, host }) => {
		try {
			console.log(startupBanner({ port, host, token: getFacilitatorToken() }));
		} catch (e) {
			console.error('Slant: could not read the facilitator link:', e);
		}
	});
};

export const handle: Handle = async ({ event, resolve }) => {
	let client = '';
	try {
		client = event.getClientAddress();
	} catch {
		// ADDRESS_HEADER configured but absent: an unknown client, so not loopback.
	}
	event.locals.client = client;
	event.locals.role = resolveRole(
		{ token: event.cookies.get(FACILITATOR_COOKIE), clientAddress: client, hostname: event.url.hostname },
		{ tokenIsValid: (t) => isFacilitatorToken(t) }
	);
	// Every write is the facilitator's unless roles.ts declares it open to participants. Refused here,
	// before the body is read or any action runs.
	const plainForm = isPlainFormPost(event.request);
	if (WRITE_METHODS.has(event.request.method) && event.locals.role !== 'facilitator' && !participantMayWrite(event)) {
		if (plainForm) return withSecurityHeaders(htmlError(403, refusedWriteMessage(event), event.url));
		error(403, refusedWriteMessage(event));
	}
	// A join address typed with its code in the wrong case reaches the collection.
	if (event.request.method === 'GET' || event.request.method === 'HEAD') {
		const fixed = caseFixedPath(event.url.pathname, collectionExists, listCollections);
		if (fixed) return withSecurityHeaders(new Response(null, { status: 307, headers: { location: fixed + event.url.search } }));
	}
	const response = await resolve(event);
	// A plain form post refused as JSON (a too-large body, an error thrown by an action): the same as a page.
	if (plainForm && response.status >= 400 && /json/i.test(response.headers.get('content-type') ?? ''))
		return withSecurityHeaders(htmlError(response.status, await errorMessageOf(response), event.url));
	return withSecurityHeaders(response);
};

/** Is there a collection with exactly this code? */
function collectionExists(id: string): boolean {
	try {
		getCollection(id);
		return true;
	} catch {
		return false;
	}
}

/** A readable page for a refused plain form post; the link back leads to the form's page. */
function htmlError(status: number, message: string, url: URL): Response {
	return new Response(errorPageHtml(status, message, url.pathname), { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** Unexpected errors: logged with a short reference that the page or form shows. */
export const handleError: HandleServerError = ({ error: err, event, status, message }) => {
	if (status < 500) return { message };
	const ref = crypto.randomBytes(4).toString('hex');
	console.error(`Slant: error ${ref} on ${event.request.method} ${event.url.pathname}:`, err);
	return { message: 'Internal error', ref };
};
