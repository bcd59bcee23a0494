// groups.ts: which group a phrase names, from speaker-groups.tsv and states.txt.
import { describe, expect, it } from 'vitest';
import { classifySpeaker, loadGroupRules, parseGroupRules } from '../../../analysis/quotes/index.js';
import { companyName, matchGroup } from '../../../analysis/quotes/groups.js';
import { analyse } from './helpers.js';

const rules = loadGroupRules();

describe('speaker groups', () => {
	it('parses the TSV, skipping comments, blank lines and unknown groups', () => {
		const r = parseGroupRules('# comment\nministry\tgovernment\n\nfoo\tnot a group\nRed Cross\tInternational Body\nbad line\n');
		expect(r).toEqual([
			{ pattern: 'ministry', group: 'government' },
			{ pattern: 'red cross', group: 'international body' }
		]);
	});
	const cases: [string | null, string | null, string | null, string][] = [
		['Brightwater University', null, 'Marta Kowalczyk', 'expert or academic'],
		[null, 'state media', 'Norhaven state media', 'media'],
		[null, null, 'Interior Ministry', 'government'],
		['Greenfield Collective', 'organiser', 'Pavel Ostrow', 'unclassified'],
		[null, null, 'Lisbon', 'government'],
		[null, null, 'the U.S.', 'government'],
		// review 33: a former state is a government too, not an NGO by its "union"
		[null, null, 'the Soviet Union', 'government'],
		[null, null, 'East Germany', 'government'],
		// a person with a state in the affiliation is grouped by the usual rules, not as the state
		['Norway', null, 'Pavel Ostrow', 'unclassified'],
		// the two new groups, and organisations known by name
		[null, 'chief executive', 'Ann Lee', 'business'],
		// review RR (53rd stop): a movement's name with "justice" in it, and trade associations
		[null, 'an environmental justice group', 'EDGE', 'rights group or NGO'],
		['National Retail Federation', null, 'David French', 'business'],
		[null, 'a trade group for the harbour industry', 'Ann Lee', 'business'],
		// ... and a company's representative to its customers is no legislator (the age decides, below)
		[null, 'a retired customer service representative', 'Ann Lee', 'unclassified'],
		[null, 'a state representative', 'Ann Lee', 'government'],
		[null, 'resident', 'Ann Lee', 'citizen'],
		[null, null, 'Fifty-one percent', 'citizen'],
		[null, null, 'Twitter', 'business'],
		// review 32: "InfoNation, a Sugar Land-based provider of automobile data"
		[null, 'a Texas-based provider of automobile data', 'Kestrel', 'business'],
		// a hyphenated title is one word; a general practitioner is a doctor, not a general
		['Wikileaks', 'Wikileaks editor-in-chief', 'Kristinn Hrafnsson', 'media'],
		[null, 'general practitioner', 'general practitioner', 'expert or academic'],
		// people posting for themselves, on a platform known by name
		[null, null, 'a Twitter user', 'citizen'],
		[null, null, 'social media users', 'citizen'],
		[null, null, 'Taliban', 'other'],
		[null, null, 'the authors of the study', 'expert or academic'],
		[null, null, 'European Space Agency', 'international body'],
		// the state's authorities, and those of a faith or a field
		[null, null, 'the authorities', 'government'],
		[null, null, 'religious authorities', 'other'],
		[null, null, 'academic authorities', 'expert or academic']
	];
	it.each(cases)('affiliation %s, title %s, name %s → %s', (aff, title, name, group) => {
		expect(classifySpeaker(rules, aff, title, name)).toBe(group);
	});
	it('the longest matching pattern wins', () => {
		const r = parseGroupRules('state\tgovernment\nstate media\tmedia\n');
		expect(classifySpeaker(r, null, null, 'Norhaven state media')).toBe('media');
	});
});

describe('matchGroup: the phrase and the rule that decided', () => {
	const rows: [string, string | null, string | null][] = [
		['Supt', 'government', 'supt'],
		['a deputy commissioner', 'government', 'deputy commissioner'],
		['Congressional Budget Office', 'government', 'office'],
		['a professor of operations', 'expert or academic', 'professor'],
		['the immunologist', 'expert or academic', '*ologist'],
		['D.A. Smith & Co.', 'business', 'co.'],
		['chief executive', 'business', 'chief executive'],
		['utility company', 'business', 'company'],
		['a local resident', 'citizen', 'resident'],
		['her mother', 'citizen', 'mother'],
		['a shopper', 'citizen', 'shopper'],
		['Wild coach', 'other', 'coach'],
		['European Union', 'international body', 'european union'],
		// a country's own security council is its government's; the UN's is international
		['the National Security Council', 'government', 'national security council'],
		['the UN Security Council', 'international body', 'security council'],
		// ... and a college of electors or of cardinals is no school
		['the Electoral College', 'government', 'electoral college'],
		['the College of Cardinals', 'other', 'college of cardinals'],
		// ... nor is an advertising campaign a government's, whoever pays for it
		['this ad campaign', null, null],
		['teachers union', 'rights group or NGO', 'teachers union'],
		['a man in a hat', null, null],
		// a plural speaks for the same side as one of them
		['officers', 'government', 'officer'],
		['the police officers', 'government', 'police officer'],
		['the nurses', 'citizen', 'nurse'],
		['the coaches', 'other', 'coach'],
		['officersmith', null, null]
	];
	it.each(rows)('%s → %s', (phrase, group, pattern) => {
		const m = matchGroup(rules, phrase);
		expect(m?.group ?? null).toBe(group);
		expect(m?.pattern ?? null).toBe(pattern);
	});
	it('a data file can say "the end of a word": *ologist', () => {
		const r = parseGroupRules('*ologist\texpert or academic\n');
		expect(matchGroup(r, 'a seismologist')?.group).toBe('expert or academic');
		expect(matchGroup(r, 'ologist')).toBeNull();
	});
});

