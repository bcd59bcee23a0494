// Words in quotation marks that name a work (a film, a book, a programme, an article cited by its
// headline), not anyone's speech: find.ts drops them before quotes are assembled.
import type { Ctx } from './context.js';
import type { Found } from './direct.js';
import { isCap } from './mentions.js';

/** A word a title capitalises (or a figure). */
export const TITLE_WORD_START = /^[\p{Lu}\d]/u;
const UPPER_START = /^[\p{Lu}]/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** Nouns that name a work: "the film “Parasite”", "her novel “The Dragon Waiting”". */
const WORK_NOUNS = new Set(['film', 'movie', 'book', 'novel', 'show', 'series', 'song', 'album', 'single', 'play', 'musical', 'podcast', 'episode', 'documentary', 'painting', 'exhibition', 'opera', 'poem', 'sitcom', 'drama', 'programme', 'program', 'game', 'video', 'track', 'memoir', 'title', 'magazine', 'newspaper', 'column', 'blog', 'channel']);

/** A part, issue or showing of a work: "an episode of “…”", "this weekend's broadcast of “…”". */
const WORK_PARTS = new Set(['episode', 'episodes', 'broadcast', 'edition', 'issue', 'season', 'premiere', 'screening', 'performance', 'production', 'airing', 'taping', 'chapter', 'installment', 'instalment', 'cast', 'host', 'hosts', 'set', 'star', 'stars', 'creator', 'author', 'director']);

/**
 * Words in quotation marks that are the title of a work, not speech: title case (every word that is not
 * a short function word capitalised), and either a work noun right before ("the film “Parasite”") or the
 * marks inside a noun phrase ("the “Parasite” director", "a “Dawson’s Creek” star").
 */
