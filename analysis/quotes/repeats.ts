// Pull quotes: the same words quoted twice, once with their speaker and once without (a display quote
// above the story, a headline's quote). find.ts gives the one without the speaker of the other.
import type { Span } from '../types.js';
import type { Found } from './direct.js';

/** Letters and digits only, lower case, one space between words: the words of a quote, however marked or broken. */
function quoteKey(text: string, f: Span): string {
	return text.slice(f.start, f.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The shortest repeated opening that counts: five words or so, not a stock phrase. */
const PULL_QUOTE_MIN = 24;

/**
 * "“I didn’t agree with their ideology.” ¶ … ¶ “I didn’t agree with their ideology,” Khweis said": a
 * quote with no speaker whose words open (or are opened by) the words of a quote with a speaker
 * elsewhere is a repeat of it, and gets that speaker (carried: its own place names no one). Quotes are
 * compared only with those of the same opening, so thousands of quotes stay linear.
 */
export function repeatedQuotes(text: string, direct: Found[]): void {
	const unsaid = direct.filter((f) => !f.speaker);
	if (!unsaid.length) return;
	const said = new Map<string, { f: Found; key: string }[]>();
	for (const f of direct) {
		if (!f.speaker || f.carried) continue;
		const key = quoteKey(text, f);
		if (key.length < PULL_QUOTE_MIN) continue;
		const at = key.slice(0, PULL_QUOTE_MIN);
		const list = said.get(at);
		if (list) list.push({ f, key });
		else said.set(at, [{ f, key }]);
	}
	for (const f of unsaid) {
		const key = quoteKey(text, f);
		if (key.length < PULL_QUOTE_MIN) continue;
		const hit = said.get(key.slice(0, PULL_QUOTE_MIN))?.find((x) => x.key.startsWith(key) || key.startsWith(x.key));
		if (!hit) continue;
		f.speaker = hit.f.speaker;
		f.carried = true;
	}
}
