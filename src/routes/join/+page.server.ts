// The join page, shown on the projector: the address participants open on the room's network, as
// text and as a QR code, for the collection chosen here.
import { listCollections } from '$lib/server';
import { defaultJoinCollection, qrDataUrl, roomAddresses } from '$lib/server/join';

export const load = async ({ url }) => {
	const all = listCollections();
	const collections = all.map((c) => ({ id: c.id, name: c.name, articleCount: c.articleCount }));
	// The collection the facilitator came from (?c=, set by the collection's pages), else their most
	// recently changed one: never the example by default once they have their own.
	const chosen = collections.find((c) => c.id === defaultJoinCollection(all, url.searchParams.get('c'))) ?? null;
	const room = roomAddresses(url);
	// Only an address from the list may be picked (never an arbitrary host into the QR code).
	const at = room.origins.find((o) => o.origin === url.searchParams.get('at')) ?? room.origins[0];
	const address = chosen ? `${at.origin}/c/${encodeURIComponent(chosen.id)}` : `${at.origin}/collections`;
	return {
		collections,
		chosen: chosen?.id ?? null,
		origins: room.origins,
		origin: at.origin,
		warning: room.warning,
		address,
		qr: await qrDataUrl(address)
	};
};
