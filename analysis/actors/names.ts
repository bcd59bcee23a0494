// Actors the entity scan leaves out. To attribute quotes, the quotes stage takes a capitalised word for
// a person only with a sign (a given name, a title, a speech verb); a lone surname or organisation name
// with no such sign ("Sanders voted against it", "critics of Exxon") is no speaker of anything, so it is
// not an entity. Tone toward actors needs every one, so here:
//   - a run of capitalised proper nouns that is no mention of an entity, no place and no name of a
//     thing (things.txt: "the Rome Statute", "Election Day") is an actor, and so is a lone capitalised
//     name (one word, or an acronym) that is no time word and not a capitalised word opening a sentence
//     before a common noun; the same name again, or a person's surname, is the same actor;
//   - a description of a person or an organisation no entity took ("the senator", "a woman", "the
//     company") is an actor named by it, the same description again the same actor;
//   - a name with no sign of being someone or an organisation that the text only uses for where
//     something happens ("in Hollywood") or to qualify another word ("NFL football") is no actor;
//   - "he"/"she" that the entity scan resolved to no one is resolved against the people named here
import { classifySpeaker, isStateName, matchGroup } from '../quotes/groups.js';
import { companyWords, documentNouns, firstNames, knownOrgNames, nameVariants, orgWords, personNouns, placeNames, recordedNameGenders, titleWords } from '../quotes/data.js';
import { isGenerationWord } from '../quotes/name-words.js';
import { NEVER_NAME_WORDS, QUANTIFIERS, TIME_WORDS, isDemonym } from '../quotes/mentions.js';
import { tokenAt as tokenAtStart, upperBound } from '../sorted.js';
import { inVocabulary } from '../nlp.js';
import { LETTER_LABELS } from '../wink-shown.js';
import type { Entity, EntityMention, GroupRule, Span, Token, Tokenised } from '../types.js';
import { ACRONYM, CAPITALS, LETTER, LOWER_FIRST, ONE_UPPER, UPPER_FIRST, acronym, capitalised, headingSentences, LOWER_LETTER, sloganTokens } from './capitals.js';
import { addDescriptions } from './descriptions.js';
import { definedThings } from './defined-things.js';
import { addLoneWords, isShoutedWord, lowerCaseWords } from './lone-words.js';
import { resolvePronouns, type Named } from './pronouns.js';
import type { NameScan } from './scan.js';
import { addressOf, codeSigns, inPartyLabel, placeInApposition, settingOf } from './settings.js';
import { isThingWord, orgNouns, things, wordList } from './word-lists.js';
import { capsLeads } from '../caps-lead.js';
import { coverSignOffs, signOffSpans, withoutSignOffs } from './sign-off.js';

/** Words of a region that open a demonym of two words: "Middle Eastern", "North Korean", "Latin American". */
const REGION_WORDS = new Set(['middle', 'north', 'south', 'east', 'west', 'central', 'latin', 'northern', 'southern', 'eastern', 'western']);

export { wordList } from './word-lists.js';

/** A stretch of quoted speech and who said it (the loaded-terms stage's quoted spans). */
export type SpeakerSpan = Span & { speaker?: string | null };

/** Words of two letters that are words of English, not initialisms. */
const SMALL_WORDS = new Set(['of', 'to', 'in', 'on', 'at', 'by', 'an', 'as', 'is', 'it', 'be', 'or', 'no', 'so', 'up', 'we', 'he', 'my', 'do', 'go', 'if', 'me']);

/** Tags the lite model gives a capitalised word of a name it does not know ("Inter/VERB Milan"). */
const MISREAD_POS = new Set(['VERB', 'NOUN', 'ADJ']);

/** An actor's mentions in text order, less any inside another of them ("Sports" within "Sky Sports"). */
function outermost(mentions: EntityMention[]): EntityMention[] {
	const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
	const out: EntityMention[] = [];
	for (const m of sorted) if (!out.length || m.start >= out[out.length - 1].end || m.end > out[out.length - 1].end) out.push(m);
	return out;
}

/**
 * The article's entities, plus actors for the lone names and pronouns the entity scan left out. The
 * added actors are `unclassified` unless speaker-groups.tsv knows the name. Returns new entities;
 * the input is not changed.
 */
/** First words that make a two-word name a place ("River Ebola", "Lake Victoria", "Mount Kenya"). */
const PLACE_FIRST = new Set(['river', 'lake', 'mount', 'mt.']);

/** A letter or a number that labels something after one of wink-shown.ts's LETTER_LABELS: "Group E", "Pool 2". */
const LABEL = /^(?:\p{Lu}|\d{1,2})\.?$/u;

