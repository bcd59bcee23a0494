// Embedded social-media posts. A page that embeds a post keeps its words as a paragraph of plain text,
// followed by the post's signature line: "— Dele (@dele_official) November 19, 2019". Nothing marks the
// words as quoted, so without this they read as the outlet's own voice (its tone, its loaded terms).
// The paragraph before a signature is the poster's words, quoted directly; the signature names them.
import { countWords } from '../nlp.js';
import type { Span } from '../types.js';
import type { Ctx } from './context.js';
import type { Found } from './direct.js';
import { speakerOf } from './attribution.js';
import { POST_SIGNATURE as SIGNATURE } from '../segment/patterns.js';

/** Where a link to the post's picture, or any address, starts in one word of its text. */
const LINK_START = /pic\.twitter\.com\/|https?:\/\//;

/**
 * The end of a post's words without the links left at the end of its text, even written onto its last
 * word ("⬇️⬇️⬇️https://t.co/x"). One word at a time from the end, so a long run without spaces is read once.
 */
function withoutTrailingLinks(text: string, start: number, end: number): number {
	for (;;) {
		while (end > start && /\s/.test(text[end - 1])) end--;
		let w = end;
		while (w > start && !/\s/.test(text[w - 1])) w--;
		const at = text.slice(w, end).search(LINK_START);
		if (at < 0) return end;
		end = w + at;
	}
}
/** A post's text of fewer words is a picture's caption ("Club statement"), not words to quote. */
const MIN_WORDS = 3;

/** Per paragraph: 1 for a post's signature line. */
export function signatureParagraphs(ctx: Ctx): Uint8Array {
	const out = new Uint8Array(ctx.paragraphs.length);
	ctx.paragraphs.forEach((p, i) => {
		if (p.end - p.start <= 160 && SIGNATURE.test(ctx.text.slice(p.start, p.end))) out[i] = 1;
	});
	return out;
}

/**
 * Paragraphs that are an embedded post's furniture, not part of the story's flow: its signature line,
 * and a caption of a word or two just before it. A quote either side of them is next to the other.
 */
export function postFurniture(ctx: Ctx, signatures = signatureParagraphs(ctx)): Uint8Array {
	const out = new Uint8Array(ctx.paragraphs.length);
	signatures.forEach((s, i) => {
		if (!s) return;
		out[i] = 1;
		const prev = ctx.paragraphs[i - 1];
		if (prev && countWords(ctx.text, prev.start, prev.end, MIN_WORDS) < MIN_WORDS) out[i - 1] = 1;
	});
	return out;
}

/** The embedded posts of the article, as direct quotes of the people who posted them. */
export function findEmbeddedPosts(ctx: Ctx, signatures = signatureParagraphs(ctx)): Found[] {
	const out: Found[] = [];
	const { text, toks } = ctx;
	signatures.forEach((s, i) => {
		if (!s || i === 0 || signatures[i - 1]) return;
		const sig = ctx.paragraphs[i];
		const body = ctx.paragraphs[i - 1];
		const words: Span = { start: body.start, end: withoutTrailingLinks(text, body.start, body.end) };
		if (countWords(text, words.start, words.end, MIN_WORDS) < MIN_WORDS) return;
		// (already a quotation in marks: the direct quotes have it)
		const first = ctx.tokenAt(words.start);
		if (first < toks.length && ctx.inQuote[first] >= 0) return;
		const m = SIGNATURE.exec(text.slice(sig.start, sig.end))!;
		const nameStart = sig.start + text.slice(sig.start, sig.end).indexOf(m[1]);
		const a = ctx.tokenAt(nameStart);
		let b = a;
		while (b < toks.length && toks[b].end <= nameStart + m[1].length) b++;
		const speaker = b > a ? speakerOf(ctx, { cue: null, np: [a, b], appos: null }) : null;
		out.push({ start: words.start, end: words.end, kind: 'direct', speaker, cue: null });
	});
	return out;
}
