// One speaker, one group across a collection. Every article of a collection reports the same event, so
// a speaker the text of one article never describes ("Roe said …") is the one another article calls
// "Senator Jane Roe": their group comes from that article, and says so. Only a group
// the collection agrees on is shared (a name classified two ways stays as each article has it), and a
// speaker an article classifies itself keeps that article's group. Pure: runs after the facilitator's
// overrides, whose groups apply to every article already.
import type { ArticleAnalysis, Quote, SpeakerGroup, SpeakerOverrides } from '../types.js';
import { tallyQuotes } from './summary.js';

/** Where a shared group was read: the article, its outlet and the words that decided it. */
export interface GroupSource {
	group: SpeakerGroup;
	article: string;
	outlet: string;
	text: string | null;
}

/** Speakers classified in some article of the collection, with one group only, by name. */
export function sharedGroups(analyses: readonly Pick<ArticleAnalysis, 'id' | 'outlet' | 'speakers'>[]): Map<string, GroupSource> {
	const found = new Map<string, GroupSource | null>();
	for (const a of analyses) {
		for (const s of a.speakers) {
			if (s.group === 'unclassified') continue;
			const had = found.get(s.speaker);
			if (had === undefined) found.set(s.speaker, { group: s.group, article: a.id, outlet: a.outlet, text: s.groupEvidence?.text ?? null });
			else if (had && had.group !== s.group) found.set(s.speaker, null);
		}
	}
	const out = new Map<string, GroupSource>();
	for (const [name, src] of found) if (src) out.set(name, src);
	return out;
}

/** The article with its unclassified speakers given the group the collection knows them by. */
export function withSharedGroups(a: ArticleAnalysis, shared: ReadonlyMap<string, GroupSource>): ArticleAnalysis {
	const from = new Map<string, GroupSource>();
	for (const s of a.speakers) {
		const src = s.group === 'unclassified' ? shared.get(s.speaker) : undefined;
		if (src && src.article !== a.id) from.set(s.speaker, src);
	}
	if (!from.size) return a;
	const quotes: Quote[] = a.quotes.map((q) => {
		const src = q.speaker ? from.get(q.speaker) : undefined;
		return src ? { ...q, group: src.group } : q;
	});
	const { speakers, groups, cues, unattributed } = tallyQuotes([{ id: a.id, quotes, bodyLength: a.text.length, entities: a.entities }]);
	for (const s of speakers) {
		const src = from.get(s.speaker);
		if (src) s.groupFrom = { outlet: src.outlet, text: src.text };
	}
	return { ...a, quotes, speakers, groups, cues, unattributed };
}

/**
 * The facilitator's overrides with the shared groups as groups of their own, for figures that apply the
 * overrides again from each quote's original values (compareOutlets): a quote merged into a speaker
 * another article classifies ("man" into "patient") keeps that group there too. The facilitator's own
 * groups decide over the shared ones; a shared group is one the whole collection agrees on, so it changes
 * no speaker an article classified itself.
 */
export function withSharedOverrides(overrides: SpeakerOverrides, shared: ReadonlyMap<string, GroupSource>): SpeakerOverrides {
	if (!shared.size) return overrides;
	const groups = Object.create(null) as Record<string, SpeakerGroup>;
	for (const [name, src] of shared) groups[name] = src.group;
	for (const [name, g] of Object.entries(overrides.groups ?? {})) groups[name] = g;
	return { ...overrides, groups };
}
