// Signed contributions. A round-up of readers' letters, comments or posts prints each one as a paragraph
// or a few, signed on a line of its own after them by a name or a handle, sometimes with a town:
//
//   Trump had an opportunity to demonstrate maturity instead of petulance. …
//   Peter Fonseca.
//   Long Beach, Calif.
//   It's theater. Trump has pandered to the alt-right for over a year.
//   @RMAlvarado52.
//
// Nothing marks the words as quoted, so without this a page of readers' letters reads as the outlet's
// own voice (its tone, its loaded terms: review PP of the 49th stop found a letters page charged as
// the most loaded outlet for its readers' words). Each contribution is a direct quote of its signer.
//
// A signature is a paragraph that is only a handle ("@InvokeTruth."), or a person's name of two to four
// words with a full stop at most, after a dash or not ("-Michelle Marks, Philadelphia."), its town on
// the next line or not ("Long Beach, Calif."). A round-up has two signatures at least, one of them a
// handle or with a town, as readers sign (a live blog's entries signed by its reporters are the outlet's
// own), and its names are met nowhere else in the text: a name heading a section about its bearer
// ("Hillary Clinton." then "Clinton was the U.S. senator …") is no signature, and when such names are as
// many as the rest, none is. A signature signs the paragraphs since the signature before it (six at
// most), the last of them ending a sentence; the first of a run, after a heading or the outlet's own
// introduction ("We asked our followers …"), signs only the paragraph right before it. A signer the text
// gives no role is a reader, a citizen, on the weakest evidence (groups.ts).
import { countWords } from '../nlp.js';
import type { Ctx, Range } from './context.js';
import type { Found } from './direct.js';
import { speakerOf } from './attribution.js';

