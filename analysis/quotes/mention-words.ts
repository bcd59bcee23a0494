// The words and token tests that reading a name or a description rests on (mentions.ts and the name
// scanners): pronouns, articles, quantifiers, words that never open a name, name particles and
// prepositions, time words, capitalisation, units, demonyms.
import type { Token } from '../types.js';
import { givenName, personNouns, titleWords } from './data.js';

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
export const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);
export const DETS = new Set(['the', 'a', 'an']);
/** Determiners that introduce someone new: "a police sergeant", "one diplomat", "another official". */
export const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/**
 * Words that count people before "of" or "in"/"out of" a number ("Half of Ohio Democrats", "Six in 10
 * voters", "three out of four Republicans"): a share, as a poll reports it, never a name when a
 * sentence's capital opens it.
 */
export const SHARE_COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'most', 'many', 'some', 'several', 'few', 'all', 'none', 'both', 'each']);
/** Does the phrase at `k` open with a share of people: a count, then "of", or "in"/"out of" and a number? */
export function shareAt(toks: Token[], k: number): boolean {
	const t = toks[k];
	if (!t || !(SHARE_COUNTS.has(t.normal.toLowerCase()) || t.pos === 'NUM')) return false;
	const n = toks[k + 1]?.normal;
	if (n === 'of') return true;
	const num = n === 'in' ? toks[k + 2] : n === 'out' && toks[k + 2]?.normal === 'of' ? toks[k + 3] : undefined;
	return !!num && (num.pos === 'NUM' || SHARE_COUNTS.has(num.normal.toLowerCase()));
}
export const POSSESSIVE_DETS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words that open a noun phrase of people: "some protesters", "one analyst". */
export const QUANTIFIERS = new Set(['some', 'many', 'several', 'few', 'most', 'other', 'another', 'one', 'two', 'three', 'four', 'five', 'each', 'every', 'both', 'all', 'numerous', 'dozens', 'hundreds', 'thousands']);
/** Capitalised function words that open a sentence before a name and are never part of it: "When
 * Trump suggested", "Then Brafman added", "Did Donald Trump say". */
export const NEVER_NAME_WORDS = new Set(['when', 'then', 'did', 'does', 'do', 'after', 'before', 'if', 'as', 'while', 'of', 'so', 'but', 'and', 'once', 'since', 'until', 'although', 'though', 'because', 'how', 'why', 'what', 'where', 'whether', 'yet', 'also', 'now', 'here', 'there', 'even', 'still', 'just', 'only', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'can', 'could', 'should', 'would', 'meanwhile', 'later', 'earlier', 'today', 'yesterday', 'tomorrow', 'tonight', 'perhaps', 'maybe', 'indeed', 'instead', 'however', 'again', 'already', 'finally', 'soon', 'last', 'next', 'this', 'that', 'these', 'those', 'not', 'no', 'yes', 'according', 'asked', 'told', 'said', 'says', 'several', 'many', 'some', 'most', 'few', 'both', 'all', 'each', 'every', 'another', 'numerous', 'hey', 'hello', 'hi', 'dear', 'thanks', 'wow']);
/** Arabic's article as names write it before a hyphen, assimilated or not: "al-", "ad-", "el-", "ash-", "ud-". */
export const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|at|az|an|ash|ud|ul|ur)$/;
/**
 * A mark transliterating Arabic's ayin (or hamza) at the start of a name part, between a hyphen and a
 * capital with no space: "Al-‘Ayesh", "al-ʿAbbas". The tokeniser splits it off; the name goes on over it.
 */
