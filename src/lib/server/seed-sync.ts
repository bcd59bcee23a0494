// The example collection kept in step with seeds/manifest.json (Store.importSeeds): created on first
// start, brought up to date when the manifest changes, left alone otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { dupHash } from './db.js';
import { sha256 } from './engine.js';
import { checkContent, checkDate, checkFreeText, checkKind, checkLabel, checkUrlField, formatFromFileName, guessFormat, stemOf } from './validate.js';
import { LIMITS, emptySettings, now } from './store-rows.js';
import { SEED_COLLECTION_ID, type Store } from './store.js';
import type { ArticleFormat } from './types.js';

/**
 * Make the example collection match seeds/manifest.json. First start: create it. Later starts:
 * nothing, unless the manifest changed since the last sync (its hash is kept in `meta`), in
 * which case seed metadata and texts are brought up to date and new entries added; so edits
 * to the manifest reach existing installs, while a facilitator's own edits survive restarts.
 * All or nothing: a bad seed file leaves the database as it was. Runs inside the write lock,
 * so two processes starting together do it once.
 */
export function syncSeeds(store: Store, dir: string): 'created' | 'updated' | 'unchanged' | 'absent' {
	const manifestPath = path.join(dir, 'manifest.json');
	if (!fs.existsSync(manifestPath)) return 'absent';
	const manifestText = fs.readFileSync(manifestPath, 'utf8');
	const manifestHash = sha256(manifestText);
	const exists = () => !!store.db.prepare('SELECT 1 FROM collections WHERE id = ?').get(SEED_COLLECTION_ID);
	const synced = () => (store.db.prepare("SELECT value FROM meta WHERE key = 'seed_manifest'").get() as { value: string } | undefined)?.value;
	if (exists() && synced() === manifestHash) return 'unchanged';

	const manifest = JSON.parse(manifestText) as {
		collection?: { name?: string; description?: string };
		articles?: { file: string; id?: string; outlet?: string; kind?: string; title?: string; date?: string; note?: string; url?: string }[];
	};
	// Read and check every file before taking the write lock.
	const articles = (manifest.articles ?? []).map((a) => {
		const content = checkContent(a.file, fs.readFileSync(path.join(dir, a.file)));
		const byName = formatFromFileName(a.file);
		const format: ArticleFormat = byName === 'text' && guessFormat(content) === 'html' ? 'html' : byName;
		return {
			id: a.id ?? stemOf(a.file),
			file: a.file,
			fields: {
				outlet: checkLabel(`${a.file} outlet`, a.outlet ?? stemOf(a.file), { required: true, max: LIMITS.outlet }),
				title: checkLabel(`${a.file} headline`, a.title, { required: false, max: LIMITS.title }),
				date: checkDate(`${a.file} date`, a.date),
				url: checkUrlField(`${a.file} url`, a.url),
				kind: checkKind(`${a.file} kind`, a.kind ?? 'other'),
				note: checkFreeText(`${a.file} note`, a.note, LIMITS.note)
			},
			format,
			content
		};
	});
	const name = checkLabel('collection name', manifest.collection?.name ?? 'Examples', { required: true, max: LIMITS.name });
	const description = checkFreeText('collection description', manifest.collection?.description, LIMITS.description);

	return store.transaction(() => {
		if (exists() && synced() === manifestHash) return 'unchanged';
		const t = now();
		const created = !exists();
		if (created) {
			store.db
				.prepare('INSERT INTO collections (id, name, description, settings, is_seed, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)')
				.run(SEED_COLLECTION_ID, name, description, JSON.stringify(emptySettings()), t, t);
		} else {
			store.db.prepare('UPDATE collections SET name = ?, description = ?, updated_at = ? WHERE id = ?').run(name, description, t, SEED_COLLECTION_ID);
		}
		for (const a of articles) {
			const present = store.db.prepare('SELECT content_hash FROM articles WHERE id = ? AND collection_id = ?').get(a.id, SEED_COLLECTION_ID) as
				| { content_hash: string }
				| undefined;
			if (!present) {
				store.insertArticle(SEED_COLLECTION_ID, a.file, { id: a.id, ...a.fields, origin: 'seed', format: a.format, content: a.content });
				continue;
			}
			const f = a.fields;
			store.db
				.prepare('UPDATE articles SET outlet = ?, title = ?, date = ?, url = ?, kind = ?, note = ?, format = ? WHERE id = ?')
				.run(f.outlet, f.title, f.date, f.url, f.kind, f.note, a.format, a.id);
			const hash = sha256(a.content);
			if (hash !== present.content_hash) {
				store.db
					.prepare('UPDATE articles SET content = ?, content_hash = ?, dup_hash = ?, bytes = ? WHERE id = ?')
					.run(a.content, hash, dupHash(a.content), Buffer.byteLength(a.content, 'utf8'), a.id);
			}
		}
		store.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('seed_manifest', ?)").run(manifestHash);
		return created ? 'created' : 'updated';
	});
}
