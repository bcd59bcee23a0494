// Predict, then reveal: participants answer on their phones, the facilitator reveals the room's
// answers against the measured figures (see predict.server.ts).
import { loadPredict, predictActions } from './predict.server';
import { ready } from '../../../guard.server';

export const load = async (event) => {
	event.depends('slant:predict');
	await ready(event.params.collection);
	return loadPredict(event);
};

export const actions = predictActions;
