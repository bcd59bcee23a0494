// Writing one article row: what is checked before it (the metadata, and that the text is not already
// in the collection) and the insert itself. The Store calls these inside its transactions; seed-sync.ts
// and collection-io.ts reach them through the Store. An error names the input (a file name or "article").
import { dupHash, type DB } from './db.js';
import { sha256 } from './engine.js';
import { InputError, NotFoundError } from './errors.js';
import { LIMITS, isUniqueViolation, newId, now, type CollectionRow } from './store-rows.js';
import { checkDate, checkFormat, checkFreeText, checkKind, checkLabel, checkUrlField } from './validate.js';
import type { ArticleFormat, ArticleOrigin, NewArticle } from './types.js';

/** An article's fields as the insert takes them: its text and format decided. */
export type InsertFields = Omit<NewArticle, 'content'> & { content: string; format: ArticleFormat };

/** The collection's row with its article count, or NotFoundError. */
export function collectionRow(db: DB, id: string): CollectionRow {
	const r = db
		.prepare(
			`SELECT c.*, (SELECT COUNT(*) FROM articles a WHERE a.collection_id = c.id) AS article_count
			 FROM collections c WHERE c.id = ?`
		)
		.get(id) as CollectionRow | undefined;
	if (!r) throw new NotFoundError('Collection', id);
	return r;
}

/**
 * What insertArticle() checks before it writes: the metadata, and that the text is not already in
 * the collection (InputError naming `input`). Read-only; run it in a transaction.
 */
export function checkInsert(db: DB, collectionId: string, input: string, a: InsertFields) {
	const outlet = checkLabel(`${input} outlet`, a.outlet, { required: true, max: LIMITS.outlet });
	const title = checkLabel(`${input} headline`, a.title, { required: false, max: LIMITS.title });
	const date = checkDate(`${input} date`, a.date);
	const url = checkUrlField(`${input} url`, a.url);
	const kind = checkKind(`${input} kind`, a.kind);
	const note = checkFreeText(`${input} note`, a.note, LIMITS.note);
	const format = checkFormat(`${input} format`, a.format);
	const hash = sha256(a.content);
	const dupKey = dupHash(a.content);
	collectionRow(db, collectionId);
	// Compared on the normalised text: the same article with other line ends or an extra
	// trailing newline is still the same article.
	const dup = db
		.prepare('SELECT outlet, title FROM articles WHERE collection_id = ? AND (dup_hash = ? OR content_hash = ?)')
		.get(collectionId, dupKey, hash) as { outlet: string; title: string } | undefined;
	if (dup) throw duplicateError(input, dup);
	return { outlet, title, date, url, kind, note, format, hash, dupKey };
}

/**
 * Validate and insert one article; must run inside a transaction (it also touches the
 * collection's updated_at). `input` names the article in errors (a file name or "article").
 */
export function insertArticle(db: DB, collectionId: string, input: string, a: InsertFields & { id?: string; origin: ArticleOrigin }): string {
	const { outlet, title, date, url, kind, note, format, hash, dupKey } = checkInsert(db, collectionId, input, a);
	const id = a.id ?? newId();
	const t = now();
	try {
		db.prepare(
			`INSERT INTO articles (id, collection_id, outlet, title, date, url, kind, origin, format, content, content_hash, dup_hash, bytes, created_at, note)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		).run(id, collectionId, outlet, title, date, url, kind, a.origin, format, a.content, hash, dupKey, Buffer.byteLength(a.content, 'utf8'), t, note);
	} catch (e) {
		if (isUniqueViolation(e)) throw new InputError(input, 'is already in this collection');
		throw e;
	}
	db.prepare('UPDATE collections SET updated_at = ? WHERE id = ?').run(t, collectionId);
	return id;
}

function duplicateError(input: string, dup: { outlet: string; title: string }): InputError {
	const what = dup.title ? `${dup.outlet}: "${dup.title}"` : dup.outlet;
	return new InputError(input, `is already in this collection (same text as ${what})`);
}
