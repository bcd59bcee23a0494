// The contract of stage 2, quotes: each quote with its speaker, cue, group and the words that decided
// them, the per-speaker and per-group tallies, and the entities (people and organisations) the article
// mentions. Re-exported by types.ts, which had passed 600 lines; import from '../types.js' as before.
import type { QuoteFix, Span } from './types.js';

export type SpeakerGroup =
	| 'government'
	| 'international body'
	| 'rights group or NGO'
	| 'media'
	| 'expert or academic'
	| 'business'
	| 'citizen'
	| 'other'
	| 'unclassified';

export const SPEAKER_GROUPS: readonly SpeakerGroup[] = [
	'government',
	'international body',
	'rights group or NGO',
	'media',
	'expert or academic',
	'business',
	'citizen',
	'other',
	'unclassified'
];

/**
 * The words in the article that decided something about a speaker or entity: the group ("Sen." →
 * government) or the affiliation ("of Brightwater University"). `pattern` is the rule that matched
 * (a phrase of speaker-groups.tsv, or a description such as "age and home town").
 */
export interface Evidence extends Span {
	text: string;
	pattern: string | null;
}

/** One mention of a person or organisation: a name, a short name, a title, a description, a pronoun. */
export interface EntityMention extends Span {
	text: string;
	form: 'name' | 'short name' | 'description' | 'pronoun';
	/** Inside a quotation: someone else's words naming the entity. */
	quoted?: boolean;
}

/**
 * A person or organisation the article mentions, with every mention of it clustered (coreference):
 * "Senator Jane Roe", "Roe", "the Kansas Republican", "she". Found for every entity, speaker or not.
 */
export interface Entity {
	/** Canonical name: the fullest name used, or the description for an unnamed source ("officials"). */
	name: string;
	kind: 'person' | 'org';
	/** "officials", "residents", "they": a group of people spoken of as one source. */
	plural: boolean;
	group: SpeakerGroup;
	groupEvidence: Evidence | null;
	affiliation: string | null;
	affiliationEvidence: Evidence | null;
	/** Titles, roles and descriptions given anywhere in the article ("Sen.", "a Kansas Republican"). */
	descriptions: string[];
	/** Every mention, in text order. */
	mentions: EntityMention[];
}

export type CueKind = 'neutral' | 'loaded';

export interface Quote extends Span {
	text: string;
	kind: 'direct' | 'indirect';
	/** Canonical speaker name (a later "he" or bare surname such as "Okafor" is resolved to the full name used earlier). */
	speaker: string | null;
	/** Where the speaker is named for this quote (the mention, which may be a pronoun or short form). */
	speakerStart: number | null;
	speakerEnd: number | null;
	/** The reporting verb or phrase, e.g. "said", "according to", "derided". */
	cue: string | null;
	cueStart: number | null;
	cueEnd: number | null;
	cueKind: CueKind;
	affiliation: string | null;
	group: SpeakerGroup;
	/** Word count of the quoted content (only the `parts`, when there are parts). */
	words: number;
	/**
	 * The pieces inside quotation marks when they are not the whole span: a statement interrupted by its
	 * attribution ("A," X said, "B.") is one quote whose span runs from A to B, and only its parts are
	 * the speaker's words. Absent when the span is all the speaker's.
	 */
	parts?: Span[];
	/**
	 * The speaker speaks for the outlet itself (its own spokesperson or staff): their loaded words
	 * count as the outlet's own voice. Set after analysis, unless the facilitator switched the rule off.
	 */
	ownVoice?: boolean;
	/** The facilitator gave this quote its speaker (a QuoteFix), so nothing in the text marks who it is. */
	given?: boolean;
}

/** Per-speaker or per-group totals. */
export interface QuoteTally {
	quotes: number;
	words: number;
	/** Share of the article's (or outlet's) quoted words, 0..1. */
	share: number;
	/** Where the first quote starts, as a fraction of the body length, 0..1. */
	firstPosition: number;
}

export interface SpeakerSummary extends QuoteTally {
	speaker: string;
	affiliation: string | null;
	group: SpeakerGroup;
	cues: Record<string, number>;
	/** Per article only (absent from an outlet's totals): the words that decided the group. */
	groupEvidence?: Evidence | null;
	/** Per article only: the words that gave the affiliation. */
	affiliationEvidence?: Evidence | null;
	/** Per article only: every mention of the speaker, merged by coreference (names, titles, pronouns). */
	mentions?: EntityMention[];
	/** The group was set by the facilitator, not read from the text. */
	regrouped?: boolean;
	/** Per article only: the facilitator gave this speaker one or more of its quotes. */
	given?: boolean;
	/**
	 * Per article, in a collection: this article says nothing of who the speaker is, so the group is the
	 * one another article of the collection gives them (its outlet, and the words that decided it).
	 */
	groupFrom?: { outlet: string; text: string | null };
}

export interface GroupSummary extends QuoteTally {
	group: SpeakerGroup;
}
