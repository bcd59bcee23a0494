// Overview of a collection: lean per-outlet chart data, and the facilitator's controls as form actions.
// While the room's predictions are open, a participant gets the list of articles to read instead
// (src/lib/server/hold-back.ts): no figures are sent.
import { listArticles } from '$lib/server';
import { heldBack } from '$lib/server/hold-back';
import { facilitatorActions, loadOverview } from './overview.server';
import { ready } from '../../guard.server';

export const load = async ({ params, locals }) => {
	const held = heldBack(params.collection, locals.role);
	if (held) return { heldBack: held, reading: listArticles(params.collection).map((a) => ({ id: a.id, outlet: a.outlet, title: a.title, date: a.date, kind: a.kind })) };
	await ready(params.collection);
	return { heldBack: null, reading: null, ...loadOverview(params) };
};

export const actions = facilitatorActions;
