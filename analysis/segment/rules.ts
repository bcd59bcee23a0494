// Text-level segmentation shared by the plain-text, Markdown and HTML paths: every input is first
// turned into `Line`s, then each line gets one verdict (body, removed with a reason, caption, title,
// comment). Rules look at a line and its neighbours only through general page structure — never at
// what a particular outlet or article says.
import { extractTextComments } from './comments-text.js';
import { findCaptions } from './captions.js';
import { pickHeadline } from './headline.js';
import { ruleFor } from './boilerplate.js';
import type { Caption, RawComment, RemovedReason, RemovedText } from '../types.js';
import {
	GALLERY_COUNTER,
	PRINT_PAGE,
	READING_TIME,
	bracketedReason,
	bylineNames,
	companyBoilerplate,
	isAuthorBio,
	isContactLine,
	isPointerLine,
	isCopyrightNotice,
	isFollowLine,
	isStoryListHeader,
	isTimestampLine,
	urlKey,
	urlOnly
} from './furniture.js';
import {
	POST_SIGNATURE,
	DATE_ANYWHERE,
	BYLINE,
	DATELINE,
	SECTION_BY,
	SENTENCE_END,
	STAMP_START,
	WIRE_SIGNOFF,
	isBreadcrumb,
	isShareRow,
	norm,
	words
} from './patterns.js';

export interface Line {
	/** Trimmed, whitespace-normalised text. */
	text: string;
	/** Leading spaces before trimming: comment lists are indented in pasted text. */
	indent: number;
	/** Lines in the same block were separated by single line breaks (or <br>). */
	block: number;
	/** Stands as its own paragraph whatever its punctuation: headings, list items. */
	hard?: boolean;
	heading?: boolean;
	/** Known from markup to be a photo caption (Markdown text under an image). */
	caption?: boolean;
	/** HTML only: share of the line's letters and digits that are link text (0..1). */
	linked?: number;
	/** HTML only: the line is inside a <blockquote>, numbered per element (1, 2, …): a quotation. */
	quotation?: number;
}

export interface Segmented {
	title: string | null;
	byline: string | null;
	date: string | null;
	paragraphs: string[];
	/** Per paragraph: the <blockquote> it comes from (Line.quotation), or 0. */
	quotations?: number[];
	captions: Caption[];
	comments: RawComment[];
	removed: RemovedText[];
}

export interface ClassifyOptions {
	title?: string;
	/** The headline found in the page markup, when a different one was supplied. */
	pageTitle?: string;
	/** Comments were already taken from the page markup: do not look for a comment list in the text. */
	commentsFound?: boolean;
	/** The page's own addresses (canonical, og:url, the URL it was fetched from): a line that is one of them is chrome. */
	urls?: string[];
	/** The byline found in the page markup: a line repeating it, or a bio of its writer, is not body text. */
	byline?: string;
	/** The site's name from the page markup (og:site_name): a line that is only that name is its masthead. */
	siteName?: string;
	/** Per line, for a whole page pasted as text: outside the article's region (page-text.ts). */
	outside?: boolean[];
}

/** Letters, all of them capitals: a kicker or a label ("BLACK DEATH FEARS"). */
export function allCapitals(text: string): boolean {
	return HAS_UPPER.test(text) && !HAS_LOWER.test(text);
}
// (compiled once: esbuild lowers a \p{…} literal to a new RegExp at each use)
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

export type Verdict =
	| { k: 'body' }
	| { k: 'removed'; reason: RemovedReason; list?: boolean }
	| { k: 'caption'; captions: Caption[] }
	| { k: 'title' }
	| { k: 'comment' };

