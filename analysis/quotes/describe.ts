// What the text says about who someone is, right around a name: appositives ("Roe, a Kansas
// Republican,"), ages and home towns, relative clauses ("who chairs the Acme Trust", "who lives near
// the plant"), party labels, acronyms, "is a …", "named X as …". Read by the entity scan (entities.ts)
// for each name it finds; each fact becomes a facet of the entity, with its span as evidence. The
// definite descriptions that refer back to someone described so ("the senator", "the 62-year-old", "the
// company") are read by definite-description.ts.
import type { Span, Token } from '../types.js';
import { Ctx } from './context.js';
import { ORG_DESCRIPTION_NOUNS, firstNames, givenName, isPeopleWord, orgWords, personNouns, placeNames, pressWords, relationNouns, titleWords } from './data.js';
import { describedAs, personalRelation, possessiveRelation, relationBefore, relationWord } from './relations.js';
export { ORG_DESCRIPTION_NOUNS };
import { EntityIndex } from './coref.js';
import { CANDIDATE_PATTERN, Cluster } from './cluster.js';
import { FORMER, headWord, isAcronym } from './name-words.js';
import { RELATIVE_PRONOUNS, isCap, isPossessive, parseMention, type Mention } from './mentions.js';
import { HONORIFIC } from './mention-words.js';
import { opensWithShare } from './groups.js';
import { campusAfter, compoundVerb, namedAfter, npLeft, npRight } from './phrases.js';
import { asRole, frontedRole, opensWithRole } from './as-role.js';
import { relativeFacets } from './relative-facets.js';
import { listedUnder } from './listed-under.js';
export { restrictiveRelative } from './relative-facets.js';


/** Determiners that open a description of a person: "a Kansas Republican", "her mother". */
export const DESCRIPTION_DETS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'one']);
/** "(R-Kan.)", "(D-N.Y.)", "(I-Vt.)": the US convention for a member of Congress or a state legislature. */
const PARTY_LABEL = /^\(\s*[DRIL]\s*[-–,]\s*[A-Z][A-Za-z. ]{0,14}\)$/;

/**
 * ", a union that …", ", a nonprofit group.": an appositive of a kind of organisation right after an
 * organisation's name at token y (its comma); the token after its head noun, or -1.
 */
function organisationAppositive(toks: Token[], y: number): number {
	if (toks[y]?.value !== ',' || !['a', 'an'].includes(toks[y + 1]?.normal ?? '')) return -1;
	let h = y + 2;
	while (h < toks.length && h - y < 6 && (toks[h].pos === 'ADJ' || toks[h].pos === 'NOUN' || toks[h].pos === 'PROPN') && !isCapWord(toks[h]) && (toks[h + 1]?.pos === 'ADJ' || toks[h + 1]?.pos === 'NOUN')) h++;
	const head = toks[h];
	if (!head || head.pos !== 'NOUN' || !(ORG_DESCRIPTION_NOUNS.has(head.normal) || orgWords().has(head.normal) || orgWords().has(head.lemma.toLowerCase()))) return -1;
	const after = toks[h + 1];
	return !after || [',', '.', ';', 'that', 'which', 'whose', 'with', 'in', 'based'].includes(after.normal) ? h + 1 : -1;
}
/** What opens a second object after "called X" ("a traitor", "dishonest", "his enemy"). */
const SECOND_OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);
const isCapWord = (t: Token) => /^\p{Lu}/u.test(t.value);

// (module functions, not closures made on every call of describe, which runs for every name)
const spanOf = (toks: Token[], a: number, z: number): Span => ({ start: toks[a].start, end: toks[z - 1].end });
const strOf = (text: string, toks: Token[], a: number, z: number) => text.slice(toks[a].start, toks[z - 1].end).replace(/\s+/g, ' ');

/**
 * What the text says right around a name about who it is: appositives, ages and home towns, relative
 * clauses, party labels, acronyms, "is a …", and a description just before it. Returns where the scan
 * continues (after what was read).
 */
/**
 * An acronym in brackets after a name is its short form when it starts with the name's first letter
 * ("Drug Enforcement Administration (DEA)", "the Islamic State (IS)"); "WASHINGTON (AP)" is a
 * dateline and its wire service.
 */
function acronymFits(name: string, acronym: string): boolean {
	const first = name.replace(/^(?:the|The|THE)\s+/, '').charAt(0).toUpperCase();
	return first !== '' && acronym.charAt(0).toUpperCase() === first;
}

