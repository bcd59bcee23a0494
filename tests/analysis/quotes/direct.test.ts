// direct.ts: quoted spans with their attribution, one row per pattern: [name, text, expected quotes as
// (text, speaker mention)]. The speaker here is the mention in the text; which entity it names is
// coref's and attribution's business (their own tests).
import { describe, expect, it } from 'vitest';
import { findDirect } from '../../../analysis/quotes/direct.js';
import { ctxOf } from './helpers.js';

function direct(text: string): { text: string; mention: string | null; carried: boolean }[] {
	const ctx = ctxOf(text);
	return findDirect(ctx).map((f) => ({
		text: text.slice(f.start, f.end),
		mention: f.speaker?.mention ? text.slice(f.speaker.mention.start, f.speaker.mention.end) : null,
		carried: !!f.carried
	}));
}

describe('findDirect', () => {
	const rows: [string, string, { text: string; mention: string | null; carried?: boolean }[]][] = [
		['speaker after the quote', '"The dam is safe," Tom Reyes said.', [{ text: 'The dam is safe,', mention: 'Tom Reyes' }]],
		// review LL (47th stop): a cue whose own clause follows it reports that clause, not the words before
		['a chant before "the senator said his campaign was …"', 'Walking into the office to chants of "Vale! Vale!," the senator said his campaign was "closing really strong."', [{ text: 'Vale! Vale!,', mention: null }, { text: 'closing really strong.', mention: 'the senator' }]],
		['... while "X said in an interview that aired …" is the attribution', '"It is a disaster," Tom Reyes said in an interview that aired Sunday.', [{ text: 'It is a disaster,', mention: 'Tom Reyes' }]],
		['... and so is a listener\'s verb before its own clause', '"Yes," the mayor told reporters the plan had failed.', [{ text: 'Yes,', mention: 'the mayor' }]],
		['speaker before, with a colon', 'Ann Lee said: "We rebuilt the bridge in a month."', [{ text: 'We rebuilt the bridge in a month.', mention: 'Ann Lee' }]],
		// review 38: an interviewer who "pressed" a question asked it (Hannity's questions had had no speaker)
		['"…?" X pressed', '“Would it be negotiable?” Tom Reyes pressed.', [{ text: 'Would it be negotiable?', mention: 'Tom Reyes' }]],
		// review Z (41st stop): a name after "from" and a "who" with its comma left out speaks
		['"a tweet from X who tweeted, “…”"', 'Among the replies was a tweet from Jane Doe who tweeted, “You never follow the rules.”', [{ text: 'You never follow the rules.', mention: 'Jane Doe who' }]],
		// blind check of 1 December 2026: the subject of a verb uttering a speech noun speaks, before the
		// verb the sentence opened with
		['"X makes the claim that … "…""', 'Ann Lee posted a video in which Tom Reyes makes the wild claim that there has been a “takeover of the council by developers.”', [{ text: 'takeover of the council by developers.', mention: 'Tom Reyes' }]],
		['"X issued a warning: "…""', 'On Monday the ministry issued a stern warning: “Stay indoors.”', [{ text: 'Stay indoors.', mention: 'the ministry' }]],
		['"despite X\'s promise that … "…""', 'The bridge is late, despite Tom Reyes’s promise that it would be “ready by spring.”', [{ text: 'ready by spring.', mention: 'Tom Reyes' }]],
		['... not past a speech verb of its own', 'Asked about Tom Reyes’s claim that it had been a bomb, Ann Lee said, “I think it is important to know the facts.”', [{ text: 'I think it is important to know the facts.', mention: 'Ann Lee' }]],
		['inverted cue with a title', '"We will appeal," said Sen. Jane Roe.', [{ text: 'We will appeal,', mention: 'Sen. Jane Roe' }]],
		// reviews U and V (39th stop): the NYT archive's '' marks, attribution after the quote (they were lost)
		["'' marks, speaker after the quote", "''We will appeal,'' said Sen. Jane Roe. Tom Vale was less sure. ''It is over,'' he added.", [{ text: 'We will appeal,', mention: 'Sen. Jane Roe' }, { text: 'It is over,', mention: 'he' }]],
		// review W (40th stop): the one a participle of telling names is its listener, no inverted speaker
		['"“…,” telling the Daily Herald that …" is not the Herald\'s', 'The Clean Rivers Trust did not want to discuss "that company," telling the Daily Herald that the charity is focused on "protecting the river."', [{ text: 'that company,', mention: null }, { text: 'protecting the river.', mention: null }]],
		["'' marks inside a sentence: the marked words only", "The minister ''looked ashen,'' Tom Vale said.", [{ text: 'looked ashen,', mention: 'Tom Vale' }]],
		// review 34: the debate's "spin room" is no one spinning: the speaker is the one who declared
		['"spin room" is no cue', 'Tom Vale, who declared in the debate spin room, "We will win."', [{ text: 'We will win.', mention: 'Tom Vale, who' }]],
		['a pronoun speaker is the mention in the text', 'Ann Lee spoke first.\n\n"We are ready," she said.', [{ text: 'We are ready,', mention: 'she' }]],
		[
			'a quote-only paragraph carries the speaker over',
			'"We are ready," Ann Lee said.\n\n"The town is behind us."',
			[
				{ text: 'We are ready,', mention: 'Ann Lee' },
				{ text: 'The town is behind us.', mention: 'Ann Lee', carried: true }
			]
		],
		// review 36: a term in marks in the paragraph before is no quotation the next one carries on
		['a quote-only paragraph after one with a term in marks', 'Ann Lee spoke only in vague slogans during the interview, and what "win big" means is unclear.\n\n"We have to do something about it."', [{ text: 'win big', mention: null }, { text: 'We have to do something about it.', mention: 'Ann Lee' }]],
		['a document speaks: "the statement said"', 'The army said in a statement on Monday that two men died.\n\n"The cause is under investigation," the statement said.', [{ text: 'The cause is under investigation,', mention: 'the statement' }]],
		// (find.ts leaves out marked words with no speaker: titles and scare quotes)
		['a film title has no speaker', 'She watched the film “Parasite” twice last week.', [{ text: 'Parasite', mention: null }]],
		['scare quotes have no speaker', 'The so-called "reform" passed on Monday.', [{ text: 'reform', mention: null }]],
		['no quotation marks, no direct quotes', 'Ann Lee said the bridge was safe.', []],
		[
			'a quote after a sentence about someone, when the paragraph before ends in a quote',
			'At current rates, Ann Lee said, the plan works. "Rates will stay low for a long time."\n\nTom Dale returned to the issue later in the hearing. "What will the contingency plan be if they do not?"',
			[
				{ text: 'Rates will stay low for a long time.', mention: 'Ann Lee' },
				{ text: 'What will the contingency plan be if they do not?', mention: 'Tom Dale' }
			]
		],
		// a dash after the closing mark signs the quote (vox pops, epigraphs)
		[
			'a dash and a name after each quote, one per line',
			'“The bus never comes on time.”― Ana Ruiz\n“Nobody asked us about the new route.” — Tom Dale, Mill Street',
			[
				{ text: 'The bus never comes on time.', mention: 'Ana Ruiz' },
				{ text: 'Nobody asked us about the new route.', mention: 'Tom Dale' }
			]
		],
		['a dash and a name after the quote, then a full stop', '“We will rebuild the bridge.” ― Ines Marlow.', [{ text: 'We will rebuild the bridge.', mention: 'Ines Marlow' }]],
		['"X VERB Y as a “…”": the marked words describe Y for X', 'Tom Dale openly admires the old ferry as a “lifeline for the islands.”', [{ text: 'the old ferry as a “lifeline for the islands.', mention: 'Tom Dale' }]],
		['"as a “…”" with a subject that cannot speak is nobody\'s', 'The report lists the ferry as a “vital link” for the islands.', [{ text: 'vital link', mention: null }]],
		['a dash that opens more of the writer\'s sentence is no signature', 'The bus was “never on time” — a complaint the council heard often.', [{ text: 'never on time', mention: null }]],
		// (NBC News, the real-page set: "he asked about …, called Omar a “terrorist” and said, “…,” the prosecutor's office said")
		['a cue right before the marks, its subject before an earlier quoted word', 'Later Tom Vale asked about the union, called the mayor a “liar” and said, “somebody ought to stop her,” the office said.', [{ text: 'liar', mention: 'Tom Vale' }, { text: 'somebody ought to stop her,', mention: 'Tom Vale' }]]
	];
	it.each(rows)('%s', (_n, text, expected) => {
		const got = direct(text);
		expect(got.map((g) => g.text)).toEqual(expected.map((e) => e.text));
		expected.forEach((e, i) => {
			expect(got[i].mention).toBe(e.mention);
			expect(got[i].carried).toBe(!!e.carried);
		});
	});
});
