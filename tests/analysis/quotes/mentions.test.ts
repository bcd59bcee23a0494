// mentions.ts: a speaker phrase parsed into a name, a title and an affiliation. Each row: the phrase and
// what it holds.
import { describe, expect, it } from 'vitest';
import { parseMention } from '../../../analysis/quotes/mentions.js';
import { ctxOf } from './helpers.js';

function parse(phrase: string) {
	const ctx = ctxOf(phrase);
	return parseMention(phrase, ctx.toks, 0, ctx.toks.length);
}

const rows: [string, string, { kind: string; name: string; title?: string | null; affiliation?: string | null }][] = [
	['a title before a name', 'Sen. Jane Roe', { kind: 'person', name: 'Jane Roe', title: 'Sen.' }],
	['an abbreviated rank', 'Supt Audley Peters', { kind: 'person', name: 'Audley Peters', title: 'Supt' }],
	['an organisation and a title before a name', 'U.N. official Jonas Berg', { kind: 'person', name: 'Jonas Berg', title: 'U.N. official', affiliation: 'U.N.' }],
	['a possessive organisation', "Amnesty International's Russia director Sergei Nikitin", { kind: 'person', name: 'Sergei Nikitin', affiliation: 'Amnesty International' }],
	['a title with "of" before a name', 'Secretary of State Mike Pompeo', { kind: 'person', name: 'Mike Pompeo', title: 'Secretary of State' }],
	['"of ORG" after a role', 'a professor of operations at Brightwater University', { kind: 'noun', name: 'professor of operations at Brightwater University', affiliation: 'Brightwater University' }],
	['"at ORG" after a role', 'an analyst at D.A. Smith & Co.', { kind: 'noun', name: 'analyst at D.A. Smith & Co.', affiliation: 'D.A. Smith & Co.' }],
	['an organisation', 'the Congressional Budget Office', { kind: 'org', name: 'Congressional Budget Office' }],
	['a description is not a name (issue class 2)', 'the Kansas Republican', { kind: 'noun', name: 'Kansas Republican' }],
	['a role noun opening a sentence is no name', 'Residents', { kind: 'noun', name: 'Residents' }],
	['page furniture before a name (issue class 4)', 'Facebook Facebook West Mercia Police', { kind: 'org', name: 'West Mercia Police' }],
	['a pronoun', 'she', { kind: 'pronoun', name: 'she' }]
];

describe('parseMention', () => {
	it.each(rows)('%s', (_n, phrase, exp) => {
		const m = parse(phrase)!;
		expect(m).not.toBeNull();
		expect(m.kind).toBe(exp.kind);
		expect(m.name).toBe(exp.name);
		if (exp.title !== undefined) expect(m.title).toBe(exp.title);
		if (exp.affiliation !== undefined) expect(m.affiliation).toBe(exp.affiliation);
		// spans point at the words they name
		expect(phrase.slice(m.nameSpan.start, m.nameSpan.end).replace(/\s+/g, ' ')).toBe(m.name);
		if (m.titleSpan) expect(phrase.slice(m.titleSpan.start, m.titleSpan.end)).toBe(m.title);
		if (m.affiliationSpan) expect(phrase.slice(m.affiliationSpan.start, m.affiliationSpan.end)).toBe(m.affiliation);
	});

	it('nothing nameable is null', () => {
		expect(parse(', .')).toBeNull();
	});
});
