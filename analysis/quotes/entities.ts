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
// What the text says around each name (appositives, ages, relative clauses, descriptions) is read by
// describe.ts; the index the scan fills, its hooks and the finished entities are entity-index.ts.
// The lite wink model has no named entities: names are runs of capitalised proper nouns, and word
// lists (titles.txt, roles.txt, org-words.txt, places.txt) tell people, organisations and places apart.
import type { Span, Token } from '../types.js';
import { INDEFINITE, eitherGender, hyphenJoined, inHyphenCompound } from './mention-words.js';
import { Ctx } from './context.js';
import { ORG_DESCRIPTION_NOUNS, givenName, knownOrgNames, orgWords, personNouns, placeNames } from './data.js';
import { TIME_WORDS } from './mentions.js';
import { EntityIndex } from './coref.js';
import { Cluster, pronounClass } from './cluster.js';
import { headWord, words } from './name-words.js';
import { isStateName } from './groups.js';
import { NEVER_NAME_WORDS, isCap, isUnit, isPossessive, parseMention, sentenceAdverb } from './mentions.js';
import { describesNoun, familyAfter } from './mention-words.js';
import { titleStart } from './name-title.js';
import { capsLeads } from '../caps-lead.js';
import { nameRunEnd } from './name-run.js';
import { DESCRIPTION_DETS, describe } from './describe.js';
import { description } from './definite-description.js';
import { commandVerb, leftOrgDescription, listedOrganisation, loneGivenName, looksLikePerson, personDespitePlaceWord, roleOf, subjectOfVerb } from './name-kind.js';
import { nameInside, namedNext, ownStory } from './introduced.js';
import { claimOwner, clauseSubjectOf, frontedSubjectAt, questionerOf, relativeHolder } from './binding.js';
import { frontedClauseSubjectAt } from './fronted.js';
import { isShouted } from '../shouted.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const ALL_CAPITALS = /^[\p{Lu}]+$/u;
const HAS_LETTER = /[\p{L}]/u;
const UPPER_START = /^[\p{Lu}]/u;
/** A word that reads as a nationality: "Afghan", "Pakistani", "Lebanese", "Palestinian", "British". */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish|ch)$/u;

/** Prepositions of place: a capitalised run after them that is not an organisation is a place. */
const PLACE_BEFORE = new Set(['in', 'from', 'at', 'on', 'into', 'across', 'near', 'outside', 'inside', 'throughout', 'around', 'to', 'toward', 'towards', 'via']);
const PRONOUN_WORDS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);

const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

