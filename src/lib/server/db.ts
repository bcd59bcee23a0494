// Opening the SQLite file and bringing its schema up to date. The schema version lives in
// PRAGMA user_version; MIGRATIONS is append-only (never edit a shipped step, add a new one), and
// each step runs in its own IMMEDIATE transaction together with the version bump, so a crash or a
// failing step leaves the file at the previous version, and two processes starting at once cannot
// both apply the same step.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { duplicateKey } from './validate.js';

export type DB = Database.Database;

export interface Migration {
	version: number;
	/** Why the step exists (kept for the history, shown in errors). */
	name: string;
	up(db: DB): void;
}

export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'collections and articles',
		up(db) {
			db.exec(`
				CREATE TABLE collections (
					id          TEXT PRIMARY KEY,
					name        TEXT NOT NULL,
					description TEXT NOT NULL DEFAULT '',
					settings    TEXT NOT NULL DEFAULT '{}',
					is_seed     INTEGER NOT NULL DEFAULT 0,
					created_at  TEXT NOT NULL,
					updated_at  TEXT NOT NULL
				);
				CREATE TABLE articles (
					id            TEXT PRIMARY KEY,
					collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
					outlet        TEXT NOT NULL,
					title         TEXT NOT NULL DEFAULT '',
					date          TEXT,
					url           TEXT,
					kind          TEXT NOT NULL CHECK (kind IN ('news', 'advocacy', 'press release', 'other')),
					origin        TEXT NOT NULL CHECK (origin IN ('paste', 'upload', 'url', 'seed')),
					format        TEXT NOT NULL CHECK (format IN ('text', 'html', 'markdown')),
					content       TEXT NOT NULL,
					content_hash  TEXT NOT NULL,
					bytes         INTEGER NOT NULL,
					created_at    TEXT NOT NULL,
					-- The same text twice in one collection would double-count an outlet.
					UNIQUE (collection_id, content_hash)
				);
				CREATE INDEX articles_by_collection ON articles(collection_id);
			`);
		}
	},
	{
		version: 2,
		name: 'analysis cache and article notes',
		up(db) {
			// Keyed by what the analysis actually depends on (content, how it is read, lexicon, code),
			// not by article: the same text in two collections is analysed once, and editing an
			// article's outlet or headline (overlaid at read time) does not invalidate it.
			db.exec(`
				ALTER TABLE articles ADD COLUMN note TEXT NOT NULL DEFAULT '';
				CREATE TABLE analysis_cache (
					content_hash    TEXT NOT NULL,
					format          TEXT NOT NULL,
					lexicon_version TEXT NOT NULL,
					code_version    TEXT NOT NULL,
					analysis        TEXT NOT NULL,
					created_at      TEXT NOT NULL,
					PRIMARY KEY (content_hash, format, lexicon_version, code_version)
				) WITHOUT ROWID;
			`);
		}
	},
	{
		version: 3,
		name: 'key-value meta (seed manifest sync)',
		up(db) {
			// Small facts about the install itself, e.g. which seeds/manifest.json was last synced.
			db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
		}
	},
	{
		version: 4,
		name: 'duplicate key of each article (normalised text hash)',
		up(db) {
			// The same article pasted twice with different line ends or a trailing newline has another
			// content hash; duplicates are found on the hash of its normalised text instead.
			db.exec(`
				ALTER TABLE articles ADD COLUMN dup_hash TEXT;
				CREATE INDEX articles_by_dup_hash ON articles(collection_id, dup_hash);
			`);
			// One article at a time: contents can be megabytes each.
			const get = db.prepare('SELECT content FROM articles WHERE id = ?');
			const set = db.prepare('UPDATE articles SET dup_hash = ? WHERE id = ?');
			for (const { id } of db.prepare('SELECT id FROM articles').all() as { id: string }[])
				set.run(dupHash((get.get(id) as { content: string }).content), id);
		}
	},
	{
		version: 5,
		name: 'workshop activities: predict-then-reveal questions and answers, frozen snapshots',
		up(db) {
			// Questions belong to a collection (deleted with it). An answer is one device's choice for one
			// question: `device` is a random id from a cookie, nothing personal; the primary key makes it
			// one answer per device per question. A snapshot stores the computed results themselves
			// (gzipped JSON), so later edits to the collection cannot reach it; `token` is the secret in
			// its link.
			db.exec(`
				CREATE TABLE predict_questions (
					id            TEXT PRIMARY KEY,
					collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
					position      INTEGER NOT NULL,
					kind          TEXT NOT NULL,
					param         TEXT NOT NULL DEFAULT '',
					prompt        TEXT NOT NULL,
					revealed_at   TEXT,
					created_at    TEXT NOT NULL
				);
				CREATE INDEX predict_questions_by_collection ON predict_questions(collection_id, position);
				CREATE TABLE predict_answers (
					question_id TEXT NOT NULL REFERENCES predict_questions(id) ON DELETE CASCADE,
					device      TEXT NOT NULL,
					answer      TEXT NOT NULL,
					answered_at TEXT NOT NULL,
					PRIMARY KEY (question_id, device)
				) WITHOUT ROWID;
				CREATE TABLE snapshots (
					token           TEXT PRIMARY KEY,
					collection_id   TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
					collection_name TEXT NOT NULL,
					created_at      TEXT NOT NULL,
					bytes           INTEGER NOT NULL,
					data            BLOB NOT NULL
				);
				CREATE INDEX snapshots_by_collection ON snapshots(collection_id, created_at);
			`);
		}
	},
	{
		version: 6,
		name: 'failed analyses are cached with their reason',
		up(db) {
			// Analysis runs on worker threads with a time limit. A text that fails there (over the limit,
			// or a crash) gets a row with the reason instead of a result, so every page shows the same
			// message at once instead of starting the same doomed analysis again. Code changes clear it.
			db.exec('ALTER TABLE analysis_cache ADD COLUMN error TEXT');
		}
	},
	{
		version: 7,
		name: 'kinds of source: opinion and fact check',
		up(db) {
			// A workshop compares news with columns and fact checks (review 13 had both under "news"). SQLite
			// cannot change a CHECK constraint in place: the table is rebuilt with the wider one, rows,
			// order of columns and indexes kept (nothing references articles, so no key breaks).
			db.exec(`
				CREATE TABLE articles_v7 (
					id            TEXT PRIMARY KEY,
					collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
					outlet        TEXT NOT NULL,
					title         TEXT NOT NULL DEFAULT '',
					date          TEXT,
					url           TEXT,
					kind          TEXT NOT NULL CHECK (kind IN ('news', 'opinion', 'fact check', 'advocacy', 'press release', 'other')),
					origin        TEXT NOT NULL CHECK (origin IN ('paste', 'upload', 'url', 'seed')),
					format        TEXT NOT NULL CHECK (format IN ('text', 'html', 'markdown')),
					content       TEXT NOT NULL,
					content_hash  TEXT NOT NULL,
					bytes         INTEGER NOT NULL,
					created_at    TEXT NOT NULL,
					note          TEXT NOT NULL DEFAULT '',
					dup_hash      TEXT,
					UNIQUE (collection_id, content_hash)
				);
				INSERT INTO articles_v7 (id, collection_id, outlet, title, date, url, kind, origin, format, content, content_hash, bytes, created_at, note, dup_hash)
					SELECT id, collection_id, outlet, title, date, url, kind, origin, format, content, content_hash, bytes, created_at, note, dup_hash FROM articles;
				DROP TABLE articles;
				ALTER TABLE articles_v7 RENAME TO articles;
				CREATE INDEX articles_by_collection ON articles(collection_id);
				CREATE INDEX articles_by_dup_hash ON articles(collection_id, dup_hash);
			`);
		}
	}
];

