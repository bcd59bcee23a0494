// CSV rows for spreadsheets: one row per article with its headline figures.
import type { ArticleAnalysis, Lexicon } from './types.js';

/** Quote a CSV field when it holds a separator, quote or line break (RFC 4180). */
export function csvField(v: string | number | null | undefined): string {
	if (v == null) return '';
	const s = String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: (string | number | null | undefined)[]) => fields.map(csvField).join(',');

const categoryIds = (lexicon: Lexicon) => [...Object.keys(lexicon.categories), 'scare-quotes'].filter((c, i, a) => a.indexOf(c) === i);

export function articleCsvHeader(lexicon: Lexicon): string {
	return csvLine([
		'id', 'outlet', 'title', 'date', 'words',
		'quotes', 'direct_quotes', 'indirect_quotes', 'quoted_words', 'speakers', 'top_speaker', 'top_speaker_share',
		'loaded_terms', 'loaded_per_1000', 'own_voice_per_1000', 'quoted_per_1000',
		...categoryIds(lexicon).map((c) => `${c}_per_1000`),
		'neutral_cues', 'loaded_cues', 'body_sentiment', 'comments', 'comment_sentiment', 'own_voice_tone', 'quoted_tone'
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
		a.sentiment.quoted == null ? '' : r3(a.sentiment.quoted)
	]);
}
