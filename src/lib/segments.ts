// Turns an article body plus offset ranges (quotes, loaded terms, searched words) into flat
// segments per paragraph, so the view can render plain text nodes with wrappers around them and
// never needs raw HTML insertion. Pure and small: safe for the client bundle.
import type { LoadedTerm, Quote, SentenceSentiment, Span } from '$analysis/types';
import { cueKey } from './shapes';

export interface Focus {
	cat?: string | null;
	voice?: 'own' | 'quoted' | null;
	speaker?: string | null;
	group?: string | null;
	term?: string | null;
	/** A reporting verb (as counted by cueKey): rings the verb and the quotes it introduces. */
	cue?: string | null;
}

/** What the evidence views highlight, read from the query string (?cat=&voice=&speaker=&group=&term=&cue=). */
export function focusFromParams(params: URLSearchParams): Focus {
	const voice = params.get('voice');
	return {
		cat: params.get('cat'),
		// Only the two voices the charts link to; anything else highlights both.
		voice: voice === 'own' || voice === 'quoted' ? voice : null,
		speaker: params.get('speaker'),
		group: params.get('group'),
		term: params.get('term'),
		cue: params.get('cue')?.trim().toLowerCase() || null
	};
}

/**
 * What colour shows in a text view, one meaning at a time: loaded-term categories ("terms"), speaker
 * groups ("speakers") or sentence sentiment; the other marks are drawn in grey.
 */
export type Lens = 'terms' | 'speakers' | 'sentiment';

/** ?lens= when given; else sentiment for ?show=sentiment, speaker groups when a speaker or group was asked for, else categories. */
export function lensFrom(params: URLSearchParams, focus: Focus): Lens {
	if (params.get('show') === 'sentiment') return 'sentiment';
	const l = params.get('lens');
	if (l === 'terms' || l === 'speakers') return l;
	return focus.speaker || focus.group ? 'speakers' : 'terms';
}

/** The current URL with ?lens= set (other highlights kept). */
export function lensHref(url: URL, lens: Lens): string {
	const q = new URLSearchParams(url.searchParams);
	q.set('lens', lens);
	return `?${q}`;
}

export interface Segment {
	text: string;
	start: number;
	quote: number | null;
	loaded: number | null;
	/** A match of the searched word (?term=). */
	hit: boolean;
	/** Index of the scored sentence this piece belongs to, when sentence sentiment is shown. */
	sentence: number | null;
	focus: boolean;
}

export interface Paragraph {
	start: number;
	segments: Segment[];
}

export function hasFocus(f: Focus): boolean {
	return !!(f.cat || f.speaker || f.group || f.term || f.cue);
}

/** ?cat=all: loaded terms of every category (the predict-then-reveal's "most loaded language" bars). */
export const ALL_CATEGORIES = 'all';

export function loadedMatches(t: LoadedTerm, f: Focus): boolean {
	if (!f.cat) return false;
	if (f.cat !== ALL_CATEGORIES && t.category !== f.cat) return false;
	if (f.voice === 'own') return t.voice === 'outlet';
	if (f.voice === 'quoted') return t.voice === 'quoted';
	return true;
}

export function quoteMatches(q: Quote, f: Focus): boolean {
	if (f.cue) return !!q.cue && cueKey(q.cue) === f.cue;
	if (f.speaker) return q.speaker === f.speaker;
	if (f.group) return q.group === f.group;
	return false;
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Occurrences of a word or phrase, case-insensitive, on word boundaries (letters incl. accents). */
export function findTerm(text: string, term: string): Span[] {
	const t = term.trim();
	if (!t) return [];
	const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(t).replace(/\s+/g, '\\s+')}(?:s|es|'s|’s)?(?![\\p{L}\\p{N}])`, 'giu');
	const out: Span[] = [];
	for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length });
	return out;
}

/** Where the asked-for reporting verb stands before (or after) each quote it introduces. */
export function cueSpans(quotes: Quote[], focus: Focus): Span[] {
	if (!focus.cue) return [];
	return quotes.filter((q) => quoteMatches(q, focus) && q.cueStart !== null && q.cueEnd !== null).map((q) => ({ start: q.cueStart!, end: q.cueEnd! }));
}

function covering<T extends Span>(list: T[], at: number): number | null {
	for (let i = 0; i < list.length; i++) if (list[i].start <= at && at < list[i].end) return i;
	return null;
}

/** `termHits`: the server's token spans for ?term= (lemma-aware); else a plain word search. */
export function buildParagraphs(
	text: string,
	paragraphs: Span[],
	quotes: Quote[],
	loaded: LoadedTerm[],
	focus: Focus,
	termHits: Span[] | null = null,
	sentences: SentenceSentiment[] | null = null
): Paragraph[] {
	const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
	const hits = [...(termHits ?? (focus.term ? findTerm(text, focus.term) : [])), ...cueSpans(quotes, focus)];
	const cuts = new Set<number>();
	const sents = sentences ?? [];
	for (const s of [...quotes, ...loaded, ...hits, ...sents]) {
		cuts.add(Math.max(0, Math.min(text.length, s.start)));
		cuts.add(Math.max(0, Math.min(text.length, s.end)));
	}
	return paras.map((p) => {
		const points = [p.start, ...[...cuts].filter((c) => c > p.start && c < p.end), p.end].sort((a, b) => a - b);
		const segments: Segment[] = [];
		for (let i = 0; i < points.length - 1; i++) {
			const a = points[i];
			const b = points[i + 1];
			if (b <= a) continue;
			const qi = covering(quotes, a);
			const li = covering(loaded, a);
			const hit = covering(hits, a) !== null;
			const focused =
				hit || (li !== null && loadedMatches(loaded[li], focus)) || (qi !== null && quoteMatches(quotes[qi], focus));
			segments.push({ text: text.slice(a, b), start: a, quote: qi, loaded: li, hit, focus: focused, sentence: sents.length ? covering(sents, a) : null });
		}
		return { start: p.start, segments };
	});
}

/** Background tint for a sentence score: vermillion for negative, blue for positive, stronger with |score|. */
export function sentimentTint(score: number): string {
	const a = Math.min(0.55, Math.abs(score) * 0.6);
	if (Math.abs(score) < 0.05) return 'transparent';
	return score < 0 ? `rgba(213, 94, 0, ${a.toFixed(2)})` : `rgba(0, 114, 178, ${a.toFixed(2)})`;
}