/** sha256 (hex) of an article's duplicateKey(): equal for two copies of one text. */
export function dupHash(content: string): string {
	return crypto.createHash('sha256').update(duplicateKey(content), 'utf8').digest('hex');
}

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function schemaVersion(db: DB): number {
	return db.pragma('user_version', { simple: true }) as number;
}

/** Apply every migration above the file's version, up to `target` (default: all). Returns the new version. */
export function migrate(db: DB, migrations: readonly Migration[] = MIGRATIONS, target = Infinity): number {
	const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
	const current = schemaVersion(db);
	if (current > latest)
		// A newer Slant wrote this file; running old code on it could corrupt data it doesn't know about.
		throw new Error(`Database schema version ${current} is newer than this version of Slant supports (${latest}); upgrade Slant.`);
	for (const m of migrations) {
		if (m.version > target) break;
		const step = db.transaction(() => {
			// Re-read inside the write lock: another process may have applied this step meanwhile.
			if (schemaVersion(db) >= m.version) return;
			m.up(db);
			db.pragma(`user_version = ${m.version}`);
		});
		try {
			step.immediate();
		} catch (e) {
			throw new Error(`Database migration ${m.version} (${m.name}) failed: ${(e as Error).message}`, { cause: e });
		}
	}
	return schemaVersion(db);
}

export interface OpenOptions {
	migrations?: readonly Migration[];
	/** Stop at this schema version (tests build "old" files with it). */
	targetVersion?: number;
	/** How long a write waits for another connection's lock before failing (ms). */
	busyTimeoutMs?: number;
}

/** Open (creating the directory and file if needed), configure and migrate. */
export function openDatabase(file: string, options: OpenOptions = {}): DB {
	if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
	const db = new Database(file);
	try {
		// busy_timeout first: setting WAL itself needs a lock another process may hold.
		db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
		// WAL: readers (page renders) never block on the writer (an upload), and vice versa.
		db.pragma('journal_mode = WAL');
		// NORMAL is durable across application crashes in WAL mode and much faster than FULL.
		db.pragma('synchronous = NORMAL');
		db.pragma('foreign_keys = ON');
		migrate(db, options.migrations ?? MIGRATIONS, options.targetVersion ?? Infinity);
		return db;
	} catch (e) {
		db.close();
		throw e;
	}
}