/** Words that join a document's thing word to the rest of its name: "Convention on", "Charter of". */
const THING_JOINS = new Set(['on', 'of', 'for', 'against']);

/**
 * Does the name at token k continue a document's name, "[Convention] on [the] Diplomatic Relations"
 * ('thing'), or an office's, "[Minister] of Defence", "[Chief] of Staff" ('office': a capitalised title
 * word, then "of" with no "the": "Chairman of the Democratic Caucus" names the caucus)? Else null.
 */
function nameAfterHead(tokens: Token[], k: number): 'thing' | 'office' | null {
	let j = k - 1;
	if (tokens[j]?.normal === 'the') j--;
	const join = tokens[j];
	const head = tokens[j - 1];
	if (!join || !head || !THING_JOINS.has(join.normal) || !UPPER_FIRST.test(head.value) || head.sentence !== tokens[k].sentence) return null;
	// ("Chad Day on Twitter": a thing word that is someone's surname)
	if (things().has(head.normal)) return !tokens[j - 2] || !firstNames().has(tokens[j - 2].normal) ? 'thing' : null;
	return join.normal === 'of' && j === k - 1 && titleWords().has(head.normal) ? 'office' : null;
}

/** Do a mention's own words hold such a name: "The United Nations Convention on the Law of the Sea"? */
function holdsThingOf(tokens: Token[], m: Span): boolean {
	for (let k = tokenAtStart(tokens, m.start); k + 1 < tokens.length && tokens[k + 1].start < m.end; k++) if (THING_JOINS.has(tokens[k + 1].normal) && UPPER_FIRST.test(tokens[k].value) && things().has(tokens[k].normal)) return true;
	return false;
}

/** Words before a platform's name that make it where words were published: "on Twitter", "via Facebook". */
const CHANNEL_BEFORE = new Set(['on', 'via', 'across', 'over']);

