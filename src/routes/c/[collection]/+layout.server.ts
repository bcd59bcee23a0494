import { redirect } from '@sveltejs/kit';
import { collectionIdIgnoringCase, getCollection, NotFoundError } from '$lib/server';
import { heldBack, openQuestions } from '$lib/server/hold-back';
import { must } from '../../guard.server';

export const load = ({ params, locals, depends, url }) => {
	// (asked again by a held-back page every few seconds: HoldBackWatch.svelte)
	depends('slant:hold');
	// An address typed in another case ("/c/ap_h1vqmmcpr" for an id made before ids were lower case)
	// opens the collection it can only mean, at its own address.
	const c = must(() => {
		try {
			return getCollection(params.collection);
		} catch (e) {
			const id = e instanceof NotFoundError ? collectionIdIgnoringCase(params.collection) : null;
			const rest = url.pathname.split('/').slice(3).join('/');
			if (id) redirect(308, `/c/${encodeURIComponent(id)}${rest ? `/${rest}` : ''}${url.search}`);
			throw e;
		}
	});
	// While the room's predictions are open (a question not yet revealed), a participant's device gets no
	// figures and reads the articles as plain text (src/lib/server/hold-back.ts): the workshop reads
	// before it predicts, and the highlights and counts would give the answers away.
	const held = heldBack(c.id, locals.role);
	// (the facilitator is told that participants see no figures until the reveal)
	const open = locals.role === 'facilitator' ? openQuestions(c.id) : 0;
	return {
		collection: { id: c.id, name: c.name, description: c.description, isSeed: c.isSeed, articleCount: c.articleCount, updatedAt: c.updatedAt },
		// Plain text by default while questions are open, for the facilitator's projector too (the room
		// reads with the highlights off); the facilitator's switch turns them on.
		readPlain: held !== null || open > 0,
		heldBack: held,
		// (the layout's own word on it, which no page's data overrides: HoldBackWatch.svelte reads it)
		figuresHeld: held !== null,
		openQuestions: open
	};
};
