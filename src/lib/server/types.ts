// The shapes the server layer hands to the routes. Kept separate from the analysis contract
// (analysis/types.ts): these describe what is *stored* (collections, articles, settings), the
// analysis types describe what is *computed*. Routes import everything via $lib/server/index.ts.
import type { ArticleAnalysis, Lexicon, OutletComparison, SpeakerOverrides } from '../../../analysis/types.js';

export type { ArticleAnalysis, Lexicon, OutletComparison, SpeakerOverrides };

/** What sort of text an article is; shown next to the outlet so a press release isn't read as news. */
export type ArticleKind = 'news' | 'opinion' | 'fact check' | 'advocacy' | 'press release' | 'other';
export const ARTICLE_KINDS: readonly ArticleKind[] = ['news', 'opinion', 'fact check', 'advocacy', 'press release', 'other'];

/** How the article got in: shown for provenance, and 'seed' marks the shipped examples. */
export type ArticleOrigin = 'paste' | 'upload' | 'url' | 'seed';
export const ARTICLE_ORIGINS: readonly ArticleOrigin[] = ['paste', 'upload', 'url', 'seed'];

/** How `content` is to be read. Markdown is flattened to text before analysis. */
export type ArticleFormat = 'text' | 'html' | 'markdown';
export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['text', 'html', 'markdown'];

/** Facilitator's lexicon edits, applied on top of the default lexicon via applyLexiconChanges. */
export interface LexiconChanges {
	add: { term: string; category: string }[];
	remove: string[];
}

/** Everything a facilitator can change about how a collection is analysed. */
export interface CollectionSettings {
	lexicon: LexiconChanges;
	speakers: SpeakerOverrides;
}

/** A partial update: only the parts given are replaced (each part wholesale). */
export interface CollectionSettingsPatch {
	lexicon?: Partial<LexiconChanges>;
	speakers?: SpeakerOverrides;
}

export interface CollectionSummary {
	id: string;
	name: string;
	description: string;
	/** The shipped example collection (re-imported at start-up if missing). */
	isSeed: boolean;
	/** ISO 8601 timestamps (UTC). */
	createdAt: string;
	updatedAt: string;
	articleCount: number;
}

export interface Collection extends CollectionSummary {
	settings: CollectionSettings;
}

export interface NewCollection {
	name: string;
	description?: string;
}

export interface CollectionUpdate {
	name?: string;
	description?: string;
}

/** An article without its (possibly large) content. */
export interface ArticleMeta {
	id: string;
	collectionId: string;
	outlet: string;
	/** As supplied; '' means "use the headline found in the page". */
	title: string;
	date: string | null;
	url: string | null;
	kind: ArticleKind;
	origin: ArticleOrigin;
	format: ArticleFormat;
	/** sha256 of `content` (hex). */
	contentHash: string;
	/** UTF-8 size of `content`. */
	bytes: number;
	createdAt: string;
	/** Facilitator's note (the seeds carry one). */
	note: string;
}

export interface ArticleRecord extends ArticleMeta {
	/** The raw text / HTML / Markdown exactly as given. */
	content: string;
}

/** A pasted (or programmatically supplied) article. */
export interface NewArticle {
	outlet: string;
	title?: string;
	date?: string | null;
	url?: string | null;
	kind?: ArticleKind;
	/** Defaults to 'paste'. */
	origin?: ArticleOrigin;
	/** Defaults to a guess from the content (HTML if it looks like markup, else text). */
	format?: ArticleFormat;
	content: string;
	note?: string;
}

export interface ArticleUpdate {
	outlet?: string;
	title?: string;
	date?: string | null;
	url?: string | null;
	kind?: ArticleKind;
	note?: string;
}

/** One file of a batch upload. Outlet defaults to the file name without extension. */
export interface UploadFile {
	name: string;
	/** Raw bytes as received (checked for binary data and invalid UTF-8), or already-decoded text. */
	data: Uint8Array | string;
	outlet?: string;
	title?: string;
	date?: string | null;
	kind?: ArticleKind;
}

export interface UploadResult {
	name: string;
	ok: boolean;
	id?: string;
	error?: string;
}

/** Optional metadata when adding by URL (the page's own headline is used if title is omitted). */
export interface UrlArticleMeta {
	outlet?: string;
	title?: string;
	date?: string | null;
	kind?: ArticleKind;
}

/**
 * The dashboard's main payload. `articles[i]` and `meta[i]` describe the same article; articles
 * carry the stored outlet/title/date/url overlaid on the cached analysis and speaker overrides
 * applied. Treat the object as read-only: it is memoised and shared between requests.
 */
export interface CollectionAnalysis {
	collection: Collection;
	lexicon: Lexicon;
	articles: ArticleAnalysis[];
	meta: ArticleMeta[];
	outlets: OutletComparison[];
	/**
	 * Articles left out of `articles`, `meta` and `outlets`: the analysis threw on them (`reason`
	 * 'error', normally none), or they are not in English ('language': Slant's word lists and rules are
	 * English, so their figures would only mislead the comparison; their own page still opens).
	 */
	failed: { id: string; outlet: string; title: string; error: string; reason?: 'error' | 'language' }[];
	/** Articles still being analysed (on a worker thread), left out until they are done. */
	pending: { id: string; outlet: string; title: string }[];
}

/** The whole-collection export (JSON download); `format` lets a later importer recognise it. */
export interface CollectionExport {
	format: 'slant-collection';
	version: 1;
	exportedAt: string;
	collection: Collection;
	articles: ArticleRecord[];
}
