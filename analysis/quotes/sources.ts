// Who can be the source of quoted words: a name or a personal pronoun, a group of people, a relation, an
// organisation or a document (attribution.ts and the quote finders ask).
import type { Token } from '../types.js';
import type { Ctx, Range } from './context.js';
import { TIME_WORDS } from './context.js';
import { ORG_DESCRIPTION_NOUNS, documentNouns, isPeopleWord, relationNouns } from './data.js';
import { shareAt } from './mention-words.js';
import { postposedAt } from './name-words.js';

/** The word of a share after its figure: "30 percent", "21%". */
const POLL_SHARE = new Set(['percent', '%', 'cent', 'pct']);

/** A noun phrase headed by a proper noun, or a personal pronoun. */
export function isNamed(toks: Token[], np: Range): boolean {
	const head = toks[np[1] - 1];
	return head.pos === 'PROPN' || (np[1] - np[0] === 1 && ['he', 'she', 'they'].includes(head.normal));
}

/**
 * Can this subject be the source of the quoted words in its clause? A name or a personal pronoun, and
 * also a group of people, someone's relation, an organisation or a document ("The ad hits Clinton for taking "…"", "The
 * email goes on to say: "…""): what the clause says it says is theirs. Not a time, a place or "it".
 */
export function isSource(ctx: Ctx, np: Range): boolean {
	const { toks } = ctx;
	if (isNamed(toks, np)) return true;
	// ("Federal officials familiar with the server": the noun before a sourcing adjective is the head)
	const post = postposedAt(toks, np);
	if (post > np[0]) return isSource(ctx, [np[0], post]);
	const head = toks[np[1] - 1];
	// ("Asked whether the mayor should resign, 30 percent said "yes."": a poll's share of people answers;
	// review W of the 40th stop had the mayor say it)
	if (POLL_SHARE.has(head.normal) && np[1] - np[0] <= 3 && toks[np[0]].pos === 'NUM') return true;
	if (shareAt(toks, np[0])) return true;
	if (head.pos !== 'NOUN' || TIME_WORDS.has(head.normal)) return false;
	const w = head.normal;
	const l = head.lemma.toLowerCase();
	// (and someone's relation: "Weeks' family had asked …", "his widow said"; and a noun for an
	// organisation, as canSpeak() reads it: "his team is suggesting", "the website said")
	return isPeopleWord(head) || documentNouns().has(w) || documentNouns().has(l) || relationNouns().has(w) || relationNouns().has(l) || ORG_DESCRIPTION_NOUNS.has(w) || ORG_DESCRIPTION_NOUNS.has(l);
}