/** A repeated line this long that reads as a sentence is a copy, not a list that repeats. */
const DUPLICATE_PROSE_WORDS = 8;
/** A line that opens with a quotation mark, and the most words a pull quote has. */
const PULL_QUOTE_OPEN = /^\s*["“‘']/;
const PULL_QUOTE_MAX_WORDS = 80;
const PULL_QUOTES_MAX = 100;

/** A word starting with a lower-case letter, after an opening bracket or quotation mark if any (compiled once: esbuild lowers a \p{…} literal for Node to a new RegExp at each use). */
const LOWER_FIRST = /^[("'“‘]?\p{Ll}/u;

/** Share of a line's words that start with a lower-case letter: high in prose, low in lists of names and amounts. */
function lowerShare(text: string): number {
	const ws = text.split(/\s+/).filter(Boolean);
	return ws.length ? ws.filter((w) => LOWER_FIRST.test(w)).length / ws.length : 0;
}

/** At least this share of a line's letters is link text: the line is a link, not prose with links in it. */
const LINKED = 0.9;

/**
 * A headline that is all link, standing alone: a teaser for another story ("CO-FOUNDER 'PROUD' OF
 * HOME DEPOT EMPLOYEES…", a related-story heading). Body paragraphs carry links inside sentences;
 * short linked lines (a product name, a source) and list items (a shopping list of links) stay.
 */
function linkedHeadline(l: Line): boolean {
	if ((l.linked ?? 0) < LINKED || SENTENCE_END.test(l.text)) return false;
	const n = words(l.text);
	return l.heading ? n >= 2 : !l.hard && n > 6;
}

/** "27 Oddest Medical Case Reports": a linked headline of a numbered feature, three words or more. */
const NUMBERED_TEASER = /^\d{1,3}\s+\p{Lu}\S*(?:\s+\S+){1,12}$/u;
function numberedTeaser(l: Line): boolean {
	return (l.linked ?? 0) >= LINKED && !SENTENCE_END.test(l.text) && NUMBERED_TEASER.test(l.text);
}

/** A line the piece separators could split at all. */
const SEPARATED = /[|·•]/;

/** Furniture recognised by shape rather than wording; `list` when it heads a list of other stories. */
export function structuralReason(text: string, pageUrls: Set<string>): { reason: RemovedReason; list?: boolean } | null {
	// "Order Reprints | Today's Paper | Subscribe": every piece is a furniture phrase on its own.
	const parts = SEPARATED.test(text) ? text.split(/\s+[|·•]\s+|\s*\|\s*/).filter(Boolean) : [];
	if (parts.length >= 2 && parts.length <= 8) {
		const rules = parts.map((p) => ruleFor(p, false));
		if (rules.every((r) => r && (r.match === 'line' || r.match === 'list'))) return { reason: rules[0]!.reason };
	}
	if (SECTION_BY.test(text) || isBreadcrumb(text)) return { reason: 'section label' };
	if (isShareRow(text)) return { reason: 'share widget' };
	if (WIRE_SIGNOFF.test(text)) return { reason: 'contributor line' };
	if (GALLERY_COUNTER.test(text)) return { reason: 'image placeholder' };
	if (PRINT_PAGE.test(text) && words(text) <= 25) return { reason: 'print edition' };
	if (READING_TIME.test(text)) return { reason: 'reading time' };
	if (isCopyrightNotice(text)) return { reason: 'copyright notice' };
	const url = urlOnly(text);
	if (url && pageUrls.has(urlKey(url))) return { reason: 'navigation' };
	if (isFollowLine(text)) return { reason: 'promotion' };
	if (isContactLine(text)) return { reason: 'author bio' };
	if (isPointerLine(text)) return { reason: 'related links' };
	if (isStoryListHeader(text)) return { reason: 'related links', list: true };
	const bracket = bracketedReason(text);
	if (bracket) return { reason: bracket };
	return null;
}

// ---------------------------------------------------------------- classification


export function classify(lines: Line[], opts: ClassifyOptions = {}): Segmented {
	const v: Verdict[] = lines.map(() => ({ k: 'body' }));
	const pageUrls = new Set((opts.urls ?? []).map(urlKey));
	const isBody = (i: number) => v[i].k === 'body';
	// Lines are compared in normal form by several rules: each line's is computed once.
	const normed: (string | undefined)[] = new Array(lines.length);
	const normOf = (i: number) => (normed[i] ??= norm(lines[i].text));
	const remove = (i: number, reason: RemovedReason, list = false) => (v[i] = { k: 'removed', reason, list });
	// A whole page pasted as text: what lies outside the article's region (page-text.ts) is furniture.
	if (opts.outside) for (let i = 0; i < lines.length; i++) if (opts.outside[i]) remove(i, 'outside the article');

	// Boilerplate phrases and shapes, everywhere.
	lines.forEach((l, i) => {
		const r = ruleFor(l.text, false);
		if (r) remove(i, r.reason, r.match === 'list');
		else {
			const s = structuralReason(l.text, pageUrls);
			if (s) remove(i, s.reason, s.list);
			else if (linkedHeadline(l)) remove(i, 'related links');
		}
	});

	// A print-edition note ending "… with the headline:" takes the print headline on the next line.
	lines.forEach((l, i) => {
		const x = v[i];
		if (x.k !== 'removed' || x.reason !== 'print edition' || !/headline:?\s*$/i.test(l.text)) return;
		const j = i + 1;
		if (j < lines.length && isBody(j) && words(lines[j].text) <= 20 && !SENTENCE_END.test(lines[j].text.replace(/\.$/, ''))) remove(j, 'print edition');
	});

	const comments = opts.commentsFound ? [] : extractTextComments(lines, v);

	/** Index of the first line that reads like running prose: everything above it is page header.
	 * Headlines can be long but do not end like a sentence, so length alone does not count until 30 words. */
	const firstBody = () => {
		const i = lines.findIndex(
			(l, i) => isBody(i) && !l.heading && !l.caption && ((SENTENCE_END.test(l.text) && words(l.text) >= 6) || words(l.text) >= 30)
		);
		return i < 0 ? lines.length : i;
	};

	// Header furniture that could be a subheading lower down: section names, tag rows printed twice.
	let top = firstBody();
	for (let i = 0; i < top; i++) {
		if (!isBody(i)) continue;
		const r = ruleFor(lines[i].text, true);
		if (r?.match === 'top') remove(i, r.reason);
	}
	for (let i = 0; i < top; i++) {
		if (!isBody(i)) continue;
		const t = normOf(i);
		let j = i + 1;
		while (j < top && !isBody(j)) j++;
		if (j < top && normOf(j) === t && words(lines[i].text) <= 8 && !SENTENCE_END.test(lines[i].text)) {
			remove(i, 'section label');
			while (j < top && (!isBody(j) || normOf(j) === t)) {
				if (isBody(j)) remove(j, 'duplicate line');
				j++;
			}
		}
	}

	// Byline and dateline: short lines of a set shape.
	let byline: string | null = null;
	let date: string | null = null;
	lines.forEach((l, i) => {
		if (!isBody(i) || l.caption) return;
		const b = BYLINE.exec(l.text);
		if (b && words(l.text) <= 12) {
			byline ??= b[1].trim();
			// "By Jane Doe · Published 3 May 2024": the date rides along on the byline line.
			date ??= DATE_ANYWHERE.exec(l.text.slice(b[1].length))?.[0] ?? null;
			remove(i, 'byline');
		} else if (DATELINE.test(l.text)) {
			date ??= l.text.replace(/^(?:published|posted|updated|last updated|first published)(?:\s+(?:on|at))?\s*:?\s*/i, '').trim();
			remove(i, 'dateline');
		} else if (isTimestampLine(l.text)) {
			date ??= DATE_ANYWHERE.exec(l.text)?.[0] ?? null;
			remove(i, 'dateline');
		}
	});

	// The site's name alone on a line ("USA TODAY" for og:site_name "usatoday"): its masthead, not a line of the story.
	const site = (opts.siteName ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	if (site.length >= 3) {
		lines.forEach((l, i) => {
			if (isBody(i) && words(l.text) <= 4 && l.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') === site) remove(i, 'navigation');
		});
	}

	// The writer, once more: a line repeating the byline, a sentence about the writer ("Jane Doe is a
	// freelance writer living in …"), and the writer's name alone above or below that sentence.
	const names = bylineNames(opts.byline ?? byline);
	const bylineKey = norm(opts.byline ?? byline ?? '');
	const bodyIdx = lines.map((_, i) => i).filter(isBody);
	const tailFrom = bodyIdx.length > 4 ? bodyIdx[bodyIdx.length - 4] : 0;
	// A press release's closing company description ("Acme is a global provider of …"), last lines only.
	let company: string | null = null;
	for (const i of bodyIdx) {
		if (i < tailFrom || !isBody(i)) continue;
		const name = companyBoilerplate(lines[i].text, company);
		if (name) {
			remove(i, 'promotion');
			company = name;
		}
	}
	lines.forEach((l, i) => {
		if (!isBody(i)) return;
		if (bylineKey && normOf(i) === bylineKey) remove(i, 'byline');
		else if (isAuthorBio(l.text, names, i >= tailFrom)) {
			remove(i, 'author bio');
			const subject = norm(l.text.split(/\s+(?:is|was|has|writes|covers|reports|joined|lives)\b|\s*\(/)[0]);
			for (const j of [i - 1, i + 1]) if (j >= 0 && j < lines.length && isBody(j) && normOf(j) === subject) remove(j, 'author bio');
		}
	});

	findCaptions(lines, v);

	// A caption printed twice (once as alt text, once under the photo) is not body text either.
	const captionKeys = new Set<string>();
	v.forEach((x) => x.k === 'caption' && x.captions.forEach((c) => captionKeys.add(norm(c.text))));
	lines.forEach((l, i) => {
		if (captionKeys.size && isBody(i) && captionKeys.has(normOf(i))) remove(i, 'duplicate line');
	});

	// The headline: the supplied one is matched and lifted out of the body; otherwise the first
	// heading-like line above the prose (not a sentence, not furniture) is taken as the headline
	// (headline.ts).
	top = firstBody();
	let title: string | null = null;
	if (opts.title) {
		// The page's own headline may differ from the supplied one; either copy is the headline.
		const want = new Set([opts.title, ...(opts.pageTitle ? [opts.pageTitle] : [])].map(norm));
		const i = lines.findIndex((_l, i) => i <= top && isBody(i) && want.has(normOf(i)));
		if (i >= 0) v[i] = { k: 'title' };
	} else {
		const pick = pickHeadline(lines, top, isBody, remove);
		if (pick >= 0) {
			title = lines[pick].text;
			v[pick] = { k: 'title' };
		}
	}

	// List headers ("ALSO", "Related", "UPDATES:") take the headline-like or time-stamped lines under
	// them. A line that ends like a sentence stops the list: conservative, a body paragraph stays.
	lines.forEach((_, i) => {
		const h = v[i];
		if (h.k !== 'removed' || !h.list) return;
		for (let j = i + 1; j < lines.length; j++) {
			if (v[j].k !== 'body') {
				// Another list's header starts that list; other removed lines are skipped over.
				const y = v[j];
				if (y.k === 'removed' && !y.list) continue;
				break;
			}
			const t = lines[j].text;
			// (a line that is all link text goes whatever its end: "Who will make the Rock Hall in 2020?")
			if (STAMP_START.test(t) || ((!SENTENCE_END.test(t) || (lines[j].linked ?? 0) >= 0.9) && words(t) <= 30 && !lines[j].heading)) remove(j, h.reason);
			else break;
		}
	});

	// A list of links to numbered features ("27 Oddest Medical Case Reports", "10 Strangest Medical
	// Cases", "11 Weird Things People Have Swallowed"): teasers for other stories, however short. Two
	// or more such lines in a row, each all link and a headline of three words or more opening with a
	// number; a list of products or sources stays (it opens with no number).
	for (let i = 0; i < lines.length; i++) {
		let j = i;
		while (j < lines.length && isBody(j) && numberedTeaser(lines[j])) j++;
		if (j - i >= 2) for (let k = i; k < j; k++) remove(k, 'related links');
		i = j;
	}

	// Numbers alone between two paragraphs of prose ("6", "6" under the photos: a gallery's count); in a
	// table, a cell's number stands among other short lines and stays.
	const prose = (k: number) => k >= 0 && k < lines.length && words(lines[k].text, 8) >= 8;
	const loneNumber = (k: number) => isBody(k) && /^\d{1,3}$/.test(lines[k].text);
	for (let i = 0; i < lines.length; i++) {
		if (!loneNumber(i)) continue;
		let j = i;
		while (j < lines.length && loneNumber(j)) j++;
		if (prose(i - 1) && prose(j)) for (let k = i; k < j; k++) remove(k, 'image placeholder');
		i = j;
	}

	// A paragraph printed twice (mobile and desktop copies of the same block, a pull quote). Lines
	// that legitimately repeat stay: a meal plan's "Eat 60–90 minutes before your workout", a
	// recipe's "1 tsp. olive oil", list items. So a later copy goes only when it follows its first
	// copy directly, or when it is prose: a finished sentence of some length, not a list item.
	const seen = new Map<string, number>();
	let lastBody = -1;
	/** Does line j come right after a line removed as a section label ("Highlights")? */
	const labelled = (j: number) => {
		const b = v[j - 1];
		return !!b && b.k === 'removed' && b.reason === 'section label';
	};
	lines.forEach((l, i) => {
		if (!isBody(i)) return;
		// (compared with 6 and DUPLICATE_PROSE_WORDS only: counted no further)
		const n = words(l.text, DUPLICATE_PROSE_WORDS);
		const k = n >= 6 ? normOf(i) : '';
		const first = n >= 6 ? seen.get(k) : undefined;
		// Asked only of a repeated line: reading every line's words for it cost more than the rest.
		const prose = () => n >= DUPLICATE_PROSE_WORDS && SENTENCE_END.test(l.text) && !(l.hard && !l.heading) && lowerShare(l.text) >= 0.6;
		// ("Highlights" then "Israeli courts, however, have declared most major settlements legal.", which
		// the story says again in its place: the copy right under a section label is the box's)
		const boxed = first !== undefined && first !== lastBody && labelled(first) && prose();
		if (boxed) {
			remove(first, 'duplicate line');
			seen.set(k, i);
			lastBody = i;
		} else if (first !== undefined && (first === lastBody || prose())) remove(i, 'duplicate line');
		else {
			if (n >= 6 && first === undefined) seen.set(k, i);
			lastBody = i;
		}
	});

	// A pull quote: a line that is only a quotation, set apart from the body it was copied from ("“If NASA
	// focuses on the investment …”" printed as a box, then again inside a paragraph with its speaker).
	// It goes when its words are found inside a longer body line.
	const quoteLines: number[] = [];
	lines.forEach((l, i) => {
		if (!isBody(i) || !PULL_QUOTE_OPEN.test(l.text)) return;
		const n = words(l.text, PULL_QUOTE_MAX_WORDS + 1);
		if (n >= 6 && n <= PULL_QUOTE_MAX_WORDS) quoteLines.push(i);
	});
	// (at most PULL_QUOTES_MAX of them are compared: a page of thousands of quoted lines stays linear)
	if (quoteLines.length && quoteLines.length <= PULL_QUOTES_MAX) {
		// (not an embedded post's words, a line with a post's signature under it: "“I must …” Trump wrote on
		// Twitter" is the story quoting the post, no copy of it)
		const post = (j: number) => {
			let n = j + 1;
			while (n < lines.length && !lines[n].text.trim()) n++;
			return n < lines.length && POST_SIGNATURE.test(lines[n].text);
		};
		const bodies = lines.map((_, j) => j).filter((j) => isBody(j) && !post(j));
		for (const i of quoteLines) {
			// the quotation without a short attribution after it ("…,” Cooke said.")
			const text = lines[i].text;
			const close = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'), text.lastIndexOf('’'));
			if (close < 0 || words(text.slice(close + 1), 12) > 10) continue;
			const k = norm(text.slice(0, close));
			if (k.length >= 30 && bodies.some((j) => j !== i && isBody(j) && normOf(j).length > normOf(i).length && normOf(j).includes(k))) remove(i, 'duplicate line');
		}
	}

	// An embedded post's signature ("— Name (@handle) Date") right under a line kept out as furniture
	// signs nothing left in the body: the page's own small print stood where the post's words were, and
	// the paragraph above it now would be read as the poster's (a reader poll's answer as Trump's words).
	for (let i = 1; i < lines.length; i++) {
		if (!isBody(i) || !POST_SIGNATURE.test(lines[i].text)) continue;
		let p = i - 1;
		while (p > 0 && !lines[p].text.trim()) p--;
		const above = v[p];
		if (above?.k === 'removed') remove(i, above.reason);
	}

	// (one pass, without an array per line)
	const captions: Caption[] = [];
	const removed: RemovedText[] = [];
	for (let i = 0; i < v.length; i++) {
		const x = v[i];
		if (x.k === 'caption') for (const c of x.captions) captions.push(c);
		else if (x.k === 'removed') removed.push({ text: lines[i].text, reason: x.reason });
	}
	const { paragraphs, quotations } = assemble(lines, v);
	return { title, byline, date, paragraphs, quotations, captions, comments, removed };
}

// ---------------------------------------------------------------- paragraphs

/** A line that ends a sentence, a clause or a quotation (a colon, a semicolon, a closing mark). */
const LINE_END = /[.!?…:;"'”’)\]]\s*$/;

/**
 * Body lines become paragraphs. A block (text between blank lines, or one HTML block element) is
 * one paragraph unless its lines are finished sentences or headings, in which case each line
 * stands alone — the same reading of single line breaks as nlp.paragraphSpans. Subheadings stay in
 * the body as their own paragraph: they are the outlet's words and part of its framing.
 */
function assemble(lines: Line[], v: Verdict[]): { paragraphs: string[]; quotations: number[] } {
	const out: string[] = [];
	// Per paragraph, the block quotation its lines come from (0: none, or lines of several).
	const quoted: number[] = [];
	// A block whose lines mostly end their sentences writes one paragraph a line: there a line that does
	// not (a highlight, a caption, a standfirst) stands alone too, and only a line that opens in lower
	// case goes on from the one before. A block of lines broken anywhere (hard-wrapped text) is joined.
	const ending = new Map<number, [number, number]>();
	lines.forEach((l, i) => {
		if (v[i].k !== 'body') return;
		const e = ending.get(l.block) ?? [0, 0];
		e[0]++;
		if (LINE_END.test(l.text)) e[1]++;
		ending.set(l.block, e);
	});
	const linePerParagraph = (block: number) => {
		const [n, ended] = ending.get(block) ?? [0, 0];
		return n >= 3 && ended * 2 >= n;
	};
	let prev: Line | null = null;
	let prevIndex = -2;
	lines.forEach((l, i) => {
		if (v[i].k !== 'body') return;
		const joins =
			prev !== null &&
			prevIndex === i - 1 &&
			prev.block === l.block &&
			!prev.hard &&
			!l.hard &&
			(linePerParagraph(l.block) ? /^[a-z]/.test(l.text) && !LINE_END.test(prev.text) : !(LINE_END.test(prev.text) || words(prev.text) <= 8) || /^[a-z(]/.test(l.text));
		if (joins) {
			out[out.length - 1] += ' ' + l.text;
			if (quoted[quoted.length - 1] !== (l.quotation ?? 0)) quoted[quoted.length - 1] = 0;
		} else {
			out.push(l.text);
			quoted.push(l.quotation ?? 0);
		}
		prev = l;
		prevIndex = i;
	});
	const keep = out.map((p) => p.trim() !== '');
	return { paragraphs: out.filter((_, k) => keep[k]), quotations: quoted.filter((_, k) => keep[k]) };
}
