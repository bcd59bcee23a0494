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
//     (pronouns.ts).
import { readDataFile } from '../data-files.js';
import { classifySpeaker, isStateName } from '../quotes/groups.js';
import { documentNouns, firstNames, knownOrgNames, orgWords, parseList, personNouns, placeNames } from '../quotes/data.js';
import { NEVER_NAME_WORDS, TIME_WORDS, isDemonym, isUnit } from '../quotes/mentions.js';
import { isTitleCase } from '../loaded/title-case.js';
import { inVocabulary } from '../nlp.js';
import { tokenAt as tokenAtStart } from '../sorted.js';
import type { Entity, EntityMention, GroupRule, Span, Token, Tokenised } from '../types.js';
import { resolvePronouns, type Named } from './pronouns.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const UPPER_FIRST = /^\p{Lu}/u;
const CAPITALS = /^\p{Lu}{3,}$/u;
const LETTER = /\p{L}/u;
const TITLE_WORD = /^\p{Lu}[\p{L}.-]*$/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const LOWER_FIRST = /^\p{Ll}/u;
const ONE_UPPER = /^\p{Lu}$/u;

/** /^\p{Lu}/u on the token's text, with plain ASCII answered without the Unicode pattern (asked of every token, several times). */
const capitalised = (t: Token) => {
	const c = t.value.charCodeAt(0);
	return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(t.value);
};
/** Words that open a description ("the senator", "a woman"). */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'this', 'that']);
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const acronym = (t: Token) => ACRONYM.test(t.value);
/** Months as news abbreviates them ("Feb. 14"): time words too. */
const MONTH_ABBREVIATIONS = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/;

/** This folder's word lists (one lower-case entry a line, `#` comments), each read once. */
const lists = new Map<string, Set<string>>();
/** Two words or more, every letter a capital: a heading or a shout, where capitals say nothing about names. */
function inCapitals(text: string, from: number, to: number): boolean {
	const line = text.slice(from, to);
	return (line.match(WORDS_OF_TWO) ?? []).length >= 2 && !LOWER_LETTER.test(line);
}
const WORDS_OF_TWO = /\p{L}{2,}/gu;
const LOWER_LETTER = /\p{Ll}/u;

/** A stretch of quoted speech and who said it (the loaded-terms stage's quoted spans). */
export type SpeakerSpan = Span & { speaker?: string | null };

export function wordList(file: string): Set<string> {
	let set = lists.get(file);
	if (!set) lists.set(file, (set = new Set(parseList(readDataFile('actors', file)))));
	return set;
}
/** Last words of names of things, events, documents, times and places: things.txt. */
const things = () => wordList('things.txt');
/** Nouns that describe an organisation ("the company said"): org-nouns.txt. */
const orgNouns = () => wordList('org-nouns.txt');
/** Nouns that describe a place after a name and a comma ("Addison, a village …"): place-nouns.txt. */
const placeNouns = () => wordList('place-nouns.txt');

/** Does "<name>, a village …" / "<name>, the capital …" follow token i: is the name a place? */
function placeInApposition(tokens: Token[], i: number): boolean {
	if (tokens[i + 1]?.value !== ',' || !/^(?:a|an|the)$/i.test(tokens[i + 2]?.value ?? '')) return false;
	for (let j = i + 3; j < tokens.length && j < i + 7 && tokens[j].sentence === tokens[i].sentence; j++) {
		const t = tokens[j];
		if (placeNouns().has(t.normal.toLowerCase()) && t.pos === 'NOUN') return true;
		if (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'NOUN') return false;
	}
	return false;
}

const OPENING = new Set(['"', '“', '‘', "'"]);
const CLOSING = new Set(['"', '”', '’', "'"]);
/**
 * Tokens inside a short quotation in title case: a slogan, a sign, a song or a book title ("Red for
 * Schools", "We're Not Gonna Take It"), judged as a heading is (title-case.ts), from one capitalised word
 * after the first; at most twelve tokens between the marks, in one paragraph.
 */
