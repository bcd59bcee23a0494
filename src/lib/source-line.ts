// The line every export and the handout carry: which collection, how many articles and when they were
// published, and the day the figures were made. Reviews read a lone date as the articles' date; each
// date now says what it is.
import type { ArticleCard } from './shapes';

/** "published 2019-11-12", "published 2019-11-12 to 2019-11-14", "" when no article is dated. */
export function publishedRange(articles: Pick<ArticleCard, 'date'>[]): string {
	const days = articles
		.map((a) => a.date?.slice(0, 10) ?? '')
		.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
		.sort();
	if (!days.length) return '';
	const undated = articles.length - days.length;
	const range = days[0] === days[days.length - 1] ? days[0] : `${days[0]} to ${days[days.length - 1]}`;
	return `published ${range}${undated ? `, ${undated} undated` : ''}`;
}

/**
 * `Source: “name”, 4 articles published 2019-11-12 to 2019-11-14 (1 more left out: …) · made with
 * Slant on 2026-11-30`. `left`: what was left out, in brackets, or ""; `when`: the closing part, "made
 * with Slant on <day>" or "snapshot of <day> · made with Slant".
 */
export function sourceText(name: string, articles: Pick<ArticleCard, 'date'>[], left: string, when: string): string {
	const published = publishedRange(articles);
	return `Source: “${name}”, ${articles.length} article${articles.length === 1 ? '' : 's'}${published ? ` ${published}` : ''}${left} · ${when}`;
}
