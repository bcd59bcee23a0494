// The analysis as the server uses it: one seam (the Engine) between the store and analysis/, so
// tests can count or replace the expensive call, and so the cache key names everything a result
// depends on (content, format, lexicon version, code version).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesUnder } from './tree.js';
import { analysisSpeed } from './analysis-speed.js';
import { analyseArticle } from '../../../analysis/pipeline.js';
import { compareOutlets } from '../../../analysis/compare.js';
import { applyLexiconChanges, loadDefaultLexicon } from '../../../analysis/lexicon/index.js';
import { loadGroupRules, summariseQuotes } from '../../../analysis/quotes/index.js';
import { applyQuoteFixVoice } from '../../../analysis/loaded/index.js';
import type {
	ArticleAnalysis,
	ArticleInput,
	GroupRule,
	Lexicon,
	LoadedTerm,
	OutletComparison,
	Span,
	SpeakerOverrides
} from '../../../analysis/types.js';
import type { ArticleFormat, LexiconChanges } from './types.js';
import { analysisDir } from '../../../analysis/data-files.js';
import { analysisBundle } from '../../../analysis/bundle.js';
import { WorkerPool } from '../../../analysis/pool.js';
import type { AnalysisReply, TermSpans, WorkerTask } from '../../../analysis/worker.js';
import { termSpansMany } from '../../../analysis/term-spans.js';
import { findHeadlineLoaded } from '../../../analysis/loaded/headline.js';

/**
 * Bump when the server changes how it calls the analysis (e.g. what it passes in). Changes inside
 * analysis/ are picked up by hashing its sources (see codeVersion), so they need no bump here.
 */
export const ANALYSIS_CODE_VERSION = 'srv2';

export interface Engine {
	/** Part of every cache key; a new value makes old cache rows unreachable (and they are pruned). */
	codeVersion: string;
	defaultLexicon(): Lexicon;
	/** The default lexicon with a collection's changes applied (its `version` reflects them). */
	lexiconFor(changes: LexiconChanges): Lexicon;
	/**
	 * The expensive step: segment, tokenise and score one article, without speaker overrides, on a
	 * worker thread with a time limit (so a 5 MB paste never holds up anyone's page). Resolves to the
	 * analysis as JSON text (stored as it is) or as an object (in-process engines, test stubs).
	 */
	analyse(input: ArticleInput, lexicon: Lexicon, changes: LexiconChanges): Promise<ArticleAnalysis | string> | ArticleAnalysis | string;
	/**
	 * Where each term occurs in a body (lemma-aware token spans), on a worker thread like analyse():
	 * it tokenises the whole body, seconds for a 5 MB paste.
	 */
	termSpans(text: string, paragraphs: Span[], terms: string[]): Promise<TermSpans> | TermSpans;
	/** Loaded terms in each headline (one given or edited apart from the text), on a worker like analyse(). */
	headlines(titles: string[], lexicon: Lexicon, changes: LexiconChanges): Promise<LoadedTerm[][]> | LoadedTerm[][];
	/** Re-apply speaker merges/regroups to a finished analysis (cheap, no re-analysis). */
	applyOverrides(analysis: ArticleAnalysis, overrides: SpeakerOverrides): ArticleAnalysis;
	compare(analyses: ArticleAnalysis[], lexicon: Lexicon, overrides: SpeakerOverrides): OutletComparison[];
	/** Stop the workers (tests, shutdown). */
	close(): Promise<void>;
}

export interface EngineOptions {
	/**
	 * Worker threads for analysis; default: one fewer than the cores (at least one), env
	 * SLANT_ANALYSIS_WORKERS. 0 analyses on the request thread (tools and tests only: a long text
	 * then holds up every other request).
	 */
	workers?: number;
	/** Longest one article may take; default 60 s, env SLANT_ANALYSIS_TIMEOUT (seconds). */
	timeoutMs?: number;
	/** Analyse on the calling thread (tools and tests that want no threads). */
	inProcess?: boolean;
}

export function analysisTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
	const s = Number(env.SLANT_ANALYSIS_TIMEOUT);
	return Number.isFinite(s) && s > 0 ? s * 1000 : 60_000;
}

function analysisWorkers(env: NodeJS.ProcessEnv = process.env): number {
	const n = env.SLANT_ANALYSIS_WORKERS === undefined || env.SLANT_ANALYSIS_WORKERS === '' ? NaN : Number(env.SLANT_ANALYSIS_WORKERS);
	return Number.isInteger(n) && n >= 0 ? n : Math.max(1, os.availableParallelism() - 1);
}

