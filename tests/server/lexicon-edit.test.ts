// The loaded-terms editor's messages name the term as typed (never "lexicon.add[3].term"), an empty
// row by its place and category; a term of only very common words is refused; adding a term that
// is in another category says that it moves it.
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/lib/server/engine.js';
import { COMMON_WORDS, addTerm, addedMessage, isCommonTerm, scopedRemoval } from '../../src/lib/server/lexicon-edit.js';
import { checkLexiconChanges } from '../../src/lib/server/validate.js';
import type { LexiconChanges } from '../../src/lib/server/types.js';

const engine = createEngine({ inProcess: true });
afterAll(() => engine.close());
const lexiconFor = (c: LexiconChanges) => engine.lexiconFor(c);
const label = (key: string) => engine.defaultLexicon().categories[key]?.label ?? key;
const none: LexiconChanges = { add: [], remove: [] };
const smugLabel: LexiconChanges = { add: [{ term: 'smug', category: 'label' }], remove: [] };

describe('checkLexiconChanges names the term, not a path', () => {
	it.each([
		['HTML in a term', { add: [{ term: '<b>x</b>', category: 'emotive' }] }, '“<b>x</b>”: a term can’t contain HTML tags; type the plain word or phrase'],
		['an empty row says which and where', { add: [{ term: 'brutal', category: 'emotive' }, { term: '  ', category: 'label' }] }, 'added term 2 (label): is empty: type a word or phrase'],
		['a missing term', { add: [{ category: 'hedge' }] }, 'added term 1 (hedge): is empty: type a word or phrase'],
		['an unknown category', { add: [{ term: 'brutal', category: 'spicy' }] }, '“brutal”: “spicy” is not a category terms can be added to (one of: emotive, label)'],
		['a removed term with HTML', { remove: ['<i>y</i>'] }, '“<i>y</i>”: a term can’t contain HTML tags; type the plain word or phrase'],
		['a term far too long', { add: [{ term: 'x'.repeat(101), category: 'emotive' }] }, /^“x+”: is too long \(101 characters, at most 100\)$/]
	] as const)('%s', (_name, value, expected) => {
		const run = () => checkLexiconChanges(value, ['emotive', 'label']);
		if (typeof expected === 'string') expect(run).toThrow(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
		else expect(run).toThrow(expected);
	});

	it('accepts good changes as before', () => {
		expect(checkLexiconChanges({ add: [{ term: ' brutal ', category: 'emotive' }, { term: 'Brutal', category: 'emotive' }], remove: ['slammed'] })).toEqual({
			add: [{ term: 'brutal', category: 'emotive' }],
			remove: ['slammed']
		});
	});
});

describe('very common words are not loaded terms', () => {
	it.each([
		['the', true],
		['The', true],
		['of the', true],
		['and', true],
		['said', true],
		['according to', true],
		['the regime', false],
		['so-called', false],
		['brutal', false],
		['', false]
	] as const)('%s → %s', (term, common) => {
		expect(isCommonTerm(term)).toBe(common);
	});

	it('the word list is read from its data file', () => {
		expect(COMMON_WORDS.size).toBeGreaterThan(150);
		expect(COMMON_WORDS.has('#')).toBe(false);
	});
});

describe('adding a term', () => {
	it.each([
		['a new term', none, 'defiantly smug', 'emotive', 'Added “defiantly smug” to “Emotive”.'],
		['a term of another category moves, and says so', none, 'dramatic', 'emotive', 'Moved “dramatic” from “Intensifiers” to “Emotive”: a term counts in one category only, so it is no longer counted as “Intensifiers”. “undo” beside it puts it back in “Intensifiers”.'],
		['a term the facilitator added elsewhere moves too', smugLabel, 'smug', 'emotive', 'Moved “smug” from “Labels” to “Emotive”: a term counts in one category only, so it is no longer counted as “Labels”.'],
		['already there', none, 'dramatic', 'intensifier', '“dramatic” is already a loaded term in “Intensifiers”; nothing changed.'],
		['an empty term names the category', none, '   ', 'hedge', /^term: is empty: type the word or phrase to add to “Hedges and doubt”$/],
		['“the” is refused with the reason', none, 'the', 'emotive', /^“the”: is one of the most common words in English, so as a loaded term it would mark words in almost every sentence/],
		['“said” too', none, 'said', 'reporting', /^“said”: is one of the most common words/],
		['a phrase of common words', none, 'of the', 'label', /^“of the”: is made only of very common words, so/]
	] as [string, LexiconChanges, string, string, string | RegExp][])('%s', (_name, current, term, category, expected) => {
		if (expected instanceof RegExp) {
			expect(() => addTerm(current, term, category, label, lexiconFor)).toThrow(expected);
			return;
		}
		const r = addTerm(current, term, category, label, lexiconFor);
		expect(addedMessage(term, category, r, label)).toBe(expected);
		expect(r.changes.add.at(-1)).toEqual({ term: term.trim(), category });
	});
});

// Review 13: removing the hedge chip "claim" also removed the loaded reporting verb "claim".
describe('removing a found term removes it from its category only', () => {
	it.each([
		['claim', 'hedge', 'claim @NOUN', ['reporting']],
		['claim', 'reporting', 'claim @VERB', ['hedge']],
		['brutal', 'emotive', 'brutal', []]
	] as const)('%s in %s is stored as %j, leaving %j', (term, category, stored, left) => {
		const base = lexiconFor(none);
		expect(scopedRemoval(base, term, category)).toBe(stored);
		const after = lexiconFor({ add: [], remove: [stored] });
		expect(after.entries.filter((e) => e.term === term).map((e) => e.category)).toEqual(left);
	});
});
