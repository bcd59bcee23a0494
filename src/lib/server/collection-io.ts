// A collection as one file and back (Manage → export / import): every article with its text and
// settings; an import is checked like any upload and saved all or nothing.
import { InputError } from './errors.js';
import { checkContent, checkFormat, checkFreeText, checkLabel, checkLexiconChanges, checkSpeakerOverrides, guessFormat } from './validate.js';
import { LIMITS, META_COLUMNS, newCollectionId, now, toMeta, type ArticleRow } from './store-rows.js';
import type { Store } from './store.js';
import { ARTICLE_ORIGINS } from './types.js';
import type { ArticleOrigin, ArticleRecord, Collection, CollectionExport, CollectionSettings } from './types.js';

/**
 * Recreate an exported collection (as a new collection with new ids). All or nothing: if any
 * article is refused, nothing is saved and the InputError names the article.
 */
export function importCollection(store: Store, data: unknown): Collection {
	const d = (data ?? {}) as Partial<CollectionExport>;
	if (d.format !== 'slant-collection' || d.version !== 1 || !d.collection || !Array.isArray(d.articles))
		throw new InputError('import file', 'is not a Slant collection export');
	const src = d.collection;
	const id = newCollectionId();
	store.transaction(() => {
		const t = now();
		const settings: CollectionSettings = {
			lexicon: checkLexiconChanges(src.settings?.lexicon, store.lexiconCategories()),
			speakers: checkSpeakerOverrides(src.settings?.speakers)
		};
		store.db
			.prepare('INSERT INTO collections (id, name, description, settings, is_seed, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)')
			.run(
				id,
				checkLabel('collection name', src.name, { required: true, max: LIMITS.name }),
				checkFreeText('collection description', src.description, LIMITS.description),
				JSON.stringify(settings),
				t,
				t
			);
		const newIds = new Map<string, string>();
		(d.articles as Partial<ArticleRecord>[]).forEach((a, i) => {
			const name = `article ${i + 1}${a?.outlet ? ` (${String(a.outlet).slice(0, 60)})` : ''}`;
			const content = checkContent(name, typeof a?.content === 'string' ? a.content : '');
			const added = store.insertArticle(id, name, {
				outlet: a.outlet ?? '',
				title: a.title,
				date: a.date,
				url: a.url,
				kind: a.kind,
				note: a.note,
				// Imported seeds are ordinary articles in the new collection.
				origin: a.origin && a.origin !== 'seed' ? checkOrigin(name, a.origin) : 'upload',
				format: checkFormat(`${name} format`, a.format ?? guessFormat(content)),
				content
			});
			if (typeof a?.id === 'string') newIds.set(a.id, added);
		});
		// The corrections of single quotes name their articles: by their new ids here (those of an
		// article not in the file are dropped).
		const fixes = settings.speakers.quoteFixes;
		if (fixes?.length) {
			const moved = fixes.filter((f) => newIds.has(f.article)).map((f) => ({ ...f, article: newIds.get(f.article)! }));
			const speakers = { ...settings.speakers, quoteFixes: moved.length ? moved : undefined };
			store.db.prepare('UPDATE collections SET settings = ? WHERE id = ?').run(JSON.stringify({ ...settings, speakers }), id);
		}
	});
	return store.getCollection(id);
}

export function exportCollection(store: Store, collectionId: string): CollectionExport {
	const collection = store.getCollection(collectionId);
	const rows = store.db
		.prepare(`SELECT ${META_COLUMNS}, content FROM articles WHERE collection_id = ? ORDER BY rowid`)
		.all(collectionId) as ArticleRow[];
	return {
		format: 'slant-collection',
		version: 1,
		exportedAt: now(),
		collection,
		articles: rows.map((r) => ({ ...toMeta(r), content: r.content ?? '' }))
	};
}

function checkOrigin(input: string, v: unknown): ArticleOrigin {
	if (!ARTICLE_ORIGINS.includes(v as ArticleOrigin)) throw new InputError(`${input} origin`, `must be one of: ${ARTICLE_ORIGINS.join(', ')}`);
	return v as ArticleOrigin;
}
