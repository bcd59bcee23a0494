// Tone toward each actor (analysis/actors): who is an actor, which mentions are one actor, and the
// tone of the outlet's own words about each. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../analysis/pipeline.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';
import { actorPolarity, polarityOf } from '../../analysis/actors/index.js';
import { polarityLabel } from '../../analysis/actors/polarity.js';
import type { Actor } from '../../analysis/types.js';

const options = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
const actorsOf = (text: string): Actor[] => analyseArticle({ id: 't', text, raw: true }, options).actors ?? [];
const find = (text: string, name: string) => actorsOf(text).find((a) => a.name === name);
/** The words of each mention of the actor called `name`, or null when there is no such actor. */
const mentionsOf = (text: string, name: string): string[] | null => find(text, name)?.mentions.map((m) => m.text) ?? null;

describe('actors: a person or an organisation', () => {
	// third newcomer pass: "Aberdeen Royal Infirmary" had been listed as a person
	it.each([
		['The patient was treated at the Aberdeen Royal Infirmary in May.', 'Aberdeen Royal Infirmary', 'org'],
		['Staff at the Harbour Clinic said the wait had doubled.', 'Harbour Clinic', 'org'],
		['Nurses at Saint Mary’s Hospice marched on Friday.', 'Saint Mary’s Hospice', 'org'],
		// review 38: "the Senate Committee on Foreign Relations" had been a person called "Relations"
		['The Senate Committee on Foreign Relations met on Monday.', 'Senate Committee on Foreign Relations', 'org'],
		['The House Select Committee on Intelligence met on Monday.', 'House Select Committee on Intelligence', 'org'],
		// review II (46th stop): a name listed under a plural noun for organisations is one
		['The bill drew attention from local employers such as Harbourco, which opposed it.', 'Harbourco', 'org'],
		['Tech firms like Brightlane opposed the plan on Monday.', 'Brightlane', 'org']
	] as const)('%s: %s is an %s', (text, name, kind) => {
		const a = actorsOf(text).find((x) => x.name.includes(name.split(' ').pop()!));
		expect(a?.kind, JSON.stringify(actorsOf(text).map((x) => [x.name, x.kind]))).toBe(kind);
	});
});

// review II (46th stop): an organisation the quotes stage named is the one met again by that name, not a
// person of the same name ("websites like Harbourwire" … "Harbourwire published it")
describe('actors: one organisation, one actor', () => {
	it.each([
		['The claim spread on websites like Harbourwire. Later Harbourwire published the video, and Harbourwire defended it.', 'Harbourwire'],
		['The bill drew attention from employers such as Harbourco, which opposed it. "We object," the company tweeted. Harbourco also wrote to lawmakers.', 'Harbourco']
	])('%s', (text, name) => {
		const same = actorsOf(text).filter((a) => a.name === name);
		expect(same.map((a) => a.kind), JSON.stringify(actorsOf(text).map((x) => [x.name, x.kind]))).toEqual(['org']);
	});
});

// A wire credit glued to the story's first word (3 December): "Washington (CNN)President Donald Trump" had
// been one name grouped as media, with the place and "CNN" actors too
describe('actors: a dateline and its wire credit name no one', () => {
	it.each([
		['Harbour City (CNN)Mayor Ann Lee said on Monday that the road would close.', [['Ann Lee', 'government']]],
		['(CNN Business)A muddled view of the talks emerged on Friday, said Tom Vale, an analyst at Harbour Bank.', [['Tom Vale', 'business'], ['Harbour Bank', 'business']]],
		['HARBOUR CITY (Reuters) - Mayor Ann Lee said on Monday that the road would close.', [['Ann Lee', 'government']]],
		// review 34: a plain-text copy's spaced hyphen for the dateline's dash
		['HARBOUR CITY, Vt. - Mayor Ann Lee said on Monday that the road would close.', [['Ann Lee', 'government']]],
		// review 35: a capital's dateline, with "the party" resolved to it as to a government
		// (and a city places.txt lists: the party is then an actor of its own, not the city's mention)
		['PHILADELPHIA - Bill Vale spoke on Tuesday night to the party. The party cheered.', [['Bill Vale', 'unclassified'], ['party', 'government']]],
		['HARBOURTON - Bill Vale spoke on Tuesday night to the party. The party cheered.', [['Bill Vale', 'unclassified']]],
		// review Y (41st stop): UPI's dateline carries the day
		['HARBOUR CITY, July 29 (UPI) — Mayor Ann Lee said on Monday that the road would close.', [['Ann Lee', 'government']]]
	])('%s', (text, actors) => {
		// (segmented as a pasted article is: the dateline is lifted out there)
		const found = analyseArticle({ id: 't', text }, options).actors ?? [];
		expect(found.map((a) => [a.name, a.group])).toEqual(actors);
	});
});

// review Y (41st stop): "She hiked through Africa with him" had made Africa a person, with her pronouns
// review Y (41st stop): "Memorial Day", the tagger's common noun "Day" after it, had made "Memorial" a person
describe('actors: the first word of a day or a place named with a capitalised common noun is no one', () => {
	it.each([
		['The senator spoke on Memorial Day. He was tired.', 'Memorial'],
		['Protesters marched to Hyde Park on Labor Day. They were tired.', 'Hyde'],
		// review KK (47th stop): a compass word opening a place's name ("a North Charleston police officer")
		['Tom Vale was shot by a North Charleston, S.C., police officer. He died.', 'North'],
		// reviews AA and BB (42nd stop): fragments of names of things, offices and eras, a title's
		// abbreviation, an adverb opening a sentence, a gathering
		['The confab in Harbourton — the City of Brotherly Love — ended on Thursday.', 'Brotherly'],
		['Sanders voted against the Patriot Act in 2001.', 'Patriot'],
		['Ann Vale served as Secretary of State for four years.', 'Secretary'],
		['Ann Vale served as Secretary of State for four years.', 'State'],
		['The town never recovered from the Great Recession.', 'Great Recession'],
		['The Rev. Jesse Vale spoke near City Hall on Monday.', 'Rev'],
		['Apolitically speaking, the speech was a success.', 'Apolitically'],
		['Tom Vale held a press conference instead of a typical victory party.', 'typical victory party'],
		// review OO (49th stop): an organisation owning something with "a" is any one of its kind
		["Ann Vale became the first person to speak at a major party's convention.", 'major party'],
		// review CC (42nd stop): a newsletter's heading in capitals names no one
		['TWO DEAD IN CORRUPT CITY SHOOTING Three people were detained on Monday, police said.', 'DEAD']
	])('%s', (text, not) => {
		const names = actorsOf(text).map((a) => a.name);
		expect(names).not.toContain(not);
	});
});

// review AA (42nd stop): people in the plural, "for" and a cause is an advocacy group's one name; not people
// acting for someone, nor a group rallied for a candidate
describe('actors: "Democrats for Education Reform" is one organisation', () => {
	it.each([
		['Massachusetts Democrats for Education Reform sponsored a breakfast. Many Democrats attended.', 'Massachusetts Democrats for Education Reform', 'Education Reform'],
		['Parents for Safe Streets held a rally on Monday.', 'Parents for Safe Streets', 'Safe Streets'],
		['Lawyers for Epstein filed a motion on Monday. Epstein denied the charges.', 'Epstein', 'Lawyers for Epstein']
	])('%s', (text, name, not) => {
		const names = actorsOf(text).map((a) => a.name);
		expect(names).toContain(name);
		expect(names).not.toContain(not);
	});
});

// ... but a city named so is one, and the people of a title's plural are named ("accused the Democrats of …")
describe('actors: a city named with a capitalised "City" and a plural before "of" stay', () => {
	it.each([
		['Tom Vale flew to Atlantic City on Monday. Tom Vale praised Atlantic City again.', 'Atlantic'],
		['Ann Lind accused the Democrats of lying. The Democrats denied it.', 'Democrats']
	])('%s', (text, name) => {
		expect(actorsOf(text).map((a) => a.name)).toContain(name);
	});
});

describe('actors: what someone becomes is no one of its own', () => {
	it.each([['Ann Cole spoke on Monday. Tom Vale will become the nominee in May.', 'nominee']])('%s', (text, not) => {
		const names = actorsOf(text).map((a) => a.name);
		expect(names).toContain('Tom Vale');
		expect(names).not.toContain(not);
	});
});

describe('actors: a continent is a place, no one', () => {
	it.each([['Ann Vale hiked through Africa with her brother. Europe was next.', ['Africa', 'Europe']]])('%s', (text, places) => {
		const names = actorsOf(text).map((a) => a.name);
		expect(names).toContain('Ann Vale');
		for (const p of places) expect(names).not.toContain(p);
	});
});

// review 35: "His popularity, even after he criticized President George W. Bush" gave his and he to Bush
describe('actors: a he or she the scan left is the person opening the main clause after it, not its own object', () => {
	it.each([
		['After she won, Ann Roe said it was fine.', 'Ann Roe', ['she', 'Ann Roe']],
		['His popularity, even after he criticized President Tom Vale, shows how the party misjudged voters.', 'Tom Vale', ['President Tom Vale']]
	])('%s → %s', (text, name, mentions) => {
		expect(mentionsOf(text, name)).toEqual(mentions);
	});
});

