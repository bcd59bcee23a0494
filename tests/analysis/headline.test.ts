// Loaded terms in the headline (analysis/loaded/headline.ts): read with the body's lexicon and rules,
// title case read in lower case even when short, quoted words someone else's, never scare quotes,
// offsets into the title; and kept apart from the body's findings and rates.
import { describe, expect, it } from 'vitest';
import { findHeadlineLoaded, MAX_HEADLINE } from '../../analysis/loaded/headline.js';
import { analyseArticle } from '../../analysis/pipeline.js';
import { parseLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';

const lex = parseLexicon([
	{ category: 'emotive', content: 'shameful\nbrutal\ncontempt\n' },
	{ category: 'label', content: 'thug\n' },
	{ category: 'hedge', content: 'so-called\nmaking a show of\n' },
	{ category: 'metaphor', content: 'a blow to\n' }
]);
const brief = (title: string) => findHeadlineLoaded(title, lex).map((l) => `${l.category}:${l.text}:${l.voice}`);

describe('findHeadlineLoaded', () => {
	const rows: [string, string[]][] = [
		['Russia is making a show of leaving the court', ['hedge:making a show of:outlet']],
		// title case, long and short, is read in lower case: the capitals are not names
		['Moscow Holds International Justice in Contempt', ['emotive:Contempt:outlet']],
		['Court Exit A Blow To International Justice', ['metaphor:A Blow To:outlet']],
		['Minister Slams Shameful Verdict', ['emotive:Shameful:outlet']],
		// words in quotation marks are someone's words, not a scare quote
		['Minister calls verdict "shameful"', ['emotive:shameful:quoted']],
		['Council approves "temporary" parking fee', []],
		// a source after the last colon: the claim before it is that source's words (review 28)
		['Brutal verdict completely shameful: White House', ['emotive:Brutal:quoted', 'emotive:shameful:quoted']],
		['Verdict a blow to justice: Minister Ann Lee', ['metaphor:a blow to:quoted']],
		['Shameful verdict leaves farmers angry: report', ['emotive:Shameful:quoted']],
		// ... not a label of the piece's kind, a first word, a clause, or a colon with no claim before it
		['The shameful vote count: Analysis', ['emotive:shameful:outlet']],
		['Breaking: Minister slams shameful verdict', ['emotive:shameful:outlet']],
		['Shameful verdict: what happens next', ['emotive:Shameful:outlet']],
		// a literal use stays literal, a plain headline has nothing
		['President withdraws Russia from the court', []],
		['Why the so-called experts got it wrong?', ['hedge:so-called:outlet']],
		['', []],
		['   ', []]
	];
	it.each(rows)('%j -> %j', (title, expected) => {
		expect(brief(title)).toEqual(expected);
		for (const l of findHeadlineLoaded(title, lex)) expect(title.slice(l.start, l.end)).toBe(l.text);
	});
	it('a "headline" longer than a headline is not read as one', () => {
		expect(findHeadlineLoaded('brutal '.repeat(Math.ceil(MAX_HEADLINE / 7) + 1), lex)).toEqual([]);
	});
});

describe('the article analysis', () => {
	const options = { lexicon: lex, groupRules: loadGroupRules() };
	it('reports headline terms apart from the body, whose terms and rates stay the body’s', () => {
		const a = analyseArticle({ id: 'h', title: 'Brutal Thugs Storm The Hall', text: 'The group entered the hall on Monday.\n\nThe mayor said the meeting would go on.' }, options);
		expect(a.headlineLoaded?.map((l) => l.text)).toEqual(['Brutal', 'Thugs']);
		expect(a.loaded).toEqual([]);
		expect(a.loadedSummary.counts.total).toBe(0);
	});
});
