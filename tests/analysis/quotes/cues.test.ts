// cues.ts: which words report speech. Each row: a sentence, a word in it, and whether a speech cue
// starts there (and what the cue covers).
import { describe, expect, it } from 'vitest';
import { analyse, article, ctxOf, rules, tokenIndex } from './helpers.js';
import { tokenise } from '../../../analysis/nlp.js';
import { analyseQuotes } from '../../../analysis/quotes/index.js';
import { applyLexiconChanges, loadDefaultLexicon } from '../../../analysis/lexicon/index.js';

const rows: [string, string, string, string | null][] = [
	['a plain verb', 'Jane Roe said the plan would fail.', 'said', 'said'],
	['a phrase', 'According to the ministry, the bridge is safe.', 'According', 'According to'],
	['the channel is part of the cue', 'The ministry said in a statement that the bridge is safe.', 'said', 'said in a statement'],
	// ninth newcomer pass: "… said in a conference call with media" made "call with media" a speaker
	['... and a compound channel whole', '"We have a need," Tom Dale said in a conference call with media.', 'said', 'said in a conference call'],
	['a verb the lite model leaves unlemmatised', 'Jane Roe tweeted that the vote was rigged.', 'tweeted', 'tweeted'],
	['"instructed" reports speech (issue class 6)', 'The judge instructed the jury that the evidence was weak.', 'instructed', 'instructed'],
	['a phrasal verb of speaking', 'Tom Dale shot back that the figures were wrong.', 'shot', 'shot back'],
	['"as X put it"', 'As the prosecutor put it, the case was closed.', 'put', 'put it'],
	['a past tense the tagger reads as an adjective, before "that"', 'Federal prosecutors alleged that the guards slept.', 'alleged', 'alleged'],
	['a noun after an article is no cue', 'The calls for an inquiry grew louder.', 'calls', null],
	['a noun after a possessive is no cue', "Ottawa's claims were rejected by the court.", 'claims', null],
	['"the said agreement" is no cue', 'The said agreement expired in May.', 'said', null],
	['a plea is not a statement', 'Tom Dale pleaded guilty on Monday.', 'pleaded', null],
	['a command reports speech', '"Step out of the car," the officer ordered.', 'ordered', 'ordered'],
	['the end of a compound word is no cue', 'The self-declared "interim" government met on Monday.', 'declared', null],
	// third newcomer pass: telling one's story reports it; relating to something, and telling a tale of, do not
	['"as he related"', 'As he related, “the steroids worked within days.”', 'related', 'related'],
	['relating to something says nothing', 'The warrants related to the inquiry were released.', 'related', null],
	['... nor an adjective before its noun', 'The board kept the assassination related records.', 'related', null],
	['telling a tale of someone reports no words', 'Four doctors told the tale of a man who fell ill after buying a duvet.', 'told', null],
	// review 33: "150 kW DC fast charging support, with Audi suggesting …" had been a quote by "DC"
	['a gerund inside a compound noun is no cue', 'The car offers DC fast charging support for long trips.', 'charging', null],
	['... nor before another thing', 'Aides handed out new talking points on Monday.', 'talking', null],
	['... but a listener after it is spoken to', 'The governor spoke on Monday, urging lawmakers to pass the budget.', 'urging', 'urging'],
	// review 38: "Running counter to …" had been a quote by "Running"
	['"counter to" is no cue', 'Running counter to all of that is the senator’s habit of changing his mind.', 'counter', null],
	['... "countered that" is', 'Lee countered that the plan was sound.', 'countered', 'countered'],
	// an interviewer pressing a question in marks (review 38: Hannity's questions had gone to Trump or to no one)
	['"pressed" after a question in marks', '"Would it be negotiable?" Hannity pressed.', 'pressed', 'pressed']
];

describe('cueAt', () => {
	it.each(rows)('%s', (_n, text, word, cue) => {
		const ctx = ctxOf(text);
		const i = tokenIndex(ctx, word);
		const end = ctx.cueAt(i);
		if (cue === null) expect(end).toBe(-1);
		else {
			expect(end).toBeGreaterThan(i);
			expect(text.slice(ctx.toks[i].start, ctx.toks[end - 1].end)).toBe(cue);
		}
	});
});

// Loaded cues: a verb of attack that reports someone's words tells the reader how to take them
// (loaded-cues.txt and the lexicon's reporting verbs), in any inflection; "said" is neutral.
const kinds: [string, string, string, 'loaded' | 'neutral'][] = [
	['condemned', '"This vote is a betrayal of the valley," Jana Mirek condemned.', 'condemned', 'loaded'],
	['condemns, present', 'The mayor condemns the deal: "Nobody asked the farmers."', 'condemns', 'loaded'],
	['accused', 'Jana Mirek accused the minister of "hiding the figures from parliament."', 'accused', 'loaded'],
	['accuses, present', 'Jana Mirek accuses the minister of "hiding the figures from parliament."', 'accuses', 'loaded'],
	['slammed', '"It is a giveaway to the rich," Tomas Reyes slammed.', 'slammed', 'loaded'],
	['blasted', 'Tomas Reyes blasted the plan as "a giveaway to the rich and nothing else."', 'blasted', 'loaded'],
	['denounced', 'The union denounced the deal as "a betrayal of every worker here."', 'denounced', 'loaded'],
	['lashed out', '"They have lied to us for years," Tomas Reyes lashed out.', 'lashed', 'loaded'],
	['hit out', 'Tomas Reyes hit out at the council: "They have lied to us for years."', 'hit', 'loaded'],
	['claimed (lexicon)', '"The money was all spent on roads," Tomas Reyes claimed.', 'claimed', 'loaded'],
	['said is neutral', '"The money was all spent on roads," Tomas Reyes said.', 'said', 'neutral'],
	['criticised is neutral', 'Tomas Reyes criticised the plan as "a plan that will cost the town its school."', 'criticised', 'neutral']
];

describe('cueKind', () => {
	it.each(kinds)('%s', (_n, text, cueWord, kind) => {
		const { quotes } = analyse(text);
		const q = quotes.find((x) => x.cueStart != null && text.slice(x.cueStart, x.cueEnd!).split(' ')[0] === cueWord);
		expect(q, JSON.stringify(quotes.map((x) => [x.text, x.cue]))).toBeDefined();
		expect(q!.cueKind).toBe(kind);
	});
});

describe('a facilitator’s lexicon edits change which cues are loaded, not which words are speech', () => {
	const text = 'Webb confessed that he had taken the child from the car.\n\n"I did it," Webb admitted.\n\nThe mayor barked that the plan was dead.';
	const base = loadDefaultLexicon();
	const rows: [string, Parameters<typeof applyLexiconChanges>[1], [string, string | null, string][]][] = [
		['the default lexicon', { add: [], remove: [] }, [['he had taken the child from the car', 'confessed', 'loaded'], ['I did it,', 'admitted', 'loaded'], ['the plan was dead', 'barked', 'loaded']]],
		// removed: still speech, no longer loaded
		['"confess" and "admit" removed', { add: [], remove: ['confess', 'admit'] }, [['he had taken the child from the car', 'confessed', 'neutral'], ['I did it,', 'admitted', 'neutral'], ['the plan was dead', 'barked', 'loaded']]]
	];
	it.each(rows)('%s', (_label, changes, expected) => {
		const lex = applyLexiconChanges(base, changes);
		const { quotes } = analyseQuotes(article(text), tokenise(text), rules, lex);
		expect(quotes.map((q) => [q.text, q.cue, q.cueKind])).toEqual(expected);
	});
});
