// The outlet a saved page says it is: what a facilitator would type as the outlet. A page names its site
// in its head (Open Graph's og:site_name, the web-app name, the JSON-LD publisher, its title's end),
// else its address says it (the canonical link or og:url, without "www."). Read from the head's tags
// (head-tags.ts), not a DOM.
import { HEAD, headTags, isCanonical } from './head-tags.js';

/** A site name longer than this is no name (a description put in the wrong field). */
const LONGEST = 80;
// (one level of nested objects before the name: "logo": {…})
const PUBLISHER = /"publisher"\s*:\s*\{(?:[^{}]|\{[^{}]*\})*?"name"\s*:\s*"((?:[^"\\]|\\.){2,120})"/;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", '#39': "'", lt: '<', gt: '>', nbsp: ' ' };
function decode(s: string): string {
	return s.replace(/&(#\d+|#x[0-9a-f]+|[a-z0-9]+);/gi, (m, e: string) => {
		const k = e.toLowerCase();
		if (ENTITIES[k] !== undefined) return ENTITIES[k];
		if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
		if (k.startsWith('#')) return String.fromCodePoint(Number(k.slice(1)));
		return m;
	});
}

/** A usable name: one line, no markup, not too long. */
function clean(s: string | undefined | null): string | null {
	if (!s) return null;
	const v = decode(s).replace(/\s+/g, ' ').trim();
	return v && v.length <= LONGEST && !/[<>]/.test(v) && /\p{L}/u.test(v) ? v : null;
}

/** The host of a web address without "www.", or null. */
function hostOf(url: string | undefined): string | null {
	if (!url) return null;
	try {
		const u = new URL(decode(url));
		return /^https?:$/.test(u.protocol) && u.hostname.includes('.') ? u.hostname.replace(/^www\d?\./, '') : null;
	} catch {
		return null;
	}
}

/** The head's fields this file reads: its canonical link, og:url, og:site_name and application-name (the first of each). */
function headFields(head: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const t of headTags(head)) {
		const { attrs } = t;
		if (t.tag === 'link') {
			if (isCanonical(t)) found.canonical ??= attrs.href;
			continue;
		}
		const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
		if ((key === 'og:site_name' || key === 'application-name' || key === 'og:url' || key === 'article:publisher' || key === 'twitter:site') && attrs.content !== undefined) found[key] ??= attrs.content;
	}
	return found;
}

/**
 * The address a saved page gives itself (its canonical link, else og:url), when it is a full web
 * address of at most 2,048 characters; else null. A page saved from a browser keeps it, so the article
 * can link to its original and a chart's source line can cite it.
 */
export function pageAddress(html: string): string | null {
	const found = headFields(html.slice(0, HEAD));
	for (const raw of [found.canonical, found['og:url']]) {
		if (!raw || !hostOf(raw)) continue;
		const href = new URL(decode(raw).trim()).href;
		if (href.length <= 2048) return href;
	}
	return null;
}

/**
 * The name a saved page gives its site, or null: og:site_name, then application-name, then the JSON-LD
 * publisher's name, then the name its title ends with when its address says the same, then the host
 * of its canonical address or og:url.
 */
