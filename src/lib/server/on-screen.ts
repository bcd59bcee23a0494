// Which predict-then-reveal question the facilitator's projector shows, per collection, so the
// participants' phones can mark it ("on the projector now") and phones and projector agree. Kept in
// memory: it is the live state of a session, and after a restart the projector sets it again with
// its next step. Only ids of the collection's own questions are kept (checked by the caller).

const onScreen = new Map<string, { id: string; at: number }>();

export function setOnScreen(collectionId: string, questionId: string | null): void {
	if (questionId) onScreen.set(collectionId, { id: questionId, at: Date.now() });
	else onScreen.delete(collectionId);
}

/** The question on the projector, if the projector set one in the last `maxAgeMs` (default 6 hours). */
export function getOnScreen(collectionId: string, maxAgeMs = 6 * 3600_000): string | null {
	const s = onScreen.get(collectionId);
	return s && Date.now() - s.at <= maxAgeMs ? s.id : null;
}
