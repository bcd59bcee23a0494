// Frozen snapshot links (/s/<token>): a read-only copy of a collection's overview, articles and
// evidence as analysed at one moment. The computed results themselves are stored (gzipped JSON), not
// a reference to the collection, so editing the lexicon, merging speakers, editing or deleting
// articles later changes nothing in a snapshot. Deleting the collection deletes its snapshots (the
// facilitator owns them; the Manage page says so before deleting).
//
// The token is the only key: 144 random bits from the OS's CSPRNG, base64url (24 characters), so a
// link cannot be guessed or enumerated. Lookups compare it exactly (a primary-key lookup); anything
// not shaped like a token is refused before SQLite is asked.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type { DB } from './db.js';
import { InputError, NotFoundError } from './errors.js';

export const TOKEN_BYTES = 18;
const TOKEN_RE = /^[A-Za-z0-9_-]{24}$/;

/** Most snapshots kept per collection (each is a full copy of the analysis). */
export const MAX_SNAPSHOTS = 50;

export const newSnapshotToken = () => crypto.randomBytes(TOKEN_BYTES).toString('base64url');
export const isSnapshotToken = (t: unknown): t is string => typeof t === 'string' && TOKEN_RE.test(t);

export interface SnapshotInfo {
	token: string;
	collectionId: string;
	collectionName: string;
	/** ISO 8601 (UTC). */
	createdAt: string;
	/** Size stored (compressed), bytes. */
	bytes: number;
}

export interface Snapshot<T> extends SnapshotInfo {
	data: T;
}

interface Row {
	token: string;
	collection_id: string;
	collection_name: string;
	created_at: string;
	bytes: number;
	data?: Buffer;
}

const info = (r: Row): SnapshotInfo => ({ token: r.token, collectionId: r.collection_id, collectionName: r.collection_name, createdAt: r.created_at, bytes: r.bytes });

export class Snapshots {
	/** Parsed snapshots by token: they never change, so a memo is always right (deletes drop their entry). */
	private readonly memo = new Map<string, Snapshot<unknown>>();

	constructor(private readonly db: DB) {}

	/** Store `data` (plain JSON) as a new snapshot of the collection; returns its info with the new token. */
	create<T>(collectionId: string, collectionName: string, data: T, at = new Date()): SnapshotInfo {
		const json = JSON.stringify(data);
		const blob = zlib.gzipSync(Buffer.from(json, 'utf8'), { level: 6 });
		const token = newSnapshotToken();
		const createdAt = at.toISOString();
		this.db
			.transaction(() => {
				if (!this.db.prepare('SELECT 1 FROM collections WHERE id = ?').get(collectionId)) throw new NotFoundError('Collection', collectionId);
				const n = (this.db.prepare('SELECT COUNT(*) AS n FROM snapshots WHERE collection_id = ?').get(collectionId) as { n: number }).n;
				if (n >= MAX_SNAPSHOTS) throw new InputError('snapshot', `would make more than ${MAX_SNAPSHOTS} for this collection; delete old ones first`);
				this.db
					.prepare('INSERT INTO snapshots (token, collection_id, collection_name, created_at, bytes, data) VALUES (?, ?, ?, ?, ?, ?)')
					.run(token, collectionId, collectionName, createdAt, blob.length, blob);
			})
			.immediate();
		return { token, collectionId, collectionName, createdAt, bytes: blob.length };
	}

	/** The collection's snapshots, newest first (without their data). */
	list(collectionId: string): SnapshotInfo[] {
		return (
			this.db
				.prepare('SELECT token, collection_id, collection_name, created_at, bytes FROM snapshots WHERE collection_id = ? ORDER BY created_at DESC, rowid DESC')
				.all(collectionId) as Row[]
		).map(info);
	}

	/** A snapshot with its data; NotFoundError for a deleted, mistyped or made-up token. */
	get<T>(token: string): Snapshot<T> {
		if (!isSnapshotToken(token)) throw new NotFoundError('Snapshot', String(token).slice(0, 40));
		const hit = this.memo.get(token);
		// Still there? (deleting the collection deletes its snapshots in SQLite, not in this memo)
		if (hit && this.db.prepare('SELECT 1 FROM snapshots WHERE token = ?').get(token)) return hit as Snapshot<T>;
		this.memo.delete(token);
		const r = this.db.prepare('SELECT * FROM snapshots WHERE token = ?').get(token) as Row | undefined;
		if (!r?.data) throw new NotFoundError('Snapshot', token);
		const snap: Snapshot<T> = { ...info(r), data: JSON.parse(zlib.gunzipSync(r.data).toString('utf8')) as T };
		this.memo.set(token, snap);
		if (this.memo.size > 20) this.memo.delete(this.memo.keys().next().value as string);
		return snap;
	}

	/**
	 * The stored token a link typed in the wrong case means ("…/s/kayllpctjaiaz28yae-ei_xw" for
	 * "…/s/KayLlPcTJAIAZ28YAE-EI_xw", read off a projector): the one token equal to it whatever the case,
	 * else null (none, or two that differ only by case). Folding case still leaves over 120 random bits.
	 */
	caseFixed(token: string): string | null {
		if (!isSnapshotToken(token)) return null;
		const rows = this.db.prepare('SELECT token FROM snapshots WHERE token = ? COLLATE NOCASE LIMIT 2').all(token) as { token: string }[];
		return rows.length === 1 && rows[0].token !== token ? rows[0].token : null;
	}

	/** Delete one snapshot of the collection (a token of another collection is NotFoundError). */
	delete(collectionId: string, token: string): SnapshotInfo {
		if (!isSnapshotToken(token)) throw new NotFoundError('Snapshot', String(token).slice(0, 40));
		return this.db
			.transaction(() => {
				const r = this.db.prepare('SELECT token, collection_id, collection_name, created_at, bytes FROM snapshots WHERE token = ? AND collection_id = ?').get(token, collectionId) as
					| Row
					| undefined;
				if (!r) throw new NotFoundError('Snapshot', token);
				this.db.prepare('DELETE FROM snapshots WHERE token = ?').run(token);
				this.memo.delete(token);
				return info(r);
			})
			.immediate();
	}
}
