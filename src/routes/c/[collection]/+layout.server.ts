import { getCollection } from '$lib/server';
import { heldBack, openQuestions } from '$lib/server/hold-back';
import { must } from '../../guard.server';

export const load = ({ params, locals }) => {
	const c = must(() => getCollection(params.collection));
	// While the room's predictions are open (a question not yet revealed), a participant's device gets no
	// figures and reads the articles as plain text (src/lib/server/hold-back.ts): the workshop reads
	// before it predicts, and the highlights and counts would give the answers away.
	const held = heldBack(c.id, locals.role);
	return {
		collection: { id: c.id, name: c.name, description: c.description, isSeed: c.isSeed, articleCount: c.articleCount, updatedAt: c.updatedAt },
		readPlain: held !== null,
		heldBack: held,
		// (the facilitator is told that participants see no figures until the reveal)
		openQuestions: locals.role === 'facilitator' ? openQuestions(c.id) : 0
	};
};
