// Page furniture recognised by its shape, not by a fixed phrase: timestamps, gallery counters,
// reading times, the page's own address, copyright lines, bracketed promos, "follow us" lines,
// author bios. Phrases live in boilerplate.tsv; news-agency names in agencies.txt. Every test here
// looks at one line (or one line and the byline) and runs in time linear in its length.
import { readDataFile } from '../data-files.js';
import type { RemovedReason } from '../types.js';
import { moreWordsThan, words } from './patterns.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const UPPER_FIRST = /^\p{Lu}/u;

// ---------------------------------------------------------------- timestamps

const MONTHS = new Set(
	'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(' ')
);
const WEEKDAYS = new Set('mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday'.split(' '));
const STAMP_LABELS = new Set('posted updated published last first modified edited on at date time and'.split(' '));
const LABEL_WORDS = new Set('posted updated published modified edited'.split(' '));
const UNITS = new Set('second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks month months year years'.split(' '));
const ZONES = new Set(
	'et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest eet eest ist aest aedt acst awst nzst nzdt jst kst hkt sgt wib sast eat wat z'.split(' ')
);

/**
 * A line made only of publication or update stamps: "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM",
 * "November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm", "Published 1 day ago",
 * "19.11.2019, 08:57", "Updated on: November 19, 2019 / 10:07 AM / CBS News" (a short source after
 * the last stamp is allowed). A bare "March 3" is not one: it can be a timeline's subheading.
 */
export function isTimestampLine(text: string): boolean {
	if (text.length > 160) return false;
	let segments = text.split(/\s+[|/]\s+|\s*;\s*|\s+·\s+/).filter((s) => s.trim());
	// A short source after the stamps ("/ CBS News") is part of the same line of furniture.
	if (segments.length > 1 && !stampSegment(segments[segments.length - 1])) {
		const last = segments[segments.length - 1].trim();
		if (words(last) > 3 || !UPPER_FIRST.test(last)) return false;
		segments = segments.slice(0, -1);
	}
	const all: Stamp = { labelled: false, strong: false, year: false, time: false, day: false, dates: 0 };
	for (const seg of segments) {
		const f = stampSegment(seg);
		if (!f) return false;
		all.labelled ||= f.labelled;
		all.strong ||= f.strong;
		all.year ||= f.year;
		all.time ||= f.time;
		all.day ||= f.day;
		all.dates += f.dates;
	}
	// Without a label ("Posted", "Updated", "today", "ago") it must look like one stamp: a dated
	// time, or a single full date. Two dates, a month ("May 2024", a timeline's subheading) or clock
	// times alone are content (an exhibition's run, opening hours).
	return all.strong && (all.labelled || (all.year && (all.time || (all.dates === 1 && all.day))));
}

interface Stamp {
	labelled: boolean;
	strong: boolean;
	year: boolean;
	time: boolean;
	day: boolean;
	dates: number;
}

/** What one segment of a stamp line holds, or null when a token in it is not part of a date. */
function stampSegment(seg: string): Stamp | null {
	const f: Stamp = { labelled: false, strong: false, year: false, time: false, day: false, dates: 0 };
	const tokens = seg.toLowerCase().split(/[\s,()]+/).filter(Boolean);
	if (!tokens.length) return null;
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k].replace(/[:.]$/, '');
		if (!t || t === '-' || t === '–' || t === '—' || t === '|') continue;
		if (LABEL_WORDS.has(t)) f.labelled = true;
		if (STAMP_LABELS.has(t)) continue;
		if (MONTHS.has(t)) {
			f.strong = true;
			f.dates++;
		} else if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t)) f.day = true;
		else if (WEEKDAYS.has(t) || /^[ap]\.?m$/.test(t) || (ZONES.has(t) && f.time)) {
			// part of a date or time
		} else if (t === 'today' || t === 'yesterday') f.strong = f.labelled = true;
		else if (t === 'ago' && k >= 2 && UNITS.has(tokens[k - 1].replace(/[:.]$/, ''))) f.strong = f.time = f.labelled = true;
		else if (UNITS.has(t) && k + 1 < tokens.length && tokens[k + 1].startsWith('ago')) {
			// "3 days ago"
		} else if (/^\d{1,2}(?:[:.]\d{2}){1,2}(?:[ap]\.?m)?$/.test(t) || /^\d{1,2}[ap]\.?m$/.test(t)) f.strong = f.time = true;
		else if (/^(?:19|20)\d{2}$/.test(t)) f.year = true;
		else if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:t[\d:.]+z?)?$/.test(t)) {
			f.strong = f.year = f.day = true;
			f.dates++;
		} else return null;
	}
	return f;
}