export function isAyin(toks: Token[], k: number): boolean {
	const t = toks[k];
	return !!t && /^[‘ʿʾ'’`]$/.test(t.value) && toks[k - 1]?.value === '-' && toks[k - 1].end === t.start && toks[k + 1]?.start === t.end && isCap(toks[k + 1]);
}
/** A Korean given name's two syllables: "Ki-moon", "Jong-un", "Geun-hye" (the first capitalised and short, the second lower case). */
const SHORT_CAP = /^[A-Z][a-z]{0,4}$/;
const SYLLABLE = /^[a-z]{1,4}$/;
/**
 * Is token k the lower-case second syllable of a Korean given name, after a family name: "Ban Ki-moon",
 * "Kim Jong-un", "Tsai Ing-wen"? (hyphen and syllable with no space; not a compound word of a name,
 * "the Donald Trump-led field", "the Jeb Bush-era rules": a verb or an adjective, or a noun after it
 * that it describes)
 */
export function isGivenNameSyllable(toks: Token[], k: number): boolean {
	const t = toks[k];
	const h = toks[k - 1];
	const first = toks[k - 2];
	const family = toks[k - 3];
	if (!t || !h || !first || !family || h.value !== '-' || first.end !== h.start || h.end !== t.start) return false;
	if (!SYLLABLE.test(t.value) || t.pos === 'VERB' || t.pos === 'ADJ' || !SHORT_CAP.test(first.value) || !isCap(family) || family.pos !== 'PROPN' || family.sentence !== t.sentence) return false;
	const after = toks[k + 1];
	if (after && after.start === t.end && after.value !== '.' && after.value !== ',' && !isPossessive(after)) return false;
	return !(after && after.sentence === t.sentence && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN'));
}
/** Prepositions that organisations' names capitalise ("Reporters Without Borders", "Citizens Against Crime"). */
export const NAME_PREPOSITIONS = new Set(['Without', 'Against', 'Beyond', 'Across', 'Sans']);
/** Lower-case particles inside a person's name: "Alex de Minaur", "Jakob von Moltke". */
export const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'el', 'al', 'al-', 'bin', 'ibn', 'abu', 'du', 'dos', 'ter']);
export const LINK_PREPS = new Set(['of', 'for', 'at', 'from', 'with']);
/** Prepositions of a short time or place phrase between a subject and its verb ("Obama on Friday said");
 * not "after"/"before", which start a clause of their own ("three days after Trump told ..."). */
export const PLACE_PREPS = new Set(['around', 'across', 'in', 'throughout', 'outside']);
export const TIME_PLACE_PREPS = new Set(['on', 'in', 'at', 'during']);
/** Words of a time expression: "Saturday", "last week", "earlier this month", "in March". */
/** Pronouns that open a relative clause after a name or a description: "Kirk, R-Ill., who faces …". */
export const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'which', 'whom']);
export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'tonight', 'earlier', 'later', 'week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'recently', 'previously', 'decade', 'century', 'centuries', 'millennium', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
	// time zones, as a clock time gives them ('9 a.m. EST'): no one's name
	'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest']);
export const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'that', 'on', 'in']);
/** Is tokens [a, b) a time expression ("Saturday", "last week", "Monday night")? */
export function isTimePhrase(toks: Token[], a: number, b: number): boolean {
	if (b <= a) return false;
	let any = false;
	for (let k = a; k < b; k++) {
		if (TIME_WORDS.has(toks[k].normal)) any = true;
		else if (!TIME_MODIFIERS.has(toks[k].normal) && toks[k].pos !== 'NUM') return false;
	}
	return any;
}

