// Overview of a collection: lean per-outlet chart data, and the facilitator's controls as form actions.
// While the room's predictions are open, a participant gets the list of articles to read instead
// (src/lib/server/hold-back.ts): no figures are sent, but the headline and date found in the page
// are (as on every other page: headings.server.ts), not only what the facilitator typed.
import { listArticles } from '$lib/server';
import { heldBack } from '$lib/server/hold-back';
import { facilitatorActions, loadOverview } from './overview.server';
import { articleHeadings } from './headings.server';
import { ready } from '../../guard.server';

export const load = async ({ params, locals }) => {
	const held = heldBack(params.collection, locals.role);
	if (held) {
		const headings = await articleHeadings(params.collection);
		const reading = listArticles(params.collection).map((a) => {
			const h = headings.get(a.id);
			return { id: a.id, outlet: a.outlet, title: a.title || h?.title || '', date: a.date ?? (h?.state === 'read' ? h.date : null), kind: a.kind };
		});
		return { heldBack: held, reading };
	}
	await ready(params.collection);
	return { heldBack: null, reading: null, ...loadOverview(params) };
};

export const actions = facilitatorActions;