// ---------------------------------------------------------------- small shapes

/** "Image 1 of 5", "1 of 6", "Photo 3/10", "Image 1 of / 9": a gallery's counter. */
export const GALLERY_COUNTER = /^(?:(?:image|photo|picture|slide|video|gallery)s?\s+)?\d{1,3}\s*(?:of|\/)\s*\/?\s*\d{1,3}$/i;

/** "4 Min Read", "5 minute read", "Reading time: 3 minutes". */
export const READING_TIME = /^(?:(?:\d{1,3}\s*(?:-\s*\d{1,3}\s*)?(?:min(?:ute)?s?|m)\.?\s+read(?:ing)?)|(?:(?:estimated\s+)?(?:reading|read)\s+time:?\s*(?:about\s+)?\d{1,3}\s*(?:min(?:ute)?s?|m)\.?))$/i;

/** "© 2019 Outlet. All rights reserved.", "Copyright © 2019 Outlet Ltd." with a rights clause. */
export function isCopyrightNotice(text: string): boolean {
	if (!/^(?:copyright\b|©|ⓒ|\(c\))/i.test(text) || words(text) > 30) return false;
	return /\b(?:rights reserved|reserved|without (?:the )?(?:written )?permission|may not be)\b/i.test(text);
}

/** ", Section A, Page 22": a fragment of a print-edition note. */
export const PRINT_PAGE = /^[,;\s]*(?:on\s+)?section\s+[A-Z]{1,2}\d?,?\s+page\s+[A-Z]?\d{1,3}\b/i;

/** A line that is one web address and nothing else. */
export function urlOnly(text: string): string | null {
	const t = text.trim();
	return /^(?:https?:\/\/|www\.)\S+$/i.test(t) ? t : null;
}