export function isWorkTitle(ctx: Ctx, f: Found): boolean {
	const { toks, text } = ctx;
	const inner = text.slice(f.start, f.end).replace(/[,.;:!?]+$/, '');
	const ws = inner.split(/\s+/).filter(Boolean);
	if (!ws.length) return false;
	// "The Greatest Comeback: How Richard Nixon Rose From Defeat to Create the New Majority": a title and
	// a subtitle, every word in title case, is a book's or a report's name however long (unless an
	// attribution after it gives it to someone: "“We Will Win: That Is All,” Lee said")
	if (!(f.cue && toks[f.cue[0]].start >= f.end) && ws.length >= 4 && /\S:\s+\S/.test(inner) && ws.every((w, i) => TITLE_WORD_START.test(w) || (i > 0 && SMALL_TITLE_WORD.test(w)) || /^\d/.test(w))) return true;
	// "“Motive a mystery in car explosion at Travis Air Force Base,” by Phil Willon, Los Angeles Times,
	// …:": an article cited by its headline and byline, the marks opening the line
	if (text.slice(f.start, f.end).trimEnd().endsWith(',')) {
		const first = ctx.tokenAt(f.start) - 1;
		const opensLine = first >= 0 && ctx.isMark[first] && (first === 0 || /\n/.test(text.slice(toks[first - 1].end, toks[first].start)));
		let k = ctx.tokenAt(f.end);
		while (k < toks.length && (ctx.isMark[k] || toks[k].start < f.end)) k++;
		if (opensLine && toks[k]?.normal === 'by' && toks[k + 1] && UPPER_START.test(toks[k + 1].value)) return true;
	}
	const titleCase = ws.every((w, i) => TITLE_WORD_START.test(w) || (i > 0 && SMALL_TITLE_WORD.test(w)));
	if (!titleCase) return false;
	let b = ctx.tokenAt(f.start) - 1;
	while (b >= 0 && ctx.isMark[b]) b--;
	let a = ctx.tokenAt(f.end);
	while (a < toks.length && (ctx.isMark[a] || toks[a].start < f.end)) a++;
	const before = toks[b];
	const after = toks[a];
	if (before && WORK_NOUNS.has(before.normal)) return true;
	// "on Tuesday's episode of “The Morning Show,”", "a screening of “Parasite”": a part or showing of a work
	if (before?.normal === 'of' && toks[b - 1] && (WORK_NOUNS.has(toks[b - 1].normal) || WORK_PARTS.has(toks[b - 1].normal))) return true;
	// "a show called “Ask Dr. Mike”", "a book titled “…”", "a column, entitled, “…”": a name given to something
	// (however long: a headline given as a title)
	const named = before && [',', ':'].includes(before.value) && b > 0 ? toks[b - 1] : before;
	if (named && ['called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'headlined'].includes(named.normal)) return true;
	if (ws.length > 8) return false;
	// "the band played “We’re Not Gonna Take It”": what is played or performed is a work
	if (before && PERFORMED.has(before.normal)) return true;
	// "the “Parasite” director", "the “Pose” actor": between a determiner or possessive and a lower-case noun
	if (before && after && ['the', 'a', 'an', 'his', 'her', 'their', 'its', "'s", '’s'].includes(before.normal) && after.pos === 'NOUN' && LOWER_FIRST.test(after.value)) return true;
	// "on Fox News’ “Sunday Morning Futures,”", "NBC’s “Today” on Monday", "appeared on “Hannity”": a
	// programme of a broadcaster, or what someone appeared on, with no speech verb after it
	const cueAfter = !!after && ctx.cueAt(a) > 0;
	const possessor = toks[b - 1];
	if (!cueAfter && ws.length <= 5 && before && /^['’]s?$/.test(before.value) && possessor && UPPER_START.test(possessor.value)) return true;
	if (!cueAfter && ws.length <= 4 && before?.normal === 'on' && possessor && (possessor.pos === 'VERB' || ['interview', 'appearance'].includes(possessor.normal))) return true;
	// 'He also told "CBS This Morning" on Wednesday that he sold …': a programme or a paper told, the
	// listener of a telling verb with the clause it told after it (eighth newcomer pass: a three-word
	// direct quote of his)
	if (!cueAfter && ws.length <= 5 && before && TELLING.has(before.normal) && after && (after.normal === 'that' || after.pos === 'ADP' || after.value === ',')) return true;
	return false;
}

/** Verbs whose object is the one told: what follows them in marks, in title case, is a listener's name. */
const TELLING = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'informs', 'assured', 'assures', 'warned', 'warns']);

/** Verbs of playing a work: what follows them in marks, in title case, is its title (not "sang": what is sung may be someone's words). */
const PERFORMED = new Set(['played', 'plays', 'playing', 'performed', 'performs', 'performing', 'blasted', 'blared', 'screened', 'aired']);

/** Words a title leaves in lower case. */
// (and forms of "be", which many outlets keep in lower case in a headline: "Why Electing Lane is More Important")
const SMALL_TITLE_WORD = /^(?:a|an|the|of|and|or|nor|but|in|on|at|to|for|with|from|by|as|into|over|vs\.?|via|per|is|are|was|were)$/;

/**
 * "stories with headlines such as “Birth control makes women unattractive and crazy”", "under the headline
 * “…”", "headlines such as ''A'' and ''B''": words in marks given as a headline are a page's, no one the
 * sentence names says them (review DD of the 42nd stop had Breitbart's headlines as Trump's words). They
 * stay quoted words, with no speaker. `open`: the opening mark's offset.
 */
export function headlineGiven(ctx: Ctx, open: number): boolean {
	const { toks } = ctx;
	let h = ctx.tokenAt(open) - 1;
	while (h >= 0 && (ctx.isMark[h] || [',', ':'].includes(toks[h].value))) h--;
	// (the second of two: "headlines such as ''A'' and ''B''")
	if ((toks[h]?.normal === 'and' || toks[h]?.normal === 'or') && h > 0 && ctx.isMark[h - 1]) {
		h -= 1;
		while (h >= 0 && ctx.isMark[h]) h--;
		while (h >= 0 && ctx.inQuote[h] >= 0 && !ctx.isMark[h]) h--;
		while (h >= 0 && (ctx.isMark[h] || [',', ':'].includes(toks[h].value))) h--;
	}
	if (toks[h]?.normal === 'as' && toks[h - 1]?.normal === 'such') h -= 2;
	else if (toks[h]?.normal === 'like') h -= 1;
	return h >= 0 && HEADLINE_NOUNS.has(toks[h].normal);
}

/** Words for a headline before the one given: "the headline", "headlines such as", "headlines like". */
const HEADLINE_NOUNS = new Set(['headline', 'headlines', 'headlined', 'banner', 'chyron']);

/**
 * Where a title in quotation marks starting at token k ends (after its closing mark): a few words in
 * title case ("''Meet the Press''", "“This Week”"), with more of the sentence after it; else null.
 */
export function markedTitleEnd(ctx: Ctx, k: number, se: number): number | null {
	const { toks } = ctx;
	if (k >= se || !ctx.isMark[k]) return null;
	const q = ctx.inQuote[k + 1];
	if (q === undefined || q < 0) return null;
	let j = k + 1;
	while (j < se && ctx.inQuote[j] === q && !ctx.isMark[j]) j++;
	const n = j - (k + 1);
	if (j >= se - 1 || !ctx.isMark[j] || n < 1 || n > 6) return null;
	for (let x = k + 1; x < j; x++) if (!isCap(toks[x]) && !TITLE_SMALL.has(toks[x].normal)) return null;
	return isCap(toks[k + 1]) ? j + 1 : null;
}
const TITLE_SMALL = new Set(['the', 'of', 'and', 'a', 'an', 'for', 'in', 'on', 'to', 'at', 'with']);
