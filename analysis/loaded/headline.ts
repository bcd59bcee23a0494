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
//   inside them is quoted speech (speaker unknown), and they are never scare quotes.
import { tokenise } from '../nlp.js';
import type { CleanArticle, LoadedTerm, Lexicon } from '../types.js';
import { findLoaded } from './index.js';
import { SCARE_QUOTES } from '../lexicon/index.js';
import { quotePairs } from './scare-quotes.js';

/** Longest headline read (characters): a "title" longer than this is a paragraph pasted into the field. */
export const MAX_HEADLINE = 400;

export function findHeadlineLoaded(title: string, lexicon: Lexicon): LoadedTerm[] {
	if (!title.trim() || title.length > MAX_HEADLINE) return [];
	const article: CleanArticle = { id: '', outlet: '', title: '', date: null, url: null, byline: null, text: title, paragraphs: [], captions: [], comments: [], removed: [], warnings: [] };
	// A headline of three capitalised words after the first is title case too.
	const found = findLoaded(article, tokenise(title), [], lexicon, undefined, 2);
	const marks = quotePairs(title).map((p) => p.inner);
	return found
		.filter((f) => f.category !== SCARE_QUOTES)
		.map((f) => (marks.some((m) => m.start <= f.start && f.end <= m.end) ? { ...f, voice: 'quoted' as const, speaker: null } : f));
}
