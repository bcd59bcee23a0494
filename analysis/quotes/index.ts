// PLACEHOLDER until the quotes stage lands (helper B replaces this file).
import type { CleanArticle, CueKind, GroupRule, GroupSummary, Lexicon, Quote, SpeakerOverrides, SpeakerSummary, Tokenised } from '../types.js';

export function findQuotes(_article: CleanArticle, _tok: Tokenised, _rules: GroupRule[], _lexicon: Lexicon): Quote[] {
	return [];
}
export function summariseQuotes(quotes: Quote[], _bodyLength: number, _overrides?: SpeakerOverrides): {
	quotes: Quote[]; speakers: SpeakerSummary[]; groups: GroupSummary[]; cues: Record<CueKind, number>;
} {
	return { quotes, speakers: [], groups: [], cues: { neutral: 0, loaded: 0 } };
}
export function loadGroupRules(): GroupRule[] {
	return [];
}
