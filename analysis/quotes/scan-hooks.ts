// What the entity scan tells the entity index about the text around a mention (entity-index.ts sets
// each hook from the article's tokens): sentence bounds, speakers beside a name, modifiers, headlines,
// gendered nouns, unnamed people, fronted clauses. The index (coref.ts) and the pronoun and description
// resolvers (pronouns.ts, description-match.ts) ask them; each is null until the scan sets it.
import type { Cluster } from './cluster.js';

export class ScanHooks {
	/** The named person of the sentence before or this one, mentioned last before an offset (set by the scan). */
	recentPerson: ((at: number, end?: number) => Cluster | null) | null = null;

	/** Does a restrictive relative clause follow ("the staff member who reported the call")? (set by the scan) */
	restrictedAt: ((end: number) => boolean) | null = null;

	/** Is the offset in a line with no sentence end, a headline or a link ("China invites Taliban for talks")?
	 * A pronoun of the story does not point into one. (set by the scan) */
	headlineAt: ((offset: number) => boolean) | null = null;

	/** Is the offset in a line in title case with no sentence end ("'We Got Her!' Video Shows Rescue")? (set by the scan) */
	titleLineAt: ((offset: number) => boolean) | null = null;

	/** Is a noun for a person of this gender written between two offsets? (set by the scan) */
	genderedNounBetween: ((from: number, to: number, gender: 'm' | 'f') => boolean) | null = null;
	unnamedPersonBefore: ((from: number, to: number) => boolean) | null = null;

	/** Offsets of "the/a … <noun>" descriptions of people, by head noun, in text order. (set by the scan) */
	describedAt: ((head: string) => number[]) | null = null;

	/** Is the name at an offset a modifier of a noun after it ("Trump campaign chairman", "a June Trump campaign event")? (set by the scan) */
	modifierAt: ((offset: number) => boolean) | null = null;

	/** Is the name at an offset a modifier of a noun someone else owns ("their Facebook page", "his Trump
	 * Tower office")? A pronoun does not point back to it. (set by the scan) */
	ownedModifierAt: ((offset: number) => boolean) | null = null;

	/** Is the name at an offset only a qualifier of a common noun after it ("a Netflix documentary"), not
	 * a possessive? Such a mention names what something is, not an actor a later "the company" means. (set by the scan) */
	qualifierAt: ((offset: number) => boolean) | null = null;

	/** The start of the sentence before the one at an offset, and of that one, when both are in one paragraph. (set by the scan) */
	previousSentence: ((offset: number) => [number, number] | null) | null = null;

	/** Is the mention at an offset the speaker of a speech verb right beside it? (set by the scan) */
	speaksAt: ((offset: number, end?: number) => boolean) | null = null;

	/** … and is that speech verb "ask"? (set by the scan) */
	asksAt: ((offset: number, end?: number) => boolean) | null = null;

	/** Where the sentence with an offset starts. (set by the scan) */
	sentenceStartAt: ((offset: number) => number) | null = null;

	/** The lower-case words of up to three tokens right before an offset, in its sentence ("Chinese tech giant" before "Huawei"). (set by the scan) */
	wordsBefore: ((offset: number) => string[]) | null = null;

	/** Where the main clause of a sentence starts, after a clause it opens with (fronted.ts; set by the scan). */
	mainClauseAt: ((sentenceStart: number) => number) | null = null;

	/** Is an offset inside brackets its sentence opened before it ("(Sen. Paul Tsongas won here)")? (set by the scan) */
	bracketedAt: ((offset: number) => boolean) | null = null;

	/** Is there a preposition right before an offset? (set by the scan) */
	obliqueAt: ((offset: number) => boolean) | null = null;

	/** Is the name ending at an offset an owner, an "'s" right after it ("Ryan's comments")? (set by the scan) */
	possessorAt: ((end: number) => boolean) | null = null;

	/** When the pronoun at an offset is the subject of a cue after what it reports (", they say."), where that report starts; else -1. (set by the scan) */
	reportBeforeAt: ((offset: number) => number) | null = null;

	/** Does the sentence with an offset open with a name the scan took for no one, as its subject? (set by the scan) */
	unknownSubjectAt: ((offset: number) => boolean) | null = null;
}