describe('the groups of speakers in text (issue class 8)', () => {
	const rows: [string, string, string][] = [
		['"Supt Peters" is police', 'Supt Peters said the road would stay closed until Friday.', 'government'],
		['a deputy commissioner at a department', '"The water is safe," said Tom Dale, a deputy commissioner at the Department of Environmental Protection.', 'government'],
		['an office that is a government body', 'The Congressional Budget Office said the plan would cost far more than promised.', 'government'],
		['a professor of something at a university', '"Prices will fall," said Ann Lee, a professor of operations at Brightwater University.', 'expert or academic'],
		['an analyst at a firm', '"Prices will fall," said Ann Lee, an analyst at D.A. Smith & Co.', 'business'],
		["a utility company's vice-president", '"We are sorry," said Ray Moss, the utility company\'s vice-president.', 'business'],
		['a resident speaking for herself', '"The water came in fast," said Ann Lee, a resident of Mill Street.', 'citizen'],
		['a parent', '"My son was scared," said one parent, Ann Lee.', 'citizen'],
		// blind check of 1 December 2026 (set s): "teen" (tagged as an adjective), and a description that
		// runs on into a relative clause
		['"a teen"', 'Hunter Vale, a teen, told the station that “some of his hair was ripped off.”', 'citizen'],
		['"the 16-year-old teen who says …"', 'Hunter Vale, the 16-year-old teen who says he was wearing the hat, told the station that “some of his hair was ripped off.”', 'citizen'],
		['"the caller"', 'The caller mentioned how “some people were warned 45 minutes before.”', 'citizen'],
		// a student where they study speaks for themselves, and a relative is not what their relative is
		['a student at a university', 'Noah Vale, a student at Harbour University, said the motion was “hateful.”', 'citizen'],
		['... in a relative clause', 'Noah Vale, who is a third year undergraduate student at Harbour University, said the motion was “hateful.”', 'citizen'],
		['... but a professor there is an academic', 'Noah Vale, a professor at Harbour University, said the motion was “hateful.”', 'expert or academic'],
		['... and so is one who teaches students there', 'Noah Vale, who teaches students at Harbour University, said the motion was “hateful.”', 'expert or academic'],
		['"the daughter of a pastor"', 'Ann Lee, the daughter of a pastor, said the motion was “hateful.”', 'citizen'],
		['... but a pastor at a church is clergy', 'Ann Lee, a pastor at the church, said the motion was “hateful.”', 'other'],
		// a title any organisation has gives way to the organisation the rest of the words name
		["a union's local president", 'There were 30 vacancies, said Ann Lee, local president of the prison workers\' union.', 'rights group or NGO'],
		['union representatives', 'Prison union representatives have long warned that the staff are tired.', 'rights group or NGO'],
		// a broadcaster known by its letters, and "the news organization"
		['a broadcaster by name', 'Trade talks had stalled, CNBC reported on Monday.', 'media'],
		['"the news organization"', 'The news organization said the talks had stalled again.', 'media'],
		// technology and games publications, one word and several (which read like a person's name)
		['a technology site by name', '"The controller is comfortable but the games are few," Engadget wrote in its review.', 'media'],
		['a publication of two words', '"Those who paid early are still waiting," PC World wrote on Monday.', 'media'],
		// a title that alone would make a head of state, beside an organisation nothing classifies: unknown
		// fourth newcomer pass: British spelling
		['"Organisation" is "Organization"', 'The World Health Organisation said it was “deeply worried” about the outbreak.', 'international body'],
		['a known NGO with a preposition in its name', 'Doctors Without Borders said it was “deeply worried” about the outbreak.', 'rights group or NGO'],
		['a company president', '"Sales were weaker than expected," said InfoNation President Dan Mead.', 'unclassified'],
		// blind check of 1 December 2026 (set s): a portfolio before "Secretary" is no organisation's name
		['a portfolio before "Secretary"', '"Sales were weaker than expected," said Treasury Secretary Dan Mead.', 'government'],
		['... of two words', '"Sales were weaker than expected," said Homeland Security Secretary Dan Mead.', 'government'],
		['... but not a company\'s secretary', '"Sales were weaker than expected," said InfoNation Secretary Dan Mead.', 'unclassified'],
		['a vice president at a firm', '"We are ready to build it," said Brent Sole, vice president of Advanced Programs at Blue Harbor.', 'unclassified'],
		// review 34: a former title of an organisation nothing classifies is no head of state's
		['a former president of an unknown organisation', 'Ben Vale, the former president of the HLNA, told reporters that he was pleased.', 'unclassified'],
		// (review DD, 42nd stop: the NAACP is a civil-rights group by name)
		['... and of one known by name', 'Ben Vale, the former president of the NAACP, told reporters that he was pleased.', 'rights group or NGO'],
		["... but a former country's president is", 'Ann Roe, the former president of Brazil, said she was pleased.', 'government'],
		// review 34: "the Senate's only African-American Republican" ("only" after a possessive)
		["the Senate's only member of a kind", 'Tim Vale, the Senate\'s only African-American Republican, said he was uneasy.', 'government'],
		// review 34: where someone is met is no home town ("meet with Sanders at the White House")
		['a place after "at" is no home town', 'Obama will meet with Tom Vale at the White House on Thursday. Vale said he would fight on.', 'unclassified'],
		// (after "from" it is, but a state makes no one a private person: review CC of the 42nd stop found
		// sitting senators "of Pennsylvania" citizens; see the rows for "Pat Toomey of Pennsylvania" below)
		['... after "from" a state is no home town either', 'Tom Vale from Florida said he would fight on.', 'unclassified'],
		// review 34: a relative clause after a description says what they do, not who they are
		['a volunteer "who frequently goes to colleges"', '"We will win," said Bree Vale, a Sanders volunteer who frequently goes to colleges.', 'citizen'],
		// review 34: a debate's moderator is a journalist; "scored his first endorsement" is no athlete's deed
		['a moderator', '"We will win," said Moderator Hugh Vale.', 'media'],
		['"scored his first endorsement"', 'On Thursday, Tom Cruz scored his first endorsement from a Senate colleague. "We will win," Cruz said.', 'unclassified'],
		['... but "scored his first goal" is a player\'s', 'Tom Vale scored his first goal of the season on Saturday. "We will win," Vale said.', 'other'],
		// review 36: a comparison of tallies is no deed either
		['"has netted far more than Lane"', 'Tom Cruz trails in the count, but he has netted far more than Ann Lane. "We will win," Cruz said.', 'unclassified'],
		['... but "scored more goals than" is a player\'s', 'Tom Vale scored more goals than anyone this season. "We will win," Vale said.', 'other'],
		// review PP (49th stop): a department before a title is the title's, not the end of a company's name
		['"Vale Communications Director Ann Roe"', 'Senator Tom Vale spoke on Monday. Vale Communications Director Ann Roe called the idea a "ridiculous proposition" on Tuesday.', 'government'],
		['"White House Press Secretary Ann Roe"', 'White House Press Secretary Ann Roe called the idea a "ridiculous proposition" on Tuesday.', 'government'],
		// review 34: a candidate's strategist speaks for the candidate; a polling firm by name
		["a candidate's strategist", 'Senator Tom Vale spoke on Monday. "He is against the plan," said Ann Roe, a senior strategist for Vale.', 'government'],
		['a polling firm by name', '"It is close," said Gallup\'s Ann Roe.', 'expert or academic'],
		// review 34: the aide of a surname two people share is the aide of the one the story names most
		["the aide of the surname's main bearer", 'Senator Ann Vale spoke in Columbia. Vale thanked voters. Vale won easily.\n\nMany of them remember the policies of President Tom Vale.\n\n"We have had offices here since April," said Stephanie Formas, Vale\'s communications director.', 'government'],
		// review 34: a campaign's phone bank is no bank
		['a phone bank is no bank', '"We will win," said Ann Roe, one of the volunteers at the Clinton phone bank.', 'unclassified'],
		// ninth newcomer pass: a participle opening the title ("managing director", "acting director") lost it whole
		['a managing director', '"Sales were weaker than expected," said Dan Mead, managing director of Kestrel Mining Ltd.', 'business'],
		['an acting director', '"The inquiry goes on," said Dan Mead, acting director of the FBI.', 'government'],
		['a presiding judge', '"The inquiry goes on," said Dan Mead, presiding judge of the district court.', 'government'],
		// "general" in a civilian title is no military rank: an unknown organisation's general manager is not said
		['a general manager', '"We are ready to build it," said Dan Mead, general manager of Blue Harbor.', 'unclassified'],
		['... of a company', '"We are ready to build it," said Dan Mead, general manager of Kestrel Mining Ltd.', 'business'],
		['an army general', '"We are ready," said Dan Mead, an army general.', 'government'],
		// a network's station by its letters: media (ninth newcomer pass: "CBS DFW reports …" was unclassified)
		['a station of a network', 'CBS DFW reports the man who took the child "planned it for weeks."', 'media'],
		// the kind of organisation before its name: the name is the affiliation
		['a partner at "the investment bank X"', '"Debt is a problem," said Dan Mead, a partner at the investment bank Westwood Capital.', 'business'],
		['a country\'s president', '"We will win," said Afghan President Ashraf Ghani.', 'government'],
		['a vice president alone', '"It is over," said Vice President Mike Pence.', 'government'],
		// a federal agency known by its letters
		['an agency by its letters', 'The lander will fly in 2023, NASA said on Monday.', 'government'],
		["an agency's administrator", '"It depends on what the builder will invest," responded NASA administrator Jim Brodsky.', 'government'],
		// the authors of a study
		['"the authors wrote"', 'Cannabis use rose where it was legal, the authors wrote in the paper.', 'expert or academic'],
		// people by what they were doing
		['a hiker', '"The path just vanished," said one hiker, Ann Lee.', 'citizen'],
		// royalty: a prince holds no office; a relation is weaker evidence than a title (review 17)
		['a prince who is someone\'s brother', 'Prince Arlo, the younger brother of the heir to the throne, spoke. "It was a success," Arlo said.', 'other'],
		['a surname that is a title elsewhere ("king")', '"We kept going," said Billie Jean King.', 'unclassified'],
		// blind check of 1 December 2026: the press's photographers, clergy, a prime minister written short
		['a photographer', '"I gave the picture up at the time," said the photographer Tom Vale.', 'media'],
		['a cardinal', '"It is grave," said Cardinal Tom Vale.', 'other'],
		['a diocese', '"We will cooperate," the Diocese of Leeds said.', 'other'],
		['"PM" before a name', '"We will not yield," said Hungarian PM Tam Orsay.', 'government'],
		['a think tank in an appositive (the tagger reads "think" as a verb)', '"Prices will rise," said the Centre for Trade Studies, a London-based think tank.', 'expert or academic'],
		['... whose "Washington-based" is where it is, not a government', '"Prices will rise," said the Harwood Institution, a Washington-based think tank.', 'expert or academic'],
		['a victim of someone named is a citizen, whatever the other is', '"Please listen," said Jon Cruz, a victim of cleric Tom Vale.', 'citizen'],
		['a sister of someone named', '"Please listen," said Ann Ford, a sister of Senator Tom Ford.', 'citizen'],
		// blind check of 1 December 2026: a gerund in the title ("shooting victim"), a surname that is also a place
		['a victim named after a compound title', '"It was chaos," said mass shooting victim Rocky Palermo.', 'citizen'],
		['... the same before a verb', 'Mass shooting victim Rocky Palermo was shot in the pelvis.\n\n"It was chaos," Palermo said.', 'citizen'],
		// blind check of 1 December 2026: what a person heads says what they are
		['a name before "administration"', 'The Vale administration has changed course.\n\n"We are restoring clarity," Omar Vale said.', 'government'],
		['a possessive before "campaign"', 'Ann Lee’s campaign raised $2 million.\n\n"We are winning," Lee said.', 'government'],
		['... not a capitalised name after it', 'The Vale Organization owns the tower.\n\n"We are winning," Omar Vale said.', 'unclassified'],
		// what someone is now decides over what they were, and a consultant speaks as an expert
		['"a former X and now a consultant"', '"The fewer launches, the better," said Tom Vale, a former NASA associate administrator and now an industry consultant.', 'expert or academic'],
		['"a former X" alone still counts', '"The fewer launches, the better," said Tom Vale, a former NASA associate administrator.', 'government'],
		// blind check: an office named "… general" is not the lawyer or the doctor in its first word
		['an attorney general', '"We will appeal," said Attorney General Tom Vale.', 'government'],
		['a surgeon general', '"Vaping is dangerous," said Surgeon General Ann Lee.', 'government'],
		['... but an attorney alone is a lawyer', '"We will appeal," said Tom Vale, an attorney.', 'other'],
		['a military rank', '“The president needs to watch carefully,” said Colonel Tom Vale.', 'government'],
		['... written short', '“We hold the line,” said Lt. Col. Ann Lee.', 'government'],
		['"ex-" before a role of several words', '“It was Weinstein-level,” said an ex-Secret Service agent.', 'government'],
		['a place\'s office after "of" is no home town', 'Tom Vale of the San Francisco prosecutor’s office told reporters the verdict “was not the one we were hoping for.”', 'government'],
		['a magazine by its name', 'Harbour Magazine reported: “The editor was suspended for a month.”', 'media'],
		['a newspaper by its name\'s last word, over its owner in an appositive', 'The Harbour Daily, the mouthpiece of the ruling party, warned that there is “absolutely no room for compromise”.', 'media'],
		['a county\'s elections supervisor', '“I am ready to pass the torch,” said Broward Supervisor of Elections Ann Vale.', 'government'],
		['a network in a name is an advocacy group', '“He respects women,” says Ann Lee, chief counsel for the Judicial Harbour Network.', 'rights group or NGO'],
		['... a television network is media', '“We stand by the report,” said Tom Vale, a spokesman for the television network.', 'media'],
		['a church\'s ministry is no government\'s', '“It disturbed me,” said Tom Vale, a parent and founder of online ministry Warriors of Harbour.', 'other'],
		['an organisation known by its letters before a title, read as a common noun', '"The next transmission could be stronger," WHO Director-General Tom Vale told reporters.', 'international body'],
		['an organisation with its letters in brackets before the title', 'International Atomic Energy Agency (IAEA) Director General Tom Vale admitted that "we do not know".', 'international body'],
		['someone\'s relative named after a quote is someone new, not the speaker', 'The photographer, Tom Vale, spoke first. “I sort of understood what was going on,” Vale told reporters.\n“I promised to give the picture to Ann Lee,” the minister’s son-in-law and chief of staff.', 'media'],
		['a stepmother is family', '“It hurts,” said Ann Lee, the boy’s stepmother.', 'citizen'],
		['a cleric speaks as one, whatever institute the text places them in', '“They must be punished,” said Tom Vale, an imam at the Harbour Institute.', 'other'],
		['an ambassador', 'Ann Lee spoke first. “We will not stand by,” Ambassador Lee said.', 'government'],
		// review 20: the officer who rules on a death
		['a medical examiner', '"He hanged himself," said the city\'s chief medical examiner.', 'government'],
		["a parliament's select committee", '"It was marked," said Tom Vale, chairman of the Home Affairs Select Committee.', 'government'],
		['"who" in a description is no WHO', '"It looks like a gun," wrote Lara Vale, a personality who lives in Ohio.', 'unclassified'],
		['... but the WHO in capitals is', '"It is spreading," said Ann Lee, a spokeswoman for the WHO.', 'international body'],
		['a department named without its word', 'Homeland Security said, "There is no threat at the border."', 'government'],
		// "records" are documents; only a label's name ending in it is a company (review 17)
		['records are no company', 'Ten staffers worked overtime that night, according to federal prison records.', 'unclassified'],
		// review CC (43rd stop): "network" names a campaign's or a charity's network only in a name
		['a network in lower case is no NGO', 'The deficit grew, according to a review of network transcripts.', 'unclassified'],
		['a record label by its name', 'Harbour Lane Records said the contract was fair.', 'business'],
		// review 18: a nationality before a profession, and those who speak for a family
		['a country before a profession is a nationality', '"We want answers," said US lawyers for the victims.', 'other'],
		['a state before a private role is where they live', 'Meanwhile, Georgia parent Ann Lee noted in 2016: “My daughter had to learn the Five Pillars of Islam.”', 'citizen'],
		['... but not before officials', '"We will not comment," said U.S. officials.', 'government'],
		['representatives of a family speak for it', 'The financier may have been murdered, representatives of the family suggested.', 'other'],
		['a public-health agency by what it does', '"The cases are unrelated," Li Wen, deputy director of the province’s disease prevention and control centre, told the media.', 'government'],
		['a player by a match result in the -ing form', 'Chile lost 3-0, with Ana Ruiz defeating Mia Cole 6-4, 6-3. "It was hard," Ruiz said.', 'other'],
		['an office of public prosecution', '"The evidence has weakened," said Deputy Director of Public Prosecution Eva-Marie Dahl.', 'government'],
		// a country's leader heads its government; a leader of anything else is what it leads
		["a country's people before \"leader\"", '“Trade will grow,” Chinese leader Tom Vale said on Monday.', 'government'],
		["a country's name before \"leader\"", '“We will not bend,” said the former Egypt leader Tom Vale.', 'government'],
		['a legislature\'s leader', '“The bill will pass,” said House Minority Leader Ann Lee.', 'government'],
		['a civil rights leader', '“We will march,” said civil rights leader Tom Vale.', 'rights group or NGO'],
		["a faith's leader", '“We are afraid,” said South Harbour Muslim leader Tom Vale.', 'other'],
		["a party's national committee by its letters", '“We will fight this,” the DNC said in a statement.', 'government'],
		["the Pope's ambassador", '“The letter is authentic,” said Tom Vale, the former nuncio to Harbouria.', 'other'],
		["a health service's officials, in British usage", 'Health bosses said that 28 people were quarantined.', 'government'],
		['... not a leader of a thing no list knows', '“We will appeal,” said Harbour Rovers leader Tom Vale.', 'unclassified'],
		// third newcomer pass: a man or a woman the story never names nor gives a role is a private person
		['an unnamed man', 'A man in his forties fell ill in May.\n\n“It does not affect me at all now,” the man wrote.', 'citizen'],
		['unnamed women, counted', '“We were never told,” two women said.', 'citizen'],
		// fifth blind set: who the speaker is, said in ways the rules had missed
		['a one-word name with "the" is a newspaper', 'The Guardian said the minister met the envoy “around March 2016.”', 'media'],
		['"the paper" is the newspaper named before', 'The Harbour Times ran the story on Monday.\n\nThe paper noted that “the phones started ringing” at once.', 'media'],
		['"the company" is the Inc. named before', 'Acme Widgets Inc. released a phone on Monday.\n\n“It is good,” the company said.', 'business'],
		['a man of a place, named, no role', '“I did not agree with them,” said Ohio man Tom Vale.', 'citizen'],
		['... not a man of a word no list knows as a place', '“I did not agree with them,” said Harbour man Tom Vale.', 'unclassified'],
		['a woman of a state, in an appositive', '“I had no part in it,” said Ann Lee, an Arizona woman who sold the car.', 'citizen'],
		['a boy, before his name', 'The boy, Tom Vale, said the man took his hat.\n\n“I support my president,” he told reporters.', 'citizen'],
		['a school and class year', 'Ann Lee, CC ’22, was in the audience.\n\n“It was inappropriate,” Lee said.', 'citizen'],
		['an audience member', '“They should have talked to him,” said audience member Ann Lee.', 'citizen'],
		['a unified military command', '“We have enough wire,” the head of the Northern Command, Tom Vale, told reporters.', 'government'],
		['a role without an article after an unusual given name', '“The employee was sent home,” Jinnie Vale, U.S. Embassy spokesperson in Harbouria, told reporters.', 'government'],
		['a title without its full stop', '“We will fight,” said Rep Tom Vale.', 'government'],
		['... but not a sales rep', '“We will fight,” said sales rep Tom Vale.', 'unclassified'],
		['an agency by its capitals', '“We will fight,” ICE Director Tom Vale said.', 'government'],
		['a public school district', '“We teach the same,” Ann Lee, a spokesperson for Harbour County Public Schools, said.', 'government'],
		['a relation before the name', 'The stepmother, Samina Vale, said she was never paid.\n\n“I did not do the deal,” Vale said.', 'citizen'],
		['a parent of a victim', '“We know it can be prevented,” said Tom Vale, whose daughter was among those killed.', 'citizen'],
		['... but a title outweighs it', '“We know it can be prevented,” said Senator Tom Vale, whose daughter was among those killed.', 'government'],
		['"has been the …" with a link after the role', 'Tom Vale has been the lead pastor at the Church of Harbour for two decades.\n\n“It is simple,” Vale said.', 'other'],
		['... not what they were ("was a student at")', 'Tom Vale, a Harbour judge, spoke.\n\nWhile Vale was a student at Harbour Preparatory School, he said, “nothing happened.”', 'government'],
		['rally goers', '“Lock her up,” rally goers shouted.', 'citizen'],
		['a priest by his title', '“It breaks the tradition,” according to Father Tom Vale.', 'other'],
		['... not a father', '“It breaks the tradition,” said her father, Tom Vale.', 'citizen'],
		['a list after a name: "her former record label" is no description of her', 'A row involving Ann Vale, her former record label and two senators is over. “I just want to sing,” Ann Vale said.', 'unclassified'],
		['an advocacy group by its letters', '“The video is venomous,” an ADL official said.', 'rights group or NGO'],
		['an interrupted relative clause: no appositive after it', 'Tom Vale, whose name, Amnesty International wrote, is known to all, spoke.\n\n“No,” Vale said.', 'unclassified'],
		// sixth blind set (read after its figures were taken): an organisation after ", of" or ", from"
		['", of" an organisation', '“The country will struggle,” Tom Vale, of Harbour University, told reporters.', 'expert or academic'],
		['", from" an organisation’s department', '“The country will struggle,” Dr. Tom Vale, from Harbour University’s life-sciences department, told reporters.', 'expert or academic'],
		['... ", of" a town stays a home town', '“The country will struggle,” Tom Vale, of Raleigh, told reporters.', 'citizen'],
		['a legislature’s staff', '“They have no self-control,” said one ex-House aide.', 'government'],
		['a science before the name, as a title', 'Physicist Tom Vale and two colleagues collected the data.\n\n“Now we have a benchmark,” said Vale.', 'expert or academic'],
		['a newspaper named by its last word', 'The Harbour Free Beacon reported Wednesday that “the council skirted the rules.”', 'media'],
		['a writer in the paper', 'According to Tom Vale in the Harbour Times, “the council has traced the money.”', 'media'],
		['the phrase a name is given to ("a man by the name of")', 'A Canadian man by the name of Jeff spoke on radio.\n\n“We were there,” Jeff said.', 'citizen'],
		['... and "named"', 'An Arizona woman named Ann Vale spoke on radio.\n\n“We were there,” Vale said.', 'citizen'],
		['... but "a fellow named" is any man, not a research fellow', 'A fellow named Tom Vale spoke on radio.\n\n“We were there,” Vale said.', 'unclassified'],
		['an appositive between dashes', 'Jane Vale — a teacher from Harbour — says that the endorsement was “a big deal.”', 'citizen'],
		['a health chief, one of the "health chiefs"', '“The epidemic is ahead of us,” said the country’s health chief Tom Vale.', 'government'],
		['a spy chief', '“The threat is growing,” said spy chief Tom Vale.', 'government'],
		['a legislature\'s whip', 'Senate Majority Whip Tom Vale (R-Harbour) dismissed the plan on Twitter.\n\n“Let me get this straight,” he tweeted.', 'government'],
		['who heads up an institute', 'Tom Vale, who heads up the National Harbour Research Institute, spoke on Monday.\n\n“Most parents do it for more than one reason,” Vale said.', 'expert or academic'],
		// eighth newcomer pass (class 8): law enforcement, the authorities and a prosecutor's documents are
		// government; a newspaper's compound name is the press; a legal form makes a company
		['law enforcement sources', 'The man fired from a hotel room. Two law enforcement sources told the station that he acted alone.', 'government'],
		['"Authorities" opening a later sentence', 'The man fired from a hotel room. Authorities said the man acted alone.', 'government'],
		['the criminal complaint', 'The man fired from a hotel room. "He sold the rounds," the criminal complaint said.', 'government'],
		['an indictment', 'The man fired from a hotel room. According to the indictment, the man wired the money abroad.', 'government'],
		['a newspaper with a compound name', 'The man fired from a hotel room. The Harbour City Review-Journal reported that the man acted alone.', 'media'],
		['... and its reporter', 'The man fired from a hotel room. "He acted alone," said Tom Vale of the Harbour City Post-Gazette.', 'media'],
		['... not after a prefix', 'The man fired from a hotel room. The Harbour Anti-Government Front said that the man acted alone.', 'unclassified'],
		['a company by its legal form, whatever else its name says', 'The man fired from a hotel room. Harbour Military Supplies LLC said it was cooperating with the police.', 'business'],
		['a newspaper called the Globe', 'The man fired from a hotel room. The Harbour Globe reported that the man acted alone.', 'media'],
		// fifteenth newcomer: a company's short name before a title is that company
		['"Vantor President Tim Clark" after "Vantor Airline"', 'Vantor Airline ordered 30 jets. Vantor President Tim Clark told reporters that the airline would grow.', 'business'],
		['... not a place before a title, whatever is named after it', 'Ohio Motors cut jobs. Ohio Gov. Tim Clark told reporters that the plant would close.', 'government'],
		// a clause about "the company" before its source says nothing of what the source is
		['"The company is …, Acme reported"', 'Jobs were cut. The company is weighing a sale of its cloud unit, Vantor reported.', 'unclassified'],
		// someone who speaks for a named person takes their group (represents.txt, 3 December)
		['a spokesman for a senator by surname', 'Senator Tom Vale is retiring. “It was time,” a spokesman for Vale said.', 'government'],
		['the surname’s aide', 'Senator Tom Vale is retiring. “It was time,” Vale’s aide said.', 'government'],
		['a possessive pronoun meaning him', 'Senator Tom Vale is retiring. “It was time,” his spokesman said.', 'government'],
		['an entertainer’s spokeswoman', 'The singer Ann Lee cancelled her tour. “She needs rest,” a spokeswoman for Lee said.', 'other'],
		// (not a lawyer: one speaks for a client as a lawyer, whoever the client is)
		['... not a lawyer', 'Senator Tom Vale is retiring. “It was time,” a lawyer for Vale said.', 'other'],
		['... not a private person’s: nothing said', 'Ann Lee, 30, of Raleigh, was hurt. “She is fine,” a spokesman for Lee said.', 'unclassified'],
		['... not a relative', 'Senator Tom Vale is retiring. “It was time,” Vale’s sister said.', 'citizen'],
		// a share of a party's followers in a poll is voters, not the party's officials (a share of a body or
		// of office holders speaks as such)
		['a share of a party in a poll', 'In the survey, 40 percent of Democrats said they backed the plan.', 'citizen'],
		['... as a fraction', 'Two-thirds of Republicans said the economy was getting worse.', 'citizen'],
		['... not of office holders', 'Two-thirds of senators said they would vote no.', 'government'],
		// review 35: US copy's titles and labels for members of Congress
		['a plural title written short before a list', 'Sens. Ann Lee and Tom Vale said the bill would fail.', 'government'],
		['a president written short', 'Pres. Ann Lee said the bill would fail.', 'government'],
		// newspapers and their opinion pages are the press
		['"opined the Cleveland Plain Dealer"', '"The state should act now," opined the Cleveland Plain Dealer.', 'media'],
		['"The Cincinnati Enquirer said"', 'The Cincinnati Enquirer said the bill would fail.', 'media'],
		['"Editorial pages across the country warned"', 'Editorial pages across the country warned that the bill would fail.', 'media'],
		['... but "a car dealer" is no paper', 'A car dealer said the bill would fail.', 'unclassified'],
		['... "Govs."', 'Govs. Ann Lee and Tom Vale said the bill would fail.', 'government'],
		['... with each one\'s state', 'Democratic Sens. Ann Lee of Ohio and Tom Vale of Iowa said the bill would fail.', 'government'],
		['a party label between commas', 'Ann Lee, D-Ohio, said the bill would fail.', 'government'],
		['... with a state of two initials', 'Tom Vale, R-S.C., said the bill would fail.', 'government'],
		['... not a letter and a word that are no label', 'Tom Vale, a teacher from Ohio, said the bill would fail.', 'citizen'],
		// review 35: the people a list of names is introduced as ("senators, among them …") are each of them
		['a later name in a list after "including"', 'Several senators, including Tom Vale of Arizona and Ann Roe of Ohio, criticized the plan. Roe said it would fail.', 'government'],
		['... after "among them", past a phrase about the people', 'The risks are high for senators up for re-election in swing states, among them Tom Vale of Arizona and Ann Roe of Ohio. Roe said it would fail.', 'government'],
		['... but a title of their own decides', 'A group of experts, including former homeland security secretary Tom Vale, signed the letter. Vale said the plan would fail.', 'government'],
		['... after "like", with an honorific of their own', 'Voters wonder whether candidates like Mr. Vale, who claimed that, are ready. Vale said it was over.', 'government'],
		['every name of a list after a plural title', 'People like Sens. Ann Roe (S.C.), Tom Vale (Ill.) and Ben Lee (Neb.) are against it. Vale said it was over.', 'government'],
		// review 35: "fellow" before another noun is a peer ("fellow Sen. Ted Cruz" was an academic)
		['"fellow" before a title', 'He praised fellow Sen. Tom Vale on Monday. Vale said it was over.', 'government'],
		['... but a fellow of an institute is one', 'Tom Vale, a senior fellow at the Harbour Institute, said it was over.', 'expert or academic'],
		['"veteran" before another noun is long in the trade, no former soldier', 'She will be replaced by veteran Democratic strategist Ann Roe, who said she was ready.', 'government'], // (the party's strategist, not a citizen; unclassified until review EE of the 43rd stop)
		['... but a veteran of a war is one', 'Tom Vale, a veteran of the Iraq war, said he was ready.', 'citizen'],
		['... and so is a fellow alone', 'Tom Vale, a fellow at the Harbour Policy Centre, said it was over.', 'expert or academic'],
		['... and not the people of another phrase before "and"', 'They included business executives and political figures such as Tom Vale, who said the plan would fail.', 'unclassified'],
		// review 37: a party's name before a role says whose side; the role decides
		['"a Republican pollster" is a pollster', 'Frank Vale, a Republican pollster, said the race was close.', 'expert or academic'],
		['... "a Republican voter" a voter', 'Ann Roe, a Republican voter, said the race was close.', 'citizen'],
		['... but "a Republican senator" is in government', 'Ann Roe, a Republican senator, said the race was close.', 'government'],
		['... and so is "the Republican front-runner and former host of …"', 'Tom Vale, the Republican front-runner and former host of a reality show, said the race was close.', 'government'],
		// a speaker at an event is no legislature's chair; "Speaker" before a name or "House speaker" is
		['"a guest speaker" is no Speaker', 'Tom Vale, a guest speaker who travels the country, said the race was close.', 'unclassified'],
		['... but "Speaker Paul Ryan" is', 'Speaker Paul Vale said the race was close.', 'government'],
		['... and so is "the Assembly speaker"', 'Ann Roe, the Assembly speaker, said the race was close.', 'government'],
		// review 38: an outlet's contributor or commentator is the press, as its editor is
		['"Fox News contributor Pamela Vale"', 'Fox News contributor Pamela Vale said the race was close.', 'media'],
		['"CNN commentator Tom Roe"', 'CNN commentator Tom Roe said the race was close.', 'media'],
		['... a magazine\'s "Review" is the press', 'National Review’s Ian Vale said the race was close.', 'media'],
		// review 38: a candidate is in government's group, whatever trade the text also names
		['"who is running for president" after a trade', 'Real estate developer and game show host Jim Cole, who is running for president, told a rally: "We will win big."', 'government'],
		['"who ran for the Senate"', 'Jim Cole, who ran for the Senate in 2014, said the race was close.', 'government'],
		['... not "who runs for fun"', 'Jim Cole, who runs for fun every morning, said the race was close.', 'unclassified'],
		// review T (39th stop): a race's front-runner or candidate, whatever trade or poll result the text also gives
		['"Republican front-runner Dan Pike"', 'Republican front-runner Dan Pike said the race was close.', 'government'],
		// (46th stop) so is "the front-runner" the text calls them, over the trade it gives them
		['"the front-runner" over a trade', 'Businessman Dan Pike, the front-runner, said the race was close.', 'government'],
		['... over a poll\'s "beats X 42-40"', 'Democratic front-runner Ann Lee leads the field. In head-to-head matchups, Lee beats Tom Vale 42-40.\n\n"We will win," Lee said.', 'government'],
		// review T (39th stop): every wire service of agencies.txt is the press
		['"UPI reported"', 'Voters are drifting toward the senator, according to UPI.', 'media'],
		['"according to Yonhap"', 'The talks will resume next week, according to Yonhap.', 'media'],
		// review T (39th stop): groups by the cause they press
		['"progressive groups said"', 'Several progressive groups said the ruling was unfair.', 'rights group or NGO'],
		['"a watchdog group said"', 'A watchdog group said the ruling was unfair.', 'rights group or NGO'],
		['... over a trade, in an appositive opened by "now"', 'Businessman Dan Pike, now the Republican presidential nominee, said the race was close.', 'government'],
		// review 38: a share of voters opening the sentence, capitalised, is voters answering a poll
		['"Half of Ohio Democrats said"', 'Half of Ohio Democrats said they want higher taxes on the rich.', 'citizen'],
		['"Most of the voters said"', 'Most of the voters said the plan would fail.', 'citizen'],
		['"Three out of four Republicans said"', 'Three out of four Republicans said the plan would fail.', 'citizen'],
		['... but "One in five senators said" is government', 'One in five senators said the plan would fail.', 'government'],
		// review U (39th stop): an organisation's own appositive after a person's affiliation says what it is
		['"director of Nurses United, a union that …"', '“We are happy,” said Jane Roe, executive director of Nurses United, a union that endorsed Ann Lee.', 'rights group or NGO'],
		['... an organisation named as people, described', 'Nurses United, a union that endorsed Ann Lee, said the vote was fair.', 'rights group or NGO'],
		// review U: a candidate's committees, and a federation of unions
		['"a spokesman for the Vale super PAC"', '“This is a long process,” said Paul Lind, a spokesman for the Vale super PAC.', 'government'],
		['"the president of the AFL-CIO labor federation"', '“We won,” said Rick Trum, the president of the AFL-CIO labor federation.', 'rights group or NGO'],
		// review V (39th stop): newspapers and magazines by the end of their names
		['"the Burlington Free Press reported"', 'The Burlington Free Press reported that the mayor resigned.', 'media'],
		['"The Weekly Standard reported"', 'The Weekly Standard reported that the mayor resigned.', 'media'],
		// review W (40th stop): a poll's share of people answers, not the person the question named
		['"Asked whether Mayor Lee should resign, 30 percent said "yes.""', 'Asked whether Mayor Lee should resign, 30 percent said "yes."', 'citizen'],
		// review Z (41st stop): a journalist's beat is no affiliation
		['"Fox News Channel White House correspondent"', 'Fox News Channel White House correspondent Ed Vale said the campaign was “in disarray.”', 'media'],
		['"Senate reporter"', 'Senate reporter Ann Lind said the vote “is close.”', 'media'],
		['"Supreme Court reporter" (the longer phrase)', '“It is over,” said Supreme Court reporter Lyle Dane.', 'media'],
		['"a Fox Business moderator"', 'Gerard Vale, a Fox Business moderator, said the plan was “expensive.”', 'media'],
		['... but a Senate aide is government', '“It is over,” said Senate aide Lyle Dane.', 'government'],
		// review AA (42nd stop): a delegate or an advisory council is no office by the word; a hyphenated
		// organisation's name before a title is whole; councils of unions and the EU's council
		['"a Vale delegate from Ohio"', '"We need change," said Ann Lind, a Vale delegate from Ohio.', 'unclassified'],
		['"chair of the … advisory council"', '"Charter schools work," said Jane Roe, chair of the Ohio Parents for Reading advisory council.', 'unclassified'],
		['"AFL-CIO president Steven Tolman"', '"This is a wolf in sheep\'s clothing," said AFL-CIO president Steve Tolland.', 'rights group or NGO'],
		['"the Ohio Building Trades Council"', '"We build," said Jim Roe, president of the Ohio Building Trades Council.', 'rights group or NGO'],
		['"president of the European Council"', '"No," said Donald Tusk, president of the European Council.', 'international body'],
		// review CC (42nd stop): a state or a country after "of" is whom a politician represents, no home town
		['"Pat Toomey of Pennsylvania said"', 'Tom Vale of Pennsylvania said the plan was bad.', 'unclassified'],
		['... but "of Flint, Mich." is a home town', 'Ann Lind of Flint, Mich., said the water was bad.', 'citizen'],
		// review DD (42nd stop): a chamber by its capitalised name; civil-rights groups; a company's "Networks"
		['"House Oversight Committee Chairman"', '“We will look at it,” said House Oversight Committee Chairman Jason Vale.', 'government'],
		['... not a publisher\'s house', '“We publish books,” said Ann Lee of Random House.', 'business'],
		['"executive director of the Campaign Legal Center"', '“It is wrong,” said Gerald Hebb, executive director of the Campaign Legal Center.', 'rights group or NGO'],
		['"head of the NAACP Legal Defense and Educational Fund"', '“No,” said Sherry Ives, head of the NAACP Legal Defense and Educational Fund.', 'rights group or NGO'],
		['"a spokesman for Platte River Networks"', 'A spokesman for Platte River Networks said the server was secure.', 'business'],
		['"… at the European Council on Foreign Relations" (a think tank)', '"No," said Nick Wand, a senior fellow at the European Council on Foreign Relations.', 'expert or academic'],
		// review CC (43rd stop): a title in the plural before a list of names is every member's
		['"Sens. Ann Roe and Tom Vale": the second too', 'Sens. Ann Roe and Tom Vale praised the speech.\n\n“It was great,” Vale said.', 'government'],
		['"Fox hosts X and Y": a network by its short name before a broadcaster\'s role', 'Fox hosts Bill Vale and Tom Roe praised the speech.\n\n“Very good,” Roe said.', 'media'],
		['... not a title in the singular', 'Sen. Ann Roe and Tom Vale praised the speech.\n\n“It was great,” Vale said.', 'unclassified'],
		// review EE (43rd stop): the two parties' strategists, operatives and consultants are alike
		['"a veteran Republican strategist"', '"It was a disgrace," said Tom Wells, a veteran Republican strategist.', 'government'],
		['"a longtime Democratic consultant"', '"It was weak," said Ann Boyd, a longtime Democratic consultant.', 'government'],
		['"a D.C.-based Democratic strategist"', '"It was weak," said Ann Boyd, a D.C.-based Democratic strategist.', 'government'],
		['... not an institute for democratic studies', '"It is wrong," said Ann Lee, a professor at the Harbour Institute for Democratic Studies.', 'expert or academic'],
		// review FF (43rd stop): news organisations in the plural
		['"Multiple outlets reported"', 'Multiple outlets reported that the protester was removed.', 'media'],
		['"Director of National Intelligence James Clapper"', 'Director of National Intelligence Tom Vale said the threat was real.', 'government'],
		// review CC (43rd stop): a research centre is an institute by another word
		['"of the Harbour Research Center"', '“It is close,” said Ann Lee of the Harbour Research Center.', 'expert or academic'],
		['"… Center for Public Opinion Research"', 'The race is close, according to the Vale Center for Public Opinion Research.', 'expert or academic'],
		// review GG (45th stop): a body's word in lower case before an office's title in capitals is its office
		['"Clinton campaign Chairman John Podesta"', '"We will want a person at the head of the party," Vale campaign Chairman Tom Roe told reporters.', 'government'],
		['"Tulsa police Chief Chuck Jordan"', '"We will achieve justice," Harbour police Chief Tom Roe said Monday.', 'government'],
		// reviews KK and LL (47th stop): campaign staff, a party's operative, a share of a poll in figures,
		// and a candidate the text gives no title: by what the text says they have or won
		['"according to campaign manager Jeff Weaver" (the tagger reads "to campaign")', 'Volunteers will knock on doors, according to campaign manager Tom Roe.', 'government'],
		['"Advisers to the Vale campaign suggest"', 'Advisers to the Vale campaign suggest that Rob Hale could win.', 'government'],
		// (a plural role capitalised opening the sentence is no name: "Advisers to a rival campaign")
		['"Advisers to a rival campaign suggest"', 'Advisers to a rival campaign even suggest that Rob Hale could win.', 'government'],
		['"a top GOP operative"', 'Rich Vale, a top Tallahassee GOP operative, said the program is working.', 'government'],
		['"a Democratic operative"', 'Rich Vale, a Democratic operative, said the program is working.', 'government'],
		['"12% of Democrats say" is a share of a poll, not the party', 'In the poll, 45% of Republicans and 12% of Democrats say that would be their reaction.', 'citizen'],
		['"Her goal was to …" is an aim, no sport\'s', 'Ann Vale, 23, works in retail. Her goal was to get votes. Vale said she sent 50 texts a day.', 'citizen'],
		['... while "his second goal" is a player\'s', 'Tom Vale scored again. His second goal came late, Vale said.', 'other'],
		['"Vale\'s running mate"', 'Tom Vale spoke in Ohio. Vale\'s running mate was in Iowa. "We will win," Vale said.', 'government'],
		['"Vale\'s candidacy"', 'Critics want to stop Tom Vale\'s candidacy. "We will win," Vale said.', 'government'],
		['... not "his candidacy", which is as often another\'s', 'Tom Vale assured Ann Roe that his listeners supported his candidacy. "We will win," Vale said.', 'unclassified'],
		['"won the Indiana Republican primary"', 'Tom Vale won the Indiana Republican primary in May. "We will win," Vale said.', 'government'],
		['"finished second in the Iowa caucuses"', 'Tom Vale finished second in the Iowa caucuses. "We will win," Vale said.', 'government'],
		['... not "won an Oscar nomination"', 'Tom Vale won an Oscar nomination in May. "We will win," Vale said.', 'unclassified'],
		['... nor "won the race by a second"', 'Tom Vale won the race by a second. "We will win," Vale said.', 'unclassified'],
		['"news outlets declared him the victor in the New Hampshire GOP primary"', 'Tom Vale spoke in Manchester. "We will win," Vale said, after news outlets declared him the victor in the New Hampshire GOP primary.', 'government'],
		['... not "declared her the winner of the cooking contest"', 'Ann Lee spoke. "We won," Lee said after judges declared her the winner of the cooking contest.', 'unclassified'],
		// review QQ (52nd stop): what the text calls an organisation over a name that is a company's only by its ending
		['"the Harbour Deposit Insurance Corporation, a banking regulator"', 'The Harbour Deposit Insurance Corporation, a federal banking regulator, said the data was safe.', 'government'],
		['... while a company word alone still decides', 'The Harbour Deposit Insurance Corporation said the data was safe.', 'business'],
		['... and a legal form over any description', 'Harbour Arms LLC, a maker of rifles for the army, said the data was safe.', 'business'],
		// review SS (54th stop): an ambassador to an international body serves a government
		['"Former U.N. Ambassador Tom Vale"', 'Former U.N. Ambassador Tom Vale said the deal was a mistake.', 'government'],
		['... and "a former ambassador to NATO"', 'Tom Vale, a former ambassador to NATO, said the deal was a mistake.', 'government'],
		['... while "U.N. Secretary-General Tom Vale" is the body\'s', 'U.N. Secretary-General Tom Vale said the deal was a mistake.', 'international body'],
		// review TT (54th stop): a university named by its state, then its campus, is an affiliation, no home town
		['"Tom Vale of the University of California, Berkeley said"', 'Tom Vale of the University of California, Berkeley said the jobs were lost.', 'expert or academic'],
		['... while "Tom Vale, 22, of Flint, Mich., said" is a home town', 'Tom Vale, 22, of Flint, Mich., said the water was bad.', 'citizen']
	];
	it.each(rows)('%s', (_n, text, group) => {
		const { quotes } = analyse(text);
		expect(quotes.length).toBeGreaterThan(0);
		expect(quotes[0].group).toBe(group);
	});
	// (the share speaks inside what the exit polls found, which is the polls' own report: review MM of the 48th stop)
	it('"Exit polls found 6 in 10 Democratic voters said …": the polls report, the share of voters speaks as citizens', () => {
		const { quotes } = analyse('Exit polls found 6 in 10 Democratic voters said the plan would fail.');
		expect(quotes.map((q) => [q.text, q.speaker, q.group])).toEqual([
			['6 in 10 Democratic voters said the plan would fail', 'Exit polls', 'unclassified'],
			['the plan would fail', '6 in 10 Democratic voters', 'citizen']
		]);
	});
	// the organisation's whole name is the affiliation shown
	it.each([
		['"This is a wolf," said AFL-CIO president Steve Tolland.', 'AFL-CIO'],
		['"It sells," said Coca-Cola spokesman Ben Ode.', 'Coca-Cola'],
		// a body's name goes on over "on" after a role's link, and is the affiliation, not the whole description
		['"No," said Rick Haan, president of the Council on Foreign Relations.', 'Council on Foreign Relations'],
		['"No," said Nick Wand, a senior fellow at the European Council on Foreign Relations.', 'European Council on Foreign Relations']
	])('%s → %s', (text, affiliation) => {
		expect(analyse(text).quotes[0]?.affiliation).toBe(affiliation);
	});
});

