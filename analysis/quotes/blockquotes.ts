// Block quotations. A page sets someone else's words apart in a <blockquote>: an excerpt of another
// outlet's review, a statement, a passage of a book or a letter. Nothing else marks them as quoted
// (often no quotation marks, no "said"), so without this they read as the outlet's own voice: its
// tone, its loaded terms. Each block quotation the segmenter found (CleanArticle.quotations) is quoted
// directly when the page says whose they are or introduces them: a short source line right after it
// ("[Engadget]", "— Jane Doe", "(Reuters)", "Source: CNET") names its speaker; words before it that
// end in a colon or an ellipsis introduce it, and name its speaker when they say who spoke ("In a
// statement, Google said:"). A block quotation with neither is left as it is: blogs also set their own
// words apart in a <blockquote> for emphasis.
import { countWords } from '../nlp.js';
import type { Span } from '../types.js';
import type { Ctx } from './context.js';
import type { Found } from './direct.js';
import { speakerOf } from './attribution.js';
import { wholeOrgSpeaker } from './issuers.js';
import { parseMention } from './mentions.js';

/** A source line: "[Engadget]", "— Jane Doe", "– The Verge", "(Reuters)", "Source: CNET", "via Wired". */
const SOURCE_LINE = /^\s*(?:\[([^\][\n]{2,60})\]|[—–-]\s*([^\n]{2,60}?)|\(([^()\n]{2,60})\)|(?:source|via|from)\s*:?\s+([^\n]{2,60}?))\s*\.?\s*$/i;
/** Fewer words than this is a caption or a label, not a quotation. */
const MIN_WORDS = 3;
/** A source line is short. */
const SOURCE_WORDS = 8;

/** The block quotations of the article, as direct quotes, with the speaker their source line names. */
export function findBlockQuotations(ctx: Ctx, quotations: Span[]): Found[] {
	const out: Found[] = [];
	const { text, toks, paragraphs } = ctx;
	// Quotations and paragraphs are both in text order: one walk finds each one's neighbours.
	let p = 0;
	for (const q of quotations) {
		while (p < paragraphs.length && paragraphs[p].end <= q.start) p++;
		// paragraphs[p - 1] ends before the quotation; the first after it starts past its end
		let n = p;
		while (n < paragraphs.length && paragraphs[n].start <= q.end) n++;
		if (countWords(text, q.start, q.end, MIN_WORDS) < MIN_WORDS) continue;
		const after = sourceAfter(paragraphs[n]);
		const intro = introduction(paragraphs[p - 1]);
		if (!after && !intro) continue;
		out.push({ start: q.start, end: q.end, kind: 'direct', speaker: after ?? (intro ? sourceBefore(intro) : null), cue: null });
	}
	return out;

	/** The speaker named by a short source line right after the quotation. */
	function sourceAfter(next: Span | undefined): Found['speaker'] {
		if (!next || countWords(text, next.start, next.end, SOURCE_WORDS + 1) > SOURCE_WORDS) return null;
		const line = text.slice(next.start, next.end);
		const m = SOURCE_LINE.exec(line);
		const name = m && (m[1] ?? m[2] ?? m[3] ?? m[4]);
		if (!name) return null;
		const start = next.start + line.indexOf(name);
		return speakerIn(start, start + name.length);
	}

	/** The paragraph right before the quotation when it introduces it: it ends in a colon or an ellipsis. */
	function introduction(prev: Span | undefined): Span | null {
		return prev && /(?::|…|\.\.\.)\s*$/.test(text.slice(prev.start, prev.end)) ? prev : null;
	}

	/** The speaker the introduction names ("Google said:", "Google confirmed this in a statement…"). */
	function sourceBefore(prev: Span): Found['speaker'] {
		// The last clause before the colon: its first capitalised run of words is the speaker. (Read in the
		// paragraph alone, less the ellipsis that ends it, so a long text without full stops stays linear.)
		const own = text.slice(prev.start, prev.end).replace(/(?:\.\.\.|…|:)\s*$/, '');
		const clauseStart = prev.start + Math.max(own.lastIndexOf('.') + 1, own.lastIndexOf(',') + 1);
		let a = ctx.tokenAt(clauseStart);
		while (a < toks.length && toks[a].end <= prev.end && toks[a].pos !== 'PROPN') a++;
		let b = a;
		while (b < toks.length && toks[b].end <= prev.end && toks[b].pos === 'PROPN') b++;
		if (b === a) return null;
		// ... and a verb of speech follows it before the colon ("said", "wrote", "told reporters")
		let verb = false;
		for (let k = b; k < toks.length && toks[k].end <= prev.end && !verb; k++) verb = ctx.isSpeechLemma(toks[k]);
		if (!verb) return null;
		return speakerOf(ctx, { cue: null, np: [a, b], appos: null });
	}

	function speakerIn(start: number, end: number): Found['speaker'] {
		const a = ctx.tokenAt(start);
		let b = a;
		while (b < toks.length && toks[b].end <= end) b++;
		if (b <= a) return null;
		// A source line is a name whole: "[Tom's Guide]" is a publication, not Tom's guide.
		if (/\p{L}['’]s\s+\p{Lu}/u.test(text.slice(start, end))) {
			const m = parseMention(text, toks, a, b);
			const org = m ? wholeOrgSpeaker(ctx, m, a, b) : null;
			if (org) return org;
		}
		return speakerOf(ctx, { cue: null, np: [a, b], appos: null });
	}
}
