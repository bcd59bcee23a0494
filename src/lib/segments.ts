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

/** A span to mark; `shared`: an actor's tone word not found to be about anyone in particular (ActorToneWord.shared), marked dashed. */
export type Mark = Span & { shared?: boolean };

export interface Segment {
	text: string;
	start: number;
	quote: number | null;
	loaded: number | null;
	/** A match of the searched word (?term=), or a word of an actor's evidence (?actor=). */
	hit: boolean;
	/** The hit is an actor's evidence word that is not found to be about anyone in particular (ActorToneWord.shared): ringed dashed. */
	shared?: true;
	/** Index of the scored sentence this piece belongs to, when sentence sentiment is shown. */
	sentence: number | null;
	focus: boolean;
	/** The first piece of its quote in this paragraph: where the speaker's tag goes. */
	tag?: boolean;
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

/**
 * Which span of a list covers an offset (the first in list order with start ≤ at < end), for offsets
 * asked in increasing order: spans join a heap of list indices when the sweep reaches their start and
 * leave it once it passes their end. A 5 MB paste has tens of thousands of quotes, terms and sentences;
 * scanning each list for every piece of text was quadratic and held the server for minutes.
 */
class Cover<T extends Span> {
	private readonly order: number[];
	private next = 0;
	private heap: number[] = [];
	private last = -Infinity;

	constructor(private readonly list: readonly T[]) {
		this.order = list.map((_, i) => i).sort((a, b) => list[a].start - list[b].start || a - b);
	}

	at(x: number): number | null {
		if (x < this.last) {
			// asked out of order (paragraphs not in text order): start the sweep again
			this.next = 0;
			this.heap = [];
		}
		this.last = x;
		const { list, order, heap } = this;
		while (this.next < order.length && list[order[this.next]].start <= x) this.push(order[this.next++]);
		while (heap.length && list[heap[0]].end <= x) this.pop();
		return heap.length ? heap[0] : null;
	}

	private push(i: number): void {
		const h = this.heap;
		h.push(i);
		for (let c = h.length - 1; c > 0; ) {
			const p = (c - 1) >> 1;
			if (h[p] <= h[c]) break;
			[h[p], h[c]] = [h[c], h[p]];
			c = p;
		}
	}

	private pop(): void {
		const h = this.heap;
		const end = h.pop()!;
		if (!h.length) return;
		h[0] = end;
		for (let p = 0; ; ) {
			const l = 2 * p + 1;
			const r = l + 1;
			let m = p;
			if (l < h.length && h[l] < h[m]) m = l;
			if (r < h.length && h[r] < h[m]) m = r;
			if (m === p) break;
			[h[p], h[m]] = [h[m], h[p]];
			p = m;
		}
	}
}

/**
 * `termHits`: the server's token spans for ?term= (lemma-aware); else a plain word search. `offset`:
 * where `text` begins in the article (a part of a long one, src/lib/article-parts.ts); every span is
 * in the article's offsets.
 */
export function buildParagraphs(
	text: string,
	paragraphs: Span[],
	quotes: Quote[],
	loaded: LoadedTerm[],
	focus: Focus,
	termHits: Mark[] | null = null,
	sentences: SentenceSentiment[] | null = null,
	offset = 0
): Paragraph[] {
	const paras = paragraphs.length ? paragraphs : [{ start: offset, end: offset + text.length }];
	const searched = termHits ?? (focus.term ? findTerm(text, focus.term).map((h) => ({ start: h.start + offset, end: h.end + offset })) : []);
	const hits: Mark[] = [...searched, ...cueSpans(quotes, focus)];
	// A quote of several parts ('"A," she said, "B."', a statement carried on over paragraphs) is marked
	// on its parts, never on the attribution between them (fifth newcomer pass: "he added." underlined)
	const pieces = quotes.flatMap((q, i) => (q.parts?.length ? q.parts : [q]).map((x) => ({ start: x.start, end: x.end, quote: i })));
	const cutSet = new Set<number>();
	const sents = sentences ?? [];
	for (const list of [pieces, loaded, hits, sents] as Span[][])
		for (const s of list) {
			cutSet.add(Math.max(offset, Math.min(offset + text.length, s.start)));
			cutSet.add(Math.max(offset, Math.min(offset + text.length, s.end)));
		}
	const cuts = [...cutSet].sort((a, b) => a - b);
	const firstAfter = (x: number) => {
		let lo = 0;
		let hi = cuts.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cuts[mid] <= x) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	const pieceAt = new Cover(pieces);
	const loadedAt = new Cover(loaded);
	const hitAt = new Cover(hits);
	const sentenceAt = new Cover(sents);
	return paras.map((p) => {
		const points = [p.start];
		for (let k = firstAfter(p.start); k < cuts.length && cuts[k] < p.end; k++) points.push(cuts[k]);
		points.push(p.end);
		const segments: Segment[] = [];
		const tagged = new Set<number>();
		for (let i = 0; i < points.length - 1; i++) {
			const a = points[i];
			const b = points[i + 1];
			if (b <= a) continue;
			const pi = pieceAt.at(a);
			const qi = pi === null ? null : pieces[pi].quote;
			const li = loadedAt.at(a);
			const hk = hitAt.at(a);
			const hit = hk !== null;
			const focused =
				hit || (li !== null && loadedMatches(loaded[li], focus)) || (qi !== null && quoteMatches(quotes[qi], focus));
			const tag = qi !== null && !tagged.has(qi);
			if (tag) tagged.add(qi);
			segments.push({ text: text.slice(a - offset, b - offset), start: a, quote: qi, loaded: li, hit, focus: focused, sentence: sents.length ? sentenceAt.at(a) : null, ...(tag ? { tag } : {}), ...(hk !== null && hits[hk].shared ? { shared: true as const } : {}) });
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

/** A short text (a headline) cut at its findings: plain pieces and the findings, in order, covering it whole. */
export function markedPieces<T extends Span>(text: string, spans: T[]): { text: string; start: number; span: T | null }[] {
	const out: { text: string; start: number; span: T | null }[] = [];
	let at = 0;
	for (const s of [...spans].sort((a, b) => a.start - b.start)) {
		if (s.start < at || s.end > text.length || s.end <= s.start) continue; // overlapping or out of range: left plain
		if (s.start > at) out.push({ text: text.slice(at, s.start), start: at, span: null });
		out.push({ text: text.slice(s.start, s.end), start: s.start, span: s });
		at = s.end;
	}
	if (at < text.length) out.push({ text: text.slice(at), start: at, span: null });
	return out;
}
