// Actors named by one capitalised word the entity scan left alone ("Sanders voted against it",
// "critics of Exxon"), or by capitalised words joined by hyphens ("AFL-CIO"), unless the word is a
// common one a capital opened a sentence with, a command or a cry, a demonym, a place, a time, a code.
import { firstNames, knownOrgNames, orgWords, personNouns, placeNames, titleWords } from '../quotes/data.js';
import { isGenerationWord, roleKey } from '../quotes/name-words.js';
import { NEVER_NAME_WORDS, TIME_WORDS, isDemonym } from '../quotes/mentions.js';
import { AMBIGUOUS_STATE, familyAfter, personPlural } from '../quotes/mention-words.js';
import { inVocabulary } from '../nlp.js';
import type { Token } from '../types.js';
import { ALL_UPPER, LOWER_FIRST, acronym, capitalised } from './capitals.js';
import { STORY_SENTENCES } from './polarity.js';
import type { NameScan } from './scan.js';
import { inPartyLabel, inPlaceList, placeInApposition } from './settings.js';
import { isThingWord, placeNouns, religions, things } from './word-lists.js';
import { isShouted } from '../shouted.js';

/** A word for a doctrine, a creed or an aversion: "Republicanism", "Judaism", "Islamophobia" (not "Buddhist", a person). */
/** Adjectives of a faith, which before a common noun describe as a demonym does ("Islamic radicals", "Catholic schools"). */
/** Prepositions after which a lone name is where something is ("in Philadelphia"), not who (not "to", "from" or "at": "spoke to Smith", "a letter from Smith", "at Google"). */
const PLACE_ONLY_BEFORE = new Set(['in', 'near', 'across', 'outside', 'inside', 'throughout', 'around', 'into', 'toward', 'towards']);
/** Verbs of travelling somewhere, after which "to" or "from" and a lone name is a place: "flew to Tampa" (not "go", "come", "move" or "return", which take people too: "voters moved to Sanders"). */
const GOING = new Set(['fly', 'travel', 'drive', 'walk', 'sail', 'relocate', 'flee', 'commute', 'ride', 'emigrate', 'immigrate', 'journey']);
/** Words for a people by descent that are no demonym of a state ("Latino voters", "Hispanic families"; review V of the 39th stop). */
const ORIGINS = new Set(['latino', 'latina', 'latinx', 'hispanic', 'aboriginal']);
const FAITHS = new Set(['islamic', 'muslim', 'catholic', 'protestant', 'evangelical', 'orthodox', 'christian', 'jewish', 'buddhist', 'hindu', 'sikh', 'mormon', 'baptist', 'methodist', 'lutheran', 'anglican', 'episcopal', 'presbyterian', 'sunni', 'shia', 'shiite']);
const IDEOLOGY = /^\p{L}{3,}(?:isms?|phobias?)$/u;

/** Words that are capitalised without being anyone: a pronoun, an interjection, a heading word. */
const NOT_ACTORS = new Set(['i', "i'm", 'i’m', "i'd", 'i’d', "i've", 'i’ve', "i'll", 'i’ll', 'god', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'ok', 'okay', 'yes', 'yup', 'yep', 'yeah', 'nope', 'no', 'oh', 'ah', 'aha', 'wow', 'hey', 'hi', 'hello', 'ouch', 'oops', 'phew', 'alas', 'tv', 'am', 'pm', 'a.m.', 'p.m.', 'ad', 'bc']);
/** Months as news abbreviates them ("Feb. 14"): time words too. */
const MONTH_ABBREVIATIONS = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/;

/**
 * "A HUNTER who killed …" … "the hunter", "A THIRD case" … "the third resident": a word of English in
 * capitals, four letters or more, that the text also writes in lower case and speaker-groups.tsv does
 * not know as an organisation, is a tabloid's emphasis, not an acronym ("ESPN", "POTUS" stay).
 * `lowerCase`: the words the text writes in lower case.
 */
export function isShoutedWord(word: string, lowerCase: Set<string>): boolean {
	if (word.length < 4 || !ALL_UPPER.test(word)) return false;
	const w = word.toLowerCase();
	return lowerCase.has(w) && !knownOrgNames().has(w) && !orgWords().has(w) && inVocabulary(w);
}

