// The single entry point the routes import ($lib/server/index.ts). Plain typed functions over one
// lazily-opened Store (SQLite file under SLANT_DATA_DIR, default ./data/slant.db); tests open their
// own Store with openStore(path). Errors: InputError (400, message safe to show), NotFoundError (404).
import { getStore } from './store-instance.js';
import { submitArticle, submitFiles } from './admit.js';
import { Predictions } from './predict.js';
import { Snapshots } from './snapshots.js';
import { correctQuote as correctQuoteIn, uncorrectQuote as uncorrectQuoteIn, type QuoteAt } from './quote-fixes.js';
import type { Store as StoreClass } from './store.js';
import type { Lexicon } from '../../../analysis/types.js';
import type {
	ArticleAnalysis,
	ArticleMeta,
	ArticleRecord,
	ArticleUpdate,
	Collection,
	CollectionAnalysis,
	CollectionExport,
	CollectionSettings,
	CollectionSettingsPatch,
	CollectionSummary,
	CollectionUpdate,
	NewArticle,
	NewCollection,
	UploadFile,
	UploadResult,
	UrlArticleMeta
} from './types.js';

export * from './types.js';
export { InputError, NotFoundError, ForbiddenError, TooManyError, AnalysisPending, AnalysisFailed, errorStatus } from './errors.js';
export { openStore, Store, SEED_COLLECTION_ID, type StoreOptions } from './store.js';
export { getStore, closeStore, warmUp } from './store-instance.js';
export { maxBytes, requestLimit, ALLOWED_EXTENSIONS } from './validate.js';
export { MIN_ARTICLE_WORDS } from './admit.js';
export { termSpans, termSpansMany } from './term-spans.js';

// ---------------------------------------------------------------- collections

export const listCollections = (): CollectionSummary[] => getStore().listCollections();
export const getCollection = (id: string): Collection => getStore().getCollection(id);
/** The id of the one collection whose id is `id` in another case, or null (an address typed in lower case). */
export const collectionIdIgnoringCase = (id: string): string | null => getStore().collectionIdIgnoringCase(id);
export const createCollection = (input: NewCollection): Collection => getStore().createCollection(input);
/** Rename and/or change the description. */
export const updateCollection = (id: string, patch: CollectionUpdate): Collection => getStore().updateCollection(id, patch);
export const renameCollection = (id: string, name: string): Collection => getStore().updateCollection(id, { name });
/** Deletes its articles too. The seed collection comes back at the next start-up. */
export const deleteCollection = (id: string): void => getStore().deleteCollection(id);
/** Id of the shipped example collection, or null if it was deleted since start-up. */
export const getSeedCollectionId = (): string | null => getStore().seedCollectionId();

// ---------------------------------------------------------------- articles

export const listArticles = (collectionId: string): ArticleMeta[] => getStore().listArticles(collectionId);
export const getArticle = (id: string): ArticleRecord => getStore().getArticle(id);
/**
 * Paste (or any single article). Rejects with InputError on bad input, a duplicate, or a text that
 * holds no article or under MIN_ARTICLE_WORDS words (admit.ts); nothing is saved then.
 */
export const addArticle = (collectionId: string, input: NewArticle): Promise<ArticleMeta> => submitArticle(getStore(), collectionId, input);
/** Batch upload: each file succeeds or fails on its own (with the reason); one bad file does not stop the others. */
export const addArticles = (collectionId: string, files: UploadFile[]): Promise<UploadResult[]> => submitFiles(getStore(), collectionId, files);
/** Fetch a public http(s) page (no private addresses, 10 s, size-capped) and store its HTML. */
export const addArticleFromUrl = (collectionId: string, url: string, meta?: UrlArticleMeta): Promise<ArticleMeta> =>
	getStore().addArticleFromUrl(collectionId, url, meta);
/** The article's metadata; NotFoundError unless it exists and (when given) belongs to `collectionId`. */
export const getArticleMeta = (id: string, collectionId?: string): ArticleMeta => getStore().articleIn(id, collectionId);
/**
 * Metadata only; content is immutable (delete and re-add to change it). Does not invalidate the cache.
 * Routes pass the collection in their URL: an article of another collection is NotFoundError.
 */
export const updateArticle = (id: string, patch: ArticleUpdate, collectionId?: string): ArticleMeta =>
	getStore().updateArticle(id, patch, collectionId);