/** A courtesy title, which says no office ("Mr. Khan", "Ms. Lee", "Messrs."). */
export const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|messrs|mister)\.?$/i;
// "Amnesty's" and also the bare apostrophe of "Sanders’ campaign manager".
/** A possessive's "'s" (or lone apostrophe); not a pronoun's "'s" for "is" or "has", which wink tags as a verb ("he's predicting that …", review 38). */
export const isPossessive = (t: Token) => /^['’]s?$/.test(t.value) && t.pos !== 'AUX';
/**
 * Is toks[k] a possessive, its word before it read: a lone apostrophe owns only after an s, x or z
 * ("the Democrats’ leader", "Jesus’ words"); after another letter it stands for letters left out
 * ("Lyin’ Ted", "Nothin’ doing"), and the words around it are one name or phrase, no owner's.
 */
export function possessiveAt(toks: Token[], k: number): boolean {
	const t = toks[k];
	return !!t && isPossessive(t) && !elidedAt(toks, k);
}
/** Is toks[k] a lone apostrophe standing for letters a word leaves out ("Lyin’", "goin'")? */
export function elidedAt(toks: Token[], k: number): boolean {
	const t = toks[k];
	const p = toks[k - 1];
	return !!t && !!p && t.value.length === 1 && /['’]/.test(t.value) && p.end === t.start && !/[sxz]$/i.test(p.value) && /\p{L}$/u.test(p.value);
}
const UPPER_FIRST = /^[\p{Lu}]/u;
/** Starts with a capital letter (ASCII answered without the Unicode pattern: this is asked of most tokens, often). */
export const isCap = (t: Token): boolean => {
	const c = t.value.charCodeAt(0);
	return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(t.value);
};
/** A surname written with a lower-case particle onto it: "diGenova", "deBlasio", "vanHollen". */
export const CAMEL_SURNAME = /^(?:d[aeiu]|de[lr]|la|le|van|von|mc|mac)\p{Lu}\p{Ll}+$/u;

/**
 * A few letters written onto a number are its unit ("4K", "8GB", "120Hz"), never a name or a name's
 * start; a whole word glued to one ("16Aleksander Barkov", a jersey number in a page's markup) is not.
 */
export const isUnit = (toks: readonly Token[], k: number): boolean => k > 0 && toks[k - 1].end === toks[k].start && /\d$/.test(toks[k - 1].value) && UNIT_FORM.test(toks[k].value);
const UNIT_FORM = /^[A-Za-z]{1,4}\.?$/;
/** Offices held for a place: "a senator from Vermont" speaks for it. */
export const REPRESENTS = new Set(['senator', 'sen.', 'sen', 'representative', 'rep.', 'rep', 'congressman', 'congresswoman', 'delegate', 'lawmaker', 'legislator', 'mp', 'mep', 'governor', 'gov.', 'mayor', 'councilman', 'councilwoman', 'councillor', 'councilor', 'assemblyman', 'assemblywoman', 'commissioner']);

/** The part after a word's last hyphen ("president-elect" → "elect"), or the word: `split('-').pop()` without the array. */
export const afterHyphen = (w: string): string => w.slice(w.lastIndexOf('-') + 1);
export const isWord = (t: Token) => /[\p{L}\p{N}]/u.test(t.value);
/** Demonyms not made with -an, -ese, -ish or -i ("Dutch researchers", "Swiss banks", "Greek ministers"). */
const IRREGULAR_DEMONYMS = new Set(['dutch', 'french', 'czech', 'swiss', 'welsh', 'greek', 'thai', 'scots', 'basque', 'arab', 'philippine', 'filipino', 'filipina', 'cypriot', 'slovak', 'kazakh', 'uzbek', 'tajik', 'kyrgyz', 'turkmen', 'icelandic', 'western', 'eastern', 'northern', 'southern']);
/** "Hopefully", "Previously", "Interestingly": an adverb in -ly the tagger read as one, never a given name ("Kelly"). */
export const sentenceAdverb = (t: Token): boolean => t.pos === 'ADV' && t.normal.endsWith('ly') && givenName(t.normal) === undefined;

/** A word for a country's people, in lower case: "afghan", "chinese", "british", "iraqi", "dutch". */
export const isDemonym = (w: string): boolean => /(?:an|ese|ish|i)$/.test(w) || IRREGULAR_DEMONYMS.has(w);
/** Nationality adjectives ("Russian", "Chinese") say where, not which organisation. */
export const looksNationality = (w: string) => /(?:an|ese|ish|ic|i)$/.test(w) && !/^[\p{Lu}.]+$/u.test(w);
/**
 * "the Republican convention", "The Republican presidential race": a party's or a nation's word at token k,
 * capitalised, before lower-case words it describes (a noun or an adjective of its sentence), names no one
 * ("the Republican" alone is someone; review JJ of the 46th stop had the race and the convention mentions
 * of Trump). The entity scan and the reading of descriptions both ask.
 */
export function describesNoun(toks: Token[], k: number): boolean {
	const t = toks[k];
	const next = toks[k + 1];
	return !!t && !!next && isCap(t) && looksNationality(t.value) && next.sentence === t.sentence && !isCap(next) && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/**
 * Nouns for a family that a surname before them names ("the Bush family", "the Koch brothers"). Not a
 * time, "the Obama years", which is the person's tenure: NewsMTSC's annotators read tone toward Obama
 * there (actor found for 0.913 -> 0.912 when tried).
 */
const FAMILY_NOUNS = new Set(['family', 'families', 'clan', 'dynasty', 'dynasties', 'brothers', 'sisters', 'siblings', 'household']);
/**
 * Is the name at tokens [i, e), one word after "the", a family's ("the Bush family", "the Koch
 * brothers")? No mention of one of its people.
 */
export function familyAfter(toks: Token[], i: number, e: number): boolean {
	const n = toks[e];
	return e - i === 1 && i > 0 && toks[i - 1].normal === 'the' && !!n && FAMILY_NOUNS.has(n.normal) && !/^\p{Lu}/u.test(n.value);
}

/**
 * A title in the plural ("Sens. Ann Roe (Ohio), Tom Vale (Iowa) and …", "Senators …", "advisers to the
 * president"): titles.txt's plural short forms, or a word in -s whose singular is a title there (the
 * tagger leaves a capitalised "Senators" unlemmatised).
 */
export function pluralTitle(t: Token): boolean {
	const n = t.normal.toLowerCase();
	return !HONORIFIC.test(n) && ((n.endsWith('s.') && titleWords().has(n)) || (n.endsWith('s') && titleWords().has(n.slice(0, -1))));
}

/**
 * A word in -s whose singular is a word for a person ("Democrats", "Advisers", which the tagger reads as
 * names when capitalised and leaves unlemmatised); not a short initialism ("CBS" is no plural of "cb").
 */
export function personPlural(t: Token): boolean {
	return /[^s]s$/.test(t.normal) && !(t.value.length <= 4 && !/\p{Ll}/u.test(t.value)) && personNouns().has(t.normal.toLowerCase().slice(0, -1));
}

/** The forms of "he" and of "she". */
export const MALE_FORMS: ReadonlySet<string> = new Set(['he', 'his', 'him', 'himself']);
export const FEMALE_FORMS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);

/** He or she, his or her, him or her (either order; "or" or a slash): anyone, of either gender. */
export function eitherGender(toks: Token[], i: number): boolean {
	const other = MALE_FORMS.has(toks[i].normal) ? FEMALE_FORMS : FEMALE_FORMS.has(toks[i].normal) ? MALE_FORMS : null;
	if (!other) return false;
	const joins = (k: number) => toks[k]?.normal === 'or' || toks[k]?.value === '/';
	return (joins(i + 1) && other.has(toks[i + 2]?.normal ?? '')) || (joins(i - 1) && other.has(toks[i - 2]?.normal ?? ''));
}

/** A hyphen with no space on either side ("Qatar-funded", "commander-in-chief"). */
export const hyphenJoined = (toks: readonly Token[], h: number): boolean => toks[h]?.value === '-' && toks[h - 1]?.end === toks[h].start && toks[h + 1]?.start === toks[h].end;

/**
 * Is token k inside a compound joined by hyphens around a preposition or an article ("Editor-in-Chief",
 * "sergeant-at-arms", "mother-in-law"): the preposition itself, or the word after it. Such a word is
 * no name's start and no phrase's end.
 */
export function inHyphenCompound(toks: readonly Token[], k: number): boolean {
	const small = (j: number) => toks[j]?.pos === 'ADP' || toks[j]?.pos === 'DET';
	return (small(k) && hyphenJoined(toks, k - 1) && hyphenJoined(toks, k + 1)) || (hyphenJoined(toks, k - 1) && small(k - 2) && hyphenJoined(toks, k - 3));
}

/** AP abbreviations of states that are also words or names: places only after a town and a comma ("Springfield, Ill."). */
export const AMBIGUOUS_STATE = /^(?:Ala|Ark|Del|Ill|Ind|La|Mass|Miss|Mo|Ore|Pa|Wash)\.$/;

/** Words that open a clause of time or cause, which has its own subject: "… before a judge ordered". */
export const TIME_OR_CAUSE: ReadonlySet<string> = new Set(['before', 'after', 'until', 'till', 'since', 'once', 'because', 'while', 'when', 'unless']);
