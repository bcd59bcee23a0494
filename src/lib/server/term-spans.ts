// Where words occur in a stored body: the "?term=" highlights of the article, side-by-side and snapshot
// views, and the projector's distinctive words. Finding them tokenises the whole body (seconds for a
// 5 MB paste), so it runs on the analysis workers like the analysis itself, never on the request
// thread; results are kept per body and terms, since the projector asks again at every slide.
import crypto from 'node:crypto';
import type { Span } from '../../../analysis/types.js';
import { wantedTerms as wanted } from '../../../analysis/term-spans.js';
import { getStore } from './store-instance.js';

const MEMO_SIZE = 200;
const memo = new Map<string, Record<string, Span[]>>();


/** Spans of each term in the body (every term given gets an entry, empty when it does not occur). */
export async function termSpansMany(text: string, paragraphs: Span[], terms: string[]): Promise<Record<string, Span[]>> {
	const ts = wanted(terms);
	if (!ts.length) return {};
	const key = crypto.createHash('sha256').update(text).digest('hex') + '\0' + [...ts].sort().join('\n');
	const hit = memo.get(key);
	if (hit) {
		memo.delete(key);
		memo.set(key, hit);
		return hit;
	}
	const found = await getStore().engine.termSpans(text, paragraphs, ts);
	if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
	memo.set(key, found);
	return found;
}

/** Spans of one term (null when none is asked for). */
export async function termSpans(text: string, paragraphs: Span[], term: string | null): Promise<Span[] | null> {
	const [t] = wanted([term]);
	if (!t) return null;
	return (await termSpansMany(text, paragraphs, [t]))[t] ?? [];
}
