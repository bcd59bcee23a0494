// Reader comments in page markup, taken out of the DOM before Readability sees the page: WordPress
// (threaded, with pingbacks and trackbacks), Disqus's embed, Drupal (replies in `.indented`), and
// generic comment lists. Each comment keeps its author, date, an id and, when it is a reply, its
// parent's id. Pingbacks and trackbacks are links from other sites, not readers: they go to
// `removed` with the reason "trackback", never to the comments.
import type { RawComment, RemovedText } from '../types.js';
import { text, type El } from './dom.js';

const AREAS = [
	'#comments',
	'.comments-area',
	'.comments',
	'.comment-list',
	'.commentlist',
	'.comments-section',
	'.comment-section',
	'.comment-wrapper',
	'.field--type-comment',
	'#disqus_thread',
	'#post-list',
	'.post-list',
	'#pings',
	'.pinglist',
	'.trackbacks',
	'#respond',
	'.comment-respond',
	'[id^="comments-"]'
].join(', ');
/** The element that holds a comment's own words, when the markup names one. */
const TEXT = [
	'.comment-content',
	'.comment-text',
	'.comment__content',
	'.comment__text',
	'.comment-body',
	'.post-message',
	'.field-name-comment-body',
	'.field--name-comment-body'
].join(', ');
/** What a comment's text element or metadata sits in: its entry. */
const ENTRY = 'li, article, .comment, .js-comment, [id^="comment-"], .post';
/** Entries inside a comment area whose text element is not named. */
const AREA_ENTRIES = '.comment, .js-comment, .comment-list > li, .commentlist > li, .children > li, .replies > li, .pinglist > li, #pings > li, .post-list > li.post, li.post';
const AUTHOR = ['.fn', '.comment-author-name', '.comment__author', '[itemprop="author"]', '.comment-author', '.commenter-name', '.post-byline .author', '.author', '.username', 'cite'];
const DATE = ['time', '.comment-metadata a', '.comment-date', '.comment__date', '.comment__time', '.comment-time', '.comment-timestamp', '.time-ago', '.comment-meta a', '.commentmetadata a', '.datetime', '.timestamp', '.submitted', '.date', '.published'];
const META = [
	...AUTHOR,
	...DATE,
	'.comment-meta',
	'.comment-metadata',
	'.comment__meta',
	'.reply',
	'.comment-reply-link',
	'.comment-actions',
	'.avatar',
	'.says',
	'.links',
	'.permalink',
	'.comment-permalink',
	'.visually-hidden',
	'h3',
	'.new'
].join(', ');
const REPLIES = '.children, .replies, .indented';
const TRACKBACK_CLASS = '.pingback, .trackback, #pings > li, .pinglist > li, .trackbacks li';
const TRACKBACK_TEXT = /^(?:pingback|trackback)\b\s*:?/i;
/** "[…] an excerpt of the linking post […]": how WordPress shows a trackback's text. */
const TRACKBACK_EXCERPT = /^\[(?:…|\.\.\.)\][\s\S]*\[(?:…|\.\.\.)\]$/;
const RELATIVE_DATE = /\bago\b|^(?:just now|yesterday|today)$/i;

/** The nearest comment entry that holds `el` (the element itself not counted). */
const entryOf = (el: El): El | null => el.parentElement?.closest(ENTRY) ?? null;

function authorOf(entry: El, own: (sel: string) => El | null): string | null {
	for (const sel of AUTHOR) {
		const a = text(own(sel))
			.replace(/\s+(?:says|said|wrote):?$/i, '')
			.trim();
		if (a) return a;
	}
	const named = entry.querySelector?.('[data-username]');
	return named ? text(named) || named.getAttribute('data-username') : null;
}

function dateOf(own: (sel: string) => El | null): string | null {
	for (const sel of DATE) {
		const d = own(sel);
		if (!d) continue;
		let t = text(d).replace(/^submitted\s+by\s+.+?\s+on\s+/i, '');
		// "2 days ago" with the full date in a title or datetime attribute: keep the full date.
		if ((!t || RELATIVE_DATE.test(t)) && (d.getAttribute?.('title') || d.getAttribute?.('datetime'))) t = d.getAttribute('title') || d.getAttribute('datetime');
		if (t) return t;
	}
	return null;
}