// Companies by their name's last word (company-words.txt): their spokespeople and staff are business,
// not government, whatever title they carry.
describe('companyName', () => {
	const rows: [string, string | null][] = [
		['Acme Energy', 'Energy'],
		['Northwind Airways', 'Airways'],
		['Ardent Pharmaceuticals Inc.', 'Pharmaceuticals'],
		["Acme Energy's", 'Energy'],
		['an Acme Energy spokeswoman', 'Energy'],
		['Kestrel Mining Ltd.', 'Mining'],
		['Department of Energy', null],
		['International Energy Agency', null],
		['International Crisis Group', null],
		['the Energy', null],
		['clean energy', null],
		['People Power', null]
	];
	it.each(rows)('%s → %s', (text, word) => {
		expect(companyName(text)).toBe(word);
	});
});

describe('company spokespeople and staff are business (review class 2)', () => {
	const rows: [string, string, string][] = [
		['a spokesperson for a company', '"Prices will not rise this winter," a spokesperson for Acme Energy said.', 'business'],
		['a company spokeswoman, company first', '"We have paid every customer back," an Acme Corp spokeswoman said.', 'business'],
		['a spokesman for an airline', '"The flights were cancelled for safety," said a spokesman for Northwind Airways.', 'business'],
		['a company spokeswoman, industry word', '"We expect a strong year," an Ardent Pharmaceuticals spokeswoman said.', 'business'],
		['a vice-president of a company, not government', '"The plant is safe," said Dana Holt, a vice-president of Greystone Utilities.', 'business'],
		['a chief executive of a company', '"The mine will reopen in May," said Pieter Jansen, chief executive of Kestrel Mining Ltd.', 'business'],
		['the company speaking', '"We never sold that data," Brightline Technologies said.', 'business'],
		['a government department with an industry word stays government', '"The grid held up," the Department of Energy said.', 'government'],
		['a think tank called a group stays expert', '"The ban is a mistake," said Lena Fox, an analyst at the International Crisis Group.', 'expert or academic']
	];
	it.each(rows)('%s', (_n, text, group) => {
		const { quotes } = analyse(text);
		expect(quotes.length).toBeGreaterThan(0);
		expect(quotes[0].group).toBe(group);
	});
});

