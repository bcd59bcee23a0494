// The three classes of tone toward an actor (NewsMTSC's): no imports, so the dashboard can use it.
import type { Polarity } from '../types.js';

/** A tone at or beyond ±POLAR is negative or positive; between, neutral. */
export const POLAR = 0.1;

export function polarityOf(tone: number): Polarity {
	return tone <= -POLAR ? 'negative' : tone >= POLAR ? 'positive' : 'neutral';
}
