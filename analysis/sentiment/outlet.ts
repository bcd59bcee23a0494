// Tone figures across one outlet's articles, and relative to the collection. Pure and free of wink, so
// the dashboard's fallback aggregation can use it too.
import type { ArticleAnalysis, ToneStretch } from '../types.js';

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Mean of the units' scores weighted by `words`, plain units included (a unit with no tone word counts
 * 0), or null when there are no words at all. Own voice and quoted speech weigh their stretches by
 * words, since a stretch may be two words of attribution ("she said") or a whole paragraph; the body
 * (index.ts) gives each paragraph one.
 */
export function wordWeightedTone(units: { score: number; words: number }[]): number | null {
	let words = 0;
	let sum = 0;
	for (const u of units) {
		words += u.words;
		sum += u.score * u.words;
	}
	return words > 0 ? round(sum / words) : null;
}

export interface OutletTone {
	/** Word-weighted body tone across the articles. */
	bodySentiment: number;
	/** Tone of the outlet's own words and of the speech it quotes: all the articles' stretches of that voice, weighted by their words; null when there are none. */
	ownVoiceTone: number | null;
	quotedTone: number | null;
}

export function outletTone(arts: Pick<ArticleAnalysis, 'sentiment' | 'words'>[]): OutletTone {
	const words = arts.reduce((s, a) => s + a.words, 0);
	const stretches: ToneStretch[] = arts.flatMap((a) => a.sentiment.stretches ?? []);
	const of = (v: ToneStretch['voice']) => wordWeightedTone(stretches.filter((s) => s.voice === v));
	const own = of('outlet');
	const quoted = of('quoted');
	return {
		// Weighted by length, so a long article counts for more than a brief.
		bodySentiment: round(words ? arts.reduce((s, a) => s + a.sentiment.score * a.words, 0) / words : 0),
		ownVoiceTone: own === null ? null : round(own),
		quotedTone: quoted === null ? null : round(quoted)
	};
}

export interface RelativeTone {
	/** Body tone minus the mean of every outlet's body tone (each outlet once). */
	bodySentimentRelative: number;
	/** Own-voice tone minus the mean of the outlets' own-voice tone; null when the outlet has none. */
	ownVoiceRelative: number | null;
}

/**
 * Every outlet covers the same event, so what they share (the subject) is in the collection's mean;
 * the distance from it is the outlet's own slant. With one outlet the relative figures are 0.
 */
export function relativeTone(rows: OutletTone[]): RelativeTone[] {
	const bodyMean = rows.length ? rows.reduce((s, r) => s + r.bodySentiment, 0) / rows.length : 0;
	const owns = rows.map((r) => r.ownVoiceTone).filter((x): x is number => x !== null);
	const ownMean = owns.length ? owns.reduce((a, b) => a + b, 0) / owns.length : 0;
	return rows.map((r) => ({
		bodySentimentRelative: round(r.bodySentiment - bodyMean),
		ownVoiceRelative: r.ownVoiceTone === null ? null : round(r.ownVoiceTone - ownMean)
	}));
}
