// Collections, articles and cached analyses in one SQLite file. Every write is one transaction,
// so a failure leaves the file exactly as it was. Analyses are cached in SQLite (survive a restart)
// and memoised in memory as parsed objects (the warm overview must render in well under 200 ms).
import { dupHash, openDatabase, type DB, type OpenOptions } from './db.js';
import { createEngine, sha256, type Engine, type EngineOptions } from './engine.js';
import { AnalysisFailed, AnalysisPending, InputError, NotFoundError } from './errors.js';
import { fetchPage, type FetchOptions } from './fetch-url.js';
import { pageSiteName } from '../../../analysis/segment/site-name.js';
import { pageKind } from '../../../analysis/segment/page-kind.js';
import { facilitatorToken, isFacilitatorToken, rotateFacilitatorToken } from './facilitator-token.js';
import { seedsDir } from './paths.js';
import { overlayStored } from './overlay.js';
import { LIMITS, META_COLUMNS, Memo, emptySettings, isUniqueViolation, newCollectionId, newId, now, settleWithin, toCollection, toMeta, type ArticleRow, type CollectionRow } from './store-rows.js';
import { syncSeeds } from './seed-sync.js';
import { checkInsert, collectionRow, insertArticle, type InsertFields } from './article-insert.js';
import { exportCollection, importCollection } from './collection-io.js';
import { AnalysisCache } from './analysis-cache.js';
import { ADMIT_WAIT_MS, admitBody, prepareArticle, prepareFile, roughWords } from './admit.js';
import { HeadlineCache } from './headline-cache.js';
import { sortForComparison } from './collection-analysis.js';
import { sharedGroups, withSharedGroups, withSharedOverrides } from '../../../analysis/quotes/shared-groups.js';
import {
	checkContent,
	checkDate,
	checkFreeText,
	checkKind,
	checkFormat,
	checkLabel,
	checkLexiconChanges,
	checkSpeakerOverrides,
	checkUrlField,
	formatFromFileName,
	guessFormat,
	pastedText,
	stemOf
} from './validate.js';
import type {
	ArticleAnalysis,
	ArticleFormat,
	ArticleMeta,
	ArticleOrigin,
	ArticleRecord,
	ArticleUpdate,
	Lexicon,
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

export const SEED_COLLECTION_ID = 'seeds';



export interface StoreOptions extends OpenOptions {
	/** Where seeds/manifest.json lives; null: do not import seeds. Default: seedsDir(). */
	seedsDir?: string | null;
	/** How the engine runs the analysis (worker threads by default; `inProcess` for tools and tests). */
	engineOptions?: EngineOptions;
	/** Replace parts of the analysis engine (tests count or stub `analyse`). */
	engine?: Partial<Engine>;
	/** Defaults for addArticleFromUrl (tests point it at a local server). */
	fetch?: FetchOptions;
	/** Called when seeding fails (default: console.error); start-up goes on without seeds. */
	onSeedError?: (err: unknown) => void;
}

// ---------------------------------------------------------------- the store

export class Store {
	readonly db: DB;
	readonly engine: Engine;
	private readonly fetchDefaults: FetchOptions;
	/** Analyses of stored texts: memory, SQLite, the runs under way (analysis-cache.ts). */
	private readonly cache: AnalysisCache;
	private readonly headlines: HeadlineCache;
	/** Whole-collection results by collection id, valid while their fingerprint matches. */
	private readonly collections = new Memo<{ fingerprint: string; result: CollectionAnalysis }>(50);
	/** How many times the expensive analysis ran (tests and the bench read it). */
	get analyseCalls(): number {
		return this.cache.calls;
	}

	constructor(readonly path: string, options: StoreOptions = {}) {
		this.db = openDatabase(path, options);
		try {
			this.engine = { ...createEngine(options.engineOptions), ...options.engine };
			this.fetchDefaults = options.fetch ?? {};
			this.cache = new AnalysisCache(this.db, this.engine);
			this.headlines = new HeadlineCache(this.engine);
			this.cache.prune();
			const dir = options.seedsDir === undefined ? seedsDir() : options.seedsDir;
			if (dir) {
				try {
					this.importSeeds(dir);
				} catch (e) {
					(options.onSeedError ?? ((err) => console.error('Slant: could not import the seed collection:', err)))(e);
				}
			}
		} catch (e) {
			this.db.close();
			throw e;
		}
	}

	close(): void {
		if (this.db.open) this.db.close();
		void this.engine.close?.();
	}

	/** Run `fn` in one IMMEDIATE transaction (takes the write lock up front, so no mid-way SQLITE_BUSY). */
	transaction<T>(fn: () => T): T {
		return this.db.transaction(fn).immediate();
	}

	// ------------------------------------------------------------ seeds

	/** Keep the example collection in step with seeds/manifest.json (seed-sync.ts). */
	importSeeds(dir: string): 'created' | 'updated' | 'unchanged' | 'absent' {
		return syncSeeds(this, dir);
	}


	// ------------------------------------------------------------ facilitator token

	/** The secret in the facilitator link (made on first use, kept until rotated). */
	facilitatorToken(): string {
		return facilitatorToken(this.db);
	}

	isFacilitatorToken(candidate: string | null | undefined): boolean {
		return isFacilitatorToken(this.db, candidate);
	}

	rotateFacilitatorToken(): string {
		return rotateFacilitatorToken(this.db);
	}

	seedCollectionId(): string | null {
		const r = this.db.prepare('SELECT id FROM collections WHERE is_seed = 1 ORDER BY created_at LIMIT 1').get() as { id: string } | undefined;
		return r?.id ?? null;
	}

	// ------------------------------------------------------------ collections

	private collectionRow(id: string): CollectionRow {
		return collectionRow(this.db, id);
	}

	listCollections(): CollectionSummary[] {
		const rows = this.db
			.prepare(
				`SELECT c.*, (SELECT COUNT(*) FROM articles a WHERE a.collection_id = c.id) AS article_count
				 FROM collections c ORDER BY c.is_seed DESC, c.updated_at DESC, c.rowid DESC`
			)
			.all() as CollectionRow[];
		return rows.map((r) => {
			const { settings: _settings, ...summary } = toCollection(r);
			return summary;
		});
	}

	getCollection(id: string): Collection {
		return toCollection(this.collectionRow(id));
	}

	/**
	 * The id of the one collection whose id is `id` in another case ("ap_h1vqmmcpr" typed for
	 * "aP_h1VqMmcPr", an id made before ids were lower case), or null: none, or more than one.
	 */
	collectionIdIgnoringCase(id: string): string | null {
		const rows = this.db.prepare('SELECT id FROM collections WHERE lower(id) = lower(?) LIMIT 2').all(id) as { id: string }[];
		return rows.length === 1 ? rows[0].id : null;
	}

	createCollection(input: NewCollection): Collection {
		const name = checkLabel('collection name', input?.name, { required: true, max: LIMITS.name });
		const description = checkFreeText('collection description', input?.description, LIMITS.description);
		const id = newCollectionId();
		const t = now();
		this.transaction(() => {
			this.db
				.prepare('INSERT INTO collections (id, name, description, settings, is_seed, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)')
				.run(id, name, description, JSON.stringify(emptySettings()), t, t);
		});
		return this.getCollection(id);
	}

	updateCollection(id: string, patch: CollectionUpdate): Collection {
		const sets: string[] = [];
		const values: unknown[] = [];
		if (patch?.name !== undefined) {
			sets.push('name = ?');
			values.push(checkLabel('collection name', patch.name, { required: true, max: LIMITS.name }));
		}
		if (patch?.description !== undefined) {
			sets.push('description = ?');
			values.push(checkFreeText('collection description', patch.description, LIMITS.description));
		}
		this.transaction(() => {
			this.collectionRow(id);
			if (sets.length) this.db.prepare(`UPDATE collections SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now(), id);
		});
		return this.getCollection(id);
	}

	deleteCollection(id: string): void {
		this.transaction(() => {
			const r = this.db.prepare('DELETE FROM collections WHERE id = ?').run(id);
			if (!r.changes) throw new NotFoundError('Collection', id);
		});
		this.collections.delete(id);
	}

	setSettings(id: string, patch: CollectionSettingsPatch): Collection {
		return this.transaction(() => {
			const current = this.getCollection(id).settings;
			const next: CollectionSettings = {
				lexicon: checkLexiconChanges(
					{ add: patch?.lexicon?.add ?? current.lexicon.add, remove: patch?.lexicon?.remove ?? current.lexicon.remove },
					this.lexiconCategories()
				),
				speakers: patch?.speakers !== undefined ? checkSpeakerOverrides(patch.speakers) : current.speakers
			};
			this.db.prepare('UPDATE collections SET settings = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(next), now(), id);
			return this.getCollection(id);
		});
	}

	/** Categories a facilitator may add terms to: the shipped lexicon's, minus the automatic scare quotes. */
	lexiconCategories(): string[] {
		return Object.keys(this.engine.defaultLexicon().categories).filter((c) => !/scare/i.test(c));
	}

	resetSettings(id: string): Collection {
		return this.setSettings(id, emptySettings());
	}

	// ------------------------------------------------------------ articles

	listArticles(collectionId: string): ArticleMeta[] {
		this.collectionRow(collectionId);
		return (this.db.prepare(`SELECT ${META_COLUMNS} FROM articles WHERE collection_id = ? ORDER BY rowid`).all(collectionId) as ArticleRow[]).map(toMeta);
	}

	getArticle(id: string): ArticleRecord {
		const r = this.db.prepare(`SELECT ${META_COLUMNS}, content FROM articles WHERE id = ?`).get(id) as ArticleRow | undefined;
		if (!r) throw new NotFoundError('Article', id);
		return { ...toMeta(r), content: r.content ?? '' };
	}

	private articleMeta(id: string): ArticleMeta {
		const r = this.db.prepare(`SELECT ${META_COLUMNS} FROM articles WHERE id = ?`).get(id) as ArticleRow | undefined;
		if (!r) throw new NotFoundError('Article', id);
		return toMeta(r);
	}

	/** What insertArticle() checks before it writes (article-insert.ts). Read-only; run it in a transaction. */
	checkInsert(collectionId: string, input: string, a: InsertFields) {
		return checkInsert(this.db, collectionId, input, a);
	}

	/** Validate and insert one article, inside a transaction (article-insert.ts; seed-sync.ts and collection-io.ts use it too). */
	insertArticle(collectionId: string, input: string, a: InsertFields & { id?: string; origin: ArticleOrigin }): string {
		return insertArticle(this.db, collectionId, input, a);
	}

	/**
	 * Saves without asking whether the text holds an article (tools, imports and tests); what people
	 * submit goes through submitArticle() (admit.ts), which does.
	 */
	addArticle(collectionId: string, input: NewArticle): ArticleMeta {
		const prepared = prepareArticle(input);
		const id = this.transaction(() => this.insertArticle(collectionId, 'article', { ...input, ...prepared }));
		return this.articleMeta(id);
	}

	/**
	 * Batch upload. Each file is checked and saved in its own transaction, so one bad file (binary,
	 * too big, duplicate) is reported and the others still go in. Duplicates within the batch are
	 * caught by the same unique hash. (No article check: what people upload goes through submitFiles() in admit.ts.)
	 */
	addArticles(collectionId: string, files: UploadFile[]): UploadResult[] {
		this.collectionRow(collectionId);
		return files.map((f) => {
			const name = f?.name ? String(f.name) : 'file';
			try {
				const id = this.transaction(() => this.insertArticle(collectionId, name, prepareFile(name, f)));
				return { name, ok: true, id };
			} catch (e) {
				if (e instanceof InputError || e instanceof NotFoundError) return { name, ok: false, error: e.message };
				throw e;
			}
		});
	}

	/**
	 * Refuse (InputError naming `input`) a text that holds no article or too few words to compare
	 * (admit.ts). It is analysed on the workers with the collection's lexicon, as it would be once
	 * saved, so the page that follows finds the analysis done. If the analysis fails or is slow, a
	 * rough count of the words decides instead. A refused text leaves no cached analysis behind.
	 */
	async admit(collectionId: string, input: string, content: string, format: ArticleFormat): Promise<void> {
		const { settings } = this.getCollection(collectionId);
		const lexicon = this.engine.lexiconFor(settings.lexicon);
		const hash = sha256(content);
		let words: number | null = null;
		try {
			if (await settleWithin([this.cache.start(hash, format, lexicon, settings.lexicon, content)], ADMIT_WAIT_MS)) {
				const found = this.cache.cached(hash, format, lexicon);
				if (found && 'analysis' in found) words = found.analysis.words;
			}
		} catch {
			/* judged by the rough count below */
		}
		words ??= roughWords(content, format === 'html');
		try {
			admitBody(input, words, format === 'html' ? 0 : roughWords(content, false));
		} catch (e) {
			this.cache.forgetUnsaved(hash);
			throw e;
		}
	}

	async addArticleFromUrl(collectionId: string, url: string, meta: UrlArticleMeta = {}, fetchOptions: FetchOptions = {}): Promise<ArticleMeta> {
		this.collectionRow(collectionId);
		// Check the metadata before spending up to 10 s on the network.
		checkLabel('article outlet', meta.outlet, { required: false, max: LIMITS.outlet });
		checkLabel('article headline', meta.title, { required: false, max: LIMITS.title });
		checkDate('article date', meta.date);
		checkKind('article kind', meta.kind);
		const page = await fetchPage(url, { ...this.fetchDefaults, ...fetchOptions });
		const host = new URL(page.url).hostname.replace(/^www\./, '');
		// A page with no article (a front page, a list of links, one loaded by scripts) is refused, named by its address.
		await this.admit(collectionId, 'url', page.content, page.format);
		const id = this.transaction(() =>
			this.insertArticle(collectionId, 'article', {
				// (the name the page gives its site, "The Sun", else the address's host, "thesun.co.uk")
				outlet: meta.outlet?.trim() ? meta.outlet : ((page.format === 'html' ? pageSiteName(page.content) : null) ?? host),
				title: meta.title,
				date: meta.date,
				kind: meta.kind ?? (page.format === 'html' ? (pageKind(page.content, page.url) ?? undefined) : undefined),
				url: page.url,
				origin: 'url',
				format: page.format,
				content: page.content
			})
		);
		return this.articleMeta(id);
	}

	/** The article, or NotFoundError if it is not there or (when given) not in `collectionId`. */
	articleIn(id: string, collectionId?: string): ArticleMeta {
		const a = this.articleMeta(id);
		if (collectionId !== undefined && a.collectionId !== collectionId) throw new NotFoundError('Article', `${id}" in collection "${collectionId}`);
		return a;
	}

	updateArticle(id: string, patch: ArticleUpdate, collectionId?: string): ArticleMeta {
		const sets: string[] = [];
		const values: unknown[] = [];
		const set = (col: string, v: unknown) => {
			sets.push(`${col} = ?`);
			values.push(v);
		};
		if (patch?.outlet !== undefined) set('outlet', checkLabel('outlet', patch.outlet, { required: true, max: LIMITS.outlet }));
		if (patch?.title !== undefined) set('title', checkLabel('headline', patch.title, { required: false, max: LIMITS.title }));
		if (patch?.date !== undefined) set('date', checkDate('date', patch.date));
		if (patch?.url !== undefined) set('url', checkUrlField('url', patch.url));
		if (patch?.kind !== undefined) set('kind', checkKind('kind', patch.kind));
		if (patch?.note !== undefined) set('note', checkFreeText('note', patch.note, LIMITS.note));
		this.transaction(() => {
			const a = this.articleIn(id, collectionId);
			if (!sets.length) return;
			this.db.prepare(`UPDATE articles SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
			this.db.prepare('UPDATE collections SET updated_at = ? WHERE id = ?').run(now(), a.collectionId);
		});
		return this.articleMeta(id);
	}

	deleteArticle(id: string, collectionId?: string): void {
		this.transaction(() => {
			const a = this.articleIn(id, collectionId);
			this.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
			this.db.prepare('UPDATE collections SET updated_at = ? WHERE id = ?').run(now(), a.collectionId);
			// (the facilitator's corrections of its quotes go with it)
			const { speakers } = this.getCollection(a.collectionId).settings;
			if (speakers.quoteFixes?.some((f) => f.article === id)) {
				const quoteFixes = speakers.quoteFixes.filter((f) => f.article !== id);
				this.setSettings(a.collectionId, { speakers: { ...speakers, quoteFixes: quoteFixes.length ? quoteFixes : undefined } });
			}
		});
	}

	// ------------------------------------------------------------ analysis

	/**
	 * Start the analysis of every article of the collection that has none yet, and wait for them,
	 * at most `waitMs`. True when nothing is left pending. Pages call this before reading, so a
	 * page waits a moment for a fresh paste but is never held up by a long one: that article is
	 * shown as being analysed until it is done.
	 */
	async ensureAnalysed(collectionId: string, waitMs = Infinity): Promise<boolean> {
		const { settings } = this.getCollection(collectionId);
		const lexicon = this.engine.lexiconFor(settings.lexicon);
		const metas = this.listArticles(collectionId);
		const pending: Promise<void>[] = [this.headlines.ensure(metas.map((m) => m.title), lexicon, settings.lexicon)];
		for (const m of metas)
			if (!this.cache.settled(m.contentHash, m.format, lexicon)) pending.push(this.cache.start(m.contentHash, m.format, lexicon, settings.lexicon));
		return settleWithin(pending, waitMs);
	}

	/** ensureAnalysed() for one article. */
	async ensureArticleAnalysed(articleId: string, waitMs = Infinity): Promise<boolean> {
		const meta = this.articleMeta(articleId);
		const { settings } = this.getCollection(meta.collectionId);
		const lexicon = this.engine.lexiconFor(settings.lexicon);
		const headline = this.headlines.ensure([meta.title], lexicon, settings.lexicon);
		if (this.cache.settled(meta.contentHash, meta.format, lexicon)) return settleWithin([headline], waitMs);
		return settleWithin([headline, this.cache.start(meta.contentHash, meta.format, lexicon, settings.lexicon)], waitMs);
	}

	/** The cached analysis of the article's text, with what is stored about it over it (overlay.ts). */
	private articleAnalysis(meta: ArticleMeta, settings: CollectionSettings, lexicon: Lexicon): ArticleAnalysis {
		let found = this.cache.cached(meta.contentHash, meta.format, lexicon);
		if (!found) {
			// Nobody asked for it yet (a read without ensureAnalysed): start it now. An in-process
			// engine has the row written already; a worker's result comes later.
			void this.cache.start(meta.contentHash, meta.format, lexicon, settings.lexicon);
			found = this.cache.cached(meta.contentHash, meta.format, lexicon);
			if (!found) throw new AnalysisPending(meta.id);
		}
		if ('error' in found) throw new AnalysisFailed(found.error);
		return overlayStored(found.analysis, meta, settings, lexicon, this.engine, this.headlines);
	}

	analyseCollection(collectionId: string): CollectionAnalysis {
		const collection = this.getCollection(collectionId);
		const meta = this.listArticles(collectionId);
		const lexicon = this.engine.lexiconFor(collection.settings.lexicon);
		// Everything the result depends on; updated_at alone would miss a lexicon file change.
		const fingerprint = JSON.stringify([collection, meta, lexicon.version, this.engine.codeVersion]);
		const memo = this.collections.get(collectionId);
		if (memo && memo.fingerprint === fingerprint) return memo.result;
		// Analysed, failed, not in English, or still pending (collection-analysis.ts).
		const sorted = sortForComparison(meta, (m) => this.articleAnalysis(m, collection.settings, lexicon));
		const { analysed, failed, pending } = sorted;
		// One speaker, one group: a speaker an article leaves unclassified takes the group another article
		// of the collection gives them (analysis/quotes/shared-groups.ts).
		const shared = sharedGroups(sorted.articles);
		const articles = sorted.articles.map((a) => withSharedGroups(a, shared));
		const outlets = this.engine.compare(articles, lexicon, withSharedOverrides(collection.settings.speakers, shared));
		const result: CollectionAnalysis = { collection, lexicon, articles, meta: analysed, outlets, failed, pending };
		// A result with articles still pending, or a headline not read yet, is not kept: the next read
		// picks up what finished.
		if (!pending.length && articles.every((a) => a.headlineLoaded)) this.collections.set(collectionId, { fingerprint, result });
		return result;
	}

	analyseStoredArticle(articleId: string): ArticleAnalysis {
		const meta = this.articleMeta(articleId);
		const { settings } = this.getCollection(meta.collectionId);
		// As the collection's charts read it: with the groups its other articles give its speakers. An
		// article not among them (pending, failed, not in English) is read alone, which says why.
		const inCollection = this.analyseCollection(meta.collectionId).articles.find((a) => a.id === articleId);
		return inCollection ?? this.articleAnalysis(meta, settings, this.engine.lexiconFor(settings.lexicon));
	}

	/** Recreate an exported collection as a new one, all or nothing (collection-io.ts). */
	importCollection(data: unknown): Collection {
		return importCollection(this, data);
	}

	exportCollection(collectionId: string): CollectionExport {
		return exportCollection(this, collectionId);
	}
}

export function openStore(path: string, options: StoreOptions = {}): Store {
	return new Store(path, options);
}