describe('a relative clause says who the speaker is (review class 3)', () => {
	const rows: [string, string, string][] = [
		['a resident who lives near the plant', '"The water smelled of petrol for weeks," a resident who lives near the plant said.', 'citizen'],
		['residents who live along the river', '"We were never told about the leak," said residents who live along the river.', 'citizen'],
		['a woman who has lived on a street for years', '"We were never told," said one woman who has lived on Mill Street for 30 years.', 'citizen'],
		['a named person who lives near the plant', '"We were never told," said Ann Lee, who lives near the plant.', 'citizen'],
		['a man who works at a company', '"We were never told," said a man who works at Acme Corp.', 'business'],
		['a man who works somewhere unnamed: nothing said', '"We were never told," a man who works at the depot said.', 'unclassified'],
		// review NN (48th stop): "who is" or "who was" and a role is a description; a relative clause's "with"
		// is no affiliation, and the appositive after its last name describes that name
		['"who is a nurse"', '"We were never told," said Ann Lee, who is a nurse.', 'citizen'],
		['"who was the campaign\'s pollster"', '"She is weaker than I expected," said Tom Vale, who was the Lee campaign\'s pollster.', 'government'],
		['"who is also a Republican strategist"', '"She is weaker than I expected," said Tom Vale, who is also a Republican strategist.', 'government'],
		['"a pollster who is working with X, a super PAC"', '"It is a mess," said Tom Vale, a Democratic pollster who is working with Priorities Harbour, a pro-Lee super PAC.', 'expert or academic'],
		['"a former Fed governor who argued with Ms. Roe"', '"It is a mess," said Tom Vale, a former Fed governor who argued with Ms. Roe at the conference.', 'government'],
		['... but "who serves as vice chairman of" a party names it', '"We must unite," said Tom Vale, a one-time Cruz backer who serves as vice chairman of the Harbour County GOP.', 'government'],
		['... and what the appositive calls that name is its kind', '"It changed us," said Tom Vale, who at the time was a member of the Harbour Spear, a group of black bloggers.', 'media']
	];
	it.each(rows)('%s', (_n, text, group) => {
		const { quotes } = analyse(text);
		expect(quotes.length).toBeGreaterThan(0);
		expect(quotes[0].group).toBe(group);
	});
});

