// Personal relations: "a sister of Senator Tom Ford", "Senator Tom Ford's sister", "a close friend of
// Prime Minister Benjamin Netanyahu". A description headed by a relation noun (relations.txt) to a
// person named says who someone is related to, not whom they work for: the person is no affiliation
// of theirs, and the words past the relation (the senator's title) say nothing of their group, where
// "an aide to Senator Tom Ford" is of his office.
import type { Span, Token } from '../types.js';
import { givenName, outsideRoles, parseList, readDataFile, relationNouns, titleWords } from './data.js';
import { isCap, isPossessive } from './mention-words.js';

/** A person's name: a given name in it, or a title before capitalised words ("Senator Tom Ford", "Mrs. Ford"). */
function namesPerson(name: string): boolean {
	const ws = name.replace(/[’']s$/, '').split(/\s+/).filter(Boolean);
	if (ws.length < 2 || !ws.every((w) => /^\p{Lu}/u.test(w))) return false;
	return ws.some((w) => givenName(w) !== undefined) || titleWords().has(ws[0].toLowerCase().replace(/\.$/, ''));
}

/** Is `head` (the words of a description before the person `other` names) a relation to that person? */
export function personalRelation(head: string | null | undefined, other: string | null | undefined): boolean {
	if (!head || !other || !namesPerson(other)) return false;
	return relationWord(head, 0) !== null;
}

/** The last relation word of a phrase at `start`, outside the span `other` (the person it relates to). */
export function relationWord(phrase: string, start: number, other?: Span | null): (Span & { text: string }) | null {
	const nouns = relationNouns();
	let found: (Span & { text: string }) | null = null;
	for (const w of phrase.matchAll(/\p{L}+/gu)) {
		const s = start + w.index!;
		const e = s + w[0].length;
		if (other && s < other.end && e > other.start) continue;
		if (nouns.has(w[0].toLowerCase())) found = { start: s, end: e, text: w[0] };
	}
	return found;
}

type Described = Span & { text: string; affiliation?: string | null; affiliationSpan?: Span | null };

let suffered: Set<string> | null = null;
/** Nouns for what someone suffered at another's hands (suffered.txt: "victim", "survivor"). */
function sufferedNouns(): Set<string> {
	return (suffered ??= new Set(parseList(readDataFile('suffered.txt'))));
}

/** Does a noun relate someone to whoever comes after "of" without making them its member or its voice? */
const fromOutside = (noun: string) => sufferedNouns().has(noun) || outsideRoles().has(noun);

/**
 * The relation word of a mention that relates someone to the person its affiliation names ("sister" in
 * "a sister of Senator Tom Ford"), to whoever did something to them, person or organisation
 * ("victim" in "a victim of Epstein's trafficking ring"), or to whom they stand outside of ("critic"
 * in "a critic of the Kremlin", outside.txt).
 */
function relationOf(m: Described): (Span & { text: string }) | null {
	// ("a Barclays Bank customer", "a longtime Kremlin critic": such a role after the name it stands
	// outside of; parseMention() gives it no affiliation)
	const last = outsideRoleAtEnd(m.text);
	if (last) return { start: m.start + last.at, end: m.start + last.at + last.word.length, text: last.word };
	if (!m.affiliation || !m.affiliationSpan) return null;
	// ("a supporter of Senator Tom Ford" relates her to him from outside, as "a sister of" does)
	const personal = namesPerson(m.affiliation) ? relationWord(m.text, m.start, m.affiliationSpan) : null;
	if (personal) return personal;
	const w = /^(?:(?:a|an|the|one|another)\s+(?:of\s+(?:the|his|her|their)\s+)?)?(?:\p{Ll}+\s+)?(\p{Ll}+)\s+of\b/u.exec(m.text);
	if (!w || !fromOutside(w[1])) return null;
	const start = m.start + w.index + w[0].lastIndexOf(w[1]);
	return { start, end: start + w[1].length, text: w[1] };
}

/** The role from outside (outside.txt) that ends a phrase ("critic" of "a Kremlin critic"), or null. */
export function outsideRoleAtEnd(phrase: string): { at: number; word: string } | null {
	const last = /\p{Ll}+$/u.exec(phrase);
	return last && outsideRoles().has(last[0]) ? { at: last.index, word: last[0] } : null;
}

/**
 * The relation or harm word heading an aside about another person ("victim" in "a victim of cleric Tom
 * Vale", "sister" in "a sister of Senator Tom Ford"), at `start` in the text, or null.
 */
export function relationBefore(aside: string, start: number): (Span & { text: string }) | null {
	const w = /^(?:a|an|the|one|another)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s+(?:of|to)\s/u.exec(aside);
	if (!w || !(fromOutside(w[1]) || relationNouns().has(w[1]))) return null;
	const s = start + w[0].lastIndexOf(w[1], w[0].length - 4);
	return { start: s, end: s + w[1].length, text: w[1] };
}

/** Does a mention relate someone to the person its affiliation names? */
export const relatesToPerson = (m: Described): boolean => relationOf(m) !== null;

/**
 * What a description says of who someone is, as a facet's span and words: the whole description, or
 * only its relation word when it relates them to a person it names.
 */
export function describedAs(m: Described): Span & { text: string } {
	return relationOf(m) ?? { start: m.start, end: m.end, text: m.text };
}

/**
 * Does an aside at token `a` name how someone is related to a person by a possessive, up to the comma
 * or bracket that closes it ("Ronald Reagan's daughter,", "Ford's younger sister,")? The relation noun's
 * token index, else -1.
 */
export function possessiveRelation(toks: Token[], a: number): number {
	let p = a;
	while (p < toks.length && p - a < 5 && (isCap(toks[p]) || toks[p].value === '.') && !isPossessive(toks[p])) p++;
	if (p === a || !toks[p] || !isPossessive(toks[p])) return -1;
	let z = p + 1;
	while (toks[z] && z - p < 4 && toks[z].pos === 'ADJ') z++;
	const closes = toks[z + 1]?.value;
	return toks[z] && !isCap(toks[z]) && relationNouns().has(toks[z].normal) && (closes === ',' || closes === ')' || closes === '—' || closes === '–') ? z : -1;
}
