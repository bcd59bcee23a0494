// What kind of piece a saved page says it is, when it says so: an opinion piece (its schema.org type,
// its section, an `article:opinion` flag, a contributor network's notice, or an address under /opinion/) or a fact check (a ClaimReview, an address under
// /fact-check/). Read from the head's tags (head-tags.ts) and the address, like site-name.ts. Null: the
// page does not say, and the facilitator's choice (news by default) stands.
import { HEAD, headTags, isCanonical } from './head-tags.js';
/** schema.org types of a piece of opinion, and of a fact check. */
const OPINION_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:OpinionNewsArticle|BackgroundNewsArticle_opinion)"/;
const FACT_CHECK_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"ClaimReview"/;
/** A section named for opinion: "Opinion", "Op-Ed", "Commentary", "Columnists", "Editorials". */
const OPINION_SECTION = /^(?:opinions?|op-?eds?|commentary|comment|columnists?|columns?|editorials?|views?|analysis and opinion)$/i;
/** An address whose path puts the piece under opinion or fact checks. */
const OPINION_PATH = /\/(?:opinions?|op-?eds?|commentary|columnists?|editorials?)(?:\/|$)/i;
const FACT_CHECK_PATH = /\/(?:fact-?checks?|factcheck)(?:\/|$)/i;
/**
 * A contributor network's notice on the page: "Opinions expressed by Forbes Contributors are their
 * own", "Opinions expressed by Entrepreneur contributors are their own": the piece is a contributor's
 * column, not the outlet's reporting (the thirteenth newcomer's Forbes page was filed as news).
 */
const CONTRIBUTOR_NOTICE = /opinions expressed by [^<>]{0,60}?contributors are their own/i;

export type PageKind = 'opinion' | 'fact check';

/** The kind a saved page (`html`, fetched from `url` if known) says it is, or null. */
export function pageKind(html: string, url?: string | null): PageKind | null {
	const head = html.slice(0, HEAD);
	if (FACT_CHECK_TYPE.test(head)) return 'fact check';
	if (OPINION_TYPE.test(head)) return 'opinion';
	if (CONTRIBUTOR_NOTICE.test(html)) return 'opinion';
	const addresses: string[] = url ? [url] : [];
	for (const t of headTags(head)) {
		const { attrs } = t;
		if (t.tag === 'link') {
			if (isCanonical(t)) addresses.push(attrs.href);
			continue;
		}
		const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
		const content = (attrs.content ?? '').trim();
		if ((key === 'article:section' || key === 'og:section' || key === 'section') && OPINION_SECTION.test(content)) return 'opinion';
		// ("article:opinion" = "true": Open Graph's flag, as National Review's pages set it)
		if (key === 'article:opinion' && /^true$/i.test(content)) return 'opinion';
		if (key === 'og:url' && content) addresses.push(content);
	}
	for (const a of addresses) {
		let path: string;
		try {
			path = new URL(a).pathname;
		} catch {
			continue;
		}
		if (FACT_CHECK_PATH.test(path)) return 'fact check';
		if (OPINION_PATH.test(path)) return 'opinion';
	}
	return null;
}
