// PLACEHOLDER until the lexicon loader lands (helper C replaces this file).
import type { Lexicon } from '../types.js';

export function loadDefaultLexicon(): Lexicon {
	return { version: 'empty', categories: {}, entries: [] };
}