/** A contribution says something: a paragraph of fewer words is a heading ("TWITTER.", "Sad."). */
const MIN_WORDS = 3;
/** What a signer did, as evidence of their group. */
const SIGNED = "signed a contribution to a round-up of readers' letters or posts";
/** The paragraphs one signature signs at most. */
const MAX_PARAGRAPHS = 6;
/** A signature's line: a handle, or a dash and a name with what follows it, or a name alone with a town after a comma. */
const HANDLE = /^@[A-Za-z0-9_]{1,15}\.?$/;
/** Two to four capitalised words (an initial, a hyphen, an apostrophe; a particle such as "de" between them), then a full stop at most. */
const NAME = /^(\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:\p{Lu}[\p{L}'’-]*\.?|de|da|del|della|van|von|der|la|le|bin|al)){1,3})(?:,\s+\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,3})?\.?$/u;
/** "-Michelle Marks, Philadelphia.", "— Jane Roe, a teacher in Ohio": a dash, a name, then anything short after a comma. */
const DASHED = /^[-–—]\s*(\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:\p{Lu}[\p{L}'’-]*\.?|de|da|del|della|van|von|der|la|le|bin|al)){1,3})(?:,[^"“”]{1,80})?\.?$/u;
/** A town's line under a signature: "Long Beach, Calif.", "Minneapolis.", "Staunton Va." (capitalised words, five at most). */
const PLACE = /^\p{Lu}[\p{L}'’-]*\.?(?:,?\s+\p{Lu}[\p{L}'’-]*\.?){0,4}$/u;

interface Signature {
	paragraph: number;
	/** Where the name or handle is in the text. */
	name: { start: number; end: number };
	/** The name's last word, to look for elsewhere in the text (none for a handle). */
	surname: string | null;
	/** The paragraph after it is its town. */
	placeAfter: boolean;
}

/** The paragraph's text without the spaces around it, and where that starts. */
function trimmed(text: string, p: { start: number; end: number }): { s: string; at: number } {
	const raw = text.slice(p.start, p.end);
	const lead = raw.length - raw.trimStart().length;
	return { s: raw.trim(), at: p.start + lead };
}

/** The signature a paragraph may be. */
function signatureAt(ctx: Ctx, i: number): Signature | null {
	const { text, paragraphs } = ctx;
	const { s, at } = trimmed(text, paragraphs[i]);
	if (!s || s.length > 100) return null;
	const next = paragraphs[i + 1] ? trimmed(text, paragraphs[i + 1]).s : '';
	// (a town's line ends in a full stop, as the name's does: "Post-Workout Supplement" under a product's name is a heading)
	const placeAfter = next.length > 0 && next.length <= 40 && next.endsWith('.') && PLACE.test(next) && !HANDLE.test(next) && /\p{Ll}/u.test(next);
	if (HANDLE.test(s)) return { paragraph: i, name: { start: at, end: at + s.replace(/\.$/, '').length }, surname: null, placeAfter };
	const dashed = DASHED.exec(s);
	const m = dashed ?? NAME.exec(s);
	if (!m) return null;
	// (the full stop after the name is the line's, not an initial's: "Ken Kenjo.", but "Bruce R.")
	const name = /\p{L}{2}\.$/u.test(m[1]) ? m[1].slice(0, -1) : m[1];
	// (a heading in capitals is no name: "FULL TEXT.", "PLEDGED DELEGATES."; nor "The Facts.", "The Times.")
	if (!/\p{Ll}/u.test(name) || /^(?:The|A|An|In|On|Our|Your|More|How|Why|What)\b/.test(name)) return null;
	const words = name.split(/\s+/);
	const start = at + s.indexOf(name);
	return { paragraph: i, name: { start, end: start + name.length }, surname: words[words.length - 1].replace(/\.$/, ''), placeAfter };
}

/** Of these words, the ones written as a token anywhere outside the paragraphs in `skip` (one pass over the tokens). */
function metElsewhere(ctx: Ctx, words: Set<string>, skip: Set<number>): Set<string> {
	const out = new Set<string>();
	for (const t of ctx.toks) if (words.has(t.value) && !skip.has(t.paragraph)) out.add(t.value);
	return out;
}

/** The signed contributions of a round-up in the article, as direct quotes of their signers. */
export function findSignedContributions(ctx: Ctx): Found[] {
	const { text, toks, paragraphs } = ctx;
	// (a cheap look first: a short paragraph at all)
	const sigs: Signature[] = [];
	for (let i = 1; i < paragraphs.length; i++) {
		if (paragraphs[i].end - paragraphs[i].start > 110) continue;
		const s = signatureAt(ctx, i);
		// (a signature's town is no signature of its own: "Len Bennett." ¶ "Deerfield Beach, Fla.")
		if (s && !(sigs.length && sigs[sigs.length - 1].placeAfter && sigs[sigs.length - 1].paragraph === i - 1)) sigs.push(s);
	}
	if (sigs.length < 2) return [];
	// the signatures' own lines and their towns', where their names may be met
	const own = new Set<number>();
	for (const s of sigs) {
		own.add(s.paragraph);
		if (s.placeAfter) own.add(s.paragraph + 1);
	}
	// (a name met elsewhere heads a section about its bearer, or is a line of someone's words; when those
	// are as many as the rest, the lines are headings, not signatures)
	const elsewhere = metElsewhere(ctx, new Set(sigs.flatMap((s) => (s.surname ? [s.surname] : []))), own);
	const met = sigs.filter((s) => s.surname && elsewhere.has(s.surname));
	if (met.length) {
		if (2 * met.length >= sigs.length) return [];
		sigs.splice(0, sigs.length, ...sigs.filter((s) => !met.includes(s)));
		for (const s of met) {
			own.delete(s.paragraph);
			if (s.placeAfter) own.delete(s.paragraph + 1);
		}
	}
	// (readers sign with a handle or a town: a live blog's entries signed by its reporters are the outlet's own)
	if (sigs.length < 2 || !sigs.some((s) => s.surname === null || s.placeAfter)) return [];
	const out: Found[] = [];
	let boundary = -1;
	let afterSignature = false;
	let k = 0;
	for (let i = 0; i < paragraphs.length; i++) {
		const sig = sigs[k]?.paragraph === i ? sigs[k++] : null;
		if (!sig) {
			// a heading or the outlet's introduction ends a run; a contribution goes on with it
			if (own.has(i) || countWords(text, paragraphs[i].start, paragraphs[i].end, MIN_WORDS) < MIN_WORDS) {
				if (!own.has(i)) afterSignature = false;
				boundary = i;
			}
			continue;
		}
		const from = afterSignature ? Math.max(boundary + 1, i - MAX_PARAGRAPHS) : i - 1;
		// (what is signed ends a sentence: "Drink during your workout" over a product's name is a recipe's line)
		const last = trimmed(text, paragraphs[i - 1]).s;
		if (from > boundary && from < i && /[.!?…"”’)]$/.test(last)) {
			const a = ctx.tokenAt(sig.name.start);
			let b = a;
			while (b < toks.length && toks[b].end <= sig.name.end) b++;
			const np: Range = [a, b];
			const speaker = b > a ? speakerOf(ctx, { cue: null, np, appos: null }) : null;
			// (a reader, as the text gives no other role: what they did is write in, the weakest evidence of a group)
			speaker?.cluster?.addFacet({ ...sig.name, text: text.slice(sig.name.start, sig.name.end), role: 'deed', group: 'citizen', pattern: SIGNED });
			for (let p = from; p < i; p++) {
				const { s, at } = trimmed(text, paragraphs[p]);
				if (s) out.push({ start: at, end: at + s.length, kind: 'direct', speaker, cue: null });
			}
		}
		boundary = sig.placeAfter ? i + 1 : i;
		afterSignature = true;
	}
	return out;
}
