// Overview of a collection: lean per-outlet chart data, and the facilitator's controls as form actions.
import { facilitatorActions, loadOverview } from './overview.server';

export const load = ({ params }) => loadOverview(params);

export const actions = facilitatorActions;
