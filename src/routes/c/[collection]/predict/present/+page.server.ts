// Predict, then reveal on the projector: the same questions and reveals as /predict (the room's answers
// only once revealed), the passages behind each measured bar, and where participants answer (the
// room's address and its QR code).
import { error } from '@sveltejs/kit';
import { analyseCollection } from '$lib/server';
import { HELD_BACK_MESSAGE, heldBack } from '$lib/server/hold-back';
import { ROOM_ORIGIN_COOKIE, pickOrigin, qrDataUrl, roomAddresses } from '$lib/server/join';
import { must, ready } from '../../../../guard.server';
import { evidenceArticles } from '../../present/evidence.server';
import { loadPredict } from '../predict.server';

export const load = async (event) => {
	event.depends('slant:predict');
	// (the facilitator's projector: a participant's phone gets no passages while questions are open)
	if (heldBack(event.params.collection, event.locals.role)) error(403, HELD_BACK_MESSAGE);
	await ready(event.params.collection);
	const data = loadPredict(event);
	const ca = must(() => analyseCollection(event.params.collection));
	const room = roomAddresses(event.url);
	const address = `${pickOrigin(room, null, event.cookies.get(ROOM_ORIGIN_COOKIE)).origin}/c/${encodeURIComponent(event.params.collection)}/predict`;
	return { ...data, articles: await evidenceArticles(ca), address, qr: await qrDataUrl(address) };
};
