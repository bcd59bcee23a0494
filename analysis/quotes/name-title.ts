// Where a name's title and the organisation before it begin, for the entity scan (entities.ts):
// "U.N. official Jonas Berg", "Amnesty International's Russia director Pavel Orlov", "President-elect
// Jane Doe", "Secretary of State Mike Pompeo", "math teacher Angela Cooper".
import type { Token } from '../types.js';
import type { Ctx } from './context.js';
import { isRoleWord, knownOrgNames, orgWords, personNouns, titleWords } from './data.js';
import { TIME_WORDS, afterHyphen, isCap, isPossessive, isUnit } from './mentions.js';
import { inHyphenCompound } from './mention-words.js';
import { OFFICE_LINKS, officeHolder, officeOf } from './offices.js';

const LOWER_START = /^\p{Ll}/u;
const LOWER_WORD = /^[\p{Ll}][\p{Ll}-]+$/u;
const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

/** What may come before lower-case role words taken as a title: an article, a possessive, a
 * capitalised word ("Wild coach"), a comma or the start. Not a verb: "told reporters Smith …". */
export const roleLead = (t: Token | undefined, ctx?: Ctx): boolean =>
	!t ||
	['the', 'a', 'an', 'his', 'her', 'their', 'its', ',', '(', '—', '–', ':', 'and', 'late', 'former', 'veteran', 'local'].includes(t.normal) ||
	isPossessive(t) ||
	(isCap(t) && t.pos !== 'VERB') ||
	(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'ADP') ||
	// "mass shooting victim Rocky Palermo": a gerund the tagger reads as a verb, in a compound noun
	(t.pos === 'VERB' && /ing$/.test(t.normal) && !isCap(t)) ||
	// "…," said singer Ally Brooke
	(!!ctx && ctx.isSpeechLemma(t));

/**
 * The first token of the title and organisation before the name at tokens [i, e) (i when there is none).
 */
/** Bodies in lower case before an office's title in capitals ("campaign Chairman", "state Sen."). */
const OFFICE_OF = new Set(['state', 'party', 'campaign', 'police', 'committee', 'school', 'schools', 'city', 'county', 'department', 'fire', 'union', 'district']);
/** Offices whose title a body's word may stand before (lower-cased forms, as tokens' `normal`). */
const OFFICES = new Set(['chairman', 'chairwoman', 'chair', 'chief', 'superintendent', 'sen.', 'sen', 'senator', 'rep.', 'rep', 'reps.', 'representative', 'commissioner', 'director', 'secretary', 'spokesman', 'spokeswoman', 'treasurer', 'manager', 'captain', 'president']);

/** A party's adjective before a title ("Democratic nominee Hillary Clinton"): part of the title, which says the party. */
const PARTY_ADJECTIVES = new Set(['democratic', 'republican']);

