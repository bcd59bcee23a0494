// The three classes of tone toward an actor (NewsMTSC's), and the evidence a story needs for one: no
// imports beyond the story's size, so the dashboard can use it.
import type { Polarity } from '../types.js';

/** A tone at or beyond ±POLAR is negative or positive; between, neutral. */
export const POLAR = 0.1;
/** A sentence's tone toward an actor at or beyond ± this leans one way (VADER's threshold for a sentence). */
export const LEANS = 0.05;
/** In a story, a mean tone at or beyond ± this is polar even when one sentence alone carries it. */
export const STRONG = 0.3;
/** Sentences a text needs to be a story rather than a snippet (a headline, a sentence read alone). */
export const STORY_SENTENCES = 5;

export function polarityOf(tone: number): Polarity {
	return tone <= -POLAR ? 'negative' : tone >= POLAR ? 'positive' : 'neutral';
}

/**
 * An actor's polarity from the tone of each own-voice sentence about it (`scores`; `tone` is their mean).
 * In a story (`story`), an impression forms over the story: one sentence leaning one way, among plain
 * ones, does not make the outlet negative or positive about someone unless it is strong ("Booker, Yang
 * and Gabbard are under pressure to …" in a long report is no verdict on them); two sentences leaning
 * the same way, or a mean of ±STRONG, do. A sentence read alone is all the evidence there is.
 */
export function actorPolarity(tone: number, scores: number[], story: boolean): Polarity {
	const p = polarityOf(tone);
	if (p === 'neutral' || !story || Math.abs(tone) >= STRONG) return p;
	const sign = Math.sign(tone);
	let leaning = 0;
	for (const s of scores) if (Math.sign(s) === sign && Math.abs(s) >= LEANS) leaning++;
	return leaning >= 2 ? p : 'neutral';
}

/** The polarity as a reader sees it: "neutral (one sentence leans negative: too little to call)" when the tone alone would say otherwise. */
export function polarityLabel(tone: number, polarity: Polarity): string {
	const plain = polarityOf(tone);
	return plain === polarity ? polarity : `${polarity}: one sentence leans ${plain}, too little to call`;
}
