// The analysis pipeline: segment → tokenise → quotes → loaded terms → sentiment, in that fixed order,
// each stage a pure function of what the earlier ones produced. compareOutlets() (compare.ts) is the
// fifth stage, across articles. Nothing here imports Svelte or Kit: the CLI, the server and the tests
// all run this same code.
import { segment } from './segment/index.js';
import { tokenise } from './nlp.js';
import { analyseQuotes, summariseQuotes } from './quotes/index.js';
import { applyOutletVoice, findLoaded, summariseLoaded } from './loaded/index.js';
import { scoreComment, scoreSentiment } from './sentiment/index.js';
import { countTerms } from './compare.js';
import type { AnalysisOptions, ArticleAnalysis, ArticleInput, CleanArticle, Comment } from './types.js';

export function cleanArticle(input: ArticleInput): CleanArticle {
	if (input.raw) {
		const text = input.text ?? '';
		return {
			id: input.id,
			outlet: input.outlet ?? '',
			title: input.title ?? '',
			date: input.date ?? null,
			url: input.url ?? null,
			byline: null,
			text,
			paragraphs: [],
			captions: [],
			comments: [],
			removed: []
		};
	}
	return segment(input);
}

export function analyseArticle(input: ArticleInput, options: AnalysisOptions): ArticleAnalysis {
	const article = cleanArticle(input);
	return analyseClean(article, options);
}

/** Run the stages after segmentation on an already-clean article. */
export function analyseClean(article: CleanArticle, options: AnalysisOptions): ArticleAnalysis {
	const tok = tokenise(article.text, article.paragraphs.length ? article.paragraphs : undefined);
	const paragraphs = article.paragraphs.length
		? article.paragraphs
		: [...new Set(tok.sentences.map((s) => s.paragraph))].map((p) => {
				const ss = tok.sentences.filter((s) => s.paragraph === p);
				return { start: ss[0].start, end: ss[ss.length - 1].end };
			});
	const found = analyseQuotes(article, tok, options.groupRules, options.lexicon);
	const { quotes, speakers, groups, cues, unattributed } = summariseQuotes(found.quotes, article.text.length, options.overrides, found.entities);
	const loaded = findLoaded(article, tok, quotes, options.lexicon);
	const loadedSummary = summariseLoaded(loaded, tok.words, options.lexicon);
	const sentiment = scoreSentiment(article.text, tok);
	const comments: Comment[] = article.comments.map((c) => ({ ...c, sentiment: scoreComment(c.text) }));
	const commentSentiment = comments.length ? comments.reduce((s, c) => s + c.sentiment, 0) / comments.length : null;
	return applyOutletVoice({
		id: article.id,
		outlet: article.outlet,
		title: article.title,
		date: article.date,
		url: article.url,
		byline: article.byline,
		text: article.text,
		words: tok.words,
		paragraphs,
		quotes,
		speakers,
		groups,
		cues,
		unattributed,
		entities: found.entities,
		loaded,
		loadedSummary,
		sentiment,
		comments,
		commentSentiment,
		captions: article.captions,
		removed: article.removed,
		terms: countTerms(tok.tokens)
	});
}