export function titleStart(ctx: Ctx, i: number, e: number): number {
	const { toks, text } = ctx;
	const titles = titleWords();
	let s = i;
	let office = -1;
	for (;;) {
		const hy = s >= 3 && toks[s - 2].value === '-' && toks[s - 3].end === toks[s - 2].start && toks[s - 2].end === toks[s - 1].start;
		const p = toks[s - 1];
		// (not across a sentence's end: "TEN HURT IN STADIUM COLLAPSE | Police said", a heading before it)
		const same = s > 0 && i - s < 10 && ctx.inQuote[s - 1] === ctx.inQuote[i] && !gap(text, p, toks[s]).includes('\n') && p.sentence === toks[i].sentence;
		// "President-elect", "co-CEO": a hyphenated title (either part a title word)
		if (hy && i - s < 10 && (titles.has(`${toks[s - 3].normal}-${toks[s - 1].normal}`) || titles.has(toks[s - 1].normal) || titles.has(toks[s - 3].normal))) s -= 3;
		// "AFL-CIO president Steven Tolman", "Coca-Cola spokesman": a capitalised hyphenated name before a title
		else if (hy && same && s < i && i - s < 8 && isCap(toks[s - 3]) && isCap(toks[s - 1]) && ctx.inQuote[s - 3] === ctx.inQuote[i]) s -= 3;
		// "the People's Daily", "the People's Liberation Army", "Children's Hospital": a capitalised common
		// noun's possessive right before the name is part of it
		else if (same && s === i && isPossessive(p) && p.start === toks[s - 2]?.end && toks[s - 2].pos === 'NOUN' && isCap(toks[s - 2]) && !isCap(toks[s - 3] ?? p)) s -= 2;
		// "editor-in-chief", "commander-in-chief": the rest of a hyphenated title, word by word
		// ("Post Editor-in-Chief Martin Baron": the word before "-in-" in capitals too)
		else if (same && s < i && p.value === '-' && s >= 2 && toks[s - 2].end === p.start && p.end === toks[s].start && (LOWER_START.test(toks[s - 2].value) || inHyphenCompound(toks, s))) s -= 2;
		// "founder and co-CEO", "president and chief executive": two titles joined
		else if (same && p.normal === 'and' && s - 2 >= 0 && s < i && (titles.has(toks[s - 2].normal) || personNouns().has(toks[s - 2].normal))) s--;
		// "International Atomic Energy Agency (IAEA) Director General Yukiya Amano": an organisation's
		// letters in brackets between its name and the title
		else if (same && p.value === ')' && toks[s - 3]?.value === '(' && /^[A-Z][A-Z&]{1,6}$/.test(toks[s - 2].value) && isCap(toks[s - 4] ?? p) && toks[s - 4] !== p) s -= 3;
		// ("WHO Director-General Tedros": an organisation known by its letters, whatever the tagger made of it)
		else if (same && (titles.has(p.normal) || titles.has(afterHyphen(p.normal)) || (isCap(p) && p.pos === 'PROPN' && !isUnit(toks, s - 1)) || (s < i && isCap(p) && PARTY_ADJECTIVES.has(p.normal)) || (/^[A-Z][A-Z&]{1,6}$/.test(p.value) && knownOrgNames().has(p.normal)) || (isPossessive(p) && s - 1 > 0 && isCap(toks[s - 2])))) s--;
		// "Secretary of the Treasury Steven Mnuchin", "ambassador to Ukraine Marie Yovanovitch": an office
		// held of, to or for what is named before the holder's name (officeHolder)
		else if (same && p.normal === 'the' && s >= 3 && OFFICE_LINKS.has(toks[s - 2].normal) && officeHolder(toks, s - 2, e, true)) s--;
		else if (same && OFFICE_LINKS.has(p.normal) && officeHolder(toks, s - 1, e, true)) s--;
		// "Secretary of State Mike Pompeo", "Department of Health officer Julie Graham"
		else if (same && p.normal === 'of' && s - 2 >= 0 && (titles.has(toks[s - 2].normal) || orgWords().has(toks[s - 2].normal)) && isCap(toks[s - 2])) s--;
		// "Minister of Foreign Affairs and Trade Péter Szijjártó": an office whose name has "and" in it,
		// taken whole only when it is a title's ("Clinton and Donald Trump" are two people)
		else if (same && p.normal === 'and' && isCap(toks[s]) && (office = officeOf(toks, s - 2)) >= 0) s = office;
		// "Clinton campaign Chairman John Podesta", "Tulsa police Chief Chuck Jordan", "state Sen. Pat Miller":
		// the body whose office a capitalised title before the name is, in lower case, and the name before it
		// (review GG of the 45th stop: Podesta's group had been read from "Chairman" alone; not "the orator
		// President Obama", whose title says it all)
		else if (same && !isCap(p) && OFFICE_OF.has(p.normal) && isCap(toks[s]) && OFFICES.has(toks[s].normal)) {
			s--;
			if (s > 0 && toks[s - 1].pos === 'PROPN' && isCap(toks[s - 1]) && toks[s - 1].sentence === toks[i].sentence && ctx.inQuote[s - 1] === ctx.inQuote[i] && !gap(text, toks[s - 1], toks[s]).includes('\n')) s--;
			break;
		}
		// "the immunologist De'Broski Herbert", "math teacher Angela Cooper", "Wild coach Bruce Boudreau":
		// lower-case role nouns right before a name are a title ("math and science teacher", but not
		// "Trump and Chinese leader Xi Jinping": two people).
		// (the word next to the name is a role: not "big name US politicians")
		// ("according to campaign manager Jeff Weaver": a body's word the tagger read as a verb after "to",
		// before a role noun)
		else if (same && s < i && i - s < 6 && !isCap(p) && p.pos === 'VERB' && OFFICE_OF.has(p.normal) && toks[s].pos === 'NOUN' && !isCap(toks[s])) s--;
		else if (same && i - s < 6 && !isCap(p) && (p.pos === 'NOUN' || ((p.pos === 'ADJ' || (p.normal === 'and' && !isCap(toks[s - 2] ?? p))) && s < i)) && LOWER_WORD.test(p.value) && !TIME_WORDS.has(p.normal) && roleLead(toks[s - 2], ctx) && (toks.slice(s, i).some((x) => !isCap(x)) || isRoleWord(p.normal) || isRoleWord(p.lemma))) s--;
		else break;
	}
	return s;
}
