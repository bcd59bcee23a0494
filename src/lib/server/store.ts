// SKELETON: signatures fixed, bodies land in the next commits.
import type {
	ArticleAnalysis, ArticleMeta, ArticleRecord, ArticleUpdate, Collection, CollectionAnalysis, CollectionExport,
	CollectionSettingsPatch, CollectionSummary, CollectionUpdate, NewArticle, NewCollection, UploadFile, UploadResult, UrlArticleMeta
} from './types.js';

export interface StoreOptions {
	seedsDir?: string | null;
}

const todo = (): never => {
	throw new Error('not implemented yet');
};

export class Store {
	constructor(readonly path: string, _options: StoreOptions = {}) {}
	close(): void {}
	seedCollectionId(): string | null { return todo(); }
	listCollections(): CollectionSummary[] { return todo(); }
	getCollection(_id: string): Collection { return todo(); }
	createCollection(_input: NewCollection): Collection { return todo(); }
	updateCollection(_id: string, _patch: CollectionUpdate): Collection { return todo(); }
	deleteCollection(_id: string): void { return todo(); }
	listArticles(_collectionId: string): ArticleMeta[] { return todo(); }
	getArticle(_id: string): ArticleRecord { return todo(); }
	addArticle(_collectionId: string, _input: NewArticle): ArticleMeta { return todo(); }
	addArticles(_collectionId: string, _files: UploadFile[]): UploadResult[] { return todo(); }
	async addArticleFromUrl(_collectionId: string, _url: string, _meta?: UrlArticleMeta): Promise<ArticleMeta> { return todo(); }
	updateArticle(_id: string, _patch: ArticleUpdate): ArticleMeta { return todo(); }
	deleteArticle(_id: string): void { return todo(); }
	analyseCollection(_collectionId: string): CollectionAnalysis { return todo(); }
	analyseStoredArticle(_articleId: string): ArticleAnalysis { return todo(); }
	setSettings(_collectionId: string, _patch: CollectionSettingsPatch): Collection { return todo(); }
	resetSettings(_collectionId: string): Collection { return todo(); }
	exportCollection(_collectionId: string): CollectionExport { return todo(); }
}

export function openStore(path: string, options: StoreOptions = {}): Store {
	return new Store(path, options);
}
let instance: Store | null = null;
export function getStore(): Store {
	return (instance ??= openStore('data/slant.db'));
}
export function closeStore(): void {
	instance?.close();
	instance = null;
}
