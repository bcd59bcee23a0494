// PLACEHOLDER until the loaded-terms stage lands (helper C replaces this file).
import type { CleanArticle, Lexicon, LoadedSummary, LoadedTerm, Quote, Tokenised } from '../types.js';

export function findLoaded(_article: CleanArticle, _tok: Tokenised, _quotes: Quote[], _lexicon: Lexicon): LoadedTerm[] {
	return [];
}
export function summariseLoaded(_loaded: LoadedTerm[], _words: number, _lexicon: Lexicon): LoadedSummary {
	const z = { total: 0, ownVoice: 0, quoted: 0, counts: { total: 0, ownVoice: 0, quoted: 0 } };
	return { ...z, byCategory: {} };
}
