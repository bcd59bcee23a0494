// What a frozen snapshot stores: the collection's overview, every article's view with its evidence,
// and the settings in force, all as computed now. The snapshot routes (/s/<token>) read only this,
// never the live collection, so later lexicon edits, speaker merges or article edits cannot reach it.
import { analyseCollection, type CollectionSettings } from '$lib/server';
import { toArticleView, type ArticleView, type CategoryInfo, type Overview } from '$lib/shapes';
import { must } from '../../guard.server';
import { loadOverview } from './overview.server';

export const SNAPSHOT_FORMAT = 1;

export interface SnapshotData {
	format: typeof SNAPSHOT_FORMAT;
	overview: Overview;
	failed: { id: string; outlet: string; title: string; error: string; reason?: 'error' | 'language' }[];
	analysedCount: number;
	categories: CategoryInfo[];
	articles: ArticleView['article'][];
	/** The facilitator's lexicon edits and speaker changes the figures were computed with. */
	settings: CollectionSettings;
	lexiconVersion: string;
}

export function buildSnapshot(collectionId: string): { name: string; data: SnapshotData } {
	const ov = loadOverview({ collection: collectionId });
	const ca = must(() => analyseCollection(collectionId));
	const meta = new Map(ca.meta.map((m) => [m.id, m]));
	return {
		name: ca.collection.name,
		data: {
			format: SNAPSHOT_FORMAT,
			overview: ov.overview,
			failed: ov.failed,
			analysedCount: ov.analysedCount,
			categories: ov.overview.categories,
			// As the article page shows them: stored outlet, headline and date over the analysis.
			articles: ca.articles.map((a) => {
				const m = meta.get(a.id);
				return toArticleView({ ...a, outlet: m?.outlet ?? a.outlet, title: m?.title || a.title, date: m?.date ?? a.date }, m?.kind ?? null);
			}),
			settings: ca.collection.settings,
			lexiconVersion: ca.lexicon.version
		}
	};
}
