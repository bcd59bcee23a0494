// Entities: every person and organisation the article mentions, speaker or not, with all their
// mentions clustered (coref.ts) and a group read from what the text says about each (groups.ts).
// One pass over the tokens, in text order:
//   - capitalised runs are names: "Sen. Jane Roe", "the Congressional Budget Office", "Supt Peters";
//   - what follows a name says who it is: an appositive ("Roe, a Kansas Republican,"), an age and a home
//     town ("Bond, 30, of Raleigh,"), a relative clause ("Roe, who chairs the Acme Trust,"), a party
//     label ("Roe (R-Kan.)"), an acronym ("the Department of Environmental Protection (DEP)"), or "is a …";
//   - so does what comes before it: "A spokesman for the council, Jane Doe,", "Her mother, Fiona,";
//   - "the senator", "the 30-year-old", "the company" refer back to an entity described that way;
//   - "he"/"she" refer back to the last person who agrees.
// The lite wink model has no named entities: names are runs of capitalised proper nouns, and word
// lists (titles.txt, roles.txt, org-words.txt, places.txt) tell people, organisations and places apart.
import { paragraphSpans } from '../nlp.js';
import type { CleanArticle, Entity, GroupRule, Span, Token, Tokenised } from '../types.js';
import { Ctx } from './context.js';
import { deeds, firstNames, isRoleWord, knownOrgNames, nameVariants, orgWords, personNouns, placeNames, titleWords } from './data.js';
import { TIME_WORDS } from './mentions.js';
import { Cluster, EntityIndex, cleanName, headWord, isAcronym, pronounClass } from './coref.js';
import { entityGroup, isStateName } from './groups.js';
import { NEVER_NAME_WORDS, isCap, isPossessive, npLeft, npRight, parseMention, type Mention } from './mentions.js';
import { markedSpans } from './spans.js';

/** Prepositions of place: a capitalised run after them that is not an organisation is a place. */
const PLACE_BEFORE = new Set(['in', 'from', 'at', 'on', 'into', 'across', 'near', 'outside', 'inside', 'throughout', 'around', 'to', 'toward', 'towards', 'via']);
/** Determiners that open a description of a person: "a Kansas Republican", "her mother". */
const DESCRIPTION_DETS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'one']);
/** Verbs of a relative clause that name the organisation someone belongs to: "who heads Acme". */
const AFFILIATION_VERBS = new Set(['head', 'heads', 'headed', 'lead', 'leads', 'led', 'run', 'runs', 'ran', 'chair', 'chairs', 'chaired', 'direct', 'directs', 'directed', 'found', 'founded', 'own', 'owns', 'owned', 'represent', 'represents', 'represented', 'manage', 'manages', 'managed', 'join', 'joined', 'oversee', 'oversees', 'oversaw']);
const PRONOUN_WORDS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
/** Nouns that describe an organisation ("the firm said") besides the organisation words of names. */
const ORG_DESCRIPTION_NOUNS = new Set(['company', 'firm', 'business', 'club', 'team', 'label', 'studio', 'site', 'website', 'newspaper', 'paper', 'magazine', 'station', 'broadcaster', 'publisher', 'airline', 'retailer', 'maker', 'carmaker', 'manufacturer', 'utility', 'insurer', 'charity', 'regulator', 'startup']);
/** "(R-Kan.)", "(D-N.Y.)", "(I-Vt.)": the US convention for a member of Congress or a state legislature. */
const PARTY_LABEL = /^\(\s*[DRIL]\s*[-–,]\s*[A-Z][A-Za-z. ]{0,14}\)$/;

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** What may come before lower-case role words taken as a title: an article, a possessive, a
 * capitalised word ("Wild coach"), a comma or the start. Not a verb: "told reporters Smith …". */
const roleLead = (t: Token | undefined, ctx?: Ctx): boolean =>
	!t ||
	['the', 'a', 'an', 'his', 'her', 'their', 'its', ',', '(', '—', '–', ':', 'and', 'late', 'former', 'veteran', 'local'].includes(t.normal) ||
	isPossessive(t) ||
	(isCap(t) && t.pos !== 'VERB') ||
	(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'ADP') ||
	// "…," said singer Ally Brooke
	(!!ctx && ctx.isSpeechLemma(t));

const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

/** Where a name run ends: capitalised proper nouns (and organisation words the tagger misread), never
 * over a line break, a sentence end or a word printed twice (share-widget furniture). */
function nameRunEnd(ctx: Ctx, i: number): number {
	const { toks, text } = ctx;
	let e = i;
	while (e < toks.length) {
		const t = toks[e];
		if (e > i && gap(text, toks[e - 1], t).includes('\n')) break;
		if (e === i && t.pos !== 'PROPN') {
			e++;
			continue;
		}
		if (ctx.inQuote[e] !== ctx.inQuote[i] || ctx.isMark[e]) break;
		// "Jane Doe Monday said": a weekday is when, not part of the name
		if (e > i && WEEKDAYS.has(t.normal)) break;
		// "Jennifer Ngo-Anh": a hyphen inside a name
		if (e > i && t.value === '-' && t.start === toks[e - 1].end && toks[e + 1]?.start === t.end && isCap(toks[e + 1])) {
			e += 2;
			continue;
		}
		// "University of York", "Department of Health", "Bank of America": an organisation's name goes on
		// over "of" to the next capitalised word.
		const afterLink = toks[e + (toks[e + 1]?.normal === 'the' ? 2 : 1)];
		if (e > i && ['of', 'for', 'on'].includes(t.normal) && toks.slice(i, e).some((x) => orgWords().has(x.normal)) && afterLink && isCap(afterLink) && !TIME_WORDS.has(afterLink.normal) && !gap(text, toks[e - 1], t).includes('\n')) {
			e += toks[e + 1]?.normal === 'the' ? 2 : 1;
			continue;
		}
		const ok =
			(t.pos === 'PROPN' && isCap(t)) ||
			// mid-name, a capitalised word the tagger read as a verb is a name ("Tim Cook/VERB said"),
			// but not a capitalised speech verb of a headline ("Hollande Says Donald Trump …")
			(e > i && isCap(t) && (['NOUN', 'ADJ'].includes(t.pos) || (t.pos === 'VERB' && (isOrgToken(t) || !ctx.isSpeechLemma(t))))) ||
			(t.value === '&' && e > i && isCap(toks[e + 1] ?? t) && toks[e + 1]?.pos === 'PROPN') ||
			(t.value === '.' && e > i && toks[e + 1]?.start === t.end && isCap(toks[e + 1]));
		if (!ok) break;
		e++;
	}
	return e;
}

