// CSV for spreadsheets, one writer for the CLI (`--format csv`) and the dashboard's exports
// (src/lib/csv.ts re-exports it): RFC 4180 quoting, and text cells that a spreadsheet would run as a
// formula neutralised. Plus the CLI's rows: one per article with its headline figures.
import type { ArticleAnalysis, Lexicon } from './types.js';

export type Cell = string | number | null | undefined;

/**
 * Text a spreadsheet would read as a formula or a command: starting with = + - @ (after any leading
 * spaces), or with a tab or carriage return (OWASP's CSV-injection list). An outlet called
 * "=HYPERLINK(…)" or a page title "@SUM(…)" must arrive as text.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
/** A signed number written as text ("+0.01", "-12.5", "+3%"): a spreadsheet reads it as that number, nothing runs. */
const SIGNED_NUMBER = /^[+-]\d+(?:\.\d+)?%?$/;

/**
 * One CSV field: numbers as numbers (rounded to 4 decimals; non-finite ones empty), text with a
 * leading apostrophe when it would start a formula, quoted when it holds a separator, quote or line break.
 */
export function csvCell(v: Cell): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return Number.isFinite(v) ? String(Math.round(v * 10000) / 10000) : '';
	const safe = FORMULA_START.test(v) && !SIGNED_NUMBER.test(v) ? `'${v}` : v;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (fields: Cell[]) => fields.map(csvCell).join(',');

/** A whole file for download: UTF-8 BOM (so spreadsheet programs read accents), CRLF line ends. */
export function toCsv(header: string[], rows: Cell[][]): string {
	return '\uFEFF' + [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}

const categoryIds = (lexicon: Lexicon) => [...Object.keys(lexicon.categories), 'scare-quotes'].filter((c, i, a) => a.indexOf(c) === i);

export function articleCsvHeader(lexicon: Lexicon): string {
	return csvLine([
		'id', 'outlet', 'title', 'date', 'words',
		'quotes', 'direct_quotes', 'indirect_quotes', 'quoted_words', 'speakers', 'top_speaker', 'top_speaker_share',
		'loaded_terms', 'loaded_per_1000', 'own_voice_per_1000', 'quoted_per_1000',
		...categoryIds(lexicon).map((c) => `${c}_per_1000`),
		'neutral_cues', 'loaded_cues', 'body_sentiment', 'comments', 'comment_sentiment', 'own_voice_tone', 'quoted_tone',
		'headline_loaded_terms'
	]);
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function articleCsvRow(a: ArticleAnalysis, lexicon: Lexicon): string {
	const top = [...a.speakers].sort((x, y) => y.words - x.words)[0];
	const ls = a.loadedSummary;
	return csvLine([
		a.id, a.outlet, a.title, a.date, a.words,
		a.quotes.length,
		a.quotes.filter((q) => q.kind === 'direct').length,
		a.quotes.filter((q) => q.kind === 'indirect').length,
		a.quotes.reduce((s, q) => s + q.words, 0),
		a.speakers.length, top?.speaker ?? '', top ? r3(top.share) : '',
		ls.counts.total, r3(ls.total), r3(ls.ownVoice), r3(ls.quoted),
		...categoryIds(lexicon).map((c) => r3(ls.byCategory[c]?.total ?? 0)),
		a.cues.neutral, a.cues.loaded, r3(a.sentiment.score), a.comments.length,
		a.commentSentiment == null ? '' : r3(a.commentSentiment),
		a.sentiment.ownVoice == null ? '' : r3(a.sentiment.ownVoice),
		a.sentiment.quoted == null ? '' : r3(a.sentiment.quoted),
		// The headline's loaded words as written, in order ("making a show of; Contempt").
		(a.headlineLoaded ?? []).map((l) => l.text).join('; ')
	]);
}
