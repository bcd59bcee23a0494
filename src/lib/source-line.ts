// The line every export and the handout carry: which collection, how many articles and when they were
// published, and the day the figures were made. Reviews read a lone date as the articles' date; each
// date now says what it is.
import type { ArticleCard } from './shapes';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Nov 2019"–"14 Nov 2019" as "12–14 Nov 2019", "30 Oct – 2 Nov 2019", "30 Dec 2019 – 2 Jan 2020" (short: the line must fit a handout's foot). */
function dayRange(a: string, b: string): string {
	const [ya, ma, da] = a.split('-').map(Number);
	const [yb, mb, db] = b.split('-').map(Number);
	const day = (y: number, m: number, d: number) => `${d} ${MONTHS[m - 1]} ${y}`;
	if (a === b) return day(ya, ma, da);
	if (ya === yb && ma === mb) return `${da}–${db} ${MONTHS[ma - 1]} ${ya}`;
	if (ya === yb) return `${da} ${MONTHS[ma - 1]} – ${day(yb, mb, db)}`;
	return `${day(ya, ma, da)} – ${day(yb, mb, db)}`;
}

/** "published 12 Nov 2019", "published 12–14 Nov 2019", "" when no article is dated. */
export function publishedRange(articles: Pick<ArticleCard, 'date'>[]): string {
	const days = articles
		.map((a) => a.date?.slice(0, 10) ?? '')
		.filter((d) => /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/.test(d))
		.sort();
	if (!days.length) return '';
	const undated = articles.length - days.length;
	return `published ${dayRange(days[0], days[days.length - 1])}${undated ? `, ${undated} undated` : ''}`;
}

/**
 * `Source: “name”, 4 articles published 12–14 Nov 2019 (1 more left out: …) · made with
 * Slant on 2026-11-30`. `left`: what was left out, in brackets, or ""; `when`: the closing part, "made
 * with Slant on <day>" or "snapshot of <day> · made with Slant".
 */
export function sourceText(name: string, articles: Pick<ArticleCard, 'date'>[], left: string, when: string): string {
	const published = publishedRange(articles);
	return `Source: “${name}”, ${articles.length} article${articles.length === 1 ? '' : 's'}${published ? ` ${published}` : ''}${left} · ${when}`;
}
