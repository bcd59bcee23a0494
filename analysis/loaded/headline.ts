// Loaded terms in the headline. A headline is the outlet's framing that every reader meets, and the line a
// workshop compares first ("Russia is making a show of leaving the court" against "Putin withdraws
// Russia from the court"), so it is read with the same lexicon and rules as the body. Its findings are
// kept apart from the body's (`headlineLoaded`, offsets into the title): the body's rates are per 1,000
// body words, and a headline of ten words would swamp them.
//
// Headlines differ from body text in two ways, both handled here or in findLoaded:
// - they are often in title case ("Moscow Holds International Justice in Contempt"), which findLoaded
//   reads in lower case (title-case.ts);
// - quotation marks in a headline report someone's words ('Minister calls plan "reckless"'): a term
//   inside them is quoted speech (speaker unknown), and they are never scare quotes;
// - a headline ending in a colon and a source ("Impeachment sham completely debunked: White House",
//   "Plan a disaster: PM", "… amid feud: report") reports that source's words, the usual form of many outlets without
//   quotation marks: the terms before the colon are quoted speech, the source's.
import { tokenise } from '../nlp.js';
import type { CleanArticle, LoadedTerm, Lexicon, Token } from '../types.js';
import { findLoaded } from './index.js';
import { SCARE_QUOTES } from '../lexicon/index.js';
import { quotePairs } from './scare-quotes.js';
import { documentNouns, isRoleWord, orgWords, personNouns } from '../quotes/data.js';

/** Longest headline read (characters): a "title" longer than this is a paragraph pasted into the field. */
export const MAX_HEADLINE = 400;

export function findHeadlineLoaded(title: string, lexicon: Lexicon): LoadedTerm[] {
	if (!title.trim() || title.length > MAX_HEADLINE) return [];
	const article: CleanArticle = { id: '', outlet: '', title: '', date: null, url: null, byline: null, text: title, paragraphs: [], captions: [], comments: [], removed: [], warnings: [] };
	// A headline of three capitalised words after the first is title case too.
	const tok = tokenise(title);
	const found = findLoaded(article, tok, [], lexicon, undefined, 2);
	const marks = quotePairs(title).map((p) => p.inner);
	const source = trailingSource(tok.tokens);
	return found
		.filter((f) => f.category !== SCARE_QUOTES)
		.map((f) => {
			if (source && f.end <= source.colon) return { ...f, voice: 'quoted' as const, speaker: source.name };
			return marks.some((m) => m.start <= f.start && f.end <= m.end) ? { ...f, voice: 'quoted' as const, speaker: null } : f;
		});
}

/** Labels of a piece's kind that end some headlines after a colon ("…: Analysis"): no source. */
const GENRES = new Set(['analysis', 'opinion', 'explainer', 'editorial', 'commentary', 'column', 'review', 'interview', 'live', 'updates', 'update', 'breaking', 'exclusive', 'video', 'photos', 'podcast', 'watch', 'poll', 'quiz', 'timeline', 'obituary']);

/** Words a name of a source may hold besides its capitalised ones: "Minister of Health", "US envoy". */
const SOURCE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'ADP', 'PUNCT', 'NUM']);

/**
 * "Impeachment sham completely debunked: White House": the source named after a headline's last colon,
 * in at most five words with no verb, its first capitalised, after a claim of three words or more
 * ("Breaking: …" names no source, nor "Brexit: what happens next", nor a label of the piece's kind,
 * "…: Analysis"). Where the colon is, and the source.
 */
function trailingSource(tokens: readonly Token[]): { colon: number; name: string } | null {
	let c = tokens.length - 1;
	while (c >= 0 && tokens[c].value !== ':') c--;
	if (c < 3) return null;
	const tail = tokens.slice(c + 1).filter((t) => t.value !== '.');
	const words = tail.filter((t) => /\p{L}/u.test(t.value));
	// (in lower case only a word for a source: "…: report", "…: officials", "…: police")
	const source = (t: Token) => documentNouns().has(t.normal) || personNouns().has(t.normal) || orgWords().has(t.normal) || isRoleWord(t.normal);
	if (!words.length || words.length > 5 || !(/^\p{Lu}/u.test(tail[0].value) || words.every((t) => t.pos === 'NOUN' && source(t))) || !tail.every((t) => SOURCE_POS.has(t.pos))) return null;
	if (words.length === 1 && GENRES.has(words[0].normal.toLowerCase())) return null;
	if (tokens.slice(0, c).filter((t) => /\p{L}/u.test(t.value)).length < 3) return null;
	return { colon: tokens[c].start, name: tail.map((t) => t.value).join(' ') };
}