// review 18: "citizen · Epstein's alleged sex trafficking ring" for a victim of it
describe('what someone suffered at another\'s hands is no affiliation (suffered.txt)', () => {
	it.each([
		['He attacked Ann Lee, a victim of the Harbour trafficking ring. "He knows what he did," Lee said.', 'citizen', null],
		['Ann Lee, a survivor of the Beslan siege, spoke. "It was hell," Lee said.', 'citizen', null],
		['Ann Lee, a lawyer at the Harbour Trust, spoke. "It was hell," Lee said.', 'other', 'Harbour Trust']
	])('%s', (text, group, affiliation) => {
		const { quotes } = analyse(text);
		expect(quotes.map((q) => [q.group, q.affiliation])).toEqual([[group, affiliation]]);
	});
});

// newcomer pass 12 (29th stop): "a critic of the Kremlin" was filed as the government, "top Republican
// Party donor Sheldon Adelson" as the party, "Apple customers" as a business
describe('a role from outside what it names: no affiliation, no group from that name (outside.txt)', () => {
	it.each([
		['Ann Lee, a critic of the Kremlin, said it was wrong.', 'unclassified', null],
		['A Kremlin critic said it was wrong.', 'unclassified', null],
		['Republican Party donor Tom Vale said he liked the field.', 'unclassified', null],
		['Joe Bloggs, a Barclays Bank customer, said it was great.', 'citizen', null],
		['Barclays Bank customer Tom Vale said it was fine.', 'citizen', null],
		['Apple customers said it was good.', 'citizen', null],
		['Mary Jones, a supporter of Senator Tom Ford, said it was awful.', 'unclassified', null],
		// (who speaks for the organisation before them keeps it)
		['Exxon spokesman Tim Cole said it was fine.', 'business', 'Exxon'],
		['Ann Lee, a lawyer at the Harbour Trust, said it was fine.', 'other', 'Harbour Trust']
	])('%s', (text, group, affiliation) => {
		const { quotes } = analyse(text);
		expect(quotes.map((q) => [q.group, q.affiliation])).toEqual([[group, affiliation]]);
	});
});

