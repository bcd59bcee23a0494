// PLACEHOLDER until the sentiment stage lands (helper C replaces this file).
import type { Sentiment, Tokenised } from '../types.js';

export function scoreSentiment(_text: string, _tok: Tokenised): Sentiment {
	return { score: 0, sentences: [] };
}
export function scoreComment(_text: string): number {
	return 0;
}