/** One entry's author, date and text; `box` is its text element when the markup names one. */
function readEntry(entry: El, box: El | null): Omit<RawComment, 'id' | 'parent'> | null {
	const mine = (m: El) => (!box || !box.contains(m)) && entryOf(m) === entry;
	const own = (sel: string): El | null =>
		[...entry.querySelectorAll(sel)].find((m: El) => mine(m) && !m.closest(`${TEXT}, ${REPLIES}`)) ?? [...entry.querySelectorAll(sel)].find(mine) ?? null;
	const author = authorOf(entry, own);
	const date = dateOf(own);
	let textEl = box;
	if (!textEl) {
		// No text element in the markup: the entry minus its metadata and nested replies.
		textEl = entry.cloneNode(true);
		// (The clone is detached, so isConnected is false throughout; a removed ancestor leaves parentNode set.)
		for (const m of [...textEl.querySelectorAll(`${META}, ${REPLIES}, .comment, ol, ul`)]) if (m.parentNode) m.remove();
	}
	for (const r of [...textEl.querySelectorAll('.reply, .comment-reply-link, .comment-actions, .comment-edit-link')]) r.remove();
	const paras = [...textEl.querySelectorAll('p')].map(text).filter(Boolean);
	const body = paras.length ? paras.join('\n\n') : text(textEl);
	return body ? { text: body, author, date } : null;
}

/** The markup's own id for an entry ("comment-123", "post-4567"), if it has one. */
function markupId(entry: El): string | null {
	const own =
		entry.getAttribute?.('id') ||
		entry.getAttribute?.('data-comment-id') ||
		[...(entry.children ?? [])].find((c: El) => /^(?:div-)?comment-/.test(c.getAttribute?.('id') ?? ''))?.getAttribute('id');
	if (own) return own.replace(/^(?:li|div)-(?=comment-)/, '');
	// Drupal puts an anchor just before each comment: <a id="comment-101"></a><div class="comment">.
	const prev = entry.previousElementSibling;
	if (prev?.tagName === 'A' && prev.getAttribute('id')) return prev.getAttribute('id');
	return null;
}

/**
 * The entry this one replies to: the entry whose thread node (the entry, or the list item that
 * holds it as WordPress's <li><article> does) encloses this one; or, in Drupal, the entry just before
 * the `.indented` block it sits in; or the one its "In reply to" link names.
 */
function parentOf(entry: El, ids: Map<El, string>, holders: Map<El, El>, byId: Map<string, El>): string | null {
	const own = entry.parentElement;
	const start = own && holders.get(own) === entry ? own.parentElement : own;
	for (let a = start; a; a = a.parentElement) {
		if (ids.has(a)) return ids.get(a)!;
		const head = holders.get(a);
		if (head && head !== entry) return ids.get(head)!;
		if (a.matches?.('.indented')) {
			let p = a.previousElementSibling;
			while (p && !ids.has(p)) p = p.previousElementSibling;
			if (p) return ids.get(p)!;
		}
	}
	for (const link of entry.querySelectorAll?.('a[href*="#comment-"]') ?? []) {
		if (entryOf(link) !== entry || !/in reply to/i.test(text(link.parentElement))) continue;
		const id = String(link.getAttribute('href')).split('#')[1];
		if (byId.has(id)) return id;
	}
	return null;
}

/** Is `el` inside (or equal to) one of `set`? Walks up once, so a thread of thousands stays linear. */
function within(el: El, set: Set<El>): boolean {
	for (let a = el; a; a = a.parentElement) if (set.has(a)) return true;
	return false;
}

