// The analysis pipeline: segment → tokenise → quotes → loaded terms → sentiment, in that fixed order,
// each stage a pure function of what the earlier ones produced. compareOutlets() (compare.ts) is the
// fifth stage, across articles. Nothing here imports Svelte or Kit: the CLI, the server and the tests
// all run this same code.
import { segment } from './segment/index.js';
import { languageWarnings } from './segment/language.js';
import { MAX_RUN, tokenise } from './nlp.js';
import { analyseQuotes, cueSpans, summariseQuotes } from './quotes/index.js';
import { applyOutletVoice, findLoaded, paraphraseAsOutlet, quotedSpans, summariseLoaded } from './loaded/index.js';
import { findHeadlineLoaded } from './loaded/headline.js';
import { partialQuotes, quotePairs } from './loaded/scare-quotes.js';
import { scoreComment, scoreSentiment } from './sentiment/index.js';
import { countTerms } from './compare.js';
import { findActors, unratedJudgements } from './actors/index.js';
import type { AnalysisOptions, ArticleAnalysis, ArticleInput, ArticleWarning, CleanArticle, Comment, Span, StageName, Tokenised } from './types.js';

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
			removed: [],
			warnings: languageWarnings(text)
		};
	}
	return segment(input);
}

/**
 * Run one stage, timed when the caller asked for a breakdown (options.onStage). Stages are plain
 * calls in a fixed order; this only measures them.
 */
function stage<T>(name: StageName, options: AnalysisOptions, run: () => T): T {
	if (!options.onStage) return run();
	const t0 = performance.now();
	const out = run();
	options.onStage(name, performance.now() - t0);
	return out;
}

export function analyseArticle(input: ArticleInput, options: AnalysisOptions): ArticleAnalysis {
	const article = stage('segment', options, () => cleanArticle(input));
	return analyseClean(article, options);
}

/** Paragraph spans from the sentences (raw input has none of its own), in one pass. */
function paragraphsOf(tok: Tokenised): Span[] {
	const out: Span[] = [];
	let last = -1;
	for (const s of tok.sentences) {
		if (s.paragraph !== last) out.push({ start: s.start, end: s.end });
		else out[out.length - 1].end = s.end;
		last = s.paragraph;
	}
	return out;
}

/** Categories of loaded terms that judge in the writer's own voice, and so count in the tone of the writing when no lexicon rates them. */
const JUDGING = new Set(['emotive', 'label']);

/** Run the stages after segmentation on an already-clean article. */
export function analyseClean(article: CleanArticle, options: AnalysisOptions): ArticleAnalysis {
	const tok = stage('tokenise', options, () => tokenise(article.text, article.paragraphs.length ? article.paragraphs : undefined));
	const paragraphs = article.paragraphs.length ? article.paragraphs : paragraphsOf(tok);
	const { entities, quotes, speakers, groups, cues, unattributed } = stage('quotes', options, () => {
		const found = analyseQuotes(article, tok, options.groupRules, options.lexicon);
		return { entities: found.entities, ...summariseQuotes(found.quotes, article.text.length, options.overrides, found.entities, article.id) };
	});
	// The quotation-mark pairs of the body and the spans in someone else's words, found once for the
	// loaded terms' voice and the tone.
	const { spoken, loaded, headlineLoaded } = stage('loaded', options, () => {
		const pairs = quotePairs(article.text);
		const spoken = quotedSpans(article.text, quotes, pairs, partialQuotes(article.text, tok, pairs));
		return { spoken, loaded: findLoaded(article, tok, quotes, options.lexicon, pairs, undefined, spoken), headlineLoaded: findHeadlineLoaded(article.title, options.lexicon) };
	});
	const { sentiment, comments } = stage('tone', options, () => ({
		// (the names the quotes stage found are names, wherever they stand: "Fan Mengguang, …" opening a sentence)
		sentiment: scoreSentiment(article.text, tok, spoken, entities.flatMap((e) => e.mentions.filter((m) => m.form === 'name')), unratedJudgements(tok.tokens, loaded).filter((j) => JUDGING.has(j.l.category))),
		comments: article.comments.map((c): Comment => ({ ...c, sentiment: scoreComment(c.text) }))
	}));
	// (the actors stage reads reported speech by its own rule: the paraphrases' spans and voices are not its input)
	const actors = stage('actors', options, () => findActors(article.text, tok, entities, spoken.filter((s) => !s.paraphrase), options.groupRules, paraphraseAsOutlet(loaded, spoken), cueSpans(quotes, 'neutral'), quotes.filter((q) => q.kind === 'indirect')));
	return stage('summary', options, () => summarise(article, tok, paragraphs, { quotes, speakers, groups, cues, unattributed, entities, actors }, { loaded, headlineLoaded }, sentiment, comments, options));
}

/** The per-article figures and the contract's shape. */
function summarise(
	article: CleanArticle,
	tok: Tokenised,
	paragraphs: Span[],
	q: Pick<ArticleAnalysis, 'quotes' | 'speakers' | 'groups' | 'cues' | 'unattributed' | 'entities' | 'actors'>,
	{ loaded, headlineLoaded }: Pick<ArticleAnalysis, 'loaded' | 'headlineLoaded'>,
	sentiment: ArticleAnalysis['sentiment'],
	comments: Comment[],
	options: AnalysisOptions
): ArticleAnalysis {
	const { quotes, speakers, groups, cues, unattributed, entities, actors } = q;
	const loadedSummary = summariseLoaded(loaded, tok.words, options.lexicon);
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
		entities,
		actors,
		loaded,
		loadedSummary,
		headlineLoaded,
		sentiment,
		comments,
		commentSentiment,
		captions: article.captions,
		removed: article.removed,
		warnings: tok.brokenRuns.length ? [...article.warnings, longRunWarning(tok.brokenRuns)] : article.warnings,
		terms: countTerms(tok.tokens)
	});
}

/** Runs of characters without a space too long for the tokeniser are read in pieces (nlp.ts); say so. */
function longRunWarning(runs: Span[]): ArticleWarning {
	const longest = Math.max(...runs.map((r) => r.end - r.start));
	return {
		code: 'long-run',
		message: `${runs.length === 1 ? 'A run' : `${runs.length} runs`} of ${runs.length === 1 ? '' : 'up to '}${longest.toLocaleString('en')} characters without a space (not words) ${runs.length === 1 ? 'was' : 'were'} read in pieces of ${MAX_RUN}.`
	};
}
