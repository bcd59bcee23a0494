// The matchers keep, per word, the entries its forms start in each list (lexicon/match.ts): what they
// find must be what reading the list form by form finds, in the same order, token by token.
import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../analysis/nlp.js';
import { loadDefaultLexicon } from '../../../analysis/lexicon/index.js';
import { buildIndex, firstMatch, forms, formsOf, matchAt, matchesAt, orderedIndex, type MatchEntry } from '../../../analysis/lexicon/match.js';
import type { Token } from '../../../analysis/types.js';

/** matchesAt() as it read the index before: form by form, each entry once, in the order met. */
function matchesByForms(tokens: Token[], i: number, index: Map<string, MatchEntry[]>): [number, string][] {
	const seen = new Set<MatchEntry>();
	const out: [number, string][] = [];
	for (const k of forms(tokens[i]))
		for (const e of index.get(k) ?? []) {
			if (seen.has(e)) continue;
			seen.add(e);
			const end = matchAt(tokens, i, e);
			if (end >= 0) out.push([end, e.term]);
		}
	return out;
}

/** firstMatch() as it read the list before: the first entry in list order whose first word is a form. */
function firstByList(tokens: Token[], i: number, entries: MatchEntry[]): number {
	const f = forms(tokens[i]);
	for (const e of entries) {
		if (!f.includes(e.words[0]) && !f.includes(e.normals?.[0] ?? '')) continue;
		const end = matchAt(tokens, i, e);
		if (end >= 0) return end;
	}
	return -1;
}

describe('per-word candidates find what the lists find', () => {
	const lexicon = loadDefaultLexicon();
	const entries = lexicon.entries as MatchEntry[];
	const index = buildIndex(entries);
	const rows: [string, string][] = [
		['loaded terms in several forms', 'Thugs rioted as the regime slammed the so-called reforms; rioters were slamming doors and the slams went on.'],
		['a title-case line and plain words', 'Radical Left Thugs Storm The Capitol\n\nOfficials said the mob stormed the building on Tuesday.'],
		['the same words again, another article', 'The regime slammed critics. Critics slammed the regime.']
	];
	it.each(rows)('%s', (_name, text) => {
		const { tokens } = tokenise(text);
		const all = formsOf(tokens);
		let found = 0;
		for (let i = 0; i < tokens.length; i++) {
			const want = matchesByForms(tokens, i, index);
			// with the token words passed in (kept per word) and without (worked out each time)
			expect(matchesAt(tokens, i, index, all).map((m) => [m.end, m.entry.term])).toEqual(want);
			expect(matchesAt(tokens, i, index).map((m) => [m.end, m.entry.term])).toEqual(want);
			const first = firstByList(tokens, i, entries);
			expect(firstMatch(tokens, i, entries, all, orderedIndex(entries))).toBe(first);
			expect(firstMatch(tokens, i, entries)).toBe(first);
			found += want.length;
		}
		expect(found).toBeGreaterThan(0);
	});
});