export function withLoneNames(text: string, tok: Tokenised, found: Entity[], rules: GroupRule[], spoken: SpeakerSpan[] = []): Entity[] {
	const { tokens } = tok;
	// (a wire sign-off written on at a paragraph's end credits no actor: sign-off.ts)
	const signOffs = signOffSpans(text);
	const entities = withoutSignOffs(found, signOffs);
	const covered = new Uint8Array(tokens.length);
	const owner = new Int32Array(tokens.length).fill(-1);
	let k = 0;
	const spans = entities.flatMap((e, ei) => e.mentions.map((m) => ({ m, ei }))).sort((a, b) => a.m.start - b.m.start);
	for (const { m, ei } of spans) {
		while (k > 0 && tokens[k - 1].end > m.start) k--;
		while (k < tokens.length && tokens[k].end <= m.start) k++;
		for (let i = k; i < tokens.length && tokens[i].start < m.end; i++) {
			covered[i] = 1;
			owner[i] = ei;
		}
	}
	// (a newsletter's heading in capitals glued to its paragraph names no one: caps-lead.ts)
	const heading = capsLeads(tokens);
	for (let k = 0; k < tokens.length; k++) if (heading[k]) covered[k] = 1;
	coverSignOffs(tokens, covered, signOffs);
	// "the Rome Statute", "the Affordable Care Act": a name of a thing the entity scan took for an
	// organisation is no actor (things.txt); its words stay covered so no lone name is made of them
	// ("its IPO", "as CEO": a lone initialism of a thing or an office, things.txt, names no one either)
	const isThing = (e: Entity) => {
		const words = e.name.split(/\s+/);
		const last = words[words.length - 1];
		// ("Group E", "Pool B", and "Group" of "Group A": a letter or a number labels a thing, no one)
		if (LETTER_LABELS.has(words[0].toLowerCase()) && (words.length === 2 ? LABEL.test(last) : words.length === 1 && e.mentions.length > 0 && e.mentions.every((m) => LABEL.test(tokens[tokenAtStart(tokens, m.end)]?.value ?? '')))) return true;
		if (words.length === 1 || ACRONYM.test(last)) return words.length === 1 && ACRONYM.test(last) && things().has(last.toLowerCase());
		// "the River Ebola", "Lake Victoria", "Mount Kenya": a place named by its first word
		if (words.length === 2 && PLACE_FIRST.has(words[0].toLowerCase())) return true;
		const lastWord = words[words.length - 1].toLowerCase().replace(/\.$/, '');
		return isThingWord(lastWord) && !(e.kind === 'person' && firstNames().has(words[0].toLowerCase()));
	};
	// "the Vienna Convention on Diplomatic Relations", "the Convention on the Law of the Sea": the rest of a
	// document's name after its thing word and "on/of" names no one either (the seventh newcomer's China
	// Daily had "Diplomatic Relations" and "Consular Relations" as actors)
	// (a mention's "the" is the one nameAfterHead() reads past)
	const nameStart = (m: EntityMention) => {
		const k = tokenAtStart(tokens, m.start);
		return tokens[k]?.normal === 'the' ? k + 1 : k;
	};
	const inThingName = (e: Entity) => e.mentions.some((m) => m.form !== 'pronoun') && e.mentions.every((m) => m.form === 'pronoun' || nameAfterHead(tokens, nameStart(m)) !== null || holdsThingOf(tokens, m));
	// In a heading (a related story's headline pasted with the page, a line in capitals) a capital says
	// nothing about names: an entity met only in such lines is no actor.
	const titled = headingSentences(text, tok);
	const onlyInTitles = (e: Entity) => e.mentions.length > 0 && e.mentions.every((m) => titled[tokens[Math.min(tokens.length - 1, tokenAtStart(tokens, m.start))]?.sentence ?? 0] === 1);
	const { datelineAt, datelineEnd, unit, ticker, codeOrUnit } = codeSigns(text, tokens);
	// (by its names: "PHILADELPHIA - …" had "the party" resolved to it, as a capital is a government)
	const onlyDatelines = (e: Entity) => {
		const named = e.mentions.filter((m) => m.form === 'name' || m.form === 'short name');
		return named.length > 0 && named.every(datelineAt);
	};
	const onlyUnits = (e: Entity) => e.mentions.length > 0 && e.mentions.every((m) => m.form !== 'pronoun' && codeOrUnit(tokenAtStart(tokens, m.start)));
	// "Brent LCOc1 fell", "the Nasdaq Composite .IXIC added", "Sterling GBP= was": a name every mention
	// of which ends with or comes right before a wire's market code is an instrument, not an actor
	const instrument = (e: Entity) =>
		e.mentions.length > 0 &&
		e.mentions.every((m) => {
			if (m.form === 'pronoun' || m.form === 'description') return false;
			let k = tokenAtStart(tokens, m.start);
			while (k + 1 < tokens.length && tokens[k + 1].start < m.end) k++;
			// (".IXIC" is a dot and a word: the code starts at the dot)
			const next = tokens[k + 1]?.value === '.' && tokens[k + 1].start === tokens[k].end + 1 ? k + 2 : k + 1;
			return ticker(k) || (tokens[k + 1]?.start !== undefined && tokens[k + 1].start <= tokens[k].end + 1 && ticker(next));
		});
	// "the study found", "the report said", "a new poll shows": a document the quotes stage let speak, met
	// only by a description in lower case (or one whose capital only opens the sentence), is a source of
	// words but nobody to have a tone toward; its words are free for a name ("Limbaugh's comments came …")
	const isObject = (e: Entity) => {
		if (!e.mentions.length || e.mentions.some((m) => m.form !== 'description' && m.form !== 'pronoun')) return false;
		const written = e.name.split(/\s+/);
		if (written.slice(1).some((w) => !LOWER_FIRST.test(w))) return false;
		// (capitalised only because it opens the sentence: "New polls show …")
		const opensSentence = (m: EntityMention) => {
			const k = tokenAtStart(tokens, m.start);
			return k === 0 || tokens[k - 1].sentence !== tokens[k].sentence;
		};
		if (!LOWER_FIRST.test(e.name) && (written.length < 2 || !e.mentions.every((m) => m.form === 'pronoun' || opensSentence(m)))) return false;
		// (not one that is also an organisation: "the Trump campaign", org-nouns.txt)
		const head = written[written.length - 1].toLowerCase();
		const one = head.replace(/(?<=[^s])s$/, '');
		return (documentNouns().has(head) || documentNouns().has(one)) && !orgNouns().has(head) && !orgNouns().has(one) && !written.some((w) => personNouns().has(w.toLowerCase()));
	};
	// ("said Tuesday at the Code Media conference": a weekday the entity scan took for a name)
	const isTime = (e: Entity) => TIME_WORDS.has(e.name.toLowerCase());
	// "said on Twitter", "posted via Facebook", "Twitter: @Milbank": a platform met only where words were
	// published (platforms.txt) is no one acting
	const platforms = wordList('platforms.txt');
	const onlyChannel = (e: Entity) => {
		if (!platforms.has(e.name.toLowerCase())) return false;
		const named = e.mentions.filter((m) => m.form !== 'pronoun');
		return named.length > 0 && named.every((m) => {
			const k = tokenAtStart(tokens, m.start);
			return CHANNEL_BEFORE.has(tokens[k - 1]?.normal ?? '') || tokens[k + 1]?.value === ':';
		});
	};
	// (an object's words are free again: "Limbaugh's comments came …" still names Limbaugh)
	for (const e of entities)
		if (isObject(e))
			for (const m of e.mentions) for (let k = tokenAtStart(tokens, m.start); k < tokens.length && tokens[k].start < m.end; k++) covered[k] = 0;
	// "hypersensitivity pneumonitis, or HP", "a condition called HP": a name the text defines as a thing
	// names no one wherever it comes (defined-things.ts); its words stay covered
	const defined = definedThings(tokens);
	if (defined.size) for (let k = 0; k < tokens.length; k++) if (defined.has(tokens[k].value)) covered[k] = 1;
	// "A HUNTER who killed …": a word of English in capitals that the entity scan took for an acronym
	// (lone-words.ts reads its own the same way)
	const lowerCase = lowerCaseWords(tokens);
	const shouted = (e: Entity) => e.group === 'unclassified' && isShoutedWord(e.name, lowerCase);
	const places = placeNames();
	const firsts = firstNames();
	const orgs = orgWords();
	const known = knownOrgNames();
	// Names with no sign of being someone (a given name, a title or a description) or an organisation
	// (speaker-groups.tsv, an organisation word): their use must show it. The entity scan's own count too.
	const unsigned = (name: string) => !known.has(name.toLowerCase()) && !name.split(/[\s-]+/).some((w) => firsts.has(w.toLowerCase()) || orgs.has(w.toLowerCase()) || known.has(w.toLowerCase()));
	// "BEER NUTRITION LABELS -- …", "SPARED FULL BAN", "PEOPLE WHO": words of English in capitals (a
	// lead-in, a shouted phrase, a heading inside a paragraph), where a capital says nothing about names.
	// Not a name that opens with a given name ("ALAN DERSHOWITZ") or one speaker-groups.tsv knows whole
	// ("USA TODAY"), nor one also written in ordinary case.
	const englishInCapitals = (name: string) => {
		const ws = name.split(/\s+/).filter((w) => LETTER.test(w));
		// (an initialism is no word of English here: "US EPA", "US UN")
		const english = (w: string) => {
			const lower = w.toLowerCase().replace(/[’']s$/, '');
			return (lower.length >= 3 || SMALL_WORDS.has(lower)) && !known.has(lower) && inVocabulary(lower);
		};
		return ws.length >= 2 && !LOWER_LETTER.test(name) && !firsts.has(ws[0].toLowerCase()) && !known.has(name.toLowerCase()) && ws.every(english);
	};
	const capitalsOnly = (e: Entity) => englishInCapitals(e.name) && e.mentions.every((m) => m.form === 'pronoun' || !LOWER_LETTER.test(m.text));
	// "Volker and Morrison said …": a list of names the quotes stage let speak as one is each of them,
	// already actors; it is an actor of its own only when a "they" means it
	// (the other entities' mentions inside one: from `spans`, in text order, found by halving)
	const namesInside = (ei: number, m: EntityMention) => {
		const inside = new Set<number>();
		for (let k = upperBound(spans, m.start - 1, (x) => x.m.start); k < spans.length && spans[k].m.start < m.end; k++) {
			const x = spans[k];
			if (x.ei !== ei && x.m.form !== 'pronoun' && x.m.end <= m.end) inside.add(x.ei);
		}
		return inside.size;
	};
	const listOnly = (e: Entity, ei: number) => e.plural && e.mentions.every((m) => m.form !== 'pronoun' && namesInside(ei, m) >= 2);
	// A chant or a sign in quotation marks in title case ("Less Money on Testing, More Money on Students",
	// capitals.ts sloganTokens): met only so, no one is named (the fifteenth newcomer had "Less Money"
	// and "More Money" as actors)
	const slogan = sloganTokens(tokens);
	const inSlogan = (m: EntityMention) => slogan[tokenAtStart(tokens, m.start)] === 1;
	const onlyInSlogans = (e: Entity) => e.group === 'unclassified' && unsigned(e.name) && !isStateName(e.name) && e.mentions.some((m) => m.form !== 'pronoun') && e.mentions.every((m) => m.form === 'pronoun' || inSlogan(m));
	// ("Others said …", "Many in the crowd said …": a quantifier standing for people the text counts, no one
	// it names; the quotes stage keeps them as speakers)
	const counted = (e: Entity) => !e.name.includes(' ') && (QUANTIFIERS.has(e.name.toLowerCase()) || e.name.toLowerCase() === 'others');
	const out = entities.filter((e, ei) => !isThing(e) && !counted(e) && !inThingName(e) && !isTime(e) && !onlyChannel(e) && !instrument(e) && !isObject(e) && !onlyInTitles(e) && !onlyDatelines(e) && !onlyUnits(e) && !defined.has(e.name) && !shouted(e) && !capitalsOnly(e) && !listOnly(e, ei) && !onlyInSlogans(e)).map((e) => ({ ...e, mentions: [...e.mentions] }));
	const byName = new Map<string, Entity>();
	// ("websites like Infowars" … "Infowars": an organisation the quotes stage named is the one this stage
	// meets again by that name, not a second actor)
	// (not a name the quotes stage also gave a person)
	const peopleNames = new Set(out.filter((e) => e.kind === 'person').map((e) => e.name));
	for (const e of out) if (e.kind === 'org' && !e.plural && !byName.has(e.name) && !peopleNames.has(e.name)) byName.set(e.name, e);
	/** The added person actors in text order, for he/she to refer to. */
	const named: Named[] = [];
	// The entity scan's own people met by a description ("the man didn't have any reason … He wasn't a
	// smoker") are candidates too. (A pronoun it left near someone it named was left for a reason: inside
	// their own quote, "He is new to the game" is not the speaker.) A document the quotes stage let speak,
	// "the study found", is no one.
	for (const e of out) {
		if (e.kind !== 'person' || e.plural || e.name.endsWith(', unnamed') || documentNouns().has(e.name.split(/\s+/).pop()!.toLowerCase())) continue;
		for (const m of e.mentions) if (m.form === 'description') named.push({ at: m.start, e, paragraph: tokens[tokenAtStart(tokens, m.start)]?.paragraph ?? -1 });
	}
	// A name of several words this stage adds with no sign of being a person (no common given name in it:
	// "Inter Milan", "Iceberg Passages") is listed, but he or she never means it. (A lone capitalised word
	// is most often a surname: "Trump said he …".)
	// "the A380", "Olfr78", "LCOc1": a code of letters and digits, unless speaker-groups.tsv knows it ("3M")
	const code = (t: Token) => /\d/.test(t.value) && LETTER.test(t.value) && !known.has(t.normal.toLowerCase());
	// (a state or a capital is its government when it acts, "Beijing said"; only said to be where
	// something happens, "a hospital in Beijing", it is the place)
	const added = new Set<Entity>(out.filter((e) => !e.plural && !e.descriptions.length && !e.affiliation && ((e.group === 'unclassified' && unsigned(e.name)) || isStateName(e.name))));
	const add = (key: string, kind: 'person' | 'org', plural: boolean, from: number, to: number, form: EntityMention['form'], someone = true): Entity => {
		let e = byName.get(key);
		if (!e) {
			e = { name: key, kind, plural, group: classifySpeaker(rules, null, key, key), groupEvidence: null, affiliation: null, affiliationEvidence: null, descriptions: form === 'description' ? [key] : [], mentions: [] };
			byName.set(key, e);
			out.push(e);
			if (form === 'name' && unsigned(key)) added.add(e);
		}
		const start = tokens[from].start;
		const end = tokens[to - 1].end;
		e.mentions.push({ start, end, text: text.slice(start, end), form });
		for (let k = from; k < to; k++) covered[k] = 1;
		if (e.kind === 'person' && !e.plural && someone) named.push({ at: start, e, paragraph: tokens[from].paragraph });
		return e;
	};
	const surnames = new Map<string, Entity>();
	// The entity scan's own names: a person's surname, an organisation's first word, met alone later
	for (const e of out) {
		const words = e.name.split(/\s+/).filter((w) => UPPER_FIRST.test(w));
		if (words.length < 2 || e.plural) continue;
		const key = (e.kind === 'person' ? words[words.length - 1] : words[0]).toLowerCase().replace(/[’']s$/, '');
		if (e.kind === 'org' && orgs.has(key)) continue;
		// ("the Trump White House", "the Obama National Security Council": a name before an organisation's
		// own name of two words or more says whose or when; alone it is that person, not the organisation)
		const rest = words.slice(1).join(' ').toLowerCase();
		if (e.kind === 'org' && words.length >= 3 && (known.has(rest) || matchGroup(rules, rest)?.pattern === rest)) continue;
		if (!surnames.has(key)) surnames.set(key, e);
	}
	// ... and a person's given name or a form of it ("Doug" for Douglas Haig: his lawyer's "Doug had
	// absolutely no further contact …"), when only one person of the article goes by it
	const given = new Map<string, Entity | null>();
	for (const e of out) {
		const words = e.name.split(/\s+/).filter((w) => UPPER_FIRST.test(w));
		if (e.kind !== 'person' || words.length < 2 || e.plural) continue;
		const first = words[0].toLowerCase();
		if (!firsts.has(first)) continue;
		for (const k of [first, ...(nameVariants().get(first) ?? [])]) given.set(k, given.has(k) && given.get(k) !== e ? null : e);
	}
	for (const [k, e] of given) if (e && !surnames.has(k)) surnames.set(k, e);
	// (the rest of a document's or an office's name, "… on Diplomatic Relations", "Minister of Defence",
	// is no lone name or run of names either)
	// (but an organisation after an office is one: "CEO of Twitter", "Director of NSA")
	for (let i = 1; i < tokens.length; i++) {
		const after = covered[i] || !capitalised(tokens[i]) ? null : nameAfterHead(tokens, i);
		if (!after) continue;
		let e = i;
		while (e < tokens.length && tokens[e].sentence === tokens[i].sentence && (capitalised(tokens[e]) || (THING_JOINS.has(tokens[e].normal) && e > i && capitalised(tokens[e + 1] ?? tokens[e])))) e++;
		const run = tokens.slice(i, e);
		// ("Secretary of State", "Secretary of Defense": one word that is only an organisation's kind, after an
		// office, is the office's name, no organisation of its own)
		const generic = e - i === 1 && after === 'office' && orgs.has(tokens[i].normal.toLowerCase()) && !known.has(tokens[i].normal.toLowerCase()) && !acronym(tokens[i]);
		const organisation = !generic && (run.some((x) => orgs.has(x.normal.toLowerCase()) || acronym(x)) || known.has(text.slice(tokens[i].start, tokens[e - 1].end).toLowerCase()));
		if (!organisation || after === 'thing') covered.fill(1, i, e);
		i = e - 1;
	}
	// "Dena Grayson" and "Dena Minning" after "Dena Minning Grayson" (and "Hillary Rodham"): a given name and
	// other words of one person's fuller name are that person, when no other person's name has them
	const fuller = new Map<string, Entity[]>();
	for (const e of out) {
		const ws = e.name.toLowerCase().split(/\s+/);
		// (a name, opened by a given name: not "a Ft. Worth member of the AfroSpear", nor "Cassius Clay Sr.",
		// whose son is "Cassius Clay")
		if (e.kind !== 'person' || e.plural || ws.length < 3 || !(firsts.has(ws[0]) || recordedNameGenders().has(ws[0])) || isGenerationWord(ws[ws.length - 1]) || e.name.split(/\s+/).some((w) => !UPPER_FIRST.test(w))) continue;
		const same = fuller.get(ws[0]);
		if (same) same.push(e);
		else fuller.set(ws[0], [e]);
	}
	const fullerName = (words: Token[]): Entity | undefined => {
		const ws = words.map((x) => x.normal.toLowerCase());
		const named = fuller.get(ws[0]) ?? [];
		// (a paste of thousands of names: so many people of one given name are no one in particular)
		if (named.length > 50) return undefined;
		const found = named.filter((e) => {
			const full = e.name.toLowerCase().split(/\s+/);
			return full.length > ws.length && ws.slice(1).every((w) => full.indexOf(w) > 0);
		});
		return found.length === 1 ? found[0] : undefined;
	};
	const scan: NameScan = { text, tok, tokens, covered, titled, slogan, out, named, surnames, add, code, codeOrUnit, ticker, lowerCase };
	// Runs of capitalised proper nouns: "Nikki Haley", "Feld Entertainment"; mid-sentence, a capitalised
	// word the tagger misread before one opens the run too ("Inter/VERB Milan", "Hang/VERB Seng Index")
	const propn = (k: number) => tokens[k]?.pos === 'PROPN' && capitalised(tokens[k]);
	const misread = (k: number) => k > 0 && tokens[k - 1].sentence === tokens[k].sentence && !/^["“‘'(]$/.test(tokens[k - 1].value) && capitalised(tokens[k]) && MISREAD_POS.has(tokens[k].pos) && propn(k + 1) && tokens[k + 1].start === tokens[k].end + 1;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		// "4K Ultra HD", "8GB Smart TV": a unit with no full stop opens a product's name, skipped whole
		if (unit(i) && !t.value.endsWith('.')) {
			while (i + 1 < tokens.length && tokens[i + 1].sentence === t.sentence && tokens[i + 1].start <= tokens[i].end + 1 && propn(i + 1)) i++;
			continue;
		}
		if (covered[i] || !(propn(i) || misread(i)) || titled[t.sentence] || NEVER_NAME_WORDS.has(t.normal.toLowerCase()) || unit(i) || inPartyLabel(tokens, i)) continue;
		let e = i + 1;
		// (right after a given name, a capitalised word the tagger read as a common noun is the surname:
		// "Anna Park/NOUN", as the entity scan reads it, name-run.ts)
		const surnameAt = (k: number) => k === i + 1 && capitalised(tokens[k]) && tokens[k].pos === 'NOUN' && firsts.has(t.normal.toLowerCase());
		while (e < tokens.length && !covered[e] && tokens[e].sentence === t.sentence && tokens[e].start <= tokens[e - 1].end + 1 && (propn(e) || surnameAt(e) || (tokens[e].value === '.' && ONE_UPPER.test(tokens[e - 1].value)))) e++;
		// ("Brent LCOc1", "the London Metal Exchange CMAL3": a market code after a name is no part of it)
		while (e - i >= 2 && (ticker(e - 1) || code(tokens[e - 1]))) e--;
		if (e - i < 2) continue;
		// "African American voters", "Mexican American families": demonyms before a common noun describe
		// ("Middle Eastern leaders", "North Korean officials": a region's word may open it)
		if (tokens.slice(i, e).every((x, j) => isDemonym(x.normal.toLowerCase()) || (j < e - i - 1 && REGION_WORDS.has(x.normal.toLowerCase()))) && tokens[e]?.pos === 'NOUN' && LOWER_FIRST.test(tokens[e].value)) {
			i = e - 1;
			continue;
		}
		// "NEW DELHI: …", "SUGAR LAND —": a dateline in capitals opening a paragraph is a place
		if ((i === 0 || tokens[i - 1].paragraph !== t.paragraph) && tokens.slice(i, e).every((x) => CAPITALS.test(x.value) || !LETTER.test(x.value)) && datelineEnd(i, e)) {
			i = e - 1;
			continue;
		}
		const words = tokens.slice(i, e).filter((x) => LETTER.test(x.value));
		const name = text.slice(t.start, tokens[e - 1].end).replace(/[’']s$/, '');
		const last = words[words.length - 1].normal.toLowerCase().replace(/\.$/, '');
		// ("Eastern Equine Encephalitis", "Cystic Fibrosis": a disease's name by its ending, as things.txt's words)
		if (places.has(name) || (isThingWord(last) && !acronym(words[words.length - 1]) && !firsts.has(words[0].normal.toLowerCase())) || placeInApposition(tokens, e - 1) || words.some((x) => TIME_WORDS.has(x.normal.toLowerCase()))) {
			// (its words stay together: "York" alone is no one either, after "to New York")
			covered.fill(1, i, e);
			i = e - 1;
			continue;
		}
		// (a chant or a sign in title case, "Less Money on Testing, More Money on Students": no name in it
		// with a sign of someone)
		if (englishInCapitals(name) || (slogan[i] && slogan[e - 1] && unsigned(name) && !isStateName(name))) {
			covered.fill(1, i, e);
			i = e - 1;
			continue;
		}
		const isOrg = words.some((x) => orgs.has(x.normal.toLowerCase())) || known.has(name.toLowerCase());
		// "… edged Reilly Opelka 7-6 …" then "“…,” Opelka said": the quotes stage knew the speaker by the
		// surname alone; the full name met here is that person, not another
		const whole = isOrg || byName.has(name) ? undefined : fullerName(words);
		if (whole) byName.set(name, whole);
		const bySurname = isOrg || whole ? undefined : out.find((x) => x.kind === 'person' && !x.plural && x.name.toLowerCase() === last && !byName.has(x.name));
		if (bySurname) {
			byName.delete(bySurname.name);
			bySurname.name = name;
			byName.set(name, bySurname);
		}
		const actor = add(name, isOrg ? 'org' : 'person', false, i, e, 'name', !!bySurname || words.slice(0, -1).some((x) => firsts.has(x.normal.toLowerCase())));
		if (!isOrg) surnames.set(last, actor);
		// "Greenfield Energy" … "Greenfield": an organisation's first word alone, unless it is a word of kind
		else if (!orgs.has(words[0].normal.toLowerCase()) && !surnames.has(words[0].normal.toLowerCase())) surnames.set(words[0].normal.toLowerCase(), actor);
		i = e - 1;
	}
	addDescriptions(scan);
	addLoneWords(scan);
	// "A UK man's decision", "two U.S. citizens", "Klaasen of South Africa": a country met only before a
	// noun for a private person (nationals.txt) or after a person's name and "of" says where they come
	// from; the state itself does nothing in the story
	const nationals = wordList('nationals.txt');
	const nationalityOnly = (e: Entity) =>
		isStateName(e.name) &&
		e.mentions.some((m) => m.form !== 'pronoun') &&
		e.mentions.every((m) => {
			if (m.form === 'pronoun') return true;
			const k = tokenAtStart(tokens, m.end);
			const next = tokens[k]?.start === m.end + 1 || tokens[k]?.start === m.end ? tokens[k] : undefined;
			// ("Raven Klaasen of South Africa": after a person's name and "of", where they come from, review 37)
			const s = tokenAtStart(tokens, m.start);
			const ofName = tokens[s - 1]?.normal === 'of' && tokens[s - 2]?.pos === 'PROPN' && UPPER_FIRST.test(tokens[s - 2].value) && !titleWords().has(tokens[s - 2].normal.toLowerCase()) && tokens[s - 2].sentence === tokens[s].sentence;
			return ofName || (!!next && next.pos === 'NOUN' && LOWER_FIRST.test(next.value) && (nationals.has(next.normal.toLowerCase()) || nationals.has(next.lemma.toLowerCase())));
		});
	// "in Hollywood", "at Heinz Field", "the Burbank entertainment giant", "Rs 300", "BPA-free": a name this
	// stage added that the text only ever uses for where something happens, or to qualify another word,
	// is a place or a label: nobody the article says anything about
	// (a dateline is where the story was filed: "WASHINGTON – …" and later "in Washington" is a place)
	// ("Blue Origin, Kent, Washington": a town and its region in an address, whatever the name, settings.ts)
	const addressOnly = (e: Entity) => e.mentions.some((m) => m.form === 'name') && e.mentions.every((m) => m.form === 'pronoun' || (m.form === 'name' && addressOf(tokens, m)));
	// ("Tyvak Nano-Satellite Systems, Inc.": a company's legal form alone, after its name's comma, is no one)
	const afterNameComma = (m: EntityMention) => {
		const k = tokenAtStart(tokens, m.start);
		// (and ending it: "AG Lynch" is a title before a name)
		const next = tokens[tokenAtStart(tokens, m.end)];
		return k >= 2 && tokens[k - 1].value === ',' && UPPER_FIRST.test(tokens[k - 2].value) && !(next && next.start <= m.end + 1 && UPPER_FIRST.test(next.value));
	};
	const legalFormOnly = (e: Entity) => companyWords().legal.has(e.name.toLowerCase().replace(/\.$/, '')) && e.mentions.every((m) => m.form === 'pronoun' || afterNameComma(m));
	const settings = new Set(out.filter((e) => (added.has(e) && e.mentions.every((m) => m.form === 'pronoun' || datelineAt(m) || settingOf(tokens, m, isStateName(e.name)))) || nationalityOnly(e) || addressOnly(e) || legalFormOnly(e)));
	if (settings.size) {
		const kept = out.filter((e) => !settings.has(e));
		out.length = 0;
		out.push(...kept);
		const people = named.filter((n) => !settings.has(n.e));
		named.length = 0;
		named.push(...people);
	}
	named.sort((a, b) => a.at - b.at);
	for (const e of out) e.mentions = outermost(e.mentions);
	// he / she that no entity took (pronouns.ts)
	resolvePronouns(tokens, out, named, owner, covered, spoken);
	return mergeByCase(out);
}

/**
 * "Prosecutors said …" (a speaker the quotes stage found) and "… told prosecutors" (a description): the
 * same name in another case is the same actor. The first keeps its group; mentions are joined in text order.
 */
function mergeByCase(actors: Entity[]): Entity[] {
	const first = new Map<string, Entity>();
	const out: Entity[] = [];
	for (const e of actors) {
		const key = `${e.kind}:${e.name.toLowerCase()}`;
		const had = first.get(key);
		if (!had) {
			first.set(key, e);
			out.push(e);
			continue;
		}
		had.mentions.push(...e.mentions);
		had.mentions.sort((a, b) => a.start - b.start);
		if (had.group === 'unclassified' && e.group !== 'unclassified') had.group = e.group;
	}
	return out;
}
