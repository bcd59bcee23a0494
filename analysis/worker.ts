// The analysis as a worker thread runs it: one article per message, answered with one message (see
// pool.ts). The model, lexicon and rules load once per worker. `output` says what to send back: the
// printed line (the CLI's jsonl or csv), the whole analysis as JSON text (the server stores it as it
// is), or the analysis object (the CLI's json format compares outlets on the main thread).
import { parentPort } from 'node:worker_threads';
import { analyseArticle } from './pipeline.js';
import { applyLexiconChanges, loadDefaultLexicon } from './lexicon/index.js';
import { loadGroupRules } from './quotes/index.js';
import { csvRow, jsonlLine } from './output.js';
import { termSpansMany } from './term-spans.js';
import { findHeadlineLoaded } from './loaded/headline.js';
import { expectManyArticles } from './wink-model.js';
import type { AnalysisOptions, ArticleAnalysis, ArticleInput, GroupRule, Lexicon, Span } from './types.js';

/** A facilitator's edits to the default lexicon (the server's collection settings). */
export interface LexiconEdits {
	add: { term: string; category: string }[];
	remove: string[];
}

export interface AnalysisTask {
	input: ArticleInput;
	output: 'jsonl' | 'csv' | 'json' | 'analysis';
	/** Analyse with the default lexicon plus these edits. */
	lexicon?: LexiconEdits;
}

/** Where terms occur in a body (term-spans.ts): the server's "where does this word occur" view. */
export interface TermsTask {
	terms: string[];
	text: string;
	paragraphs: Span[];
}

/** Loaded terms in headlines (loaded/headline.ts): the server's headlines given apart from the text. */
export interface HeadlinesTask {
	headlines: string[];
	lexicon?: LexiconEdits;
}

export type WorkerTask = AnalysisTask | TermsTask | HeadlinesTask;
export type TermSpans = Record<string, Span[]>;

/** A printed line (jsonl, csv) and the article's warnings, which the CLI prints on stderr. */
export interface LineReply {
	line: string;
	warnings: string[];
}

/**
 * The same line as a worker thread sends it: already UTF-8 with its newline, in a buffer handed over
 * (transferred, not copied) to the main thread, which writes the bytes as they are. A batch prints
 * tens of kilobytes per article; copying each line as a string and encoding it again on the main
 * thread cost a share of a 10,000-article run.
 */
export interface BytesReply {
	bytes: Uint8Array;
	warnings: string[];
}

export type AnalysisReply = LineReply | string | ArticleAnalysis;

export function analyseTask(task: AnalysisTask, options: AnalysisOptions): AnalysisReply {
	const a = analyseArticle(task.input, options);
	const warnings = () => a.warnings.map((w) => w.message);
	if (task.output === 'jsonl') return { line: jsonlLine(a), warnings: warnings() };
	if (task.output === 'csv') return { line: csvRow(a, options.lexicon), warnings: warnings() };
	if (task.output === 'json') return JSON.stringify(a);
	return a;
}

export function serveWorker(): void {
	const port = parentPort;
	if (!port) throw new Error('serveWorker() runs in a worker thread');
	// A worker lives for a batch or for the server: wink's look-ups that are fastest warm (wink-model.ts).
	expectManyArticles();
	let rules: GroupRule[] | null = null;
	const encoder = new TextEncoder();
	let base: Lexicon | null = null;
	// A collection's edited lexicon is built once per worker and kept while tasks keep asking for it.
	let edited: { key: string; lexicon: Lexicon } | null = null;
	const lexiconFor = (edits?: LexiconEdits): Lexicon => {
		base ??= loadDefaultLexicon();
		if (!edits || (!edits.add.length && !edits.remove.length)) return base;
		const key = JSON.stringify(edits);
		if (edited?.key !== key) edited = { key, lexicon: applyLexiconChanges(base, edits) };
		return edited.lexicon;
	};
	port.on('message', ({ task }: { task: WorkerTask }) => {
		try {
			if ('terms' in task) {
				port.postMessage({ ok: true, result: termSpansMany(task.text, task.paragraphs, task.terms) });
				return;
			}
			if ('headlines' in task) {
				const lexicon = lexiconFor(task.lexicon);
				port.postMessage({ ok: true, result: task.headlines.map((h) => findHeadlineLoaded(h, lexicon)) });
				return;
			}
			rules ??= loadGroupRules();
			const result = analyseTask(task, { lexicon: lexiconFor(task.lexicon), groupRules: rules });
			if (typeof result === 'object' && 'line' in result) {
				const bytes = encoder.encode(result.line + '\n');
				const reply: BytesReply = { bytes, warnings: result.warnings };
				port.postMessage({ ok: true, result: reply }, [bytes.buffer as ArrayBuffer]);
			} else port.postMessage({ ok: true, result });
		} catch (e) {
			port.postMessage({ ok: false, error: (e as Error).message });
		}
	});
}
