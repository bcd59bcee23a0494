// The analyses of stored texts, keyed by text, format, lexicon version and analysis code version:
// parsed in memory (a bounded memo: the warm overview must render in well under 200 ms), kept in
// SQLite (they survive a restart), and started at most once however many requests ask. A failure
// (a crash, or over the time limit) is cached too, as its message. Store (store.ts) owns one.
import type { DB } from './db.js';
import { toArticleInput, type Engine } from './engine.js';
import { NotFoundError } from './errors.js';
import { Memo, now } from './store-rows.js';
import type { ArticleAnalysis, ArticleFormat, Lexicon, LexiconChanges } from './types.js';

export class AnalysisCache {
	/** Parsed analyses by key (content hash + format + lexicon version + code version). */
	private readonly memo = new Memo<ArticleAnalysis>(300);
	/** Analyses under way, by key: one run per text and lexicon, however many requests ask. */
	private readonly running = new Map<string, Promise<void>>();
	/** How many times the expensive analysis ran. */
	calls = 0;

	constructor(
		private readonly db: DB,
		private readonly engine: Engine
	) {}

	/** Cache rows from older analysis code can never be read again; drop them so the file doesn't grow forever. */
	prune(): void {
		this.db.prepare('DELETE FROM analysis_cache WHERE code_version <> ?').run(this.engine.codeVersion);
		// Texts no longer in any collection (deleted articles) will not be asked for again.
		this.db.prepare('DELETE FROM analysis_cache WHERE content_hash NOT IN (SELECT content_hash FROM articles)').run();
	}

	private key(hash: string, format: ArticleFormat, lexicon: Lexicon): string {
		return `${hash}|${format}|${lexicon.version}|${this.engine.codeVersion}`;
	}

	/**
	 * What is known of one stored text's analysis under one lexicon, without computing anything:
	 * memory, then SQLite. A cached failure (a crash, or over the time limit) is an error message;
	 * null means it was never analysed (or its row was damaged).
	 */
	cached(hash: string, format: ArticleFormat, lexicon: Lexicon): { analysis: ArticleAnalysis } | { error: string } | null {
		const key = this.key(hash, format, lexicon);
		const memo = this.memo.get(key);
		if (memo) return { analysis: memo };
		const row = this.db
			.prepare('SELECT analysis, error FROM analysis_cache WHERE content_hash = ? AND format = ? AND lexicon_version = ? AND code_version = ?')
			.get(hash, format, lexicon.version, this.engine.codeVersion) as { analysis: string; error: string | null } | undefined;
		if (!row) return null;
		if (row.error) return { error: row.error };
		try {
			const analysis = JSON.parse(row.analysis) as ArticleAnalysis;
			this.memo.set(key, analysis);
			return { analysis };
		} catch {
			return null; // a damaged row is analysed again and overwritten
		}
	}

	/** True once the text has a cache row (a result or a failure) under this lexicon; nothing is parsed. */
	settled(hash: string, format: ArticleFormat, lexicon: Lexicon): boolean {
		if (this.memo.get(this.key(hash, format, lexicon))) return true;
		return !!this.db
			.prepare('SELECT 1 FROM analysis_cache WHERE content_hash = ? AND format = ? AND lexicon_version = ? AND code_version = ?')
			.get(hash, format, lexicon.version, this.engine.codeVersion);
	}

	/**
	 * Analyse one stored text unless that is done or under way, and cache the result or the failure.
	 * The engine runs it on a worker thread (the returned promise settles when the row is written);
	 * an in-process engine answers at once, and then the row is written before this returns.
	 */
	start(hash: string, format: ArticleFormat, lexicon: Lexicon, changes: LexiconChanges, text?: string): Promise<void> {
		const key = this.key(hash, format, lexicon);
		const running = this.running.get(key);
		if (running) return running;
		// `text`: a text about to be saved, analysed first to see that it holds an article (admit.ts).
		const content = text ?? (this.db.prepare('SELECT content FROM articles WHERE content_hash = ? LIMIT 1').get(hash) as { content: string } | undefined)?.content;
		if (content === undefined) return Promise.reject(new NotFoundError('Article content', hash));
		this.calls++;
		const save = (result: ArticleAnalysis | string | null, error: string | null) => {
			if (!this.db.open) return;
			const json = result === null ? '' : typeof result === 'string' ? result : JSON.stringify(result);
			this.db
				.prepare(
					`INSERT OR REPLACE INTO analysis_cache (content_hash, format, lexicon_version, code_version, analysis, error, created_at)
					 VALUES (?, ?, ?, ?, ?, ?, ?)`
				)
				.run(hash, format, lexicon.version, this.engine.codeVersion, json, error, now());
			if (result !== null && typeof result !== 'string') this.memo.set(key, result);
		};
		const failed = (e: unknown) => {
			console.error(`Slant: analysis failed for text ${hash.slice(0, 12)}:`, (e as Error)?.message ?? e);
			save(null, (e as Error)?.message || String(e));
		};
		let result: ReturnType<Engine['analyse']>;
		try {
			result = this.engine.analyse(toArticleInput(hash, format, content), lexicon, changes);
		} catch (e) {
			failed(e);
			return Promise.resolve();
		}
		if (!(result instanceof Promise)) {
			save(result, null);
			return Promise.resolve();
		}
		const done = result.then((r) => save(r, null), failed).finally(() => this.running.delete(key));
		this.running.set(key, done);
		return done;
	}

	/** Forget a text's results when no article holds it (a text refused before it was saved). */
	forgetUnsaved(hash: string): void {
		this.db.prepare('DELETE FROM analysis_cache WHERE content_hash = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE content_hash = ?)').run(hash, hash);
	}
}
