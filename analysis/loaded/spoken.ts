// The body's quoted speech, which the loaded-terms and tone stages split own voice from: the words inside
// each direct quote's marks, what a report or a naming verb gives a named speaker, a mixed quote's words
// outside its marks, and long quotations nobody was found to have said. Split from index.ts.
import { countWords } from '../nlp.js';
import { SpanIndex } from '../span-index.js';
import { quotePairs, type MarkedSpan } from './scare-quotes.js';
import type { Quote, Span } from '../types.js';

/** A stretch of the body in someone else's words, with the speaker when the quotes stage found one. */
export interface SpokenSpan extends Span {
	speaker: string | null;
	/** Inside a direct quote's marks (else an unattributed quotation). */
	direct: boolean;
	/** A named speaker's words as the outlet reports them, without marks ("X said the plan was reckless"). */
	paraphrase?: true;
}

/**
 * The body's quoted speech: the words inside each direct quote's marks (its `parts`, or its whole span),
 * then longer quotation-mark spans (four words or more) nobody was found to have said, which are still
 * someone else's words. The loaded-terms and tone stages both split own voice from quoted speech by
 * these spans. Direct quotes come first, so a caller taking the first span that holds a word gets the
 * attributed one.
 */
export function quotedSpans(text: string, quotes: Quote[], pairs: MarkedSpan[] = quotePairs(text), partial: Span[] = []): SpokenSpan[] {
	const direct = quotes.filter((q) => q.kind === 'direct').flatMap((q) => (q.parts ?? [q]).map((w) => ({ start: w.start, end: w.end, speaker: q.speaker, direct: true })));
	// "The White House called the process a sham": what a naming verb reports is the speaker's own word
	// for it, quoted without marks. "Khalif said some of the mayor's rhetoric has been patronizing": a
	// judgement the outlet reports a named speaker making is the speaker's, though in the outlet's words
	// (`paraphrase`); the outlet's own voice is what it asserts itself (review AA: 12 of 40 own-voice
	// terms were charges the outlet reported).
	const named = quotes
		.filter((q) => q.kind === 'indirect' && (q.speaker !== null || naming(q)))
		.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, direct: false, ...(naming(q) ? {} : { paraphrase: true as const }) }));
	// "Mr. Trump is so reckless, the vice president said, that if … "I would have …"": a mixed quote's
	// words outside its marks are the speaker's paraphrase, as an indirect report's are; not its speaker
	// and cue, nor the attribution between the parts of an interrupted quote (review EE of the 43rd stop
	// had "so reckless" the outlet's)
	const around = quotes.filter((q) => q.kind === 'direct' && q.speaker !== null && q.parts && q.parts.length > 0).flatMap((q) => paraphraseGaps(text, q));
	const byStart = new SpanIndex(direct);
	const unattributed = pairs
		.filter((p) => countWords(text, p.inner.start, p.inner.end, 3) > 3)
		.filter((p) => !byStart.containing(p.inner))
		.map((p) => ({ start: p.inner.start, end: p.inner.end, speaker: null, direct: false }));
	// ('has characterized them as "truthful"': a few words quoted in part after a speech verb, partialQuotes())
	const inPart = partial.filter((p) => !byStart.containing(p)).map((p) => ({ start: p.start, end: p.end, speaker: null, direct: false }));
	return [...direct, ...named, ...around, ...unattributed, ...inPart];
}

/**
 * The stretches of a mixed quote's span before its first marked part and after its last that hold a word,
 * less its attribution: its speaker's mention and cue, and the words before a cue inside the span whose
 * speaker stands outside it. Not the attribution between the parts of an interrupted quote, '"A," Thomas
 * allegedly told a supervisor. "B."', which is the outlet's. (A span that starts with the object of a cue
 * before it, 'Acme has denied Lee's claims, saying they were "…"', still gives "Lee's claims" to Acme.)
 */
function paraphraseGaps(text: string, q: Quote): SpokenSpan[] {
	const parts = [...(q.parts ?? [])].sort((x, y) => x.start - y.start);
	if (!parts.length) return [];
	const out: SpokenSpan[] = [];
	const add = (s: number, e: number) => {
		if (e > s && countWords(text, s, e, 1) > 0) out.push({ start: s, end: e, speaker: q.speaker, direct: false, paraphrase: true });
	};
	const first = parts[0].start;
	const cueIn = (from: number, to: number) => q.cueStart !== null && q.cueEnd !== null && q.cueStart >= from && q.cueEnd <= to;
	const speakerIn = (from: number, to: number) => q.speakerStart !== null && q.speakerEnd !== null && q.speakerStart >= from && q.speakerEnd <= to;
	// ("Mr. Trump is so reckless, the vice president said, that …": around a parenthetical attribution)
	if (cueIn(q.start, first) && speakerIn(q.start, first)) {
		add(q.start, Math.min(q.speakerStart!, q.cueStart!));
		add(Math.max(q.speakerEnd!, q.cueEnd!), first);
	} else if (cueIn(q.start, first)) add(q.cueEnd!, first);
	else add(q.start, first);
	const last = parts[parts.length - 1].end;
	if (cueIn(last, q.end) || speakerIn(last, q.end)) {
		const from = Math.min(q.cueStart ?? q.end, q.speakerStart ?? q.end);
		add(last, Math.max(last, Math.min(from, q.end)));
	} else add(last, q.end);
	return out;
}

/**
 * Cues of naming and describing: "called it a sham", "labelled them traitors", "described the plan as
 * reckless", "portrayed Vale as a divisive leader", "painted her as unfit" (review 36).
 */
const naming = (q: Quote) => q.cue !== null && NAMING_CUE.test(q.cue);
const NAMING_CUE = /^(?:call(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed)?|describ(?:e|es|ed|ing)|portray(?:s|ed|ing)?|depict(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|paint(?:s|ed|ing)?|cast(?:s|ing)?|compar(?:e|es|ed|ing)|liken(?:s|ed|ing)?)$/i;
