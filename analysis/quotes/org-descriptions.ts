// Which organisation a description such as "the company" or "the paper" can refer back to (coref.ts
// asks, for a definite description with an organisation's noun and no name of its own).
import type { Cluster } from './cluster.js';
import { compoundHead, knownPressNames, orgCompound, orgWords, pressWords } from './data.js';
import { companyName, isStateName } from './groups.js';

/** "the media", "the press", "on the radio": the press at large, never an organisation named before. */
export const MEDIA_AT_LARGE = new Set(['media', 'press', 'radio', 'television', 'tv', 'internet', 'web']);

/** The last word of a name, or what a hyphenated one names ("Review-Journal": journal). */
const lastPart = (words: readonly string[]) => {
	const w = words[words.length - 1];
	return w && (compoundHead(w) ?? w);
};

/** A name that does not say what kind of organisation it is ("Big Machine", "Apple"; not "Acme Corp",
 * "the Labor Department", a newspaper's "Las Vegas Review-Journal" or a state). */
function opaqueName(c: Cluster): boolean {
	const last = lastPart(c.words);
	return !isStateName(c.name) && !c.words.some((w) => orgWords().has(w) || orgCompound(w)) && !(last && pressWords().has(last)) && c.acronyms.size === 0 && c.words.length > 0;
}

/** Nouns that describe a newspaper or magazine, and those that describe a company. */
const PRESS_DESCRIPTIONS = new Set(['paper', 'newspaper', 'magazine', 'outlet', 'publication', 'tabloid', 'daily']);
/** Nouns for a broadcaster, and those that describe the press only after "news" ("the news agency"). */
const BROADCAST_DESCRIPTIONS = new Set(['network', 'broadcaster', 'channel']);
const NEWS_HEADS = new Set(['organization', 'organisation', 'agency', 'service', 'site', 'website']);
const COMPANY_DESCRIPTIONS = new Set(['company', 'firm', 'business', 'maker', 'manufacturer', 'carmaker', 'retailer', 'startup', 'insurer']);

/**
 * Does the name say the organisation is what the description calls it? "The Washington Times … the
 * paper" (a press name's last word, press-words.txt), "Apple Inc. … the company" (a company's,
 * company-words.txt). A name that says what it is otherwise ("the Justice Department") is not "the company".
 */
function describedBy(c: Cluster, head: string, news: boolean): boolean {
	const last = lastPart(c.words);
	if (!last) return false;
	// ("CNBC … the network", "Reuters … the news agency", "The news organization, citing …": the press
	// known by name)
	if ((PRESS_DESCRIPTIONS.has(head) || BROADCAST_DESCRIPTIONS.has(head) || (news && NEWS_HEADS.has(head))) && knownPressNames().has(c.name.toLowerCase())) return true;
	if (PRESS_DESCRIPTIONS.has(head)) return pressWords().has(last);
	// ("The Clean Rivers Trust issued a statement … “…,” the group said": a body of civil society named by
	// its kind is "the group" or "the organization"; review W of the 40th stop had "group" speak)
	if (BODY_DESCRIPTIONS.has(head)) return CIVIL_BODIES.has(last) && !companyName(c.name) && !isStateName(c.name);
	return COMPANY_DESCRIPTIONS.has(head) && !!companyName(c.name);
}

/** Nouns that describe any body of civil society, and the last words of such bodies' names. */
const BODY_DESCRIPTIONS = new Set(['group', 'organization', 'organisation', 'nonprofit', 'charity']);
const CIVIL_BODIES = new Set(['trust', 'foundation', 'coalition', 'union', 'society', 'association', 'alliance', 'institute', 'fund', 'league', 'network', 'federation', 'international', 'center', 'centre', 'project', 'watch', 'action', 'united', 'initiative', 'forum', 'collective']);

/**
 * Nouns for an undertaking rather than a body that runs it: "the campaign" after "Twitter" or "Noem" is
 * no company; it is one whose own name says it ("the Keep the Promise campaign" … "the campaign").
 */
const UNDERTAKINGS = new Set(['campaign', 'movement', 'effort', 'initiative', 'project', 'program', 'programme', 'drive']);

/**
 * Nouns for a body set up inside another, or a court: "the search committee" after "Google" is no
 * company (review NN of the 48th stop); one whose own name says it is ("the House Ethics Committee" …
 * "the committee").
 */
const COMMITTEES = new Set(['committee', 'subcommittee', 'commission', 'council', 'caucus', 'jury', 'court', 'tribunal']);

/**
 * Nouns for a state's government: "the government" after "the Taliban" or "Boeing" is no armed group
 * and no company (a body whose own name says it, "the Trump administration", is found by its word).
 */
export const STATE_BODIES = new Set(['government', 'administration', 'regime', 'ministry', 'cabinet', 'authorities']);

/**
 * Can the organisation be what "the <head>" refers back to: its name says nothing of its kind, or says
 * this kind? `news`: the description says "news" ("the news organization").
 */
export function describable(c: Cluster, head: string, news = false): boolean {
	if (UNDERTAKINGS.has(head) || COMMITTEES.has(head)) return c.words.includes(head);
	if (STATE_BODIES.has(head)) return false;
	return opaqueName(c) || describedBy(c, head, news);
}
