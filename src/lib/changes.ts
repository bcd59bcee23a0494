// The facilitator's changes a collection's figures are computed with: loaded terms added and removed,
// speaker merges and regroupings, quotes corrected one by one, names left out as no actor, and the
// own-voice rule when it was switched off (the figures for loaded language in the outlet's own words
// depend on it). A snapshot's banner lists them; every source line counts them, so an exported chart
// says it was corrected by hand.
import type { CollectionSettings } from '$lib/server/types';

export interface SnapshotChanges {
	added: string[];
	removed: string[];
	merges: [string, string][];
	groups: [string, string][];
	/** The own-voice rule (an outlet quoting its own staff speaks in its own voice) was off. */
	ownVoiceOff: boolean;
	/** Quotes given a speaker (`speaker`) or found to be no quote (null), with their opening words and the outlet of their article. */
	quoteFixes: { words: string; speaker: string | null; outlet: string | null }[];
	/** Names the facilitator said are no actor. */
	notActors: string[];
}

/** A quote's opening words, at most about 60 characters, for a one-line list. */
const opening = (text: string) => (text.length > 60 ? `${text.slice(0, 61).replace(/\s+\S*$/, '')} …` : text);

/** `articles`: the snapshot's articles, so a corrected quote can say whose article it is in. */
export function snapshotChanges(settings: CollectionSettings, articles: { id: string; outlet: string }[] = []): SnapshotChanges {
	const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
	const { lexicon, speakers } = settings;
	return {
		added: lexicon.add.map((a) => a.term),
		removed: lexicon.remove,
		merges: Object.entries(speakers.merges ?? {}),
		groups: Object.entries(speakers.groups ?? {}),
		ownVoiceOff: speakers.ownVoice === false,
		quoteFixes: (speakers.quoteFixes ?? []).map((f) => ({ words: opening(f.text), speaker: f.speaker, outlet: outletOf.get(f.article) ?? null })),
		notActors: speakers.notActors ?? []
	};
}

/** How many changes the banner lists. */
export const changeCount = (c: SnapshotChanges) => c.added.length + c.removed.length + c.merges.length + c.groups.length + c.quoteFixes.length + c.notActors.length + (c.ownVoiceOff ? 1 : 0);

/** " · 3 changes by the facilitator" for a source line, or "" when there are none. */
export function changesNote(c: SnapshotChanges): string {
	const n = changeCount(c);
	return n ? ` · ${n} change${n === 1 ? '' : 's'} by the facilitator` : '';
}
