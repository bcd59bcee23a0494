// The facilitator adds a loaded term. Before, "the" was accepted without a word (it marked 96 words
// of one article), and re-adding "dramatic" under Emotive silently took it out of Intensifiers.
// Here a term made only of very common words (word-lists/common-words.txt) is refused with the reason, and
// the message after adding says when the term moved from another category and what that changes.
import commonWordsText from './word-lists/common-words.txt?raw';
import { InputError } from './errors.js';
import type { Lexicon } from '../../../analysis/types.js';
import type { MatchEntry } from '../../../analysis/lexicon/match.js';
import type { LexiconChanges } from './types.js';

/** The words of common-words.txt (one a line, # comments). */
export function parseWordList(text: string): Set<string> {
	return new Set(
		text
			.split('\n')
			.map((l) => l.replace(/#.*/, '').trim().toLowerCase())
			.filter(Boolean)
	);
}

export const COMMON_WORDS: ReadonlySet<string> = parseWordList(commonWordsText);

const words = (term: string) => term.toLowerCase().replace(/\s@[A-Z|]+$/i, '').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/** A term made only of very common words ("the", "of the", "said"); such a term flags most of any text. */
export function isCommonTerm(term: string): boolean {
	const w = words(term);
	return w.length > 0 && w.every((x) => COMMON_WORDS.has(x));
}

const sameTerm = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export interface TermAdded {
	changes: LexiconChanges;
	/** The categories the term was in before (by key), when adding it moves it. */
	movedFrom: string[];
	/** Already in this category: nothing changes. */
	already: boolean;
	/** The move is from the shipped lexicon (undoing the addition puts the term back there). */
	fromDefault: boolean;
}

/**
 * The collection's lexicon changes with `term` added to `category`, or an InputError naming the term.
 * `lexiconFor` gives a lexicon for a set of changes (the engine's), to see where the term is now.
 */
export function addTerm(current: LexiconChanges, rawTerm: string, category: string, categoryLabel: (key: string) => string, lexiconFor: (c: LexiconChanges) => Lexicon): TermAdded {
	const term = rawTerm.replace(/\s+/g, ' ').trim();
	if (!term) throw new InputError('term', `is empty: type the word or phrase to add to “${categoryLabel(category)}”`);
	if (isCommonTerm(term))
		throw new InputError(
			`“${term}”`,
			`${words(term).length > 1 ? 'is made only of very common words' : 'is one of the most common words in English'}, so as a loaded term it would mark words in almost every sentence; add a word or phrase that carries a judgement (e.g. “regime”, “slammed”)`
		);
	const changes: LexiconChanges = {
		add: [...current.add.filter((a) => !sameTerm(a.term, term)), { term, category }],
		remove: current.remove.filter((r) => !sameTerm(r, term))
	};
	// Where the term is now: the entries with the same words the new entry has (lemmatised, as matched).
	let movedFrom: string[] = [];
	let already = false;
	try {
		const after = lexiconFor(changes);
		const added = after.entries.find((e) => e.category === category && sameTerm(e.term, term));
		if (added) {
			const key = added.words.join(' ');
			const before = lexiconFor(current).entries.filter((e) => e.words.join(' ') === key);
			already = before.some((e) => e.category === category);
			movedFrom = [...new Set(before.map((e) => e.category).filter((c) => c !== category))];
		}
	} catch (e) {
		// The changes themselves are checked when saved (checkLexiconChanges names the term).
		if (!(e instanceof InputError)) throw e;
	}
	return { changes, movedFrom, already, fromDefault: !current.add.some((a) => sameTerm(a.term, term)) };
}

/** The sentence the facilitator reads after adding a term. */
export function addedMessage(term: string, category: string, r: TermAdded, categoryLabel: (key: string) => string): string {
	const t = `“${term.replace(/\s+/g, ' ').trim()}”`;
	const cat = `“${categoryLabel(category)}”`;
	if (r.movedFrom.length) {
		const from = r.movedFrom.map((c) => `“${categoryLabel(c)}”`).join(' and ');
		return `Moved ${t} from ${from} to ${cat}: a term counts in one category only, so it is no longer counted as ${from}.${r.fromDefault ? ` “undo” beside it puts it back in ${from}.` : ''}`;
	}
	if (r.already) return `${t} is already a loaded term in ${cat}; nothing changed.`;
	return `Added ${t} to ${cat}.`;
}

/**
 * What to store to remove `term` as found in `category` only: the term with its entry's part of speech
 * ("claim @NOUN", the hedge) when the same word is listed in another category too ("claim @VERB", a
 * loaded reporting verb), so removing one chip leaves the other; else the term itself.
 */
export function scopedRemoval(lexicon: Lexicon, term: string, category: string): string {
	const t = term.trim().toLowerCase();
	const entries = (lexicon.entries as MatchEntry[]).filter((e) => e.term.toLowerCase() === t);
	const mine = entries.find((e) => e.category === category);
	const others = entries.some((e) => e.category !== category);
	return mine?.pos?.length && others ? `${term.trim()} @${mine.pos.join('|')}` : term.trim();
}
