// What is stored about an article over the analysis of its text. Cached analyses are keyed by the text
// alone (analysis-cache.ts), so everything a facilitator can edit without the text changing is laid on
// at read time: the stored outlet, headline, date and URL; the loaded terms of a headline other than
// the one the analysis found (headline-cache.ts); the collection's speaker overrides; and the outlet's
// own voice (quotes of the outlet's own people), which depends on the outlet name.
import { applyOutletVoice } from '../../../analysis/loaded/index.js';
import type { Engine } from './engine.js';
import type { HeadlineCache } from './headline-cache.js';
import type { ArticleAnalysis, ArticleMeta, CollectionSettings, Lexicon } from './types.js';

export function overlayStored(base: ArticleAnalysis, meta: ArticleMeta, settings: CollectionSettings, lexicon: Lexicon, engine: Engine, headlines: HeadlineCache): ArticleAnalysis {
	const overlaid: ArticleAnalysis = {
		...base,
		id: meta.id,
		outlet: meta.outlet,
		title: meta.title || base.title,
		headlineLoaded: !meta.title || meta.title === base.title ? base.headlineLoaded : headlines.read(meta.title, lexicon, settings.lexicon),
		date: meta.date ?? base.date,
		url: meta.url ?? base.url,
		removed: misreadHeadline(base, meta) ? [{ text: base.title, reason: 'read as a headline' }, ...base.removed] : base.removed
	};
	return applyOutletVoice(engine.applyOverrides(overlaid, settings.speakers), settings.speakers.ownVoice !== false);
}

/**
 * The analysis reads a text without the headline a facilitator typed (its cache is keyed by the text
 * alone), so it takes the text's first headline-like line as the headline and leaves it out of the
 * body. Where the stored headline is another, that line was the article's own text ("Story highlights
 * Two cases were confirmed …"): it is listed as kept out, never dropped unseen.
 */
function misreadHeadline(base: ArticleAnalysis, meta: ArticleMeta): boolean {
	const plain = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	return !!meta.title && !!base.title && plain(base.title) !== plain(meta.title) && !base.text.includes(base.title);
}
