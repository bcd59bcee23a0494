// Shared by the quotes-stage tests: an article from a string, the stage's context over it, the quotes.
import { paragraphSpans, tokenise } from '../../../analysis/nlp.js';
import { analyseQuotes, loadGroupRules } from '../../../analysis/quotes/index.js';
import { loadDefaultLexicon } from '../../../analysis/lexicon/index.js';
import { Ctx } from '../../../analysis/quotes/context.js';
import { buildEntityIndex } from '../../../analysis/quotes/entity-index.js';
import { markedSpans } from '../../../analysis/quotes/spans.js';
import { reportingLemmas } from '../../../analysis/quotes/cues.js';
import type { CleanArticle, Entity, Quote } from '../../../analysis/types.js';

export const rules = loadGroupRules();
export const lexicon = loadDefaultLexicon();

export function article(text: string, outlet = 'o'): CleanArticle {
	return { id: 't', outlet, title: '', date: null, url: null, byline: null, text, paragraphs: [], captions: [], comments: [], removed: [], warnings: [] };
}

/** The stage's context over a text, entities scanned, as findQuotes builds it. */
export function ctxOf(text: string): Ctx {
	const paragraphs = paragraphSpans(text).paragraphs;
	const ctx = new Ctx(text, tokenise(text), paragraphs, markedSpans(text, paragraphs), reportingLemmas(lexicon));
	ctx.entities = buildEntityIndex(ctx);
	return ctx;
}

export function analyse(text: string): { quotes: Quote[]; entities: Entity[] } {
	return analyseQuotes(article(text), tokenise(text), rules, lexicon);
}

/** The token index of the first token with this text. */
export function tokenIndex(ctx: Ctx, word: string, from = 0): number {
	const i = ctx.toks.findIndex((t, k) => k >= from && t.value === word);
	if (i < 0) throw new Error(`no token "${word}"`);
	return i;
}

export const slice = (text: string, s: { start: number; end: number } | null | undefined) => (s ? text.slice(s.start, s.end) : null);