export function extractComments(document: El, removed: RemovedText[]): RawComment[] {
	const found = new Map<El, El | null>(); // entry -> its text element, or null when the markup names none
	const boxes: El[] = [...document.querySelectorAll(TEXT)].filter(
		// WordPress's .comment-body wraps the meta AND the .comment-content; only the inner one is text.
		(el: El) => !(el.matches('.comment-body') && el.querySelector('.comment-content, .comment-text, .comment__content, .comment__text'))
	);
	for (const box of boxes) {
		const entry = entryOf(box) ?? box.parentElement;
		if (entry && !found.has(entry)) found.set(entry, box);
	}
	const areas: El[] = [...document.querySelectorAll(AREAS)];
	// A comment area whose entries have no named text element: each list item or .comment is one.
	// (Areas that hold an entry found by its text element are marked by walking up from each entry once.)
	const areaSet = new Set(areas);
	const areasWithBoxes = new Set<El>();
	for (const e of found.keys()) for (let a = e; a; a = a.parentElement) if (areaSet.has(a)) areasWithBoxes.add(a);
	for (const area of areas) {
		if (areasWithBoxes.has(area)) continue;
		for (const entry of area.querySelectorAll(AREA_ENTRIES)) if (!found.has(entry)) found.set(entry, null);
	}

	// Document order, whichever way each entry was found.
	const order = new Map<El, number>();
	let n = 0;
	for (const el of document.querySelectorAll('*')) order.set(el, n++);
	const entries = [...found.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));

	const ids = new Map<El, string>();
	const byId = new Map<string, El>();
	const holders = new Map<El, El>(); // a list item -> the entry it holds (WordPress: <li><article>)
	let seq = 0;
	for (const e of entries) {
		const li = e.parentElement?.tagName === 'LI' && !found.has(e.parentElement) ? e.parentElement : null;
		let id = markupId(e) ?? (li && markupId(li)) ?? `c${++seq}`;
		while (byId.has(id)) id = `${id}-${++seq}`;
		ids.set(e, id);
		byId.set(id, e);
		if (li && !holders.has(li)) holders.set(li, e);
	}

	const comments: RawComment[] = [];
	const trackbackIds = new Set<string>();
	for (const e of entries) {
		// A comment's text that holds the reply form (its fields, and the "Thank you! Your comment will be
		// reviewed …" shown after sending) is the site's, not a reader's.
		if ((found.get(e) ?? e).querySelector?.('form, textarea')) {
			const t = text(e).replace(/\s+/g, ' ').trim();
			if (t && !removed.some((r) => r.text === t)) removed.push({ text: t, reason: 'comment form' });
			continue;
		}
		const c = readEntry(e, found.get(e) ?? null);
		if (!c) continue;
		const id = ids.get(e)!;
		if (e.matches?.(TRACKBACK_CLASS) || TRACKBACK_TEXT.test(c.text) || TRACKBACK_EXCERPT.test(c.text) || (!found.get(e) && TRACKBACK_TEXT.test(text(e)))) {
			// A link from another site's post, not a reader: kept out of the comments and their tone.
			removed.push({ text: c.text.replace(/\n+/g, ' '), reason: 'trackback' });
			trackbackIds.add(id);
			continue;
		}
		let parent = parentOf(e, ids, holders, byId);
		if (parent && trackbackIds.has(parent)) parent = null;
		comments.push({ id, parent, text: c.text, author: c.author, date: c.date });
	}

	// The header ("3 thoughts on …") and the reply form are recorded as what was left out.
	const entrySet = new Set(entries);
	for (const area of areas) {
		for (const h of area.querySelectorAll('h1, h2, h3, h4, .comments-title, .comment-reply-title, .comment-notes, .logged-in-as, label')) {
			if (h.closest(TEXT) || within(h, entrySet)) continue;
			const t = text(h);
			if (t && !removed.some((r) => r.text === t)) removed.push({ text: t, reason: 'comment form' });
		}
	}
	for (const area of areas) if (area.isConnected) area.remove();
	for (const e of entries) if (e.isConnected) e.remove();
	for (const box of boxes) if (box.isConnected) box.remove();
	return comments;
}
