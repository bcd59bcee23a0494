// Structural patterns: dates, photo credits, comment metadata, breadcrumbs. These are regexes
// because their SHAPE is what identifies them (a phrase list could not enumerate every date);
// plain boilerplate phrases live in boilerplate.tsv instead.
import { isAgencyCredit } from './furniture.js';

const MONTH =
	'(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY =
	'(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?,?\\s+)?';
export const DATE_SRC = `(?:${WEEKDAY}(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4})|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
/** A date anywhere in a line ("By Jane Doe · Published 3 May 2024"). */
export const DATE_ANYWHERE = new RegExp(DATE_SRC, 'i');
export const TIME_SRC = `(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)(?:\\s+[A-Z]{2,4}\\b)?`;
// (?<!\\d): a match starts only where a number starts, or a long run of digits is rescanned from each one.
const RELATIVE_SRC = '(?<!\\d)\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago';

/** A line that is only a publication date/time ("Nov 16 2016, 11:48am", "Published: 3 May 2024"). */
export const DATELINE = new RegExp(
	`^(?:(?:published|posted|updated|last updated|first published)(?:\\s+(?:on|at))?\\s*:?\\s*)?(?:${TIME_SRC}\\s*,?\\s*)?${DATE_SRC}(?:\\s*(?:,|at|-|–|—|\\|)?\\s*${TIME_SRC})?\\.?$`,
	'i'
);

/** A time or date stamp at the start of a line, as in an update log ("1:00 p.m.: ..."). */
export const STAMP_START = new RegExp(`^(?:${TIME_SRC}|${DATE_SRC})\\s*(?:[:–—-]|\\s)\\s*\\S`, 'i');

/** "by Jane Doe", "By Jane Doe and John Roe | Staff writers"; a name, not a sentence ("By Tuesday, ..."). */
export const BYLINE = /^(?:(?:[Ww]ritten|[Ss]tory|[Ww]ords|[Aa]nalysis|[Cc]ommentary)\s+)?[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:and|&|de|van|von|der|da|al|bin|la|le)\s+)?\p{Lu}[\p{L}.'’-]*){0,6})(?:\s*(?:,|\||·|—|–|-)\s*[^.!?]{0,60}|\s+(?:[Oo]n|[Pp]ublished|[Uu]pdated)\s+(?:\d|[JFMASOND][a-z]{2}[a-z]*\.?\s+\d)[^!?]{0,40})?$/u;

/** Comment-section headers: "2 thoughts on “…”", "14 comments", "Comments (3)", "Responses". */
export const COMMENTS_HEADER_STRONG =
	/^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|comments?|responses?|replies|reactions?)\s+(?:on|to)\b/i;
export const COMMENTS_HEADER_WEAK =
	/^(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:comments?|responses?|replies|reader comments|reactions?|discussion|thoughts?)(?:\s*\(\d+\))?\s*:?$/i;

const BULLET = /^[•·*▪◦‣○●-]\s*/;
const COMMENT_DATE = new RegExp(`(${DATE_SRC})(?:\\s*(?:,|at|-|–|—|\\|)?\\s*(${TIME_SRC}))?|(${RELATIVE_SRC})`, 'i');

export interface CommentMeta {
	author: string | null;
	date: string;
	/** Has a clock time ("at 8:51 pm"): a stamp that only comment lists print per entry. */
	timed: boolean;
}

/**
 * A comment entry's header line: an optional bullet and author, then a date, optionally a time,
 * then nothing but a "Reply"/"Permalink" link. "Jane says: May 3, 2024 at 9:14 am",
 * "• November 17, 2016 at 8:51 pm", "Pat Q. | 3 days ago".
 */
export function commentMeta(line: string): CommentMeta | null {
	const s = line.replace(BULLET, '').trim();
	if (words(s, 16) > 16) return null;
	const m = COMMENT_DATE.exec(s);
	if (!m) return null;
	const after = s.slice(m.index + m[0].length);
	if (!/^\s*(?:[|·•—–-]\s*)?(?:reply|permalink|edit|#|\d+\s+likes?)?\s*$/i.test(after)) return null;
	let before = s.slice(0, m.index);
	before = before
		.replace(/(?:\s+(?:says|said|wrote|commented))?\s*:?(?:\s+(?:on|at))?\s*[|·•—–,-]?\s*$/i, '')
		.replace(BULLET, '')
		.trim();
	if (before && (words(before) > 6 || /[.!?]$/.test(before))) return null;
	// "Last updated May 3, 2024 at 9:14 am" is the article's own dateline, not a comment entry.
	if (/^(?:published|posted|updated|last updated|first published|modified)\b/i.test(before)) return null;
	return { author: before || null, date: m[0].trim(), timed: Boolean(m[2]) };
}

/** "Jane Doe says:" alone on a line: the author of the entry whose date follows. */
export const AUTHOR_SAYS = /^(?:[•·*▪◦‣-]\s*)?(\p{Lu}[^:]{0,50}?)\s+(?:says|said|wrote):?$/u;

// ---------------------------------------------------------------- captions and credits

const CREDIT_WORDS =
	/\b(?:photo|photos|photograph|photographer|screengrab|screen grab|screenshot|handout|courtesy|getty images|images|pool|file photo|illustration|video grab|still)\b/i;
const NAME_SLASH_AGENCY = /^\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}\s*\/\s*\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}$/u;

/** The inside of a trailing parenthesis that names a photo source: "(Name / Agency)", "(Outlet video screengrab)". */
function isCreditParen(inner: string): boolean {
	// ("(Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)": a credit that says so may
	// name two photographers and where each stands)
	if (LABELLED_PAREN.test(inner)) return words(inner) <= 20;
	if (words(inner) > 8) return false;
	return CREDIT_WORDS.test(inner) || NAME_SLASH_AGENCY.test(inner.trim()) || isAgencyCredit(inner);
}

/** The inside of a parenthesis that opens by saying it credits a picture: "Photos by …", "Photo courtesy of …". */
const LABELLED_PAREN = /^(?:photos?|photographs?|images?|pictures?)\s+(?:by|courtesy|credit)\b/i;
const TRAILING_PAREN = /\s*\(([^()]{2,80})\)$/;
/** The same in square brackets, as some sites print it: "… over the 'sonic attack' [Leah Millis/ Reuters]", "[Photo/VCG]". */
const TRAILING_BRACKET = /\s*\[([^[\]]{2,80})\]$/;
/** "© Provided by Al Jazeera Secretary of State Mike Pompeo said …": a syndication credit opening a caption. */
const PROVIDED_BY = /^[©ⓒ]\s*Provided by\s+/i;
// "Copyright" needs a year: "filed with the Copyright Office" is body text, "Copyright 2016 Agency" is not.
const TRAILING_COPYRIGHT = /\s*(?:(?:©|ⓒ|\(c\))\s*(?:\d{4}\s*)?|Copyright\s+(?:[©ⓒ@]\s*)?\d{4}\s+)\p{Lu}[^!?©]{0,60}$/u;
const TRAILING_LABELLED = /\s*\b(?:Photo|Photograph|Image|Picture|Credit|Photo credit|Image credit)s?(?:\s+by)?\s*:\s*[^.!?:]{2,60}$/;
const LABELLED_CREDIT =
	/^(?:Photo|Photograph|Image|Picture|Credit|Photo credit|Image credit|Illustration|Video)s?(?:\s+by)?\s*:\s*\S.{0,80}$|^(?:Main|Top|Header|Featured|Lead|Cover)\s+(?:[Ii]mage|[Pp]hoto|[Pp]icture)(?:\s+[Cc]redit)?\s*:\s*\S.{0,80}$|^(?:Photo|Photograph|Image|Illustration)s?\s+by\s+\p{Lu}|^(?:Image|Photo|Picture|Media|Video)\s+(?:copyright|source|credit)\b\s*:?\s*\S.{0,80}$/u;

/** Split a trailing photo credit off a line: "Caption text. © 2016 Agency" → ["Caption text.", "© 2016 Agency"]. */
/** A credit in capitals or a capitalised name or two ("© EPA", "© Getty Images", "© AFP/Getty") opening a caption. */
const LEADING_COPYRIGHT = /^[©ⓒ]\s*(\p{Lu}[\p{L}.&-]*(?:\s*\/\s*\p{Lu}[\p{L}.&-]*)?(?:\s+Images)?)\s+(\p{Lu}.*)$/u;

export function splitCredit(line: string): { caption: string; credit: string } | null {
	const s = line.trim();
	if (LABELLED_CREDIT.test(s) && words(s) <= 14) return { caption: '', credit: s };
	// Each pattern needs a mark the line may well lack: a closing bracket at the end, ©, a colon.
	const paren = s.endsWith(')') ? TRAILING_PAREN.exec(s) : null;
	if (paren && isCreditParen(paren[1])) return { caption: s.slice(0, paren.index).trim(), credit: s.slice(paren.index).trim() };
	// (in brackets, a credit says so or names a photographer and an agency: a lone "[Bloomberg]" after a
	// linked headline is where the link goes)
	const bracket = s.endsWith(']') ? TRAILING_BRACKET.exec(s) : null;
	if (bracket && words(bracket[1]) <= 8 && (CREDIT_WORDS.test(bracket[1]) || NAME_SLASH_AGENCY.test(bracket[1].trim()))) return { caption: s.slice(0, bracket.index).trim(), credit: s.slice(bracket.index).trim() };
	const copyrightFirst = s.startsWith('©') || s.startsWith('ⓒ');
	// "© Provided by Al Jazeera Secretary of State …": a syndication credit, then the caption
	const provided = copyrightFirst ? PROVIDED_BY.exec(s) : null;
	if (provided && words(s) <= 80) return { caption: s.slice(provided[0].length).trim(), credit: provided[0].trim() };
	// "© EPA Pope Francis's trip was overshadowed by …": the credit first, then the caption (a page copied as text)
	const lead = copyrightFirst ? LEADING_COPYRIGHT.exec(s) : null;
	if (lead && words(s) <= 80) return { caption: lead[2].trim(), credit: `© ${lead[1]}` };
	const copy = /©|ⓒ|\(c\)|Copyright/.test(s) ? TRAILING_COPYRIGHT.exec(s) : null;
	if (copy) return { caption: s.slice(0, copy.index).trim(), credit: s.slice(copy.index).trim() };
	const lab = s.includes(':') ? TRAILING_LABELLED.exec(s) : null;
	if (lab && lab.index > 0) return { caption: s.slice(0, lab.index).trim(), credit: s.slice(lab.index).trim() };
	// "… on July 25, 2019.J. Scott Applewhite / AP file": a photographer and an agency after the
	// caption's last sentence (a page copied as text glues them on), the agency known to agencies.txt
	const who = s.includes('/') ? TRAILING_PHOTOGRAPHER.exec(s) : null;
	if (who && who.index > 0 && isAgencyCredit(who[2].slice(who[2].lastIndexOf("/") + 1))) return { caption: s.slice(0, who.index + who[1].length).trim(), credit: s.slice(who.index + who[1].length).trim() };
	return null;
}

/** A sentence's end, then a name of one to four capitalised words (initials included), " / " and an agency. */
const TRAILING_PHOTOGRAPHER = /([.!?”"’)])\s*((?:\p{Lu}\.\s?|\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+\s*\/\s*[\p{L}&. -]{2,40})$/u;

/** Wire-photo caption openers: "FILE - ...", "FILE PHOTO: ...", "IN THIS PHOTO ...". Upper case on purpose. */
export const CAPTION_PREFIX = /^(?:FILE(?:\s+PHOTO)?\s*[-–—:]\s+|IN THIS (?:FILE )?PHOTO\b)/;

// ---------------------------------------------------------------- labels

const CRUMB_MARK = /[/>›»|]/;

const CRUMB_PART = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}&'’.-]+){0,3}$/u;

/** Breadcrumbs and tag trails: "Region / Country", "World > Europe > Baltics". */
export function isBreadcrumb(line: string): boolean {
	if (!CRUMB_MARK.test(line)) return false;
	const parts = line.split(/\s+(?:\/|>|›|»|\|)\s+/);
	if (parts.length < 2 || parts.length > 6 || words(line) > 12) return false;
	return parts.every((p) => CRUMB_PART.test(p) && !/[.!?:]$/.test(p));
}

/** Site-section mastheads: "News by Outlet", "Opinion from Outlet". */
export const SECTION_BY = /^(?:News|Video|Videos|Opinion|Features?|Culture|Sports?|Politics|Tech|Science|World|Analysis|Podcasts?)\s+(?:by|from)\s+\p{Lu}[\p{L}\p{N}&.'’ -]{0,30}$/u;

/** A line made only of share-button labels ("Facebook Twitter Email"). */
export function isShareRow(line: string): boolean {
	if (hasNonShareChar(line)) return false;
	const ws = line.toLowerCase().split(/[\s|·•/,]+/).filter(Boolean);
	if (ws.length < 2 || ws.length > 10) return false;
	const share = new Set(['share', 'facebook', 'twitter', 'x', 'email', 'e-mail', 'print', 'whatsapp', 'linkedin', 'reddit', 'pinterest', 'telegram', 'messenger', 'copy', 'link', 'flipboard', 'bluesky', 'threads', 'mastodon', 'sms']);
	return ws.every((w) => share.has(w)) && ws.some((w) => w !== 'x' && w !== 'link' && w !== 'copy');
}

/**
 * An ASCII character that is neither a letter, a hyphen, a space nor a separator: it would sit in
 * some word of the row, and no share label has it. Asked first of every line, so a paragraph is not
 * split into words to learn that (its first full stop answers). Other characters are left to the
 * full test (lower-casing one can give an ASCII letter).
 */
function hasNonShareChar(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c >= 128 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 124 || c === 47 || c === 44 || c === 32 || (c >= 9 && c <= 13)) continue;
		return true;
	}
	return false;
}

/** "Reporting by A; Editing by B" (wire sign-off), a line of its own. */
export const WIRE_SIGNOFF = /^\(?(?:additional\s+)?reporting by\b[^;]*(?:;\s*(?:additional reporting|writing|editing|graphics)\s+by\b[^;]*)+\)?\.?$/i;
/**
 * The same sign-off in brackets anywhere, as pages copied as text write it on after a paragraph's last
 * sentence: "(Reporting by A in Washington; Editing by B.)". Bounded, so linear (actors/sign-off.ts).
 */
export const WIRE_SIGNOFF_IN_TEXT = /\((?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b[^()\n]{0,600}\)/gi;

// ---------------------------------------------------------------- helpers

/** JavaScript's \s (what trim() and /\S+/ take for white space), by code unit. */
export function isSpace(c: number): boolean {
	if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
	if (c < 0xa0) return false;
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Number of runs of non-space characters (as `s.match(/\S+/g).length`, without building them).
 * Counting stops once it passes `cap`, for callers that only compare with a small number.
 */
export function words(s: string, cap = Infinity): number {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < s.length; i++) {
		const space = isSpace(s.charCodeAt(i));
		if (!space && !inWord && ++n > cap) return n;
		inWord = !space;
	}
	return n;
}

/** words(s) > max, reading no further than the word that passes it (a long paragraph answers at once). */
export function moreWordsThan(s: string, max: number): boolean {
	return words(s, max) > max;
}

/** Ends like a finished sentence (or a quote/bracket closing one). */
export const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/** Normal form for comparing lines: case, quote style, punctuation and spacing do not matter. */
export function norm(s: string): string {
	// Quote marks become spaces with every other mark; ʼ (a modifier letter, so \p{L}) is named apart.
	// The same as `s.toLowerCase().replace(/(?:[^\p{L}\p{N}]|ʼ)+/gu, ' ').trim()`: the runs of letters
	// and digits joined by one space, read in one pass (asked of every line of every page).
	const t = s.toLowerCase();
	let out = '';
	let run = -1;
	for (let i = 0; i <= t.length; ) {
		const w = i < t.length ? letterOrDigitAt(t, i) : 0;
		if (w) {
			if (run < 0) run = i;
			i += w;
			continue;
		}
		if (run >= 0) {
			out = out ? out + ' ' + t.slice(run, i) : t.slice(run, i);
			run = -1;
		}
		i++;
	}
	return out;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** 1 if a letter or digit (not ʼ) starts at i, 2 if an astral one does, else 0. */
function letterOrDigitAt(t: string, i: number): number {
	const c = t.charCodeAt(i);
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
	if (c === 0x2bc) return 0;
	if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) return LETTER_OR_DIGIT.test(t.slice(i, i + 2)) ? 2 : 0;
	return LETTER_OR_DIGIT.test(t[i]) ? 1 : 0;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY_YEAR = new RegExp(`(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(\\d{4})`, 'i');

/**
 * A publication date found in the page as YYYY-MM-DD, so found and supplied dates sort and compare
 * alike. Only unambiguous forms are converted (ISO, or with a month name); "3/4/2025" is left as
 * written rather than guessed.
 */
export function isoDate(found: string): string {
	const iso = /^(\d{4}-\d{2}-\d{2})/.exec(found.trim());
	if (iso) return iso[1];
	const pad = (n: string | number) => String(n).padStart(2, '0');
	const month = (m: string) => MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1;
	const a = MONTH_DAY_YEAR.exec(found);
	if (a && month(a[1]) > 0 && +a[2] >= 1 && +a[2] <= 31) return `${a[3]}-${pad(month(a[1]))}-${pad(a[2])}`;
	const b = DAY_MONTH_YEAR.exec(found);
	if (b && month(b[2]) > 0 && +b[1] >= 1 && +b[1] <= 31) return `${b[3]}-${pad(month(b[2]))}-${pad(b[1])}`;
	return found;
}

/**
 * The publication date as the outlet's readers saw it. A page's metadata often gives the moment in
 * UTC ("2019-11-19T02:24:00Z", "2019-11-19 01:09:01"), which is the next day for an evening story in
 * America; the date the page prints ("Nov 18, 2019 at 9:24 pm ET") or its address ("/2019/11/18/")
 * is the local one. A timestamp (a date and a time) yields to such a date when they are a day apart;
 * anything further apart is another story's date, and the timestamp stands.
 */
export function localDate(found: string, shown: (string | null)[]): string {
	const date = isoDate(found);
	if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(found.trim())) return date;
	const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
	for (const s of shown) if (s && /^\d{4}-\d{2}-\d{2}$/.test(s) && Math.abs(day(s) - day(date)) === 1) return s;
	return date;
}

/** The date in an article's address, "/2019/11/18/", as YYYY-MM-DD, or null. */
export function urlDate(url: string | null | undefined): string | null {
	const m = url ? /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//.exec(url) : null;
	return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** "— Name (@handle) Month D, YYYY": the line an embedded social-media post leaves under its text. */
export const POST_SIGNATURE = /^\s*[—–-]\s*([^()\n]{1,80}?)\s*\(@[A-Za-z0-9_]{1,15}\)\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s*$/;
