// HTML → Lines. The article body comes from Mozilla Readability (run on a linkedom DOM); before it
// runs, the two things Readability would throw away or mangle — reader comments and photo
// captions — are taken out of the DOM here, because the dashboard shows both, apart from the body.
import type { Readability } from '@mozilla/readability';
import { lazy } from '../lazy.js';
import type { ArticleWarning, Caption, RawComment, RemovedReason, RemovedText } from '../types.js';
import type { Line } from './rules.js';
import { listHeaderReason } from './boilerplate.js';
import { isStoryListHeader } from './furniture.js';
import { BYLINE, isoDate, localDate, splitCredit, urlDate, words } from './patterns.js';
import { blockLines, text, type El } from './dom.js';
import { MAX_DEPTH, capDepth, parsePage, textOfMarkup } from './markup.js';
import { extractComments } from './comments-html.js';

const readability = lazy<{ Readability: typeof Readability }>('@mozilla/readability');

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

const CAPTIONS =
	'figcaption, .wp-caption-text, .wp-element-caption, .gallery-caption, .caption, .image-caption, .photo-caption, .media-caption, [itemprop="caption"], [class*="caption" i]';
const CREDITS = '.credit, .photo-credit, .image-credit, .media-credit, .wp-media-credit, .copyright, [itemprop="copyrightHolder"], [class*="imagecredit" i], [class*="image-credit" i], [class*="embedcredit" i], [class*="photo-credit" i]';
/** A caption element is short and holds no article structure; a class that merely mentions "caption" can sit on a wrapper. */
const captionLike = (el: El) =>
	!el.matches('html, body, main, article') && !el.querySelector('h1, h2, h3, article, main') && (el.matches('figcaption, [itemprop="caption"]') || words(text(el)) <= 80);

function extractCaptions(document: El): Caption[] {
	const out: Caption[] = [];
	const add = (c: Caption) => {
		if (c.text && !out.some((o) => o.text === c.text && o.kind === c.kind)) out.push(c);
	};
	const caps: El[] = [...document.querySelectorAll(CAPTIONS)].filter(captionLike).filter((el: El) => !el.parentElement?.closest(CAPTIONS) || !captionLike(el.parentElement.closest(CAPTIONS)));
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
		if (!c.isConnected || words(text(c)) > 15 || !captionLike(c)) continue;
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
	// (shown only when the page is printed: Bootstrap's "d-none d-print-block", "print-only"; a phys.org
	// "Citation: … retrieved … from" block. Not "d-none d-md-block", shown on a wider screen.)
	['print edition', '.d-none[class*="d-print-"]:not([class*="d-print-none"]):not([class*="d-sm-"]):not([class*="d-md-"]):not([class*="d-lg-"]):not([class*="d-xl-"]), .print-only, .visible-print, .visible-print-block, .show-for-print, .show-for-print-only'],
	['navigation', 'nav, [role="navigation"], .breadcrumb, .breadcrumbs, [role="search"], body > header, body > footer, .site-header, .site-footer, [role="banner"], [role="contentinfo"], .skip-link, a.skip']
];

/** Would removing this element lose the article itself? Then it is not chrome, whatever its class. */
function holdsArticle(el: El): boolean {
	if (el.matches('article, main') || el.querySelector('article, main, h1, [itemprop="articleBody"]')) return true;
	const prose = [...el.querySelectorAll('p')].filter((p: El) => words(text(p)) >= 20);
	return prose.length >= 2;
}

/** Words of running prose in `el`: paragraphs of 20 words or more. */
const proseWords = (el: El): number =>
	[...el.querySelectorAll('p')].reduce((n: number, p: El) => {
		const w = words(text(p));
		return w >= 20 ? n + w : n;
	}, 0);

/**
 * Lists of other stories led by a heading ("Most read in world news", "Related stories", "More from
 * the desk"): the smallest box around the heading that holds at least two other links goes, unless it
 * holds the headline or most of the page's prose. Teaser cards in such rails carry their own short
 * paragraphs, which the line rules could not tell from the article's.
 */
