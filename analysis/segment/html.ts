// HTML → Lines. The article body comes from Mozilla Readability (run on a linkedom DOM); before it
// runs, the two things Readability would throw away or mangle — reader comments and photo
// captions — are taken out of the DOM here, because the dashboard shows both, apart from the body.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleWarning, Caption, RawComment, RemovedReason, RemovedText } from '../types.js';
import type { Line } from './rules.js';
import { normaliseText } from './text.js';
import { BYLINE, splitCredit, words } from './patterns.js';

export interface HtmlParts {
	lines: Line[];
	/** How the page was read when that was not the ordinary way (markup flattened, parser fallback). */
	warnings: ArticleWarning[];
	title: string | null;
	byline: string | null;
	date: string | null;
	siteName: string | null;
	/** The page's own addresses: its canonical link and og:url. */
	urls: string[];
	captions: Caption[];
	comments: RawComment[];
	removed: RemovedText[];
}

// linkedom's types are its own; the handful of DOM calls used here are typed loosely on purpose.
type El = any;

const COMMENT_AREAS =
	'#comments, .comments-area, .comments, .comment-list, .commentlist, .comments-section, #disqus_thread, #respond, .comment-respond, [id^="comments-"]';
const COMMENT_TEXT = '.comment-content, .comment-text, .comment__content, .comment__text, .comment-body';
const COMMENT_ENTRY = 'li, article, .comment, [id^="comment-"]';
const COMMENT_AUTHOR = ['.fn', '.comment-author-name', '.comment__author', '[itemprop="author"]', '.comment-author', '.author', '.username', 'cite'];
const COMMENT_DATE = ['time', '.comment-metadata a', '.comment-date', '.comment__date', '.comment-meta a', '.date'];
const CAPTIONS = 'figcaption, .wp-caption-text, .wp-element-caption, .gallery-caption, .caption, .image-caption, .photo-caption, .media-caption, [itemprop="caption"]';
const CREDITS = '.credit, .photo-credit, .image-credit, .media-credit, .wp-media-credit, .copyright, [itemprop="copyrightHolder"]';

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'ADDRESS', 'FIGCAPTION']);
const CONTAINERS = new Set([
	'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'FIGURE', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'BODY', 'HR'
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS']);

// Link text is bracketed by these two control characters inside inlineText(marked = true), so each
// line can say how much of it is a link, then they are stripped. (Never in page text: clean() and
// normaliseText() run after the count, and the raw page cannot carry them through the parser.)
const LINK_OPEN = '\u0001';
const LINK_CLOSE = '\u0002';

/** Text of an inline run: HTML whitespace collapses, <br> is a line break. */
function inlineText(node: El, marked = false): string {
	if (node.nodeType === 3) return String(node.data ?? node.textContent ?? '').replace(/[\s\u0001\u0002]+/g, ' ');
	if (node.nodeType !== 1) return '';
	if (node.tagName === 'BR') return '\n';
	if (SKIP.has(node.tagName)) return '';
	let s = '';
	for (const c of node.childNodes) s += inlineText(c, marked);
	return marked && node.tagName === 'A' && node.hasAttribute?.('href') ? LINK_OPEN + s + LINK_CLOSE : s;
}

/** Share of a marked line's letters and digits that sit inside links, and the line without the marks. */
function linkShare(marked: string): { text: string; linked: number } {
	let inLink = 0;
	let all = 0;
	let linked = 0;
	for (const ch of marked) {
		if (ch === LINK_OPEN) inLink++;
		else if (ch === LINK_CLOSE) inLink = Math.max(0, inLink - 1);
		else if (/[\p{L}\p{N}]/u.test(ch)) {
			all++;
			if (inLink) linked++;
		}
	}
	return { text: marked.replace(/[\u0001\u0002]/g, ''), linked: all ? linked / all : 0 };
}

const clean = (s: string) => normaliseText(s).replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();

function hasBlockInside(el: El): boolean {
	for (const c of el.children ?? []) if (BLOCKS.has(c.tagName) || CONTAINERS.has(c.tagName) || hasBlockInside(c)) return true;
	return false;
}

/** Readability's content HTML → Lines: each p, h2-h4, li, blockquote (…) is its own block. */
function blockLines(root: El): Line[] {
	const lines: Line[] = [];
	let block = 0;
	const emit = (raw: string, heading: boolean, hard: boolean) => {
		const parts = raw.split('\n').map((p) => linkShare(p));
		let any = false;
		for (const p of parts) {
			const text = clean(p.text);
			if (!text) continue;
			lines.push({ text, indent: 0, block, hard, heading, linked: p.linked });
			any = true;
		}
		if (any) block++;
	};
	const walk = (el: El) => {
		let run = '';
		const flush = () => {
			if (run.trim()) emit(run, false, false);
			run = '';
		};
		for (const c of el.childNodes) {
			if (c.nodeType === 3) run += inlineText(c, true);
			else if (c.nodeType === 1) {
				const tag = c.tagName;
				if (SKIP.has(tag)) continue;
				if (BLOCKS.has(tag) && !hasBlockInside(c)) {
					flush();
					emit(inlineText(c, true), /^H\d$/.test(tag), /^(H\d|LI|DT|DD)$/.test(tag));
				} else if (BLOCKS.has(tag) || CONTAINERS.has(tag)) {
					flush();
					walk(c);
				} else run += inlineText(c, true);
			}
		}
		flush();
	};
	walk(root);
	return lines;
}

const text = (el: El | null | undefined): string => (el ? clean(inlineText(el)).replace(/\n/g, ' ') : '');

/** The nearest comment entry that holds `el` (the element itself not counted). */
const entryOf = (el: El): El | null => el.parentElement?.closest(COMMENT_ENTRY) ?? null;

const COMMENT_META = [...COMMENT_AUTHOR, ...COMMENT_DATE, '.comment-meta', '.comment-metadata', '.reply', '.comment-reply-link', '.comment-actions', '.avatar', '.says'].join(', ');

/** One entry's author, date and text; `box` is its text element when the markup names one. */
function readEntry(entry: El, box: El | null): RawComment | null {
	const mine = (m: El) => (!box || !box.contains(m)) && entryOf(m) === entry;
	const own = (sel: string): El | null =>
		[...entry.querySelectorAll(sel)].find((m: El) => mine(m) && !m.closest(COMMENT_TEXT + ', .children, .replies')) ??
		[...entry.querySelectorAll(sel)].find(mine) ??
		null;
	let author: string | null = null;
	for (const sel of COMMENT_AUTHOR) {
		const a = text(own(sel)).replace(/\s+(?:says|said|wrote):?$/i, '').trim();
		if (a) {
			author = a;
			break;
		}
	}
	let date: string | null = null;
	for (const sel of COMMENT_DATE) {
		const d = own(sel);
		const t = text(d) || d?.getAttribute?.('datetime') || '';
		if (t) {
			date = t;
			break;
		}
	}
	let textEl = box;
	if (!textEl) {
		// No text element in the markup: the entry minus its metadata and nested replies.
		textEl = entry.cloneNode(true);
		// (The clone is detached, so isConnected is false throughout; a removed ancestor leaves parentNode set.)
		for (const m of [...textEl.querySelectorAll(`${COMMENT_META}, .children, .replies, .comment, ol, ul`)]) if (m.parentNode) m.remove();
	}
	for (const r of [...textEl.querySelectorAll('.reply, .comment-reply-link, .comment-actions, .comment-edit-link')]) r.remove();
	const paras = [...textEl.querySelectorAll('p')].map(text).filter(Boolean);
	const body = paras.length ? paras.join('\n\n') : text(textEl);
	return body ? { text: body, author, date } : null;
}

function extractComments(document: El, removed: RemovedText[]): RawComment[] {
	const found: { entry: El; comment: RawComment }[] = [];
	const containers: El[] = [...document.querySelectorAll(COMMENT_TEXT)].filter(
		// WordPress's .comment-body wraps the meta AND the .comment-content; only the inner one is text.
		(el: El) => !(el.matches('.comment-body') && el.querySelector('.comment-content, .comment-text, .comment__content, .comment__text'))
	);
	const seen = new Set<El>();
	for (const box of containers) {
		const entry = entryOf(box) ?? box.parentElement;
		if (!entry || seen.has(entry)) continue;
		seen.add(entry);
		const c = readEntry(entry, box);
		if (c) found.push({ entry, comment: c });
	}
	const areas: El[] = [...document.querySelectorAll(COMMENT_AREAS)];
	// A comment area whose entries have no named text element: each list item or .comment is one.
	for (const area of areas) {
		if ([...seen].some((e) => area.contains(e))) continue;
		for (const entry of area.querySelectorAll('.comment, .comment-list > li, .commentlist > li, .children > li, .replies > li')) {
			if (seen.has(entry)) continue;
			seen.add(entry);
			const c = readEntry(entry, null);
			if (c) found.push({ entry, comment: c });
		}
	}
	// The header ("3 thoughts on …") and the reply form are recorded as what was left out.
	for (const area of areas) {
		for (const h of area.querySelectorAll('h1, h2, h3, h4, .comments-title, .comment-reply-title, .comment-notes, .logged-in-as, label')) {
			if (h.closest(COMMENT_TEXT) || [...seen].some((e) => e.contains(h))) continue;
			const t = text(h);
			if (t && !removed.some((r) => r.text === t)) removed.push({ text: t, reason: 'comment form' });
		}
	}
	for (const area of areas) if (area.isConnected) area.remove();
	for (const { entry } of found) if (entry.isConnected) entry.remove();
	for (const box of containers) if (box.isConnected) box.remove();
	// Document order, whichever way each entry was found.
	return found.map((f) => f.comment);
}

function extractCaptions(document: El): Caption[] {
	const out: Caption[] = [];
	const add = (c: Caption) => {
		if (c.text && !out.some((o) => o.text === c.text && o.kind === c.kind)) out.push(c);
	};
	const caps: El[] = [...document.querySelectorAll(CAPTIONS)].filter((el: El) => !el.parentElement?.closest(CAPTIONS));
	for (const cap of caps) {
		const credits = [...cap.querySelectorAll(CREDITS)];
		const creditTexts = credits.map(text).filter(Boolean);
		for (const c of credits) c.remove();
		const t = text(cap);
		const split = t ? splitCredit(t) : null;
		if (split) {
			if (split.caption) add({ text: split.caption, kind: 'caption' });
			add({ text: split.credit, kind: 'credit' });
		} else if (t) add({ text: t, kind: 'caption' });
		for (const c of creditTexts) add({ text: c, kind: 'credit' });
		cap.remove();
	}
	// Credits printed over the photo, outside any caption element.
	for (const c of [...document.querySelectorAll(CREDITS)]) {
		if (!c.isConnected || words(text(c)) > 15) continue;
		add({ text: text(c), kind: 'credit' });
		c.remove();
	}
	return out;
}

// Page chrome around the article. Readability would drop most of it silently; taking it out here
// lets `removed` show readers what was left out. Ordered: the first matching group names the reason.
const CHROME: [RemovedReason, string][] = [
	['navigation', '[class*="cookie" i], [id*="cookie" i], [class*="consent" i], [id*="consent" i], [class*="gdpr" i]'],
	['advertisement', '.ad, .ads, .ad-slot, .advert, .advertisement, [class*="advert" i], [id^="ad-"], [id^="google_ads"], [class*="sponsor" i]'],
	['share widget', '.share, .sharing, .share-tools, .share-buttons, .social-share, [class*="share-" i], [class*="-share" i]'],
	['related links', '.related, .related-stories, .related-articles, .related-posts, [class*="related" i], .most-read, .most-popular, [class*="most-read" i], [class*="recommend" i]'],
	['donation appeal', '[class*="donate" i], [class*="donation" i]'],
	['promotion', '[class*="promo" i], [class*="newsletter" i], [class*="subscribe" i], [class*="signup" i], [class*="sign-up" i]'],
	['author bio', '.author-bio, .author-box, .about-author, .about-the-author, [class*="author-bio" i], [class*="authorbio" i], [class*="author-info" i], [class*="author-box" i], [class*="byline-bio" i]'],
	['navigation', 'nav, [role="navigation"], .breadcrumb, .breadcrumbs, [role="search"], body > header, body > footer, .site-header, .site-footer, [role="banner"], [role="contentinfo"], .skip-link, a.skip']
];

/** Would removing this element lose the article itself? Then it is not chrome, whatever its class. */
function holdsArticle(el: El): boolean {
	if (el.matches('article, main') || el.querySelector('article, main, h1, [itemprop="articleBody"]')) return true;
	const prose = [...el.querySelectorAll('p')].filter((p: El) => words(text(p)) >= 20);
	return prose.length >= 2;
}

function stripChrome(document: El, removed: RemovedText[]): void {
	for (const [reason, sel] of CHROME) {
		for (const el of [...document.querySelectorAll(sel)]) {
			if (!el.isConnected || holdsArticle(el)) continue;
			const t = blockLines(el)
				.map((l) => l.text)
				.join(' · ');
			el.remove();
			if (t) removed.push({ text: t, reason });
		}
	}
}

function meta(document: El, ...names: string[]): string | null {
	for (const n of names) {
		const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
		const v = el?.getAttribute('content')?.trim();
		if (v) return v;
	}
	return null;
}

// ---------------------------------------------------------------- parsing untrusted markup

/**
 * Markup deeper than this is read as flat paragraphs. Real article pages stay far below it (the
 * benchmark's deepest is 51; Lighthouse already flags 32), while Readability's cost grows with
 * depth times size: 2,000 nested <div>s took it 27 s.
 */
export const MAX_DEPTH = 64;

const isText = (n: El) => n.nodeType === 3;
const hasText = (nodes: El[]) => nodes.some((n) => (isText(n) ? /\S/.test(n.data ?? '') : /\S/.test(n.textContent ?? '')));

/**
 * Rebuild `root`'s subtree as one level of paragraphs: each block or container element ends the
 * current paragraph, a heading stays a heading, inline elements with no element inside (a link,
 * a bold word) move over whole, other inline wrappers are unwrapped. Iterative and linear, so it is
 * safe on any depth.
 */
function flattenSubtree(document: El, root: El): void {
	const out: El[] = [];
	let run: El[] = [];
	const tags: string[] = ['P'];
	const flush = () => {
		if (hasText(run)) {
			const p = document.createElement(tags[tags.length - 1]);
			for (const n of run) p.appendChild(n);
			out.push(p);
		}
		run = [];
	};
	// Work items: a node to visit, or the end of a block element.
	const stack: (El | { leave: true })[] = [...root.childNodes].reverse();
	while (stack.length) {
		const n = stack.pop()!;
		if ('leave' in n && n.leave === true) {
			flush();
			tags.pop();
			continue;
		}
		if (isText(n)) {
			run.push(n);
			continue;
		}
		if (n.nodeType !== 1 || SKIP.has(n.tagName)) continue;
		const tag = n.tagName;
		if (BLOCKS.has(tag) || CONTAINERS.has(tag)) {
			flush();
			tags.push(/^H[1-6]$/.test(tag) ? tag : 'P');
			stack.push({ leave: true });
		} else if (!n.firstElementChild) {
			run.push(n);
			continue;
		} else if (tag === 'BR') {
			run.push(n);
			continue;
		}
		const kids = [...n.childNodes];
		for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
	}
	flush();
	root.replaceChildren(...out);
}

/** Flatten every subtree that starts below MAX_DEPTH; the depth found, or 0 when none was that deep. */
function capDepth(document: El): number {
	let deepest = 0;
	const stack: [El, number][] = [[document.documentElement, 1]];
	const cut: El[] = [];
	while (stack.length) {
		const [el, d] = stack.pop()!;
		if (d > deepest) deepest = d;
		if (d === MAX_DEPTH) {
			if (el.firstElementChild) cut.push(el);
			// Keep measuring how deep it went, for the warning, without visiting twice.
			const inner: [El, number][] = [[el, d]];
			while (inner.length) {
				const [e, k] = inner.pop()!;
				if (k > deepest) deepest = k;
				for (let c = e.firstElementChild; c; c = c.nextElementSibling) inner.push([c, k + 1]);
			}
			continue;
		}
		for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
	}
	for (const el of cut) flattenSubtree(document, el);
	return cut.length ? deepest : 0;
}

/**
 * A parsed page, or null when the parser cannot make one. Doctype declarations go first: linkedom
 * splices every `<!doctype>` in at the document's start, and one inside the body (as in
 * `<![CDATA[--><!doctype p`) corrupts its node list, which then crashes or loops in Readability.
 */
function parsePage(html: string): El | null {
	const clean = html.replace(/<!doctype\b[^<>]*>?/gi, '');
	const wrapped = /<html[\s>]/i.test(clean) ? clean : `<html><head></head><body>${clean}</body></html>`;
	try {
		const { document } = parseHTML(wrapped);
		return document.documentElement && document.body ? document : null;
	} catch {
		return null;
	}
}

/** Markup the parser could not read: its text, tags dropped, each block on its own line. */
function textOfMarkup(html: string): Line[] {
	const text = html
		.replace(/<\/?(?:p|div|h[1-6]|li|br|tr|blockquote|section|article|header|footer)\b[^<>]*>/gi, '\n')
		.replace(/<[^<>]*>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
	const lines: Line[] = [];
	let block = 0;
	for (const raw of clean(text).split('\n')) {
		const t = raw.trim();
		if (t) lines.push({ text: t, indent: 0, block: block++ });
	}
	return lines;
}

export function htmlLines(html: string): HtmlParts {
	const warnings: ArticleWarning[] = [];
	const document = parsePage(html);
	if (!document) {
		warnings.push({ code: 'html-unreadable', message: 'The page’s HTML could not be parsed; its text was read with the tags dropped.' });
		return { lines: textOfMarkup(html), warnings, title: null, byline: null, date: null, siteName: null, urls: [], captions: [], comments: [], removed: [] };
	}
	const deepest = capDepth(document);
	if (deepest)
		warnings.push({
			code: 'deep-markup',
			message: `The page’s markup nests ${deepest} levels deep; everything below level ${MAX_DEPTH} was read as plain paragraphs.`
		});
	const removed: RemovedText[] = [];

	const comments = extractComments(document, removed);
	const captions = extractCaptions(document);

	// The page's own headline: an <h1> in the article beats og:title, which beats <title> (the
	// last usually carries " | Site name").
	// (Selector lists match in document order, so ask one at a time: a logo <h1> comes first.)
	const title =
		text(document.querySelector('article h1')) ||
		text(document.querySelector('main h1')) ||
		meta(document, 'og:title', 'twitter:title') ||
		text(document.querySelector('h1')) ||
		null;
	const metaDate =
		meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date') ||
		document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ||
		null;
	// Readability drops a byline that sits inside a <header> it judges unlikely, so look first.
	const metaAuthor =
		meta(document, 'author', 'article:author') ||
		text(document.querySelector('[itemprop="author"] [itemprop="name"], .byline, [rel="author"], .author-name, .article-author')) ||
		null;

	const urls = [document.querySelector('link[rel="canonical"]')?.getAttribute('href'), meta(document, 'og:url', 'twitter:url')].filter(
		(u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u.trim())
	);

	stripChrome(document, removed);
	let article: ReturnType<Readability['parse']> = null;
	try {
		article = new Readability(document as unknown as Document).parse();
	} catch {
		// Readability gave up on this markup (it should not, but the page is untrusted): read the blocks as they are.
		warnings.push({ code: 'readability-failed', message: 'The article finder failed on this page; every block of text on it was kept.' });
	}
	let lines: Line[];
	if (article?.content) {
		const { document: content } = parseHTML(`<!doctype html><html><head></head><body>${article.content}</body></html>`);
		lines = blockLines(content.body);
	} else {
		// Readability found no article (a fragment, a bare list of paragraphs): read the blocks as they are.
		lines = blockLines(document.body ?? document.documentElement);
	}
	let byline = (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null) || article?.byline?.trim() || null;
	if (byline) {
		const b = BYLINE.exec(byline);
		if (b) byline = b[1];
		if (/^https?:/.test(byline) || words(byline) > 12) byline = null;
	}
	return {
		lines,
		warnings,
		title: title || article?.title?.trim() || null,
		byline,
		date: metaDate || article?.publishedTime || null,
		siteName: article?.siteName?.trim() || meta(document, 'og:site_name') || null,
		urls,
		captions,
		comments,
		removed
	};
}
