// mentions.ts: a speaker phrase parsed into a name, a title and an affiliation. Each row: the phrase and
// what it holds.
import { describe, expect, it } from 'vitest';
import { parseMention } from '../../../analysis/quotes/mentions.js';
import { subjectLeft, subjectRight } from '../../../analysis/quotes/subjects.js';
import { clauseSubject } from '../../../analysis/quotes/attribution.js';
import { ctxOf } from './helpers.js';

function parse(phrase: string) {
	const ctx = ctxOf(phrase);
	return parseMention(phrase, ctx.toks, 0, ctx.toks.length);
}

const rows: [string, string, { kind: string; name: string; title?: string | null; affiliation?: string | null }][] = [
	['a title before a name', 'Sen. Jane Roe', { kind: 'person', name: 'Jane Roe', title: 'Sen.' }],
	['an abbreviated rank', 'Supt Audley Peters', { kind: 'person', name: 'Audley Peters', title: 'Supt' }],
	['an organisation and a title before a name', 'U.N. official Jonas Berg', { kind: 'person', name: 'Jonas Berg', title: 'U.N. official', affiliation: 'U.N.' }],
	['a role noun inside the organisation\'s name', 'Riverside State Teachers Association President Keith Dale', { kind: 'person', name: 'Keith Dale', affiliation: 'Riverside State Teachers Association' }],
	['a possessive organisation', "Amnesty International's Russia director Sergei Nikitin", { kind: 'person', name: 'Sergei Nikitin', affiliation: 'Amnesty International' }],
	['a title with "of" before a name', 'Secretary of State Mike Pompeo', { kind: 'person', name: 'Mike Pompeo', title: 'Secretary of State' }],
	// review 28: an office held of, to or for something named before its holder's name
	['... "of the" before the name', 'Secretary of the Treasury Mara Dunleavy', { kind: 'person', name: 'Mara Dunleavy', title: 'Secretary of the Treasury', affiliation: 'Treasury' }],
	['... "to": where it is held is no affiliation', 'former ambassador to Norhaven Helen Achterberg', { kind: 'person', name: 'Helen Achterberg', title: 'former ambassador to Norhaven', affiliation: null }],
	['... a name before the title is', 'U.S. Ambassador to the United Nations Helen Achterberg', { kind: 'person', name: 'Helen Achterberg', affiliation: 'U.S.' }],
	['... "for", a name with a particle', 'special envoy for Norhaven Staffan de Vries', { kind: 'person', name: 'Staffan de Vries', title: 'special envoy for Norhaven' }],
	['... given names before the last two words', 'Deputy Adviser for Strategy Mary Ellen Dunleavy', { kind: 'person', name: 'Mary Ellen Dunleavy' }],
	['... not an organisation of common words', 'a spokesperson for Walton County Public Schools', { kind: 'noun', name: 'spokesperson for Walton County Public Schools' }],
	['... nor a title after the link: the holder is someone else', 'an adviser to President Tom Vale', { kind: 'noun', name: 'adviser to President Tom Vale' }],
	['"of ORG" after a role', 'a professor of operations at Brightwater University', { kind: 'noun', name: 'professor of operations at Brightwater University', affiliation: 'Brightwater University' }],
	['"at ORG" after a role', 'an analyst at D.A. Smith & Co.', { kind: 'noun', name: 'analyst at D.A. Smith & Co.', affiliation: 'D.A. Smith & Co.' }],
	['an organisation', 'the Congressional Budget Office', { kind: 'org', name: 'Congressional Budget Office' }],
	// an organisation's name with "of", then a title and a name: its officer (had been one organisation)
	['an organisation with "of", a title and a name', 'Department of Health Secretary Tom Vale', { kind: 'person', name: 'Tom Vale', title: 'Department of Health Secretary', affiliation: 'Department of Health' }],
	['... a bank and its governor', 'Bank of Norhaven Governor Mara Dunleavy', { kind: 'person', name: 'Mara Dunleavy', title: 'Bank of Norhaven Governor', affiliation: 'Bank of Norhaven' }],
	['... not a name that ends in an organisation word', 'the Department of Health Services', { kind: 'org', name: 'Department of Health Services' }],
	['... nor a title alone at the end', 'the Bank of Norhaven Governor', { kind: 'org', name: 'Bank of Norhaven Governor' }],
	['... with an organisation word in the plural', 'Centers for Disease Control Director Tom Vale', { kind: 'person', name: 'Tom Vale', affiliation: 'Centers for Disease Control' }],
	['a description is not a name (issue class 2)', 'the Kansas Republican', { kind: 'noun', name: 'Kansas Republican' }],
	['a role noun opening a sentence is no name', 'Residents', { kind: 'noun', name: 'Residents' }],
	// review 20: "Lisa Boesky · San Diego": where someone is from is no organisation, but a senator represents it
	['"from" a city is no affiliation', 'a clinical psychologist and jail suicide expert from San Diego', { kind: 'noun', name: 'clinical psychologist and jail suicide expert from San Diego', affiliation: null }],
	['... a senator "from" a state is', 'a senator from Vermont', { kind: 'noun', name: 'senator from Vermont', affiliation: 'Vermont' }],
	// review 20: "Angela Cooper · High" (from "High school math teacher"), "Several", "His", "Education"
	['an everyday word capitalised by the sentence start is no organisation', 'High school math teacher Angela Cooper', { kind: 'person', name: 'Angela Cooper', affiliation: null }],
	['... nor before a plural', 'Education advocacy groups', { kind: 'noun', name: 'Education advocacy groups', affiliation: null }],
	['... but a name the lists know is', 'Apple public relations manager Angela Cooper', { kind: 'person', name: 'Angela Cooper', affiliation: 'Apple' }],
	['... and so is a word that is no everyday word', 'Brightline public relations manager Angela Cooper', { kind: 'person', name: 'Angela Cooper', affiliation: 'Brightline' }],
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

describe('subjectLeft and subjectRight: the speaker phrase next to a cue', () => {
	const left: [string, string, string, string | null][] = [
		['a capitalised function word is not part of the name', 'When Trump suggested it, Rubio objected.', 'suggested', 'Trump'],
		['"Then" before a name', 'Then Brafman added more.', 'added', 'Brafman'],
		['an age aside', 'Cory James, 22, said no.', 'said', 'Cory James'],
		['a long aside holding a place', 'Clinton, during a town hall meeting in Columbus, Ohio, said no.', 'said', 'Clinton'],
		['a party label and a stray comma', 'Gov. John Kasich (R-OH), said no.', 'said', 'Gov. John Kasich'],
		// review RR (53rd stop): a town and its state inside a relative clause or an appositive had been the speaker
		['a town and its state in a relative clause', 'Tom Vale, who was to travel to Harbourton, Ohio, on Wednesday to promote the rules, said no.', 'said', 'Tom Vale'],
		['a town and a state written short in an appositive, then a relative clause', 'Paul Roe, a driver from Harbourton, Mo., who is a union member, said no.', 'said', 'Paul Roe'],
		['... and a town and its state in the subject itself', 'A spokesman for the mayor of Harbourton, Ill., said no.', 'said', 'A spokesman for the mayor of Harbourton, Ill.'],
		['... and in an appositive', 'Tom Vale, a delegate from Harbourton, Texas, said no.', 'said', 'Tom Vale'],
		['... and in an aside after an age (as before)', 'Jane Roe, 34, of Harbourton, Mich., said no.', 'said', 'Jane Roe']
	];
	it.each(left)('%s', (_n, text, verb, expected) => {
		const ctx = ctxOf(text);
		const v = ctx.toks.findIndex((t) => t.value === verb);
		const s = subjectLeft(ctx.toks, v, 0) ?? clauseSubjectFallback(ctx, v);
		expect(s ? text.slice(ctx.toks[s.np[0]].start, ctx.toks[s.np[1] - 1].end) : null).toBe(expected);
	});
	const right: [string, string, string][] = [
		['"said one of …"', 'said one of two witnesses.', 'one of two witnesses'],
		['a demonstrative', 'told this source.', 'this source'],
		['a misread capitalised word before a name still counts', 'said Will Doyle.', 'Will Doyle']
	];
	it.each(right)('%s', (_n, text, expected) => {
		const ctx = ctxOf(text);
		const s = subjectRight(ctx.toks, 1, ctx.toks.length);
		expect(s ? text.slice(ctx.toks[s.np[0]].start, ctx.toks[s.np[1] - 1].end) : null).toBe(expected);
	});
});

/** "When Trump suggested": the clause subject when nothing stands right before the verb. */
function clauseSubjectFallback(ctx: ReturnType<typeof ctxOf>, v: number) {
	return clauseSubject(ctx, 0, v);
}
