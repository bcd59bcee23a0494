// How the store's SQLite rows become the app's shapes, and the small helpers every write uses (ids,
// timestamps, field limits, a bounded memo, waiting a bounded time). store.ts, seed-sync.ts and collection-io.ts
// share them.
import crypto from 'node:crypto';
import { checkLexiconChanges, checkSpeakerOverrides } from './validate.js';
import type { ArticleFormat, ArticleKind, ArticleMeta, ArticleOrigin, Collection, CollectionSettings } from './types.js';

/** Longest accepted text of each field (characters). */
export const LIMITS = { name: 200, description: 5000, outlet: 200, title: 500, note: 5000 };

export interface CollectionRow {
	id: string;
	name: string;
	description: string;
	settings: string;
	is_seed: number;
	created_at: string;
	updated_at: string;
	article_count: number;
}

export interface ArticleRow {
	id: string;
	collection_id: string;
	outlet: string;
	title: string;
	date: string | null;
	url: string | null;
	kind: ArticleKind;
	origin: ArticleOrigin;
	format: ArticleFormat;
	content_hash: string;
	bytes: number;
	created_at: string;
	note: string;
	content?: string;
}

export const META_COLUMNS = 'id, collection_id, outlet, title, date, url, kind, origin, format, content_hash, bytes, created_at, note';

export function emptySettings(): CollectionSettings {
	return { lexicon: { add: [], remove: [] }, speakers: { groups: {}, merges: {} } };
}

/** Stored settings are re-validated on read: a hand-edited or older row must not break the page. */
export function parseSettings(json: string): CollectionSettings {
	try {
		const raw = JSON.parse(json) as Partial<CollectionSettings>;
		return { lexicon: checkLexiconChanges(raw.lexicon), speakers: checkSpeakerOverrides(raw.speakers) };
	} catch {
		return emptySettings();
	}
}

export function toCollection(r: CollectionRow): Collection {
	return {
		id: r.id,
		name: r.name,
		description: r.description,
		isSeed: r.is_seed === 1,
		createdAt: r.created_at,
		updatedAt: r.updated_at,
		articleCount: r.article_count,
		settings: parseSettings(r.settings)
	};
}

export function toMeta(r: ArticleRow): ArticleMeta {
	return {
		id: r.id,
		collectionId: r.collection_id,
		outlet: r.outlet,
		title: r.title,
		date: r.date,
		url: r.url,
		kind: r.kind,
		origin: r.origin,
		format: r.format,
		contentHash: r.content_hash,
		bytes: r.bytes,
		createdAt: r.created_at,
		note: r.note
	};
}

export const newId = () => crypto.randomBytes(9).toString('base64url');

/** Letters and digits no one mistakes for another when reading an address off a projector: no 0/o, 1/l/i, no capitals. */
const PLAIN = '23456789abcdefghjkmnpqrstuvwxyz';
/**
 * A new collection's id, which participants type from the join page: 12 characters of PLAIN (59 random
 * bits; an id names a collection, it grants nothing). The third newcomer's room typed "aP_h1VqMmcPr"
 * in lower case and got a 404.
 */
export function newCollectionId(): string {
	let out = '';
	while (out.length < 12) for (const b of crypto.randomBytes(16)) if (b < 248 && out.length < 12) out += PLAIN[b % PLAIN.length];
	return out;
}
export const now = () => new Date().toISOString();

export function isUniqueViolation(e: unknown): boolean {
	return (e as { code?: string })?.code === 'SQLITE_CONSTRAINT_UNIQUE' || (e as { code?: string })?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Small bounded map: evicts the oldest entry (insertion order) past `max`. */
export class Memo<V> {
	private map = new Map<string, V>();
	constructor(private max: number) {}
	get(k: string): V | undefined {
		return this.map.get(k);
	}
	set(k: string, v: V): void {
		this.map.delete(k);
		this.map.set(k, v);
		if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
	}
	delete(k: string): void {
		this.map.delete(k);
	}
	clear(): void {
		this.map.clear();
	}
}
/** True when every promise settled within `waitMs` (they keep running either way). */
export function settleWithin(promises: Promise<unknown>[], waitMs: number): Promise<boolean> {
	if (!promises.length) return Promise.resolve(true);
	const all = Promise.allSettled(promises).then(() => true);
	if (!Number.isFinite(waitMs)) return all;
	let timer: NodeJS.Timeout;
	const late = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), Math.max(0, waitMs))));
	return Promise.race([all, late]).finally(() => clearTimeout(timer));
}
