// The outlet a saved page says it is: what a facilitator would type as the outlet. A page names its site
// in its head (Open Graph's og:site_name, the web-app name, the JSON-LD publisher), else its address
// says it (the canonical link or og:url, without "www."). Read with patterns over the head, not a DOM:
// it is asked before the page is stored, and the analysis parses the page later anyway.

/** At most this much of a page is read for its head (a head past 256 KB is no head). */
const HEAD = 256 * 1024;
/** A site name longer than this is no name (a description put in the wrong field). */
const LONGEST = 80;

const TAG = /<(meta|link)\b([^>]*)>/gi;
const ATTR = /([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const PUBLISHER = /"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"((?:[^"\\]|\\.){2,120})"/;

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

/**
 * The name a saved page gives its site, or null: og:site_name, then application-name, then the JSON-LD
 * publisher's name, then the host of its canonical address or og:url.
 */
export function pageSiteName(html: string): string | null {
	const head = html.slice(0, HEAD);
	const found: Record<string, string> = {};
	for (const m of head.matchAll(TAG)) {
		const attrs: Record<string, string> = {};
		for (const a of m[2].matchAll(ATTR)) attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
		if (m[1].toLowerCase() === 'link') {
			if (/(?:^|\s)canonical(?:\s|$)/i.test(attrs.rel ?? '') && attrs.href) found.canonical ??= attrs.href;
			continue;
		}
		const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
		if ((key === 'og:site_name' || key === 'application-name' || key === 'og:url') && attrs.content !== undefined) found[key] ??= attrs.content;
	}
	const publisher = PUBLISHER.exec(head)?.[1]?.replace(/\\(.)/g, '$1');
	return clean(found['og:site_name']) ?? clean(found['application-name']) ?? clean(publisher) ?? hostOf(found.canonical) ?? hostOf(found['og:url']);
}
