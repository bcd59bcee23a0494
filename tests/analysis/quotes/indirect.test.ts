// indirect.ts: reported speech, one row per pattern: [name, text, expected (reported clause, speaker
// mention)].
import { describe, expect, it } from 'vitest';
import { findIndirect } from '../../../analysis/quotes/indirect.js';
import { analyse, ctxOf } from './helpers.js';

function indirect(text: string): { text: string; mention: string | null }[] {
	const ctx = ctxOf(text);
	return findIndirect(ctx).map((f) => ({ text: text.slice(f.start, f.end), mention: f.speaker?.mention ? text.slice(f.speaker.mention.start, f.speaker.mention.end) : null }));
}

describe('findIndirect', () => {
	const rows: [string, string, { text: string; mention: string | null }[]][] = [
		['subject, cue, clause', 'Ann Lee said the bridge was safe.', [{ text: 'the bridge was safe', mention: 'Ann Lee' }]],
		// review LL (47th stop): what follows a cue and the phrases jumped is no clause when it goes on a
		// noun ("a breakfast hosted by …", "a crowd of …"), a consent ("agreed to a match"), an object
		// closing a clause opened by "when" after "but", or a phrase before "he warned"
		// (and a plural office's "to" links its holder as the singular's does: "advisers to the island's government")
		['"advisers to the island\'s government said"', 'Other advisers to the island\'s government said a default was near.', [{ text: 'a default was near', mention: 'Other advisers to the island\'s government' }]],
		['"told reporters at a breakfast hosted by X"', '“We are not done,” Tom Vale told reporters at a breakfast hosted by Harbour Politics.', []],
		['"said in front of a crowd of about 1,000 people who …"', '“I will say it again,” Tom Vale said in front of a crowd of about 1,000 people who packed a school cafeteria here.', []],
		['"agreed to a match"', 'Men can write to her only after they have mutually agreed to a match, based often on looks.', []],
		// review SS (54th stop): where or on what channel, with no clause of its own, is not what was said
		// (the tagger reads "Herald" and "Meeting" as verbs: capitalised, they are the programme's name)
		['"said on Boston Herald Radio\'s Morning Meeting program."', 'Tom Vale, a former senator, said on Boston Herald Radio’s Morning Meeting program.', []],
		['... but "said on the radio that …" reports', 'Tom Vale said on Harbour Radio’s Morning Meeting program that the plan would fail.', [{ text: 'the plan would fail', mention: 'Tom Vale' }]],
		// review MM (48th stop): what a poll, a study or the records show or found is theirs (findings.txt)
		['"…, a Harbour University poll shows."', 'Senate races in three states are all close, a Harbour University poll shows.', [{ text: 'Senate races in three states are all close', mention: 'a Harbour University poll' }]],
		['"The survey also found that …"', 'The survey also found that voters were angry about the roads.', [{ text: 'voters were angry about the roads', mention: 'The survey' }]],
		['"FEC records show he …" (the tagger reads "show" as a noun)', 'FEC records show he backed Tom Vale in 2008.', [{ text: 'he backed Tom Vale in 2008', mention: 'FEC records' }]],
		['... and an adverb then "shows" opening the text is no report (it had thrown: no token before it)', 'Also shows the drug works.', []],
		['... but "police found" reports nothing', 'Police found the body near the river on Monday.', []],
		['... nor "Despite polls showing her behind, …"', 'Despite polls showing her well behind, Ann Lee campaigned hard in the state.', []],
		// review NN (48th stop): a participle the writer hedges is the writer's reading of what was said
		['"According to X, …, presumably meaning …"', 'According to Tom Vale, the city is more complex than the army, presumably meaning the inquiry will take years.', [{ text: 'the city is more complex than the army', mention: 'Tom Vale' }]],
		['"X said, apparently referring to …" reports nothing after "said"', 'Tom Vale spoke on Monday. "It is over," Vale said, apparently referring to the strike.', []],
		// 49th stop: "The poll showed a majority of voters say …": a past tense with an object, not a participle
		// modifying "The poll"; the majority says its part
		['"The poll showed a majority of registered voters say …"', 'The poll showed a majority of registered voters say the council should act.', [{ text: 'a majority of registered voters say the council should act', mention: 'The poll' }, { text: 'the council should act', mention: 'a majority' }]],
		// review MM (48th stop): a commitment to act is no words either
		['"agreed to meet again …, ostensibly to …"', 'Ann Lee and Tom Vale agreed to meet again in the coming weeks, ostensibly to discuss policy.', []],
		['"agreed to pay $325 million"', 'The bank agreed to pay $325 million to settle the charges.', []],
		['... while "agreed that" still reports', 'Ann Lee agreed that the bridge was safe.', [{ text: 'the bridge was safe', mention: 'Ann Lee' }]],
		['"…, but when Vale mentioned Cole, it just happened"', 'Ann Lee said she had no plans to yell anything, but when Tom Vale mentioned Rob Cole, it just happened.', [{ text: 'she had no plans to yell anything', mention: 'Ann Lee' }]],
		['"In a later vote, he warned of …"', 'Tom Vale spoke. In a later vote, he warned of the dangers of big firms.', []],
		// review 33: an organisation's name with "and" in it had been cut at "and", the speaker its tail
		['"and" inside an organisation after "of"', 'Dr. Ann Lee of the Harbour Department of Health and Human Services says the risk remains.', [{ text: 'the risk remains', mention: 'Dr. Ann Lee of the Harbour Department of Health and Human Services' }]],
		['... and after "the"', 'The Food and Drug Administration says the drug is safe.', [{ text: 'the drug is safe', mention: 'The Food and Drug Administration' }]],
		['... but two names stay two', 'Apple Inc. and Google Inc. say the rules are unfair.', [{ text: 'the rules are unfair', mention: 'Apple Inc. and Google Inc.' }]],
		// review 33: a time after an aside is when, not who; a team speaks; "otherwise" reports no words
		['a time after an aside', 'Tom Vale, who has been feuding with party leaders this week, on Friday said that the party would unite.', [{ text: 'the party would unite', mention: 'Tom Vale' }]],
		['a team speaks', 'Now, after arguing that the results in Iowa and Ohio narrowed the race, his team is suggesting that the finish has turned it into a contest.', [{ text: 'the finish has turned it into a contest', mention: 'team' }]],
		['"suggest otherwise" reports nothing', 'Projecting confidence, even if the election returns suggest otherwise, is a key part of the strategy.', []],
		// ... and ", and as …, the issue is …" is the writer's next clause, not more of what was said
		['", and as" ends what was said', 'A poll shows 68% of voters say gun policy will be important to their vote, and as the race turns south, the issue is becoming a bigger focus.', [{ text: '68% of voters say gun policy will be important to their vote', mention: 'A poll' }, { text: 'gun policy will be important to their vote', mention: '68% of voters' }]],
		['... not "and that"', 'Ann Lee said the plan would fail, and that the council knew it.', [{ text: 'the plan would fail, and that the council knew it', mention: 'Ann Lee' }]],
		// second newcomer pass: a relative clause set off by commas ends what was said before the main verb
		['a cue in a relative clause, then the main clause', 'Ann Lee, who says she is innocent, has avoided the court for seven years.', [{ text: 'she is innocent', mention: 'Ann Lee, who' }]],
		['... with a noun phrase for its object reports nothing', 'Ann Lee, who denies the accusation, has avoided the court for seven years.', []],
		// review JJ (46th stop): the comma that closes it may stand inside a closing mark
		['... closed by a comma inside quotation marks', 'Mr. Vale, who has called the plan "a disaster," portrayed the mayor as reckless.', [{ text: 'the plan "a disaster', mention: 'Mr. Vale, who' }]],
		// newcomer's pass of 1 December 2026: a place after "in" says where the speakers are, not who
		['people of a role in a place', 'Health authorities in Harbouria’s Inner Vale have confirmed that a man has the plague.', [{ text: 'a man has the plague', mention: 'Health authorities in Harbouria’s Inner Vale' }]],
		['... a body of people, capitalised opening a sentence', 'Police in Harbouria’s Vale province said the bridge was safe.', [{ text: 'the bridge was safe', mention: 'Police in Harbouria’s Vale province' }]],
		['... a town and its state between commas', 'A woman in Worcester, Massachusetts, said the bridge was safe.', [{ text: 'the bridge was safe', mention: 'A woman in Worcester, Massachusetts' }]],
		// re-check of the seventh newcomer pass: a long appositive before "said that"; and words before a comma
		// that are a report of their own are not what a later verb with a noun phrase object reports
		['a name, a long appositive, "said that"', 'Ann Lee, a spokesman for the Harbour Trust in Vale, said that from late 2017 to April 2018, a worker assigned to the port reported a variety of symptoms.', [{ text: 'from late 2017 to April 2018, a worker assigned to the port reported a variety of symptoms', mention: 'Ann Lee' }]],
		['... the fronted words of an inverted report are not another report', 'The plan will fail within a year, a worker at the port reported.', [{ text: 'The plan will fail within a year', mention: 'a worker at the port' }]],
		// seventh newcomer pass: a subject that is no one reports nothing
		['"no envoy reported"', 'In Vale, no Harbourian envoy reported hearing any sound before falling ill.', []],
		['"None of the ministers told"', 'None of the ministers told reporters that the talks had failed.', []],
		['"Nobody said"', 'Nobody said the plant would close.', []],
		['... but "Noah Vale said" does', 'Noah Vale said the plant would close.', [{ text: 'the plant would close', mention: 'Noah Vale' }]],
		['counted things "reported" somewhere report nothing', 'From 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths.', []],
		// sixth newcomer pass: the writer's own "I" and "we" report nothing (an opinion piece with no
		// quotation marks showed "8 quotes", 22% of them from no speaker)
		['the writer\'s "I argued that"', 'I\'ve argued that too much disclosure is required of nominees.', []],
		['the writer\'s "we said"', 'We said that the plan would fail.', []],
		['... but "he" does', 'He has argued that too much disclosure is required of nominees.', [{ text: 'too much disclosure is required of nominees', mention: 'He' }]],
		// ... and what was said ends at a semicolon before a clause with its own subject (the writer's)
		['a semicolon before the writer\'s next clause', 'Tom Vale said that Ann Lee had to be heard; then he attacked her in terms that were a slur.', [{ text: 'Ann Lee had to be heard', mention: 'Tom Vale' }]],
		['... not before a list of what was said', 'Tom Vale said he was asked to write posts for them; appear on their podcasts; deliver their keynotes.', [{ text: 'he was asked to write posts for them; appear on their podcasts; deliver their keynotes', mention: 'Tom Vale' }]],
		// fifth newcomer pass: "Time will tell" is an idiom, no speaker; Time magazine still reports
		['"time will tell" reports nothing', 'Time will tell what will take place when the caravan arrives.', []],
		['... "only time will tell" neither', 'Only time will tell whether the caravan arrives.', []],
		['... but Time reporting is the magazine', 'Time reported that the caravan had arrived.', [{ text: 'the caravan had arrived', mention: 'Time' }]],
		['clause first, cue after', 'The bridge was safe, officials said.', [{ text: 'The bridge was safe', mention: 'officials' }]],
		// third newcomer pass: a clause opened by a subordinator before the cue sets the scene; an object
		// described by a relative clause to the end of the sentence is no clause reported
		['a subordinate clause before the cue reports nothing', 'But when Dr. Tom Vale, a lung doctor at the city hospital, took a look, he disagreed and ordered a scan.', []],
		['... but a main clause after it does', 'If the dam fails, the town will flood, officials warned.', [{ text: 'If the dam fails, the town will flood', mention: 'officials' }]],
		['... and so does one after a preposition\'s phrase', 'After a year, his symptoms had cleared, Tom Vale said.', [{ text: 'After a year, his symptoms had cleared', mention: 'Tom Vale' }]],
		['an object described to the end of the sentence', 'His doctor ordered a chest X-ray, which was considered to be normal.', []],
		// what was said ends with the subordinate clause the cue is in, after a conjunction too; a cue in the
		// main clause after it reports to the end, and "As X pointed out, …" attributes what follows
		['a cue inside "And once …,"', 'And once the man mentioned that he had bought a feather duvet, Tom Vale quickly found the cause.', [{ text: 'he had bought a feather duvet', mention: 'the man' }]],
		['a cue in the main clause after "When …,"', 'When she was arrested on Monday, Ann Lee said she had mistaken the flat for her own, and she apologised.', [{ text: 'she had mistaken the flat for her own, and she apologised', mention: 'Ann Lee' }]],
		['... not a subject described before its verb', 'Officials said the plan, which was drafted in May, would fail.', [{ text: 'the plan, which was drafted in May, would fail', mention: 'Officials' }]],
		// review 14: a possessive before a word for a person opens the speaker's description
		['clause first, a possessive description after', 'The duvet left the man gasping for air, his doctors say.', [{ text: 'The duvet left the man gasping for air', mention: 'his doctors' }]],
		['"according to"', 'According to the ministry, the bridge was safe.', [{ text: 'the bridge was safe', mention: 'the ministry' }]],
		// review 18: "One of the officers, according to prison records, had worked …" reported only "One of the officers"
		['"according to" between the subject and its verb', 'The mayor, according to two officials, will resign on Friday.', [{ text: 'The mayor, according to two officials, will resign on Friday', mention: 'two officials' }]],
		['... not after a whole clause', 'The mayor has won most votes, according to a tally, but the count goes on.', [{ text: 'The mayor has won most votes', mention: 'a tally' }]],
		// review PP (49th stop): ... and when the subject's own clause comes first, its verb after the aside
		['"One of the decisions they made, according to X, is to …"', 'One of the decisions they have made, according to a person close to the process, is to turn any attack into a counterattack.', [{ text: 'One of the decisions they have made, according to a person close to the process, is to turn any attack into a counterattack', mention: 'a person close to the process' }]],
		// review OO (49th stop): "in the words of X" between a form of "be" and its complement, as "according to"
		['"The plan was, in the words of one aide, a disaster …"', 'The plan was, in the words of one aide, a disaster from the start.', [{ text: 'The plan was, in the words of one aide, a disaster from the start', mention: 'one aide' }]],
		['... but not the words before it and a colon, which the quotation after it holds', 'Here is how bad things got in the words of the patient: "I could not climb the stairs."', []],
		['... from the clause\'s start after "that"', 'Word emerged that Mr. Vale would build his library in Millbrook and that Ms. Lee was, in the words of a senior adviser, the torchbearer of his legacy.', [{ text: 'Ms. Lee was, in the words of a senior adviser, the torchbearer of his legacy', mention: 'a senior adviser' }]],
		// review DD (43rd stop): an opener before "according to" is no subject; what is reported follows
		['"Now, according to …, …"', 'Now, according to the latest poll, some voters are swinging to the mayor.', [{ text: 'some voters are swinging to the mayor', mention: 'the latest poll' }]],
		['... not a preposition\'s phrase, which is part of what is reported', 'In Ohio, according to the new poll, the mayor leads by five points.', [{ text: 'In Ohio, according to the new poll, the mayor leads by five points', mention: 'the new poll' }]],
		['"according to" a list of bare nouns: its commas are the source\'s', 'But according to interviews with his friends, aides and allies, he wants to campaign.', [{ text: 'he wants to campaign', mention: 'interviews' }]],
		['... not a subject of two people described after it', 'According to the ministry, the mayor and his deputy, both lawyers, will resign.', [{ text: 'the mayor and his deputy, both lawyers, will resign', mention: 'the ministry' }]],
		['"But according to …, …"', 'But according to the ministry, the bridge was safe.', [{ text: 'the bridge was safe', mention: 'the ministry' }]],
		['"according to a poll last week": when is no part of the source (the pollster is, review SS of the 54th stop)', 'The race is close, according to a Harbour Star poll last week.', [{ text: 'The race is close', mention: 'Harbour Star' }]],
		['... a pronoun subject before it is one', 'He, according to court records, had worked there for a year.', [{ text: 'He, according to court records, had worked there for a year', mention: 'court records' }]],
		// review Y (41st stop): a span of time and "ago" after the listener is when, not what was said
		['"urged the mayor two weeks ago to resign" reports no "ago"', 'The senator urged the mayor two weeks ago to resign.', []],
		['"told reporters months ago that …"', 'The senator told reporters months ago that the plan was dead.', [{ text: 'the plan was dead', mention: 'The senator' }]],
		// review Y (41st stop): a manner adverb between the cue and its "that" (or an aside in dashes) is how, not what
		['"argued forcefully that …"', 'The governor argued forcefully that the plan would fail.', [{ text: 'the plan would fail', mention: 'The governor' }]],
		['"argued emphatically - naming his rival five times - that …"', 'The governor argued emphatically - naming his rival five times - that the plan would fail.', [{ text: 'the plan would fail', mention: 'The governor' }]],
		// review W (40th stop): a poll's figures after a semicolon or a colon are the writer's
		['"…; 40 percent of those were renters"', 'Half of the residents said they would move away; 40 percent of those were renters.', [{ text: 'they would move away', mention: 'Half of the residents' }]],
		['"…: 56% of voters want action …"', 'Most Ohio voters say the Senate should act on the nomination: 56% of voters want action now.', [{ text: 'the Senate should act on the nomination', mention: 'Most Ohio voters' }]],
		['... not a list the speaker gives after a colon', 'Jim Vale said there will be three rockets by 2024: one for the test flight and one for the crew.', [{ text: 'there will be three rockets by 2024: one for the test flight and one for the crew', mention: 'Jim Vale' }]],
		// review Y (41st stop): a cue in an opening clause of time is not the one "according to" relays
		['"After reporter Tom Lee asked …, the couple became angry …, according to a source"', 'After reporter Tom Lee asked about the trip, the couple became angry once the cameras were off, according to a source at the station.', [{ text: 'After reporter Tom Lee asked about the trip, the couple became angry once the cameras were off', mention: 'a source at the station' }]],
		// review W (40th stop): a participle after a comma inside a closing mark hangs on the clause's subject too
		['"did not want to discuss “that company,” telling the Herald that …"', 'The Clean Rivers Trust did not want to discuss “that company,” telling the Daily Herald that the charity is focused on the river.', [{ text: 'the charity is focused on the river', mention: 'The Clean Rivers Trust' }]],
		['"called the plan “reckless,” adding that …"', 'Ann Vale called the plan “reckless,” adding that the vote was rigged.', [{ text: 'the plan “reckless', mention: 'Ann Vale' }, { text: 'the vote was rigged', mention: 'Ann Vale' }]],
		// review Z (41st stop): an infinitive after "said" and its place or topic is a purpose, not what was said
		['"anything the senator said on stage to justify his vote"', 'That was as damaging as anything the senator said on stage to justify his vote.', []],
		['"said of the mayor\'s desire to force …"', 'Tom Vale said of the mayor\'s desire to force both sides to the table.', []],
		['... but "say for the nominee to win they must …" reports', 'Analysts say for the nominee to win they will have to convince voters.', [{ text: 'to win they will have to convince voters', mention: 'Analysts' }]],
		['... and "said to expect a vote" reports', 'Tom Vale said to expect a vote on Monday.', [{ text: 'to expect a vote on Monday', mention: 'Tom Vale' }]],
		// review Y (41st stop): "…, as X said." gives X the clause before its comma
		['"…, as Comey said."', 'She was extremely careless with the files, as Comey said.', [{ text: 'She was extremely careless with the files', mention: 'Comey' }]],
		['"…, as X noted in …"', 'The tactic is a classic scare, as Ann Vale noted in the Harbour Times.', [{ text: 'The tactic is a classic scare', mention: 'Ann Vale' }]],
		['... not a cue of what should be said', 'It is up to them to de-escalate, as others should tell them.', []],
		// review Y (41st stop): a semicolon right after an inverted cue ends its clause
		['"…, his aides argued this week; rather, …"', 'It was never about money, his aides argued this week; rather, it was about trust.', [{ text: 'It was never about money', mention: 'his aides' }]],
		// review Y (41st stop): after "according to" the tagger reads a plural noun as an infinitive's verb
		['"according to sources"', 'Staff tried to keep her away from events in the district, according to sources.', [{ text: 'Staff tried to keep her away from events in the district', mention: 'sources' }]],
		['"according to exit polling data"', 'She won among white men, according to exit polling data.', [{ text: 'She won among white men', mention: 'exit polling data' }]],
		['"according to people familiar with …"', 'The plan was dropped, according to people familiar with the matter.', [{ text: 'The plan was dropped', mention: 'people' }]],
		['... not "according to state law", a norm', 'No one may campaign within 150 feet of a polling place, according to state law.', []],
		['"according to campaign manager Jeff Weaver"', 'The campaign is paying dozens of canvassers, according to campaign manager Jeff Weaver.', [{ text: 'The campaign is paying dozens of canvassers', mention: 'campaign manager Jeff Weaver' }]],
		// blind check: "admitted to the killing and was heard …": the deed admitted, then another verb of the subject's
		['a cue with "to" and a gerund\'s noun phrase, then "and" another verb, reports nothing', 'The man admitted to the killing and was heard in the street.', []],
		// blind check: a verb joined by "and" to an earlier one shares its subject
		['"X defended his character and said …"', 'On Friday, 65 women who have known Tom Vale since high school defended his character and said he has always behaved well.', [{ text: 'he has always behaved well', mention: '65 women' }]],
		// review EE (43rd stop): an adverb of how often and a dash after the cue: the writer goes on
		['"… said twice - and repeatedly reminded the crowd …"', '"He would have loved it," Tom Vale said twice - and repeatedly reminded the crowd of the stakes.', []],
		['... not an aside between two dashes', 'The mayor said again - and at length - that the bridge was safe.', [{ text: 'again - and at length - that the bridge was safe', mention: 'The mayor' }]],
		['... nor "so-called"', 'Tom Vale has called for taxing so-called "pass through" income at a lower rate.', [{ text: 'so-called "pass through" income at a lower rate', mention: 'Tom Vale' }]],
		// review EE (43rd stop): an idiom, a pause and a duty report no words
		['"begged the question of whether …"', 'The senator’s early blunders begged the question of whether her staff was paying attention.', []],
		['"interrupted himself"', 'Mayor Tom Reyes interrupted himself at one point to wave to his mother.', []],
		['"must declare publicly if …"', 'Under state law, contractors must declare publicly if they represent foreign clients.', []],
		['... but "begged the judge to …" still reports a plea', 'Tom Vale begged the judge to spare his son.', [{ text: 'the judge to spare his son', mention: 'Tom Vale' }]],
		// review EE (43rd stop): "X said A and said B": the second is X's too, not the subject of A's clause
		['"said … and said …"', 'But Tom Vale said Ann Lee was not working for the party and said Ed Roe was not involved.', [{ text: 'Ann Lee was not working for the party', mention: 'Tom Vale' }, { text: 'Ed Roe was not involved', mention: 'Tom Vale' }]],
		['"told … and said …"', 'Ann Lee told reporters her group never worked with Ed Roe and said the group hired the lobbyists itself.', [{ text: 'her group never worked with Ed Roe', mention: 'Ann Lee' }, { text: 'the group hired the lobbyists itself', mention: 'Ann Lee' }]],
		['... not over a relative clause with its own subject', 'Tom Vale told Ann Lee, who opened her door and said she planned to vote.', [{ text: 'she planned to vote', mention: 'Ann Lee, who' }]],
		// review DD (43rd stop): a verb with no object, or one with "had", joined to the cue by "and"
		['"X smiled and said …"', 'The mayor smiled and said the bridge was safe.', [{ text: 'the bridge was safe', mention: 'The mayor' }]],
		['"the court overruled and said …"', 'The appeals court overruled and said the state already allowed enough early voting.', [{ text: 'the state already allowed enough early voting', mention: 'The appeals court' }]],
		['"X, 70, had served in the army and said …"', 'One of the men, Jim Elk, 70, had served in the army and said he was convinced the senator would start a war.', [{ text: 'he was convinced the senator would start a war', mention: 'Jim Elk' }]],
		['... not a verb inside what someone else said', 'Tom Vale said he would sit the minister down and tell him to resign.', [{ text: 'he would sit the minister down and tell him to resign', mention: 'Tom Vale' }]],
		['... nor a passive\'s subject', 'The deaths were caused by a fire and reported the next day.', []],
		// review DD (43rd stop): what someone is likened to is theirs, as what they call it is ("compared her to
		// a religious heretic": the writer's word had been "religious heretic")
		['"compared her to …"', 'Ann Lee compared her to a religious heretic.', [{ text: 'her to a religious heretic', mention: 'Ann Lee' }]],
		['"likened the plan to …"', 'Ann Lee likened the plan to outright theft.', [{ text: 'the plan to outright theft', mention: 'Ann Lee' }]],
		['... not a measurement ("compared the drug to a placebo")', 'The study compared the drug to a placebo.', []],
		['... nor "when compared to"', 'Prices rose 3 percent when compared to last year.', []],
		['... nor "compared … with"', 'Analysts compared prices with last year.', []],
		['"who" after an appositive ending in a place is the named person\'s', 'Tom Vale, a professor of law at Harbour University in South Africa, who likened the campaign to a car crash, left early.', [{ text: 'the campaign to a car crash', mention: 'Tom Vale' }]],
		// ... and what a naming verb gives in marks ends before the writer's gloss after a dash
		['"likened the rules to "…" - a charge that …"', 'Ann Lee likened the rules to "a fire sale" - a charge that stung.', [{ text: 'the rules to "a fire sale', mention: 'Ann Lee' }]],
		// review DD (43rd stop): Mrs. Schlafly's reply, with "in an even voice", "had said that" and a second "she said"
		['a manner phrase before "that" is how, not what', 'Ann Lee replied in an even voice that she was pleased.', [{ text: 'she was pleased', mention: 'Ann Lee' }]],
		// review GG (45th stop): a programme's title in marks after "on" and a network is where it was said
		['a title in marks after a network and its "\'s"', "Omar Vale said on NBC's ''Meet the Press'' on Sunday that the senator had shown disrespect to his wife.", [{ text: 'the senator had shown disrespect to his wife', mention: 'Omar Vale' }]],
		['... in curly marks, right after the preposition', 'Tom Roe said on “Harbour This Morning” that he had not endorsed her.', [{ text: 'he had not endorsed her', mention: 'Tom Roe' }]],
		// review GG (45th stop): a verb of going on or starting before the infinitive makes its subject the speaker
		['"continued to complain that"', 'Tom Roe spoke on Sunday. And he continued to complain that Omar Vale had been unfair to him.', [{ text: 'Omar Vale had been unfair to him', mention: 'he' }]],
		['"went on to say that"', 'Ann Lee went on to say that the plan would fail.', [{ text: 'the plan would fail', mention: 'Ann Lee' }]],
		['"began to argue that"', 'Ann Lee began to argue that the plan would fail.', [{ text: 'the plan would fail', mention: 'Ann Lee' }]],
		// reviews GG and HH (45th stop): after a name and its aside, a clause with a verb of its own is what was
		// said, not a speaker after an inverted verb ("…, said Mr. Cameron")
		['a name, its aside, "said" and a clause whose subject is two names', 'Frank Vale, a Republican expert on political messaging, said Mr. Roe and the Remain camp had failed to reach voters.', [{ text: 'Mr. Roe and the Remain camp had failed to reach voters', mention: 'Frank Vale' }]],
		['... a clause opening with a description', 'But Megan Vale, senior associate at the Harbour Institute for School Reform, said parents still want neighborhood schools.', [{ text: 'parents still want neighborhood schools', mention: 'Megan Vale' }]],
		['... but "…, said an official who was briefed" is still inverted', 'The stakes are so high that the council cannot wait, said an official who was briefed on the meeting.', [{ text: 'The stakes are so high that the council cannot wait', mention: 'an official' }]],
		['... but not another verb before the infinitive', 'Ann Lee wants to argue that the plan would fail.', []],
		['... so is a place', 'Tom Vale wrote from prison that he was innocent.', [{ text: 'he was innocent', mention: 'Tom Vale' }]],
		['... not a relative clause on the phrase', 'Ann Lee replied in a voice that trembled.', []],
		['"had said that" before a stop reports nothing', 'Ann Lee was glad Tom Vale had said that.', []],
		['"said that if …" still reports', 'Ann Lee said that if the plan failed, she would resign.', [{ text: 'if the plan failed, she would resign', mention: 'Ann Lee' }]],
		// review CC (43rd stop): ", as did X" after a verb's object only says who else did it
		['"praised the speech, as did the governor" reports nothing', 'Two radio hosts praised the speech, as did the former governor.', []],
		['... after a clause it may be the speaker\'s', 'The mayor said the plan would fail, as did the governor.', [{ text: 'the plan would fail, as did the governor', mention: 'The mayor' }]],
		['... not the subject of a passive inside what was said', 'The office said the deaths were caused by gunshot wounds and called for calm in the city.', [{ text: 'the deaths were caused by gunshot wounds and called for calm in the city', mention: 'The office' }]],
		// blind check of 1 December 2026: asking to stay anonymous reports no words
		['"who asked not to be named" reports nothing', 'A spokesman for the mayor, who asked not to be named, said the bridge was safe.', [{ text: 'the bridge was safe', mention: 'A spokesman for the mayor' }]],
		// review 20: a relative clause on the listener is not what was said
		['"told teachers who covered the lawn that …"', 'Ann Lee told a few thousand teachers who covered the lawn that the bridge was safe.', [{ text: 'the bridge was safe', mention: 'Ann Lee' }]],
		['"that" after the cue is not part of the clause', 'Ann Lee told reporters that the bridge was safe.', [{ text: 'the bridge was safe', mention: 'Ann Lee' }]],
		// review 17: what a naming verb gives ends before a clause joined on with ", and"
		['a naming verb\'s words end at ", and" and a clause', 'Ann Lee described him as sweating, and at that time he had a condition that stopped him sweating.', [{ text: 'him as sweating', mention: 'Ann Lee' }]],
		// fourteenth newcomer: a dash and "but" before the writer's own clause end what was said
		['"… — but it\'s impossible to know …"', 'Both men claimed that they were being treated well — but it is impossible to know whether they were forced to speak.', [{ text: 'they were being treated well', mention: 'men' }]],
		['... not "— but that …", still what was said', 'Ann Lee said the plan was good — but that it needed more work.', [{ text: 'the plan was good — but that it needed more work', mention: 'Ann Lee' }]],
		// fifteenth newcomer: after a passive clause that ends on its agent, the agent does the participle
		['"was denied by X, hinting that …"', 'Tom Vale met the banker in 2011. A photo of the meeting was denied by Vale, hinting that it was a fake.', [{ text: 'it was a fake', mention: 'Vale' }]],
		['... not an agent that names no one', 'The bill was approved by a wide margin, saying little about costs.', []],
		// fifteenth newcomer: a word given in quotation marks ends at its closing mark before a clause
		['a naming verb\'s quoted word ends before "as" and a clause', 'Aviation analysts called it the "end of an era," as the jumbo was sidelined by newer jets.', [{ text: 'it the "end of an era', mention: 'Aviation analysts' }]],
		['... not before a second word given', 'The sources described Kazi as a "nomad" and a "vagabond," who lived in many places.', [{ text: 'Kazi as a "nomad" and a "vagabond," who lived in many places', mention: 'The sources' }]],
		// review 17: a relative clause on the place is not what was said
		['a relative clause after the cue is jumped', 'Ann Lee told reporters in Boston, where she lives, that the bridge was safe.', [{ text: 'the bridge was safe', mention: 'Ann Lee' }]],
		['... and with nothing after it, nothing was reported', 'Ann Lee testified before the committee in Washington, where lawmakers expressed outrage over the breakdown.', []],
		['a group of people the word lists may lack still speaks', 'The decree will have little effect on the court, international jurists said.', [{ text: 'The decree will have little effect on the court', mention: 'international jurists' }]],
		['a belief verb is not speech', 'Ann Lee thinks the bridge is safe.', []],
		// review 15: an aside with a place in it between the speaker and the cue ("X, a lawyer in Moscow,
		// said the plan was …") is no inverted "…, said the plan": a clause follows the cue
		['an aside with a place, then the cue and a clause', 'Ann Lee, a lawyer in Tallinn, said the plan was symbolic.', [{ text: 'the plan was symbolic', mention: 'Ann Lee' }]],
		['... a role without an article, then where it is held', 'Oleg Varin, legal director at the Harbour Rights Center in Tallinn, said the ruling was symbolic.', [{ text: 'the ruling was symbolic', mention: 'Oleg Varin' }]],
		['... while "…, said the mayor." stays inverted', 'The plan will fail in Tallinn, said the mayor.', [{ text: 'The plan will fail in Tallinn', mention: 'the mayor' }]],
		// review 15: "claims" read as a plural noun is the verb when a clause follows it at once
		['"The Kremlin claims …" with no "that"', 'The Kremlin claims Crimea voluntarily joined Russia in 2014.', [{ text: 'Crimea voluntarily joined Russia in 2014', mention: 'The Kremlin' }]],
		['... but "Kremlin claims of fraud" is a noun', 'Kremlin claims of fraud were rejected by the court.', []],
		['... and so is "The union claims were dismissed"', 'The union claims were dismissed by the court.', []],
		// review 15: a noun in apposition to the whole statement is the writer's comment on it
		['", a move that …" after the clause is the writer\'s', 'Ann Lee said the vote was legal, a move that angered the opposition.', [{ text: 'the vote was legal', mention: 'Ann Lee' }]],
		['... ", a plan that …" too', 'Ann Lee said the city will build a bridge, a costly plan which critics oppose.', [{ text: 'the city will build a bridge', mention: 'Ann Lee' }]],
		// a phrase with no verb of its own before the speaker sets the scene: it reports nothing
		['a fronted phrase is not what was said', 'In a three-hour recorded interview with the police, Tom Dale confessed to the theft.', []],
		['... but a fronted clause is', 'The theft was planned for weeks, Tom Dale confessed.', [{ text: 'The theft was planned for weeks', mention: 'Tom Dale' }]],
		// verbs of reading and writing take a text as their object: what it says follows "that" or a colon
		['"read the minutes aloud" reports nothing', 'Clerk Anna Vale read the minutes aloud before the vote began.', []],
		['"wrote a letter to …" reports nothing', 'Anna Vale wrote a long letter to the mayor before the vote began.', []],
		['"concluded its hearing" is finishing, not saying', 'The House committee concluded its third public hearing on the budget on Tuesday.', []],
		['... "concluded" before a clause still reports', 'The panel concluded the new tax was legal under the treaty.', [{ text: 'the new tax was legal under the treaty', mention: 'The panel' }]],
		['... but "wrote that …" does', 'Anna Vale wrote that the vote had been rushed.', [{ text: 'the vote had been rushed', mention: 'Anna Vale' }]],
		['... and so does a clause before "she wrote"', 'The vote had been rushed, Anna Vale wrote in a letter to the mayor.', [{ text: 'The vote had been rushed', mention: 'Anna Vale' }]],
		// a clause opened by "while", "before", "despite" … before its subject ends at its comma: the main clause is the outlet's
		['"While X said …, Y did …"', 'While spokesman Tom Reed said the trip was simply routine, the mayor did not have the audit done in phases.', [{ text: 'the trip was simply routine', mention: 'spokesman Tom Reed' }]],
		['"Before X concluded …, Y was …"', 'Before the medical examiner concluded that the death was a suicide, it was shadowed by rumours.', [{ text: 'the death was a suicide', mention: 'the medical examiner' }]],
		// summoning, cancelling and telephoning are not saying
		['"called in a team" reports nothing', 'The agency called in a team of doctors to study the crew.', []],
		['"called off the strike" reports nothing', 'The union called off the strike after the talks on Friday.', []],
		// a document with its publisher or issuer named after it speaks for them
		['"according to a report in X"', 'According to a report in the Argus Courier, the governor launched the campaign on Monday.', [{ text: 'the governor launched the campaign on Monday', mention: 'Argus Courier' }]],
		['"a letter from X warns"', 'A letter from the Veterans League warns that the logo may not be used.', [{ text: 'the logo may not be used', mention: 'Veterans League' }]],
		['... but not someone of the one named: whoever the memo is from', 'A memo from Mr. Roe’s campaign manager argued that the race was over.', [{ text: 'the race was over', mention: 'Mr. Roe’s campaign manager' }]],
		// adding a figure, and telephoning someone, report no words; "called him a liar" does
		['"added 20.72 points" reports nothing', 'The Nasdaq Composite added 20.72 points to 8,570.66 on Friday.', []],
		['"called him later" reports nothing', 'Her husband called him later, but the manager believed the waitress.', []],
		// review 34: a call to someone named, then when or what for, is a telephone call
		['"called both candidates Tuesday night" reports nothing', 'Obama called both candidates Tuesday night and was scheduled to meet them on Thursday.', []],
		['"called Sanders after the primaries to congratulate him" reports nothing', 'She called Tom Vale after the primaries to congratulate him.', []],
		['... but a call made to say something reports it', 'Trump called Tom Vale on Tuesday to say that the plan was dead.', [{ text: 'Tom Vale on Tuesday to say that the plan was dead', mention: 'Trump' }]],
		['... and so does "called him a liar"', 'Trump called Tom Vale a liar on Tuesday.', [{ text: 'Tom Vale a liar on Tuesday', mention: 'Trump' }]],
		// review 34: a clause of time has its own subject; arguing over a subject reports no words; an
		// adjective that takes "of" heads no speaker's phrase
		['"… passed before a federal judge ordered …" is the judge\'s', 'Thirteen months passed before a federal judge ordered the office to release the video.', [{ text: 'the office to release the video', mention: 'a federal judge' }]],
		// review 34: a relative clause after the subject's first aside is the subject's ("home state" had spoken)
		['a participle after "X, R-Ill., who …, rescinded"', 'Sen. Tom Vale, R-Ill., who faces a tough race in his home state, rescinded his endorsement of Roe, saying he lacks the temperament.', [{ text: 'he lacks the temperament', mention: 'Sen. Tom Vale' }]],
		// review 34: how the room took it reports no words
		['"said to rousing applause" reports nothing', 'Ann Roe spoke for an hour, and then she said to rousing applause.', []],
		['... but "said to laughter that …" does', 'Ann Roe said to laughter that the plan was dead.', [{ text: 'the plan was dead', mention: 'Ann Roe' }]],
		['"argued again over health care" reports nothing', 'They argued again over health care and about how to combat climate change.', []],
		['"reminiscent of the campaign\'s claim": the campaign claims', 'The tactic was reminiscent of the campaign\'s claim that Tom Vale wanted to end the law.', [{ text: 'Tom Vale wanted to end the law', mention: 'the campaign' }]],
		// telling the truth, a lie or the difference reports no words
		['"as it tells the truth" reports nothing', 'An office that lies as easily as it tells the truth creates problems for everyone.', []],
		['"can\'t tell the difference" reports nothing', 'Most shoppers cannot tell the difference between the two brands.', []],
		// a naming verb's participle after a noun for a thing names it
		['"a molecule called X triggers …" reports nothing', 'Scientists found that a small molecule called succinate triggers the response in mice.', []],
		['"a spa called X, according to …": the source is the lawsuit, not the spa', 'The money went to a spa called Bulgari Tower, according to the lawsuit.', [{ text: 'The money went to a spa called Bulgari Tower', mention: 'the lawsuit' }]],
		// review W (40th stop): "a man called John Reed, who …" names him; "a spokesman called Smith a liar" reports
		['"a group called X, which expects …" reports nothing', 'A group called Citizens for Peace, which expects 5,000 to attend, will march on Friday.', []],
		['... nor "a man called X, who lives …, said": only what he said', 'A man called John Reed, who lives near the plant, said it was loud.', [{ text: 'it was loud', mention: 'John Reed' }]],
		['... but "a spokesman called Smith a liar" does', 'A spokesman called Smith a liar.', [{ text: 'Smith a liar', mention: 'A spokesman' }]],
		['... but "X called the plan a disaster" does', 'The senator called the plan a disaster for the farmers of the valley.', [{ text: 'the plan a disaster for the farmers of the valley', mention: 'The senator' }]],
		// the phrase after a participle ("published in the journal X") is not the subject
		['"the authors of a study published in X argued"', 'The authors of the study published in the journal Cell Reports argued that the rules had failed.', [{ text: 'the rules had failed', mention: 'The authors of the study' }]],
		['a manner and a place report no words', 'Mayor Ann Holt responded quickly to the flood on Sunday.', []],
		['the subject of a passive is not the speaker', 'Ann Lee was told the bridge was safe.', []],
		['a noun that looks like a verb is no cue', 'At the fish counter, a sign said the prices would rise.', [{ text: 'the prices would rise', mention: 'a sign' }]],
		// review class 1: narration read as speech
		['"lashed out at Y over …" reports no words', 'The opposition leader lashed out at Prime Minister Ross Vale over the delayed budget and the missing school funds.', []],
		['"hit out at Y over …" reports no words', 'Tomas Reyes hit out at the council over the closure of the library and the pool.', []],
		['"lashed out … on Tuesday" reports no words', 'Mayor Dana Holt lashed out at the utility over the price rises on Tuesday.', []],
		['a noun phrase "the council demand for …" is no cue', 'Residents rejected the council demand for higher parking fees in the town centre.', []],
		['"demand" as a noun in a subject is no cue', 'The council demand for higher fees angered the shop owners in the old town.', []],
		['"the mayor\'s demand that …" is no cue', "The mayor's demand that the plant close was ignored by the board.", []],
		// (the noun phrase a cue takes, "slammed the bill", is its object, not words: review 10)
		// review 20: a participle on a noun that cannot speak reports nobody ("death" was a speaker)
		['a participle on a noun that cannot speak reports nobody', 'His death was shadowed by conspiracy theories suggesting he had been murdered.', []],
		['... a statement or a post speaks for its issuer', 'The mayor posted a video on Twitter saying the bridge was safe.', [{ text: 'the bridge was safe', mention: 'The mayor' }]],
		['... a time is how long, not who', 'Ann Lee spent 45 seconds explaining that the bridge was safe.', [{ text: 'the bridge was safe', mention: 'Ann Lee' }]],
		['a reported clause ends where a participle of saying glosses it', 'The senator slammed the bill on Tuesday, saying it would hurt farmers.', [{ text: 'it would hurt farmers', mention: 'The senator' }]],
		['a cue denied reports nothing', "The agency didn't estimate how many people were on the grounds.", []],
		['... nor does one never used', 'Tom Vale never said the plan would fail.', []],
		['a cue\'s noun-phrase object reports no words', 'President Ashraf Ghani announced the potential exchange last week.', []],
		// fourth newcomer pass: nor does it with a subordinate clause of the writer's after it
		['... with a subordinate clause of the writer\'s after it', 'The government on Tuesday declared a new outbreak of Ebola in the northwest, after two cases of the virus were confirmed in Bikoro.', []],
		['... but a reported clause with an aside in it reports', 'Iranian officials said the increase, while provocative, does not violate the deal.', [{ text: 'the increase, while provocative, does not violate the deal', mention: 'Iranian officials' }]],
		['... and one whose own clause has "because" reports', 'Ann Lee said the plan would fail because the money ran out.', [{ text: 'the plan would fail because the money ran out', mention: 'Ann Lee' }]],
		['... but what a naming verb calls something is the speaker\'s word for it', 'The mayor called the plan a costly disaster for the town.', [{ text: 'the plan a costly disaster for the town', mention: 'The mayor' }]],
		['a speech noun with its owner and a "that" clause', "The mayor rejected the union's repeated claim that the depot was unsafe.", [{ text: 'the depot was unsafe', mention: 'the union' }]],
		// review Y (41st stop): a light verb's subject owns the speech noun; a relative "that" on it reports nothing
		['"Reid made the suggestion that …"', 'Senator Ann Reid made the suggestion that the mayor should receive only false briefings.', [{ text: 'the mayor should receive only false briefings', mention: 'Senator Ann Reid' }]],
		['"the ministry issued a warning that …"', 'The ministry issued a warning that prices would rise.', [{ text: 'prices would rise', mention: 'The ministry' }]],
		['... not "issued a statement that sought to …"', 'Hours later, the ministry issued a statement that sought to address the main issues.', []],
		['"the plan that …" is a relative clause, not speech', 'The plan that the council approved was costly for the town.', []],
		// review 37: with a time between the noun and "that"
		['... "statement earlier this year that …"', "The mayor rejected the union's statement earlier this year that the depot was unsafe.", [{ text: 'the depot was unsafe', mention: 'the union' }]],
		// ... and with the noun phrase as the sentence's subject, what was said ends before the main verb
		['"The ministry\'s warning that prices would rise went unheeded"', "The ministry's warning last week that prices would rise went unheeded.", [{ text: 'prices would rise', mention: 'The ministry' }]],
		['"Vale\'s claim that the depot was unsafe sparked outrage"', "Tom Vale's claim that the depot was unsafe sparked outrage among workers.", [{ text: 'the depot was unsafe', mention: 'Tom Vale' }]],
		['a speech noun with no owner reports nobody', 'There was a claim that the depot was unsafe.', []],
		// review II (46th stop): a possessive pronoun owns a speech noun when it means someone named; the noun's
		// clause ends where a clause of the writer's begins; a clause of the writer's in brackets is no part of it
		// review PP of the 49th stop: "Gennifer Flowers' bombshell allegations that he coerced her …"
		['... plural, "Lee\'s allegations that …"', "Ann Lee's allegations that the mayor coerced her were denied.", [{ text: 'the mayor coerced her', mention: 'Ann Lee' }]],
		['... with a noun before it, "Lee\'s bombshell allegations that …"', "Ann Lee's bombshell allegations that the mayor coerced her were denied.", [{ text: 'the mayor coerced her', mention: 'Ann Lee' }]],
		['... but no owner, no one\'s report', 'The allegations that the mayor coerced her were denied.', []],
		// review SS (54th stop): "X's point was that …", a phrase of when or where before the "that"
		['"Vale\'s point was that …"', "Tom Vale's point was that the mayor would need more votes.", [{ text: 'the mayor would need more votes', mention: 'Tom Vale' }]],
		['"Vale\'s argument on Sunday was that …"', "Tom Vale's argument on Sunday was that delegates should switch sides.", [{ text: 'delegates should switch sides', mention: 'Tom Vale' }]],
		['"Vale\'s suggestion at the start of the season that …"', "Ann Lee is upset by Tom Vale's suggestion at the start of the season that delegates would play no role.", [{ text: 'delegates would play no role', mention: 'Tom Vale' }]],
		['... but "the point" with no "was" reports nothing', "Tom Vale's point that the mayor made was lost.", []],
		['"stood by his comment Monday that …"', 'Tom Vale spoke in Ohio. Vale stood by his comment Monday that the depot was unsafe.', [{ text: 'the depot was unsafe', mention: 'his' }]],
		['... not a pronoun that means no one named', 'Some users pointed to articles to support their claim that the depot was unsafe.', []],
		['... ends at ", and" and a noun phrase of the writer\'s', "The mayor rejected the union's claim that the depot was unsafe, and its refusal to pay for repairs.", [{ text: 'the depot was unsafe', mention: 'the union' }]],
		['... at a dash and a clause', "The mayor rejected the union's claim that the depot was unsafe — the council then began an inquiry.", [{ text: 'the depot was unsafe', mention: 'the union' }]],
		['... before a correction in brackets (whose "according to" vouches for the brackets alone)', "The mayor rejected the union's claim that 81 percent of the depots were unsafe (the actual number is closer to 15 percent, according to the council).", [{ text: '81 percent of the depots were unsafe', mention: 'the union' }, { text: 'the actual number is closer to 15 percent', mention: 'the council' }]],
		// review 31: an object with a relative clause on it is no clause reported ("Home Depot reported earnings that beat forecasts")
		['an object and a relative clause whose pronoun is its subject', 'Acme reported earnings that beat forecasts.', []],
		['... with an auxiliary in the relative clause', 'The minister announced measures that will cut taxes.', []],
		['... a hyphenated modifier, and a subordinate clause after it', 'Acme reported third-quarter earnings that topped estimates as revenue fell short, sending shares lower.', []],
		['... not when a main verb follows the relative clause', 'Ann Lee said the plan that failed was hers.', [{ text: 'the plan that failed was hers', mention: 'Ann Lee' }]],
		['... nor "that" with a subject after it', 'Ann Lee told reporters that the plan had failed.', [{ text: 'the plan had failed', mention: 'Ann Lee' }]],
		// review 31: a subordinator and an aside before the subject: the clause is the sentence's, not what was said
		['"…, when, in fact, he responded"', 'The video was edited to show Tom Vale failing to answer a question, when, in fact, he responded quickly.', []],
		['... a clause of its own before the comma stays what was said', 'The video was edited, in fact, he said.', [{ text: 'The video was edited, in fact', mention: 'he' }]],
		// review 31: "in light of X's announcement" had made "light of X" a speaker
		['the owner after "in light of"', "The vote came in light of Ann Lee's announcement that the depot would close.", [{ text: 'the depot would close', mention: 'Ann Lee' }]],
		['... after "in the wake of"', "The vote came in the wake of Tom Vale's claim that the depot was unsafe.", [{ text: 'the depot was unsafe', mention: 'Tom Vale' }]],
		['... not after a person of an organisation', "The board met after the chairman of Acme's announcement that the depot would close.", [{ text: 'the depot would close', mention: 'the chairman of Acme' }]],
		// review 12: a dash right after a cue ends its clause; an aside between two dashes is jumped
		['"the quality Acme promised – it\'s revealed …" reports nothing', 'No game offers the visual quality Acme promised – it is revealed in a review that the game runs slowly.', []],
		['"said – without evidence – that …" reports the clause', 'The mayor said – without offering any evidence – that the vote was rigged.', [{ text: 'the vote was rigged', mention: 'The mayor' }]],
		// ... and a cue's object joined to a clause of the writer's by ", and" or ", but" reports nothing
		['"promised more, and … they are not delivering"', "Acme promised more, and for whatever reason, they're not delivering yet.", []],
		['"announced his bid, but now …"', 'Tom Vale announced his presidential bid, but now he plans to caucus for Ann Lee.', []],
		// review 13: "calls" ending a compound noun ("his phone calls") is no cue
		['"his phone calls with …" reports nothing', 'Democrats want to know more about his phone calls with other leaders (the records of several have been placed on a classified server).', []],
		['... but "the company calls the plan …" does', 'The company calls the plan a disaster for the town.', [{ text: 'the plan a disaster for the town', mention: 'The company' }]],
		['a possessive owner of a document speaks', 'According to The Verge’s latest review, the platform does not run in native 4K.', [{ text: 'the platform does not run in native 4K.', mention: 'The Verge' }]],
		['a participle that is not a cue stays in the clause', 'Ann Lee said the staff were well paid, making more than most in the town.', [{ text: 'the staff were well paid, making more than most in the town', mention: 'Ann Lee' }]],
		// newcomer pass 12 (29th stop): a punch and a question's topic reported as words
		['"responded by hitting …" is a deed', 'Tom Vale then tried to remove Jim Roe\'s helmet before Roe responded by hitting Vale in the head with his own helmet.', []],
		['"asked about the decision to suspend …" is what was asked about', 'Jim Roe did not offer a response when asked about the decision to suspend Tom Vale for the season.', []],
		['... but "asked the council to close …" is a request', 'Ann Lee asked the council to close the plant.', [{ text: 'to close the plant', mention: 'Ann Lee' }]],
		// review 32: a list of charges, a hypothetical agreement and a noun phrase made of a gerund were quotes
		['a participle in a list with no main verb reports nothing', 'Tom Vale: dealing in cocaine, possession of heroin, possession of marijuana, maintaining a common nuisance, possession of paraphernalia, held in jail in lieu of bond.', []],
		['... but one that hangs on a clause with a verb reports', 'Two speechwriters implored her to bring it back, arguing that it agitated the mayor.', [{ text: 'it agitated the mayor', mention: 'speechwriters' }]],
		['"could agree to end a trade war" reports nothing', 'Traders watched whether the two countries could agree to end a long trade war.', []],
		['... but "agreed that …" does', 'The two countries agreed that the trade war had gone on too long.', [{ text: 'the trade war had gone on too long', mention: 'The two countries' }]],
		['"confirms recent polling on …": a gerund after an adjective is a noun', 'The result matters because it confirms recent polling on the vote.', []],
		['... but "confirmed that polling showed …" reports', 'Ann Lee confirmed that recent polling showed a lead.', [{ text: 'recent polling showed a lead', mention: 'Ann Lee' }]],
		// (the tagger reads "paved" as an adjective: a past tense before a determiner is the clause's verb)
		['"said the change paved the way …" reports a clause', 'Ann Lee said the change paved the way for annexation.', [{ text: 'the change paved the way for annexation', mention: 'Ann Lee' }]],
		// review 36: a cue in a relative clause on its object, then the main clause's verb, reports nothing
		['"the bridge the mayor promised to build has grown …" reports nothing', 'The bridge the mayor promised to build has only grown older and more costly.', []],
		['... nor with "that"', 'The bridge that the mayor promised to build has only grown older.', []],
		// review Y (41st stop): a plural head the tagger read as a verb ("the political divides")
		['... nor "the political divides he promised to bridge have grown …"', 'The mayor spoke. The political divides he promised to bridge have only grown deeper.', []],
		// (but a cue that takes a clause reports one whose subject is the noun: "the meddling the congressman said is designed …")
		['... but "the meddling the congressman said is designed …" reports', 'The meddling the congressman said is designed to sow discord.', [{ text: 'is designed to sow discord', mention: 'the congressman' }]],
		['... but "promised to build the bridge" reports a commitment', 'The mayor promised to build the bridge.', [{ text: 'to build the bridge', mention: 'The mayor' }]],
		['... and "in the morning the mayor said …" a clause', 'In the morning the mayor said the plan failed.', [{ text: 'the plan failed', mention: 'the mayor' }]],
		['"called to mind" recalls, says nothing', 'The verdict called to mind the promise of the old days.', []],
		// what someone is portrayed, painted, cast or characterised as is what they said of them
		['"portrayed X as …" reports', 'Later, Ann Lee portrayed Tom Vale as a cruel and divisive leader.', [{ text: 'Tom Vale as a cruel and divisive leader', mention: 'Ann Lee' }]],
		['... "characterizes herself as …" too', 'Ann Lee routinely characterizes herself as a change warrior who saved the company.', [{ text: 'herself as a change warrior who saved the company', mention: 'Ann Lee' }]],
		['... but "portrayed Cleopatra in the film" does not', 'Ann Lee portrayed Cleopatra in the 1963 film about the queen.', []],
		['... nor "casting their ballots … so as not to"', 'Many voters will delay casting their ballots for weeks so as not to waste them.', []],
		// reviews OO and PP of the 49th stop: a verb of judging gives its subject's word for its object with
		// "as" after it, and the words are theirs, not the outlet's
		['"attacked X as …" reports', 'The campaign attacked the nominee as unfit, unstable and unacceptable.', [{ text: 'the nominee as unfit, unstable and unacceptable', mention: 'The campaign' }]],
		['... "dismissed X as …", a participle after the word', 'Ann Lee dismissed the plan as a stunt designed to win votes.', [{ text: 'the plan as a stunt designed to win votes', mention: 'Ann Lee' }]],
		['... "hailed X as …"', 'The union hailed the ruling as a stunning victory.', [{ text: 'the ruling as a stunning victory', mention: 'The union' }]],
		['... a name set apart by commas after the one judged', 'Ann Lee has been painting her rival, Tom Vale, as a man too reckless for the job.', [{ text: 'her rival, Tom Vale, as a man too reckless for the job', mention: 'Ann Lee' }]],
		['... the subject of "spent weeks …ing"', 'The campaign has spent weeks attacking the nominee as unfit.', [{ text: 'the nominee as unfit', mention: 'The campaign' }]],
		['... after "by", done by the subject of the verb before', 'Ann Lee won the spin by painting Tom Vale as reckless.', [{ text: 'Tom Vale as reckless', mention: 'Ann Lee' }]],
		['... "by describing X as …" too', 'Ann Lee won the spin by describing Tom Vale as reckless.', [{ text: 'Tom Vale as reckless', mention: 'Ann Lee' }]],
		['... and after "focused on"', 'The team focused on attacking the nominee as unfit.', [{ text: 'the nominee as unfit', mention: 'The team' }]],
		['... but "by touting her record" reports nothing', 'Ann Lee won the spin by touting her record.', []],
		['... but "attacked the convoy as it passed" is a time', 'Militants attacked the convoy as it passed the village.', []],
		['... nor "as the soldiers slept"', 'Rebels attacked the base as the soldiers slept.', []],
		['... nor "praised X for …" without "as"', 'The union praised the ruling on Monday.', []],
		// a participle after a preposition of time or means is said by the clause's subject; "clarified" is a cue
		['"…, before predicting that …"', 'Tom Vale spoke last, before optimistically predicting that a contested convention could help him.', [{ text: 'a contested convention could help him', mention: 'Tom Vale' }]],
		['"… by telling Lane she had been …"', 'Ann Lee ended the call by telling Tom Vale he had been an able opponent.', [{ text: 'he had been an able opponent', mention: 'Ann Lee' }]],
		['"clarified that …"', 'Tom Vale clarified that the plan would be legal.', [{ text: 'the plan would be legal', mention: 'Tom Vale' }]],
		// an aside ", he said," after the clause's verb: the whole sentence is what was said
		['"It was, he said, one of …"', 'Tom Vale spoke on Tuesday. It was, he said, one of the bitterest failures of his time in office.', [{ text: 'It was, he said, one of the bitterest failures of his time in office', mention: 'he' }]],
		['... not after an opening phrase', 'Asked on Monday whether the plan would pass, Tom Vale said, "We will see."', []],
		// ... also after a conjunction opening the sentence, and with a time after the verb (review 37)
		['"And the plan, he said, was …"', 'Tom Vale spoke on Tuesday. And the plan, he said, was a failure from the start.', [{ text: 'And the plan, he said, was a failure from the start', mention: 'he' }]],
		['"But she was not surprised that …, her advisers said Friday, because …"', 'Ann Lee spoke on Tuesday. But she was not surprised that the campaign won, her advisers said Friday, because she understands the anger.', [{ text: 'But she was not surprised that the campaign won, her advisers said Friday, because she understands the anger', mention: 'her advisers' }]],
		// a passive after "being" reports nothing (wink gives "being" a lemma of its own)
		['"he is being denied the chance" is no report of the chance', 'Tom Vale says he is being denied the chance to appear on the show.', [{ text: 'he is being denied the chance to appear on the show', mention: 'Tom Vale' }]],
		// "charged with" is tasked or accused, never a report; "charged that" is
		// review OO (49th stop): a subject opened by "neither" says nothing
		['"Neither X nor Y would respond to …" reports nothing', "Neither Tom Vale nor Ann Lee's campaigns would respond to the new claims or a list of questions submitted for this story.", []],
		['... "Neither campaign said that …" either', 'Neither campaign said that the claims were false.', []],
		['... but "said that neither side was right" does', 'The mayor said that neither side was right.', [{ text: 'neither side was right', mention: 'The mayor' }]],
		['... and "Ann Lee, neither a doctor nor a nurse, said"', 'Ann Lee, neither a doctor nor a nurse, said the clinic was safe.', [{ text: 'the clinic was safe', mention: 'Ann Lee' }]],
		['"charged with facilitating …" reports nothing', 'Other parts of the ministry charged with facilitating the transition have not succeeded.', []],
		['... but "charged that …" does', 'Tom Vale charged that the mayor had lied to voters.', [{ text: 'the mayor had lied to voters', mention: 'Tom Vale' }]],
		// review 37: a cue in the passive right after a noun ("the officer accused of …") opens a reduced
		// relative clause on that noun, not a report
		['"the officer accused of the shooting resigned" reports nothing', 'The officer accused of the shooting resigned on Monday.', []],
		['... nor "criticized for …"', 'The senator criticized for the remarks apologized on Tuesday.', []],
		['... nor "reported by …"', 'The comments reported by the paper drew wide criticism from voters.', []],
		['... but "accused the officer of …" reports', 'Prosecutors accused the officer of lying to investigators.', [{ text: 'the officer of lying to investigators', mention: 'Prosecutors' }]],
		['... and "concluded by thanking …" is active', 'Tom Vale concluded by thanking the staff, who he said had worked for months without a break.', [{ text: 'had worked for months without a break', mention: 'he' }]],
		['... and "said in a statement that …"', 'The company said in a statement that sales fell sharply last year.', [{ text: 'sales fell sharply last year', mention: 'The company' }]],
		// review 37: a clause of time or cause after the cue, with a subject and verb of its own, is when or why
		['"responded after Lee said …" is Lee\'s only', 'Tom Vale responded after Ann Lee said the plan was a failure.', [{ text: 'the plan was a failure', mention: 'Ann Lee' }]],
		['"tweeted after Lee argued that …" is Lee\'s only', 'Tom Vale tweeted after Ann Lee argued that the plan was a failure.', [{ text: 'the plan was a failure', mention: 'Ann Lee' }]],
		['... but "said before the vote was taken that …" reports', 'Tom Vale said before the vote was taken that the plan would fail.', [{ text: 'the plan would fail', mention: 'Tom Vale' }]],
		// ... and the object of a verb of causing reports the infinitive's clause; not of one of asking
		['"prompting Lee to argue that …"', 'The post was shared widely, prompting Ann Lee to argue that the plan had failed.', [{ text: 'the plan had failed', mention: 'Ann Lee' }]],
		['"leading advisers such as Lee to argue that …"', 'The post was shared widely, leading advisers such as Ann Lee to argue that the plan had failed.', [{ text: 'the plan had failed', mention: 'Ann Lee' }]],
		['... but "wants Lee to argue that …" reports nothing', 'The mayor wants Ann Lee to argue that the plan had failed.', []],
		// a participle in a clause of time opening the sentence: the main clause's subject said it
		['"After saying …, Reed left"', 'After saying the plan had failed, Tom Reed left the room.', [{ text: 'the plan had failed', mention: 'Tom Reed' }]],
		['"While insisting …, the company agreed …"', 'While insisting the deal was fair, the company agreed to pay the fine.', [{ text: 'the deal was fair', mention: 'the company' }]],
		// (its "agreed to pay the fine" is a commitment to act, no words: review MM of the 48th stop)
		['... not "Without saying why, …"', 'Without saying why, Tom Reed left the room.', []],
		// "maintain" with an object is keeping it (review 37), even with a relative clause on the object
		['"Can Vale maintain the enthusiasm of followers who were new …?" reports nothing', 'Can Tom Vale maintain the enthusiasm of followers who were new to politics?', []],
		['... but "maintained the plan was sound" reports', 'Tom Vale maintained the plan was sound.', [{ text: 'the plan was sound', mention: 'Tom Vale' }]],
		// a participle right after the phrases a cue's preposition opens hangs on them: no clause reported
		['"warned of delays at the border crossing this week" reports nothing', 'The agency warned of long delays at the border crossing this week.', []],
		['... "called for the deportation of foreigners convicted of …"', 'The initiative called for the deportation of foreign nationals convicted of serious crimes.', []],
		['... but "questioned whether the server broke the law" reports', 'The group has questioned whether the email server broke public laws on records.', [{ text: 'whether the email server broke public laws on records', mention: 'The group' }]],
		// review 38: a clause of time is when it was said, not what: opening the sentence after "not long" ...
		['"Not long after …, Lee asked …" reports nothing', 'Not long after the mayor signed the budget, reporter Ann Lee asked the mayor about the vote.', []],
		// ... or after the cue
		['"said when opening the session" reports nothing', 'Governor Tom Hill said when opening the session.', []],
		['"told the Star on Monday, when the council met" reports nothing', 'Dan Ortiz told the Daily Star on Monday, when the council met to vote.', []],
		['... but "asked when the vote would be" asks it', 'Ann Lee asked when the vote would be held.', [{ text: 'when the vote would be held', mention: 'Ann Lee' }]],
		// ... a pronoun's "'s" is "is", no possessive
		['"he’s predicting that …"', 'Senator Tom Cole spoke in Ohio. And he’s predicting that the race will become fierce.', [{ text: 'the race will become fierce', mention: 'he' }]],
		// ... and a clause never opens with its verb: the cue was inside a subject
		['"whether what he is proposing is realistic" reports nothing', 'Tom Vale goes big, not always worrying about whether what he is proposing is politically realistic.', []],
		// "press" reports a question in marks only
		['"pressed the button" reports nothing', 'She pressed the button and left the room.', []],
		['"pressed the council to act" reports nothing', 'The union pressed the council to raise wages.', []],
		// review S (38th stop): a participle right after the sentence's subject describes it; the verb after its object is the sentence's
		['"Critics condemning the plan said …" is the critics\' "said" only', 'Critics condemning the plan said it would fail.', [{ text: 'it would fail', mention: 'Critics' }]],
		['"Protesters denouncing police brutality marched" reports nothing', 'Protesters denouncing police brutality marched on Monday.', []],
		['"A wave of Republicans criticizing Vale grew louder" reports nothing', 'A wave of Republicans criticizing Tom Vale grew louder this week.', []],
		['... but "…, saying the plan would fail" reports', 'The mayor spoke on Monday, saying the plan would fail.', [{ text: 'the plan would fail', mention: 'The mayor' }]],
		['... and "issued a statement saying …"', 'Ann Lee issued a statement saying the plan would fail.', [{ text: 'the plan would fail', mention: 'Ann Lee' }]],
		// review NN (48th stop): a day after a document and its clause is when, not who; the document's words
		// are its sender's
		['"a letter the campaign sent the council on Monday alleging …"', 'The mayor read out a letter the Vale campaign sent the council on Monday alleging that the vote had been rigged.', [{ text: 'the vote had been rigged', mention: 'the Vale campaign' }]],
		['... "a report the agency released in May saying …"', 'Critics pointed to a report the agency released in May saying the plant was unsafe.', [{ text: 'the plant was unsafe', mention: 'the agency' }]],
		// review MM (48th stop): "and" and a second participle is a second thing done, not more of what was said
		['"calling the plan a disaster and urging voters to …"', 'Tom Vale spoke on Monday, calling the plan a disaster and urging voters to reject it.', [{ text: 'the plan a disaster', mention: 'Tom Vale' }]],
		['... "Ann Lee saying the talks were fine and Tom Vale calling them a waste"', 'The meeting ended with Ann Lee saying the talks were fine and Tom Vale calling them a waste of time.', [{ text: 'the talks were fine', mention: 'Ann Lee' }, { text: 'them a waste of time', mention: 'Tom Vale' }]],
		['... nor one that describes a list\'s last noun', 'Tom Vale spoke on Monday, citing low growth, unemployment and growing economic inequality.', [{ text: 'low growth, unemployment and growing economic inequality', mention: 'Tom Vale' }]],
		['... not a participle that goes on the reported clause', 'Tom Vale spoke on Monday, saying they are building walls and turning away refugees.', [{ text: 'they are building walls and turning away refugees', mention: 'Tom Vale' }]],
		['... while a name after "on" still says it', 'The clip aired on Fox News. The host seized on Tom Vale saying the plan would fail.', [{ text: 'the plan would fail', mention: 'Tom Vale' }]],
		// review T (39th stop): an organisation's name with "and" or commas in it speaks whole, not by its last word
		['"the Organization for Economic Cooperation and Development noted that …"', 'The Organization for Economic Cooperation and Development noted that wages fell sharply last year.', [{ text: 'wages fell sharply last year', mention: 'The Organization for Economic Cooperation and Development' }]],
		// review T (39th stop): a dateline in capitals before a dash is no part of what was said
		['"LONDON - The minister will resign …, officials said"', 'LONDON - The minister will resign next week, officials said Monday.', [{ text: 'The minister will resign next week', mention: 'officials' }]],
		['"LOUISVILLE, Ky. - …"', 'LOUISVILLE, Ky. - The minister will resign next week, officials said Monday.', [{ text: 'The minister will resign next week', mention: 'officials' }]],
		['... but "NATO - the alliance - …" is no dateline', 'NATO - the alliance - will expand next week, officials said Monday.', [{ text: 'NATO - the alliance - will expand next week', mention: 'officials' }]],
		// review T (39th stop): a participle after "by" on a passive is done by someone unnamed, not the subject
		['"hostility is justified by arguing that …" is no one\'s', 'Their hostility is often justified by arguing that the faith is incompatible with liberal values.', []],
		['... but "ended the call by telling reporters that …" is the mayor\'s', 'The mayor ended the call by telling reporters that the plan was dead.', [{ text: 'the plan was dead', mention: 'The mayor' }]],
		// review T (39th stop): "Professors" before two surnames is a title both hold, and both speak
		['"Professors Foner and Alba suggest …"', 'Nancy Foner of Hunter College and Richard Alba wrote a book. Professors Foner and Alba suggest this has less to do with faith than with poverty.', [{ text: 'this has less to do with faith than with poverty', mention: 'Professors Foner and Alba' }]],
		// review T (39th stop): idioms of "call", and anyone's hypothetical in the writer's voice
		['"has called attention to corruption" reports nothing', 'The scandal has called attention to corruption in the city.', []],
		['"called into question the figures" reports nothing', 'The report called into question the official figures for May.', []],
		['"By some standards one could say …" reports nothing', 'By some standards one could say the city is doing well.', []],
		['"You might argue that …" reports nothing', 'You might argue that the city is doing well.', []],
		['... but "The mayor could say …" does', 'The mayor could say the city is doing well.', [{ text: 'the city is doing well', mention: 'The mayor' }]],
		// review T (39th stop): a noun and its infinitive after a cue is the cue's object, not a clause
		['"condemned Vale\'s proposal to ban imports" reports nothing', 'Farm groups widely condemned Tom Vale’s proposal to ban imports from entering the country.', []],
		['"agreed a deal to replace …" reports nothing', 'Tom Vale has agreed a deal to replace Ann Lee as manager.', []],
		['... but "ordered diplomats to …" reports the order', 'Tom Vale had ordered diplomats to attempt to repair relations.', [{ text: 'diplomats to attempt to repair relations', mention: 'Tom Vale' }]],
		['... and "said the decision to delay the vote was wrong"', 'The senator said the decision to delay the vote was wrong.', [{ text: 'the decision to delay the vote was wrong', mention: 'The senator' }]],
		// review T (39th stop): a writer's clause of contrast after a comma ends what was reported
		// review II (46th stop): the writer's words after a report — a comment after a dash, an inference after
		// a fronted clause, a word in brackets, a second verb after ", but"
		['a comment after a dash that no dash closes', 'Tom Vale said on Monday that he does not want to cut the budget — a controversial proposal he has raised at various points.', [{ text: 'he does not want to cut the budget', mention: 'Tom Vale' }]],
		['... but an aside between two dashes is kept', 'Tom Vale said on Monday that the plan — a costly one — would fail.', [{ text: 'the plan — a costly one — would fail', mention: 'Tom Vale' }]],
		['a cue in a fronted clause ends at its comma', 'After all, while Tom Vale insisted that he never said he would cut the budget, that was the obvious implication.', [{ text: 'he never said he would cut the budget', mention: 'Tom Vale' }]],
		['... and after "As X points out" and no clause of its own, the main clause is what was said', 'As Harbour Labs points out in its teardown, the new keyboard is not that new.', [{ text: 'the new keyboard is not that new', mention: 'Harbour Labs' }]],
		['... not a main clause that "As X observed," introduces', 'Of course, as Tom Vale observed, the biggest victor was not on the stage, it was the stage itself.', [{ text: 'the biggest victor was not on the stage, it was the stage itself', mention: 'Tom Vale' }]],
		['a word of the writer\'s in brackets', 'Tom Vale clarified that the tax would be on firm legal grounding (naturally).', [{ text: 'the tax would be on firm legal grounding', mention: 'Tom Vale' }]],
		['", but" and a second verb with no subject', 'Ann Lee said she wanted major change in the city, but found Tom Vale too objectionable to support.', [{ text: 'she wanted major change in the city', mention: 'Ann Lee' }]],
		['"…, while 10 percent found it confusing"', 'Forty percent said they liked the plan, while 10 percent found it confusing.', [{ text: 'they liked the plan', mention: 'Forty percent' }]],
		['"…, however that number has since fallen"', 'In May, 30 percent said they would vote for the mayor, however that number has since fallen sharply.', [{ text: 'they would vote for the mayor', mention: '30 percent' }]],
		['... but not "while" with no subject of its own', 'The mayor said the plan would work, while noting the costs.', [{ text: 'the plan would work, while noting the costs', mention: 'The mayor' }]],
		// review T (39th stop): a lower-case "post" from someone is their document, whatever "Post" names elsewhere
		['"according to a post from Ann Lee"', 'The coverage will be biased, according to a post from Ann Lee.', [{ text: 'The coverage will be biased', mention: 'Ann Lee' }]],
		['"the Bureau of Alcohol, Tobacco, Firearms and Explosives said …"', 'The Bureau of Alcohol, Tobacco, Firearms and Explosives said the rule was final.', [{ text: 'the rule was final', mention: 'The Bureau of Alcohol, Tobacco, Firearms and Explosives' }]],
		// review U (39th stop): a speech verb joined on by "and", with its own report, ends the one before
		['"… and added that …"', 'Ann Lee said the plan was good and added that it was cheap.', [{ text: 'the plan was good', mention: 'Ann Lee' }, { text: 'it was cheap', mention: 'Ann Lee' }]],
		['"called it … and said …"', 'Ann Lee called it a secret weapon and said it was more useful than the polls.', [{ text: 'it a secret weapon', mention: 'Ann Lee' }, { text: 'it was more useful than the polls', mention: 'Ann Lee' }]],
		['... not a verb of the reported clause', 'Ann Lee said Tom Vale lied and claimed credit for the plan.', [{ text: 'Tom Vale lied and claimed credit for the plan', mention: 'Ann Lee' }]],
		// review U: a naming verb in a relative clause with no "that" names its head noun
		['"the state he calls a second home" reports nothing', 'Polls in the state he calls a second home show him with a big lead.', []],
		// review U: a poll's figure in apposition is not what was said
		['"A third of independents, 33%, say …"', 'A third of independents, 33%, say they feel that way.', [{ text: 'they feel that way', mention: 'A third of independents' }]],
		// review V (39th stop): the writer's comment after quoted words that close the report
		['", a sharp rebuke that …" after the closing mark', 'Ann Price called the budget “reckless,” a sharp rebuke that set off alarm among other Democrats.', [{ text: 'the budget “reckless', mention: 'Ann Price' }]],
		// review V: a cue in a "whose" relative clause ends at its comma; "by" and a participle of saying is the means
		['", whose new book boasts of …," reports nothing', 'Ann Lee, whose new book boasts of his commitment to civil rights, spoke.', []],
		['"responded by suggesting that …" is the participle\'s report only', 'Ann Lee responded by suggesting that critics are biased.', [{ text: 'critics are biased', mention: 'Ann Lee' }]],
		// review W (40th stop): ", and" and a verb with a tense and no subject goes on with the sentence's subject
		['", and has championed …" is the writer\'s', 'Mayor Ann Cole insists the city must balance its budget, and has championed a plan that has drawn criticism.', [{ text: 'the city must balance its budget', mention: 'Mayor Ann Cole' }]],
		['... not ", and" with a subject of its own', 'Ann Cole said the city was broke, and the council was silent.', [{ text: 'the city was broke, and the council was silent', mention: 'Ann Cole' }]],
		// review W (40th stop): a participle's phrase opening the sentence sets the scene, and is no report
		['"Speaking to reporters on Monday, the coach said nothing."', 'Speaking to reporters on Monday, the coach said nothing.', []],
		['... but a clause with a verb of its own is', 'Rising prices hurt families, the mayor said.', [{ text: 'Rising prices hurt families', mention: 'the mayor' }]],
		// … and a past participle's before a preposition or a question ("Asked on Fox News who leads the party …, he said Ryan")
		['"Asked on CNN who should lead …, the coach said Miller."', 'Asked on CNN who should lead the team in his view, the coach said Miller.', []],
		['"Elected in 2010, the mayor said nothing."', 'Elected in 2010, the mayor said nothing.', []],
		['... but a passive clause is a report', 'The deal was approved in March, the mayor said.', [{ text: 'The deal was approved in March', mention: 'the mayor' }]],
		['... and so is a participle modifying the subject', 'Elected officials will decide, the mayor said.', [{ text: 'Elected officials will decide', mention: 'the mayor' }]],
		['", referring to …" after the closing mark', 'Ann Price said the agency had “full transparency,” referring to its contracts on Monday.', [{ text: 'the agency had “full transparency', mention: 'Ann Price' }]],
		// review AA (42nd stop): an age and an appositive between the name and the cue; the clause after the
		// cue is what was said, the name its speaker (the phrase after "said" had been taken for an inverted speaker)
		['"X, 31, a Boston photographer, said the rally …"', 'Ramil Carr, 31, a Boston photographer, said the rally was a success.', [{ text: 'the rally was a success', mention: 'Ramil Carr' }]],
		['... an appositive the phrase parser cannot read', 'Jill Chase, 27, a Tinder user in New York, said the election would come up.', [{ text: 'the election would come up', mention: 'Jill Chase' }]],
		['... but "The plan will fail, said the mayor." is inverted', 'The plan will fail, said the mayor.', [{ text: 'The plan will fail', mention: 'the mayor' }]],
		// ... a party label wink ended a sentence after ("(R-Ga.), one of …")
		['"Sen. X (R-Ga.), one of the few co-authors …, said he …"', 'Sen. Tom Vale (R-Ga.), one of the few co-authors still on Capitol Hill, said he remembers the night.', [{ text: 'he remembers the night', mention: 'Sen. Tom Vale' }]],
		// ... a relative clause on the object of a verb inside an earlier aside
		['"X, the Ohio Republican who heads the Finance Committee, which oversees …, said"', 'Senator Tom Vale, the Ohio Republican who heads the Senate Finance Committee, which oversees the budget, said the plan was unwise.', [{ text: 'the plan was unwise', mention: 'Senator Tom Vale' }]],
		// review AA (42nd stop): a turn to another's view, or to a clause about someone named, is the writer's
		['", but for critics, …" ends the report', 'Ann Vale says the plan is affordable, but for critics, it is a waste of money.', [{ text: 'the plan is affordable', mention: 'Ann Vale' }]],
		['", and Ms. Brown is among …" ends it', 'Mayor Jones has said she intends to hire more teachers, and Ms. Brown is among the few who could lead the effort.', [{ text: 'she intends to hire more teachers', mention: 'Mayor Jones' }]],
		['... not "…, and Mexico would pay for it" (what was said will happen)', 'Tom Vale said the wall would be built, and Mexico would pay for it.', [{ text: 'the wall would be built, and Mexico would pay for it', mention: 'Tom Vale' }]],
		['... nor a list of names ending "and Senator Ted Cruz"', 'Ann Vale said her choices were Rick Santorum, Senator Marco Rubio, and Senator Ted Cruz.', [{ text: 'her choices were Rick Santorum, Senator Marco Rubio, and Senator Ted Cruz', mention: 'Ann Vale' }]],
		// review AA (42nd stop): what someone is judged for saying is theirs, up to the judge's next verb
		['"slammed X as elitist for suggesting that …" is X\'s', 'Mary Smith slammed John Jones as elitist for suggesting that teachers work too little, and bragged about her own record.', [{ text: 'John Jones as elitist for suggesting that teachers work too little', mention: 'Mary Smith' }, { text: 'teachers work too little', mention: 'John Jones' }]],
		['... and "thanked the mayor for saying …"', 'Ann Vale thanked the mayor for saying the school would stay open.', [{ text: 'the school would stay open', mention: 'the mayor' }]],
		// review AA (42nd stop): how much was said is no report of what; a long appositive with "and" in it
		['"she said almost nothing about monetary policy until …"', 'But Ann Vale said almost nothing about monetary policy until October, as the bank prepared to raise rates.', []],
		['... but "said much of his discussion … was about Israel" is', 'Tom Vale said much of his discussion with the mayor was about taxes.', [{ text: 'much of his discussion with the mayor was about taxes', mention: 'Tom Vale' }]],
		['"In her address …, Stein, a physician from Massachusetts and longtime Green Party activist, accused …"', 'In her address at the rally, Stein, a physician from Massachusetts and longtime Green Party activist, accused the committee of sabotaging the campaign.', [{ text: 'the committee of sabotaging the campaign', mention: 'Stein' }]],
		// review CC (42nd stop): a relative clause after a name that ends the report is the writer's gloss
		['"…, who has been hammered for weeks" ends no report', 'Officials say they are not blaming Governor Ann Lee, who has been hammered for weeks over the bridge.', [{ text: 'they are not blaming Governor Ann Lee', mention: 'Officials' }]],
		['... not one in the middle', 'Tom Vale said the mayor, who was elected in May, would resign.', [{ text: 'the mayor, who was elected in May, would resign', mention: 'Tom Vale' }]],
		['... nor one that holds the speaker\'s view', 'Tom Vale said he backs Ann Lee, who he believes will win.', [{ text: 'he backs Ann Lee, who he believes will win', mention: 'Tom Vale' }]],
		// review DD (42nd stop): a demonstrative "that" before a noun opens an object, not what was said
		['"questioned that determination, waging …"', 'Lawmakers have questioned that determination, waging an aggressive campaign against the rule.', []],
		['"reiterated that approach in his interview"', 'Tom Vale reiterated that approach in his interview last week.', []],
		['... but "said that voters, who were angry, would …" reports', 'Tom Vale said that voters, who were angry, would turn out.', [{ text: 'voters, who were angry, would turn out', mention: 'Tom Vale' }]],
		['... and so does a noun before an article the tagger misread', 'The White House is saying that revelations about the tax history show the need for reform.', [{ text: 'revelations about the tax history show the need for reform', mention: 'The White House' }]],
		// review CC (42nd stop): a newsletter's heading in capitals reports nothing, and names no speaker
		['"FARMERS ASK IF DROUGHT IS HERE TO STAY Farmers in Ohio said …"', 'FARMERS ASK IF DROUGHT IS HERE TO STAY Farmers in Ohio said the rain never came.', [{ text: 'the rain never came', mention: 'Farmers in Ohio' }]],
		// a body's name going on over "on" is no report: not "told CBS News on Super Tuesday, when …"
		['"told CBS News on Super Tuesday, when …"', '“Cruz is not my favorite,” Graham told CBS News on Super Tuesday, when a dozen states held contests.', []]
	];
	it.each(rows)('%s', (_n, text, expected) => {
		expect(indirect(text)).toEqual(expected);
	});
});

