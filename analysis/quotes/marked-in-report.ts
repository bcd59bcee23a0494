// Marked words inside a reported clause: whose they are. The writer's scare quote again ("the
// self-declared “interim” government", firstScareQuotes, scareInParaphrase), a short name in title case
// ("She loved “Parasite” …", isNameLike), quoted words with an attribution of their own inside the
// clause (innerAttribution), or what the report's object is called ("mocked their claims … as
// “political bullshit”", calledAs). find.ts asks, when it decides what a paraphrase with marked words in
// it is. Split from find.ts, which had passed 500 lines.
import { countWords } from '../nlp.js';
import type { Span } from '../types.js';
import type { Ctx } from './context.js';
import { NAMING } from './cues.js';
import { standsAlone, type Found } from './direct.js';
import { NAMES_AS } from './indirect.js';
import { TITLE_WORD_START } from './work-titles.js';
import { judgingVerbs } from './data.js';

export const scareKey = (text: string, d: Span) => text.slice(d.start, d.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Where the writer first put each term in scare quotes: one to three marked words that no one is found
 * to say, in a sentence of the writer's own ("the self-declared “interim” government that ousted
 * Morales"). The same marked words later inside a paraphrase ("the ombudsman said … and called on the
 * “interim” government to …") are the writer's device again, not the paraphrased speaker's words.
 */
export function firstScareQuotes(ctx: Ctx, direct: Found[]): Map<string, number> {
	const at = new Map<string, number>();
	for (const d of direct) {
		if (d.speaker || d.parts || d.mark === undefined || countWords(ctx.text, d.start, d.end, 4) > 3) continue;
		const inner = ctx.text.slice(d.start, d.end);
		if (/[.!?,;:]$/.test(inner) || standsAlone(ctx, ctx.marks[d.mark]) || !distanced(ctx, d)) continue;
		const key = scareKey(ctx.text, d);
		if (key && !at.has(key)) at.set(key, d.start);
	}
	return at;
}

/** Does the quote's own cue come right before it ("called it “interim”"), not a phrase away ("called on the “interim” government")? */
export function introducedBy(ctx: Ctx, d: Found): boolean {
	if (!d.cue) return false;
	const between = ctx.text.slice(ctx.toks[d.cue[1] - 1].end, d.start);
	return countWords(between.replace(/["“”„«»‘’']/g, ' ')) < 2;
}

/** Words of the writer's that hold the marked term at arm's length: "its so-called "reform"". */
const DISTANCING = new Set(['so-called', 'self-styled', 'self-described', 'self-declared', 'self-proclaimed', 'supposed', 'alleged', 'purported']);

/**
 * A scare quote inside a long paraphrase: one to three marked words after "so-called" (or "supposed",
 * "self-styled"), with no sentence punctuation inside the marks, in a reported clause of twelve words
 * or more besides them. Without such a word the marked words are taken as the speaker's (a partial
 * quote: "called Clinton's record "criminal""), as PolNeAR's annotators and most readers take them.
 */
export function scareInParaphrase(ctx: Ctx, d: Found, ind: Found): boolean {
	const { text } = ctx;
	const inner = text.slice(d.start, d.end);
	if (countWords(inner) > 3 || /[.!?,;:]$/.test(inner) || countWords(text, ind.start, ind.end) - countWords(inner) < 12) return false;
	return distanced(ctx, d);
}

/** Is the marked term held at arm's length by the word before it ("so-called "reform"", "self-declared "interim"")? */
export function distanced(ctx: Ctx, d: Span): boolean {
	const { toks } = ctx;
	let b = ctx.tokenAt(d.start) - 1;
	while (b >= 0 && ctx.isMark[b]) b--;
	const before = toks[b];
	if (!before) return false;
	// "so-called" may be one token or three ("so", "-", "called")
	return DISTANCING.has(before.normal) || (before.normal === 'called' && toks[b - 1]?.value === '-' && toks[b - 2]?.normal === 'so') || (toks[b - 1]?.value === '-' && toks[b - 2]?.normal === 'self' && /^(?:styled|described|declared|proclaimed)$/.test(before.normal));
}

/**
 * "She loved “Parasite“ and “Joker” equally, she said": a short title-case name in marks, with no
 * sentence punctuation and no speech verb of its own, does not make the reported clause around it a
 * quotation (it may still be a quote of its own, if someone is said to say it).
 */
export function isNameLike(ctx: Ctx, f: Span): boolean {
	const { text } = ctx;
	const inner = text.slice(f.start, f.end);
	const ws = inner.split(/\s+/).filter(Boolean);
	if (!ws.length || ws.length > 4 || /[.!?,]$/.test(inner)) return false;
	return ws.every((w, i) => TITLE_WORD_START.test(w) || (i > 0 && /^(?:a|an|the|of|and|or|in|on|at|to|for|with|from|by)$/.test(w)));
}

/**
 * "She recalled that he said, "I'll …"": the quoted words `d` inside the reported clause `ind` have an
 * attribution of their own inside that clause, which introduces them; they are the innermost speaker's.
 */
export function innerAttribution(ctx: Ctx, d: Found, ind: Found): boolean {
	const { text } = ctx;
	const m = d.speaker?.mention;
	const cueEnd = d.cue ? ctx.toks[d.cue[1] - 1].end : -1;
	// ("the killer called her "a dirty liar"": a naming verb's object stands between it and the name it gave)
	const between = text.slice(cueEnd, d.start);
	const named = !!d.cue && NAMING.has(ctx.toks[d.cue[0]].lemma) && countWords(between) <= 6 && !/[.;:!?]/.test(between) && !/\b(?:that|who|which)\b/.test(between);
	const introduces = !!d.cue && (/^(?:[\s,:"“”„«]|'')*(?:(?:of|about|against|that|as)(?:[\s"“”„«]|'')*)?$/.test(between) || named || ctx.toks[d.cue[0]].start >= d.end);
	return !!d.speaker?.cluster && !d.carried && (introduces || !!d.owned) && !!m && m.start >= ind.start && m.end <= d.start;
}

/**
 * Is the quoted span d what the report ind's object is called, "… as “…”" (or "as a “…”") closing the
 * report, with the object a phrase of some words before it ("mocked their claims that … as “…”")?
 */
export function calledAs(ctx: Ctx, d: Found, ind: Found): boolean {
	const { toks } = ctx;
	const open = ctx.tokenAt(d.start) - 1;
	let k = ctx.isMark[open] ? open - 1 : open;
	if (['a', 'an', 'the'].includes(toks[k]?.normal ?? '')) k--;
	if (toks[k]?.normal !== 'as' || ctx.inQuote[k] >= 0) return false;
	// (a verb that names or judges its object, the object right after it: not "arguing that the epidemic
	// should be recognized as “intolerable”", a reported clause with its own "as")
	const cue = toks[ind.cue![0]];
	const after = toks[ind.cue![1]];
	if (!(NAMES_AS.has(cue.lemma) || judgingVerbs().has(cue.lemma.toLowerCase())) || after?.normal === 'that') return false;
	// (at the report's end, with three words at least of the object before "as")
	return d.end >= ind.end - 2 && countWords(ctx.text, ind.start, toks[k].start, 3) >= 3;
}
