// Scare quotes a facilitator takes back are kept among the lexicon's removals as the words with their
// quotation marks ("“feather duvet lung”"). One module, without the lexicon's data, so the dashboard's
// controls read a removal the way the analysis does.

/**
 * A removal written with quotation marks around it ("“feather duvet lung”", '"Humidifier lung"'): the
 * words, lower case with spaces collapsed, that are no scare quotes in this collection; else null.
 */
export function quotedPhrase(removal: string): string | null {
	const m = /^\s*["“‘'«]\s*(.+?)\s*["”’'»]\s*$/.exec(removal);
	return m ? plainQuotedKey(m[1]) : null;
}

/** The form plainQuoted keeps words in: lower case, one space between words, curly apostrophes straight. */
export const plainQuotedKey = (words: string): string => words.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
