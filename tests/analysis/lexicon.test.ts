import { describe, expect, it } from 'vitest';
import { applyLexiconChanges, CATEGORIES, LIST_CATEGORIES, loadDefaultLexicon, parseLexicon, SCARE_QUOTES, type MatchEntry } from '../../analysis/lexicon/index.js';

const small = () =>
	parseLexicon([
		{ category: 'emotive', content: '# a comment line\nbrutal\nlie @NOUN\n\n' },
		{ category: 'metaphor', content: 'slam the door   # inline comment\nstorm off\n' },
		{ category: 'reporting', content: 'claim @VERB\n' }
	]);

describe('parseLexicon', () => {
	const lex = small();
	const cases: [string, string[], string[] | undefined][] = [
		// [term as written, lemmatised words, POS filter]
		['brutal', ['brutal'], undefined],
		['lie', ['lie'], ['NOUN']],
		['slam the door', ['slam', 'the', 'door'], undefined],
		['storm off', ['storm', 'off'], undefined],
		['claim', ['claim'], ['VERB']]
	];
	it.each(cases)('%s -> %j (pos %j)', (term, words, pos) => {
		const e = lex.entries.find((x) => x.term === term) as MatchEntry | undefined;
		expect(e).toBeDefined();
		expect(e!.words).toEqual(words);
		expect(e!.pos).toEqual(pos);
	});

	it('skips comments and blank lines', () => {
		expect(lex.entries).toHaveLength(5);
		expect(lex.entries.some((e) => e.term.includes('#') || e.term.includes('comment'))).toBe(false);
	});

	it('lemmatises inflected entries', () => {
		const l = parseLexicon([{ category: 'reporting', content: 'slammed\nboasts\n' }]);
		expect(l.entries.map((e) => e.words)).toEqual([['slam'], ['boast']]);
	});

	it('version is a content hash: same content same version, other content another', () => {
		expect(small().version).toBe(lex.version);
		expect(lex.version).toMatch(/^[0-9a-f]{8}$/);
		const other = parseLexicon([{ category: 'emotive', content: 'brutal\nvile\n' }]);
		expect(other.version).not.toBe(lex.version);
	});

	it('carries category metadata, including the structural scare-quotes category', () => {
		expect(lex.categories.emotive.label).toBe('Emotive');
		expect(lex.categories[SCARE_QUOTES].description.length).toBeGreaterThan(10);
	});
});

describe('applyLexiconChanges', () => {
	const cases: [string, { add?: { term: string; category: string }[]; remove?: string[] }, (terms: string[]) => boolean][] = [
		['add a term', { add: [{ term: 'vile', category: 'emotive' }] }, (t) => t.includes('emotive:vile')],
		['remove by the written form', { remove: ['brutal'] }, (t) => !t.includes('emotive:brutal')],
		['remove by an inflection', { remove: ['storms off'] }, (t) => !t.includes('metaphor:storm off')],
		['recategorise by adding to another category', { add: [{ term: 'brutal', category: 'label' }] }, (t) => t.includes('label:brutal') && !t.includes('emotive:brutal')]
	];
	it.each(cases)('%s changes entries and version', (_name, changes, check) => {
		const base = small();
		const next = applyLexiconChanges(base, changes);
		expect(check(next.entries.map((e) => `${e.category}:${e.term}`))).toBe(true);
		expect(next.version).not.toBe(base.version);
		expect(base.entries).toHaveLength(5); // the input is not changed
	});

	// review 13: removing the hedge "claim" chip also removed the reporting verb "claim"
	it.each([
		['claim @NOUN', ['reporting:claim']],
		['claim @VERB', ['hedge:claim']],
		['claim', []],
		['claims', []]
	] as const)('removing %s leaves %j', (removal, left) => {
		const two = parseLexicon([
			{ category: 'hedge', content: 'claim @NOUN\n' },
			{ category: 'reporting', content: 'claim @VERB\n' }
		]);
		expect(applyLexiconChanges(two, { remove: [removal] }).entries.map((e) => `${e.category}:${e.term}`)).toEqual(left);
	});

	it('a no-op change keeps the version', () => {
		const base = small();
		expect(applyLexiconChanges(base, {}).version).toBe(base.version);
		expect(applyLexiconChanges(base, { remove: ['not-in-the-lexicon'] }).version).toBe(base.version);
	});

	// third newcomer pass: a term the outlet names in quotation marks is no scare quote, and the
	// facilitator had no way to say so
	it.each([
		['“feather duvet lung”', ['feather duvet lung']],
		['"Humidifier  Lung"', ['humidifier lung']],
		['‘interim’', ['interim']]
	] as const)('removing %s in quotation marks takes back those scare quotes, not a term', (removal, plain) => {
		const base = small();
		const next = applyLexiconChanges(base, { remove: [removal] });
		expect(next.plainQuoted).toEqual(plain);
		expect(next.entries).toEqual(base.entries);
		expect(next.version).not.toBe(base.version);
	});

	it('add then remove returns to the same version', () => {
		const base = small();
		const added = applyLexiconChanges(base, { add: [{ term: 'vile', category: 'emotive' }] });
		expect(applyLexiconChanges(added, { remove: ['vile'] }).version).toBe(base.version);
	});
});

describe('loadDefaultLexicon', () => {
	const lex = loadDefaultLexicon();
	it.each(LIST_CATEGORIES)('category %s has a word list and metadata', (c) => {
		expect(lex.entries.filter((e) => e.category === c).length).toBeGreaterThan(20);
		expect(lex.categories[c]).toEqual(CATEGORIES[c]);
	});
	it.each([
		['reporting', 'claim'],
		['reporting', 'admit'],
		['reporting', 'insist'],
		['hedge', 'so-called'],
		['hedge', 'allegedly'],
		['metaphor', 'declare war on'],
		['metaphor', 'firestorm'],
		['metaphor', 'storm off']
	])('lists %s term %s', (category, term) => {
		expect(lex.entries.some((e) => e.category === category && e.term === term)).toBe(true);
	});
	it('a term sits in one category, unless POS filters split its senses', () => {
		const byWords = new Map<string, MatchEntry[]>();
		for (const e of lex.entries as MatchEntry[]) {
			const k = e.words.join(' ');
			byWords.set(k, [...(byWords.get(k) ?? []), e]);
		}
		const clashes: string[] = [];
		for (const [k, es] of byWords) {
			// Two written forms of one lemma in one category ("embolden", "emboldened") are one term.
			if (new Set(es.map((e) => e.category)).size < 2) continue;
			const tags = es.map((e) => e.pos ?? ['*']);
			const flat = tags.flat();
			if (flat.includes('*') || new Set(flat).size !== flat.length) clashes.push(`${k}: ${es.map((e) => e.category).join(', ')}`);
		}
		expect(clashes).toEqual([]);
	});
	it('every entry has lower-case lemmatised words', () => {
		for (const e of lex.entries) for (const w of e.words) expect(w).toBe(w.toLowerCase());
	});
});