/** Scan the article: every name, description and he/she, resolved as it comes. */
export function scanEntities(ctx: Ctx, index: EntityIndex): void {
	const { toks, text } = ctx;
	const roles = personNouns();
	const places = placeNames();
	let pendingOrg: { at: number; head: string | null; span: Span } | null = null;
	// Where each paragraph starts (by paragraph index), read once.
	const paragraphStarts = new Map<number, number>();
	for (const x of toks) if (!paragraphStarts.has(x.paragraph)) paragraphStarts.set(x.paragraph, x.start);
	const paragraphStart = (p: number) => paragraphStarts.get(p) ?? 0;
	// A his or her in the phrase a sentence opens with, waiting for the subject named after its comma
	// (binding.ts frontedSubjectAt): the pronoun, and where that name starts.
	let fronted: { t: Token; name: number } | null = null;
	const resolveFronted = (c: Cluster | null) => {
		const f = fronted!;
		fronted = null;
		const g = f.t.normal === 'his' || f.t.normal === 'he' ? 'm' : 'f';
		if (c && c.kind === 'person' && (!c.gender || c.gender === g) && !index.lookup(f.t.start)) {
			if (!c.gender) c.gender = g;
			index.note(c, f.t, f.t.value, 'pronoun');
		} else index.resolvePronoun(f.t.normal, f.t, false, true, f.t.value);
	};
	const heading = capsLeads(toks);
	let i = 0;
	while (i < toks.length) {
		const t = toks[i];
		const quoted = ctx.inQuote[i] >= 0;
		if (fronted && i > fronted.name) resolveFronted(null);
		if (ctx.isMark[i] || heading[i]) {
			i++;
			continue;
		}
		// he / she and their other forms: the writer's, not someone's quoted words.
		if (t.pos === 'PRON' && PRONOUN_WORDS.has(t.normal) && !quoted) {
			// "He or she needs to be good at hiring", "his or her": anyone at all, no one the story names
			// (review NN of the 48th stop had "He" given to Sanders and "she" to Clinton)
			if (eitherGender(toks, i)) {
				i++;
				continue;
			}
			// "he told Cook": the listener named after the verb is someone else
			let exclude: Cluster | null = null;
			const cue = ctx.cueAt(i + 1);
			if (cue > 0 && toks[cue] && isCap(toks[cue])) exclude = index.bySurname(toks[cue].normal, t.start) ?? index.lookup(toks[cue].start, 'person') ?? null;
			exclude ??= clauseSubjectOf(ctx, index, i) ?? questionerOf(ctx, index, i);
			const holder = relativeHolder(ctx, index, i) ?? claimOwner(ctx, index, i);
			const front: number = holder || fronted ? -1 : Math.max(frontedSubjectAt(ctx, i), frontedClauseSubjectAt(ctx, i));
			if (front >= 0) fronted = { t, name: front };
			else if (holder && holder !== exclude && !index.lookup(t.start)) index.note(holder, t, t.value, 'pronoun');
			else index.resolvePronoun(t.normal, t, false, true, t.value, exclude);
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
					i = nameInside(ctx, i, d.end) ?? d.end;
					continue;
				}
			}
		}
		// "However, scientists warned that … “…,” they said": a group of people the text names by a plural
		// role, speaking, is in the story from here on, so a later "they" can mean them (the quote finder
		// would make them a speaker only after the pronoun was read)
		if (!quoted && t.pos === 'NOUN' && !isCap(t) && t.normal !== t.lemma.toLowerCase() && t.normal.endsWith('s') && personNouns().has(t.lemma.toLowerCase()) && (i === 0 || toks[i - 1].sentence !== t.sentence || toks[i - 1].value === ',') && ctx.cueAt(i + 1) > 0) {
			const m = parseMention(text, toks, i, i + 1);
			if (m && m.kind === 'noun' && m.plural && index.addDescription(m, false, true)) {
				i++;
				continue;
			}
		}
		// "Earlier that night, a police sergeant searched the room … He was later fired": someone new,
		// introduced as a sentence's subject in a paragraph about no one named, whom a pronoun after means.
		// (In "Assem, the co-pilot, … A friend referred to him as … He had wanted to fly", Assem is what the
		// paragraph is about, and "he" stays his.)
		// ("One diplomat was jolted awake …", "The Daily Mail reported that one diplomat described …: When he
		// moved …": "one" and "another" introduce someone as "a" does, and so does a clause's subject after
		// "that"; else "he" went to the only man named, Obama, paragraphs before.)
		if (INDEFINITE.has(t.normal) && !quoted && (i === 0 || toks[i - 1].sentence !== t.sentence || toks[i - 1].value === ',' || (toks[i - 1].normal === 'that' && toks[i - 1].pos === 'SCONJ')) && !index.lastNamedPerson(paragraphStart(t.paragraph), t.start, 100)) {
			const d = description(ctx, i, roles);
			// ("A hunter in Inner Mongolia caught …": a short place or affiliation before the verb)
			let v = d ? d.end : -1;
			if (d && toks[v]?.pos === 'ADP' && ['in', 'from', 'at', 'of', 'near', 'with'].includes(toks[v].normal)) {
				let k = v + 1;
				while (k < toks.length && k - v <= 4 && toks[k].sentence === t.sentence && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(toks[k].pos)) k++;
				if (k > v + 1) v = k;
			}
			const after = d ? toks[v] : undefined;
			if (d && d.mention.kind === 'noun' && !d.mention.plural && !d.age && after && (after.pos === 'VERB' || after.pos === 'AUX') && !namedNext(ctx, d.end, v) && (!ctx.isSpeechLemma(after) || ownStory(ctx, i, d.end, v))) {
				const c = index.addDescription({ ...d.mention, definite: false }, false, true);
				if (c) {
					i = nameInside(ctx, i, d.end) ?? d.end;
					continue;
				}
			}
		}
		// A name starts at a capitalised proper noun, or at a capitalised word the tagger misread right
		// before one ("Ted/VERB Nordhaus", "Will/AUX Doyle").
		// (not a verb of English opening a command: "“Make Trump just go away”")
		const misread =
			isCap(t) &&
			t.pos !== 'PROPN' &&
			toks[i + 1]?.pos === 'PROPN' &&
			isCap(toks[i + 1]) &&
			!['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM'].includes(t.pos) &&
			!NEVER_NAME_WORDS.has(t.normal) &&
			!ALL_CAPITALS.test(t.value) &&
			!ctx.isSpeechLemma(t) &&
			gap(text, t, toks[i + 1]) === ' ' &&
			!commandVerb(ctx, i) &&
			// ("Hopefully Mexico will stop …": an adverb opening the sentence, not a given name)
			!sentenceAdverb(t);
		// "Cook/VERB said": a known person's surname, whatever the tagger made of it
		const knownName = isCap(t) && t.pos !== 'PROPN' && !ALL_CAPITALS.test(t.value) && index.knows(t.value);
		// ("Editor-in-Chief Martin Baron": the end of a compound joined by hyphens starts no name)
		if ((t.pos !== 'PROPN' && !misread && !knownName) || !isCap(t) || inHyphenCompound(toks, i)) {
			i++;
			continue;
		}
		// "native 4K. Google confirmed", "8GB": letters written onto a number are its unit, never the
		// start of a name (the actors stage reads units the same way)
		// ("4K Ultra HD", "8GB Smart TV": without a full stop the unit opens a product's name, skipped whole)
		if (isUnit(toks, i)) {
			i = t.value.endsWith('.') ? i + 1 : Math.max(i + 1, nameRunEnd(ctx, i));
			continue;
		}
		let e = nameRunEnd(ctx, i);
		// ("Post Editor-in-Chief Martin Baron": capitalised words running into such a compound are its
		// start, a title the name after it takes in, not a name of their own)
		// (only before a name: "Islamic State-as-Nazism arguments" still names the Islamic State)
		if (hyphenJoined(toks, e) && inHyphenCompound(toks, e + 1) && toks[e + 4] && isCap(toks[e + 4]) && toks[e + 4].start === toks[e + 3].end + 1) {
			i = e;
			continue;
		}
		// "the policy is DANGEROUS and will hurt families": a word in capitals among ordinary words is
		// emphasis, not an acronym (shouted.ts)
		if (e === i + 1 && isShouted(toks, i)) {
			i++;
			continue;
		}
		// "the US military", "the Ohio police": a place and the body of it that acts
		if (toks[e] && !isCap(toks[e]) && orgWords().has(toks[e].normal) && ctx.inQuote[e] === ctx.inQuote[i] && places.has(text.slice(t.start, toks[e - 1].end))) e++;
		// "Facebook Facebook West Mercia Police": a word printed twice is page furniture, not a name.
		for (let k = i + 1; k < e; k++) if (toks[k].normal === toks[k - 1].normal && HAS_LETTER.test(toks[k].value)) i = k + 1;
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
		// the start of a noun phrase, not a name; but a name the text already gave a person is that person
		// ("Andrew claims that he …", with "claims" read as a noun).
		const sentenceStart = i === 0 || toks[i - 1].sentence !== t.sentence || ctx.isMark[i - 1];
		// "the Republican convention": after an article, a party's or a nation's word describing a noun is no
		// one (mention-words.ts describesNoun); not a place's or an organisation's name ("the Taliban
		// leadership", "the Iran deal")
		if (e - i === 1 && i > 0 && DESCRIPTION_DETS.has(toks[i - 1].normal) && describesNoun(toks, i) && !placeNames().has(t.value) && !knownOrgNames().has(t.normal)) {
			i = e;
			continue;
		}
		// ("the Bush family", "the Koch brothers": a surname before a noun for a family is no mention of one
		// of its people; review LL of the 47th stop had "the Bush family" Jeb Bush)
		if (familyAfter(toks, i, e)) {
			i = e + 1;
			continue;
		}
		if (e - i === 1 && sentenceStart && toks[e]?.pos === 'NOUN' && !isCap(toks[e]) && !index.knows(t.value)) {
			i = e;
			continue;
		}
		// Take in a title and the organisation before the name (name-title.ts).
		let s = titleStart(ctx, i, e);
		if (s > 0 && toks[s - 1].normal === 'the') s--;
		let m = parseMention(text, toks, s, e);
		const prev = toks[s - 1];
		if (!m) {
			i = e;
			continue;
		}
		let c: Cluster | null = null;
		let listed: string | null = null;
		let surname: string | null = null;
		// ("the West Bank", "the Gaza Strip": a place that an organisation's word ends, places.txt; a state
		// stays its government; review T of the 39th stop had the West Bank a business)
		if (m.kind === 'org' && m.proper && !m.title && placeNames().listed(m.name) && !isStateName(m.name)) {
			c = null;
		} else if (m.kind === 'org') {
			c = index.addOrg(m, quoted);
		} else if (m.kind === 'person' && isStateName(m.name)) {
			c = index.addOrg({ ...m, kind: 'org', proper: true }, quoted);
		} else if (m.kind === 'person') {
			// ("the parents, Khizr and Ghazala Khan": a given name before "and" and a full name shares its
			// surname, and is someone else than the one named after it)
			surname = !m.title && e === i + 1 ? sharedSurname(ctx, index, i, e) : null;
			if (surname) m = { ...m, name: `${m.name} ${surname}` };
			const nameWords = m.name.split(/\s+/).length;
			const hasGivenName = givenName(m.name.split(/\s+/)[0]) !== undefined;
			const known = index.knows(m.name);
			// ("checked on Epstein" after "Jeffrey Epstein": a person already named, not a place; "on the
			// Moon" after "Blue Moon" is still the place)
			const knownPerson = known && toks[s].normal !== 'the';
			// ("according to Kirill Koroteyev": a source, not a destination)
			const source = prev?.normal === 'to' && toks[s - 2]?.normal === 'according';
			const isPlace = (places.has(m.name.toLowerCase()) && !personDespitePlaceWord(ctx, m, s, i, e)) || (!m.title && !hasGivenName && !knownPerson && !source && prev && PLACE_BEFORE.has(prev.normal) && !isPossessive(toks[e] ?? t));
			// "The group that owns most of her music, Big Machine, says": named after an organisation noun
			const leftOrg = !m.title && !known && !hasGivenName ? leftOrgDescription(ctx, s) : null;
			// "Twitter pledged", "The Taliban claimed": an organisation speaker-groups.tsv knows by name
			// (or by a name of several words: "PC World", "Digital Foundry", which read like a person's)
			// (and alone, known before only as the first word of a longer name, the organisation itself:
			// "Google says …" after "Google Stadia", its product)
			const knownOrg = !m.title && (!known || index.knowsOnlyAsFirst(m.name)) && (nameWords === 1 ? !hasGivenName : true) && UPPER_START.test(m.name) && knownOrgNames().has(m.name.toLowerCase().replace(/[’']s$/, ''));
			// ("the Afghan Taliban", "Lebanese Hezbollah": a nationality before such a name says whose; the
			// organisation is the one named alone elsewhere, "the Taliban")
			const nameFrom = toks[s]?.normal === 'the' ? s + 1 : s;
			const ofNation = !knownOrg && !m.title && !known && !hasGivenName && nameWords === 2 && DEMONYM.test(toks[nameFrom]?.value ?? '') ? nameFrom : -1;
			const nationOrg = ofNation >= 0 && toks[ofNation + 1] && toks[ofNation + 1].end === m.nameSpan.end && knownOrgNames().has(toks[ofNation + 1].normal.toLowerCase().replace(/[’']s$/, '')) ? toks[ofNation + 1] : null;
			// "Ceres Robotics will build …" after "Ceres Robotics Inc.": a company the text named before with
			// its corporate suffix
			const suffixed = !m.title && !known && !hasGivenName && nameWords >= 2 ? index.findOrg(m.name) : null;
			// "the German Catholic newspaper Die Tagespost", "the Chinese carmaker Great Wall": a title that is
			// an organisation noun names an organisation, not a person's office
			const titleHead = m.title ? m.title.trim().split(/\s+/).pop()!.toLowerCase() : '';
			const orgTitle = !!titleHead && ORG_DESCRIPTION_NOUNS.has(titleHead) && !hasGivenName;
			if (nationOrg) {
				c = index.addOrg({ ...m, kind: 'org', proper: true, name: nationOrg.value, nameSpan: { start: nationOrg.start, end: nationOrg.end } }, quoted);
				// (the whole name still finds it: a speaker mention is looked up where its name starts)
				index.setStart(m.nameSpan.start, c);
			} else if (knownOrg || orgTitle || (suffixed && suffixed.words.length > nameWords)) c = index.addOrg({ ...m, kind: 'org', proper: true }, quoted);
			else if (leftOrg) {
				c = index.addOrg({ ...m, kind: 'org', proper: true }, quoted);
				c.orgNouns.add(leftOrg.head);
				index.note(c, leftOrg.span, text.slice(leftOrg.span.start, leftOrg.span.end), 'description');
			} else if (!isPlace && (m.title || known || (nameWords >= 2 && looksLikePerson(ctx, m, e)))) c = index.addPerson(m, quoted);
			// (no gender from the name: "Clinton Says …" in a headline is Hillary Clinton's surname)
			else if (!isPlace && !quoted && nameWords === 1 && loneGivenName(ctx, m, s, e)) c = index.addPerson(m, quoted);
			// "local employers such as Monsanto": a name listed under a plural noun for organisations
			else if (!isPlace && !quoted && !hasGivenName && (listed = listedOrganisation(ctx, s))) {
				c = index.addOrg({ ...m, kind: 'org', proper: true }, quoted);
				c.orgNouns.add(listed);
			}
			// "Big Machine have twice denied …": a name of two or more words that is no person but the
			// subject of a verb is an organisation (what "they" or "it" can refer to).
			else if (!isPlace && nameWords >= 2 && !quoted && (subjectOfVerb(ctx, e) || (!hasGivenName && roleOf(ctx, m)))) c = index.addOrg({ ...m, kind: 'org', proper: true }, quoted);
		} else if (m.kind === 'noun' && m.definite && !quoted) {
			c = index.addDescription(m, false, false);
		}
		if (fronted && (i === fronted.name || s === fronted.name)) {
			// (a name the scan could not tell a person's, "In his email to members, Trumka said": the his
			// that stands for it says so, as no organisation owns with "his")
			if (!c && m.kind === 'person' && !quoted && !places.has(m.name.toLowerCase())) c = index.addPerson(m, quoted);
			resolveFronted(c);
		}
		if (c && c.kind === 'org' && pendingOrg && pendingOrg.at === i) {
			if (pendingOrg.head) c.orgNouns.add(pendingOrg.head);
			index.note(c, pendingOrg.span, text.slice(pendingOrg.span.start, pendingOrg.span.end), 'description');
		}
		pendingOrg = null;
		if (c && c.named && !quoted) e = describe(ctx, index, c, s, e, m);
		i = Math.max(e, i + 1);
	}
	if (fronted) resolveFronted(null);
}

/**
 * The surname a lone given name at [i, e) shares with the full name after "and" ("Khizr and Ghazala
 * Khan", "Bill and Hillary Clinton"), or null. A name the story knows is someone's already ("Hillary
 * and Tim Kaine" after "Hillary Clinton"), and a word it also uses alone elsewhere that is no given name
 * of first-names.txt, is taken for a surname ("Trump and Mike Pence").
 */
function sharedSurname(ctx: Ctx, index: EntityIndex, i: number, e: number): string | null {
	const { toks, text } = ctx;
	const and = toks[e];
	if (and?.normal !== 'and' || !toks[e + 1] || !isCap(toks[e + 1]) || toks[e + 1].pos !== 'PROPN') return null;
	const f = nameRunEnd(ctx, e + 1);
	if (f - (e + 1) !== 2 || !toks.slice(e + 1, f).every((x) => isCap(x) && x.pos === 'PROPN' && /^\p{L}+$/u.test(x.value))) return null;
	// (not a place's name: "Allen and Stanton Streets")
	const second = text.slice(toks[e + 1].start, toks[f - 1].end);
	if (placeNames().has(second) || placeNames().has(second.replace(/s$/, ''))) return null;
	// (nor a name the story gave someone already: "Hillary and Tim Kaine", "Clinton and Jeb Bush")
	const word = toks[i].value;
	if (index.knows(word)) return null;
	if (givenName(word) === undefined) {
		// (used alone anywhere else, it is a surname: one look over the text, for this rare pattern only)
		const alone = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
		let n = 0;
		for (const _ of text.matchAll(alone)) if (++n > 1) return null;
	}
	return toks[f - 1].value;
}

export { pronounClass };
