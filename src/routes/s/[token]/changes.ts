// The facilitator's changes a snapshot was computed with, as its banner lists them: loaded terms
// added and removed, speaker merges and regroupings, and the own-voice rule when it was switched off
// (the figures for loaded language in the outlet's own words depend on it).
import type { CollectionSettings } from '$lib/server/types';

export interface SnapshotChanges {
	added: string[];
	removed: string[];
	merges: [string, string][];
	groups: [string, string][];
	/** The own-voice rule (an outlet quoting its own staff speaks in its own voice) was off. */
	ownVoiceOff: boolean;
}

export function snapshotChanges(settings: CollectionSettings): SnapshotChanges {
	const { lexicon, speakers } = settings;
	return {
		added: lexicon.add.map((a) => a.term),
		removed: lexicon.remove,
		merges: Object.entries(speakers.merges ?? {}),
		groups: Object.entries(speakers.groups ?? {}),
		ownVoiceOff: speakers.ownVoice === false
	};
}

/** How many changes the banner lists. */
export const changeCount = (c: SnapshotChanges) => c.added.length + c.removed.length + c.merges.length + c.groups.length + (c.ownVoiceOff ? 1 : 0);
