// Overview of a collection: lean per-outlet chart data, and the facilitator's controls as form actions.
import { facilitatorActions, loadOverview } from './overview.server';
import { ready } from '../../guard.server';

export const load = async ({ params }) => {
	await ready(params.collection);
	return loadOverview(params);
};

export const actions = facilitatorActions;