export const deleteArticle = (id: string, collectionId?: string): void => getStore().deleteArticle(id, collectionId);

// ---------------------------------------------------------------- analysis and settings

/**
 * How long a page waits for analyses it started before it shows what is done (the rest is listed as
 * "being analysed" and the page reloads itself). A fresh paste of ordinary length is done well within it.
 */
export const PAGE_WAIT_MS = 3000;
/** Start what the collection still needs analysed (on the worker threads) and wait up to `waitMs`; true when all are done. */
export const analysisReady = (collectionId: string, waitMs = PAGE_WAIT_MS): Promise<boolean> => getStore().ensureAnalysed(collectionId, waitMs);
/** The same for one article; by default waits until it is done (or failed, or over the time limit). */
export const articleReady = (articleId: string, waitMs = Infinity): Promise<boolean> => getStore().ensureArticleAnalysed(articleId, waitMs);
/**
 * Everything the overview needs; cached per content+lexicon+code version, memoised in memory. Call
 * analysisReady() first: articles not analysed yet are listed in `pending`, not computed here.
 */
export const analyseCollection = (collectionId: string): CollectionAnalysis => getStore().analyseCollection(collectionId);
/** One article analysed with its collection's lexicon and speaker overrides (article page); call articleReady() first. */
export const analyseStoredArticle = (articleId: string): ArticleAnalysis => getStore().analyseStoredArticle(articleId);
export const getSettings = (collectionId: string): CollectionSettings => getStore().getCollection(collectionId).settings;
/** Replace the parts given (lexicon.add, lexicon.remove, speakers) and keep the rest. */
export const setSettings = (collectionId: string, patch: CollectionSettingsPatch): Collection => getStore().setSettings(collectionId, patch);
export const resetSettings = (collectionId: string): Collection => getStore().resetSettings(collectionId);
/** Give one quote of an article its speaker, or (null) say it is no quote (quote-fixes.ts). */
export const correctQuote = (collectionId: string, articleId: string, at: QuoteAt, speaker: string | null): string =>
	correctQuoteIn(getStore(), collectionId, articleId, at, speaker);
/** Take back a correction of one quote. */
export const uncorrectQuote = (collectionId: string, articleId: string, at: QuoteAt): string => uncorrectQuoteIn(getStore(), collectionId, articleId, at);
export { offsetField } from './quote-fixes.js';
/** Recreate a collection from exportCollection() output (new ids); all or nothing. */
export const importCollection = (data: unknown): Collection => getStore().importCollection(data);
/** The default lexicon with these changes applied (what a collection with these settings matches). */
export const lexiconFor = (changes: CollectionSettings['lexicon']): Lexicon => getStore().engine.lexiconFor(changes);
/** Categories a facilitator may add lexicon terms to. */
export const getLexiconCategories = (): string[] => getStore().lexiconCategories();
export const exportCollection = (collectionId: string): CollectionExport => getStore().exportCollection(collectionId);

// ---------------------------------------------------------------- facilitator

/** The secret in the facilitator link (see facilitator-token.ts); made on first use. */
export const getFacilitatorToken = (): string => getStore().facilitatorToken();
export const isFacilitatorToken = (candidate: string | null | undefined): boolean => getStore().isFacilitatorToken(candidate);
/** A new token: every earlier link and facilitator cookie stops working at once. */
export const rotateFacilitatorToken = (): string => getStore().rotateFacilitatorToken();

// ---------------------------------------------------------------- workshop activities


const activities = new WeakMap<StoreClass, { predictions: Predictions; snapshots: Snapshots }>();
function activitiesOf(store: StoreClass) {
	let a = activities.get(store);
	if (!a) activities.set(store, (a = { predictions: new Predictions(store.db), snapshots: new Snapshots(store.db) }));
	return a;
}

/** Predict-then-reveal questions and answers of the app's store (see predict.ts). */
export const predictions = (): Predictions => activitiesOf(getStore()).predictions;
/** Frozen snapshot links of the app's store (see snapshots.ts). */
export const snapshots = (): Snapshots => activitiesOf(getStore()).snapshots;
export { DEVICE_COOKIE, isDeviceId, newDeviceId, type NewQuestion } from './predict.js';
export { isSnapshotToken, type Snapshot, type SnapshotInfo } from './snapshots.js';