/** The words a text writes in lower case (as wink normalises them, lower-cased). */
export function lowerCaseWords(tokens: Token[]): Set<string> {
	const out = new Set<string>();
	for (const t of tokens) if (LOWER_FIRST.test(t.value)) out.add(t.normal.toLowerCase());
	return out;
}

export function addLoneWords(scan: NameScan): void {
	const { text, tok, tokens, covered, titled, slogan, named, surnames, add, code, codeOrUnit, ticker, lowerCase } = scan;
	const places = placeNames();
	const firsts = firstNames();
	const orgs = orgWords();
	const known = knownOrgNames();
	const roles = personNouns();
	// A slogan, a sign or a song title in quotation marks ("Red for Ed", "Less Money on Testing, More Money
	// on Students", "We're Not Gonna Take It"): a lone capitalised word in it names no one (scan.slogan).
	// (A run of names may: "Yates: 'Flynn Was Compromised With Respect to the Russians'".)
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
	// (not in headings: "Seller's reaction to massacre: 'Revulsion'" over '"Revulsion," Haig said' is one use)
	for (const t of tokens) if (capitalised(t) && !titled[t.sentence]) capitalisedCount.set(t.normal.toLowerCase(), (capitalisedCount.get(t.normal.toLowerCase()) ?? 0) + 1);
	// (`lowerCase`: words the text also writes in lower case, "research", "hours": common words, whatever
	// a capital at a sentence's start made the tagger think)
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (covered[i] || t.pos !== 'PROPN' || !capitalised(t) || titled[t.sentence] || (slogan[i] && !firsts.has(t.normal.toLowerCase())) || codeOrUnit(i)) continue;
		const prev = tokens[i - 1];
		const next = tokens[i + 1];
		// ("Sterling GBP= was trading at …", "Copper CMCU3 fell": an instrument before its market code)
		if (next && next.start === t.end + 1 && ticker(i + 1)) continue;
		// one word: not part of a run of capitalised words (those are the entity scan's to judge)
		const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end + 1 >= b.start && capitalised(a) && capitalised(b) && a.sentence === b.sentence;
		if ((prev && prev.pos === 'PROPN' && joined(prev, t)) || (next && next.pos === 'PROPN' && joined(t, next))) continue;
		// "the Inspector-General of Police", "Coca-Cola": capitalised words joined by hyphens are one word;
		// a title so written names no one by itself (the person it describes is named beside it)
		const attached = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start && a.sentence === b.sentence;
		const hyphenTo = (k: number) => tokens[k + 1]?.value === '-' && attached(tokens[k], tokens[k + 1]) && attached(tokens[k + 1], tokens[k + 2]) && capitalised(tokens[k + 2]);
		if (prev?.value === '-' && attached(prev, t) && attached(tokens[i - 2], prev) && capitalised(tokens[i - 2])) continue;
		// ("Mar-a-Lago", "Port-au-Prince", "Stratford-upon-Avon": the last part of a compound with lower-case
		// words inside names no one by itself; review R of the 38th stop found "Lago" a person)
		if (prev?.value === '-' && attached(prev, t)) {
			let k = i - 2;
			while (k >= 2 && tokens[k - 1].value === '-' && attached(tokens[k - 1], tokens[k]) && attached(tokens[k - 2], tokens[k - 1]) && !capitalised(tokens[k])) k -= 2;
			if (k < i - 2 && capitalised(tokens[k]) && attached(tokens[k], tokens[k + 1])) continue;
		}
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
		// "a Johnny-come-lately", "a Jack-of-all-trades": a capitalised word opening a compound of two lower-case
		// parts or more is an idiom, no one ("Trump-backed", "Obama-era": one part, a name qualifying)
		if (tokens[i + 1]?.value === '-' && attached(t, tokens[i + 1]) && attached(tokens[i + 1], tokens[i + 2]) && LOWER_FIRST.test(tokens[i + 2]?.value ?? '') && tokens[i + 3]?.value === '-' && attached(tokens[i + 2], tokens[i + 3])) continue;
		const w = t.normal.toLowerCase();
		// "Republicanism", "Catholicism", "Trumpism": a creed or a movement's doctrine is no one (nor an
		// aversion, "Islamophobia": review T of the 39th stop)
		if (IDEOLOGY.test(w)) continue;
		// ("LONDON (AP) —": a dateline in capitals is a place too)
		const asWritten = ALL_UPPER.test(t.value) && t.value.length > 3 ? t.value[0] + t.value.slice(1).toLowerCase() : t.value;
		if (NOT_ACTORS.has(w) || NEVER_NAME_WORDS.has(w) || TIME_WORDS.has(w) || MONTH_ABBREVIATIONS.test(w) || places.has(asWritten) || t.value.length < 2 || isThingWord(w) || (religions().has(w) && !surnames.has(w))) continue;
		// ("the Bush family", "the Koch brothers": no one of them; as the entity scan reads it)
		if (familyAfter(tokens, i, i + 1)) continue;
		// ("a North Charleston police officer", "South Bend": a compass word opening a place's name, whose
		// second word the scans took for a place; review KK of the 47th stop had "North" a person)
		if (COMPASS.has(w) && next && next.sentence === t.sentence && capitalised(next) && next.start === t.end + 1 && !surnames.has(w)) continue;
		// ("Memorial Day", "Labor Day": the first word of a thing's name whose capitalised last word the
		// tagger read as a common noun; review Y of the 41st stop had "Memorial" a person holding "He")
		// (whatever the tagger made of that last word: "the Patriot Act", Act/VERB; review BB of the 42nd stop)
		if (next && next.sentence === t.sentence && /^\p{Lu}/u.test(next.value) && next.start === t.end + 1 && isThingWord(next.normal.toLowerCase())) continue;
		// "the City of Brotherly Love", "Black Lives Matter Plaza": a word of English before a capitalised
		// common noun is the first of a title-case name of something; a name of someone would have run on
		// (not a given name or a surname the text knows: "Anna Park", "Trump Tower")
		// (not a place's: "Atlantic City", "Jersey City" are where things happen to, place-nouns.txt)
		if (next && next.pos === 'NOUN' && next.sentence === t.sentence && capitalised(next) && next.start === t.end + 1 && inVocabulary(w) && inVocabulary(next.normal.toLowerCase()) && !placeNouns().has(next.normal.toLowerCase()) && !firsts.has(w) && !surnames.has(w) && !known.has(w) && !orgs.has(w) && !acronym(t)) continue;
		// "Clinton served as Secretary of State": a capitalised title before "of" names an office, no one
		// (one person's title: "accused the Democrats of …" names them)
		if (next?.normal === 'of' && titleWords().has(w) && !w.endsWith('s')) continue;
		// "Apolitically speaking, …": an adverb of manner opening a sentence, never capitalised inside one
		if ((!prev || prev.sentence !== t.sentence) && /ly$/.test(w) && w.length > 6 && inVocabulary(w.slice(0, -2)) && !midSentence.has(w) && !firsts.has(w) && !known.has(w)) continue;
		// "no further contact with Mr. ¶ Paddock": a title written short (titles.txt, or its abbreviation) or a
		// generation, cut from its name by a line break, names no one
		const short = w.slice(0, -1);
		if (t.value.endsWith('.') && (titleWords().has(short) || titleWords().has(roleKey(short)) || isGenerationWord(w))) continue;
		// "Springfield, Ill.", "Lafayette, La.": a state's abbreviation that is also a word or a name, after a town and a comma
		if (prev?.value === ',' && AMBIGUOUS_STATE.test(t.value + (next?.value === '.' && attached(t, next) ? '.' : '')) && capitalised(tokens[i - 2] ?? t)) continue;
		// "Ilhan Omar, D-Minn.", "(R-N.H.)": the state of a party label ("D-", "R-", "I-")
		if (inPartyLabel(tokens, i)) continue;
		// ("pic.twitter.com/3BDnrvkoms", "N.Y.": letters written onto a figure, or onto an initial, are part of
		// a link, a code or an abbreviation; not after dots or a slash, "…Sodom", "Pineda/Maradiaga")
		if (prev && prev.end === t.start && (/\d$/.test(prev.value) || /^\p{L}\.$/u.test(prev.value))) continue;
		// "the A380", "Olfr78", "N225": a code of letters and digits (a model, a gene, an index) names no one,
		// unless speaker-groups.tsv knows it as an organisation ("3M")
		if (code(t)) continue;
		// "primaries in Philadelphia", "a rally near Scranton": a lone name no one is known by (no given name,
		// no organisation's word, no one's surname), right after a preposition of place, is a place (review V
		// of the 39th stop had Philadelphia a person)
		// (and after "to" or "from" after a verb of going: "flew to Tampa", "returned from Houston"; review DD
		// of the 43rd stop had Tampa a person, who took the "his" after it)
		const went = (prev?.normal === 'to' || prev?.normal === 'from') && tokens[i - 2]?.pos === 'VERB' && GOING.has(tokens[i - 2].lemma.toLowerCase());
		if (prev && (PLACE_ONLY_BEFORE.has(prev.normal.toLowerCase()) || went) && !(next && /^[’']s$/.test(next.value)) && !firsts.has(w) && !orgs.has(w) && !known.has(w) && !surnames.has(w)) continue;
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
		// (and a faith's adjective: "Islamic radicals", "Muslim children", "Catholic schools"; review T of the 39th
		// stop had "Islamic" a mention of the Islamic Society of Boston, and "Muslim" an actor)
		if (next && (isDemonym(w) || FAITHS.has(w) || ORIGINS.has(w)) && (((next.pos === 'NOUN' || next.pos === 'ADJ') && LOWER_FIRST.test(next.value)) || (!w.endsWith('s') && !w.endsWith('i') && (next.normal === 'and' || next.normal === 'or'))) && (!firsts.has(w) || FAITHS.has(w) || ORIGINS.has(w))) continue;
		// "Veteran's Day", "Valentine's Day", "New Year's Eve": a possessive in a thing's name (review T of the 39th stop)
		if (next && /^[’']s$/.test(next.value) && next.start === t.end && capitalised(tokens[i + 2]) && isThingWord(tokens[i + 2].normal.toLowerCase())) continue;
		// "Addison, a village southwest of Ithaca", "Barry, Cass and Kalamazoo counties": a place
		if (placeInApposition(tokens, i) || inPlaceList(tokens, i)) continue;
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
		// (a straight mark opens a quotation when the word is written onto it: '"Revulsion," Haig said', not
		// '…," Trump said')
		const quoteOpens = /^[“‘(]$/.test(prev?.value ?? '') || ((prev?.value === '"' || prev?.value === "'") && prev.end === t.start);
		if ((opens || quoteOpens) && (!acts || (capitalisedCount.get(w) === 1 && story)) && !midSentence.has(w) && inVocabulary(w) && !firsts.has(w) && !acronym(t) && !known.has(w) && !orgs.has(w)) continue;
		// "Armed with ice packs, …", "Gaming used to be simple": a word in the form of a participle, met
		// only where a sentence opens and not before a comma ("Manning, who …"), is no name
		if (opens && !midSentence.has(w) && /(?:ing|ed)$/.test(w) && !/^(?:,|[’']s)$/.test(next?.value ?? '') && !firsts.has(w) && !acronym(t) && !known.has(w) && !orgs.has(w)) continue;
		// ("the policy is DANGEROUS and will hurt": emphasis among ordinary words, shouted.ts)
		if (isShoutedWord(t.value, lowerCase) || isShouted(tokens, i)) continue;
		const isOrg = acronym(t) || known.has(w) || orgs.has(w);
		add(t.value.replace(/[’']s$/, ''), isOrg ? 'org' : 'person', !isOrg && peopleInPlural(w, t), i, i + 1, 'name');
	}
}

/**
 * "Americans", "Muslims", "Hispanics", "Democrats": a people, a faith, an origin or a party's members in
 * the plural are many people, whom "he" or "she" never means (a mother quoted as "she" had gone to
 * "Americans" named before her). Not a surname in the plural form ("Evans": "evan" is a given name).
 */
function peopleInPlural(w: string, t: Token): boolean {
	if (!/[^s]s$/.test(w)) return false;
	const one = w.slice(0, -1);
	if (firstNames().has(one)) return false;
	return FAITHS.has(one) || ORIGINS.has(one) || (isDemonym(one) && inVocabulary(one)) || personPlural(t);
}

/** Words of direction that open places' names ("North Charleston", "West Palm Beach"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
