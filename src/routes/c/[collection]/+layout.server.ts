import { getCollection, predictions } from '$lib/server';
import { must } from '../../guard.server';

export const load = ({ params, locals }) => {
	const c = must(() => getCollection(params.collection));
	// While the room's predictions are open (a question not yet revealed), a participant's device reads
	// the articles as plain text unless it chose otherwise: the workshop reads before it predicts, and
	// the highlights and counts would give the answers away (reading.svelte.ts).
	const readPlain = locals.role !== 'facilitator' && predictions().questions(c.id).some((q) => !q.revealed);
	return { collection: { id: c.id, name: c.name, description: c.description, isSeed: c.isSeed, articleCount: c.articleCount, updatedAt: c.updatedAt }, readPlain };
};
