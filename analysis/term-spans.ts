// Where a distinctive term (a lemma, as counted by compare.ts countTerms) occurs in a body: token
// spans, so "say" rings "said" and "says". The server runs this on its analysis workers (a 5 MB body
// takes seconds to tokenise, which must not hold up other requests); it is pure, like every stage.
import { tokenise } from './nlp.js';
import type { Span } from './types.js';

/** The terms as they are looked up: trimmed, lower case, each once, empty ones dropped. */
export const wantedTerms = (terms: (string | null | undefined)[]): string[] => [...new Set(terms.map((t) => (t ?? '').trim().toLowerCase()).filter(Boolean))];

/** Spans of several terms at once, tokenising the body once (the projector asks for every distinctive word). */
export function termSpansMany(text: string, paragraphs: Span[], terms: string[]): Record<string, Span[]> {
	const wanted = wantedTerms(terms);
	const out: Record<string, Span[]> = Object.create(null);
	if (!wanted.length) return out;
	const tok = tokenise(text, paragraphs.length ? paragraphs : undefined);
	const lemmaOf = new Map<string, string>();
	for (const x of tok.tokens) if (x.pos !== 'PROPN' && x.type === 'word') lemmaOf.set(x.normal, x.lemma.toLowerCase());
	const key = (x: (typeof tok.tokens)[number]) => (x.pos === 'PROPN' ? (lemmaOf.get(x.normal) ?? x.normal) : x.lemma.toLowerCase());
	const ws = tok.tokens.filter((x) => x.type !== 'punctuation');
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
