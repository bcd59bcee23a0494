// Predict, then reveal: participants answer on their phones, the facilitator reveals the room's
// answers against the measured figures (see predict.server.ts).
import { loadPredict, predictActions } from './predict.server';

export const load = (event) => {
	event.depends('slant:predict');
	return loadPredict(event);
};

export const actions = predictActions;
