// The join page, shown on the projector: the address participants open on the room's network, as
// text and as a QR code, for the collection chosen here.
import { listCollections } from '$lib/server';
import { ROOM_ORIGIN_COOKIE, defaultJoinCollection, pickOrigin, qrDataUrl, roomAddresses } from '$lib/server/join';
import { openQuestions } from '$lib/server/hold-back';

export const load = async ({ url, cookies, locals }) => {
	const all = listCollections();
	const collections = all.map((c) => ({ id: c.id, name: c.name, articleCount: c.articleCount }));
	// The collection the facilitator came from (?c=, set by the collection's pages), else their most
	// recently changed one: never the example by default once they have their own.
	const chosen = collections.find((c) => c.id === defaultJoinCollection(all, url.searchParams.get('c'))) ?? null;
	const room = roomAddresses(url);
	// Only an address from the list may be picked (never an arbitrary host into the QR code).
	const asked = url.searchParams.get('at');
	const at = pickOrigin(room, asked, cookies.get(ROOM_ORIGIN_COOKIE));
	// (picked here: Predict's projector and the snapshot links give the same address)
	if (asked && at.origin === asked) cookies.set(ROOM_ORIGIN_COOKIE, at.origin, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 60 * 60 * 24 * 30 });
	const address = chosen ? `${at.origin}/c/${encodeURIComponent(chosen.id)}` : `${at.origin}/collections`;
	return {
		collections,
		chosen: chosen?.id ?? null,
		origins: room.origins,
		origin: at.origin,
		warning: room.warning,
		address,
		qr: await qrDataUrl(address),
		// (for the facilitator, before the room joins: with no prediction open, phones see every figure;
		// workshop.md's Predict step wants the room to guess first)
		figuresOpen: locals.role === 'facilitator' && !!chosen && openQuestions(chosen.id) === 0
	};
};