function sloganTokens(tokens: Token[]): Uint8Array {
	const out = new Uint8Array(tokens.length);
	for (let i = 0; i < tokens.length; i++) {
		if (!OPENING.has(tokens[i].value)) continue;
		let j = i + 1;
		while (j < tokens.length && j - i <= 13 && !CLOSING.has(tokens[j].value) && tokens[j].paragraph === tokens[i].paragraph) j++;
		if (j >= tokens.length || !CLOSING.has(tokens[j].value) || j - i > 13 || j - i < 3) continue;
		if (capitalised(tokens[i + 1]) && isTitleCase(tokens, i + 1, j, 1)) out.fill(1, i + 1, j);
		i = j;
	}
	return out;
}

/** Words that are capitalised without being anyone: a pronoun, an interjection, a heading word. */
const NOT_ACTORS = new Set(['i', "i'm", 'i’m', "i'd", 'i’d', "i've", 'i’ve', "i'll", 'i’ll', 'god', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'ok', 'okay', 'yes', 'no', 'oh', 'tv', 'am', 'pm', 'a.m.', 'p.m.', 'ad', 'bc']);

/** Tags the lite model gives a capitalised word of a name it does not know ("Inter/VERB Milan"). */
const MISREAD_POS = new Set(['VERB', 'NOUN', 'ADJ']);
/** Sentences a text needs before a name met once, opening a sentence, may be taken for a common word. */
const STORY_SENTENCES = 5;
/** "NEW DELHI" → "New Delhi": a name in capitals as places.txt writes it. */
const titleCased = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** An actor's mentions in text order, less any inside another of them ("Sports" within "Sky Sports"). */
function outermost(mentions: EntityMention[]): EntityMention[] {
	const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
	const out: EntityMention[] = [];
	for (const m of sorted) if (!out.length || m.start >= out[out.length - 1].end || m.end > out[out.length - 1].end) out.push(m);
	return out;
}

/** Words before a predicate noun phrase ("is a leader", "as a member", "became an adviser"). */
const PREDICATE_BEFORE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s', 'am', 'become', 'becomes', 'became', 'remain', 'remains', 'remained', 'as']);

/** Prepositions of place: a name after one ("in Hollywood", "near Raqqa") says where. ("at" and "into" also aim: "a jab at Rubio", "an inquiry into Conyers".) */
const LOCATIVE = new Set(['in', 'near', 'across', 'throughout', 'around', 'outside', 'inside', 'within', 'along', 'beyond', 'via']);

/**
 * Is this mention only a setting or a qualifier: after a preposition of place ("in Hollywood", "near
 * the Moscone Center"), or right before a common noun, a number or a hyphenated word that it qualifies
 * ("the Burbank entertainment giant", "Rs 300", "BPA-free plastic")? Not before a noun that makes it an
 * owner ("the Obama administration", "Trump supporters", "the Mueller investigation": org-nouns.txt,
 * roles.txt, owned.txt). A possessive ("Delhi's Saket area") or anything else gives the name a part in
 * the sentence.
 */
function settingOf(tokens: Token[], m: EntityMention, placeOnly = false): boolean {
	let k = tokenAtStart(tokens, m.start);
	let n = k;
	while (n < tokens.length && tokens[n].start < m.end) n++;
	if (n === k) return false;
	const last = tokens[n - 1];
	const next = tokens[n];
	if (/[’']s$/.test(m.text) || /^[’']s?$/.test(next?.value ?? '')) return false;
	// (a state or a capital before a noun stays: "U.S. troops", "Chinese-made")
	const adjacentNext = !placeOnly && !!next && next.sentence === last.sentence && next.start <= last.end + 1;
	if (adjacentNext && next.value === '-' && next.start === last.end) return LOWER_FIRST.test(tokens[n + 1]?.value ?? '');
	// ("Rs 300", "Fortune 500"; not a score: "defeated Gael Monfils 7-5")
	if (adjacentNext && next.pos === 'NUM' && /^\d[\d,.]*$/.test(next.value)) return !/^[-–]$/.test(tokens[n + 1]?.value ?? '');
	if (adjacentNext && next.pos === 'NOUN' && LOWER_FIRST.test(next.value)) {
		const w = next.normal.toLowerCase();
		const lemma = next.lemma.toLowerCase();
		const owns = (set: Set<string>) => set.has(w) || set.has(lemma);
		return !owns(orgNouns()) && !owns(personNouns()) && !owns(wordList('owned.txt'));
	}
	if (k > 0 && /^(?:the|a|an)$/i.test(tokens[k - 1].value) && tokens[k - 1].sentence === tokens[k].sentence) k--;
	const prev = k > 0 && tokens[k - 1].sentence === tokens[k].sentence ? tokens[k - 1] : undefined;
	return !!prev && LOCATIVE.has(prev.normal.toLowerCase());
}