describe('a common noun that also opens organisations\' names counts in lower case only (`lower`)', () => {
	const rows: [string, string | null][] = [
		['law-abiding citizens', 'citizen'],
		['a Mexican citizen', 'citizen'],
		['a veteran', 'citizen'],
		['Citizens United', null],
		['Veterans Intelligence Professionals for Sanity', null]
	];
	it.each(rows)('%s → %s', (phrase, group) => {
		expect(matchGroup(rules, phrase)?.group ?? null).toBe(group);
	});
});

describe('people named by their role alone are grouped by it (roles.txt, speaker-groups.tsv)', () => {
	it.each([
		['A soldier stood by the gate as Colonel Ann Lee passed. "We were ordered to stay," the soldier said.', 'soldier', 'government'],
		['"The evidence was thin," one juror said.', 'one juror', 'citizen'],
		['"Nobody told us," a parishioner said.', 'parishioner', 'citizen'],
		// newcomer pass 13 (29th stop): Al Bawaba's settlers, the one voice of the settlements, were missed
		['Israeli settlers, who form part of the minister\'s constituency, said the plan was fair.', 'Israeli settlers', 'citizen'],
		['"We came to say goodbye," mourners said.', 'mourners', 'citizen']
	])('%s', (text, speaker, group) => {
		const { quotes } = analyse(text);
		expect(quotes.map((q) => [q.speaker, q.group])).toEqual([[speaker, group]]);
	});
});

