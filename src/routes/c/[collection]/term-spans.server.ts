// Where a distinctive term (a lemma, as counted by analysis/compare.ts countTerms) occurs in a body:
// token spans, so "say" rings "said" and "says". Server-only: it tokenises with wink-nlp.
import { tokenise } from '$analysis/nlp';
import type { Span } from '$analysis/types';

export function termSpans(text: string, paragraphs: Span[], term: string | null): Span[] | null {
	const t = term?.trim().toLowerCase();
	if (!t) return null;
	return termSpansMany(text, paragraphs, [t])[t] ?? [];
}

/** Spans of several terms at once, tokenising the body once (the projector asks for every distinctive word). */
export function termSpansMany(text: string, paragraphs: Span[], terms: string[]): Record<string, Span[]> {
	const wanted = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter(Boolean))];
	if (!wanted.length) return {};
	const tok = tokenise(text, paragraphs.length ? paragraphs : undefined);
	const lemmaOf = new Map<string, string>();
	for (const x of tok.tokens) if (x.pos !== 'PROPN' && x.type === 'word') lemmaOf.set(x.normal, x.lemma.toLowerCase());
	const key = (x: (typeof tok.tokens)[number]) => (x.pos === 'PROPN' ? (lemmaOf.get(x.normal) ?? x.normal) : x.lemma.toLowerCase());
	const ws = tok.tokens.filter((x) => x.type !== 'punctuation');
	const out: Record<string, Span[]> = {};
	for (const t of wanted) {
		const words = t.split(/\s+/);
		const spans: Span[] = [];
		for (let i = 0; i + words.length <= ws.length; i++) {
			if (words.every((w, j) => key(ws[i + j]) === w || ws[i + j].normal === w)) spans.push({ start: ws[i].start, end: ws[i + words.length - 1].end });
		}
		out[t] = spans;
	}
	return out;
}