const MAX_RAILS = 40;

function stripStoryRails(document: El, removed: RemovedText[]): void {
	const total = Math.max(1, proseWords(document.body ?? document.documentElement));
	let seen = 0;
	for (const h of [...document.querySelectorAll('h2, h3, h4, h5, h6')]) {
		if (!h.isConnected) continue;
		const t = text(h);
		if (!t || words(t) > 7 || (!isStoryListHeader(t) && listHeaderReason(t) !== 'related links')) continue;
		// A real page has a handful of rails; a page of thousands of such headings is not worth a scan each.
		if (++seen > MAX_RAILS) break;
		let box = h.parentElement;
		for (let k = 0; k < 4 && box && !box.matches('body, html, main, article'); k++, box = box.parentElement) {
			const links = [...box.querySelectorAll('a[href]')].filter((a: El) => !h.contains(a)).length;
			if (links >= 2) break;
		}
		if (!box || box.matches('body, html, main, article') || box.querySelector('h1, main, [itemprop="articleBody"]') || proseWords(box) > 0.4 * total) continue;
		const lines = blockLines(box)
			.map((l) => l.text)
			.join(' · ');
		box.remove();
		if (lines) removed.push({ text: lines, reason: 'related links' });
	}
}

/**
 * Teaser cards: a short <article> (at most 80 words) whose heading is a link to another page, and
 * which does not hold the page's headline. A story's own <article> never has a linked heading and
 * so little text; a card for another story always has both.
 */
function stripTeaserCards(document: El, removed: RemovedText[]): void {
	for (const card of [...document.querySelectorAll('article')]) {
		if (!card.isConnected || card.querySelector('h1, article, [itemprop="articleBody"]')) continue;
		const heading = card.querySelector('h2, h3, h4, h5, h6');
		const link = heading?.querySelector('a[href]');
		if (!link || words(text(link)) < Math.max(1, words(text(heading)) - 1) || words(text(card)) > 80) continue;
		const t = blockLines(card)
			.map((l) => l.text)
			.join(' · ');
		card.remove();
		if (t) removed.push({ text: t, reason: 'related links' });
	}
}

/**
 * Other posts set out as <article>s beside the one that holds the page's headline (a blog's "You may
 * also like" cards): when the headline's <article> has prose of its own, the others are not it.
 */
function stripSiblingArticles(document: El, removed: RemovedText[]): void {
	stripTeaserCards(document, removed);
	const h1 = document.querySelector('article h1');
	const main = h1?.closest('article');
	if (!main || proseWords(main) < 40) return;
	for (const other of [...document.querySelectorAll('article')]) {
		if (!other.isConnected || other === main || other.contains(main) || main.contains(other)) continue;
		if (other.parentElement?.closest('article') && !other.parentElement.closest('article').contains(main)) continue; // handled with its outer one
		const t = blockLines(other)
			.map((l) => l.text)
			.join(' · ');
		other.remove();
		if (t) removed.push({ text: t, reason: 'related links' });
	}
}

/**
 * Embedded posts (a tweet quoted in the story) sit in wrappers whose class says "social" or "embed",
 * and are mostly links, so Readability discards them as unlikely content. The post is part of what
 * the outlet published: its links become plain text, its wrappers lose their class, and it stays
 * in the body.
 */
function keepEmbeddedPosts(document: El): void {
	for (const post of document.querySelectorAll('blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.reddit-card, blockquote.bluesky-embed')) {
		for (const link of [...post.querySelectorAll('a')]) link.replaceWith(document.createTextNode(link.textContent ?? ''));
		let a = post.parentElement;
		for (let k = 0; k < 3 && a && !a.matches('body, article, main'); k++, a = a.parentElement) {
			if (/social|embed|share|tweet/i.test(`${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`)) {
				a.removeAttribute('class');
				a.removeAttribute('id');
			}
		}
	}
}

