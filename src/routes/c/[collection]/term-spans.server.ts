// Where a distinctive term (a lemma, as counted by analysis/compare.ts countTerms) occurs in a body:
// token spans, so "say" rings "said" and "says". Server-only: it tokenises with wink-nlp.
import { tokenise } from '$analysis/nlp';
import type { Span } from '$analysis/types';

export function termSpans(text: string, paragraphs: Span[], term: string | null): Span[] | null {
	const t = term?.trim().toLowerCase();
	if (!t) return null;
	const tok = tokenise(text, paragraphs.length ? paragraphs : undefined);
	const lemmaOf = new Map<string, string>();
	for (const x of tok.tokens) if (x.pos !== 'PROPN' && x.type === 'word') lemmaOf.set(x.normal, x.lemma.toLowerCase());
	const words = t.split(/\s+/);
	const key = (x: (typeof tok.tokens)[number]) => (x.pos === 'PROPN' ? (lemmaOf.get(x.normal) ?? x.normal) : x.lemma.toLowerCase());
	const spans: Span[] = [];
	const ws = tok.tokens.filter((x) => x.type !== 'punctuation');
	for (let i = 0; i + words.length <= ws.length; i++) {
		if (words.every((w, j) => key(ws[i + j]) === w || ws[i + j].normal === w)) spans.push({ start: ws[i].start, end: ws[i + words.length - 1].end });
	}
	return spans;
}