/**
 * The article's entities, plus actors for the lone names and pronouns the entity scan left out. The
 * added actors are `unclassified` unless speaker-groups.tsv knows the name. Returns new entities;
 * the input is not changed.
 */
export function withLoneNames(text: string, tok: Tokenised, entities: Entity[], rules: GroupRule[], spoken: SpeakerSpan[] = []): Entity[] {
	const { tokens } = tok;
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
	// "the Rome Statute", "the Affordable Care Act": a name of a thing the entity scan took for an
	// organisation is no actor (things.txt); its words stay covered so no lone name is made of them
	// ("its IPO", "as CEO": a lone initialism of a thing or an office, things.txt, names no one either)
	const isThing = (e: Entity) => {
		const words = e.name.split(/\s+/);
		const last = words[words.length - 1];
		if (words.length === 1 || ACRONYM.test(last)) return words.length === 1 && ACRONYM.test(last) && things().has(last.toLowerCase());
		return things().has(words[words.length - 1].toLowerCase().replace(/\.$/, '')) && !(e.kind === 'person' && firstNames().has(words[0].toLowerCase()));
	};
	// In a heading in title case ("Video Shows Dramatic Rescue", a related story's headline pasted with
	// the page: a line of its own with no closing full stop, among other paragraphs) a capital says
	// nothing about names: an entity met only in such lines is no actor. A text of one line is left as it is.
	// A heading may hold a cry before it ("'We Got Her!' Video Shows Dramatic Rescue"): the line is judged
	// as a whole, from its first sentence's first word to its last sentence's end.
	const titled = new Uint8Array(tok.sentences.length);
	const lines = new Map<number, { first: number; end: number; sentences: number[] }>();
	tok.sentences.forEach((s, k) => {
		const line = lines.get(s.paragraph);
		if (!line) lines.set(s.paragraph, { first: s.firstToken, end: s.endToken, sentences: [k] });
		else {
			line.end = s.endToken;
			line.sentences.push(k);
		}
	});
	if (lines.size > 1)
		for (const line of lines.values()) {
			const last = tokens[line.end - 1];
			// A line in capitals is a heading however it ends ("WHO IS THE FRONT-RUNNER?", "WHAT SAY YOU, IMPEACHMENT JURY?")
			if (line.sentences.length <= 3 && inCapitals(text, tokens[line.first].start, last.end)) {
				for (const k of line.sentences) titled[k] = 1;
				continue;
			}
			if (line.sentences.length > 3 || /^[.?…]$/.test(last?.value ?? '') || (last?.value === '!' && line.sentences.length === 1)) continue;
			if (isTitleCase(tokens, line.first, line.end)) for (const k of line.sentences) titled[k] = 1;
		}
	// A slogan, a sign or a song title in quotation marks ("Red for Ed", "Less Money on Testing, More Money
	// on Students", "We're Not Gonna Take It"): a lone capitalised word in it names no one. (A run of
	// names may: "Yates: 'Flynn Was Compromised With Respect to the Russians'".)
	const slogan = sloganTokens(tokens);
	const onlyInTitles = (e: Entity) => e.mentions.length > 0 && e.mentions.every((m) => titled[tokens[Math.min(tokens.length - 1, tokenAtStart(tokens, m.start))]?.sentence ?? 0] === 1);
	// "LONDON —", "WASHINGTON (AP) —": a dateline opens a paragraph with the place the story was filed from
	const datelineAt = (m: EntityMention) => {
		const k = tokenAtStart(tokens, m.start);
		const t = tokens[k];
		if (!t || (k > 0 && tokens[k - 1].paragraph === t.paragraph)) return false;
		// a place: in capitals ("LONDON"), or a known one ("Indianapolis –"); not "Justice Gorsuch—like …"
		if (!CAPITALS.test(t.value) && !placeNames().has(m.text)) return false;
		let n = k + 1;
		while (n < tokens.length && tokens[n].end <= m.end) n++;
		return datelineEnd(k, n);
	};
	// A dash after it, or "(AP)" or a colon after a name in capitals ("NEW DELHI: …"); not a comma
	// ("Obama, who …")
	const datelineEnd = (k: number, n: number) => {
		const after = tokens[n]?.value ?? '';
		if (/^[—–]$/.test(after) || (after === '(' && CAPITALS.test(tokens[k].value))) return true;
		// (a colon after a name in capitals is also a transcript's speaker, "DONALD TRUMP:": a place only)
		return after === ':' && CAPITALS.test(tokens[k].value) && placeNames().has(titleCased(text.slice(tokens[k].start, tokens[n - 1].end)));
	};
	const onlyDatelines = (e: Entity) => e.mentions.length > 0 && e.mentions.every(datelineAt);
	// "8GB", "120Hz", "4K Ultra HD": letters written onto a number are its unit, no name
	const unit = (k: number) => isUnit(tokens, k);
	// "pic.twitter.com/KQLpngeTbO": a word written onto a slash is part of a link or a path
	// (not "an NBC News/Wall Street Journal poll", "IBD/TIPP": a link has a dot before its slash)
	const inPath = (k: number) => {
		if (k < 2 || tokens[k - 1].end !== tokens[k].start || tokens[k - 1].value !== '/') return false;
		let from = tokens[k - 1].start;
		while (from > 0 && !/\s/.test(text[from - 1])) from--;
		return text.slice(from, tokens[k - 1].start).includes('.');
	};
	// "the S&P 500 .SPX lost", "the euro EUR= rose", "Brent LCOc1": a market code (a wire's instrument
	// code, after a dot of its own or before "=", or letters and digits) names no one
	const ticker = (k: number) => {
		const t = tokens[k];
		if (!t) return false;
		if (k > 0 && tokens[k - 1].value === '.' && tokens[k - 1].end === t.start && (k < 2 || tokens[k - 2].end < tokens[k - 1].start)) return true;
		if (k > 0 && tokens[k - 1].end === t.start && tokens[k - 1].value.endsWith('=')) return true;
		return tokens[k + 1]?.start === t.end && tokens[k + 1].value.startsWith('=');
	};
	const codeOrUnit = (k: number) => unit(k) || inPath(k) || ticker(k);
	const onlyUnits = (e: Entity) => e.mentions.length > 0 && e.mentions.every((m) => m.form !== 'pronoun' && codeOrUnit(tokenAtStart(tokens, m.start)));
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
	// (an object's words are free again: "Limbaugh's comments came …" still names Limbaugh)
	for (const e of entities)
		if (isObject(e))
			for (const m of e.mentions) for (let k = tokenAtStart(tokens, m.start); k < tokens.length && tokens[k].start < m.end; k++) covered[k] = 0;
	const out = entities.filter((e) => !isThing(e) && !isTime(e) && !isObject(e) && !onlyInTitles(e) && !onlyDatelines(e) && !onlyUnits(e)).map((e) => ({ ...e, mentions: [...e.mentions] }));
	const byName = new Map<string, Entity>();
	const places = placeNames();
	const firsts = firstNames();
	const orgs = orgWords();
	const known = knownOrgNames();
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
	// Names with no sign of being someone (a given name, a title or a description) or an organisation
	// (speaker-groups.tsv, an organisation word): their use must show it. The entity scan's own count too.
	// "the A380", "Olfr78", "LCOc1": a code of letters and digits, unless speaker-groups.tsv knows it ("3M")
	const code = (t: Token) => /\d/.test(t.value) && LETTER.test(t.value) && !known.has(t.normal.toLowerCase());
	const unsigned = (name: string) => !known.has(name.toLowerCase()) && !name.split(/[\s-]+/).some((w) => firsts.has(w.toLowerCase()) || orgs.has(w.toLowerCase()) || known.has(w.toLowerCase()));
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
		if (!surnames.has(key)) surnames.set(key, e);
	}
	// Words met capitalised inside a sentence (not opening it, not in a title-case line): names the text
	// really uses. A word only ever capitalised at a sentence's start ("Hands!", "Step out.") is no name.
	const midSentence = new Set<string>();
	for (let i = 1; i < tokens.length; i++) {
		const t = tokens[i];
		if (capitalised(t) && tokens[i - 1].sentence === t.sentence && !titled[t.sentence] && !/^["“‘'(]$/.test(tokens[i - 1].value)) midSentence.add(t.normal.toLowerCase());
	}
	// How often each word is written capitalised: a name the story is about comes back (in a story, at
	// least: a sentence read alone names each once)
	const story = tok.sentences.length >= STORY_SENTENCES;
	const capitalisedCount = new Map<string, number>();
	for (const t of tokens) if (capitalised(t)) capitalisedCount.set(t.normal.toLowerCase(), (capitalisedCount.get(t.normal.toLowerCase()) ?? 0) + 1);
	// Words the text also writes in lower case ("research", "hours"): common words, whatever a capital
	// at a sentence's start made the tagger think.
	const lowerCase = new Set<string>();
	for (const t of tokens) if (LOWER_FIRST.test(t.value)) lowerCase.add(t.normal.toLowerCase());
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
		if (covered[i] || !(propn(i) || misread(i)) || titled[t.sentence] || NEVER_NAME_WORDS.has(t.normal.toLowerCase()) || unit(i)) continue;
		let e = i + 1;
		while (e < tokens.length && !covered[e] && tokens[e].sentence === t.sentence && tokens[e].start <= tokens[e - 1].end + 1 && (propn(e) || (tokens[e].value === '.' && ONE_UPPER.test(tokens[e - 1].value)))) e++;
		// ("Brent LCOc1", "the London Metal Exchange CMAL3": a market code after a name is no part of it)
		while (e - i >= 2 && (ticker(e - 1) || code(tokens[e - 1]))) e--;
		if (e - i < 2) continue;
		// "African American voters", "Mexican American families": demonyms before a common noun describe
		if (tokens.slice(i, e).every((x) => isDemonym(x.normal.toLowerCase())) && tokens[e]?.pos === 'NOUN' && LOWER_FIRST.test(tokens[e].value)) {
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
		if (places.has(name) || (things().has(last) && !acronym(words[words.length - 1]) && !firsts.has(words[0].normal.toLowerCase())) || placeInApposition(tokens, e - 1) || words.some((x) => TIME_WORDS.has(x.normal.toLowerCase()))) {
			// (its words stay together: "York" alone is no one either, after "to New York")
			covered.fill(1, i, e);
			i = e - 1;
			continue;
		}
		const isOrg = words.some((x) => orgs.has(x.normal.toLowerCase())) || known.has(name.toLowerCase());
		// "… edged Reilly Opelka 7-6 …" then "“…,” Opelka said": the quotes stage knew the speaker by the
		// surname alone; the full name met here is that person, not another
		const bySurname = isOrg ? undefined : out.find((x) => x.kind === 'person' && !x.plural && x.name.toLowerCase() === last && !byName.has(x.name));
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
	// "the senator", "a woman", "the company": a description no entity took. "The suspect, Michael Webb,
	// was convicted" … "the suspect's car": a definite description one entity already holds is that entity.
	const described = new Map<string, Entity | null>();
	for (const e of out)
		for (const d of e.descriptions) {
			// a noun phrase the text gave it ("The suspect, …", "Roe, a senator,"), not a title ("President")
			const np = /^(?:the|this|that|a|an)\s+(.+)$/i.exec(d);
			if (!np) continue;
			const key = np[1].toLowerCase();
			described.set(key, described.has(key) && described.get(key) !== e ? null : e);
		}
	// "President Donald Trump … the President": a title the text puts before one person's name, met again
	// after "the", is that person when no one else has the title and the story is about them (named most
	// often, three times or more): "Russia's President Medvedev", named once in a story about Trump, and
	// "President Bill Clinton's tenure" in a story about Hillary Clinton are not "the president".
	const byTitle = new Map<string, Entity | null>();
	let most = 0;
	for (const e of out) if (e.kind === 'person' && !e.plural) most = Math.max(most, e.mentions.length);
	for (const e of out) {
		if (e.kind !== 'person' || e.plural) continue;
		for (const d of e.descriptions) {
			if (!TITLE_WORD.test(d)) continue;
			const key = d.toLowerCase().replace(/\.$/, '');
			byTitle.set(key, byTitle.has(key) && byTitle.get(key) !== e ? null : e.mentions.length >= 3 && e.mentions.length === most ? e : null);
		}
	}
	const roles = personNouns();
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		const d = t.normal.toLowerCase();
		if (covered[i] || !DESCRIPTION_OPENERS.has(d)) continue;
		let h = i + 1;
		// (a hyphenated age or size is one modifier: "a 43-year-old man", "a 5-foot-tall woman")
		const hyphened = (k: number) => (tokens[k].value === '-' && tokens[k - 1]?.end === tokens[k].start && tokens[k + 1]?.start === tokens[k].end) || (tokens[k].pos === 'NUM' && tokens[k + 1]?.value === '-' && tokens[k + 1].start === tokens[k].end);
		while (h < tokens.length && !covered[h] && (tokens[h].pos === 'ADJ' || (tokens[h].pos === 'NOUN' && (tokens[h + 1]?.pos === 'NOUN' || tokens[h + 1]?.value === '-')) || hyphened(h)) && h - i < 9) h++;
		const head = tokens[h];
		// "the Judge's decision": a title capitalised alone after "the" is a description, as "the judge" is
		const titleAlone = head?.pos === 'PROPN' && h === i + 1 && d === 'the' && !/s$/.test(head.normal) && !/^(?:PROPN|NOUN|ADJ|NUM)$/.test(tokens[h + 1]?.pos ?? '') && tokens[h + 1]?.value !== '-';
		if (!head || covered[h] || (head.pos !== 'NOUN' && !titleAlone)) continue;
		const w = head.normal.toLowerCase();
		const lemma = head.lemma.toLowerCase();
		// "believe that justice has been served": "that" opening a clause is no determiner; a plural after
		// it is still a group ("said that younger voters want …")
		if (t.pos === 'SCONJ' && w === lemma) continue;
		// "is an expert on light art", "as a member of the family", "to remain a leader": a predicate says
		// what someone already named is, it introduces no one
		if ((d === 'a' || d === 'an') && i > 0 && tokens[i - 1].sentence === t.sentence && PREDICATE_BEFORE.has(tokens[i - 1].normal.toLowerCase())) continue;
		const person = roles.has(w) || roles.has(lemma);
		const org = !person && (orgNouns().has(w) || orgNouns().has(lemma));
		if (!person && !org) continue;
		const key = text.slice(tokens[i + 1].start, head.end).toLowerCase();
		const bare = key.replace(/[’']s$/, '');
		const holder = d !== 'a' && d !== 'an' ? (described.get(bare) ?? (d === 'the' ? byTitle.get(bare) : undefined)) : undefined;
		if (holder) {
			holder.mentions.push({ start: t.start, end: head.end, text: text.slice(t.start, head.end), form: 'description' });
			for (let k = i; k <= h; k++) covered[k] = 1;
			if (holder.kind === 'person' && !holder.plural) named.push({ at: t.start, e: holder, paragraph: t.paragraph });
			i = h;
			continue;
		}
		add(key, org ? 'org' : 'person', w !== lemma && /s$/.test(w), i, h + 1, 'description');
		i = h;
	}
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (covered[i] || t.pos !== 'PROPN' || !capitalised(t) || titled[t.sentence] || (slogan[i] && !firsts.has(t.normal.toLowerCase())) || codeOrUnit(i)) continue;
		const prev = tokens[i - 1];
		const next = tokens[i + 1];
		// one word: not part of a run of capitalised words (those are the entity scan's to judge)
		const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end + 1 >= b.start && capitalised(a) && capitalised(b) && a.sentence === b.sentence;
		if ((prev && prev.pos === 'PROPN' && joined(prev, t)) || (next && next.pos === 'PROPN' && joined(t, next))) continue;
		// "the Inspector-General of Police", "Coca-Cola": capitalised words joined by hyphens are one word;
		// a title so written names no one by itself (the person it describes is named beside it)
		const attached = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start && a.sentence === b.sentence;
		const hyphenTo = (k: number) => tokens[k + 1]?.value === '-' && attached(tokens[k], tokens[k + 1]) && attached(tokens[k + 1], tokens[k + 2]) && capitalised(tokens[k + 2]);
		if (prev?.value === '-' && attached(prev, t) && attached(tokens[i - 2], prev) && capitalised(tokens[i - 2])) continue;
		if (hyphenTo(i)) {
			let j = i + 2;
			while (hyphenTo(j)) j += 2;
			const compound = text.slice(t.start, tokens[j].end);
			const words = compound.toLowerCase().split('-');
			// (not a party label, "D-Minn.", "R-TX", nor a thing's name, "USB-C", "Wi-Fi")
			// or a compound of peoples or places, "Mexican-American", "Asia-Pacific", "Baden-Württemberg")
			const parts = compound.split('-');
			const title =
				words.some((x) => roles.has(x) || things().has(x) || NOT_ACTORS.has(x) || TIME_WORDS.has(x) || isDemonym(x) || isDemonym(x.replace(/s$/, ''))) ||
				parts.some((x) => places.has(x) || placeNames().has(x)) ||
				places.has(compound) ||
				words[0].length === 1 ||
				words.some((x) => x.length < 3 && !/^(?:al|el)$/.test(x));
			const nextJoined = tokens[j + 1] && tokens[j + 1].pos === 'PROPN' && joined(tokens[j], tokens[j + 1]);
			if (!title && !nextJoined && !(prev && prev.pos === 'PROPN' && joined(prev, t))) {
				const lw = compound.toLowerCase();
				add(compound, known.has(lw) || orgs.has(lw) ? 'org' : 'person', false, i, j + 1, 'name');
			}
			i = j;
			continue;
		}
		const w = t.normal.toLowerCase();
		// ("LONDON (AP) —": a dateline in capitals is a place too)
		const asWritten = ALL_UPPER.test(t.value) && t.value.length > 3 ? t.value[0] + t.value.slice(1).toLowerCase() : t.value;
		if (NOT_ACTORS.has(w) || NEVER_NAME_WORDS.has(w) || TIME_WORDS.has(w) || MONTH_ABBREVIATIONS.test(w) || places.has(asWritten) || t.value.length < 2 || things().has(w)) continue;
		// "Ilhan Omar, D-Minn.": the state of a party label ("D-", "R-", "I-")
		if (prev?.value === '-' && /^[DRI]$/.test(tokens[i - 2]?.value ?? '')) continue;
		// "the A380", "Olfr78", "N225": a code of letters and digits (a model, a gene, an index) names no one,
		// unless speaker-groups.tsv knows it as an organisation ("3M")
		if (code(t)) continue;
		const opens = !prev || prev.sentence !== t.sentence;
		// "Protesters marched", "Officials said": a capitalised common noun opening the sentence
		if (opens && next && (next.pos === 'NOUN' || /s$/.test(w)) && !firsts.has(w) && !acronym(t)) continue;
		// "Turbulent polling across the states …": a word of English opening the sentence before a
		// lower-case -ing word, never capitalised inside one, is an adjective, not a name ("Trump speaking
		// at a rally" keeps Trump, named mid-sentence elsewhere)
		if (opens && next && LOWER_FIRST.test(next.value) && /ing$/.test(next.normal) && !midSentence.has(w) && inVocabulary(w) && !firsts.has(w) && !acronym(t) && !known.has(w) && !orgs.has(w)) continue;
		// "Hands! Let me see your hands!", "Step out.": a word that opens a command or a cry, and is never
		// capitalised inside a sentence, names no one
		// ("Fund our schools", "Put kids first": a verb before its object)
		const cry = next && (next.value === '!' || (next.pos === 'ADP' && /^(?:out|up|down|off|back|away|aside|inside)$/.test(next.normal)) || /^(?:our|your|their|my|the|a|an|this|these|those)$/.test(next.normal));
		if ((opens || /^["“‘'(]$/.test(prev?.value ?? '')) && cry && !midSentence.has(w) && !firsts.has(w) && !acronym(t) && !known.has(w) && !orgs.has(w)) continue;
		// "Syrian forces", "American officials", "Pakistani troops": a demonym before a common noun describes, it names no one
		// (nor "American and NATO defense expenditures": a singular demonym joined to the next modifier)
		if (next && isDemonym(w) && (((next.pos === 'NOUN' || next.pos === 'ADJ') && LOWER_FIRST.test(next.value)) || (!w.endsWith('s') && !w.endsWith('i') && (next.normal === 'and' || next.normal === 'or'))) && !firsts.has(w)) continue;
		// "Addison, a village southwest of Ithaca": a place
		if (placeInApposition(tokens, i)) continue;
		const full = surnames.get(w);
		if (full) {
			full.mentions.push({ start: t.start, end: t.end, text: t.value, form: 'short name' });
			named.push({ at: t.start, e: full, paragraph: t.paragraph });
			continue;
		}
		// "Research shows …", "Hours later …": a word capitalised only where a sentence opens, and written in
		// lower case elsewhere in the text, is a common word
		if ((opens || /^["“‘'(]$/.test(prev?.value ?? '')) && !midSentence.has(w) && lowerCase.has(w) && !acronym(t) && !known.has(w)) continue;
		// "Welcome to …", "Note: …", "Stories of people …": a word of the model's English vocabulary,
		// capitalised only where a sentence opens and not before a verb, an adverb, "and", a comma or a
		// possessive, is a common word ("Trump" is in the vocabulary too: "Trump tweeted", "Trump also
		// said", "Pence and Abe", "Trump, who …", "Trump's" stay)
		const acts = next && (/^(?:VERB|AUX|ADV|CCONJ|PART)$/.test(next.pos) || /^(?:,|[’']s?)$/.test(next.value));
		// ... and so is one met only once, even before a verb ("Word got out", "Guy keeps rushing me"): a
		// name the story is about comes back
		if ((opens || /^[“‘(]$/.test(prev?.value ?? '')) && (!acts || (capitalisedCount.get(w) === 1 && story)) && !midSentence.has(w) && inVocabulary(w) && !firsts.has(w) && !acronym(t) && !known.has(w) && !orgs.has(w)) continue;
		// "Armed with ice packs, …", "Gaming used to be simple": a word in the form of a participle, met
		// only where a sentence opens and not before a comma ("Manning, who …"), is no name
		if (opens && !midSentence.has(w) && /(?:ing|ed)$/.test(w) && !/^(?:,|[’']s)$/.test(next?.value ?? '') && !firsts.has(w) && !acronym(t) && !known.has(w) && !orgs.has(w)) continue;
		const isOrg = acronym(t) || known.has(w) || orgs.has(w);
		add(t.value.replace(/[’']s$/, ''), isOrg ? 'org' : 'person', false, i, i + 1, 'name');
	}
	// "in Hollywood", "at Heinz Field", "the Burbank entertainment giant", "Rs 300", "BPA-free": a name this
	// stage added that the text only ever uses for where something happens, or to qualify another word,
	// is a place or a label: nobody the article says anything about
	// (a dateline is where the story was filed: "WASHINGTON – …" and later "in Washington" is a place)
	const settings = new Set(out.filter((e) => added.has(e) && e.mentions.every((m) => m.form === 'pronoun' || datelineAt(m) || settingOf(tokens, m, isStateName(e.name)))));
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