/**
 * A page's date is a placeholder when its year is absurd: content systems write "0001-01-01T00:00:00Z"
 * for no date (review 10 saw an article dated 1 January 1). Kept: years 1800 to 2200, or no year read.
 */
/**
 * The first "datePublished" in the page's JSON-LD of any type, for pages whose article is not one of the
 * types Readability reads (a fact check's "ClaimReview"). Each script is parsed on its own (one that is
 * broken or huge is skipped) and searched a few levels deep ("@graph").
 */
function jsonLdDate(document: El): string | null {
	const find = (x: unknown, depth: number): string | null => {
		if (!x || typeof x !== 'object' || depth > 4) return null;
		if (Array.isArray(x)) {
			for (const y of x.slice(0, 50)) {
				const d = find(y, depth + 1);
				if (d) return d;
			}
			return null;
		}
		const o = x as Record<string, unknown>;
		if (typeof o.datePublished === 'string' && plausibleDate(o.datePublished)) return o.datePublished;
		for (const v of Object.values(o).slice(0, 50)) {
			const d = typeof v === 'object' ? find(v, depth + 1) : null;
			if (d) return d;
		}
		return null;
	};
	for (const el of [...document.querySelectorAll('script[type="application/ld+json"]')].slice(0, 20)) {
		const src = el.textContent ?? '';
		if (src.length > 200_000 || !src.includes('datePublished')) continue;
		try {
			const d = find(JSON.parse(src), 0);
			if (d) return d;
		} catch {
			// not JSON: a page's broken markup, left for the other sources
		}
	}
	return null;
}

/**
 * The date a page prints for its readers in one of its first <time> elements ("Nov 18, 2019 at 9:24
 * pm ET", "Nov. 18, 2019 7:04 pm ET"), as YYYY-MM-DD; null when none spells one out with a month name.
 */
function shownDate(document: El): string | null {
	for (const el of [...document.querySelectorAll('time')].slice(0, 3)) {
		const d = isoDate(text(el) ?? '');
		if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
	}
	return null;
}

/** The page's date (a metadata date, local to the outlet when the page says so: patterns.ts localDate). */
function pageDate(found: string | null, shown: string | null, urls: string[]): string | null {
	return found ? localDate(found, [shown, ...urls.map(urlDate)]) : shown;
}

