// While the room's predictions are open, a participant's device shows no figures: the overview's charts,
// an article's highlights, counts and tone, the projector views and the analysis download would answer
// the open questions before the room has answered them (workshop.md: read, predict, then reveal). The
// articles themselves stay readable as plain text. The facilitator sees everything; once every question
// is revealed (or removed), so does everyone. Decided here, on the server: the figures are never sent.
import { predictions } from './index.js';
import type { Role } from './roles.js';

/** What a participant is told while the figures are held back. */
export const HELD_BACK_MESSAGE = 'The figures are held back while the room’s predictions are open: they appear when the facilitator reveals the answers.';

export interface HeldBack {
	/** Questions not yet revealed. */
	open: number;
}

/** How many of the collection's questions are not yet revealed. */
export function openQuestions(collectionId: string): number {
	return predictions()
		.questions(collectionId)
		.filter((q) => !q.revealed).length;
}

/** Are the collection's figures held back from this visitor? (null: no, show them.) */
export function heldBack(collectionId: string, role: Role | undefined): HeldBack | null {
	if (role === 'facilitator') return null;
	const open = openQuestions(collectionId);
	return open > 0 ? { open } : null;
}
