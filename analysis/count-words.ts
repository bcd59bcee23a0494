// The number of words in a stretch of text, read in place (no slice, no match array): how long a quote,
// a sentence or an article is, for the figures that say from how much text they are measured. Split from
// nlp.ts, which had passed 500 lines; nlp.ts re-exports it.

const WORD_CHAR = /^[\p{L}\p{N}]/u;

/** A letter or digit at `i` (ASCII answered without the Unicode pattern); 2 for an astral one. */
function wordCharAt(text: string, i: number, end: number): number {
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
	if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
	return WORD_CHAR.test(text[i]) ? 1 : 0;
}

/**
 * Number of words in text[start, end): runs of letters and digits, with inner apostrophes, dots and
 * hyphens (the pattern `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*`), read in place without a slice or a
 * match array. Counting stops once it passes `cap`, for callers that only compare with a small number.
 */
export function countWords(text: string, start = 0, end = text.length, cap = Infinity): number {
	let n = 0;
	let inWord = false;
	for (let i = start; i < end; ) {
		const w = wordCharAt(text, i, end);
		if (w) {
			if (!inWord) {
				if (++n > cap) return n;
				inWord = true;
			}
			i += w;
			continue;
		}
		const c = text.charCodeAt(i);
		// A joiner keeps the word going only between two letters or digits.
		if (inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45) && i + 1 < end && wordCharAt(text, i + 1, end)) {
			i++;
			continue;
		}
		inWord = false;
		i++;
	}
	return n;
}
