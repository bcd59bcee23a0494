// interview.ts on invented texts: a Q&A's answers are its guest's words; the questions stay the outlet's.
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

const rows: [string, string, { text: string; speaker: string | null }[]][] = [
	[
		'answers after "A:" are the guest’s, the person the introduction names most',
		'Q&A with Governor Dana Whitlock.\n\nGovernor Dana Whitlock spoke to us on Monday. Whitlock has led the state since 2019.\n\nQ: What happens next with the bill?\n\nA: We vote on it in March, and I expect it to pass.\n\nQ: And if it fails?\n\nA: Then we try again in the autumn session.',
		[
			{ text: 'We vote on it in March, and I expect it to pass.', speaker: 'Dana Whitlock' },
			{ text: 'Then we try again in the autumn session.', speaker: 'Dana Whitlock' }
		]
	],
	[
		'a "Q" glued to its question counts as a question',
		'Former senator Ann Roe wrote a new book.\n\nQWhy did you write it?\n\nA: Because nobody else would tell the story.\n\nQWhat comes next?\n\nA: A long rest, I hope, and then the next book.',
		[
			{ text: 'Because nobody else would tell the story.', speaker: 'Ann Roe' },
			{ text: 'A long rest, I hope, and then the next book.', speaker: 'Ann Roe' }
		]
	],
	[
		'with no one named before it, an answer is still quoted, with no speaker',
		'We asked a reader about the plan.\n\nQ: Do you like the plan?\n\nA: Not much, to be honest with you.\n\nQ: Why not?\n\nA: It costs too much for what it gives.',
		[
			{ text: 'Not much, to be honest with you.', speaker: null },
			{ text: 'It costs too much for what it gives.', speaker: null }
		]
	],
	['one "A:" line is no interview', 'Ann Roe spoke on Monday.\n\nQ: Is it over?\n\nA: Yes, it is over now.', []],
	['answers with no question are no interview', 'Ann Roe spoke on Monday.\n\nA: Yes, it is over now.\n\nA: No, we are not done.', []]
];

describe('interviews: a Q&A’s answers are direct quotes of the one interviewed', () => {
	it.each(rows)('%s', (_name, text, expected) => {
		const { quotes } = analyse(text);
		const got = quotes.filter((q) => q.cue === null && q.kind === 'direct').map((q) => ({ text: q.text, speaker: q.speaker }));
		expect(got).toEqual(expected);
	});
});