// review OO (49th stop): in a story of several people, a pronoun of one gender went to someone whose given
// name, unknown to first-names.txt, says the other ("Susannah Randolph … his district"), and a person met by
// a given name and another word of the fuller name was split from it ("Dena Minning" of "Dena Minning Grayson")
describe('actors: a given name known from birth records says whom he or she may mean', () => {
	it.each([
		// [text, actor, its mentions]
		['Rep. Tom Vale is running again. His longtime adviser, Marisol Quint, was his heir apparent.', 'Marisol Quint', ['His longtime adviser', 'Marisol Quint']],
		['Rep. Tom Vale is running again. His longtime adviser, Marisol Quint, was his heir apparent.', 'Tom Vale', ['Rep. Tom Vale', 'His', 'his']],
		['Thaddeus Okoro met Ann Roe on Monday. Later she said the talks went well.', 'Thaddeus Okoro', ['Thaddeus Okoro']],
		// (a name's own gender outranks none: "Lorna" is a woman's, so "he" is someone the text does not name)
		['Lorna Pike was there too. He arrived late.', 'Lorna Pike', ['Lorna Pike']],
		// the gender of the pronouns the scan gave a person: "She married him" has no "him" of hers
		['His new wife, Odessa Marsh Pike, is running. She married him in 2014.', 'Odessa Marsh Pike', ['His new wife', 'Odessa Marsh Pike', 'She']]
	])('%s → %s', (text, name, mentions) => {
		expect(mentionsOf(text, name)).toEqual(mentions);
	});
});

// review RR of the 53rd stop's corpus run: a people, a faith or a party's members named in the plural took
// the "she" and "he" of people named after them ("the four brave Americans … the grief that she has")
describe('actors: "Americans", "Muslims", "Democrats" are many people, never a he or a she', () => {
	it.each([
		// [text, actor, its mentions]
		['Four Americans died there. Ann Roe said the grief that she feels is real.', 'Americans', ['Americans']],
		['On Friday, Muslims gathered at the mosque. He spoke for an hour.', 'Muslims', ['Muslims']],
		['On Friday, Democrats left the room. Later she returned alone.', 'Democrats', ['Democrats']],
		// (a faith's people in the plural stay actors; its branch named alone is none, religions.txt)
		['On Monday, Sunnis and Shiites marched together.', 'Sunnis', ['Sunnis']],
		// (a surname in the plural form is one person's: "evan" is a given name)
		['On Friday, Evans left the room. Later he returned alone.', 'Evans', ['Evans', 'he']]
	])('%s → %s', (text, name, mentions) => {
		expect(mentionsOf(text, name)).toEqual(mentions);
	});
});

describe('actors: a given name and another word of a fuller name are its bearer', () => {
	it.each([
		// [text, actor, its mentions, no actor of that name]
		['Odessa Marsh Pike, a lawyer, is running. She ran as Odessa Marsh in 2010, and Odessa Pike campaigned in the city.', 'Odessa Marsh Pike', ['Odessa Marsh Pike', 'a lawyer', 'She', 'Odessa Marsh', 'Odessa Pike'], 'Odessa Marsh'],
		// (a father named with his generation is not his son: "Cassius Clay Sr." … "Cassius Clay")
		['Leland Crane Sr. was there. Years ago Leland Crane won the title.', 'Leland Crane Sr.', ['Leland Crane Sr.'], null],
		// (two people of that given name: neither)
		['Odessa Marsh Pike, a lawyer, and Odessa Marsh Quint, a doctor, are running. Odessa Marsh spoke first.', 'Odessa Marsh Pike', ['Odessa Marsh Pike', 'a lawyer'], null]
	])('%s → %s', (text, name, mentions, gone) => {
		expect(mentionsOf(text, name)).toEqual(mentions);
		if (gone) expect(find(text, gone)).toBeUndefined();
	});
});

// review NN (48th stop): a section's heading in capitals on a line of its own is no organisation
describe('actors: a heading of a word or two in capitals on its own line names no one', () => {
	it.each([
		['ABSTRACT.\n\nThe search committee met on Monday.', 'ABSTRACT', 'search committee'],
		['UPDATES:\n\nThe council voted on Monday.', 'UPDATES', 'council'],
		['NATO.\n\nThe alliance met on Monday.', null, 'NATO']
	])('%s', (text, not, kept) => {
		const names = actorsOf(text).map((a) => a.name);
		if (not) expect(names).not.toContain(not);
		expect(names).toContain(kept);
	});
});

// review MM (48th stop): "the next president" after "President Obama" is his successor, not Obama
describe('actors: "the next …", "the previous …" is someone else than the one whose title it names', () => {
	it.each([
		['President Tom Vale began preparing for a transition to the next president on Monday. Vale signed the order.', 'Tom Vale', 'the next president'],
		['Director Ann Lee took office in May. The previous director had resigned.', 'Ann Lee', 'The previous director']
	])('%s', (text, name, other) => {
		const a = find(text, name);
		expect(a).toBeDefined();
		expect(a!.mentions.map((m) => m.text)).not.toContain(other);
	});
});

// review NN (48th stop): a committee or a court is no company named before it, only a body its own name says is one
describe('actors: "the committee", "the court" refer back only to a body whose name says so', () => {
	it.each([
		['Zentrix found that interviews were useless. Maybe the search committee should listen.', 'the search committee', 'Zentrix', false],
		['Twitter suspended the accounts. The lawyers went to the court on Monday.', 'the court', 'Twitter', false],
		['The House Ethics Committee met on Monday. The committee said the case was closed.', 'The committee', 'House Ethics Committee', true]
	])('%s', (text, mention, name, merged) => {
		const a = find(text, name);
		expect(a).toBeDefined();
		expect(a!.mentions.some((m) => m.text === mention)).toBe(merged);
	});
});

// review NN (48th stop): "He or she needs to be good at hiring" had given "He" to Sanders and "she" to Clinton
describe('actors: "he or she", "his or her" mean anyone, no one the story names', () => {
	it.each([
		['Tom Vale spoke on Monday. What does it take to be president? He or she needs to be good at hiring, Ann Roe said.', 'Tom Vale', ['Tom Vale']],
		['Ann Roe spoke on Monday. She or he needs to be good at hiring, Tom Vale said.', 'Ann Roe', ['Ann Roe']],
		['Tom Vale spoke on Monday. Every voter should have his or her say.', 'Tom Vale', ['Tom Vale']],
		['Tom Vale spoke on Monday. He said every voter should have a say.', 'Tom Vale', ['Tom Vale', 'He']]
	])('%s → %s', (text, name, mentions) => {
		expect(mentionsOf(text, name)).toEqual(mentions);
		expect(actorsOf(text).some((x) => x.mentions.some((m) => /^(?:he|she|his|her)$/i.test(m.text) && text.slice(m.end, m.end + 4) === ' or ')), 'a pronoun of a pair').toBe(false);
	});
});

