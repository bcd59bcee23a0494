// transcript.ts on invented texts: a transcript's turns are their speakers' words; lists, counts and
// headings that open paragraphs with a name and a colon are not.
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

const INTRO = 'CNN spoke to Gov. Dana Whitlock of Oklahoma on Sunday.';
const rows: [string, string, { text: string; speaker: string | null }[]][] = [
	[
		'a conversation in capitals: each turn is its speaker’s, the surname alone the full name given first',
		`${INTRO}\n\nJAKE MORROW: Did the governor see the video on Friday?\n\nWHITLOCK: I saw it, and I think it was a good start.\n\nMORROW: Will you campaign with him?\n\nWHITLOCK: Not this month, but we will talk about it.`,
		[
			{ text: 'Did the governor see the video on Friday?', speaker: 'JAKE MORROW' },
			{ text: 'I saw it, and I think it was a good start.', speaker: 'Dana Whitlock' },
			{ text: 'Will you campaign with him?', speaker: 'JAKE MORROW' },
			{ text: 'Not this month, but we will talk about it.', speaker: 'Dana Whitlock' }
		]
	],
	[
		'a panel in title case',
		'The panel met on Sunday.\n\nChris Hallam: Bernie says he will pay for it with a tax.\n\nLucy Varga: Well, nobody believes that part of the plan.\n\nHallam: So what does he do next week?',
		[
			{ text: 'Bernie says he will pay for it with a tax.', speaker: 'Chris Hallam' },
			{ text: 'Well, nobody believes that part of the plan.', speaker: 'Lucy Varga' },
			{ text: 'So what does he do next week?', speaker: 'Chris Hallam' }
		]
	],
	[
		'one line per candidate, nobody speaking twice: a list, not a conversation',
		'Each candidate has a goal tonight.\n\nSanders: Win in a walk tonight.\n\nClinton: Keep it close here.\n\nTrump: Move past Iowa quickly.',
		[]
	],
	[
		'a list of arrests: two of one surname are two people, so nobody speaks twice',
		'They were held on these charges:\n\nElizabeth A. Burton: Possession of methamphetamine, held in jail in lieu of bond.\n\nChristopher L. Tays: Two county warrants, possession of marijuana, held in jail.\n\nVictor N. Burton: Dealing in methamphetamine, held in jail in lieu of bond.',
		[]
	],
	[
		'a count per person is no turn',
		'The delegate count so far.\n\nHillary Clinton: 1,769.\n\nBernie Sanders: 1,501.\n\nClinton: 547.\n\nSanders: 46.',
		[]
	],
	[
		'"Q:" and "A:" name no one, and headings name places',
		'We asked the senator about the bill.\n\nQ: What happens next with the bill?\n\nA: We vote on it in March, I hope.\n\nQ: And if it fails to pass?\n\nIowa: Three counties still have to report.',
		[]
	]
];

describe('transcripts: a turn opened by its speaker’s name and a colon is a direct quote of theirs', () => {
	it.each(rows)('%s', (_name, text, expected) => {
		const { quotes } = analyse(text);
		const got = quotes.filter((q) => q.cue === null && q.kind === 'direct').map((q) => ({ text: q.text, speaker: q.speaker }));
		expect(got).toEqual(expected);
	});
});
