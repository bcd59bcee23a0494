// A collection's articles sorted for the comparison: the analysed ones, and those left out with why.
// One text the analysis chokes on must not take the whole dashboard down: it is reported in `failed`
// (so the facilitator can see and remove it) and the rest is compared. An article not in English is
// left out too (Slant's word lists and rules are English, so its figures would mislead the
// comparison), named with the language found. A text still being analysed is reported in `pending`
// and left out until it is done. store.ts's analyseCollection() uses it.
import { AnalysisFailed, AnalysisPending } from './errors.js';
import type { ArticleAnalysis, ArticleMeta, CollectionAnalysis } from './types.js';

export interface SortedArticles {
	articles: ArticleAnalysis[];
	/** The stored metadata of `articles`, in the same order. */
	analysed: ArticleMeta[];
	failed: CollectionAnalysis['failed'];
	pending: CollectionAnalysis['pending'];
}

/** `read` gives an article's analysis, or throws AnalysisPending / AnalysisFailed (store.ts). */
export function sortForComparison(metas: ArticleMeta[], read: (m: ArticleMeta) => ArticleAnalysis): SortedArticles {
	const out: SortedArticles = { articles: [], analysed: [], failed: [], pending: [] };
	for (const m of metas) {
		try {
			const a = read(m);
			const foreign = a.warnings?.find((w) => w.code === 'not-english');
			if (foreign) {
				out.failed.push({ id: m.id, outlet: m.outlet, title: a.title, error: foreign.message, reason: 'language' });
				continue;
			}
			out.articles.push(a);
			out.analysed.push(m);
		} catch (e) {
			if (e instanceof AnalysisPending) {
				out.pending.push({ id: m.id, outlet: m.outlet, title: m.title });
				continue;
			}
			// A cached failure was logged when it happened; anything else is new.
			if (!(e instanceof AnalysisFailed)) console.error(`Slant: analysis failed for article ${m.id} (${m.outlet}):`, (e as Error)?.message ?? e);
			out.failed.push({ id: m.id, outlet: m.outlet, title: m.title, error: (e as Error)?.message ?? String(e), reason: 'error' });
		}
	}
	return out;
}