// The speaker, not only the mention: a place after "in" (and a town's state) is where the speakers are.
describe('who speaks when a phrase follows the subject ("X in a place said", "X representing Y said")', () => {
	const rows: [string, string][] = [
		['Health authorities in Harbouria’s Inner Vale have confirmed that a man has the plague.', 'Health authorities'],
		['Police in Harbouria’s Vale province said the bridge was safe.', 'Police'],
		['A woman in Worcester, Massachusetts, said the bridge was safe.', 'woman'],
		['Cardinals in Rome have denied the facts I asserted in my testimony.', 'Cardinals'],
		// a platform after "on"; "According to" a relayer opening the sentence, then the subject and an aside
		['According to AFP, one user on Weibo, which is China’s version of Twitter, posted that the bridge was unsafe.', 'one user'],
		['Six Gannett newspapers in New Jersey, including the Asbury Park Press, said the bridge was unsafe.', 'Six Gannett newspapers'],
		// (a name stays the speaker, its place an aside)
		['Ann Lee, a teacher in Boston, said the bridge was safe.', 'Ann Lee'],
		// review DD (42nd stop): a restrictive relative clause on the subject, reporting a clause of its own
		['The judges who ruled that Ohio could not enforce its law said the problem was the deadline.', 'judges'],
		['The state officials whose laws have been invalidated say the change has come in the courts.', 'state officials'],
		// review OO (49th stop): a restrictive relative clause with an object right before the verb; its
		// object is no speaker ("those who back her opponents say" had "her opponents" speak)
		['Voters who back Tom Vale say the bridge is safe.', 'Voters'],
		['The man who shot Tom Vale said he was sorry.', 'man'],
		['Ann Lee spoke. Those who back her opponents say the bridge is unsafe.', 'Those who back her opponents'],
		['People who know him say the bridge is safe.', 'People who know him'],
		['Ann Lee spoke. Many who know Tom Vale say the bridge is safe.', 'Many'],
		// review BB (42nd stop): ... and so it does when the place is a town and its state
		['Ann Lee, a teacher in Austin, Texas, said the bridge was safe.', 'Ann Lee'],
		['Ann Lee, who lives in Austin, Texas, said the bridge was safe.', 'Ann Lee'],
		['Ann Lee, who is a pastor at a church in Elizabeth, Colorado, said the bridge was safe.', 'Ann Lee'],
		// review RR (53rd stop): the town and its state end a modifier of the subject, or come before an aside
		['Federal officials familiar with the bridge in Elmford, Ohio, said it was safe.', 'Federal officials familiar with the bridge'],
		["Federal officials familiar with the server taken from Tom Vale's house in Elmford, Ohio, speaking on condition of anonymity, said it was safe.", 'Federal officials familiar with the server'],
		['Officials in Elmford, Ohio, on Monday, said the bridge was safe.', 'Officials'],
		['A woman in Elmford, Ohio, who asked not to be named, said the bridge was safe.', 'woman'],
		// (an appositive after the phrase names the speaker; a clause the sentence opens with holds none)
		['One of his advisers, Tad Vale, told reporters that he would leave it to others.', 'Tad Vale'],
		// review 37: the phrase before the verb is the object in a modifier of the subject
		['The lawyer representing the family said the report was wrong.', 'lawyer'],
		['The firm hired to audit the accounts said the books were clean.', 'firm'],
		// (49th stop: a participle with a time, not an object, still modifies: not a past tense with an object)
		['The firm hired this year to audit the accounts said the books were clean.', 'firm'],
		['The study published in the journal said the drug works.', 'study'],
		['The group behind the protest said the march would go ahead.', 'group'],
		['The agency charged with running the program said the money was gone.', 'agency'],
		['A lawyer for the man accused of the killings said the evidence was thin.', 'lawyer for the man'],
		// (not a clause of its own, nor a time and a place before the subject)
		['Yesterday in Paris the mayor said the city was ready.', 'mayor'],
		['Tom Vale walked out after Ann Lee argued that the plan was a failure.', 'Ann Lee'],
		// review 37: a name and unnamed company, "X and others said": the one named
		['Tom Edwards and others said they could not support the plan.', 'Tom Edwards'],
		// review DD (43rd stop): and the named one's advisers, lawyers or surrogates (a surrogate is a role)
		['Tom Edwards and his lawyers have said the company would return.', 'Tom Edwards'],
		['Sen. Ann Roe and her surrogates said the plan would fail.', 'Ann Roe'],
		['In the letter, Tom Edwards and his wife said they were sorry.', 'Tom Edwards'],
		['Tom Edwards and other senators said they could not support the plan.', 'Tom Edwards'],
		['Tom Edwards and Ann Roe said they could not support the plan.', 'Tom Edwards and Ann Roe'],
		// ... and a nickname in quotation marks is no part of the name, nor a name of its own (review 37)
		['Juan "Chico" Vale of Oakland carried one of the photos, and he said it was hard.', 'Juan Vale'],
		// review 38: a name after a preposition, before a participle cue, is the participle's own subject ...
		['The bishop will be interviewed about Senator Mark Ellison calling the budget a disgrace.', 'Mark Ellison'],
		['Critics seized on Mark Ellison saying that the budget was a disgrace.', 'Mark Ellison'],
		// ... not a platform the subject posted on
		['Then Taylor Vale posted on Twitter accusing the label of trying to stop her.', 'Taylor Vale'],
		// ... and "the mayor's spokesman" is someone of the mayor's, not the mayor
		["Mayor Paul Dunne rejected the audit on Tuesday. The mayor's spokesman also pointed out that the audit was late.", "mayor's spokesman"],
		["Mayor Paul Dunne rejected the audit. Jane Roe, the mayor's spokeswoman, agreed. The mayor's spokeswoman said the audit was late.", 'Jane Roe']
	];
	it.each(rows)('%s → %s', (text, speaker) => {
		expect(analyse(text).quotes.map((q) => q.speaker)).toEqual([speaker]);
	});
});
