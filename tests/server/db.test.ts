// Schema creation and migration on real files.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION, migrate, openDatabase, schemaVersion, type Migration } from '../../src/lib/server/db.js';
import { dbFile, store } from './helpers.js';

const tables = (db: Database.Database) =>
	(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
	it('creates the latest schema on a fresh file, with WAL and foreign keys on', () => {
		const db = openDatabase(dbFile());
		expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
		expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
		expect(tables(db)).toEqual(expect.arrayContaining(['analysis_cache', 'articles', 'collections']));
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
		db.close();
	});

	it('upgrades a version-1 file in place and keeps its data', () => {
		const file = dbFile();
		const old = openDatabase(file, { targetVersion: 1 });
		expect(schemaVersion(old)).toBe(1);
		expect(tables(old)).not.toContain('analysis_cache');
		const t = new Date().toISOString();
		old.prepare("INSERT INTO collections (id, name, created_at, updated_at) VALUES ('c1', 'Old one', ?, ?)").run(t, t);
		old
			.prepare(
				`INSERT INTO articles (id, collection_id, outlet, title, kind, origin, format, content, content_hash, bytes, created_at)
				 VALUES ('a1', 'c1', 'Outlet', 'Headline', 'news', 'paste', 'text', 'Some text here.', 'h1', 15, ?)`
			)
			.run(t);
		old.close();

		const s = store({ file });
		expect(schemaVersion(s.db)).toBe(SCHEMA_VERSION);
		expect(s.getCollection('c1').name).toBe('Old one');
		const a = s.getArticle('a1');
		expect(a).toMatchObject({ outlet: 'Outlet', title: 'Headline', note: '', content: 'Some text here.' });
		expect(tables(s.db)).toContain('analysis_cache');
	});

	it('version 7 widens the kinds of source (opinion, fact check) and keeps every row, its duplicate key and the indexes', () => {
		const file = dbFile();
		const old = openDatabase(file, { targetVersion: 6 });
		const t = new Date().toISOString();
		old.prepare("INSERT INTO collections (id, name, created_at, updated_at) VALUES ('c1', 'Old one', ?, ?)").run(t, t);
		old
			.prepare(
				`INSERT INTO articles (id, collection_id, outlet, title, kind, origin, format, content, content_hash, bytes, created_at, dup_hash)
				 VALUES ('a1', 'c1', 'Outlet', 'Headline', 'advocacy', 'paste', 'text', 'Some text here.', 'h1', 15, ?, 'd1')`
			)
			.run(t);
		expect(() => old.prepare("UPDATE articles SET kind = 'opinion' WHERE id = 'a1'").run()).toThrow(/CHECK/);
		old.close();

		const db = openDatabase(file);
		expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
		expect(db.prepare("SELECT kind, dup_hash, content FROM articles WHERE id = 'a1'").get()).toEqual({ kind: 'advocacy', dup_hash: 'd1', content: 'Some text here.' });
		db.prepare("UPDATE articles SET kind = 'fact check' WHERE id = 'a1'").run();
		expect(() => db.prepare("UPDATE articles SET kind = 'rumour' WHERE id = 'a1'").run()).toThrow(/CHECK/);
		const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'").all() as { name: string }[]).map((r) => r.name);
		expect(indexes).toEqual(expect.arrayContaining(['articles_by_collection', 'articles_by_dup_hash']));
		// deleting the collection still deletes its articles
		db.prepare("DELETE FROM collections WHERE id = 'c1'").run();
		expect(db.prepare('SELECT COUNT(*) AS n FROM articles').get()).toEqual({ n: 0 });
		db.close();
	});

	it('rolls a failing migration back entirely and leaves the version where it was', () => {
		const file = dbFile();
		const db = openDatabase(file);
		const broken: Migration[] = [
			...MIGRATIONS,
			{
				version: SCHEMA_VERSION + 1,
				name: 'half-done step',
				up(d) {
					d.exec('CREATE TABLE should_not_exist (x INTEGER)');
					d.exec('THIS IS NOT SQL');
				}
			}
		];
		expect(() => migrate(db, broken)).toThrow(/migration .*half-done step/);
		expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
		expect(tables(db)).not.toContain('should_not_exist');
		db.close();
	});

	it('is idempotent: opening an up-to-date file changes nothing', () => {
		const file = dbFile();
		openDatabase(file).close();
		const db = openDatabase(file);
		expect(migrate(db)).toBe(SCHEMA_VERSION);
		db.close();
	});

	it('refuses a file written by a newer version instead of guessing', () => {
		const file = dbFile();
		const raw = new Database(file);
		raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
		raw.close();
		expect(() => openDatabase(file)).toThrow(/newer than this version/);
	});

	it('deleting a collection deletes its articles (ON DELETE CASCADE is enforced)', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		s.addArticle(c.id, { outlet: 'O', content: 'Some article text.' });
		s.deleteCollection(c.id);
		expect((s.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n).toBe(0);
	});
});