const isOrgToken = (t: Token) => /^[\p{Lu}]/u.test(t.value) && ['group', 'watch', 'trust', 'fund', 'union', 'league', 'alliance', 'campaign', 'project', 'front', 'guard', 'society', 'press', 'post', 'times', 'news'].includes(t.normal);

/** Scan the article: every name, description and he/she, resolved as it comes. */
export function scanEntities(ctx: Ctx, index: EntityIndex): void {
	const { toks, text } = ctx;
	const titles = titleWords();
	const roles = personNouns();
	const places = placeNames();
	let pendingOrg: { at: number; head: string | null; span: Span } | null = null;
	let i = 0;
	while (i < toks.length) {
		const t = toks[i];
		const quoted = ctx.inQuote[i] >= 0;
		if (ctx.isMark[i]) {
			i++;
			continue;
		}
		// he / she and their other forms: the writer's, not someone's quoted words.
		if (t.pos === 'PRON' && PRONOUN_WORDS.has(t.normal) && !quoted) {
			// "he told Cook": the listener named after the verb is someone else
			let exclude: Cluster | null = null;
			const cue = ctx.cueAt(i + 1);
			if (cue > 0 && toks[cue] && isCap(toks[cue])) exclude = index.bySurname(toks[cue].normal, t.start) ?? index.lookup(toks[cue].start, 'person') ?? null;
			index.resolvePronoun(t.normal, t, false, true, t.value, exclude);
			i++;
			continue;
		}
		// "the senator", "the Kansas Republican", "the 62-year-old", "the company"
		if (t.normal === 'the' && !quoted) {
			const d = description(ctx, i, roles);
			// "the U.N. High Commissioner, Zeid Ra'ad Al Hussein, said": it introduces the name after it
			const introducesName = !!d && toks[d.end]?.value === ',' && !!toks[d.end + 1] && isCap(toks[d.end + 1]) && toks[d.end + 1].pos === 'PROPN';
			// "The group, WeWorkers Coalition, formed …": the organisation named next is "the group"
			if (d && introducesName && d.mention.kind === 'org') pendingOrg = { at: d.end + 1, head: headWord(d.mention.title ?? d.mention.name), span: { start: d.mention.start, end: d.mention.end } };
			if (d && !introducesName) {
				const c = index.addDescription(d.mention, false, false, d.age);
				if (c) {
					i = d.end;
					continue;
				}
			}
		}
		// A name starts at a capitalised proper noun, or at a capitalised word the tagger misread right
		// before one ("Ted/VERB Nordhaus", "Will/AUX Doyle").
		const misread = isCap(t) && t.pos !== 'PROPN' && toks[i + 1]?.pos === 'PROPN' && isCap(toks[i + 1]) && !['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM'].includes(t.pos) && !NEVER_NAME_WORDS.has(t.normal) && !/^[\p{Lu}]+$/u.test(t.value) && !ctx.isSpeechLemma(t) && gap(text, t, toks[i + 1]) === ' ';
		// "Cook/VERB said": a known person's surname, whatever the tagger made of it
		const knownName = isCap(t) && t.pos !== 'PROPN' && !/^[\p{Lu}]+$/u.test(t.value) && index.knows(t.value);
		if ((t.pos !== 'PROPN' && !misread && !knownName) || !isCap(t)) {
			i++;
			continue;
		}
		let e = nameRunEnd(ctx, i);
		// "the US military", "the Ohio police": a place and the body of it that acts
		if (toks[e] && !isCap(toks[e]) && orgWords().has(toks[e].normal) && ctx.inQuote[e] === ctx.inQuote[i] && places.has(text.slice(t.start, toks[e - 1].end))) e++;
		// "Facebook Facebook West Mercia Police": a word printed twice is page furniture, not a name.
		for (let k = i + 1; k < e; k++) if (toks[k].normal === toks[k - 1].normal && /[\p{L}]/u.test(toks[k].value)) i = k + 1;
		if (i >= e) {
			i = e;
			continue;
		}
		// "a pep talk Tuesday": a weekday or a month is a time, never a name
		if (e - i === 1 && TIME_WORDS.has(t.normal)) {
			i = e;
			continue;
		}
		// "Rights groups said", "Police officers said": a capitalised first word before a common noun is
		// the start of a noun phrase, not a name.
		const sentenceStart = i === 0 || toks[i - 1].sentence !== t.sentence || ctx.isMark[i - 1];
		if (e - i === 1 && sentenceStart && toks[e]?.pos === 'NOUN' && !isCap(toks[e])) {
			i = e;
			continue;
		}
		// Take in a title and the organisation before the name: "U.N. official Jonas Berg",
		// "Amnesty International's Russia director Sergei Nikitin", "President-elect Jane Doe".
		let s = i;
		for (;;) {
			const hy = s >= 3 && toks[s - 2].value === '-' && toks[s - 3].end === toks[s - 2].start && toks[s - 2].end === toks[s - 1].start;
			const p = toks[s - 1];
			const same = s > 0 && i - s < 10 && ctx.inQuote[s - 1] === ctx.inQuote[i] && !gap(text, p, toks[s]).includes('\n');
			// "President-elect", "co-CEO": a hyphenated title (either part a title word)
			if (hy && i - s < 10 && (titles.has(`${toks[s - 3].normal}-${toks[s - 1].normal}`) || titles.has(toks[s - 1].normal) || titles.has(toks[s - 3].normal))) s -= 3;
			// "founder and co-CEO", "president and chief executive": two titles joined
			else if (same && p.normal === 'and' && s - 2 >= 0 && s < i && (titles.has(toks[s - 2].normal) || personNouns().has(toks[s - 2].normal))) s--;
			else if (same && (titles.has(p.normal) || titles.has(p.normal.split('-').pop() ?? '') || (isCap(p) && p.pos === 'PROPN') || (isPossessive(p) && s - 1 > 0 && isCap(toks[s - 2])))) s--;
			// "Secretary of State Mike Pompeo", "Department of Health officer Julie Graham"
			else if (same && p.normal === 'of' && s - 2 >= 0 && (titles.has(toks[s - 2].normal) || orgWords().has(toks[s - 2].normal)) && isCap(toks[s - 2])) s--;
			// "the immunologist De'Broski Herbert", "math teacher Angela Cooper", "Wild coach Bruce Boudreau":
			// lower-case role nouns right before a name are a title.
			// (the word next to the name is a role: not "big name US politicians")
			else if (same && i - s < 6 && !isCap(p) && (p.pos === 'NOUN' || ((p.pos === 'ADJ' || p.normal === 'and') && s < i)) && /^[\p{Ll}][\p{Ll}-]+$/u.test(p.value) && !TIME_WORDS.has(p.normal) && roleLead(toks[s - 2], ctx) && (toks.slice(s, i).some((x) => !isCap(x)) || isRoleWord(p.normal) || isRoleWord(p.lemma))) s--;
			else break;
		}
		if (s > 0 && toks[s - 1].normal === 'the') s--;
		const m = parseMention(text, toks, s, e);
		const prev = toks[s - 1];
		if (!m) {
			i = e;
			continue;
		}
		let c: Cluster | null = null;
		if (m.kind === 'org') {
			c = index.addOrg(m, quoted);
		} else if (m.kind === 'person' && isStateName(m.name)) {
			c = index.addOrg({ ...m, kind: 'org', proper: true }, quoted);
		} else if (m.kind === 'person') {
			const nameWords = m.name.split(/\s+/).length;
			const givenName = firstNames().has(m.name.split(/\s+/)[0].toLowerCase());
			const isPlace = places.has(m.name.toLowerCase()) || (!m.title && !givenName && prev && PLACE_BEFORE.has(prev.normal) && !isPossessive(toks[e] ?? t));
			const known = index.knows(m.name);
			// "The group that owns most of her music, Big Machine, says": named after an organisation noun
			const leftOrg = !m.title && !known && !givenName ? leftOrgDescription(ctx, s) : null;
			// "Twitter pledged", "The Taliban claimed": an organisation speaker-groups.tsv knows by name
			const knownOrg = nameWords === 1 && !m.title && !known && !givenName && /^[\p{Lu}]/u.test(m.name) && knownOrgNames().has(m.name.toLowerCase().replace(/[’']s$/, ''));
			if (knownOrg) c = index.addOrg({ ...m, kind: 'org', proper: true }, quoted);
			else if (leftOrg) {
				c = index.addOrg({ ...m, kind: 'org', proper: true }, quoted);
				c.orgNouns.add(leftOrg.head);
				index.note(c, leftOrg.span, text.slice(leftOrg.span.start, leftOrg.span.end), 'description');
			} else if (!isPlace && (m.title || known || (nameWords >= 2 && looksLikePerson(ctx, m, e)))) c = index.addPerson(m, quoted);
			// "Big Machine have twice denied …": a name of two or more words that is no person but the
			// subject of a verb is an organisation (what "they" or "it" can refer to).
			else if (!isPlace && nameWords >= 2 && !quoted && subjectOfVerb(ctx, e)) c = index.addOrg({ ...m, kind: 'org', proper: true }, quoted);
		} else if (m.kind === 'noun' && m.definite && !quoted) {
			c = index.addDescription(m, false, false);
		}
		if (c && c.kind === 'org' && pendingOrg && pendingOrg.at === i) {
			if (pendingOrg.head) c.orgNouns.add(pendingOrg.head);
			index.note(c, pendingOrg.span, text.slice(pendingOrg.span.start, pendingOrg.span.end), 'description');
		}
		pendingOrg = null;
		if (c && c.named && !quoted) e = describe(ctx, index, c, s, e, m);
		i = Math.max(e, i + 1);
	}
}

/**
 * Is a capitalised run of two or more words a person's name? The lite model cannot tell "Jane Roe"
 * from "Iceberg Passages" or "Manchester United", so it needs a sign: a common given name, or what
 * follows it (an age, "who", a role after a comma, a speech verb). Runs without one are left out of
 * the scan; a speaker the quote finder finds is added then.
 */
function looksLikePerson(ctx: Ctx, m: Mention, e: number): boolean {
	const { toks } = ctx;
	const first = m.name.split(/\s+/)[0].toLowerCase().replace(/\.$/, '');
	if (firstNames().has(first)) return true;
	if (/^[a-z]$/.test(first)) return true; // "J. Smith"
	const n = toks[e];
	const n1 = toks[e + 1];
	if (!n) return false;
	if (n.value === '(' && n1 && /^[DRI]$/.test(n1.value)) return true; // party label
	if (n.value === ',' && n1 && (n1.pos === 'NUM' || n1.normal === 'who' || (DESCRIPTION_DETS.has(n1.normal) && n1.normal !== 'one') || personNouns().has(n1.normal))) return true;
	if (ctx.cueAt(e) > 0) return true;
	// the subject of a verb ("Marta Kowalczyk leads the campaign"), or someone "of"/"at" an organisation
	let v = e;
	while (v < toks.length && toks[v].pos === 'ADV') v++;
	if (toks[v]?.pos === 'VERB' && !/ing$/.test(toks[v].normal)) return true;
	if (['of', 'at'].includes(n.normal) && n1 && isCap(n1) && !placeNames().has(n1.value)) return true;
	// "An Oxfam spokesman, Pavel Ostrow,": a role just before
	const b = toks[ctx.tokenAt(m.start) - 1];
	const b2 = toks[ctx.tokenAt(m.start) - 2];
	if (b?.value === ',' && b2 && (personNouns().has(b2.normal) || personNouns().has(b2.lemma.toLowerCase()))) return true;
	return false;
}

/**
 * "The group that owns most of her music, Big Machine, says", "Its parent company, Acme, said": a name
 * set off by a comma after a clause-opening phrase whose head is an organisation noun names that
 * organisation. Returns the head noun and the phrase's determiner-to-head span.
 */
function leftOrgDescription(ctx: Ctx, s: number): { head: string; span: Span } | null {
	const { toks } = ctx;
	if (toks[s - 1]?.value !== ',') return null;
	let a = s - 2;
	while (a > 0 && s - a < 16 && toks[a - 1].sentence === toks[s - 1].sentence && ![',', ';', ':', '—', '–', '(', '.'].includes(toks[a - 1].value) && !ctx.isMark[a - 1]) a--;
	if (a < 0 || !['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(toks[a].normal)) return null;
	let h = a + 1;
	while (h < s - 1 && (toks[h].pos === 'ADJ' || (toks[h].pos === 'NOUN' && toks[h + 1]?.pos === 'NOUN'))) h++;
	const head = toks[h];
	if (!head || head.pos !== 'NOUN' || !(ORG_DESCRIPTION_NOUNS.has(head.normal) || ['group', 'organisation', 'organization', 'agency', 'association', 'union', 'party'].includes(head.normal))) return null;
	return { head: head.normal, span: { start: toks[a].start, end: head.end } };
}

/** Is the name ending at e the subject of a verb ("… have twice denied", "… said")? */
function subjectOfVerb(ctx: Ctx, e: number): boolean {
	const { toks } = ctx;
	let v = e;
	while (v < toks.length && toks[v].pos === 'ADV') v++;
	const t = toks[v];
	return !!t && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.normal) && !['is', 'was', '’s', "'s"].includes(t.normal) || (!!t && ['is', 'was'].includes(t.normal) && toks[v + 1]?.pos === 'VERB');
}

/** "the senator", "the Kansas Republican", "the 62-year-old", "the company": a definite description. */
function description(ctx: Ctx, i: number, roles: Set<string>): { mention: Mention; age: string | null; end: number } | null {
	const { toks, text } = ctx;
	// "the 62-year-old" (the tokeniser splits it into five tokens)
	const n = toks[i + 1];
	if (n?.pos === 'NUM' && toks[i + 2]?.value === '-' && toks[i + 3]?.normal === 'year' && toks[i + 4]?.value === '-' && toks[i + 5]?.normal === 'old') {
		const after = toks[i + 6];
		const next = toks[i + 7];
		// "the 62-year-old man": a person noun after the age is part of the description
		const withNoun = !!after && (roles.has(after.normal) || roles.has(after.lemma.toLowerCase()));
		// "the 62-year-old building collapsed": the age describes a thing
		if (!withNoun && after?.pos === 'NOUN' && (!next || ['VERB', 'AUX', 'PUNCT'].includes(next.pos))) return null;
		const end = withNoun ? i + 7 : i + 6;
		const m = parseMention(text, toks, i, end);
		return m ? { mention: { ...m, kind: 'noun', title: m.text.replace(/^the\s+/i, ''), titleSpan: { start: n.start, end: toks[end - 1].end } }, age: n.value, end } : null;
	}
	const hi = Math.min(toks.length, i + 12);
	// "the former “Dawson’s Creek” star", "the “Pose” actor": a title in quotation marks inside the phrase
	{
		let k = i + 1;
		while (k < hi && ['former', 'late', 'veteran', 'onetime'].includes(toks[k].normal)) k++;
		if (ctx.isMark[k]) {
			let z = k + 1;
			while (z < hi && !ctx.isMark[z]) z++;
			const noun = toks[z + 1];
			if (ctx.isMark[z] && noun && noun.pos === 'NOUN' && (roles.has(noun.normal) || roles.has(noun.lemma.toLowerCase()))) {
				const m = parseMention(text, toks, i, z + 2);
				if (m) return { mention: { ...m, kind: 'noun', definite: true, title: m.text.replace(/^the\s+/i, ''), titleSpan: { start: toks[i + 1].start, end: noun.end }, plural: false }, age: null, end: z + 2 };
			}
		}
	}
	const np = npRight(toks, i, hi);
	if (!np || np[1] - np[0] < 2) return null;
	// a person or organisation head: the noun before any "of/for/at" ("the authors of the study")
	let hk = np[1] - 1;
	for (let k = np[0] + 1; k < np[1]; k++)
		if (['of', 'for', 'at', 'with', 'from'].includes(toks[k].normal) && toks[k].pos === 'ADP') {
			hk = k - 1;
			break;
		}
	const head = toks[hk];
	const lemma = head.lemma.toLowerCase();
	const isPerson = roles.has(head.normal) || roles.has(lemma);
	// "the company", "the club", "her former record label": an organisation of that kind
	const isOrg = ORG_DESCRIPTION_NOUNS.has(head.normal) || (orgWords().has(head.normal) && !['state', 'states', 'house', 'post', 'times', 'news', 'press', 'front', 'watch', 'rights', 'international', 'nations', 'republic', 'capital', 'partners', 'energy'].includes(head.normal));
	if (!isPerson && !isOrg) return null;
	const m = parseMention(text, toks, np[0], np[1]);
	if (!m || m.kind === 'person') return null;
	return { mention: { ...m, kind: isOrg ? 'org' : 'noun', definite: true }, age: null, end: np[1] };
}

/**
 * What the text says right around a name about who it is: appositives, ages and home towns, relative
 * clauses, party labels, acronyms, "is a …", and a description just before it. Returns where the scan
 * continues (after what was read).
 */
function describe(ctx: Ctx, index: EntityIndex, c: Cluster, s: number, e: number, m: Mention): number {
	const { toks, text } = ctx;
	const roles = personNouns();
	const span = (a: number, z: number): Span => ({ start: toks[a].start, end: toks[z - 1].end });
	const str = (a: number, z: number) => text.slice(toks[a].start, toks[z - 1].end).replace(/\s+/g, ' ');
	let k = e;
	// "(R-Kan.)", "(DEP)"
	if (toks[k]?.value === '(') {
		let z = k + 1;
		while (z < toks.length && toks[z].value !== ')' && z - k < 10) z++;
		if (toks[z]?.value === ')') {
			const inner = str(k, z + 1);
			if (c.kind === 'person' && PARTY_LABEL.test(inner)) c.addFacet({ ...span(k, z + 1), text: inner, role: 'party' });
			else if (c.kind === 'org' && z === k + 2 && isAcronym(toks[k + 1].value)) index.addAcronym(c, toks[k + 1].value, toks[k + 1]);
			k = z + 1;
		}
	}
	// "writers including Neil Gaiman", "officials such as Jane Roe": one of those people
	if (c.kind === 'person' && s > 1 && (toks[s - 1].normal === 'including' || (toks[s - 1].normal === 'as' && toks[s - 2]?.normal === 'such') || toks[s - 1].normal === 'like')) {
		const n = toks[s - 1].normal === 'as' ? s - 3 : s - 2;
		if (n >= 0 && (roles.has(toks[n].normal) || roles.has(toks[n].lemma.toLowerCase()))) c.addFacet({ start: toks[n].start, end: toks[n].end, text: toks[n].value, role: 'description' });
	}
	// Left: "A spokesman for the council, Jane Doe," / "Her mother, Fiona," / "Ford's sister, Martha Fry,"
	if (c.kind === 'person' && s > 1 && toks[s - 1].value === ',') {
		const l = npLeft(toks, s - 2, Math.max(0, s - 14));
		const first = l ? toks[l[0]] : null;
		const before = l ? toks[l[0] - 1] : null;
		const possessed = !!l && toks.slice(l[0], s - 1).some((x) => isPossessive(x));
		// (the phrase starts its clause: not "the group that owns most of her music, Big Machine,")
		const starts = !before || [',', '(', ':', '—', '–', 'and', 'but'].includes(before.normal) || before.sentence !== toks[l![0]].sentence || ctx.isMark[l![0] - 1];
		// (or its head is a role: "an email address for Ford's sister, Martha Fry")
		const roleHead = !!l && (roles.has(toks[s - 2].normal) || roles.has(toks[s - 2].lemma.toLowerCase()));
		if (l && first && (DESCRIPTION_DETS.has(first.normal) || possessed) && (starts || (roleHead && possessed)) && (!before || before.value !== ',' || l[0] - 1 === 0) && ctx.inQuote[l[0]] < 0) {
			const ap = parseMention(text, toks, l[0], s - 1);
			if (ap && ap.kind !== 'person' && ap.kind !== 'pronoun' && isDescriptionHead(toks[s - 2], roles, ap)) addDescriptionFacets(index, c, ap);
		}
	}
	// "put Jane Doe in charge of the federal Bureau of Prisons": the organisation she heads
	if (c.kind === 'person' && toks[k]?.normal === 'in' && toks[k + 1]?.normal === 'charge' && toks[k + 2]?.normal === 'of' && ctx.inQuote[k] < 0) {
		let b = k + 3;
		if (toks[b]?.normal === 'the') b++;
		while (b < toks.length && b - k < 7 && !isCap(toks[b]) && toks[b].pos === 'ADJ') b++;
		let y = b;
		while (y < toks.length && y - b < 10 && (isCap(toks[y]) || (['of', '&', 'and', 'for', 'the'].includes(toks[y].normal) && isCap(toks[y + 1] ?? toks[y]))) && !ctx.isMark[y]) y++;
		if (y > b && !placeNames().has(str(b, y))) {
			c.addFacet({ ...span(b, y), text: str(b, y), role: 'affiliation' });
			k = y;
		}
	}
	// "Jane Doe of Acme Corp", "Herbert at the University of Pennsylvania": the organisation right after
	// the name (a place there is a home town).
	if (c.kind === 'person' && ['of', 'at', 'from', 'with', 'for'].includes(toks[k]?.normal ?? '') && ctx.inQuote[k] < 0) {
		let b = k + 1;
		if (toks[b]?.normal === 'the') b++;
		if (b < toks.length && isCap(toks[b]) && toks[b].pos !== 'PRON') {
			let y = b;
			while (y < toks.length && y - b < 10 && (isCap(toks[y]) || (['of', '&', 'and', 'for', 'the'].includes(toks[y].normal) && isCap(toks[y + 1] ?? toks[y])) || (toks[y].value === '.' && toks[y + 1]?.start === toks[y].end)) && !ctx.isMark[y]) y++;
			if (y > b) {
				const name = str(b, y);
				const place = placeNames().has(name) || (toks[k].normal === 'of' && toks[y]?.value === ',' && !orgWords().has(toks[y - 1].normal));
				if (toks[k].normal !== 'with' || !place) c.addFacet({ ...span(b, y), text: name, role: place ? 'home' : 'affiliation' });
				k = y;
			}
		}
	}
	// Right: ", a Kansas Republican,", ", 30, of Raleigh,", ", who chairs the Acme Trust,"
	for (let rep = 0; rep < 3 && toks[k]?.value === ','; rep++) {
		const a = k + 1;
		const t = toks[a];
		if (!t || ctx.inQuote[a] >= 0 || ctx.isMark[a]) break;
		if (t.pos === 'NUM' && /^\d{1,3}$/.test(t.value) && [',', '.', ';'].includes(toks[a + 1]?.value ?? '')) {
			c.addFacet({ ...span(a, a + 1), text: t.value, role: 'age' });
			k = a + 1;
			continue;
		}
		if (t.normal === 'of' && isCap(toks[a + 1] ?? t) && c.kind === 'person') {
			let z = a + 1;
			while (z < toks.length && z - a < 8 && ![',', '.', ';', ')'].includes(toks[z].value) && !ctx.isMark[z]) z++;
			c.addFacet({ ...span(a, z), text: str(a, z), role: 'home' });
			k = z;
			continue;
		}
		if (t.normal === 'who' || t.normal === 'whose' || t.normal === 'which') {
			let z = a + 1;
			while (z < toks.length && z - a < 30 && ![',', '.', ';', '—', '–'].includes(toks[z].value) && !ctx.isMark[z]) z++;
			relativeFacets(ctx, c, a, z);
			k = z;
			continue;
		}
		// The aside runs to the next comma, bracket, dash or sentence end.
		let z = a;
		while (z < toks.length && z - a < 30 && ![',', ';', ')', '—', '–'].includes(toks[z].value) && !ctx.isMark[z] && !(toks[z].value === '.' && ctx.isSentenceEnd(z))) z++;
		// "one of his editors at Tor", "one of the study authors"
		let a2 = a;
		if (['one', 'two', 'three', 'some', 'another'].includes(t.normal) && toks[a + 1]?.normal === 'of') a2 = a + 2;
		while (a2 < z && ['his', 'her', 'their', 'its', 'our', 'the'].includes(toks[a2].normal) && a2 > a) a2++;
		// "a Spokane and Seattle advertising and design agency": an aside that opens with an article and
		// ends in a common noun describes the entity, whatever the phrase parser makes of its middle.
		const closed = z < toks.length && [',', ')', ';', '—', '–'].includes(toks[z].value);
		if (DESCRIPTION_DETS.has(t.normal) && closed && z - a >= 2 && toks[z - 1].pos === 'NOUN' && !isCap(toks[z - 1]) && !toks.slice(a, z).some((x) => x.pos === 'VERB' && !/(?:ed|ing)$/.test(x.normal))) {
			c.addFacet({ start: toks[a].start, end: toks[z - 1].end, text: str(a, z), role: 'description', former: /\b(?:former|ex|then|onetime|retired)\b/i.test(str(a, z)) });
		}
		const r = npRight(toks, a2, z);
		const end = r ? toks[r[1]] : undefined;
		// it ends the aside, or a place, a link or a clause follows ("director for Acme in Moscow")
		if (!r || !(r[1] === z || end?.pos === 'ADP' || end?.normal === 'and' || end?.pos === 'VERB' || end?.normal === 'who')) break;
		const ap = parseMention(text, toks, r[0], r[1]);
		if (!ap || ap.kind === 'person' || ap.kind === 'pronoun') break;
		// an organisation's appositive names what it is ("Acme, a utility company,"); a person's who they are
		if (ap.kind === 'org' && ap.proper && c.kind === 'person' && !ap.title) {
			c.addFacet({ ...ap.nameSpan, text: ap.name, role: 'affiliation' });
		} else if (DESCRIPTION_DETS.has(t.normal) || roles.has(toks[r[1] - 1].normal) || roles.has(toks[r[1] - 1].lemma) || titleWords().has(t.normal) || a2 > a) {
			addDescriptionFacets(index, c, ap, z > r[1] ? { start: toks[a].start, end: toks[z - 1].end, text: str(a, z) } : null);
			if (!ap.affiliation) asideAffiliation(ctx, c, r[1], z);
		} else break;
		k = z;
	}
	// "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager"
	// "The board appointed Bob Jones as chief executive": right after the name, whoever opens the sentence
	if (c.kind === 'person' && ((s === 0 || toks[s - 1].sentence !== toks[s].sentence) || (toks[k]?.normal === 'as' && !AS_SUBJECT_VERBS.test(toks[s - 1]?.normal ?? '') && (!AS_OTHER_VERBS.test(toks[s - 1]?.normal ?? '') || /^(?:appoint|name|hire|nominat|elect)/.test(toks[s - 1]?.normal ?? '')))))
		asRole(ctx, index, c, k, toks[k]?.normal === 'as');
	// "Roe is a Kansas Republican", "Acme is a utility company"
	const cop = toks[k];
	if (cop && (cop.normal === 'is' || cop.normal === 'was') && ['a', 'an', 'the'].includes(toks[k + 1]?.normal ?? '')) {
		const r = npRight(toks, k + 1, Math.min(toks.length, k + 16));
		if (r) {
			const ap = parseMention(text, toks, r[0], r[1]);
			if (ap && ap.kind !== 'person' && ap.kind !== 'pronoun' && (roles.has(toks[r[1] - 1].normal) || roles.has(toks[r[1] - 1].lemma) || ap.kind === 'org')) addDescriptionFacets(index, c, ap);
		}
	}
	void m;
	return Math.max(e, Math.min(k, e + 1));
}

/** Verbs after which "as …" describes someone else or is only an opinion ("named Smith as coach",
 * "described him as a fraud"). */
const AS_OTHER_VERBS = /^(?:appoint|name|hire|choose|chose|select|pick|nominate|elect|describ|call|brand|hail|prais|portray|see|saw|regard|view|cast|label|dub)/;
/** Verbs after which "as …" is the role the subject takes over from the object ("replace X as coach"). */
const AS_SUBJECT_VERBS = /^(?:replac|succeed)/;

/**
 * "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager", "Roe
 * returns as coach": a role after "as" in the sentence a person opens is theirs, unless someone else is
 * named in between (except after "replace"/"succeed") or a verb makes it someone's view of someone.
 */
function asRole(ctx: Ctx, index: EntityIndex, c: Cluster, from: number, adjacent = false): void {
	const { toks, text } = ctx;
	const sent = toks[from]?.sentence;
	let other = false;
	let viewVerb = false;
	for (let k = from; k < toks.length && k - from < 30 && toks[k].sentence === sent; k++) {
		const t = toks[k];
		if (ctx.inQuote[k] >= 0 || ctx.isMark[k]) return;
		if (t.pos === 'VERB' && AS_OTHER_VERBS.test(t.normal) && !adjacent) viewVerb = true;
		if (t.pos === 'PROPN' && isCap(t) && index.lookup(t.start, 'person') && index.lookup(t.start, 'person') !== c && !AS_SUBJECT_VERBS.test(toks[k - 1]?.normal ?? '')) other = true;
		if (t.normal !== 'as' || t.pos === 'SCONJ' && !['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(toks[k + 1]?.normal ?? '') && !isCap(toks[k + 1] ?? t)) continue;
		if (other || viewVerb) return;
		const r = npRight(toks, k + 1, Math.min(toks.length, k + 10));
		if (!r) return;
		const head = toks[r[1] - 1];
		if (!(personNouns().has(head.normal) || personNouns().has(head.lemma.toLowerCase()))) return;
		const ap = parseMention(text, toks, r[0], r[1]);
		if (ap && ap.kind !== 'person' && ap.kind !== 'pronoun') addDescriptionFacets(index, c, ap);
		return;
	}
}

function isDescriptionHead(t: Token, roles: Set<string>, ap: Mention): boolean {
	return roles.has(t.normal) || roles.has(t.lemma.toLowerCase()) || ap.kind === 'org' || !!ap.affiliation;
}

/**
 * "an aide to Vice President Pence", "a teacher at Richmond High School": a name linked after the head.
 * Of a chain ("the Department of Health Sciences at the University of York") the last is the
 * institution the person speaks for.
 */
function asideAffiliation(ctx: Ctx, c: Cluster, from: number, to: number): void {
	const { toks, text } = ctx;
	let found: Span | null = null;
	for (let k = from; k < to; k++) {
		if (!['to', 'at', 'of', 'for', 'with'].includes(toks[k].normal)) continue;
		let b = k + 1;
		while (b < to && (['the', 'a', 'an'].includes(toks[b].normal) || (isPossessive(toks[b + 1] ?? toks[b]) && isCap(toks[b])))) b += isPossessive(toks[b + 1] ?? toks[b]) && isCap(toks[b]) ? 2 : 1;
		let y = b;
		while (y < to && (isCap(toks[y]) || (['of', '&', 'and'].includes(toks[y].normal) && y + 1 < to && isCap(toks[y + 1])) || (toks[y].value === '.' && toks[y + 1]?.start === toks[y].end))) y++;
		if (y > b && isCap(toks[b]) && !placeNames().has(text.slice(toks[b].start, toks[y - 1].end))) {
			found = { start: toks[b].start, end: toks[y - 1].end };
			k = y - 1;
		}
	}
	if (found) c.addFacet({ ...found, text: text.slice(found.start, found.end), role: 'affiliation' });
}

/** An appositive description: it is a mention of the entity, and its words say who it is. */
function addDescriptionFacets(index: EntityIndex, c: Cluster, ap: Mention, whole: (Span & { text: string }) | null = null): void {
	const former = /\b(?:former|ex|then|onetime|retired)\b/i.test(ap.text);
	c.addFacet({ start: ap.start, end: ap.end, text: ap.text, role: 'description', former });
	if (whole) c.addFacet({ ...whole, role: 'description', former });
	if (ap.affiliation && ap.affiliationSpan) c.addFacet({ ...ap.affiliationSpan, text: ap.affiliation, role: 'affiliation', former });
	index.note(c, ap, ap.text, 'description');
}

/** Verbs of where someone lives: "who lives near the plant", "who has lived on Mill Street". */
const HOME_VERBS = new Set(['live', 'lives', 'lived', 'living', 'reside', 'resides', 'resided', 'grew']);
const HOME_PREPS = new Set(['in', 'near', 'on', 'along', 'beside', 'by', 'next', 'outside', 'across', 'around', 'behind', 'opposite', 'up', 'down', 'downstream', 'close', 'there', 'here', 'nearby', 'locally']);

/**
 * "a resident who lives near the plant said", "residents who live along the river": a restrictive
 * relative clause right after a speaker's description (token k is "who") says who they are, as the
 * clause of "Jane Roe, who heads Acme," does. Reads to the clause's verb of saying or its end.
 */
export function restrictiveRelative(ctx: Ctx, c: Cluster, k: number): void {
	const { toks } = ctx;
	if (toks[k]?.normal !== 'who' || c.kind !== 'person') return;
	let z = k + 1;
	while (z < toks.length && z - k < 20 && ![',', '.', ';', '—', '–'].includes(toks[z].value) && !ctx.isMark[z] && !(z > k + 2 && ctx.cueAt(z, true) > 0)) z++;
	relativeFacets(ctx, c, k, z);
}

/** "who heads the Acme Trust", "who teaches at Brightwater University", "who is a nurse". */
function relativeFacets(ctx: Ctx, c: Cluster, a: number, z: number): void {
	const { toks, text } = ctx;
	if (z <= a + 1) return;
	const span = { start: toks[a].start, end: toks[z - 1].end };
	c.addFacet({ ...span, text: text.slice(span.start, span.end), role: 'relative' });
	// "who lives near the plant", "who has lived on Mill Street for 30 years": where they live, as a
	// home town after a name ("Bond, 30, of Raleigh") — an ordinary person, when nothing else is said
	for (let k = a + 1; k < Math.min(z, a + 4); k++) {
		if (toks[k].pos === 'AUX' || toks[k].pos === 'ADV') continue;
		if (HOME_VERBS.has(toks[k].normal) && (HOME_PREPS.has(toks[k + 1]?.normal ?? '') || toks[k].normal === 'grew') && c.kind === 'person') {
			c.addFacet({ ...span, text: text.slice(span.start, span.end), role: 'home' });
			return;
		}
		break;
	}
	// "who represents Thomas", "who represents the victims": a person's representative (a lawyer or an
	// agent), not a member of what they represent
	const rep = toks.slice(a, z).findIndex((t) => /^represent(?:s|ed)?$/.test(t.normal));
	if (rep >= 0) {
		const obj = toks[a + rep + 1];
		const objName = obj && isCap(obj) && (firstNames().has(obj.normal) || ctx.entities?.lookup(obj.start, 'person') || (toks[a + rep + 2] && isCap(toks[a + rep + 2]) && firstNames().has(obj.normal)));
		const objPeople = obj && !isCap(obj) && toks.slice(a + rep + 1, z).some((x) => personNouns().has(x.normal) || personNouns().has(x.lemma.toLowerCase()) || x.normal === 'accusers' || x.normal === 'defendants');
		if (objName || objPeople || (obj && isPossessive(toks[a + rep + 2] ?? obj))) {
			c.addFacet({ start: toks[a].start, end: toks[z - 1].end, text: text.slice(toks[a].start, toks[z - 1].end), role: 'description', group: 'other', pattern: 'represents someone: their lawyer or agent' });
			return;
		}
	}
	for (let k = a + 1; k < z; k++) {
		const t = toks[k];
		const link = AFFILIATION_VERBS.has(t.normal) || ((t.normal === 'at' || t.normal === 'for' || t.normal === 'of') && k > a + 1);
		if (!link) continue;
		let b = k + 1;
		if (toks[b]?.normal === 'the') b++;
		if (b >= z || !isCap(toks[b])) continue;
		let y = b;
		while (y < z && (isCap(toks[y]) || ['of', '&', '.', 'for', 'and'].includes(toks[y].normal)) && !ctx.isMark[y]) y++;
		while (y > b && !isCap(toks[y - 1]) && toks[y - 1].value !== '.') y--;
		if (y > b) {
			c.addFacet({ start: toks[b].start, end: toks[y - 1].end, text: text.slice(toks[b].start, toks[y - 1].end), role: 'affiliation', former: /\bformer|once|used to\b/i.test(text.slice(span.start, toks[k].start)) });
			return;
		}
	}
}

// ---------------------------------------------------------------- the face

/**
 * "Peters spoke first. Later, Audley Peters said …": a surname met before the full name is a mention
 * of that person too. A second, cheap pass over capitalised words that are a known person's surname
 * and not yet a mention of anyone.
 */
function linkShortNames(ctx: Ctx, index: EntityIndex): void {
	const { toks } = ctx;
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		if (t.pos !== 'PROPN' || !isCap(t) || index.lookup(t.start)) continue;
		if ((toks[i - 1] && toks[i - 1].pos === 'PROPN' && isCap(toks[i - 1])) || (toks[i + 1] && toks[i + 1].pos === 'PROPN' && isCap(toks[i + 1]))) continue;
		const c = index.bySurname(t.normal, t.start);
		if (c) index.note(c, t, t.value, 'short name', ctx.inQuote[i] >= 0);
	}
}

/** "scored a victory", "scored points with voters": a figure of speech, not a deed. */
const FIGURATIVE_OBJECT = new Set(['a', 'an', 'points', 'point', 'victory', 'win', 'wins', 'big', 'major', 'political', 'highly', 'well', 'poorly', 'low', 'high']);

/**
 * "Taylor Swift's first six albums", "her latest novel", "Parise scored twice": what a person makes or
 * does (deeds.tsv) says what they are when nothing else does. Read after the scan, over each person's
 * name, short-name and his/her mentions outside quotes.
 */
function deedFacets(ctx: Ctx, index: EntityIndex): void {
	const { toks, text } = ctx;
	const list = deeds();
	if (!list.size) return;
	for (const c of index.clusters) {
		if (c.kind !== 'person' || c.plural) continue;
		for (const m of c.mentions) {
			if (m.quoted || m.form === 'description') continue;
			const last = ctx.tokenAt(m.end - 1);
			if (last < 0 || toks[last].end > m.end) continue;
			const pronoun = m.form === 'pronoun';
			let k = last + 1;
			const possessive = pronoun ? ['his', 'her'].includes(toks[last].normal) : !!toks[k] && isPossessive(toks[k]);
			if (possessive) {
				if (!pronoun) k++;
				// "first six albums", "latest solo album", "first-period goals"
				let z = k;
				while (z < toks.length && z - k < 6 && ['ADJ', 'NUM', 'NOUN', 'ADV'].includes(toks[z].pos) && !ctx.isMark[z]) z++;
				for (let h = z - 1; h >= k; h--) {
					const two = h > k ? `${toks[h - 1].normal} ${toks[h].normal}` : '';
					const d = list.get(two) ?? list.get(toks[h].normal);
					if (d && d.how === 'has') {
						c.addFacet({ start: toks[last].start, end: toks[h].end, text: text.slice(toks[last].start, toks[h].end), role: 'deed', group: d.group, pattern: `${toks[h].normal}: what they make or do` });
						break;
					}
					if (toks[h].pos === 'NOUN') break;
				}
			} else if (!pronoun || ['he', 'she'].includes(toks[last].normal)) {
				while (k < toks.length && k - last < 3 && (toks[k].pos === 'ADV' || ['has', 'had', 'have'].includes(toks[k].normal))) k++;
				const v = toks[k];
				const d = v ? list.get(v.normal) : undefined;
				if (v && d && d.how === 'does' && !FIGURATIVE_OBJECT.has(toks[k + 1]?.normal ?? '')) c.addFacet({ start: toks[last].start, end: v.end, text: text.slice(toks[last].start, v.end), role: 'deed', group: d.group, pattern: `${v.normal}: what they make or do` });
			}
		}
	}
}

/** The index of one article's entities, for the quote finder to extend with its speakers. */
export function buildEntityIndex(ctx: Ctx): EntityIndex {
	const paraStarts = ctx.paragraphs.map((p) => p.start);
	const paragraphIndex = (offset: number) => {
		let lo = 0;
		let hi = paraStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (paraStarts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};
	// Lines with no sentence end (headlines, "More:", links to other stories) are not story: they do
	// not count in how far back a pronoun or a description reaches.
	const headline = ctx.paragraphs.map((p) => !/[.!?:;"”’'’)…\]]$/.test(ctx.text.slice(p.start, p.end).trimEnd()));
	const storyIndex: number[] = [];
	let n = 0;
	for (let k = 0; k < headline.length; k++) {
		if (k > 0 && !headline[k]) n++;
		storyIndex.push(n);
	}
	const paragraphAt = (offset: number) => storyIndex[paragraphIndex(offset)] ?? 0;
	const index = new EntityIndex(paragraphAt, nameVariants());
	// A definite description with nobody fitting it refers to the person named in this sentence or the one before.
	// (named in the sentence before: in its own sentence, "X agreed with the Amnesty official" is someone else)
	const sentBounds = (offset: number): [number, number] => {
		const t = Math.min(ctx.tokenAt(offset), ctx.toks.length - 1);
		const sent = ctx.toks[t]?.sentence ?? 0;
		let k = t;
		while (k > 0 && ctx.toks[k - 1].sentence >= sent) k--;
		const own = ctx.toks[k]?.start ?? 0;
		while (k > 0 && ctx.toks[k - 1].sentence >= sent - 1) k--;
		return [ctx.toks[k]?.start ?? 0, own];
	};
	index.recentPerson = (at) => {
		if (index.obliqueAt?.(at)) return null;
		const [from, to] = sentBounds(at);
		return index.lastNamedPerson(from, to);
	};
	const OBLIQUE = new Set(['of', 'to', 'for', 'with', 'by', 'from', 'at', 'in', 'on', 'about', 'against', 'into', 'toward', 'towards', 'over', 'under', 'between', 'among']);
	index.restrictedAt = (end) => {
		let t = ctx.tokenAt(end);
		while (ctx.toks[t] && ctx.toks[t].start < end) t++;
		return ['who', 'that', 'whom', 'whose'].includes(ctx.toks[t]?.normal ?? '');
	};
	index.headlineAt = (offset) => headline[paragraphIndex(offset)] ?? false;
	index.obliqueAt = (offset) => {
		let t = ctx.tokenAt(offset) - 1;
		if (ctx.toks[t]?.normal === 'the') t--;
		const p = ctx.toks[t];
		// after a preposition ("the offices of Omar"), or the object of a verb ("Cook told Benioff")
		return !!p && ((OBLIQUE.has(p.normal) && p.pos === 'ADP') || (p.pos === 'VERB' && !ctx.isMark[t]));
	};
	scanEntities(ctx, index);
	linkShortNames(ctx, index);
	deedFacets(ctx, index);
	return index;
}

/** The finished entities, with their groups and evidence, first mentioned first. */
export function finishEntities(index: EntityIndex, rules: GroupRule[]): Map<Cluster, Entity> {
	const out = new Map<Cluster, Entity>();
	const orgGroup = (name: string) => {
		const c = index.findOrg(name);
		return c ? entityGroup(rules, c, () => 'unclassified').group : 'unclassified';
	};
	const live = index.clusters.filter((c) => c.mentions.length > 0);
	live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
	for (const c of live) {
		const g = entityGroup(rules, c, orgGroup);
		out.set(c, {
			name: cleanName(c.name),
			kind: c.kind,
			plural: c.plural,
			group: g.group,
			groupEvidence: g.evidence,
			affiliation: g.affiliation,
			affiliationEvidence: g.affiliationEvidence,
			descriptions: [...new Set(c.facets.filter((f) => f.role === 'title' || f.role === 'description' || f.role === 'party').map((f) => f.text))],
			mentions: c.mentions.map((m) => ({ ...m }))
		});
	}
	return out;
}

/**
 * Every person and organisation the article mentions, with each one's mentions clustered (names,
 * short names, titles, descriptions, he/she) and a group with the words that decided it. The quotes
 * stage's speakers are these entities; a later stage can score tone toward each.
 */
export function findEntities(article: CleanArticle, tok: Tokenised, rules: GroupRule[]): Entity[] {
	if (!tok.tokens.length) return [];
	const paragraphs = article.paragraphs.length ? article.paragraphs : paragraphSpans(article.text).paragraphs;
	const ctx = new Ctx(article.text, tok, paragraphs, markedSpans(article.text, paragraphs));
	return [...finishEntities(buildEntityIndex(ctx), rules).values()];
}

export { pronounClass };
