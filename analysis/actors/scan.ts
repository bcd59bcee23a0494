// What the passes that add actors (names.ts, descriptions.ts, lone-words.ts) share while they read one text.
import type { Entity, EntityMention, Token, Tokenised } from '../types.js';
import type { Named } from './pronouns.js';

export interface NameScan {
	text: string;
	tok: Tokenised;
	tokens: Token[];
	/** Per token: part of an actor's mention already (or of a name that is no one's). */
	covered: Uint8Array;
	/** Per sentence: a heading, where capitals say nothing about names (capitals.ts). */
	titled: Uint8Array;
	/** Per token: inside a chant, a sign or a title in quotation marks, in title case (capitals.ts sloganTokens). */
	slogan: Uint8Array;
	/** The actors so far: the entity scan's, then those the passes add. */
	out: Entity[];
	/** The person actors in text order, for he/she to refer to. */
	named: Named[];
	/** A person's surname, an organisation's first word, met alone later: the actor it stands for. */
	surnames: Map<string, Entity>;
	/** Add a mention of the actor `key` over tokens from..to (a new actor if the key is new). */
	add: (key: string, kind: 'person' | 'org', plural: boolean, from: number, to: number, form: EntityMention['form'], someone?: boolean) => Entity;
	/** A code of letters and digits that speaker-groups.tsv does not know ("A380", "Olfr78"). */
	code: (t: Token) => boolean;
	/** A unit written onto a number, a word of a link or a market code at token k (settings.ts). */
	codeOrUnit: (k: number) => boolean;
	/** A wire's market code at token k: ".SPX", "EUR=", "LCOc1" (settings.ts). */
	ticker: (k: number) => boolean;
	/** The words the text writes in lower case ("research", "hours", "hunter"): common words. */
	lowerCase: Set<string>;
}
