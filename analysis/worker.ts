// The analysis as a worker thread runs it: one article per message, answered with one message (see
// pool.ts). The model, lexicon and rules load once per worker. `output` says what to send back: the
// printed line (the CLI's jsonl or csv, so only a string crosses threads) or the whole analysis.
import { parentPort } from 'node:worker_threads';
import { analyseArticle } from './pipeline.js';
import { loadDefaultLexicon } from './lexicon/index.js';
import { loadGroupRules } from './quotes/index.js';
import { csvRow, jsonlLine } from './output.js';
import type { AnalysisOptions, ArticleAnalysis, ArticleInput } from './types.js';

export interface AnalysisTask {
	input: ArticleInput;
	output: 'jsonl' | 'csv' | 'analysis';
}

export type AnalysisReply = string | ArticleAnalysis;

export function analyseTask(task: AnalysisTask, options: AnalysisOptions): AnalysisReply {
	const a = analyseArticle(task.input, options);
	if (task.output === 'jsonl') return jsonlLine(a);
	if (task.output === 'csv') return csvRow(a, options.lexicon);
	return a;
}

export function serveWorker(): void {
	const port = parentPort;
	if (!port) throw new Error('serveWorker() runs in a worker thread');
	let options: AnalysisOptions | null = null;
	port.on('message', ({ task }: { task: AnalysisTask }) => {
		try {
			options ??= { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
			port.postMessage({ ok: true, result: analyseTask(task, options) });
		} catch (e) {
			port.postMessage({ ok: false, error: (e as Error).message });
		}
	});
}