describe('actors: who is one', () => {
	it.each([
		// [text, actor name, mentions as written]
		['Senator Ann Roe spoke on Monday. Later, Roe lied about it.', 'Ann Roe', ['Senator Ann Roe', 'Roe']],
		['Greenfield Energy won praise for its donation. Greenfield later cut its staff.', 'Greenfield Energy', ['Greenfield Energy', 'Greenfield']],
		// a name before an organisation's own name says whose it is: alone, it is that person (review 28)
		['The Vale White House defended the plan. Later, Vale lied about it.', 'Vale', ['Vale']],
		['Oskar Lind won the award. Lind thanked his team.', 'Oskar Lind', ['Oskar Lind', 'Lind']],
		// review V (39th stop): a word for holding the office now leaves the title, before the name too
		['The sitting president is looking good in the polls. President Tom Vale endorsed Ann Lee on Thursday. Vale said she would win. Vale left.', 'Tom Vale', ['The sitting president', 'President Tom Vale', 'Vale', 'Vale']],
		// review V (39th stop): a lone name after a preposition of place is where, not who
		['Scranton voted early. Ann Lee spoke to supporters in Scranton on Monday.', 'Scranton', ['Scranton']],
		// review 32: "Warren, who hurt herself … her plan" had given both pronouns to the woman named in a list before
		['Ann Lee and Tom Vale spoke first. The chance is there for Kim Roe, Mary Dale and Jim Lind.\n\nNo one has more riding on the debate than Lee, who hurt herself last month with questions about her plan.', 'Ann Lee', ['Ann Lee', 'Lee', 'herself', 'her']],
		// ("the paper" is the newspaper named before, where it is no part of "paper-thin")
		['The Harbour Times reported the visit on Monday. The paper said the plan had failed.', 'Harbour Times', ['The Harbour Times', 'The paper']],
		['The Harbour Trust opened a new library on Friday.', 'Harbour Trust', ['The Harbour Trust']],
		// review 38: another name of one organisation (org-aliases.txt) is that organisation; the fuller name names it
		['The Republican Party met on Monday. Later, the GOP voted to cut taxes.', 'Republican Party', ['The Republican Party', 'the GOP']],
		['ISIS attacked the town. The Islamic State later said it was behind it.', 'Islamic State', ['ISIS', 'The Islamic State']],
		// a name met once, opening a sentence before a verb, is still a name in a sentence read alone
		['Pence said the talks would go on.', 'Pence', ['Pence']],
		['Regulators fined Kestrel Airways for its dangerous maintenance failures.', 'Kestrel Airways', ['Kestrel Airways']],
		// a title capitalised alone after "the" is the same description as "the judge"
		['The judge heard the case in May. Lawyers welcomed the Judge’s decision.', 'judge', ['The judge', 'the Judge']],
		// review 33: a company known by name, alone after its product's name, is the company
		['Google Stadia launched on Tuesday.\n\nGoogle says the controller will improve. Google has promised more games.', 'Google', ['Google', 'Google']],
		['Google Stadia launched on Tuesday.\n\nGoogle says the controller will improve. Google has promised more games.', 'Google Stadia', ['Google Stadia']],
		// ... but a line that is a name or a source in brackets is no subheading
		['The race ended on Sunday.\n\nDenny Hamlin\n\nHe finished second.', 'Denny Hamlin', ['Denny Hamlin']],
		['“It streams well,” the review said.\n\n[Engadget]\n\nOthers disagreed.', 'Engadget', ['Engadget']],
		// a place's possessive before anything but a part of a place gives it a part in the story
		['Harbourgrad’s decision angered its neighbours.', 'Harbourgrad', ['Harbourgrad']],
		// a given name first: a person, though the last word can end a place's name
		['Anita Hollis Hill testified before the committee on Tuesday.', 'Anita Hollis Hill', ['Anita Hollis Hill']],
		// review 33: a surname that ends places' names ("Park", "Street"), which the tagger reads as a common
		// noun, had cut "Anna Park" into "Anna", "engineer" and a speaker "Park"
		['The engineer Anna Park fixed the bridge on Monday.\n\n“It is safe,” Park said.', 'Anna Park', ['The engineer Anna Park', 'Park']],
		['Anna Park fixed the bridge on Monday.\n\n“It is safe,” Park said.', 'Anna Park', ['Anna Park', 'Park']],
		['The brilliant engineer Anna Park fixed the bridge.', 'Anna Park', ['The brilliant engineer Anna Park']],
		// a description given in apposition, met again, is the same person
		['The suspect, Dale Rook, was convicted on Friday. Police had found the suspect’s car near the river.', 'Dale Rook', ['The suspect', 'the suspect', 'Dale Rook']],
		// the title of the person the story is about, after "the", is that person
		['President Ann Vale signed the bill on Monday.\n\nVale said it was fair. Vale thanked the council.\n\n' + 'The bill covers roads, schools and the water supply of the region.\n\n'.repeat(14) + 'Critics in the capital said the President had rushed the vote.', 'Ann Vale', ['President Ann Vale', 'the President']],
		// the same name in another case is the same actor
		['“The guards lied,” prosecutors said on Monday.\n\nProsecutors said the guards slept through the night.', 'prosecutors', ['prosecutors', 'Prosecutors']],
		// after "that" opening a clause, a plural is still a group
		['The poll found that younger voters were angry about the plan.', 'younger voters', ['that younger voters']],
		// a lower-case particle inside a name, and a hyphenated given name
		['Tomas de Valk beat Jean-Marc Orly in the final. De Valk served well.', 'Tomas de Valk', ['Tomas de Valk']],
		// third newcomer pass: a person introduced once with "a" and met again as "the" and the same noun
		['A 43-year-old man saw his doctor in November. The man had been tired for months.', '43-year-old man', ['A 43-year-old man', 'his', 'The man']],
		['A 43-year-old man saw his doctor in November. The man had been tired for months. “It was hard,” the man said.', 'man', ['A 43-year-old man', 'his', 'The man', 'the man']],
		// a name in capitals that opens with a given name is still someone
		['The verdict stunned the town. ALAN RIDGEWAY, who led the appeal, said he would fight on.', 'ALAN RIDGEWAY', ['ALAN RIDGEWAY']],
		['Tomas de Valk beat Jean-Marc Orly in the final. De Valk served well.', 'Jean-Marc Orly', ['Jean-Marc Orly']],
		// a speaker the quotes stage knew by surname alone, then the full name in a run: one person
		['Vasek Pospisil edged Reilly Odeka 7-6, 7-6 on Friday.\n\n“Came down to a few points in the end,” Odeka said.', 'Reilly Odeka', ['Reilly Odeka', 'Odeka']],
		// a name before a noun that makes it the owner or the subject, a name aimed at, a name before a score
		['Critics attacked the Delvin administration over the delay.', 'Delvin', ['Delvin']],
		['Senators backed the Grasso investigation on Monday.', 'Grasso', ['Grasso']],
		['The candidates took a jab at Tarrant during the debate.', 'Tarrant', ['Tarrant']],
		['Yoshi Nakamura defeated Gael Monfils 7-5, 6-2 on Tuesday.', 'Gael Monfils', ['Gael Monfils']],
		// an organisation's name goes on over "and" to the organisation word that ends it; two names stay two
		['Regulators at the Food and Drug Administration approved the drug.', 'Food and Drug Administration', ['the Food and Drug Administration']],
		['The Department of Health and Human Services sued the firm.', 'Department of Health and Human Services', ['The Department of Health and Human Services']],
		['Vantel faces a U.S. Securities and Exchange Commission inquiry.', 'U.S. Securities and Exchange Commission', ['U.S. Securities and Exchange Commission']],
		['Vantel and Orbix agreed to the deal on Friday.', 'Vantel', ['Vantel']],
		// an initialism at the end of a name is part of it
		['Investigators hired the research firm Fusion GPS in 2016.', 'Fusion GPS', ['the research firm Fusion GPS']],
		// a surname that is also a word of English, opening a sentence where it acts
		['Brown, who chairs the board, resigned on Friday.', 'Brown', ['Brown']],
		['Rice thanked the volunteers at the shelter.', 'Rice', ['Rice']],
		// a campaign is an organisation; a name before a document's words is free again; a slash between names is no link
		['The Trump campaign said the plan was working.', 'Trump campaign', ['The Trump campaign']],
		['Limbaugh’s comments came after the vote on Wednesday.', 'Limbaugh', ['Limbaugh']],
		['In an NBC News/Wall Street Journal poll released Monday, half of voters agreed.', 'Wall Street Journal', ['Wall Street Journal']],
		// a hyphenated age is part of a description
		['Dr. Ann Rowe told the tale of a 43-year-old man who fell ill in May.', '43-year-old man', ['a 43-year-old man']],
		// a capital that acts, or qualifies a noun, stays
		['Beijing said the talks would go on.', 'Beijing', ['Beijing']],
		['American officials said U.S. troops left the base.', 'U.S.', ['U.S.']],
		// a possessive gives a place a part in the sentence
		['Brackwater’s council voted to close the library.', 'Brackwater', ['Brackwater']],
		// a company named with its corporate suffix, then without it: one actor
		['The agency picked Kestrel Robotics Inc. on Monday.\n\nKestrel Robotics will build the lander.', 'Kestrel Robotics Inc.', ['Kestrel Robotics Inc.', 'Kestrel Robotics']],
		// mid-sentence, a capitalised word the tagger misread opens a name run
		['Tom Vale won titles with Inter Milan and Chelsea before he retired.', 'Inter Milan', ['Inter Milan']],
		// two people joined by "and", the second with a title: two actors
		['Mayor Ann Roe and Chinese trade minister Li Wen agreed to meet in May.', 'Ann Roe', ['Mayor Ann Roe']],
		['Mayor Ann Roe and Chinese trade minister Li Wen agreed to meet in May.', 'Li Wen', ['Chinese trade minister Li Wen']],
		// someone introduced by "a" with where they are from, in a paragraph naming no one, is whom "he" means
		['Coach Tom Reyes was sacked on Monday.\n\nA hiker in the Tatra mountains fell on Sunday. He was taken to hospital.', 'hiker', ['A hiker', 'He']],
		['Ines van Loon won the race on Sunday. “I trained for this all winter long,” van Loon said.', 'Ines van Loon', ['Ines van Loon', 'Loon']],
		// a name of capitalised words joined by hyphens is one actor
		['The union federation AFL-CIO endorsed the senator on Tuesday.', 'AFL-CIO', ['AFL-CIO']],
		['Ann Roe led the polls in May. Will Roe keep the lead, or will Tom Vale catch up?', 'Ann Roe', ['Ann Roe', 'Roe']],
		['Will Smith said on Monday that he would return.', 'Will Smith', ['Will Smith']],
		// fifth newcomer pass: an adverb opening the sentence is no part of the name ("Hopefully Mexico")
		['Hopefully Harbouria will stop this onslaught at its northern border.', 'Harbouria', ['Harbouria']],
		['The court met. Previously Tom Vale had denied it, and Vale denies it still.', 'Tom Vale', ['Tom Vale', 'Vale']],
		['Kelly Vale said on Monday that she would return.', 'Kelly Vale', ['Kelly Vale']],
		// a title word inside a name before its generation ("King" of "Martin Luther King Jr." had left the name "Jr.")
		['Martin Luther King Jr. spoke on the steps in 1963.', 'Martin Luther King Jr.', ['Martin Luther King Jr.']],
		// review T (39th stop): a title the text gives one person, met again after "the" near them, is that person
		['Israeli Prime Minister Ann Dorne will visit Harbouria. Dorne met Tom Vale on Monday. Tom Vale spoke. Tom Vale left. Dorne stayed.\n\nThe prime minister\'s schedule is full.', 'Ann Dorne', ['The prime minister']],
		// review T (39th stop): a race's front-runner, a hyphenated head, is one person the sentence before named
		['Tom Vale has won the Republican primary in Ohio, his first win of the night.\n\nThe Republican front-runner has now won twice.', 'Tom Vale', ['The Republican front-runner']],
		// review T (39th stop): "and" and a list inside an organisation's name
		['A report by the Organization for Economic Cooperation and Development found that wages fell.', 'Organization for Economic Cooperation and Development', ['the Organization for Economic Cooperation and Development']],
		['A study by the National Academies of Sciences, Engineering and Medicine found that crime fell.', 'National Academies of Sciences, Engineering and Medicine', ['the National Academies of Sciences, Engineering and Medicine']],
		// (but not two organisations, nor one qualifying a noun)
		['The Bank of America and Chase said rates would rise.', 'Bank of America', ['The Bank of America']],
		['The Department of Justice and Treasury officials met on Monday.', 'Department of Justice', ['The Department of Justice']]
	])('%s → %s', (text, name, mentions) => {
		const a = find(text, name);
		expect(a, `no actor "${name}" in ${JSON.stringify(actorsOf(text).map((x) => x.name))}`).toBeDefined();
		expect(a!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(mentions));
		for (const m of a!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
	});

	it.each([
		// review 37: a pronoun in someone's quoted words that the paragraph does not resolve makes no "he, unnamed"
		['Tom Vale was backed by Herschel Walker.\n\n“I have known Tom for years, and he is a good man,” Walker said.', 'he, unnamed'],
		['Ann Roe spoke on Monday.\n\n“She knows it, and so do they,” Roe said.', 'she, unnamed'],
		// (in the writer's words it still does: someone the text does not name)
		['The meeting ended late.\n\nHe left before the vote.', null]
	])('%s: no actor "%s"', (text, name) => {
		if (name) expect(find(text, name)).toBeUndefined();
		else expect(find(text, 'he, unnamed')).toBeDefined();
	});

	it('he never means a name of several words with no sign of a person in it', () => {
		const text = 'The club said in a statement: "He is renowned for his tactics and has managed Iceberg Passages in two countries.';
		expect(find(text, 'Iceberg Passages')?.mentions.map((m) => m.text)).toEqual(['Iceberg Passages']);
	});

	it.each([
		// [text, actor, a pronoun that is not theirs]
		// a given name says the gender: "he" in a woman's quote is someone else
		['Mary Vance runs the bakery on Main Street.\n\n“He has no consistency about him,” Vance said.', 'Mary Vance', 'He'],
		// inside someone's quoted words "he" is never the speaker, whose name says no gender here
		['Carl Dunmore admitted the threats.\n\n“He has taken responsibility for his words,” Kim Zoller said.', 'Kim Zoller', 'He'],
		['Carl Dunmore admitted the threats.\n\nKim Zoller, his lawyer, said: “He has taken responsibility.”', 'Kim Zoller', 'He'],
		// ... but an object in the relative clause is someone else
		['Tom Vale spoke first. Later, Ann Lee, who told him the plan had failed, left.', 'Ann Lee', 'him'],
		// a word for a man or a woman says the gender too ("lord", "man"): "she" after them is someone else
		['The crowd cheered when the lord of the manor arrived. She waved from the car.', 'lord', 'She'],
		['I told the man in charge what had happened. She left before the police came.', 'man', 'She'],
		// review 32: "the paper-thin medical record" had made "the paper" a mention of the outlet
		['The Harbour Times reported the visit on Monday. The office released the paper-thin medical record.', 'Harbour Times', 'the paper'],
		// review T (39th stop): a faith's adjective before a noun is no short name of an organisation it opens
		['The letter was signed by the Islamic Society of Boston Cultural Center. The general said the country should watch Islamic radicals.', 'Islamic Society of Boston Cultural Center', 'Islamic']
	])('%s: "%s" does not hold "%s"', (text, name, pronoun) => {
		expect(find(text, name)?.mentions.map((m) => m.text)).not.toContain(pronoun);
	});

	it.each([
		// [text, an actor a definition does not undo]
		['The Congressional Budget Office (CBO) said the bill would cost more. The CBO stood by its figures.', 'CBO'],
		['He founded a company called Kestrel in 2010. Kestrel now employs 40 people.', 'Kestrel'],
		// (an acronym stays, though a word: the text never writes it in lower case)
		['NATO said on Monday that the exercise would go ahead. Officials declined to comment.', 'NATO'],
		// ... nor a place after a comma when the names before it are a list of states, or an organisation
		['The order has branches in India, Korea, China, Kazakhstan and the Philippines.', 'China'],
		['Besides China, Vietnam, the Philippines and Malaysia claim the sea.', 'Vietnam'],
		// (with its campus, the rest of its name since the 54th stop's review TT)
		['The study was led by Dan Lubin of the University of California, San Diego.', 'University of California, San Diego'],
		// ... but an organisation named after an office is one
		['The IG briefed the former Chairman of the Democratic Caucus about the server.', 'Democratic Caucus'],
		['So last week the Chairman of Judiciary Committee wrote to the senators.', 'Judiciary Committee'],
		// ... and a surname that is a thing word ends no document's name ("Day on Twitter" was one; Twitter there is
		// only where he posts, review V of the 39th stop)
		['Follow Chad Day on Twitter for updates on the trial.', 'Chad Day'],
		// eighth newcomer pass: a name with a list in it is one organisation (its words had been three people)
		['Agents from the Bureau of Alcohol, Tobacco, Firearms and Explosives searched the home.', 'Bureau of Alcohol, Tobacco, Firearms and Explosives'],
		// ... after "on" too, and with a comma before the "and" (review QQ: "Space" and "Technology" had been people)
		['Harbour, chairman of the House Committee on Science, Space and Technology, wrote to the agency.', 'House Committee on Science, Space and Technology'],
		['The Senate Committee on Commerce, Science, and Transportation met on Monday.', 'Senate Committee on Commerce, Science, and Transportation'],
		// ... and a name whose organisation word is in the plural ("Centers" and "Disease Control" had been two people)
		['The Centers for Disease Control and Prevention said the number of cases rose sharply last month.', 'Centers for Disease Control and Prevention'],
		['Researchers at the National Institutes of Health said the drug works.', 'National Institutes of Health'],
		// review DD (43rd stop): an ordinal in figures inside a court's name ("Circuit" had been a person, and two courts one)
		['The Harbour Court of Appeals for the 6th Circuit overruled the ban.', 'Harbour Court of Appeals for the 6th Circuit'],
		// ... not someone spoken to
		['Tom Vale spoke to Harbourton on Monday.', 'Harbourton'],
		// review 37: a country's government named by its nationality is an actor, in the writer's words too
		['The Afghan government has ruled out any role in the crash. The post was held by the Afghan government.', 'Afghan government'],
		// ... and so is one listed after an article, ending in an organisation word (review 37)
		['Sanders wants to lead the Health, Education, Labor and Pensions Committee next year.', 'Health, Education, Labor and Pensions Committee'],
		// ... but a list of organisations stays a list
		['The Department of Justice, FBI and CIA declined to comment on Monday.', 'FBI'],
		// a form of a given name two people of the article go by is neither's
		['Douglas Haig and Douglas Brown met on Monday. Doug smiled at the reporters.', 'Doug'],
		// (a model number after a company is no market code)
		['Kestrel sold 40 of its A380 jets, and Kestrel shares fell.', 'Kestrel']
	])('%s: "%s" stays an actor', (text, name) => {
		expect(actorsOf(text).some((a) => a.name === name || a.mentions.some((m) => m.text === name))).toBe(true);
	});

	it('no mention is counted twice inside another of the same actor', () => {
		for (const a of actorsOf('The rally was led by fellow candidate Texas Senator Ted Cruz. Ted Cruz spoke first, and Cruz left early.'))
			for (let k = 1; k < a.mentions.length; k++) expect(a.mentions[k].start, a.name).toBeGreaterThanOrEqual(a.mentions[k - 1].end);
	});

	it.each([
		// [text, a name that is a thing, a time or a place, not an actor]
		['The Rome Statute entered into force in July.', 'Rome Statute'],
		// review 32: a wire's market report made instruments persons ("Brent LCOc1", "Sterling GBP=")
		['Oil fell on Monday. Brent LCOc1 lost 2.6% and Copper CMCU3 fell 1%.', 'Brent LCOc1'],
		['Stocks rose, and the Harbour Composite .HRBC added 0.4%.', 'Harbour Composite .HRBC'],
		['The yen rose, while Sterling GBP= was trading at $1.29.', 'Sterling'],
		// eighth newcomer pass: a given name alone, or a form of it, is the one person of the article who goes by it
		['Douglas Haig sold the rounds in September. "After that sale, Doug had no further contact with the buyer," his lawyer said.', 'Doug'],
		// ... in the writer's own words too (it was an actor of its own there)
		['Douglas Haig sold the rounds in September. After that sale, Doug had no further contact with the buyer.', 'Doug'],
		['William Barr spoke on Monday. Bill then left the hearing angrily.', 'Bill'],
		// seventh newcomer pass: the rest of a treaty's name, and of an office's
		['China protects diplomats according to the Vienna Convention on Diplomatic Relations, Lu said.', 'Diplomatic Relations'],
		['Manila cited the United Nations Convention on the Law of the Sea.', 'Law'],
		['The Minister of Defence met the generals on Monday.', 'Defence'],
		['The Director of National Intelligence briefed the senators.', 'National Intelligence'],
		['Agents from the Bureau of Alcohol, Tobacco, Firearms and Explosives searched the home.', 'Tobacco'],
		['Harbour, chairman of the House Committee on Science, Space and Technology, wrote to the agency.', 'Space'],
		['The Senate Committee on Commerce, Science, and Transportation met on Monday.', 'Science'],
		['The Centers for Disease Control and Prevention said the number of cases rose sharply last month.', 'Prevention'],
		['The Centers for Disease Control and Prevention said the number of cases rose sharply last month.', 'Centers'],
		// ... nor a large city (places.txt: "sending him to cities like Philadelphia" made a person of it)
		['The campaign is sending him to cities like Philadelphia and Seattle next week.', 'Philadelphia'],
		['The campaign is sending him to cities like Philadelphia and Seattle next week.', 'Seattle'],
		['The Harbour Court of Appeals for the 6th Circuit overruled the ban.', 'Circuit'],
		['The Harbour Court of Appeals for the 6th Circuit overruled the ban, and the court for the 5th Circuit upheld it.', 'Harbour Court of Appeals'],
		['Sanders wants to lead the Health, Education, Labor and Pensions Committee next year.', 'Labor'],
		// ... but a party's name before a role is no nationality: "the Republican nominee" is someone named
		['Tom Vale won the primary. The Republican nominee spoke on Monday.', 'republican nominee'],
		// ... nor a country after a person's name and "of": where they come from
		['Tom Reed of South Africa beat Ian Holt of New Zealand in the final on Sunday.', 'South Africa'],
		// review 37: a quantifier standing for people the text counts names no one
		['Some parents said the school was unsafe. Others said the new principal had improved things.', 'Others'],
		['Many in the crowd said the senator was the only candidate they trusted.', 'Many'],
		// review 37: a letter labels a group of a tournament, and ends the sentence after it
		['Kazakhstan needed the doubles to beat the Netherlands in Group E. Spain topped Group A on Tuesday.', 'Group E'],
		['Kazakhstan needed the doubles to beat the Netherlands in Group E. Spain topped Group A on Tuesday.', 'Group'],
		['Kazakhstan needed the doubles to beat the Netherlands in Group E. Spain topped Group A on Tuesday.', 'Group E. Spain'],
		['The idea came from the physicist George "Jay" Keyworth. Keyworth rushed to meet her.', 'Jay'],
		// eighth newcomer pass: a courtesy title cut from its name by a line break
		['After that sale, Tom had no further contact with Mr.\nDale, his lawyer said.', 'Mr.'],
		// eighth newcomer pass: a one-word answer opening a quotation in straight marks is no one
		['Tom Dale learned of the shooting at work. He called his lawyer at once. Police came to his house that night. They took boxes from the garage. "Sickness," Dale said of his reaction. He has not worked since.', 'Sickness'],
		// review 14: a name the text defines as a thing (an abbreviation of words in lower case, a name given to a common noun)
		['Tests confirmed hypersensitivity pneumonitis, or HP. If HP continues unchecked, it scars the lungs.', 'HP'],
		['Doctors ordered a computed tomography (CT) and a second scan. The CT showed inflammation.', 'CT'],
		['The findings were consistent with a condition called HP. Steroids calmed the HP within weeks.', 'HP'],
		['A more detailed CT scan showed inflammation in both lungs.', 'CT'],
		// review 31: the medium, in 8 of 101 bench pages the one actor three outlets shared
		['Disney sells TV shows to rivals. The pay-TV bundle is shrinking, and TV viewers are leaving.', 'TV'],
		// second pass of the third newcomer: a country before a noun for a private person says where they are from
		['A UK man fell ill after changing his bedding.', 'UK'],
		['Two U.S. citizens were detained at the border on Monday.', 'U.S.'],
		// where something comes from is no informant (second pass of the third newcomer)
		['Dempsey and his team found a potential source: the man’s feather bedding.', 'potential source'],
		['Police hunted for the source of the gunfire on Monday.', 'source'],
		// third newcomer pass: an X-ray written with its capital
		['His doctor ordered a chest X-ray, which was considered to be normal.', 'X-ray'],
		['Voters queued for hours on Election Day.', 'Election Day'],
		['The plague killed 25 million people in the 14th Century alone.', 'Century'],
		// a word of English in capitals that the text also writes in lower case: a tabloid's emphasis
		['A HUNTER who ate a wild rabbit has caught the plague. The hunter is in hospital.', 'HUNTER'],
		// words of English in capitals, a lead-in or a shouted phrase, are no name
		['BEER NUTRITION LABELS -- Brewers will print calories on cans from May, the trade group said.', 'BEER NUTRITION LABELS'],
		['The governor called the new rules a scandal. SPARED FULL BAN: smokers may still light up outside.', 'SPARED FULL BAN'],
		['The Affordable Care Act survived another vote.', 'Affordable Care Act'],
		// fourth newcomer pass: a dateline with its state or country ("KINSHASA, Congo --", "LOUISVILLE, Ky. (AP) —")
		['LOUISVILLE, Ky. (AP) — A storm closed the old bridge on Tuesday, and repairs will take a month.', 'LOUISVILLE'],
		['LOUISVILLE, Ky. (AP) — A storm closed the old bridge on Tuesday, and repairs will take a month.', 'Ky.'],
		['KINSHASA, Congo -- A storm closed the old bridge on Tuesday, and repairs will take a month.', 'KINSHASA'],
		// ninth newcomer pass: a dateline in ordinary case with its region and country before a colon, and
		// a town and its region in an address ("Blue Origin, Kent, Washington")
		['Washington, DC, United States: Getting to the Moon, while not easy, has been done.', 'Washington'],
		['Washington, DC, United States: Getting to the Moon, while not easy, has been done.', 'United States'],
		['The five are:\n\nBlue Origin, Hawthorne, California\n\nSpaceX, Kestrel Falls, Texas', 'Hawthorne'],
		['The five are:\n\nBlue Origin, Hawthorne, California\n\nSpaceX, Kestrel Falls, Texas', 'Kestrel Falls'],
		['Migrants waited in Tijuana, Mexico, for the others to arrive.', 'Mexico'],
		['NASA chose Kestrel Orbital Systems, Inc. to join the programme.', 'Inc.'],
		// fourth newcomer pass: an illness and its agent, and a place named by its first word
		['The Ebola virus has killed 12 people. Ebola spreads through bodily fluids.', 'Ebola'],
		['An outbreak of Ebola hemorrhagic fever was declared. Two samples tested positive for Ebola.', 'Ebola'],
		['Marburg Virus Kills Two People in Uganda, the ministry said.', 'Marburg Virus'],
		['The first outbreak occurred near the River Ebola, after which the disease is named.', 'River Ebola'],
		// review 13: demonyms describing ("American and NATO spending", "African American voters")
		['The plan cut American and NATO defense spending again.', 'American'],
		['African American voters turned out in large numbers.', 'African American'],
		// places: a street's or a district's name, a name described as a place in apposition
		['A car stopped on the town’s 5th Avenue at noon.', 'Avenue'],
		['Officers searched a motel in Pine Hill overnight.', 'Pine Hill'],
		['The man, 44, of Tarrow, a village north of the city, was charged on Friday.', 'Tarrow'],
		// "that" opening a clause is no determiner: an abstract noun after it is nobody
		['We believe that justice has been served in this case.', 'justice'],
		// a slogan, a sign or a song title in quotation marks
		['Teachers chanted “Red for Schools” in the hallway on Tuesday.', 'Schools'],
		['The band played “We’re Not Gonna Take It” from the steps.', 'Gonna'],
		// fifteenth newcomer: a sign of several capitalised words, the run the entity scan keeps too
		['Many held signs such as “Less Money on Testing, More Money on Students.” Teachers marched.', 'Less Money'],
		['Many held signs such as “Less Money on Testing, More Money on Students.” Teachers marched.', 'More Money'],
		// a dateline in capitals, a quantifier after it, a party word in a compound
		['LONDON — Several thousand nurses marched on Tuesday.', 'LONDON'],
		['NEW DELHI: A group of 145 deportees arrived on Wednesday, officials said.', 'NEW DELHI'],
		['CAMBRIDGE, Mass., Dec. 10 (UPI) -- Young voters are drifting toward the senator.', 'CAMBRIDGE'],
		// a place that an organisation's word ends ("Bank"), and a state's abbreviation, are places (review T, 39th stop)
		['Settlers have built homes in the West Bank for decades.', 'West Bank'],
		['He told cheering supporters in Nashua, N.H. on Monday morning that he would win.', 'N.H.'],
		['LONDON — Several thousand nurses marched on Tuesday.', 'Several'],
		['They protested against the Republican-dominated state government on Monday.', 'republican'],
		// a related story's heading, a cry and then title case, among other paragraphs
		['‘Got Him!’ Video Shows Daring Rescue of Stolen Dog\n\nA video released on Monday shows officers freeing a dog from a van.', 'Video Shows Daring Rescue'],
		// review 33: a subheading of a few words, or a question in title case, names no one
		['The coupe went on sale in May.\n\nPower and Performance\n\nThe front motor is rated at 300 kW.', 'Performance'],
		['The service launched on Tuesday.\n\nWhat Does Harbourcast Offer?\n\nIt streams games to a phone.', 'Harbourcast Offer'],
		// ... and a headline in title case given a full stop names no one by its verb
		['Roe Endorses Tom Vale With Party’s Blessing.\n\nAnn Roe on Friday endorsed the speaker.', 'Endorses Tom Vale'],
		['Roe Endorses Tom Vale With Party’s Blessing.\n\nAnn Roe on Friday endorsed the speaker.', 'Blessing'],
		// ... or two such sentences (review R, 38th stop)
		['One Remark From The Mayor Just Set Off A Firestorm. His Answer Took Everyone By Surprise.\n\nThe mayor spoke on Monday.', 'Firestorm'],
		['One Remark From The Mayor Just Set Off A Firestorm. His Answer Took Everyone By Surprise.\n\nThe mayor spoke on Monday.', 'Surprise'],
		// a word capitalised only where a sentence opens, and in lower case elsewhere in the text
		['Research shows the drug works. The research was paid for by the council.', 'Research'],
		['Hours later, the mayor resigned. The talks had lasted for hours.', 'Hours'],
		// a demonym before a common noun, those not made with -an, -ese, -ish or -i included
		['The Dutch team won the final on Sunday.', 'Dutch'],
		['Swiss banks froze the accounts on Friday.', 'Swiss'],
		// ... and a faith's adjective (review T, 39th stop), a given name too ("Christian")
		['Muslim children and Christian families were affected by the ruling.', 'Muslim'],
		['Muslim children and Christian families were affected by the ruling.', 'Christian'],
		// a code of letters and digits: a model, a gene, an index
		['The airline will retire its A380 fleet next year.', 'A380'],
		['Tuft cells release IL-25 when they sense the parasites.', 'IL-25'],
		// a name only ever used for where something happens, or to qualify another word
		['The studio held its conference in Brackwater on Tuesday.', 'Brackwater'],
		['The Morrow entertainment giant launched its service last week.', 'Morrow'],
		['The bar charges Rs 299 for fifteen minutes of air.', 'Rs'],
		['The bottles are made from BQA-free plastic.', 'BQA'],
		// a first-person contraction, and a participle opening a sentence
		['“I love what I’m doing,” the director said.', 'I’m'],
		['Armed with ice packs, the children set off up the hill.', 'Armed'],
		// review T (39th stop): a quantity's "host", a public programme, an aversion, a holiday's possessive
		['A host of programs, including Medicaid, were cut last year.', 'host'],
		['A host of programs, including Medicaid, were cut last year.', 'Medicaid'],
		['Islamophobia rose sharply after the attacks.', 'Islamophobia'],
		// review SS (54th stop): a religion or its branch named alone, a building, an idiom's plural after "a"
		['Tom Vale will not use the phrase radical Islam in his speech.', 'Islam'],
		['Ann Lee explained the difference between Sunni and Shia to the committee.', 'Sunni'],
		['Ann Lee explained the difference between Sunni and Shia to the committee.', 'Shia'],
		['Tom Vale met the donors inside Vale Tower on Monday.', 'Vale Tower'],
		['Tom Vale gave the mayor a heads up about the vote.', 'heads'],
		// review TT (54th stop): a campus after a university named by its state is the university's name
		['Ann Lee and Tom Vale of the University of California, Berkeley suggest that the plan failed.', 'Berkeley'],
		["Officials met on Veteran's Day in the capital.", 'Veteran'],
		// review V (39th stop): a platform words were published on, a people by descent, a campaign waged,
		// a town after a preposition of place
		['Ann Lee said on Twitter that the vote was fair.', 'Twitter'],
		// review QQ (52nd stop): a wire sign-off written on at a paragraph's end credits no actor
		['Tom Vale spoke in Ohio. (Reporting by Amanda Becker in Washington; Editing by Eric Beech.)', 'Amanda Becker'],
		['Tom Vale spoke in Ohio. (Reporting by Amanda Becker in Washington; Editing by Eric Beech.)', 'Editing'],
		['Tom Vale spoke in Ohio.\n(Additional reporting by Ben Blanchard; Editing by Grant McCool.)', 'Additional'],
		['Ann Lee courted Latino voters in Nevada.', 'Latino'],
		['Tom Vale met Hispanic leaders on Monday.', 'Hispanic'],
		['Ann Lee will organize an aggressive campaign against Tom Vale.', 'aggressive campaign'],
		// review V: a document's name, and the rest of it after "of"
		['They signed a Memorandum of Understanding on Monday.', 'Memorandum'],
		['They signed a Memorandum of Understanding on Monday.', 'Understanding'],
		// review W (40th stop): a poll is what a pollster made, not the pollster
		['Gallup released a new poll. The Gallup Poll found that 40 percent approve.', 'Gallup Poll'],
		// the last part of a compound with lower-case words inside (review R, 38th stop)
		['Reporters waited outside his Mar-a-Lago estate on Sunday.', 'Lago'],
		['The envoy flew to Port-au-Prince on Monday.', 'Prince'],
		// review DD (43rd stop): a lone name after a verb of going and "to" or "from" is where, not who
		['Tom Vale flew to Tampa on Monday.', 'Tampa'],
		['The envoy travelled from Harbourton late on Friday.', 'Harbourton'],
		// review FF (43rd stop): a people's adjective with no ending a rule knows ("Philippine", "Filipino", "Kazakh") is no one
		['A Philippine lawmaker wants the envoy banned, citing a Philippine immigration memo.', 'Philippine'],
		['Filipino workers protested, and Kazakh officials declined to comment.', 'Kazakh'],
		// a word of English capitalised only where a sentence opens
		['Welcome to the weekly deals page of the Vantel store.', 'Welcome'],
		['Note: the bundle includes adverts on every channel.', 'Note'],
		// a predicate says what someone named is: it introduces no one
		['The Harbour Trust is an expert on light art.', 'expert'],
		['Dale Rook served as a member of the council for years.', 'member'],
		['Vantel wants to remain a leader in the market.', 'leader'],
		// a document that speaks is a source of words, nobody to have a tone toward; a link is no name
		['According to a new poll, most voters want a change in the law this year.', 'new poll'],
		['“This is a disgrace,” the statement said.', 'statement'],
		['The clip was shared widely. pic.twitter.com/KQLpngeTbO', 'KQLpngeTbO'],
		// a weekday after a speech verb is when, not who
		['Vantel executive Kevin Marr said demand led to problems when the company launched its service.\n\n“We had some issues,” Marr, Vantel’s chairman of direct-to-consumer and international, said Tuesday at the Vox Media’s Code Media conference in Hollywood.', 'Tuesday'],
		// a capital only said to be where something happens is the place, not its government
		['The man was taken to a hospital in Beijing on Monday.', 'Beijing'],
		// a wire's market codes
		['On Wall Street, the S&P 500 .SPX lost 1.85 points on Friday.', 'SPX'],
		['The dollar rose, with the euro EUR= up 0.05% to $1.1075.', 'EUR'],
		// letters written onto a number are its unit
		['The laptop has 8GB of memory and a 120Hz screen.', 'GB'],
		['The laptop has 8GB of memory and a 120Hz screen.', 'Hz'],
		['The 65-inch 4K Ultra HD set costs less this week.', 'K Ultra HD'],
		// an initialism of a thing or an office
		['Vantel cancelled its IPO after the founder stepped down as CEO.', 'IPO'],
		['Vantel cancelled its IPO after the founder stepped down as CEO.', 'CEO'],
		['Vantel faces a U.S. Securities and Exchange Commission inquiry.', 'Exchange Commission'],
		// a line in capitals is a heading, however it ends
		['Five questions before the vote:\n\nWHO IS THE FRONT-RUNNER?\n\nPolls in the early states disagree.', 'FRONT-RUNNER'],
		['Five questions before the vote:\n\nWHAT SAY YOU, IMPEACHMENT JURY?\n\nThe senators will hear the case.', 'IMPEACHMENT JURY'],
		// a dateline's place, and the wire in brackets is not its short name
		['WASHINGTON (AP) — Senators met on Monday.\n\nThe talks went on, an aide told AP.', 'WASHINGTON'],
		// in a story, a word of English met once, opening a sentence, is a common word even before a verb
		['The founders kept quiet. The plan was secret. Staff were told nothing. Investors waited. Word got out anyway. The board met.', 'Word'],
		// a claim that "implies" or "says" something is a statement, not someone
		['The post spread fast. This claim implies that the envoy was paid, but no one has offered proof.', 'claim'],
		// a word of direction before a common noun describes, like a demonym ("two Western hostages")
		['The Taliban freed two Western hostages on Tuesday.', 'Western'],
		// a place's name is no actor, nor is its last word alone
		['Hong Kong lost the listing to New York in 2013.', 'York'],
		['WASHINGTON – Two officers were charged on Tuesday.\n\nThe director testified before a committee in Washington.', 'WASHINGTON'],
		// capitalised words joined by hyphens are one word: a title so written names no one, nor do its halves
		['Three senators took the Inspector-General of Police, Tunde Abiola, to court.', 'Inspector'],
		['Three senators took the Inspector-General of Police, Tunde Abiola, to court.', 'General'],
		['Three senators took the Inspector-General of Police, Tunde Abiola, to court.', 'Inspector-General'],
		['The laptop has Wi-Fi and two USB-C ports.', 'Fi'],
		['Sen. Ann Roe (D-Minn.) and Rep. Tom Vale (R-TX) met.', 'D-Minn'],
		// a question's opening auxiliary is no given name; an adjective opening a sentence before an -ing word is no name
		['Ann Roe led the polls in May. Will Roe keep the lead, or will Tom Vale catch up?', 'Will Roe'],
		['Turbulent polling across the early states has left the race open. Ann Roe still leads.', 'Turbulent'],
		// review 28: a greeting is no part of a name; letters written onto a link's figure are its code
		['“Hey Twitter, the whole point of this ad is to raise awareness,” she wrote.', 'Hey Twitter'],
		['Other campaigns are just as bad. pic.twitter.com/3BDnrvkoms\n\n— Dana Roe (@danaroe) November 18, 2019', 'BDnrvkoms'],
		// newcomer pass 12 (29th stop): "hit Rudolph in the head" made an actor "head"
		['Tom Vale swung the helmet at Jim Roe, hitting him in the head.', 'head'],
		['Jim Roe was struck on the head by a brick.', 'head'],
		// review 33: names in a list a plural place noun ends are places; a disease is named by its ending
		['Cases were found in Barrow, Bexley, Corran and Van Dyke counties.', 'Bexley'],
		['Cases were found in Barrow, Bexley, Corran and Van Dyke counties.', 'Corran'],
		['Eastern Equine Encephalitis killed six people in Harbour County this year.', 'Eastern Equine Encephalitis'],
		['A rare Valley Fibrosis case was found in May.', 'Valley Fibrosis'],
		// review 33: a place owning a part of a place is where ("Delhi's Saket area"); an interjection is no one
		['Police patrolled Harbourgrad’s outskirts on Monday. The bar in Harbourgrad opened.', 'Harbourgrad'],
		['Police closed Harbourgrad’s Saket area on Monday.', 'Harbourgrad'],
		['Yup, you read it right: the bar sells air.', 'Yup'],
		// review 33: the state of a party label in brackets, written with dots, is no one
		['Sen. Kelly Ayotte (R-N.H.) spoke on Monday.', 'N.'],
		['Sen. Kelly Ayotte (R-N.H.) spoke on Monday.', 'H.'],
		// review 34: a region's demonym, a state's abbreviation after a town, a hyphenated idiom, a doctrine
		['Some Middle Eastern leaders were angry on Monday.', 'Middle Eastern'],
		['Ann Roe spoke at a rally in Burlington, Vt., on Tuesday.', 'Vt.'],
		['Tom Vale of Springfield, Ill., said the race was close.', 'Ill.'],
		['Ann Roe accused Tom Vale of being a Johnny-come-lately to the issue.', 'Johnny'],
		['Republicanism is changing, Ann Roe said.', 'Republicanism'],
		// review 38: a time zone after a clock time
		['The show airs from 6AM to 9AM EST on weekdays. Tom Lee will host it.', 'EST'],
		['The vote closes at 8 p.m. GMT, Ann Roe said.', 'GMT'],
		// ... and a holiday met alone
		['Critic Ana Ruiz will talk about the war on Christmas.', 'Christmas'],
		['Since Diwali, the air quality has plunged, Ann Roe said.', 'Diwali'],
		// ... and an organisation's name does not run on over "on" into a day's name
		['Ann Roe told CBS News on Super Tuesday that she was worried.', 'Super'],
		['Ann Roe told CBS News on Super Tuesday that she was worried.', 'CBS News on Super'],
		// ... nor a definite predicate of a name or a pronoun ("Obama was the founder of ISIS")
		['Obama said he is the leader of the free world.', 'leader'],
		['Tom Vale said Ann Roe was the first woman to win the seat.', 'first woman']
	])('%s: "%s" is no actor', (text, name) => {
		expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
	});
	it('"the head of the league" is still someone', () => {
		expect(actorsOf('The head of the league said the ban was fair.').map((a) => a.name)).toContain('head of the league');
	});
	it('"the campaign" is no company named before it ("Twitter"): an undertaking, not a body (review 28)', () => {
		const twitter = actorsOf('Twitter mocked the slogan. Governor Ann Roe defended the campaign on Monday.').find((a) => a.name === 'Twitter');
		expect(twitter?.mentions.map((m) => m.text)).toEqual(['Twitter']);
	});
});

/** Four plain sentences after a first one make a story (five sentences or more: actors/polarity.ts). */
const PLAIN_STORY = '\n\nThe vote is on Monday.\n\nTen candidates will take part.\n\nEach will have a minute for an opening statement.\n\nThe hosts will ask about health care first.';

describe('actors: tone in the outlet’s own voice', () => {
	it.each([
		// [text, actor, polarity, evidence words (as written)]
		['Senator Ann Roe lied to voters about the budget.', 'Ann Roe', 'negative', ['lied']],
		['The mayor, Priya Nandakumar, delivered a brilliant speech.', 'Priya Nandakumar', 'positive', ['brilliant']],
		['Regulators fined Kestrel Airways for its dangerous maintenance failures.', 'Kestrel Airways', 'negative', ['dangerous', 'failures']],
		['The Harbour Trust opened a new library on Friday.', 'Harbour Trust', 'neutral', []],
		// a verb of judgement is about the one judged, in the active and the passive
		['Hugo Brandt, a respected surgeon, was honoured by the hospital.', 'Hugo Brandt', 'positive', ['respected', 'honoured']],
		['Ann Roe was praised by the committee.', 'Ann Roe', 'positive', ['praised']],
		['Tom Vale harshly criticised Ann Roe.', 'Ann Roe', 'negative', ['harshly']],
		['Tom Vale harshly criticised Ann Roe.', 'Tom Vale', 'neutral', []],
		// fourth newcomer pass: words about an illness are about no actor of the sentence
		['The worst-ever Ebola outbreak started in Guinea before spreading to two neighbouring countries, Liberia and Sierra Leone.', 'Liberia', 'neutral', []],
		['The government of Ruritania announced an outbreak of a deadly virus that causes severe bleeding and organ failure.', 'Ruritania', 'neutral', []],
		['The government of Ruritania announced a deadly plan that causes severe hardship and failure.', 'Ruritania', 'negative', ['severe', 'hardship', 'failure']],
		// ... nor the words of an illness's noun phrase (review 28: "hit by the deadly bubonic plague")
		['Ann Roe, a hunter in Ruritania, has been hit by the deadly bubonic plague.', 'Ann Roe', 'neutral', []],
		// two descriptions joined by "and" before a name are the name's (review 28: a label went to the sentence's subject)
		['In an interview about billionaire crook and alleged fraudster Tom Vale, Ann Roe did an excellent job.', 'Tom Vale', 'negative', ['crook', 'fraudster']],
		// seventh newcomer pass: a name modifying a noun for a person is not the clause's subject; that person is
		['The Harbour Trust spokeswoman gave a brilliant speech.', 'Harbour Trust', 'neutral', []],
		['The Harbour Trust gave a brilliant speech.', 'Harbour Trust', 'positive', ['brilliant']],
		// ... and "employee" is such a noun (a role): the employee is the actor, the Trust its affiliation
		['A Harbour Trust employee suffered a painful injury in the blast.', 'Harbour Trust employee', 'negative', ['painful']],
		// sixth newcomer pass: a clause about someone's critics or supporters is about them, not about that someone
		['Haters of Judge Tom Vale are turning the hearing into something worse than a travesty.', 'Tom Vale', 'neutral', []],
		['Critics of Tom Vale say the plan is a disgraceful failure.', 'Tom Vale', 'neutral', []],
		// ... and a clause that harms someone is about the one doing it: the one harmed takes none of its words
		["Ms. Ann Ford's unsubstantiated accusation can completely destroy Judge Tom Vale's life by causing irreparable damage.", 'Tom Vale', 'neutral', []],
		['Officer Ann Roe shot and killed Tom Vale, an unarmed teenager, in a brutal attack.', 'Tom Vale', 'neutral', []],
		// review 33: an adverb of harm goes with its verb ("fatally shot": about no one in the passive); a
		// bereavement is what befell someone; a defeat is about the one defeated, not the winner
		['Tom Vale, who was fatally shot in 2012, was 17 years old.', 'Tom Vale', 'neutral', []],
		['Ann Roe, who lost her son in the attack, spoke at the rally.', 'Ann Roe', 'neutral', []],
		['Ann Roe trounced Tom Vale in the primary.', 'Ann Roe', 'neutral', []],
		['Ann Roe trounced Tom Vale in the primary.', 'Tom Vale', 'negative', ['trounced']],
		// ... and a word the loaded terms read in its literal sense carries no tone ("a charm offensive")
		['Ann Roe launched a gun control offensive on Monday.', 'Ann Roe', 'neutral', []],
		// ... and a few words quoted in part after a speech verb are someone's words, not the outlet's tone
		['Ann Roe has characterized her statements as "truthful" in interviews.', 'Ann Roe', 'neutral', []],
		// a relative clause about someone described with an age is theirs, not the authors'
		['Dr. Ann Rowe told the tale of a 43-year-old man who felt very tired and breathless.', 'Ann Rowe', 'neutral', []],
		// review 14: a possessive in a relative clause is its antecedent again, whoever "his" was resolved to
		['Dr. Owen Dempsey told the tale of a man who saw his doctor after months of feeling very tired.', 'Owen Dempsey', 'neutral', []],
		// a verb of judgement the lexicons leave unrated, or rate the other way, counts with its class's strength
		['Critics lambasted Tom Vale over the delay.', 'Tom Vale', 'negative', ['lambasted', 'delay']],
		// punishing reported is a fact about someone, not the outlet's verdict (judged.txt: strength 0)
		['Prosecutors indicted Ann Roe on Friday.', 'Ann Roe', 'neutral', []],
		['Prosecutors indicted Ann Roe on Friday.', 'Prosecutors', 'neutral', []],
		['The board did not reprimand Hugo Brandt.', 'Hugo Brandt', 'positive', ['reprimand']],
		// a verb of harm is about the one who does it, never the one harmed; with no actor doing it, about no actor
		['Tom Vale threatened to kill Ann Roe.', 'Ann Roe', 'neutral', []],
		['Tom Vale threatened to kill Ann Roe.', 'Tom Vale', 'negative', ['threatened']],
		['A man pleaded guilty to threatening Rep. Ann Roe.', 'Ann Roe', 'neutral', []],
		['Ann Roe was threatened outside her office on Friday.', 'Ann Roe', 'neutral', []],
		// review 35: a verb of harm the lite model lemmatises wrongly ("raped" as "rap"), and a relative clause
		// opened by a preposition, whose subject is its own ("on the night, during which he raped …")
		['Tom Vale raped a woman in 2001.', 'Tom Vale', 'negative', ['raped']],
		['Tom Vale raped a woman in 2001.', 'woman', 'neutral', []],
		['Ann Roe repeatedly demanded how Tom Vale could be so sure what he was doing on the night of March 10, during which he allegedly raped a girl.', 'Ann Roe', 'neutral', []],
		// the verb that introduces someone's words says they spoke, not how the outlet sees them; a loaded one does
		['Ayman Safadi warned that the plan would have dangerous consequences.', 'Ayman Safadi', 'neutral', []],
		['Ayman Safadi complained that the plan was unfair.', 'Ayman Safadi', 'negative', ['complained']],
		// "commit" as a verb pledges or carries out; the adjective ("a committed teacher") praises
		['Kestrel Capital committed $3 billion to the fund.', 'Kestrel Capital', 'neutral', []],
		['Ann Roe is a committed teacher.', 'Ann Roe', 'positive', ['committed']],
		// "attack" is criticism, unless the sentence is about bodily violence (bodily.txt): then harm
		['Critics attacked Ann Roe over her remarks.', 'Ann Roe', 'negative', ['attacked']],
		['A man with a knife attacked Ann Roe outside her office.', 'Ann Roe', 'neutral', []],
		['Ann Roe was attacked by a dog on Friday.', 'Ann Roe', 'neutral', []],
		// a determiner opens a new noun phrase: the praise is the subject's, not the object's alone
		['Ann Roe would give voters the best chance.', 'Ann Roe', 'positive', ['best', 'chance']],
		// an actor after a preposition of place, or after "to", is where or towards whom, not whom the clause is about
		['The Harbour Rovers lost badly to Kestrel United on Friday.', 'Kestrel United', 'neutral', []],
		['Tom Vale angrily refused offers in Portugal and Spain.', 'Spain', 'neutral', []],
		['Tom Vale angrily refused offers in Portugal and Spain.', 'Tom Vale', 'negative', ['angrily', 'refused']],
		// a participle between a determiner and a name describes that name only
		['Ann Roe replaced the struggling Tom Vale in goal.', 'Tom Vale', 'negative', ['struggling']],
		['Ann Roe replaced the struggling Tom Vale in goal.', 'Ann Roe', 'neutral', []],
		// a coordinated subject shares its predicate
		['Ann Roe and Tom Vale were brilliant.', 'Ann Roe', 'positive', ['brilliant']],
		['Ann Roe and Tom Vale were brilliant.', 'Tom Vale', 'positive', ['brilliant']],
		// an unrated emotive term that praises counts positive (approving.txt)
		['The legendary Tom Vale opened the new stadium.', 'Tom Vale', 'positive', ['legendary']],
		// an unrated loaded term still judges the actor it is about
		['The so-called reformer Tom Vale attended the hearing.', 'Tom Vale', 'negative', ['so-called']],
		// quoted speech is the speaker’s tone, not the outlet’s
		['“Marsh is a liar and a fraud,” Dev Patel said.', 'Marsh', 'neutral', []],
		['“Marsh is a liar and a fraud,” Dev Patel said.', 'Dev Patel', 'neutral', []],
		// what a speaker reports about no actor is not the outlet’s tone toward the speaker
		['Councillor Dev Patel said the vote was a triumph.', 'Dev Patel', 'neutral', []],
		// what the outlet reports a speaker said, in its own words, is the speaker's view, not the outlet's view of them
		['The European Union reiterated that it considers the new settlements illegal.', 'European Union', 'neutral', []],
		// ... also when a name stands inside the speaker's phrase ("Officials in China": the officials speak, not China)
		['A man in China has been diagnosed with the plague. Officials in China said the risk of an outbreak was low. China has reported several cases this year.', 'Officials', 'neutral', []],
		// … but it still counts toward anyone else it is about (the outlet chose the words) …
		['Councillor Dev Patel said that Tom Vale had lied about the budget.', 'Tom Vale', 'negative', ['lied']],
		['Councillor Dev Patel said that Tom Vale had lied about the budget.', 'Dev Patel', 'neutral', []],
		// ... but in a story, what someone is reported to have said is their view, for every actor (review 19)
		['The council met on Monday. The meeting lasted two hours. Reporters waited outside. Councillor Dev Patel said that Tom Vale had lied about the budget. The vote is next week.', 'Tom Vale', 'neutral', []],
		// … and toward the speaker when the words are about the speaker again
		['Councillor Dev Patel said that he had badly mishandled the budget.', 'Dev Patel', 'negative', ['badly']],
		// review 37: a match result with its score says who won, no harm done by the winner
		['Paul Kern had beaten Sam Lutz 6-2, 6-2 earlier in the day.', 'Paul Kern', 'neutral', []],
		// ... and how the subject won or punished is the subject's: "comfortably beat Chile" (Chile had taken it)
		['Argentina comfortably beat Chile on Tuesday.', 'Chile', 'neutral', []],
		['Argentina comfortably beat Chile on Tuesday.', 'Argentina', 'positive', ['comfortably']],
		// (while how someone was criticised is about the one criticised)
		['The senator harshly criticised Tom Vale on Tuesday.', 'Tom Vale', 'negative', ['harshly']]
	])('%s → %s %s', (text, name, polarity, words) => {
		const a = find(text, name);
		expect(a, `no actor "${name}" in ${JSON.stringify(actorsOf(text).map((x) => x.name))}`).toBeDefined();
		expect(a!.polarity).toBe(polarity);
		expect(a!.evidence.map((w) => w.text)).toEqual(words);
		for (const w of a!.evidence) expect(text.slice(w.start, w.end)).toBe(w.text);
		expect(a!.tone).toBeGreaterThanOrEqual(-1);
		expect(a!.tone).toBeLessThanOrEqual(1);
	});

	// [text, actor, evidence words; * marks a word of a clause about no actor in particular, counted for every actor of the sentence]
	it.each([
		['It was a humiliating defeat for Ann Roe and Tom Vale.', 'Ann Roe', ['humiliating*', 'defeat*']],
		['It was a humiliating defeat for Ann Roe and Tom Vale.', 'Tom Vale', ['humiliating*', 'defeat*']],
		['Ann Roe lied to voters while a deadly storm raged.', 'Ann Roe', ['lied', 'raged*']],
		['Critics blasted Ann Roe after a deadly storm.', 'Ann Roe', ['blasted']],
		['Ann Roe, the disgraced senator, resigned.', 'Ann Roe', ['disgraced', 'resigned']],
		// a subordinate clause opening the sentence ends at the comma before the main clause's subject and
		// verb ("Although" tagged as a preposition had made the whole sentence one clause with no subject)
		['Although Ann Roe led the early polls, Tom Vale was already struggling with bitter disputes.', 'Tom Vale', ['struggling', 'bitter']],
		['Although Ann Roe led the early polls, Tom Vale was already struggling with bitter disputes.', 'Ann Roe', []],
		// a sentence read alone: the clause's words count for its subject and the actors its verb takes ...
		['Ann Roe proudly shared the stage with Tom Vale.', 'Tom Vale', ['proudly']],
		// ... in a story for its subject only
		[`Ann Roe proudly shared the stage with Tom Vale.${PLAIN_STORY}`, 'Tom Vale', []],
		[`Ann Roe proudly shared the stage with Tom Vale.${PLAIN_STORY}`, 'Ann Roe', ['proudly']],
		// a verb of judgement with no actor judged: the subject's alone, nobody's in a story
		['Ann Roe slammed the new budget.', 'Ann Roe', ['slammed']],
		[`Ann Roe slammed the new budget.${PLAIN_STORY}`, 'Ann Roe', []],
		[`Ann Roe slammed Tom Vale.${PLAIN_STORY}`, 'Tom Vale', ['slammed']]
	])('%s → %s: %j', (text, name, words) => {
		const a = find(text, name);
		expect(a, `no actor "${name}" in ${JSON.stringify(actorsOf(text).map((x) => x.name))}`).toBeDefined();
		expect(a!.evidence.map((w) => w.text + (w.shared ? '*' : ''))).toEqual(words);
	});

	it('the tone is the mean over the sentences that mention the actor; a plain one counts 0', () => {
		const text = 'Ann Roe lied to voters.\n\nAnn Roe visited the harbour on Monday.';
		const a = find(text, 'Ann Roe')!;
		expect(a.sentences).toHaveLength(2);
		expect(a.sentences[1].score).toBe(0);
		expect(a.tone).toBeCloseTo((a.sentences[0].score + a.sentences[1].score) / 2, 2);
	});

	it.each([
		[-0.3, 'negative'],
		[-0.1, 'negative'],
		[-0.099, 'neutral'],
		[-0.05, 'neutral'],
		[0, 'neutral'],
		[0.05, 'neutral'],
		[0.099, 'neutral'],
		[0.1, 'positive'],
		[0.8, 'positive']
	])('tone %s is %s', (tone, polarity) => {
		expect(polarityOf(tone)).toBe(polarity);
	});

	// [sentence scores, in a story?, polarity]: in a story one leaning sentence among plain ones is no verdict
	it.each([
		[[-0.134], false, 'negative'],
		[[-0.134], true, 'neutral'],
		[[-0.4, 0, 0], true, 'neutral'],
		[[-0.7, 0], true, 'negative'],
		[[-0.3, -0.1, 0], true, 'negative'],
		[[-0.3, -0.04, 0], true, 'neutral'],
		[[-0.3, 0.06, -0.06, 0], true, 'neutral'],
		[[0.3, 0.2, 0], true, 'positive'],
		[[0.05, 0.05, 0.05, 0.05], true, 'neutral']
	] as [number[], boolean, string][])('scores %j, story %s: %s', (scores, story, polarity) => {
		const tone = scores.reduce((a, b) => a + b, 0) / scores.length;
		expect(actorPolarity(tone, scores, story)).toBe(polarity);
	});

	it('a story leaves an actor neutral on one mildly toned sentence, and the same sentence read alone does not', () => {
		const line = 'Cory Booker and Andrew Yang are under pressure to make a mark on the debate stage.';
		const story = [line, 'The debate starts at nine on Wednesday.', 'Ten candidates will take part.', 'Each will have a minute for an opening statement.', 'The hosts will ask about health care first.'].join('\n\n');
		expect(find(line, 'Cory Booker')!.polarity).toBe('negative');
		const inStory = find(story, 'Cory Booker')!;
		expect(inStory.tone).toBeLessThanOrEqual(-0.1);
		expect(inStory.polarity).toBe('neutral');
	});
});

describe('polarityLabel: the polarity as a reader sees it', () => {
	it.each([
		[-0.3, 'negative', 'negative'],
		[0, 'neutral', 'neutral'],
		[-0.13, 'neutral', 'neutral: one sentence leans negative, too little to call'],
		[0.2, 'neutral', 'neutral: one sentence leans positive, too little to call']
	] as const)('%s, %s → %s', (tone, polarity, label) => expect(polarityLabel(tone, polarity)).toBe(label));
});
