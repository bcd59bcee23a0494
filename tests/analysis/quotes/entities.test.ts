// entities.ts: findEntities, the API a later stage (tone toward each actor) builds on. Every person and
// organisation the article mentions, speaker or not, each with its group, the evidence for it and all
// its mentions.
import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../analysis/nlp.js';
import { findEntities } from '../../../analysis/quotes/index.js';
import type { Entity } from '../../../analysis/types.js';
import { analyse, article, rules } from './helpers.js';

const entities = (text: string): Entity[] => findEntities(article(text), tokenise(text), rules);
const byName = (es: Entity[], name: string) => es.find((e) => e.name === name);

describe('findEntities', () => {
	const rows: [string, string, { name: string; kind: 'person' | 'org'; group: string; evidence: string | null; mentions: string[] }[]][] = [
		[
			'people and organisations, speakers or not',
			'Jane Roe, a senator, met officials of the Congressional Budget Office on Monday. She left at noon.',
			[
				{ name: 'Jane Roe', kind: 'person', group: 'government', evidence: 'a senator', mentions: ['Jane Roe', 'a senator', 'She'] },
				{ name: 'Congressional Budget Office', kind: 'org', group: 'government', evidence: 'Congressional Budget Office', mentions: ['the Congressional Budget Office'] }
			]
		],
		[
			'an affiliation after a role decides the group (issue class 8)',
			'Tom Dale, a deputy commissioner at the Department of Environmental Protection, inspected the site.',
			[{ name: 'Tom Dale', kind: 'person', group: 'government', evidence: 'Department of Environmental Protection', mentions: ['Tom Dale', 'a deputy commissioner at the Department of Environmental Protection'] }]
		],
		[
			'an analyst at a company is business (issue class 8)',
			'Ann Lee, an analyst at D.A. Smith & Co., expects a cut.',
			[{ name: 'Ann Lee', kind: 'person', group: 'business', evidence: 'D.A. Smith & Co.', mentions: ['Ann Lee', 'an analyst at D.A. Smith & Co.'] }]
		],
		[
			"a utility company's vice-president is business, not government (issue class 8)",
			"Ray Moss, the utility company's vice-president, apologised.",
			[{ name: 'Ray Moss', kind: 'person', group: 'business', evidence: 'utility company', mentions: ['Ray Moss', "the utility company's vice-president"] }]
		],
		[
			'a relative clause anywhere in the article',
			'Ann Lee, who teaches at Brightwater University, wrote the report.',
			[{ name: 'Ann Lee', kind: 'person', group: 'expert or academic', evidence: 'Brightwater University', mentions: ['Ann Lee'] }]
		],
		[
			'an age and a home town and nothing else: a citizen',
			'Harry Bond, 30, of Raleigh, waited in line for six hours.',
			[{ name: 'Harry Bond', kind: 'person', group: 'citizen', evidence: '30', mentions: ['Harry Bond'] }]
		],
		[
			'a role before the name',
			'Local resident Ann Lee watched the water rise.',
			[{ name: 'Ann Lee', kind: 'person', group: 'citizen', evidence: 'Local resident', mentions: ['Local resident Ann Lee'] }]
		],
		[
			'one of a group named before: "writers including …"',
			'Several writers including Neil Gaiman praised the book.',
			[{ name: 'Neil Gaiman', kind: 'person', group: 'other', evidence: 'writers', mentions: ['Neil Gaiman'] }]
		],
		[
			'a possessive description before the name',
			"Ford's sister, Martha Fry, kept the letters.",
			[{ name: 'Martha Fry', kind: 'person', group: 'citizen', evidence: "Ford's sister", mentions: ["Ford's sister", 'Martha Fry'] }]
		],
		[
			'a family role is weaker evidence than a job',
			"Pat Hale, Teresa's husband and the magazine's editor in chief, wrote back.",
			[{ name: 'Pat Hale', kind: 'person', group: 'media', evidence: 'magazine', mentions: ['Pat Hale', "Teresa's husband", "the magazine's editor"] }]
		],
		[
			'a title every organisation has does not make a company a government',
			'Jeff Sanborn, president of Chapter & Verse, a Spokane advertising and design agency, disagreed.',
			[
				{ name: 'Jeff Sanborn', kind: 'person', group: 'business', evidence: 'Chapter & Verse', mentions: ['Jeff Sanborn', 'president of Chapter & Verse', 'a Spokane advertising and design agency'] },
				{ name: 'Chapter & Verse', kind: 'org', group: 'business', evidence: 'a Spokane advertising and design agency', mentions: ['Chapter & Verse', 'a Spokane advertising and design agency'] }
			]
		],
		[
			'what a title any organisation has is of, is an organisation, not a person',
			'Mark Tull, vice president of Advanced Programs at Red Harbor, spoke first.',
			[{ name: 'Advanced Programs', kind: 'org', group: 'unclassified', evidence: null, mentions: ['Advanced Programs'] }]
		],
		[
			'a hyphenated given name after a title with "of"',
			'Deputy Director of Public Prosecution Eva-Marie Dahl took the decision.',
			[{ name: 'Eva-Marie Dahl', kind: 'person', group: 'government', evidence: 'Public Prosecution', mentions: ['Deputy Director of Public Prosecution Eva-Marie Dahl'] }]
		],
		[
			'a player\'s position written short before the name is a title',
			'Hawks DL Sam Ortiz said little.',
			[{ name: 'Sam Ortiz', kind: 'person', group: 'other', evidence: 'Hawks DL', mentions: ['Hawks DL Sam Ortiz'] }]
		],
		[
			'both sides of a match result with a score played it',
			'Ann Lopez and Mia Ruiz defeated Kim Holt and Ana Rubio 6-4, 7-6 (5) on Friday.',
			[
				{ name: 'Mia Ruiz', kind: 'person', group: 'other', evidence: 'Mia Ruiz defeated Kim Holt and Ana Rubio 6-4', mentions: ['Mia Ruiz'] },
				{ name: 'Kim Holt', kind: 'person', group: 'other', evidence: 'defeated Kim Holt and Ana Rubio 6-4', mentions: ['Kim Holt'] }
			]
		],
		[
			'a win without a match score says nothing of who won',
			'Jim Dale beat the deadline 3 weeks later, and Ann Cole defeated Tom Reed 52% to 48%.',
			[
				{ name: 'Jim Dale', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Jim Dale'] },
				{ name: 'Tom Reed', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Tom Reed'] }
			]
		],
		[
			'someone who represents a person is their lawyer or agent',
			'Tom Dale, who represents Ann Lee, asked for a delay.',
			[{ name: 'Tom Dale', kind: 'person', group: 'other', evidence: 'who represents Ann Lee', mentions: ['Tom Dale'] }]
		],
		[
			'"one of his editors at …"',
			'The book sold well, said Beth Hale, one of his editors at the Daily Post.',
			[{ name: 'Beth Hale', kind: 'person', group: 'media', evidence: 'Daily Post', mentions: ['Beth Hale', 'editors at the Daily Post'] }]
		],
		[
			'a name the tagger split ("Cook" read as a verb)',
			'CEO Tim Cook said the phone was ready.',
			[{ name: 'Tim Cook', kind: 'person', group: 'business', evidence: 'CEO', mentions: ['CEO Tim Cook'] }]
		],
		[
			'what someone makes says what they are, when nothing else does (deeds.tsv)',
			"Kim Vale's first six albums were released by a small label. Later she toured Europe.",
			[{ name: 'Kim Vale', kind: 'person', group: 'other', evidence: "Vale's first six albums", mentions: ['Kim Vale', 'she'] }]
		],
		[
			'what someone does: "he scored"',
			'Hours before the game, Tom Reyes looked tired. Then he scored twice in the first period.',
			[{ name: 'Tom Reyes', kind: 'person', group: 'other', evidence: 'he scored', mentions: ['Tom Reyes', 'he'] }]
		],
		// review DD (42nd stop): a campaign for a cause is no candidacy; one for office is
		[
			'"X\'s campaign against the amendment" heads no government',
			"Ann Vale's campaign against the amendment succeeded in 1982.",
			[{ name: 'Ann Vale', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Ann Vale'] }]
		],
		[
			'... but "X\'s campaign for president" does',
			"Ann Vale's campaign for president stalled in 1982.",
			[{ name: 'Ann Vale', kind: 'person', group: 'government', evidence: "Vale's campaign", mentions: ['Ann Vale'] }]
		],
		[
			'a figure of speech is no deed: "scored a victory"',
			'Ann Lee scored a victory in court on Monday.',
			[{ name: 'Ann Lee', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Ann Lee'] }]
		],
		[
			'"in charge of" an organisation is an affiliation',
			'The minister put Ann Lee in charge of the federal Bureau of Prisons last year.',
			[{ name: 'Ann Lee', kind: 'person', group: 'government', evidence: 'Bureau of Prisons', mentions: ['Ann Lee'] }]
		],
		[
			'"as … manager" in the sentence a person opens is their role',
			"Jose Pardo has agreed a deal to replace Tim Rowe as Ashford's manager until 2023.",
			[
				{ name: 'Jose Pardo', kind: 'person', group: 'other', evidence: "Ashford's manager", mentions: ['Jose Pardo', "Ashford's manager"] },
				{ name: 'Tim Rowe', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Tim Rowe'] }
			]
		],
		[
			'"appointed X as …": the role is X\'s',
			'The board appointed Bob Jones as chief executive on Monday.',
			[{ name: 'Bob Jones', kind: 'person', group: 'business', evidence: 'chief executive', mentions: ['Bob Jones', 'chief executive'] }]
		],
		[
			'"described X as …" is an opinion, not a role',
			'Critics described Jim Fox as a dangerous manager.',
			[{ name: 'Jim Fox', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Jim Fox'] }]
		],
		[
			'the last words of a clause the sentence opens with describe no one named after its comma',
			"Ann Lee and Tom Vale ran.\n\nAt a time when voters have gravitated to Mr. Dole's impulsiveness and Mr. Vale's idealism, Mrs. Lee has displayed little of either.",
			[{ name: 'Ann Lee', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Ann Lee', 'Mrs. Lee'] }]
		],
		[
			'"perceives X as …" is a view, not a role',
			'Jim Fox perceives the mayor as a dangerous manager.',
			[{ name: 'Jim Fox', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Jim Fox'] }]
		],
		[
			'"as …" in a clause of "what" is the clause\'s',
			'Jim Fox spoke about what critics see as the demands of the union leaders.',
			[{ name: 'Jim Fox', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Jim Fox'] }]
		],
		[
			'a name after a clause-opening organisation noun is that organisation; "the company" is it too',
			'The group that owns most of her music, Big Reel, says she may play. But the company says she never asked.',
			[{ name: 'Big Reel', kind: 'org', group: 'business', evidence: 'the company', mentions: ['The group', 'Big Reel', 'the company'] }]
		],
		[
			'"the government" is no armed group named before',
			'Red Lantern have freed two hostages. Hours later the government freed three prisoners.',
			[{ name: 'Red Lantern', kind: 'org', group: 'unclassified', evidence: null, mentions: ['Red Lantern'] }]
		],
		[
			'a nationality before an organisation known by name says whose; the organisation is the one named alone',
			'The Afghan Taliban claimed the attack on Monday. The Taliban said ten soldiers died.',
			[{ name: 'Taliban', kind: 'org', group: 'other', evidence: 'Taliban', mentions: ['The Afghan Taliban', 'The Taliban'] }]
		],
		[
			'... and a government of that nation is not the organisation',
			'The Afghan Taliban claimed the attack on Monday. Later the Afghan government said ten soldiers died.',
			[{ name: 'Taliban', kind: 'org', group: 'other', evidence: 'Taliban', mentions: ['The Afghan Taliban'] }]
		],
		[
			'a nationality the description gives and nothing says of the organisation means another one',
			'Red Lantern have denied wrongdoing. The deal with the French plane-maker was cut.',
			[{ name: 'Red Lantern', kind: 'org', group: 'unclassified', evidence: null, mentions: ['Red Lantern'] }]
		],
		[
			'... one the text gave it is fine',
			'Chinese tech giant Red Lantern have denied wrongdoing. The Chinese company said sales fell.',
			[{ name: 'Red Lantern', kind: 'org', group: 'business', evidence: 'The Chinese company', mentions: ['Red Lantern', 'The Chinese company'] }]
		],
		[
			'... and so is the name\'s appositive',
			'Red Lantern have denied wrongdoing. Sales fell at Red Lantern, the embattled Chinese tech company, on Monday.',
			[{ name: 'Red Lantern', kind: 'org', group: 'business', evidence: 'the embattled Chinese tech company', mentions: ['Red Lantern', 'the embattled Chinese tech company'] }]
		],
		[
			'the press known by name is "the network" and "the news organization"',
			'CNBC reported the deal on Monday. The network later said talks had stalled. The news organization, citing a source, said more.',
			[{ name: 'CNBC', kind: 'org', group: 'media', evidence: 'CNBC', mentions: ['CNBC', 'The network', 'The news organization'] }]
		],
		[
			'an airline by its name is a company, and "the airline"',
			'Northwind Airline ordered 30 jets on Monday. The airline said it would grow.',
			[{ name: 'Northwind Airline', kind: 'org', group: 'business', evidence: 'Northwind Airline', mentions: ['Northwind Airline', 'The airline'] }]
		],
		[
			'"the company" is the organisation named last whose name does not say what it is',
			'Red Lantern have denied wrongdoing. Regulators met the Labor Department on Monday. The company said it would appeal.',
			[{ name: 'Red Lantern', kind: 'org', group: 'business', evidence: 'The company', mentions: ['Red Lantern', 'The company'] }]
		],
		[
			"a description with another owner is not the organisation named before",
			"Sen. Ann Lee chairs the Senate Armed Services Committee. Later the U.N. General Assembly's human rights committee met.",
			[{ name: 'Senate Armed Services Committee', kind: 'org', group: 'government', evidence: 'Senate Armed Services Committee', mentions: ['the Senate Armed Services Committee'] }]
		],
		[
			'a place and its body: "the US military"',
			'Two soldiers were killed, the US military said.',
			[{ name: 'US military', kind: 'org', group: 'government', evidence: 'US military', mentions: ['the US military'] }]
		],
		[
			'lower-case words before a name are a title only next to a role: not "big name US politicians"',
			'A row involving a couple of big name US politicians ended.',
			[]
		],
		[
			'a well-known company and an armed group by name',
			'Twitter pledged action. The Taliban claimed the attack.',
			[
				{ name: 'Twitter', kind: 'org', group: 'business', evidence: 'Twitter', mentions: ['Twitter'] },
				{ name: 'Taliban', kind: 'org', group: 'other', evidence: 'Taliban', mentions: ['The Taliban'] }
			]
		],
		[
			'a role word of speaker-groups.tsv before a name is a title ("jewelry designer")',
			'We met the writer and jewelry designer Elise Vann at noon.',
			[{ name: 'Elise Vann', kind: 'person', group: 'other', evidence: 'writer and jewelry designer', mentions: ['the writer and jewelry designer Elise Vann'] }]
		],
		[
			'an organisation word before a name is no title ("its press office Twitter account")',
			'The party renamed its press office Twitter account on Monday.',
			[{ name: 'Twitter', kind: 'org', group: 'business', evidence: 'Twitter', mentions: ['Twitter'] }]
		],
		[
			'"the Portuguese boss", then "the 56-year-old": the person named just before',
			'Talks with Jose Pardo went on all night.\n\nThe Portuguese boss had been out of work since May.\n\nThe 56-year-old said he was happy.',
			[{ name: 'Jose Pardo', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Jose Pardo', 'The Portuguese boss', 'The 56-year-old', 'he'] }]
		],
		[
			'a hyphenated title before a name is taken whole ("editor-in-chief")',
			'“We will appeal,” said Lumen editor-in-chief Kristinn Vald.',
			[{ name: 'Kristinn Vald', kind: 'person', group: 'media', evidence: 'Lumen editor-in-chief', mentions: ['Lumen editor-in-chief Kristinn Vald'] }]
		],
		[
			'a capitalised common noun\'s possessive opening a name is part of it ("People\'s Liberation Army")',
			'Troops of the People’s Liberation Army marched in the city on Friday.',
			[{ name: 'People’s Liberation Army', kind: 'org', group: 'government', evidence: 'People’s Liberation Army', mentions: ['the People’s Liberation Army'] }]
		],
		[
			'a person already named is that person after a preposition, not a place ("checked on Epstein")',
			'Jeffrey Epstein was found dead on Saturday. Guards had checked on Epstein overnight. The disgraced financier had been held there since July.',
			[{ name: 'Jeffrey Epstein', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Jeffrey Epstein', 'Epstein', 'The disgraced financier'] }]
		],
		// review W (40th stop): "called X a traitor" calls X something; the caller is not X ("a man called X" names him)
		[
			'"The protester called Ann Vale a traitor": the protester is not Ann Vale',
			'The protester called Ann Vale a traitor. Ann Vale did not respond.',
			[{ name: 'Ann Vale', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Ann Vale', 'Ann Vale'] }]
		],
		[
			'... nor with the words in quotation marks',
			'The protester called Ann Vale “a traitor” on Monday.',
			[{ name: 'Ann Vale', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Ann Vale'] }]
		],
		// review Y (41st stop): an aside opening with a bare plural is no one person's appositive
		[
			'"the objections of Tim Cole, critics like Ann Smith say": the critics are not Tim Cole',
			'After the objections of Tim Cole, critics like Ann Smith say the bill would hurt farmers.',
			[{ name: 'Tim Cole', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Tim Cole'] }]
		],
		[
			'... but a plural in a compound role is',
			'Tim Cole, communications director of the Harbour Trust, spoke on Monday.',
			[{ name: 'Tim Cole', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Tim Cole', 'communications director of the Harbour Trust'] }]
		],
		// review W (40th stop): what someone becomes is said of them, and refers to no one named before
		[
			'"should Senator Green become the nominee" is no mention of the nominee named before',
			'Many voters may switch to Republican nominee Tom Vale. Should Senator Ann Green become the nominee, she can expect trouble.',
			[{ name: 'Tom Vale', kind: 'person', group: 'government', evidence: 'Republican nominee', mentions: ['Republican nominee Tom Vale'] }]
		],
		[
			'nothing said about who they are: unclassified, no evidence',
			'Ann Lee arrived on Monday.',
			[{ name: 'Ann Lee', kind: 'person', group: 'unclassified', evidence: null, mentions: ['Ann Lee'] }]
		]
	];
	// review 13: a verb of English opening a command is not the start of the name after it
	it.each([
		['Senator Ann Trumbull spoke.\n\n“Make Trumbull just go away,” the crowd screamed.', 'Ann Trumbull', 'Make Trumbull'],
		['Pat Ronson said the vote was rigged.', 'Pat Ronson', 'Ronson'],
		// pronouns-real.tsv (46th stop): a Korean given name's second syllable in lower case is part of the
		// name (a Washington Post text had "Ban Ki-moon" found by no one, his words given to Donald Trump)
		['Dal Ki-moon, the secretary general, sat in the hotel on Monday.', 'Dal Ki-moon', 'Dal Ki'],
		['Yesterday Kim Jong-un said the test was over.', 'Kim Jong-un', 'Kim Jong'],
		// (and a time word opening the sentence is no part of a name: it is when)
		['Yesterday Tom Vale said the test was over.', 'Tom Vale', 'Yesterday Tom Vale'],
		['Tomorrow Ann Lee arrives in Ohio.', 'Ann Lee', 'Tomorrow Ann Lee'],
		['On Monday, Ra Ing-wen visited the port.', 'Ra Ing-wen', 'Ra Ing'],
		// (not a compound word of a name: "Trump-led", "Bush-era")
		['The Tom Vale-led Republican field met in Ohio on Monday.', 'Tom Vale', 'Tom Vale-led'],
		['Under the Jeb Dole-era rules, Jeb Dole spoke.', 'Jeb Dole', 'Jeb Dole-era']
	])('%s has %s, not %s', (text, want, not) => {
		const names = entities(text).map((e) => e.name);
		expect(names).toContain(want);
		expect(names).not.toContain(not);
	});
	// a name inside a description is someone of its own; a personal relation to a person named is no
	// affiliation ("a sister of Senator Tom Ford" is not government), where "an aide to" one is
	it.each([
		['Sheldon Adelson met donors.\n\nIsrael matters most to Adelson, a fierce supporter of the nation and close friend of Israeli Prime Minister Benjamin Netanyahu.', [['Sheldon Adelson', 'citizen', 'friend'], ['Benjamin Netanyahu', 'government', 'Israeli Prime Minister']]],
		['Martha Fry, a sister of Senator Tom Ford, said the plan failed.', [['Martha Fry', 'citizen', 'sister'], ['Tom Ford', 'government', 'Senator']]],
		['Senator Tom Ford’s sister, Martha Fry, said the plan failed.', [['Martha Fry', 'citizen', 'sister']]],
		['Martha Fry, the wife of Senator Tom Ford, said the plan failed.', [['Martha Fry', 'citizen', 'wife']]],
		['Martha Fry, an aide to Senator Tom Ford, said the plan failed.', [['Martha Fry', 'government', 'Senator Tom Ford']]],
		// review 28: an office held to a place, its holder named after it: not "Norhaven Helen Achterberg"
		['Former ambassador to Norhaven Helen Achterberg testified on Friday.', [['Helen Achterberg', 'government', 'Former ambassador to Norhaven']]],
		['Secretary of the Treasury Mara Dunleavy testified on Friday.', [['Mara Dunleavy', 'government', 'Secretary of the Treasury']]],
		// (an American diplomat: not an international body by the place of the post)
		['U.S. Ambassador to the United Nations Helen Achterberg spoke on Friday.', [['Helen Achterberg', 'government', 'U.S. Ambassador to the United Nations']]],
		// review 15: a source after "according to" is no place; a role of a few words with no article, then
		// where it is held, describes; "… Human Rights Center" is a rights organisation
		['The ruling changes little, according to Oleg Varin, legal director at the Harbour Human Rights Center in Tallinn, since appeals remain.', [['Oleg Varin', 'rights group or NGO', 'Harbour Human Rights Center']]],
		// review II (46th stop): an office's short form in brackets ends the appositive, which is still the
		// person's; a role before the subject after "As a" is theirs now, over a former one
		['Ed Moss, the United Nations High Commissioner for Refugees (UNHCR), reacted skeptically on Monday.', [['Ed Moss', 'international body', 'United Nations']]],
		['Tom Vale, President Ann Roe\'s former top adviser, spoke on Monday.\n\nAs a CNN senior political correspondent, host of his own podcast and critic, Vale has become a voice of the left.', [['Tom Vale', 'media', 'a CNN senior political correspondent']]],
		['As a state senator, Jim Roe voted for the law in 2001.', [['Jim Roe', 'government', 'a state senator']]],
		// a role "according to" names before a name set off by commas is that person's; a document is not
		['Tom Ford was born in 1957. According to his aunt, Jane Starner, “He was brilliant from the start.”', [['Jane Starner', 'citizen', 'his aunt']]],
		['According to an FBI summary of its investigation, Ann Lee, a lawyer, sent the email.', [['Ann Lee', 'other', 'a lawyer']]],
		// review QQ (52nd stop): the first role of a list after "As", over a relation, to an aside's dash and an age
		['As a former senator and secretary of state, Ann Lee has redefined the role.', [['Ann Lee', 'government', 'a former senator']]],
		["As a lawyer's wife, first lady, senator and secretary of state - and as a two-time candidate for president - Mrs. Ann Lee, 68, has redefined the role. Lee is the first working mother to do so.", [['Ann Lee', 'government', 'senator']]],
		['As secretary of state, Ann Lee signed the treaty.', [['Ann Lee', 'government', 'secretary of state']]],
		// (not a clause of "as", nor "as for", nor a role at a place, which may be past: "As a summer associate at a law firm, Lynch …")
		['As many tax experts, including Ed Roe, have pointed out, Tom Vale is free to act.', [['Tom Vale', 'unclassified', undefined]]],
		["As for the mayor's supporters, Tom Vale said they were wrong.", [['Tom Vale', 'unclassified', undefined]]],
		['As a summer associate at a Harbour law firm, Ann Lee was asked to speak.', [['Ann Lee', 'unclassified', undefined]]],
		// (an idiom of origin is no relation: "native sons" gives no group)
		['Ohio and Florida are must-win contests for native sons Tom Vale and Jim Roe.', [['Tom Vale', 'unclassified', undefined]]]
	] as [string, [string, string, string | undefined][]][])('%s', (text, expected) => {
		const es = entities(text);
		for (const [name, group, evidence] of expected) {
			const e = byName(es, name);
			expect(e, `${name} among ${es.map((x) => x.name).join(', ')}`).toBeDefined();
			expect([e!.group, e!.groupEvidence?.text]).toEqual([group, evidence]);
		}
	});
	// (a stage of life or a sex after "As a" says when or what, not a role: no group from it)
	it.each([
		['As a child, Ann Lee moved to Ohio with her family.', 'Ann Lee'],
		['As a woman, Ann Lee likely raised less suspicion, Tom Vale said.', 'Ann Lee']
	])('%s: %s has no group', (text, name) => {
		const e = byName(entities(text), name);
		expect(e?.group ?? 'unclassified').toBe('unclassified');
	});
	it('a capitalised common noun\'s possessive is part of a speaker\'s name too ("the People\'s Daily warned")', () => {
		expect(entities('On Monday, the People’s Tribune warned that the protests must end.').map((e) => e.name)).toContain('People’s Tribune');
	});
	it.each(rows)('%s', (_n, text, expected) => {
		const es = entities(text);
		for (const exp of expected) {
			const e = byName(es, exp.name);
			expect(e, `${exp.name} among ${es.map((x) => x.name).join(', ')}`).toBeDefined();
			expect(e!.kind).toBe(exp.kind);
			expect(e!.group).toBe(exp.group);
			expect(e!.groupEvidence?.text ?? null).toBe(exp.evidence);
			if (e!.groupEvidence) expect(text.slice(e!.groupEvidence.start, e!.groupEvidence.end)).toBe(e!.groupEvidence.text);
			expect(e!.mentions.map((m) => m.text)).toEqual(exp.mentions);
			for (const m of e!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
		}
	});

	it.each([
		['a former NASA administrator, Ann Cole, spoke.', 'former NASA', 'NASA'],
		['Li Wen, deputy director of Inner Mongolia’s disease control centre, spoke.', 'Inner Mongolia', 'Li Wen'],
		['Ann Lee, a friend of Mark Tull, spoke.', 'Mark Tull', 'Mark Tull']
	])('%s: no entity "%s", one named "%s"', (text, absent, present) => {
		const es = entities(text);
		const names = es.map((e) => `${e.name}/${e.kind}`);
		expect(es.map((e) => e.name)).toContain(present);
		if (absent !== present) expect(names).not.toContain(`${absent}/org`);
		if (absent === present) expect(names).toContain(`${present}/person`);
	});

	it('"big name US politicians" makes no organisation', () => {
		expect(entities('A row involving a couple of big name US politicians ended.').map((e) => e.name)).not.toContain('big name US');
	});

	it('a pronoun does not point into a headline or link line, and such lines do not count in its reach', () => {
		const text = 'Two soldiers died, the US military said.\n\nMore:\n\nAfghan women speak out\n\nChina invites Taliban for talks\n\nIt said the names would be released later.';
		const { quotes, entities: es } = analyse(text);
		expect(quotes.map((q) => q.speaker)).toEqual(['US military', 'US military']);
		expect(byName(es, 'US military')?.mentions.map((m) => m.text)).toEqual(['the US military', 'It']);
		expect(byName(es, 'China')?.mentions.map((m) => m.text)).toEqual(['China']);
	});

	it('a photo credit line is not a person', () => {
		const es = entities('Image copyright Getty Images\n\nTaylor Vale sang. She left.');
		expect(es.some((e) => /Getty|Image/.test(e.name) && e.kind === 'person')).toBe(false);
	});

	it('a weekday is never a name', () => {
		expect(entities('The coach gave his players a pep talk Tuesday before the game.').map((e) => e.name)).not.toContain('Tuesday');
	});

	it('places and page furniture are not people (issue class 4)', () => {
		const es = entities('Facebook Facebook\nWest Mercia Police closed roads in South Carolina and in Iceberg Passages.');
		expect(es.map((e) => e.name)).not.toContain('South Carolina');
		expect(es.some((e) => /Facebook/.test(e.name))).toBe(false);
		expect(byName(es, 'West Mercia Police')?.group).toBe('government');
	});

	it('mentions inside quotes are marked as quoted, and he/she are not resolved from inside them', () => {
		const text = 'Ann Lee spoke. "Tom Dale lied to us," she said.';
		const es = entities(text);
		expect(byName(es, 'Tom Dale')?.mentions.every((m) => m.quoted)).toBe(true);
		expect(byName(es, 'Ann Lee')?.mentions.map((m) => m.text)).toEqual(['Ann Lee', 'she']);
	});

	it('an empty or punctuation-only article has no entities', () => {
		expect(entities('')).toEqual([]);
		expect(entities('‹«‹')).toEqual([]);
	});
});