/** Comparable form of an address: no scheme, no "www.", no query, fragment or trailing slash. */
export function urlKey(u: string): string {
	return u
		.trim()
		.toLowerCase()
		.replace(/^https?:\/\//, '')
		.replace(/^www\./, '')
		.replace(/[?#].*$/, '')
		.replace(/\/+$/, '');
}

/** A whole line in square brackets: "[Read: …]", "[What you need to know … in your inbox.]", or a CMS shortcode left in the text ("[button link=…]Send us your review[/button]"). */
export function bracketedReason(text: string): RemovedReason | null {
	const t = text.trim();
	if (/^\[([a-z_]+)\b[^\]]{0,300}\][^[]{0,200}\[\/\1\]$/i.test(t)) return 'promotion';
	if (t.length < 5 || t[0] !== '[' || t[t.length - 1] !== ']' || words(t) > 40) return null;
	const inner = t.slice(1, -1);
	if (/[[\]]/.test(inner)) return null;
	if (/^\s*(?:read|related|see|also|more|watch|listen|click|recommended)\b/i.test(inner)) return 'related links';
	if (/^\s*(?:update|updated|correction|editor'?s? note)\b/i.test(inner)) return 'update note';
	// A short bracket is a source or a name ("[Photo=Agency]", "[Engadget]"), not a promo.
	return words(inner) >= 6 ? 'promotion' : null;
}

const PLATFORMS = /\b(?:twitter|facebook|instagram|x|linkedin|youtube|tiktok|bluesky|threads|mastodon|snapchat|pinterest|whatsapp|telegram|flipboard|apple news|google news)\b/i;

/** "Follow Newsbeat on Instagram, Facebook…", "Follow our full coverage at https://…". */
export function isFollowLine(text: string): boolean {
	if (!/^follow\b/i.test(text) || words(text) > 30) return false;
	return PLATFORMS.test(text) || /https?:\/\/|www\.|@\w/.test(text);
}

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
/** An e-mail address, a web address or host path ("twitter.com/jo"), or a handle, with a label's colon or a separator. */
const ADDRESS_WORD = /^(?:[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?|@\w+|[|·•,;/-]|\w+:)$/;

/**
 * "Email Jo Reyes at jo@example.org or follow her @jo", and "jo.reyes@example.com twitter.com/joreyes"
 * under a story: a writer's contact line (a line of nothing but addresses and handles, one an e-mail).
 */
export function isContactLine(text: string): boolean {
	if (/^(?:e-?mail|contact|reach|write to)\b/i.test(text) && words(text) <= 40 && EMAIL.test(text)) return true;
	// (short lines only, and with an "@": the address pattern rescans a long run of word characters)
	if (text.length > 300 || !text.includes('@')) return false;
	const ws = text.trim().split(/\s+/);
	return ws.length <= 8 && EMAIL.test(text) && ws.every((w) => ADDRESS_WORD.test(w.replace(/[.,;]$/, '')));
}

/** "(Graphic: Global assets in 2019 - here)": a line that points to a graphic, a video or a gallery beside the story. */
const POINTER = /^\((?:graphics?|charts?|interactive|video|photos?|pictures|gallery|factbox|timeline|map)\s*:[^()]{1,200}\)$/i;
export function isPointerLine(text: string): boolean {
	return POINTER.test(text.trim());
}

/** A heading over a list of other stories: "More Great WIRED Stories", "LATEST NEWS", "Popular this week". */
export function isStoryListHeader(text: string): boolean {
	// Both patterns below start with one of these words; most lines are gone at this first look.
	if (!/^\s*(?:most|more|latest|also|other|recent|top|popular|trending|related|recommended|featured)/i.test(text)) return false;
	const t = text.trim().replace(/[:.]$/, '');
	if (words(t) > 7 || /[.!?]/.test(t)) return false;
	if (/^(?:most\s+(?:read|popular|viewed|shared|commented|watched|emailed)|more\s+(?:from|in|on)|latest\s+from|also\s+on)\b/i.test(t)) return true;
	return /^(?:more|other|latest|recent|top|popular|trending|related|recommended|featured|most\s+\w+)\b(?:\s+\S+){0,4}?\s+(?:stories|news|articles|posts|videos|reads|headlines|coverage|links|this\s+week|today|right\s+now)$/i.test(t);
}

// ---------------------------------------------------------------- news agencies

let agencies: Set<string> | null = null;

/** Wire services and photo agencies (agencies.txt), lower case. */
export function agencyNames(): Set<string> {
	if (!agencies) {
		agencies = new Set(
			readDataFile('segment', 'agencies.txt')
				.split(/\r?\n/)
				.map((l) => l.trim().toLowerCase())
				.filter((l) => l && !l.startsWith('#'))
		);
	}
	return agencies;
}

/** "Reuters", "AFP/Getty Images", "AP Photo/Jane Doe", "Reuters video", "Getty Images": a credit, nothing more. */
export function isAgencyCredit(text: string): boolean {
	// Taking off the brackets and the final mark below removes three words at most: a paragraph is
	// answered before it is copied.
	if (moreWordsThan(text, 8 + 3)) return false;
	const t = text
		.trim()
		.replace(/^\(|\)$/g, '')
		.replace(/[.:]$/, '')
		.trim()
		.toLowerCase();
	if (!t || words(t) > 8) return false;
	const names = agencyNames();
	const parts = t.split(/\s*(?:\/|\||,|\bvia\b)\s*/).filter(Boolean);
	if (!parts.length) return false;
	// The first part names an agency ("ap photo", "reuters video", "file"), the rest are photographers or agencies.
	const head = parts[0].replace(/\s+(?:photo|photos|video|file|pool|handout|images)$/, '');
	return names.has(head) || names.has(parts[0]) || (parts.length > 1 && parts.slice(1).some((p) => names.has(p)) && words(parts[0]) <= 3);
}

/**
 * A line that is only a photo's credit, a photographer or source and an agency with a slash ("Handout/
 * Reuters.", "John Moore/Getty Images.", "POOL New/Reuters."), as a page copied as text keeps it between
 * the story's paragraphs: the paragraph after it is the photo's caption. (Not "Reuters." alone, which
 * may credit the story.)
 */
export function isPhotoCreditLine(line: string): boolean {
	return line.includes('/') && line.length <= 80 && isAgencyCredit(line);
}

// ---------------------------------------------------------------- press-release boilerplate

const COMPANY_IS =
	/^(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})(?:\s*\([^()]{1,40}\))?,?\s+(?:is|are)\s+(?:a|an|the)\s+(?:\S+\s+){0,4}?(?:leading|global|world'?s?|worldwide|international|privately[- ]held|publicly[- ]traded|listed|independent|nonprofit|non-profit|multinational|premier|largest|fast-growing)\b/u;

/**
 * "Acme is a global solutions provider …", "Acme is headquartered in …": the company description a
 * press release ends with. Only in the article's last lines, and a second paragraph only when it
 * starts with the same name as the first.
 */
export function companyBoilerplate(text: string, previousName: string | null): string | null {
	// (the anchored patterns first: they fail at once on most lines, which the word count reads whole)
	const m = COMPANY_IS.exec(text);
	const again = !m && !!previousName && text.startsWith(previousName + ' ') && /^\S+(?:\s+\S+){0,3}\s+(?:is|was|has|employs|operates|was founded|is headquartered|is listed|shares)\b/.test(text);
	if ((!m && !again) || words(text, 120) > 120) return null;
	return m ? m[1] : previousName;
}

// ---------------------------------------------------------------- author bios

const BIO_NOUN =
	/\b(?:writer|reporter|editor|journalist|correspondent|columnist|contributor|author|freelancer?|blogger|producer|photographer|curator|critic|intern|fellow|analyst|anchor|host|novelist|native|graduate|based in|lives in|living in|covers|writes)\b/i;
const NAME = /^((?:\p{Lu}[\p{L}'’.-]*\.?)(?:\s+(?:\p{Lu}[\p{L}'’.-]*\.?|de|van|von|der|da|al|bin|la|le)){0,3})(?:\s+\([^()]{1,80}\))?,?\s+(?:is|was|has been|has written|writes|covers|reports|joined|lives)\b/u;

/**
 * "Jane Doe is a freelance writer living in Minneapolis.", "Doe (jane@x.com) is the editor of …":
 * a sentence about the writer. Its subject must share a name with the byline, or the sentence must
 * say what the person does for a living and sit in the article's last lines (`tail`) — a news story's
 * "Smith is the third minister to resign" names neither.
 */
export function isAuthorBio(text: string, bylineNames: Set<string>, tail: boolean): boolean {
	// (the anchored pattern first: it fails at once on most lines, which the word count reads whole)
	const m = NAME.exec(text);
	if (!m || words(text, 90) > 90) return false;
	const names = m[1].split(/\s+/).map((w) => w.replace(/[.'’]+$/, '').toLowerCase());
	if (names.some((n) => n.length > 1 && bylineNames.has(n))) return true;
	const first = text.split(/(?<=[.!?])\s+/)[0];
	return tail && BIO_NOUN.test(first);
}

/** The byline's names, lower case ("By Jane Doe and Omar Haddad" → jane, doe, omar, haddad). */
export function bylineNames(byline: string | null): Set<string> {
	const out = new Set<string>();
	if (!byline) return out;
	for (const w of byline.split(/[\s,&|/]+/)) {
		const n = w.replace(/[.'’]+$/, '');
		if (UPPER_FIRST.test(n) && n.length > 1 && !/^(?:By|And|The|Staff|News|Reporter|Writer|Editor|Press|Associated)$/.test(n)) out.add(n.toLowerCase());
	}
	return out;
}