export function pageSiteName(html: string): string | null {
	const head = html.slice(0, HEAD);
	const found = headFields(head);
	const publisher = clean(PUBLISHER.exec(head)?.[1]?.replace(/\\(.)/g, '$1'));
	const suffix = titleSuffix(head);
	// ("LinkNaija | Nigeria's popular news platform": the name, then a tagline)
	const named = untagged(clean(found['og:site_name']) ?? clean(found['application-name']));
	// "usatoday", "detroitnews", "nj": a handle written where the name goes; the page writes it out
	// elsewhere ("USA TODAY", "The Detroit News", or the address its title ends with, "nj.com")
	if (named && HANDLE.test(named)) return [publisher, suffix].map((x) => spelledOut(x, named)).find((x) => x) ?? named;
	// "U.S." on a Reuters page: a section's name in og:site_name. When the publisher's own accounts
	// (article:publisher, twitter:site) say another name that the title ends with, or the JSON-LD
	// publisher gives, that name is the site's
	if (named) {
		const handles = [found['article:publisher'], found['twitter:site']].map(handleOf).filter((h): h is string => !!h);
		if (handles.length && !handles.some((h) => names(h, named))) {
			const better = [publisher, suffix].find((x) => x && handles.some((h) => names(h, x)));
			if (better) return better;
		}
	}
	if (named ?? publisher) return named ?? publisher;
	const host = hostOf(found.canonical) ?? hostOf(found['og:url']);
	// "… - Sputnik International" on a page of sputniknews.com, "… - The New York Times" on nytimes.com:
	// the name its title gives the site, when the address spells it (its first word, or its words' initials
	// and last word)
	if (host && suffix && spells(host, suffix)) return suffix;
	return host;
}

/** A site name less a tagline after " | " or a dash. */
function untagged(name: string | null): string | null {
	const m = name ? /^(.{2,}?)\s[|–—-]\s/.exec(name) : null;
	return m ? m[1] : name;
}

/** An account's handle: "Reuters" of "https://www.facebook.com/Reuters" or "@Reuters". */
function handleOf(v: string | undefined): string | null {
	if (!v) return null;
	const h = compact(/^@/.test(v.trim()) ? v : (v.trim().replace(/\/+$/, '').split('/').pop() ?? ''));
	return h.length >= 2 ? h : null;
}

/** Does an account's handle name a site: "reuters" for "Reuters", "nytimes" for "The New York Times"? */
function names(handle: string, name: string): boolean {
	const n = compact(name.replace(/^the\s+/i, ''));
	return (n.length >= 3 && (handle.includes(n) || n.includes(handle))) || spells(handle, name);
}

/** Does a host's first label spell a site's name: "sputniknews" for "Sputnik International", "nytimes" for "The New York Times"? */
function spells(host: string, name: string): boolean {
	const label = compact(host.split('.')[0]);
	const ws = name.split(' ').map(compact).filter(Boolean);
	if (ws[0] === 'the' && ws.length > 1) ws.shift();
	const keys = [ws[0], ws.length > 1 ? ws.slice(0, -1).map((w) => w[0]).join('') + ws[ws.length - 1] : ''];
	return keys.some((k) => k.length >= 3 && label.includes(k));
}

/**
 * A name that writes out a handle: "USA TODAY" or "The Detroit News" for "usatoday" or "detroitnews";
 * an address whose first label is the handle, "nj.com" for "nj" (a label of up to three letters is
 * an abbreviation, written in capitals: "NJ.com"). Else null.
 */
function spelledOut(name: string | null, handle: string): string | null {
	if (!name) return null;
	if (compact(name) === handle || compact(name.replace(/^the\s+/i, '')) === handle) return name;
	const [label, ...rest] = name.split('.');
	if (rest.length && /^[a-z]{2,}$/.test(rest[rest.length - 1]) && label.toLowerCase() === handle) return [label.length <= 3 ? label.toUpperCase() : label, ...rest].join('.');
	return null;
}

/** A site name written as one lower-case word, like a handle or an address ("usatoday"). */
const HANDLE = /^[a-z0-9]+$/;
const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const TITLE = /<title[^>]*>([^<]{1,300})<\/title>/i;

/** What a page's title gives after its headline: "Headline - Sputnik International", "Headline | The Sun". */
function titleSuffix(head: string): string | null {
	const t = decode(TITLE.exec(head)?.[1] ?? '').replace(/\s+/g, ' ').trim();
	const m = /\s[-|–—·]\s([^-|–—·]{2,40})$/.exec(t);
	return m && m[1].trim().split(' ').length <= 4 ? clean(m[1]) : null;
}