// review 32: "according to InfoNation, a Sugar Land-based provider of automobile data" was unclassified
describe('a description after "according to X," groups the source', () => {
	it.each([
		['Dealers sold 300 cars in October, according to Kestrel, a Texas-based provider of automobile data.', 'Kestrel', 'business', 'Dealers sold 300 cars in October'],
		['According to Kestrel, a data firm, dealers sold 300 cars.', 'Kestrel', 'business', 'dealers sold 300 cars'],
		// (without one, the name alone says nothing)
		['Dealers sold 300 cars in October, according to Kestrel.', 'Kestrel', 'unclassified', 'Dealers sold 300 cars in October']
	])('%s', (text, speaker, group, said) => {
		const { quotes } = analyse(text);
		expect(quotes.map((q) => [q.speaker, q.group, q.text])).toEqual([[speaker, group, said]]);
	});
});

// review SS (54th stop): the author of a document or a count is the source "according to" it names
describe('"according to a tally by X", "according to an X analysis": X is the source', () => {
	it.each([
		['Ann Lee has 1,469 delegates, according to a tally by the Associated Press.', 'Associated Press', 'media'],
		['Tom Vale would need 159 delegates, according to a Harbour Post analysis.', 'Harbour Post', 'media'],
		// (an owner before the name is the author: the name after it is what was reviewed)
		['The console fails, according to The Verge’s Kestrel review.', 'Verge', 'media'],
		// (a month is no author, and a document with none stays the source)
		['Most voters are unhappy, according to a February survey.', 'February survey', 'unclassified'],
		['The drug works, according to a report.', 'report', 'unclassified']
	])('%s', (text, speaker, group) => {
		const { quotes } = analyse(text);
		expect(quotes.map((q) => [q.speaker, q.group])).toEqual([[speaker, group]]);
	});
});