function plausibleDate(d: string | null | undefined): d is string {
	if (!d || !d.trim()) return false;
	const year = /^(\d{4})-\d{2}-\d{2}/.exec(isoDate(d));
	return !year || (+year[1] >= 1800 && +year[1] <= 2200);
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
		// (itemprop holds a list of names: itemprop="datePublished dateCreated")
		const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop~="${n}"]`);
		const v = el?.getAttribute('content')?.trim();
		if (v) return v;
	}
	return null;
}

/** The page's text with the tags dropped, for markup that the parser or the DOM steps cannot cope with. */
function unreadable(html: string): HtmlParts {
	const warnings = [{ code: 'html-unreadable', message: 'The page’s HTML could not be read as a page; its text was read with the tags dropped.' }];
	return { lines: textOfMarkup(html), warnings, title: null, byline: null, date: null, siteName: null, urls: [], captions: [], comments: [], removed: [] };
}

export function htmlLines(html: string): HtmlParts {
	const document = parsePage(html);
	if (!document) return unreadable(html);
	try {
		return pageLines(document);
	} catch {
		// Broken markup can leave linkedom's tree in a state its own getters fail on (a page whose
		// <html> element Readability removed): the text is still there to read.
		return unreadable(html);
	}
}

function pageLines(document: El): HtmlParts {
	const warnings: ArticleWarning[] = [];
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
	// Only the first <article>'s <h1>: a page that lists other stories as articles after its own (a
	// link aggregator's front-page cards) may give one of them the only <h1>.
	const title =
		text(document.querySelector('article')?.querySelector('h1') ?? null) ||
		text(document.querySelector('main h1')) ||
		meta(document, 'og:title', 'twitter:title') ||
		text(document.querySelector('h1')) ||
		null;
	const metaDate =
		meta(document, 'article:published_time', 'article:published', 'datePublished', 'date', 'pubdate', 'dc.date') ||
		document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ||
		null;
	// (read before Readability, which removes the scripts)
	const ldDate = jsonLdDate(document);
	// (and the date printed for readers, before Readability takes the header it sits in)
	const shown = shownDate(document);
	// Readability drops a byline that sits inside a <header> it judges unlikely, so look first.
	const metaAuthor =
		meta(document, 'author', 'article:author') ||
		text(document.querySelector('[itemprop="author"] [itemprop="name"], .byline, [rel="author"], .author-name, .article-author')) ||
		null;

	const urls = [document.querySelector('link[rel="canonical"]')?.getAttribute('href'), meta(document, 'og:url', 'twitter:url')].filter(
		(u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u.trim())
	);

	stripChrome(document, removed);
	stripStoryRails(document, removed);
	stripSiblingArticles(document, removed);
	keepEmbeddedPosts(document);
	let article: ReturnType<Readability<El>['parse']> = null;
	try {
		// The article's own element, not its HTML: serialising and re-parsing it cost time that grew
		// faster than the page (every escaped "&gt;" became a text node of its own).
		article = new (readability().Readability)<El>(document as unknown as Document, { serializer: (el) => el }).parse();
	} catch {
		// Readability gave up on this markup (it should not, but the page is untrusted): read the blocks as they are.
		warnings.push({ code: 'readability-failed', message: 'The article finder failed on this page; every block of text on it was kept.' });
	}
	let lines: Line[];
	if (article?.content) {
		lines = blockLines(article.content);
	} else {
		// Readability found no article (a fragment, a bare list of paragraphs): read the blocks as they are.
		lines = document.documentElement ? blockLines(document.body ?? document.documentElement) : [];
	}
	let byline = (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null) || article?.byline?.trim() || null;
	if (byline) {
		const b = BYLINE.exec(byline);
		if (b) byline = b[1];
		if (/^https?:/.test(byline) || words(byline) > 12) byline = null;
	}
	const siteName = article?.siteName?.trim() || meta(document, 'og:site_name') || null;
	return {
		lines,
		warnings,
		title: withoutSiteName(title || article?.title?.trim() || null, [siteName, ...urls.map(siteOfUrl)]),
		byline,
		date: pageDate([metaDate, article?.publishedTime, ldDate].find(plausibleDate) ?? null, shown, urls),
		siteName,
		urls,
		captions,
		comments,
		removed
	};
}

/** The site a URL names, as a word: "https://www.digg.com/2019/…" → "digg". */
function siteOfUrl(url: string): string | null {
	const m = /^https?:\/\/(?:www\d?\.)?([^./:]+)\./i.exec(url);
	return m ? m[1] : null;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * "The Early Reviews … - Digg" → "The Early Reviews …": a page title's trailing " - Site", " | Site" or
 * " — Site", when the part after the separator names the site (its og:site_name, or the word of its
 * address: "digg" for digg.com), spaces and case aside.
 */
export function withoutSiteName(title: string | null, sites: (string | null)[]): string | null {
	if (!title) return title;
	const names = new Set(sites.filter((x): x is string => !!x).map(squash).filter(Boolean));
	if (!names.size) return title;
	const t = title.trimEnd();
	for (const sep of [' - ', ' | ', ' — ', ' – ', ' :: ']) {
		const at = t.lastIndexOf(sep);
		if (at <= 0) continue;
		const rest = t.slice(0, at).trim();
		if (rest && names.has(squash(t.slice(at + sep.length)))) return rest;
	}
	return title;
}
