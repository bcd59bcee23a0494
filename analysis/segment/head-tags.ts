// A saved page's <meta> and <link> tags, read with patterns over its head rather than a DOM: the
// outlet's name (site-name.ts) and the kind of piece (page-kind.ts) are asked before the page is
// stored, and the analysis parses the page later anyway.

/** At most this much of a page is read for its head (a head past 256 KB is no head). */
export const HEAD = 256 * 1024;

const TAG = /<(meta|link)\b([^>]*)>/gi;
const ATTR = /([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

export interface HeadTag {
	/** "meta" or "link". */
	tag: string;
	/** Its attributes, names in lower case, values as written. */
	attrs: Record<string, string>;
}

/** The <meta> and <link> tags of the start of a page (`head`: at most HEAD characters of it), in order. */
export function* headTags(head: string): Generator<HeadTag> {
	for (const m of head.matchAll(TAG)) {
		const attrs: Record<string, string> = {};
		for (const a of m[2].matchAll(ATTR)) attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
		yield { tag: m[1].toLowerCase(), attrs };
	}
}

/** Is this <link> the page's canonical address? */
export const isCanonical = (t: HeadTag): boolean => t.tag === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(t.attrs.rel ?? '') && !!t.attrs.href;
