// A very long article is shown in parts. A 5 MB paste rendered whole was a 90 MB page that took the
// server minutes to write and no phone could open; a part is about PART_CHARS characters, cut at
// paragraph breaks (or, inside one huge paragraph, at a space). The view of a part keeps the
// analysis's offsets: its text is the part's slice and `part.start` says where that slice begins.
// The figures (speakers, counts, tone) stay the whole article's. Pure: used by the server's load.
import type { Span } from '$analysis/types';
import type { ArticleView } from './shapes';
import { findTerm, hasFocus, loadedMatches, quoteMatches, type Focus } from './segments';

/** Characters per part; an article up to this size is shown whole. */
export const PART_CHARS = 120_000;

export interface PartInfo {
	/** 1-based. */
	index: number;
	count: number;
	start: number;
	end: number;
}

export type ArticlePartView = ArticleView['article'] & { part: PartInfo | null };

/** Display paragraphs of a long text, none longer than `max` (a longer one is cut at a space). */
function displayParagraphs(text: string, paragraphs: Span[], max: number): Span[] {
	const out: Span[] = [];
	for (const p of paragraphs.length ? paragraphs : [{ start: 0, end: text.length }]) {
		let a = p.start;
		while (p.end - a > max) {
			const space = text.lastIndexOf(' ', a + max);
			const cut = space > a ? space + 1 : a + max;
			out.push({ start: a, end: cut });
			a = cut;
		}
		out.push({ start: a, end: p.end });
	}
	return out;
}

/** Consecutive display paragraphs grouped into parts of about `max` characters each. */
export function partsOf(text: string, paragraphs: Span[], max = PART_CHARS): Span[][] {
	const parts: Span[][] = [];
	let current: Span[] = [];
	// a part's size is the text it shows: its paragraphs and the breaks between them
	for (const p of displayParagraphs(text, paragraphs, max)) {
		if (current.length && p.end - current[0].start > max) {
			parts.push(current);
			current = [];
		}
		current.push(p);
	}
	if (current.length) parts.push(current);
	return parts;
}

const overlaps = (s: Span, a: number, b: number) => s.start < b && s.end > a;

/**
 * The part to show: ?part= when given (clamped), else the first part holding what the query asks
 * for (a chart's evidence link: a term, category, speaker, or ?actor='s first sentence), else the first.
 */
function choosePart(article: ArticleView['article'], parts: Span[][], focus: Focus, asked: number | null, termHits: Span[] | null, actor: string | null): number {
	if (asked !== null && Number.isFinite(asked)) return Math.min(parts.length, Math.max(1, Math.trunc(asked)));
	const actorFirst = actor ? (article.actors ?? []).find((x) => x.key === actor)?.sentences[0] : undefined;
	if (!hasFocus(focus) && !actorFirst) return 1;
	const first =
		actorFirst ??
		(termHits ?? (focus.term ? findTerm(article.text, focus.term) : []))[0] ??
		article.loaded.find((t) => loadedMatches(t, focus)) ??
		article.quotes.find((q) => quoteMatches(q, focus));
	if (!first) return 1;
	const k = parts.findIndex((ps) => first.start < ps[ps.length - 1].end);
	return k < 0 ? 1 : k + 1;
}

/** The article as the page shows it: whole when short, else one part of it. */
export function articlePart(
	article: ArticleView['article'],
	focus: Focus,
	asked: number | null = null,
	termHits: Span[] | null = null,
	actor: string | null = null
): { article: ArticlePartView; termHits: Span[] | null } {
	if (article.text.length <= PART_CHARS) return { article: { ...article, part: null }, termHits };
	const parts = partsOf(article.text, article.paragraphs);
	if (parts.length <= 1) return { article: { ...article, part: null }, termHits };
	const index = choosePart(article, parts, focus, asked, termHits, actor);
	const ps = parts[index - 1];
	const start = ps[0].start;
	const end = ps[ps.length - 1].end;
	const within = <T extends Span>(list: T[]) => list.filter((s) => overlaps(s, start, end));
	return {
		article: {
			...article,
			text: article.text.slice(start, end),
			paragraphs: ps,
			quotes: within(article.quotes),
			loaded: within(article.loaded),
			sentiment: { ...article.sentiment, sentences: within(article.sentiment.sentences), stretches: within(article.sentiment.stretches), leftOut: within(article.sentiment.leftOut) },
			// the figures stay whole; the spans behind them are sent for this part only
			speakers: article.speakers.map((x) => (x.mentions ? { ...x, mentions: within(x.mentions) } : x)),
			actors: article.actors?.map((x) => ({ ...x, sentences: within(x.sentences), evidence: within(x.evidence) })),
			part: { index, count: parts.length, start, end }
		},
		termHits: termHits ? within(termHits) : null
	};
}