/** Adverbs that may open an appositive before its article: ", now the front-runner,". */
const NOW_WORDS = new Set(['now', 'also', 'currently', 'still']);

export function describe(ctx: Ctx, index: EntityIndex, c: Cluster, s: number, e: number, m: Mention): number {
	const { toks, text } = ctx;
	const roles = personNouns();
	let k = e;
	// "(R-Kan.)", "(DEP)"
	if (toks[k]?.value === '(') {
		let z = k + 1;
		while (z < toks.length && toks[z].value !== ')' && z - k < 10) z++;
		if (toks[z]?.value === ')') {
			const inner = strOf(text, toks, k, z + 1);
			if (c.kind === 'person' && PARTY_LABEL.test(inner)) c.addFacet({ ...spanOf(toks, k, z + 1), text: inner, role: 'party' });
			else if (c.kind === 'org' && z === k + 2 && isAcronym(toks[k + 1].value) && acronymFits(strOf(text, toks, s, e), toks[k + 1].value)) index.addAcronym(c, toks[k + 1].value, toks[k + 1]);
			k = z + 1;
		}
	}
	// "Ann Roe, D-Ohio, said", "Mark Kirk, R-Ill., who …": the party label between commas, as AP writes it
	if (c.kind === 'person' && k === e && toks[k]?.value === ',' && /^[DRI]$/.test(toks[k + 1]?.value ?? '') && toks[k + 2]?.value === '-' && toks[k + 2].start === toks[k + 1].end) {
		let z = k + 3;
		while (z < toks.length && toks[z].value !== ',' && z - k < 10 && toks[z].sentence === toks[k].sentence) z++;
		const inner = strOf(text, toks, k + 1, z);
		if (toks[z]?.value === ',' && PARTY_LABEL.test(`(${inner})`)) c.addFacet({ ...spanOf(toks, k + 1, z), text: inner, role: 'party' });
	}
	// "writers including Neil Gaiman", "officials such as Jane Roe", "senators, among them Tom Vale of
	// Ohio and Ann Roe of Iowa": one of those people
	if (c.kind === 'person' && (!m.title || HONORIFIC.test(m.title))) {
		const n = listedUnder(toks, s);
		if (n >= 0 && (roles.has(toks[n].normal) || roles.has(toks[n].lemma.toLowerCase()))) c.addFacet({ start: toks[n].start, end: toks[n].end, text: toks[n].value, role: 'description' });
	}
	// Left: "A spokesman for the council, Jane Doe," / "Her mother, Fiona," / "Ford's sister, Martha Fry,"
	if (c.kind === 'person' && s > 1 && toks[s - 1].value === ',') {
		const l = npLeft(toks, s - 2, Math.max(0, s - 14));
		const first = l ? toks[l[0]] : null;
		const before = l ? toks[l[0] - 1] : null;
		const possessed = !!l && toks.slice(l[0], s - 1).some((x) => isPossessive(x));
		// (the phrase starts its clause: not "the group that owns most of her music, Big Machine,")
		// (or its head is a role: "an email address for Ford's sister, Martha Fry")
		const roleHead = !!l && (roles.has(toks[s - 2].normal) || roles.has(toks[s - 2].lemma.toLowerCase()));
		// (or a role "according to" names: "According to his aunt, Jane Starner, …"; not a document, "According to
		// an FBI summary, Cheryl Mills, a top aide, sent …")
		const starts = !before || [',', '(', ':', '—', '–', 'and', 'but'].includes(before.normal) || before.sentence !== toks[l![0]].sentence || ctx.isMark[l![0] - 1] || (roleHead && before.normal === 'to' && toks[l![0] - 2]?.normal === 'according');
		// (not the last words of a clause the sentence opens with: "At a time when voters have gravitated to Mr.
		// Trump's impulsiveness and Mr. Sanders's idealism, Mrs. Clinton has displayed …"; review QQ of the
		// 52nd stop had "Mr. Sanders's idealism" a description of Clinton, and Sanders her affiliation)
		// (the name, with no comma after it, the subject of the verb right after; words before the phrase;
		// an opening "As …" lists the subject's own roles: "As a lung biologist and a colleague of Herbert's …,
		// Andrew Vaughan followed")
		const closesFronted = (from: number) => {
			if (toks[e]?.pos !== 'VERB' && toks[e]?.pos !== 'AUX') return false;
			let opening = ctx.sentenceStart(from);
			while (opening < from && (toks[opening].pos === 'CCONJ' || ctx.isMark[opening])) opening++;
			return opening < from && toks[opening].normal !== 'as';
		};
		if (l && first && (DESCRIPTION_DETS.has(first.normal) || possessed) && (starts || (roleHead && possessed)) && (!before || before.value !== ',' || l[0] - 1 === 0) && ctx.inQuote[l[0]] < 0 && !closesFronted(l[0])) {
			const ap = parseMention(text, toks, l[0], s - 1);
			if (ap && ap.kind !== 'person' && ap.kind !== 'pronoun' && isDescriptionHead(toks[s - 2], roles, ap)) addDescriptionFacets(index, c, ap);
		}
	}
	// "a Canadian man by the name of Jeff", "a woman named Maria Lopez": the phrase the name is given to
	// ("a fellow named Khan" is any man, not a research fellow)
	if (c.kind === 'person' && s > 2) {
		// (not "called X a traitor", "called X dishonest": a second object after the name is what X is called)
		const secondObject = toks[e] && toks[e].sentence === toks[s].sentence && (SECOND_OBJECT_POS.has(toks[e].pos) || isPossessive(toks[e]) || !!ctx.isMark[e]);
		const by = secondObject ? -1 : namedAfter(toks, s);
		const l = by >= 0 && toks[by].sentence === toks[s].sentence ? npLeft(toks, by, Math.max(0, by - 8)) : null;
		if (l && ['a', 'an', 'the'].includes(toks[l[0]].normal) && ctx.inQuote[l[0]] < 0 && toks[by].normal !== 'fellow' && (roles.has(toks[by].normal) || roles.has(toks[by].lemma.toLowerCase()))) {
			const ap = parseMention(text, toks, l[0], by + 1);
			if (ap && ap.kind !== 'person' && ap.kind !== 'pronoun') addDescriptionFacets(index, c, ap);
		}
	}
	// "put Jane Doe in charge of the federal Bureau of Prisons": the organisation she heads
	if (c.kind === 'person' && toks[k]?.normal === 'in' && toks[k + 1]?.normal === 'charge' && toks[k + 2]?.normal === 'of' && ctx.inQuote[k] < 0) {
		let b = k + 3;
		if (toks[b]?.normal === 'the') b++;
		while (b < toks.length && b - k < 7 && !isCap(toks[b]) && toks[b].pos === 'ADJ') b++;
		let y = b;
		while (y < toks.length && y - b < 10 && (isCap(toks[y]) || (['of', '&', 'and', 'for', 'the'].includes(toks[y].normal) && isCap(toks[y + 1] ?? toks[y]))) && !ctx.isMark[y]) y++;
		if (y > b && !placeNames().has(strOf(text, toks, b, y))) {
			c.addFacet({ ...spanOf(toks, b, y), text: strOf(text, toks, b, y), role: 'affiliation' });
			k = y;
		}
	}
	// "Jane Doe of Acme Corp", "Herbert at the University of Pennsylvania": the organisation right after
	// the name (a place there is a home town).
	// ("according to Bill Gertz in the Washington Times": a writer in the paper they write for)
	const inPaper = toks[k]?.normal === 'in' && writesIn(ctx, k + 1);
	if (c.kind === 'person' && (['of', 'at', 'from', 'with', 'for'].includes(toks[k]?.normal ?? '') || inPaper) && ctx.inQuote[k] < 0) {
		let b = k + 1;
		if (toks[b]?.normal === 'the') b++;
		if (b < toks.length && isCap(toks[b]) && toks[b].pos !== 'PRON') {
			let y = b;
			// (not on into the next person of a list: "Sens. Ann Roe of Ohio and Tom Vale of Iowa")
			const nextPerson = (y: number) => toks[y].normal === 'and' && !!toks[y + 1] && (firstNames().has(toks[y + 1].normal) || !!ctx.entities?.lookup(toks[y + 1].start, 'person'));
			while (y < toks.length && y - b < 10 && (isCap(toks[y]) || (['of', '&', 'and', 'for', 'the'].includes(toks[y].normal) && isCap(toks[y + 1] ?? toks[y]) && !nextPerson(y)) || (toks[y].value === '.' && toks[y + 1]?.start === toks[y].end)) && !ctx.isMark[y]) y++;
			// "of the San Francisco prosecutor's office": a place's office, department or council is an
			// organisation, not a home town
			let z = y;
			while (z < toks.length && z - y < 5 && !isCap(toks[z]) && (((toks[z].pos === 'NOUN' || toks[z].pos === 'ADJ') && !ctx.isMark[z]) || (isPossessive(toks[z]) && z > y))) z++;
			if (z > y && isPossessive(toks[z - 1])) z--;
			if (z > y && (orgWords().has(toks[z - 1].normal) || orgWords().has(toks[z - 1].lemma.toLowerCase()))) y = z;
			// ("of the University of California, Berkeley": the campus after the comma is the name's; an
			// organisation's word anywhere in the name makes it no home town)
			const campusEnd = campusAfter(toks, y, b);
			if (campusEnd > 0) y = campusEnd;
			if (y > b) {
				const name = strOf(text, toks, b, y);
				const place = placeNames().has(name) || (toks[k].normal === 'of' && toks[y]?.value === ',' && !toks.slice(b, y).some((x) => orgWords().has(x.normal)));
				// (a place is a home town after "of" or "from" only: "meet with Sanders at the White House" is
				// where they meet, "Roe of Raleigh" where she lives)
				if (!place || toks[k].normal === 'of' || toks[k].normal === 'from') c.addFacet({ ...spanOf(toks, b, y), text: name, role: place ? 'home' : 'affiliation' });
				k = y;
				// "executive director of National Nurses United, a union that endorsed Sanders": what the
				// organisation is, in its own appositive, is the affiliation too (tried after its name; review
				// U of the 39th stop had her in business by "executive")
				const kind = place ? -1 : organisationAppositive(toks, y);
				if (kind > 0) {
					c.addFacet({ ...spanOf(toks, y + 1, kind), text: strOf(text, toks, y + 1, kind), role: 'affiliation' });
					k = kind;
				}
			}
		}
	}
	// Right: ", a Kansas Republican,", ", 30, of Raleigh,", ", who chairs the Acme Trust,"
	let asideStart = k;
	for (let rep = 0; rep < 3 && toks[k]?.value === ','; rep++) {
		// (", executive director of Nurses United, a union that …": the organisation the aside before
		// ended on, described; its kind is the affiliation too)
		if (c.kind === 'person' && k > 0) {
			const kind = organisationAppositive(toks, k);
			if (kind > 0 && c.facets.some((f) => f.role === 'affiliation' && f.end === toks[k - 1].end)) {
				c.addFacet({ ...spanOf(toks, k + 1, kind), text: strOf(text, toks, k + 1, kind), role: 'affiliation' });
				k = kind;
				continue;
			}
		}
		// (", a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC,": an aside
		// whose relative clause ended on a name leaves the appositive after it to that name; review NN of
		// the 48th stop had the PAC his affiliation)
		// (when that name is whom they speak for, what the appositive calls it is their affiliation's kind:
		// "who was a member of the AfroSpear, a group of black bloggers,")
		if (rep > 0 && isCap(toks[k - 1]) && toks.slice(asideStart + 1, k).some((x) => x.normal === 'who' || x.normal === 'which' || x.normal === 'that')) {
			let z = k + 1;
			while (z < toks.length && z - k < 12 && ![',', ';', ')', '—', '–', '.'].includes(toks[z].value) && !ctx.isMark[z]) z++;
			const described = DESCRIPTION_DETS.has(toks[k + 1]?.normal ?? '') && z > k + 2 && !toks.slice(k + 1, z).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
			if (c.kind === 'person' && described && c.facets.some((f) => f.role === 'affiliation' && f.end === toks[k - 1].end)) c.addFacet({ ...spanOf(toks, k + 1, z), text: strOf(text, toks, k + 1, z), role: 'affiliation' });
			break;
		}
		asideStart = k;
		// (", now the Republican presidential front-runner,", ", also a former mayor,": an adverb of time
		// before the description)
		const a = NOW_WORDS.has(toks[k + 1]?.normal ?? '') && DESCRIPTION_DETS.has(toks[k + 2]?.normal ?? '') ? k + 2 : k + 1;
		const t = toks[a];
		if (!t || ctx.inQuote[a] >= 0 || ctx.isMark[a]) break;
		// ("For Trump, a majority of likely voters, 56%, have …": a share of people as a poll counts them is
		// the clause's subject, no one's appositive; review KK of the 47th stop had Trump a citizen by it)
		// (not "one of the president's closest aides", which is one person)
		if (opensWithShare(text.slice(t.start, t.start + 60))) break;
		if (t.pos === 'NUM' && /^\d{1,3}$/.test(t.value) && [',', '.', ';'].includes(toks[a + 1]?.value ?? '')) {
			c.addFacet({ ...spanOf(toks, a, a + 1), text: t.value, role: 'age' });
			k = a + 1;
			continue;
		}
		// "Adam Warren, CC ’22,", "Jane Roe, ’19,": a school and class year, as student papers write them, is
		// a student's (a private person where they study)
		{
			const y = t.value.length <= 5 && /^\p{Lu}+$/u.test(t.value) ? a + 1 : a;
			if (c.kind === 'person' && CLASS_YEAR_MARK.test(toks[y]?.value ?? '') && /^\d\d$/.test(toks[y + 1]?.value ?? '') && toks[y + 1].start === toks[y].end && [',', '.', ';', ')'].includes(toks[y + 2]?.value ?? '')) {
				c.addFacet({ ...spanOf(toks, a, y + 2), text: strOf(text, toks, a, y + 2), role: 'description', group: 'citizen', pattern: "a student's school and class year" });
				k = y + 2;
				continue;
			}
		}
		// ", of Raleigh,": a home town; ", of Lancaster University," / ", from Lancaster University's
		// biomedical department,": an organisation's name (an organisation word in it) is whom they speak for
		if ((t.normal === 'of' || t.normal === 'from') && isCap(toks[a + 1] ?? t) && c.kind === 'person') {
			let z = a + 1;
			while (z < toks.length && z - a < 8 && ![',', '.', ';', ')'].includes(toks[z].value) && !ctx.isMark[z]) z++;
			let y = a + 1;
			while (y < z && (isCap(toks[y]) || (['of', '&', 'and', 'for', 'the'].includes(toks[y].normal) && isCap(toks[y + 1] ?? toks[y])))) y++;
			const org = toks.slice(a + 1, y).some((x) => orgWords().has(x.normal)) && !placeNames().has(strOf(text, toks, a + 1, y));
			if (org) c.addFacet({ ...spanOf(toks, a + 1, y), text: strOf(text, toks, a + 1, y).replace(/[’']s$/, ''), role: 'affiliation' });
			else c.addFacet({ ...spanOf(toks, a, z), text: strOf(text, toks, a, z), role: 'home' });
			k = z;
			continue;
		}
		if (t.normal === 'who' || t.normal === 'whose' || t.normal === 'which') {
			let z = a + 1;
			while (z < toks.length && z - a < 30 && ![',', '.', ';', '—', '–'].includes(toks[z].value) && !ctx.isMark[z]) z++;
			relativeFacets(ctx, c, a, z);
			k = z;
			// ("Farrakhan, whose name, the Anti-Defamation League wrote, …": a relative clause broken off
			// before its verb goes on after the interruption; what follows the comma is no appositive)
			if (!toks.slice(a + 1, z).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) break;
			continue;
		}
		// The aside runs to the next comma, bracket, dash or sentence end.
		// (", the United Nations High Commissioner for Refugees (UNHCR),": an organisation's short form in
		// brackets ends the aside before it; review II of the 46th stop had the office an organisation of
		// its own and the man who holds it unclassified)
		const shortForm = (z: number) => toks[z].value === '(' && z > a + 1 && isAcronym(toks[z + 1]?.value ?? '') && toks[z + 2]?.value === ')';
		let z = a;
		while (z < toks.length && z - a < 30 && ![',', ';', ')', '—', '–'].includes(toks[z].value) && !ctx.isMark[z] && !(toks[z].value === '.' && ctx.isSentenceEnd(z)) && !shortForm(z)) z++;
		// "According to the Daily Star, a police officer who spoke … revealed that …": after an opening
		// "according to X," the phrase that no comma closes is the sentence's subject, not X's appositive
		if (rep === 0 && !closesAside(toks[z]) && openedByAccordingTo(toks, s)) break;
		// "one of his editors at Tor", "one of the study authors"
		let a2 = a;
		if (['one', 'two', 'three', 'some', 'another'].includes(t.normal) && toks[a + 1]?.normal === 'of') a2 = a + 2;
		while (a2 < z && ['his', 'her', 'their', 'its', 'our', 'the'].includes(toks[a2].normal) && a2 > a) a2++;
		// "a Spokane and Seattle advertising and design agency": an aside that opens with an article and
		// ends in a common noun describes the entity, whatever the phrase parser makes of its middle.
		const closed = z < toks.length && ([',', ')', ';', '—', '–'].includes(toks[z].value) || shortForm(z));
		// ("the 16-year-old teen who says he was wearing the hat": the description ends at its relative clause)
		let zd = a + 1;
		while (zd < z && toks[zd].normal !== 'who') zd++;
		if (DESCRIPTION_DETS.has(t.normal) && closed && zd - a >= 2 && (toks[zd - 1].pos === 'NOUN' || isPeopleWord(toks[zd - 1])) && !isCap(toks[zd - 1]) && !toks.slice(a, zd).some((x, j) => x.pos === 'VERB' && !/(?:ed|ing)$/.test(x.normal) && !compoundVerb(toks, a + j, zd))) {
			const aside = strOf(text, toks, a, zd);
			// ("a sister of Senator Tom Ford": the relation, not the senator's title, relations.ts)
			const person = /\b(?:of|to)\s+(\p{Lu}.*)$/u.exec(aside);
			const rel = person && personalRelation(aside.slice(0, person.index), person[1]) ? relationWord(aside.slice(0, person.index), toks[a].start) : null;
			// ("a Barclays Bank customer": a role from outside what it names, outside.txt, is all it says)
			c.addFacet({ ...(rel ?? describedAs({ start: toks[a].start, end: toks[zd - 1].end, text: aside })), role: 'description', former: FORMER.test(aside) });
		}
		// ", Ronald Reagan's daughter,", ", Ford's sister,": a name's possessive, then a relation noun, says
		// only how they are related (as "a sister of Senator Tom Ford" does, above), and whether a man or a
		// woman, when the name does not say it
		if (c.kind === 'person' && !c.gender && givenName(c.name.split(/\s+/)[0]) === undefined) {
			const rel = possessiveRelation(toks, a);
			if (rel >= 0 && rel + 1 === z) {
				c.addFacet({ start: toks[rel].start, end: toks[rel].end, text: toks[rel].value, role: 'description' });
				// (the scan goes on to the name inside: it is a mention of its own)
				break;
			}
		}
		const r = npRight(toks, a2, z);
		const end = r ? toks[r[1]] : undefined;
		// it ends the aside, or a place, a link or a clause follows ("director for Acme in Moscow")
		// (", a union that endorsed Sanders,", ", the Texas senator whom …": a relative clause, "that" or
		// "which" as "who", says what it did, after a role or a kind of organisation; not "In Iraq, the
		// continued withdrawals that …", the sentence's own subject)
		const headNoun = r ? toks[r[1] - 1] : undefined;
		const kindHead = !!headNoun && (roles.has(headNoun.normal) || roles.has(headNoun.lemma.toLowerCase()) || ORG_DESCRIPTION_NOUNS.has(headNoun.normal) || orgWords().has(headNoun.normal));
		const relative = end?.normal === 'who' || ((RELATIVE_PRONOUNS.has(end?.normal ?? '') || end?.normal === 'that') && kindHead);
		if (!r || !(r[1] === z || end?.pos === 'ADP' || end?.normal === 'and' || end?.pos === 'VERB' || relative)) break;
		const ap = parseMention(text, toks, r[0], r[1]);
		// ", a victim of cleric Tom Vale,", ", a sister of Senator Tom Ford,": an aside naming another person
		// says only how they are related (suffered.txt, relations.txt), and nothing past it
		if (ap && ap.kind === 'person' && DESCRIPTION_DETS.has(t.normal)) {
			const rel = relationBefore(strOf(text, toks, a, z), toks[a].start);
			if (rel) c.addFacet({ ...rel, role: 'description' });
		}
		if (!ap || ap.kind === 'person' || ap.kind === 'pronoun') break;
		// ("the objections of Rep. Tim Cole, critics like Huffman say …": an aside opening with a bare plural
		// is no one person's appositive; it opens the clause after; review Y of the 41st stop)
		// (not a plural in a compound, "communications director", nor one with its complement, "head of …")
		if (c.kind === 'person' && !c.plural && t.pos === 'NOUN' && /s$/.test(t.normal) && t.lemma.toLowerCase() !== t.normal && toks[a + 1]?.pos !== 'NOUN' && toks[a + 1]?.pos !== 'PROPN' && toks[a + 1]?.normal !== 'of') break;
		// an organisation's appositive names what it is ("Acme, a utility company,"); a person's who they are
		if (ap.kind === 'org' && ap.proper && c.kind === 'person' && !ap.title) {
			c.addFacet({ ...ap.nameSpan, text: ap.name, role: 'affiliation' });
		// (", legal director at the Memorial Center in Moscow,": a role, then where it is held)
		} else if (DESCRIPTION_DETS.has(t.normal) || roles.has(toks[r[1] - 1].normal) || roles.has(toks[r[1] - 1].lemma) || titleWords().has(t.normal) || a2 > a || (!!ap.title && roles.has(headWord(ap.title) ?? ''))) {
			// (the whole aside ends where a relative clause opens, which says what they do, not who they are:
			// "a Sanders volunteer who frequently goes to colleges" is no academic)
			let zw = r[1];
			while (zw < z && !RELATIVE_PRONOUNS.has(toks[zw].normal)) zw++;
			addDescriptionFacets(index, c, ap, zw > r[1] ? { start: toks[a].start, end: toks[zw - 1].end, text: strOf(text, toks, a, zw) } : null);
			if (!ap.affiliation) asideAffiliation(ctx, c, r[1], z, ap.title ?? ap.name);
		} else break;
		k = z;
	}
	// "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager"
	// "The board appointed Bob Jones as chief executive": right after the name, whoever opens the sentence
	if (c.kind === 'person' && opensWithRole(ctx, index, s, k)) {
		const role = asRole(ctx, index, c, k, toks[k]?.normal === 'as');
		if (role) addDescriptionFacets(index, c, role);
	}
	// "As a CNN senior political correspondent, Axelrod has become …"
	const fronted = c.kind === 'person' ? frontedRole(ctx, s) : null;
	if (fronted) addDescriptionFacets(index, c, fronted);
	// "Roe is a Kansas Republican", "Acme is a utility company", "Roe is one of the first women elected"
	// ("Roe has been the lead pastor …": the perfect, read as "is")
	const perfect = ['has', 'had'].includes(toks[k]?.normal ?? '') && toks[k + 1]?.normal === 'been' ? 1 : 0;
	const copula = perfect ? 'is' : toks[k]?.normal;
	const kc = k + perfect;
	// a partitive ("one of the", "among the") says which class the entity belongs to, as "a" does
	const det = toks[kc + 1]?.normal === 'one' && toks[kc + 2]?.normal === 'of' ? kc + 3 : toks[kc + 1]?.normal === 'among' ? kc + 2 : kc + 1;
	if ((copula === 'is' || copula === 'was') && ['a', 'an', 'the'].includes(toks[det]?.normal ?? '')) {
		const r = npRight(toks, det, Math.min(toks.length, det + 16));
		if (r) {
			const ap = parseMention(text, toks, r[0], r[1]);
			// ("is the lead pastor at the Church of God": the role before the link, when it is theirs now;
			// "while he was a student at …" is what they were)
			const now = copula === 'is';
			if (ap && ap.kind !== 'person' && ap.kind !== 'pronoun' && (roles.has(toks[r[1] - 1].normal) || roles.has(toks[r[1] - 1].lemma) || ap.kind === 'org' || (now && !!ap.title && roles.has(headWord(ap.title) ?? '')))) addDescriptionFacets(index, c, ap);
		}
	}
	void m;
	return Math.max(e, Math.min(k, e + 1));
}

function isDescriptionHead(t: Token, roles: Set<string>, ap: Mention): boolean {
	// ("The stepmother, Samina Gilani, said": a relation is who they are, as a role is)
	return roles.has(t.normal) || roles.has(t.lemma.toLowerCase()) || relationNouns().has(t.normal) || ap.kind === 'org' || !!ap.affiliation;
}

/**
 * "an aide to Vice President Pence", "a teacher at Richmond High School": a name linked after the head.
 * Of a chain ("the Department of Health Sciences at the University of York") the last is the
 * institution the person speaks for; a chain is names linked one right after the other, so "an aide
 * to Vice President Pence on Trump's call with President Zelensky" is Pence's aide.
 */
function asideAffiliation(ctx: Ctx, c: Cluster, from: number, to: number, head: string | null = null): void {
	const { toks, text } = ctx;
	let found: Span | null = null;
	let after = -1;
	// (inside a relative clause only where someone works, "who works for Acme", "who teaches at Brightwater";
	// "a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC" works with the
	// PAC, not for it: review NN of the 48th stop had him in government by it)
	// ("who serves as vice chairman of the Allegheny County GOP": "of" after a title or a role, not "who
	// consulted the departments of State")
	let relative = false;
	for (let k = from; k < to; k++) {
		if (RELATIVE_PRONOUNS.has(toks[k].normal)) relative = true;
		const w = toks[k].normal;
		const linked = relative ? w === 'at' || w === 'for' || (w === 'of' && !!toks[k - 1] && (titleWords().has(toks[k - 1].normal) || personNouns().has(toks[k - 1].normal))) : ['to', 'at', 'of', 'for', 'with'].includes(w);
		if (!linked) continue;
		if (found && k !== after) break;
		let b = k + 1;
		while (b < to && (['the', 'a', 'an'].includes(toks[b].normal) || (isPossessive(toks[b + 1] ?? toks[b]) && isCap(toks[b])))) b += isPossessive(toks[b + 1] ?? toks[b]) && isCap(toks[b]) ? 2 : 1;
		let y = b;
		while (y < to && (isCap(toks[y]) || (['of', '&', 'and'].includes(toks[y].normal) && y + 1 < to && isCap(toks[y + 1])) || (toks[y].value === '.' && toks[y + 1]?.start === toks[y].end))) y++;
		if (y > b && isCap(toks[b]) && !placeNames().has(text.slice(toks[b].start, toks[y - 1].end))) {
			found = { start: toks[b].start, end: toks[y - 1].end };
			after = y;
			k = y - 1;
		}
	}
	// ("a sister of Senator Tom Ford": the person she is related to is not her affiliation)
	if (found && !personalRelation(`${head ?? ''} ${text.slice(toks[from]?.start ?? found.start, found.start)}`, text.slice(found.start, found.end))) c.addFacet({ ...found, text: text.slice(found.start, found.end), role: 'affiliation' });
}

/** An appositive description: it is a mention of the entity, and its words say who it is. */
function addDescriptionFacets(index: EntityIndex, c: Cluster, ap: Mention, whole: (Span & { text: string }) | null = null): void {
	index.note(c, ap, ap.text, 'description');
	// ("a close friend of Prime Minister Benjamin Netanyahu": only "friend" says who they are, relations.ts)
	const own = describedAs(ap);
	// "a former NASA administrator and now an industry consultant": what they were, then what they are
	const now = nowPart(whole ?? own);
	const former = now !== null || FORMER.test(ap.text);
	c.addFacet({ ...own, role: 'description', former: former && !(now && now.start < own.end) });
	if (now) c.addFacet({ ...now, role: 'description', former: false });
	if (own.end - own.start < ap.end - ap.start) return;
	if (whole && !now) c.addFacet({ ...whole, role: 'description', former });
	if (ap.affiliation && ap.affiliationSpan) c.addFacet({ ...ap.affiliationSpan, text: ap.affiliation, role: 'affiliation', former: now ? ap.affiliationSpan.start < now.start : former });
}

/** "a former NASA administrator and now an industry consultant": the part after "now", which is what they are now. */
function nowPart(d: Span & { text: string }): (Span & { text: string }) | null {
	const m = /^(.*?\b(?:[Ff]ormer|[Ee]x|[Oo]netime|[Rr]etired)\b.*?)(?:,\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)now\s+(?=\S)/.exec(d.text);
	if (!m) return null;
	const start = d.start + m[0].length;
	return { start, end: d.end, text: d.text.slice(m[0].length) };
}

/** The apostrophe of a class year ("’22"), as typed or as a left quotation mark by smart quotes. */
const CLASS_YEAR_MARK = /^['’‘]$/;

/** Does a newspaper's or magazine's name start at token b ("the Washington Times", press-words.txt)? */
function writesIn(ctx: Ctx, b: number): boolean {
	const { toks } = ctx;
	if (toks[b]?.normal === 'the') b++;
	let y = b;
	while (y < toks.length && y - b < 6 && isCap(toks[y])) y++;
	return y > b && pressWords().has(toks[y - 1].normal);
}

const closesAside = (t: Token | undefined) => !!t && [',', ';', ')', '—', '–'].includes(t.value);

/** Does "according to" (and "the") come right before the name at s, at the start of its sentence? */
function openedByAccordingTo(toks: Token[], s: number): boolean {
	let b = s - 1;
	if (toks[b]?.normal === 'the') b--;
	return toks[b]?.normal === 'to' && toks[b - 1]?.normal === 'according' && (b - 1 === 0 || toks[b - 2].sentence !== toks[b - 1].sentence);
}
