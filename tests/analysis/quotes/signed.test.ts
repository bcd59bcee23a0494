// signed.ts on invented texts: a round-up's signed letters and posts are their signers' words; headings,
// a live blog's reporters' sign-offs and a single letter are not read so.
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

const ROUND_UP = [
	'Readers weigh in on the bridge vote.',
	'LETTERS.',
	'The council should never have closed the bridge without asking us first.',
	'Tom Harwick.',
	'Millbrook, Ohio.',
	'Closing it cost every shop on Main Street a month of trade.',
	'The council owes them an apology.',
	'Ann Pelley.',
	'Dover, Del.',
	'TWITTER.',
	'We asked our followers what they thought of the vote.',
	'A sensible decision that was made far too late.',
	'@bridgewatcher9.',
	'It is theater. Nobody on that council crosses the bridge.',
	'@mainstreet_mo.'
].join('\n\n');

const rows: [string, string, { text: string; speaker: string | null; group: string }[]][] = [
	[
		'each signed letter and post is its signer’s, a reader, up to the signature before it',
		ROUND_UP,
		[
			{ text: 'The council should never have closed the bridge without asking us first.', speaker: 'Tom Harwick', group: 'citizen' },
			{ text: 'Closing it cost every shop on Main Street a month of trade.', speaker: 'Ann Pelley', group: 'citizen' },
			{ text: 'The council owes them an apology.', speaker: 'Ann Pelley', group: 'citizen' },
			{ text: 'A sensible decision that was made far too late.', speaker: '@bridgewatcher9', group: 'citizen' },
			{ text: 'It is theater. Nobody on that council crosses the bridge.', speaker: '@mainstreet_mo', group: 'citizen' }
		]
	],
	[
		'names heading sections about their bearers are no signatures',
		'How each candidate could win the state.\n\nHillary Clinton.\n\nClinton was the senator here, and her campaign is based in the city.\n\nDonald Trump.\n\nTrump is a New Yorker in ways Clinton cannot match, which could help him.\n\nJohn Kasich.\n\nKasich needs the suburbs to vote for him in large numbers.',
		[]
	],
	[
		'a live blog’s entries signed by its reporters, with no handle or town, are the outlet’s own',
		'Live updates from the debate.\n\nThe candidates took the stage at nine, and the crowd was loud.\n\nAmanda Terkel.\n\nThe first question was about the economy, and it went on for a while.\n\nIgor Bobic.\n\nThe moderators moved on to foreign policy after the break.\n\nAmanda Terkel.',
		[]
	],
	['one letter is no round-up', 'The bridge must reopen.\n\nThe council closed it without asking anyone who lives here.\n\nLen Harwick.\n\nDeerfield Beach, Fla.', []],
	[
		'a product’s name under a line that ends no sentence signs nothing',
		'Workout plan.\n\nPre-Workout Supplement\n\nDrink 20 minutes before your workout\n\nBeachbody Performance Energize\n\nPost-Workout Supplement\n\nDrink within 30 minutes after your workout\n\nBeachbody Performance Recover\n\nPost-Workout Meal',
		[]
	]
];

describe('signed contributions: a round-up’s letters and posts are direct quotes of their signers', () => {
	it.each(rows)('%s', (_name, text, expected) => {
		const { quotes } = analyse(text);
		const got = quotes.filter((q) => q.cue === null && q.kind === 'direct').map((q) => ({ text: q.text, speaker: q.speaker, group: q.group }));
		expect(got).toEqual(expected);
	});
});
