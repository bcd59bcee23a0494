// The facilitator's corrections of single quotes (analysis/types.ts QuoteFix): give a quote its speaker,
// or say a passage is no quote. Saved with the collection's speaker settings, so every chart, table,
// question and export that counts quotes reads the corrected ones (engine.applyOverrides lays them on).
import { FIX_TEXT_LENGTH, fixedQuote, type SummarisedQuote } from '../../../analysis/quotes/summary.js';
import { InputError } from './errors.js';
import type { Store } from './store.js';
import type { QuoteFix } from '../../../analysis/types.js';
import { classifySpeaker, loadGroupRules } from '../../../analysis/quotes/groups.js';
import { checkLabel } from './validate.js';

/** Where the quote is in the body, as the article page shows it. */
export interface QuoteAt {
	start: number;
	end: number;
}

/** A form's offset field as a number, or an InputError naming it. */
export function offsetField(name: string, raw: string): number {
	const n = Number(raw);
	if (!raw.trim() || !Number.isSafeInteger(n) || n < 0) throw new InputError(name, 'must be a position in the article (a whole number)');
	return n;
}

const short = (text: string) => {
	const t = text.replace(/\s+/g, ' ').trim();
	return t.length > 60 ? `${t.slice(0, 57).trimEnd()}…` : t;
};

/**
 * Give the quote at `at` the speaker `speaker`, or (null) say it is no quote. Giving it back the speaker
 * the analysis found removes the correction. Returns what was done, in words; an InputError when the
 * quote is not (or no longer) in the article's analysis.
 */
export function correctQuote(store: Store, collectionId: string, articleId: string, at: QuoteAt, speaker: string | null): string {
	return store.transaction(() => {
		store.articleIn(articleId, collectionId);
		const analysis = store.analyseStoredArticle(articleId);
		const q = analysis.quotes.find((x) => x.start === at.start && x.end === at.end) as SummarisedQuote | undefined;
		if (!q) throw new InputError(`the quote at ${at.start}–${at.end}`, 'is not in this article’s analysis any more; reload the page');
		const typed = speaker === null ? null : checkLabel(`The speaker’s name for “${short(q.text)}”`, speaker, { required: true, max: 200 });
		// "jane doe" for "Jane Doe": a speaker the collection already quotes keeps one spelling
		const name = typed === null ? null : (knownSpelling(store, collectionId, typed) ?? typed);
		const { speakers } = store.getCollection(collectionId).settings;
		// Any earlier correction of this quote gives way to this one.
		const others = (speakers.quoteFixes ?? []).filter((f) => f.article !== articleId || fixedQuote([q], f) !== q);
		const found = q.given ? (q.originalSpeaker ?? null) : q.speaker;
		const undo = name !== null && name === found;
		// (the group the name says, as for any speaker's name: "Ministry of Health" is government)
		const group = name === null ? 'unclassified' : classifySpeaker(loadGroupRules(), null, null, name);
		const fix: QuoteFix = { article: articleId, start: q.start, end: q.end, text: q.text.slice(0, FIX_TEXT_LENGTH), speaker: name, ...(group !== 'unclassified' ? { group } : {}) };
		const quoteFixes = undo ? others : [...others, fix];
		store.setSettings(collectionId, { speakers: { ...speakers, quoteFixes: quoteFixes.length ? quoteFixes : undefined } });
		if (name === null) return `“${short(q.text)}” is no longer counted as a quote.`;
		return undo ? `“${short(q.text)}” is counted as said by ${name} again, as the analysis found.` : `“${short(q.text)}” is now counted as said by ${name}.`;
	});
}

/** The spelling a speaker of the collection already has for a name typed in another case or spacing. */
function knownSpelling(store: Store, collectionId: string, typed: string): string | undefined {
	const key = (n: string) => n.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
	const want = key(typed);
	for (const a of store.analyseCollection(collectionId).articles) for (const s of a.speakers) if (key(s.speaker) === want) return s.speaker;
	return undefined;
}

/** Take back the correction saved for the quote at `at` (its place when it was corrected). */
export function uncorrectQuote(store: Store, collectionId: string, articleId: string, at: QuoteAt): string {
	return store.transaction(() => {
		store.articleIn(articleId, collectionId);
		const { speakers } = store.getCollection(collectionId).settings;
		const fixes = speakers.quoteFixes ?? [];
		const gone = fixes.find((f) => f.article === articleId && f.start === at.start && f.end === at.end);
		if (!gone) throw new InputError(`the correction at ${at.start}–${at.end}`, 'is not saved (it may have been taken back already); reload the page');
		const quoteFixes = fixes.filter((f) => f !== gone);
		store.setSettings(collectionId, { speakers: { ...speakers, quoteFixes: quoteFixes.length ? quoteFixes : undefined } });
		return gone.speaker === null ? `“${short(gone.text)}” counts as a quote again.` : `“${short(gone.text)}” has the speaker the analysis found again.`;
	});
}