export function sha256(text: string): string {
	return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Hash of analysis/ sources and data when they are on disk (dev, tests, a checkout), so a change to
 * any stage invalidates cached results without anyone remembering to bump a constant. Falls back
 * to the constant alone when the sources are not shipped.
 */
function analysisSourceHash(): string {
	// The folder the stages really read their data from (SLANT_ANALYSIS_DIR included), so edited word
	// lists elsewhere invalidate the cache too.
	let dir: string;
	try {
		dir = analysisDir();
	} catch {
		return 'nosrc';
	}
	const hash = crypto.createHash('sha256');
	for (const p of filesUnder(dir)) if (/\.(ts|js|json|tsv|txt|csv)$/.test(p)) hash.update(path.relative(dir, p)).update('\0').update(fs.readFileSync(p)).update('\0');
	return hash.digest('hex').slice(0, 12);
}

/**
 * How stored content is handed to the analysis. HTML goes through Readability in segmentation;
 * Markdown goes in as text, because segmentation recognises it itself (and keeps image alt text
 * as captions, which flattening it here would lose).
 */
export function toArticleInput(id: string, format: ArticleFormat, content: string): ArticleInput {
	if (format === 'html') return { id, html: content };
	return { id, text: content };
}

function hasOverrides(o: SpeakerOverrides): boolean {
	return Object.keys(o.groups ?? {}).length > 0 || Object.keys(o.merges ?? {}).length > 0 || (o.quoteFixes?.length ?? 0) > 0;
}

export function createEngine(options: EngineOptions = {}): Engine {
	const inProcess = options.inProcess || (options.workers ?? analysisWorkers()) === 0;
	let pool: Promise<WorkerPool<WorkerTask, AnalysisReply | TermSpans | LoadedTerm[][]>> | null = null;
	const workers = () =>
		(pool ??= analysisBundle().then(
			(file) => new WorkerPool<WorkerTask, AnalysisReply | TermSpans | LoadedTerm[][]>({ file, size: options.workers ?? analysisWorkers(), timeoutMs: options.timeoutMs ?? analysisTimeoutMs() })
		));
	let groupRules: GroupRule[] | null = null;
	let lexicon: Lexicon | null = null;
	const rules = () => (groupRules ??= loadGroupRules());
	const base = () => (lexicon ??= loadDefaultLexicon());
	const lexiconMemo = new Map<string, Lexicon>();
	// Group rules are data the quote stage reads; include them so editing the TSV invalidates too.
	const codeVersion = [ANALYSIS_CODE_VERSION, analysisSourceHash(), sha256(JSON.stringify(rules())).slice(0, 8)].join('-');
	return {
		codeVersion,
		defaultLexicon: base,
		lexiconFor(changes) {
			if (!changes.add.length && !changes.remove.length) return base();
			const key = JSON.stringify(changes);
			let lex = lexiconMemo.get(key);
			if (!lex) {
				lex = applyLexiconChanges(base(), changes);
				if (lexiconMemo.size > 50) lexiconMemo.clear();
				lexiconMemo.set(key, lex);
			}
			return lex;
		},
		analyse(input, lex, changes) {
			// In process, the result comes back at once (not as a promise): the store then caches it
			// before returning, exactly as before there were workers.
			const size = (input.text ?? input.html ?? '').length;
			const t0 = performance.now();
			if (inProcess) {
				const a = analyseArticle(input, { lexicon: lex, groupRules: rules() });
				analysisSpeed.record(size, performance.now() - t0);
				return a;
			}
			const edits = changes.add.length || changes.remove.length ? changes : undefined;
			return workers()
				.then((p) => p.run({ input, output: 'json', lexicon: edits }) as Promise<string>)
				.then((json) => {
					// (what the Add page's estimate for a long paste is made from: analysis-speed.ts)
					analysisSpeed.record(size, performance.now() - t0);
					return json;
				});
		},
		termSpans(text, paragraphs, terms) {
			if (inProcess || !terms.some((t) => t.trim())) return termSpansMany(text, paragraphs, terms);
			return workers().then((p) => p.run({ text, paragraphs, terms }) as Promise<TermSpans>);
		},
		headlines(titles, lex, changes) {
			if (inProcess) return titles.map((t) => findHeadlineLoaded(t, lex));
			const edits = changes.add.length || changes.remove.length ? changes : undefined;
			return workers().then((p) => p.run({ headlines: titles, lexicon: edits }) as Promise<LoadedTerm[][]>);
		},
		applyOverrides(a, overrides) {
			if (!hasOverrides(overrides)) return a;
			const { quotes, speakers, groups, cues, unattributed } = summariseQuotes(a.quotes, a.text.length, overrides, a.entities, a.id);
			// (a quote corrected on its own also moves the voice of the words in it)
			return applyQuoteFixVoice({ ...a, quotes, speakers, groups, cues, unattributed }, a.quotes);
		},
		compare(analyses, lex, overrides) {
			// (names left out as no actor change only the outlets' actor figures)
			return compareOutlets(analyses, { lexicon: lex, overrides: hasOverrides(overrides) || overrides.notActors?.length ? overrides : undefined });
		},
		async close() {
			const p = pool;
			pool = null;
			if (p) await (await p).close();
		}
	};
}
