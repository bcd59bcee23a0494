// What the CLI prints for one analysed article, in each format. Shared by the in-process path and
// the worker threads of a batch, so both print byte for byte the same.
import { articleCsvRow } from './csv.js';
import type { ArticleAnalysis, Lexicon } from './types.js';

/** What the contract prints for an article: the analysis without its internal term counts. */
export function publicShape(a: ArticleAnalysis): Omit<ArticleAnalysis, 'terms'> {
	const { terms: _terms, ...rest } = a;
	return rest;
}

export const jsonlLine = (a: ArticleAnalysis): string => JSON.stringify(publicShape(a));

export const csvRow = (a: ArticleAnalysis, lexicon: Lexicon): string => articleCsvRow(a, lexicon);
