// coref.ts: which mentions are one person or organisation. Each row: an invented text, a mention in it,
// and the entity it must resolve to (by canonical name), or null.
import { describe, expect, it } from 'vitest';
import { agrees, Cluster } from '../../../analysis/quotes/cluster.js';
import { initials, surname, words } from '../../../analysis/quotes/name-words.js';
import { analyse } from './helpers.js';

/** The entity holding the n-th occurrence of a mention text. */
function entityOf(text: string, mention: string, nth = 0): string | null {
	const { entities } = analyse(text);
	const re = new RegExp(`\\b${mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
	const hits = [...text.matchAll(re)].map((m) => m.index!);
	const at = hits[nth] ?? -1;
	const e = entities.find((x) => x.mentions.some((m) => m.start <= at && at < m.end));
	return e?.name ?? null;
}

const rows: [string, string, string, number, string | null][] = [
	// review PP (49th stop): a description opening its sentence, the sentence before naming no one, is the
	// subject named in the sentence before that
	['"The Republican nominee" after a sentence about a country', 'Tom Vale has warned us about the plan. Apparently the country also has a budget.\n\nThe Republican nominee flew to Ohio on Wednesday for a hastily arranged visit.', 'The Republican nominee', 0, 'Tom Vale'],
	// (the nominee is someone of their own here: attacking her opponent as a fraud, she is its speaker)
	['... not one named after a preposition', 'If it worked against Rob Hale, it might work against Tom Vale. At least that is what the campaign hopes.\n\nThe Democratic nominee attacked her opponent as a fraud.', 'The Democratic nominee', 0, 'Democratic nominee'],
	['... nor over a sentence with someone of its own in it', 'Ann Cole had used a private server. A federal official familiar with the inquiry said a case would be hard.\n\nThe official spoke on condition of anonymity.', 'The official', 0, null],
	// review MM (48th stop): a photo's caption after its credit line names no one a later "he" can mean
	['"he added" after a photo credit and its caption', '"I can sell it," Tom Vale told reporters.\n\nJohn Moore/Getty Images.\n\nPolice officer Jim Roe holds up the gun during the trial.\n\n"It is mine to sell," he added.', 'he', 0, 'Tom Vale'],
	['... without the credit line, the caption is story', '"I can sell it," Tom Vale told reporters.\n\nPolice officer Jim Roe held up the gun during the trial.\n\n"It is evidence," he added.', 'he', 0, 'Jim Roe'],
	// review Y (41st stop): a description that speaks after a sentence in which someone spoke is that speaker
	['"the Republican nominee said" after "Donald Trump said … Hillary Clinton"', 'Tom Vale said Friday that Ann Cole had ignored him. "She never called me," the Republican nominee said at a rally.', 'the Republican nominee', 0, 'Tom Vale'],
	['... not one the sentence names as someone else', 'Ann Cole met voters on Monday. Tom Vale tells audiences she may be prosecuted over her emails. "It does not make me nervous," the cautious candidate said of running against Mr. Vale.', 'the cautious candidate', 0, 'Ann Cole'],
	['... and a name ending in a place word is a person when a verb of saying follows it', 'Ann Cole praised the plan on Monday. Her rival John Park disagreed. "It will fail," the senator said.', 'the senator', 0, 'John Park'],
	// fourteenth newcomer: a hyphenated given name is a woman's when both its parts are, so "she" after
	// "the woman" (inside what she explained) can still mean her
	['"She" after a hyphenated given name and a woman named in passing', 'Eva-Marie Vale said the case was closed.\n\nVale explained that the testimony given in support of the woman had weakened.\n\nShe added that an appeal could be made.', 'She', 0, 'Eva-Marie Vale'],
	// ninth newcomer pass: "the next man" and "her" after "the little girl" were merged into the person named before
	['"the next man" is someone else', '"We are ready," said Tom Vale, the deputy administrator.\n\nThe plan aims to put the first woman, and the next man, on the surface by 2024.', 'next man', 0, null],
	['... and "the other man"', 'Tom Vale spoke first. "We are ready," the other man said.', 'other man', 0, 'other man'],
	['... while "the man" after him is him', 'Tom Vale spoke first. "We are ready," the man said.', 'man', 0, 'Tom Vale'],
	['"her" after the little girl is not the officer before her', '"Open the door!" an officer shouted.\n\nOfficers rushed in, looking for the little girl.\n\nAt first, there was no sign of her.', 'her', 0, null],
	['... while "her" after the officer alone is the officer', '"Open the door!" an officer shouted.\n\nOfficers rushed in after her.', 'her', 0, 'officer'],
	['a pronoun in a title-case line means no one named before it', '"Open the door!" an officer shouted.\n\n\'We Got Her!\' Video Shows Dramatic Rescue of Kidnapped Girl\n\nThe video was released on Monday.', 'Her', 0, null],
	// review 15: "they" after a list of names is all of them (coordination.ts)
	['"they" after a list of names', 'Russia follows similar moves by South Africa, Burundi and Gambia. They contend the court is biased.', 'They', 0, 'South Africa, Burundi and Gambia'],
	['"they" after two people joined by "and"', 'Jane Roe and Tom Dale left the meeting early.\n\n"It was a farce," they said.', 'they', 0, 'Jane Roe and Tom Dale'],
	// review 20: "they" after a person and a group named as one subject ("Gov. Holcomb and leaders of the Legislature")
	['"they" after a name and a group of people as one subject', 'Districts closed, according to teachers unions.\n\nGov. Omar Vale and leaders of the legislature have avoided criticism. However, they said they will not act.', 'they', 0, 'Gov. Omar Vale and leaders of the legislature'],
	['... not when one of them was named again since', 'South Africa and Gambia left the court. Gambia then wrote a letter. They said it was unfair.', 'They', 0, 'Gambia'],
	['a surname alone', 'Audley Peters closed the road. Peters stayed until noon.', 'Peters', 1, 'Audley Peters'],
	// eighth newcomer pass: another form of a given name alone is the one person who goes by it
	['a form of the given name alone', 'Douglas Haig sold the rounds. After that sale, Doug had no further contact with the buyer.', 'Doug', 0, 'Douglas Haig'],
	['... not when two people go by it', 'Douglas Haig met Douglas Brown. Later, Doug had no further contact with the buyer.', 'Doug', 0, 'Doug'],
	// blind check of 1 December 2026 (set s): a father and a son of one name
	['"Jr." after the same name is another person', 'President Tom Vale spoke first. The meeting was set up by Tom Vale Jr. last year.', 'Tom Vale', 0, 'Tom Vale'],
	['... and the surname alone is the one met first', 'President Tom Vale spoke first. The meeting was set up by Tom Vale Jr. last year. Vale later left.', 'Vale', 2, 'Tom Vale'],
	['... even when the son was met first', 'Tom Vale III runs the centre. His father, Tom Vale, wrote a book. Vale says it is good.', 'Vale', 2, 'Tom Vale III'],
	// review 34: "As for Trump, he said he's not worried" had given Trump's words to Cruz, the subject before
	['"As for X, he …": the topic is "he"', 'Tom Cruz spoke first and attacked Ann Roe. As for Donald Vale, he said he was not worried.', 'he', 0, 'Donald Vale'],
	// review 35: "Donald Trump, who he blasted as a 'bully'" had made Trump the one blasting
	['a he right after "who" is not the one the relative clause is about', 'Tom Sanders spoke in Ohio. He vowed to defeat Ben Vale, who he blasted as a bully.', 'he', 0, 'Tom Sanders'],
	['... but a he later in a clause whose subject is "who" is', 'Tom Sanders beat Ben Vale, who hurt himself when he stumbled.', 'he', 0, 'Ben Vale'],
	// review 35: "The senator from Florida" had become Bernie Sanders, the last senator named, with his quotes
	['a description placing someone in a state is no one put elsewhere', 'Sen. Tom Vale kept his lead.\n\nAnn Roe faltered in the debate. The senator from Florida appeared to gain. “We are strong,” the senator said.', 'senator', 1, 'senator from Florida'],
	['... but is the one the text put there', 'Sen. Ann Roe of Florida spoke. Sen. Tom Vale spoke too. The senator from Florida said she would win.', 'senator from Florida', 0, 'Ann Roe'],
	// review 37: the object of an infinitive the tagger misread ("to back/ADV the billionaire") is someone else
	['a description after "to back" is not the subject', 'Tom Vale, a former football star, spoke on Monday. Money is not the priority for Vale as he will continue to back the billionaire entrepreneur.', 'billionaire entrepreneur', 0, null],
	// review 37: nor someone of that place the text gives another office
	['... nor someone of that place with another office', 'Tom Vale, a senator, spoke in Iowa. Ann Roe, a former Vermont governor, spoke too.\n\nThe senator from Vermont said the race was close.', 'senator from Vermont', 0, 'senator from Vermont'],
	// review 35: "The Republican nominee caused howls of outrage" had been Clinton, the Democratic nominee
	['a description naming one party is no one the text calls by the other', 'Ann Roe, the Democratic nominee, spoke in Ohio. Tom Vale urged Russia to spy on his rival Roe. The Republican nominee caused howls of outrage.', 'Republican nominee', 0, null],
	['... with the party before the name as part of the title', 'On Monday, Democratic nominee Ann Roe spoke in Ohio. Tom Vale urged Russia to spy on his rival Roe. The Republican nominee caused howls of outrage.', 'Republican nominee', 0, null],
	['... but is the one it calls by that party', 'Ann Roe, the Democratic nominee, spoke in Ohio. The Democratic nominee said she would win.', 'Democratic nominee', 1, 'Ann Roe'],
	// review 35: "Ms. Khan" had become "her son, Humayun Khan", and every later "Ms. Khan" his
	['a fuller name of another gender is another person', 'Ms. Vale said she was tired, talking about her son, Humayun Vale. Ms. Vale said the army had been good to him.', 'Vale', 2, 'Vale'],
	['... and that person is named by that name', 'Ms. Vale said she was tired, talking about her son, Humayun Vale. Ms. Vale said the army had been good to him.', 'Humayun Vale', 0, 'Humayun Vale'],
	['... but a fuller name of the same gender is the same person', 'Ms. Vale said she was tired. Later, Ann Vale said the army had been good to her. Ms. Vale left.', 'Vale', 2, 'Ann Vale'],
	// review 34: a plural title before names is no part of the first name ("Senators Mitch McConnell" never met "Mitch McConnell")
	['"Senators" before a list of names', 'Among them are Senators Tom Vale, the majority leader, and Ann Roe. Vale said he was uneasy.', 'Vale', 1, 'Tom Vale'],
	// review 34: after "Bill Clinton's years in office", every later "Clinton" had gone to Bill in a story about Hillary
	['two of one family named in full: the surname alone is the one named most', 'Ann Vale spoke in Columbia. Vale said the state would decide.\n\nVoters remember Tom Vale\'s years in office.\n\nVale said she would fight on.', 'Vale', 3, 'Ann Vale'],
	['... unless the other was named before it in its paragraph', 'Ann Vale spoke in Columbia. Vale said the state would decide.\n\nTom Vale campaigned in Charleston. Vale said he was tired.', 'Vale', 3, 'Tom Vale'],
	['... and "Jr." itself is the son', 'President Tom Vale spoke first. The meeting was set up by Tom Vale Jr. last year. Vale Jr. later left.', 'Vale Jr', 0, 'Tom Vale Jr.'],
	['a name written otherwise, with a generation, may be the same person', 'Bob Vale is conflicted, the post said. Later, a special counsel, Robert S. Vale III, was appointed.', 'Bob Vale', 0, 'Robert S. Vale III'],
	// blind check of 1 December 2026: organisations known by shorter names and by descriptions
	['a surname in capitals in a transcript is the person', 'Omar Vale, a campaign aide, spoke to the reporter.\n\nVALE: “We will build the bridge.”', 'VALE', 0, 'Omar Vale'],
	['... but capitals with no one of that surname are an acronym', 'Omar Vale spoke to the reporter.\n\nNATO: “We will build the bridge.”', 'NATO', 0, 'NATO'],
	['"the press" is the press at large, not a company named before', 'Tidewell Records signed the singer.\n\n"The label is hiding something," the press reported.', 'press', 0, 'press'],
	['"the developer" is the person named before', 'Ann Lee bought the old mill in May.\n\n"We will keep the walls," the developer said.', 'developer', 0, 'Ann Lee'],
	['a company named without "Group"', 'Sterling Foods Group posted a loss. Later, Ann Lee accused Sterling Foods of hiding debts.', 'Sterling Foods', 1, 'Sterling Foods Group'],
	['"the company" is not a name that only qualifies a noun', 'Tidewell Records signed the singer in 2005. Last week Ann Lee accused Tidewell of blocking a Netflix film.\n\n"The claims are false," the company said.', 'company', 0, 'Tidewell Records'],
	['"the production company" is the one whose name says "Productions"', 'Dale Brook Productions agreed to the terms, Ann Lee said.\n\n"We never signed it," the production company said.', 'production company', 0, 'Dale Brook Productions'],
	// review 17: "Andrew claims that he felt bound to visit the pedophile to tell him …"
	['a name before a word read as a noun ("claims") is still a name', 'Prince Arlo met Tom Vance in 2010. Vance wanted to end the friendship.\n\nArlo claims that he felt bound to go.', 'he', 0, 'Arlo'],
	['an object "him" is not its clause\'s subject', 'Tom Hale met Jim Dale in 2010. Hale said he went there to tell him the news.', 'him', 0, 'Jim Dale'],
	['... nor "her" as an object', 'Ann Lee met Mary Cole. Lee gave her the book.', 'her', 0, 'Mary Cole'],
	['... but "her" before a noun is a possessive', 'Ann Lee met Mary Cole. Lee lost her job.', 'her', 0, 'Ann Lee'],
	['... and a "him" in another clause can be the subject', 'Tom Hale met Jim Dale. Hale said that Dale had helped him.', 'him', 0, 'Tom Hale'],
	['a title and a surname (issue class 2)', 'Audley Peters closed the road.\n\nSupt Peters said it would reopen.', 'Supt Peters', 0, 'Audley Peters'],
	['a fuller name later', 'Peters spoke first. Later, Audley Peters said more.', 'Peters', 0, 'Audley Peters'],
	['a name variant', 'William Clinton arrived. Bill Clinton left an hour later.', 'Bill Clinton', 0, 'William Clinton'],
	['an initial', 'Jane Roe spoke. J. Roe was thanked.', 'J. Roe', 0, 'Jane Roe'],
	['"Jr." is not the surname', 'James P. Kennedy Jr. filed the case. Kennedy said little.', 'Kennedy', 1, 'James P. Kennedy Jr.'],
	['the end of a longer name', 'Joel Eriksson Ek scored twice. Eriksson Ek was tired.', 'Eriksson Ek', 1, 'Joel Eriksson Ek'],
	['a department named either way round', 'The Department of Justice opened an inquiry. A Justice Department lawyer said it would take months.', 'Justice Department', 0, 'Department of Justice'],
	['... but not an office of several words', 'The Office of Management and Budget objected. The Management Office said nothing.', 'Management Office', 0, 'Management Office'],
	['an acronym in brackets', 'The Department of Environmental Protection (DEP) tested the water. The DEP found lead.', 'DEP', 1, 'Department of Environmental Protection'],
	['a capitalised plural of a word for people is a group, not the man just named', 'President Tom Vale claimed victory on Monday.\n\nThe Democrats are alleging that Vale broke the law.', 'The Democrats', 0, 'Democrats'],
	['a description of another gender is not the man just named', 'Police arrested Michael Dale on Friday.\n\nDale admitted that after fighting off the child\'s mother, he drove to a car park.', 'mother', 0, null],
	['a description given before (issue class 2)', 'Jane Roe, a Kansas Republican, voted no.\n\nThe Kansas Republican left early.', 'The Kansas Republican', 0, 'Jane Roe'],
	['a description the text gave someone unnamed is not the person named last', 'A 43-year-old man fell ill in May. He saw Dr. Owen Marsh, a chest doctor.\n\nMarsh talked with the man by phone. Once the man said that he had a new duvet, Marsh knew.', 'man', 2, 'man'],
	['the man the text introduced by that noun, after two people were named, is someone of his own', 'For the report, Dr. Ann Rowe and Dr. Paul Kent described a 43-year-old man who fell ill.\n\nAt first, the man had no reason to be ill. He was not a smoker.', 'He', 0, 'man'],
	['... and so is a man introduced plainly', 'Dr. Paul Kent saw a local man on Monday.\n\nAt first, the man had no reason to be ill. He was not a smoker.', 'He', 0, 'man'],
	['someone introduced as a subject in a paragraph about no one named', 'Police arrested Tom Dale at the motel on Sunday.\n\nEarlier that night, a police sergeant searched the same room but did not find the girl. He was later fired.', 'He', 0, 'police sergeant'],
	// seventh newcomer pass: "The Daily Mail reported that one diplomat described being jolted awake …
	// When he got back into bed, … he told doctors" had gone to Barack Obama, named paragraphs before
	['"one" introduces someone as "a" does', 'Tom Dale reopened the embassy in 2015.\n\nOne diplomat was woken by a loud noise.\n\nWhen he got up, the noise stopped.', 'he', 0, 'One diplomat'],
	['... and so does the subject of a "that" clause', 'Tom Dale reopened the embassy in 2015.\n\nThe paper reported that another diplomat was woken by a loud noise.\n\nWhen he got up, the noise stopped.', 'he', 0, 'another diplomat'],
	['... speaking of their own story', 'Tom Dale reopened the embassy in 2015.\n\nThe paper reported that one diplomat described being woken by a loud noise.\n\nWhen he got up, the noise stopped.', 'he', 0, 'one diplomat'],
	['... but not telling of someone else', 'Tom Dale phoned the office of Robin Roe.\n\nAn aide recalled that he shouted at her.', 'he', 0, 'Tom Dale'],
	// PolNeAR train (Breitbart): "A reporter asked Sanders how he’s feeling on caucus day. He replied: …"
	// eighth newcomer pass (the Las Vegas ammunition seller): 'Paddock arrived … "very polite," Haig said.
	// "At no time did I see anything suspicious," he said.' had gone to the gunman
	['"he said" after someone\'s words is that speaker, not the subject before', 'Tom Dale arrived at the house in Mesa "very well-dressed, very polite," Jim Roe said.\n\n"At no time did I see anything odd," he said.', 'he', 0, 'Jim Roe'],
	['... the first speaker of that sentence', 'Jim Roe spoke on Monday.\n\nHe declared that as long as the field stayed split, Tom Dale would win, which he declared a disaster. He noted that he had won a state.', 'He', 1, 'Jim Roe'],
	// "attorney Marc Victor said … The lawyer said …" (and the gunman a relative clause names is not the seller)
	['a lawyer is the attorney named before', 'Tom Dale sold the rounds, attorney Jim Roe said. Roe said Dale met Sam Fry once. It is unknown whether Fry used them.\n\nThe lawyer said the sale was not unusual.', 'lawyer', 0, 'Jim Roe'],
	['the one a relative clause names is not the person described', 'Tom Dale, an Arizona man who says he sold ammunition to the gunman in October, was arrested. Police said the gunman acted alone.', 'gunman', 0, null],
	['who answers is not who asked', 'Ben Sand spoke in Reno on Saturday.\n\nA reporter asked Sand how he is feeling. He replied that he felt fine.', 'He', 0, 'Ben Sand'],
	['... but not one the text names at once', 'Tom Dale reopened the embassy in 2015.\n\nOne pastor backing Dale, Jim Roe of Marion, was woken by a call. He said little.', 'He', 0, 'Jim Roe'],
	['... nor one it says is someone named', 'Tom Dale reopened the embassy in 2015.\n\nOne source is Jim Roe. He said little.', 'He', 0, 'Jim Roe'],
	['... but in a paragraph about someone named, he stays theirs', 'Tom Dale, the co-pilot, had flown for ten years. A friend called him kind in a post. He had wanted to fly since he was five.', 'He', 0, 'Tom Dale'],
	// blind check of 1 December 2026 (PTC set f): a pronoun opening a paragraph
	['"He" opening a paragraph is the subject of the paragraph before, not the person it named last', 'Omar Tull has seen the influence of Jim Roe and has openly criticised it and Roe, calling Roe a public enemy.\n\nHe also said that Roe had ruined lives.', 'He', 0, 'Omar Tull'],
	['... but a name in the pronoun\'s own sentence comes first', 'Ann Lee says in a statement that Tom Dale’s rhetoric has crossed the line.\n\nDale was defending his plan at a rally on Friday night when he told a story.', 'he', 0, 'Tom Dale'],
	['... and a name after "than" is no subject', 'As for critics who find Ann Lee more palatable than Tom Dale, Jim Roe said, “They are wrong.”\n\nHe called it a mistake.', 'He', 0, 'Jim Roe'],
	['he is the subject of the sentence before, not the person it named last', 'Tom Dale declined to say whether Jim Roe slept on the night Sam Fry died. “The staff were tired,” he said.', 'he', 0, 'Tom Dale'],
	['... and not a name that modifies a noun', 'Roe campaign chairman Tom Dale said the plan would work. He added that it was cheap.', 'He', 0, 'Tom Dale'],
	['an age given before', 'Harry Bond, 30, of Raleigh, voted.\n\nThe 30-year-old left early.', 'The 30-year-old', 0, 'Harry Bond'],
	['he needs a person, not the company before (issue class 3)', 'Tom Dale runs a bakery. Acme Corp bought the building.\n\nHe was angry.', 'He', 0, 'Tom Dale'],
	['she needs a woman when the text says who is who', 'Mr. Tom Dale met Mrs. Ann Dale. She left first.', 'She', 0, 'Ann Dale'],
	['a subject before an object of a preposition', 'Tom Dale called the office of Jim Roe.\n\nDuring the call, he shouted.', 'he', 0, 'Tom Dale'],
	['he is nobody when no person agrees', 'Acme Corp closed the plant. He left.', 'He', 0, null],
	// "X is one of the … women" says X is a woman: "he" then is the man named before her
	['a partitive description gives a gender', 'Tom Dale phoned the office of Robin Roe.\n\nRoe is one of the first two women elected to the council.\n\nAn aide recalled that he shouted at her.', 'he', 0, 'Tom Dale'],
	['... and without it the nearer name is taken', 'Tom Dale phoned the office of Robin Roe.\n\nRoe is the longest-serving member of the council.\n\nAn aide recalled that he shouted at her.', 'he', 0, 'Robin Roe'],
	['"he told Cook": the one told is not the one telling', 'Tom Cook met Marc Dale.\n\nCook said the talks went well.\n\n"We agree," he told Cook.', 'he', 0, 'Marc Dale'],
	['a known surname the tagger reads as a verb', 'Tom Cook met Marc Dale.\n\nDale spoke first. Cook said the talks went well.\n\n"We agree," he told Dale.', 'he', 0, 'Tom Cook'],
	// newcomer pass 12 (29th stop): "Scooter Braun is allegedly unhappy with the way his business
	// partner …" gave "his" to Taylor Swift, named before, whose every "her" then went to someone else
	['a possessive after a subject the scan does not know is not someone named before', 'Robin Swift won an award.\n\nScooter Braun is unhappy with the way his partner acted.', 'his', 0, null],
	['... so a later "her" can still be hers', 'Robin Swift won an award.\n\nScooter Braun is unhappy with the way his partner acted. "Nobody is helping," an insider told the outlet.\n\nThe label allowed Swift to sing her songs.', 'her', 0, 'Robin Swift'],
	['... but a subject the scan knows keeps it', 'Robin Swift won an award.\n\nTom Braun is unhappy with the way his partner acted.', 'his', 0, 'Tom Braun'],
	// newcomer pass 12 (29th stop): WSJ, "Mr. Garrett then swung it at Mr. Rudolph, hitting him in the head"
	['the object of a participle of a deed is not the sentence\'s subject', 'Tom Dale pulled off the helmet of Jim Roe. Mr. Dale then swung it at Mr. Roe, hitting him in the head.', 'him', 0, 'Jim Roe'],
	['... nor is an object after adverbs before the verb', 'Jim Roe met Tom Dale. Mr. Dale only occasionally disagreed with him.', 'him', 0, 'Jim Roe'],
	['... but after a participle of a result it may be ("providing him a lead")', 'Tom Dale met Jim Roe. Mr. Roe has won the most contests, providing him a comfortable lead.', 'him', 0, 'Jim Roe'],
	// newcomer pass 13 (29th stop): the Guardian's "Meanwhile, they note that …" went to a university
	// named two paragraphs before, and its 43 words became the university's quote
	['"they" is no organisation named two paragraphs before', 'Harbour University was besieged by police.\n\nThe movement grew all week.\n\nMeanwhile, they note that the army cleared the streets.', 'they', 0, null],
	['... but one named in the paragraph before', 'Harbour University was besieged by police.\n\nMeanwhile, they note that the army cleared the streets.', 'they', 0, 'Harbour University'],
	['... and "according to him" is no participle\'s object', 'Tom Dale met Jim Roe.\n\nHe crossed the border years ago after, according to him, the police threatened him.', 'him', 0, 'Tom Dale'],
	// review GG (45th stop): relatives who share a surname ("the parents, Khizr and Ghazala Khan", "their
	// son, Capt. Humayun Khan") are three people, and "Mr. Khan" is not the one the story gave a rank
	['"Khizr and Ghazala Khan": the given name before "and" shares the surname', 'The parents, Omar and Lina Vale, spoke. Their son, Capt. Adil Vale, was killed in 2004.\n\nMr. Vale said on Sunday that the senator was wrong.', 'Omar', 0, 'Omar Vale'],
	['... "Mr. Vale" is not the captain', 'The parents, Omar and Lina Vale, spoke. Their son, Capt. Adil Vale, was killed in 2004.\n\nMr. Vale said on Sunday that the senator was wrong.', 'Mr. Vale', 0, 'Omar Vale'],
	['... and "Captain Vale" is the son, not "Mr. Vale"', 'The parents, Omar and Lina Vale, spoke. Their son, Adil Vale, was killed in 2004.\n\nMr. Vale spoke first. He said Captain Vale was a hero.', 'Captain Vale', 0, 'Adil Vale'],
	['... but a name the story gave someone is theirs ("Hillary and Tim Kaine")', 'Ann Roe spoke in Ohio.\n\nAnn and Tim Vale rallied in Philadelphia.', 'Ann', 1, 'Ann Roe'],
	['... and a place is no surname ("Allen and Stanton Streets")', 'The shop stands at Allen and Stanton Streets in Manhattan.', 'Allen', 0, null],
	// pronouns-real.tsv (45th stop): a subject is likelier than the object of a preposition only in the
	// sentence that names that object, or the pronoun's own; an owner ("Ryan's comments") is no subject
	['the object of a preposition in the pronoun\'s own sentence, its subject a woman', 'Tom Moss released a memo on Monday.\n\nIn a town hall, Ann Vale took some shots at Jim Roe, particularly on his plan for tuition.', 'his', 0, 'Jim Roe'],
	['... an owner after a preposition, the subject plural', 'Rep. Tom Moss said the party would unite.\n\nLawmakers are uneasy about Jim Roe\'s statements, including his plan to close the border.', 'his', 0, 'Jim Roe'],
	['... an owner before the verb is not its subject', 'Jim Roe won in Indiana.\n\nBut Tom Moss\'s comments could fuel Jim Roe\'s concern that he cannot trust the party.', 'he', 0, 'Jim Roe'],
	['... but the subject of the sentence that names the object of a preposition still comes first', 'Ann Vale spoke to the offices of Tom Moss.\n\nDuring the call, she asked for a meeting.', 'she', 0, 'Ann Vale'],
	// pronouns-real.tsv (46th stop): a sentence opening with a clause of its own has its subject after it
	['"Asked whether he feared that X could win, Y demurred. ¶ "…," he said" is Y', 'Tom Moss spoke in New York.\n\nAsked whether he was concerned that Jim Roe, the presumptive nominee, could be the next president, Moss demurred.\n\n"There is one science," he said.', 'he', 1, 'Tom Moss'],
	['... a participle\'s clause with no pronoun in it', 'Tom Moss spoke in New York.\n\nAsked about the chance that Jim Roe, the presumptive nominee, could win, Moss demurred.\n\n"There is one science," he said.', 'he', 0, 'Tom Moss'],
	['... after a subordinate clause with an aside', 'Ann Vale, the mayor, spoke on Monday. Though Joan Roe, the governor, objected, Vale went on.\n\n"There is one answer," she said.', 'she', 0, 'Ann Vale'],
	['... with an adverb before the main verb', 'Tom Moss spoke on Monday.\n\nWhen Jim Roe tried to defend his remarks on the protest, Ed Vale forcefully differed.\n\n"I think it was wrong," he said.', 'he', 0, 'Ed Vale'],
	['... not one who speaks in the clause the sentence opens with', 'Tom Moss spoke on Monday.\n\nAfter Jim Roe asked the author who would win, Ed Vale replied, "I would bet on Ann."\n\n"We should never confuse the two," he added.', 'he', 0, 'Ed Vale'],
	['... but a sentence opening with its subject is read as before', 'Tom Moss met Jim Roe, the nominee, on Monday, and Moss laughed.\n\n"There is one science," he said.', 'he', 0, 'Tom Moss'],
	// review II (46th stop): a description opening the clause a speech verb reports is not its speaker, and
	// someone its own sentence names is likelier than the one the sentence before named last
	['"X, asked about Y\'s vision, responded that the businessman …" is Y', 'Tom Vale won in Ohio. Jim Roe spoke in Miami on Monday.\n\nEd Moss, when asked what about Vale\'s vision is wrong, responded that the businessman "is right about the problems."', 'the businessman', 0, 'Tom Vale'],
	['... "shunned X, claiming that the former president …" is X', 'Jim Roe spoke in Ohio on Monday.\n\nEd Moss shunned Tom Vale during his trips, claiming that the former president is hostile.', 'the former president', 0, 'Tom Vale'],
	['... but a description after the speaker alone may still be the one the sentence before named', 'Tom Vale spoke in Ohio on Monday.\n\nEd Moss said that the senator would win.', 'the senator', 0, 'Tom Vale'],
	// review JJ (46th stop): a party's word before a common noun describes the noun, no one ("the Republican
	// convention"); "the Republican" alone is the one the text described by it
	['"the Republican convention" is no one', 'Tom Vale, the Republican nominee, spoke in Ohio. The Republican convention opens in July.', 'The Republican', 0, null],
	['... nor "the Republican presidential primary"', 'Tom Vale spoke in Ohio. Vale has won the Republican presidential primary in Arkansas.', 'the Republican', 0, null],
	// review KK (47th stop): a name after a preposition, with an appositive relating them to someone, is not
	// the subject a next sentence's description continues
	['"The senator" after "was joined by X, the daughter of Y"', 'Tom Vale spoke in Columbia on Monday.\n\nVale was joined by Ann Cole, the oldest daughter of Rob Cole, whose death inspired a movement. The senator also was accompanied by a lawyer.', 'The senator', 0, 'Tom Vale'],
	// review KK (47th stop): a share of people as a poll counts them is no one's appositive
	['"For X, a majority of likely voters, 56%, have …"', 'Tom Vale spoke. For Vale, a majority of likely voters, 56%, have a negative view of his plan.', 'a majority of likely voters', 0, null],
	['... while "X, one of the president\'s closest aides," is X', 'Rob Hale, one of the president\'s closest aides, spoke.', 'closest aides', 0, 'Rob Hale'],
	// review LL (47th stop): a surname before a noun for a family names none of its people
	['"the Dole family" is no mention of Jeb Dole', 'Jeb Dole spoke in Columbia. The Dole family, a dynasty, clashed with Tom Vale.', 'Dole', 1, null],
	['... nor "the Dole brothers"', 'Jeb Dole spoke in Columbia. Critics recalled the Dole brothers.', 'Dole', 1, null],
	['... while "the Dole campaign" still is', 'Jeb Dole spoke in Columbia. Critics attacked the Dole campaign.', 'Dole', 1, 'Jeb Dole'],
	// review LL (47th stop): other middle initials are another person ("George H.W. Bush", "George W. Bush")
	['a name with other middle initials is another person', 'In 2000, Tom Vale defeated George W. Dole here. George H.W. Dole helped his campaigns in 1988.', 'George H.W. Dole', 0, 'George H.W. Dole'],
	['... while a name without them is the same one', 'In 2000, Tom Vale defeated George W. Dole here. George Dole helped his campaigns in 1988.', 'George Dole', 0, 'George W. Dole'],
	// review LL (47th stop): someone named in an aside in brackets is not the subject a next "he" continues
	['"He" after a sentence whose aside in brackets names someone first', 'Tom Vale has led Ann Cole in every poll. The state\'s history (Sen. Rob Hale of Maine won the 1992 primary here) makes this a contest that Vale must win. He has built a large staff.', 'He', 0, 'Tom Vale'],
	['... while a subject outside the brackets still is', 'Tom Vale has led Ann Cole in every poll. Sen. Rob Hale of Maine (who won the 1992 primary here) says this is a contest that Vale must win. He has built a large staff.', 'He', 0, 'Rob Hale'],
	// review II (47th stop): a word with letters left out before a name ("‘Lyin’ Ted’") is an epithet, no
	// title or owner: Cruz had been given the affiliation "Lyin", so "the Texas senator" was someone else
	['"the Texas senator" after an epithet with a dropped letter', 'Tom Vale mocked his rival as ‘Lyin’ Ted.’\n\nTed Cruz spoke next. Cruz warned against a brokered convention. “It would be a disaster,” the Texas senator said.', 'the Texas senator', 0, 'Ted Cruz'],
	['... and with a straight apostrophe', "Tom Vale mocked his rival as Lyin' Ted Cruz.\n\nCruz warned against a brokered convention. “It would be a disaster,” the Texas senator said.", 'the Texas senator', 0, 'Ted Cruz'],
	['... while the plural possessive still owns ("the Democrats’ leader")', 'The Democrats’ leader Ann Cole spoke. Tom Vale, a Texas lawyer, listened. “It would be a disaster,” the Democrats’ leader said.', 'the Democrats’ leader', 0, 'Ann Cole'],
	['... while "the Republican said" is the one described so', 'Tom Vale, the Republican nominee, spoke in Ohio. The Republican convention opens in July. "No," the Republican said.', 'the Republican', 0, 'Tom Vale'],
	['a "he" after a speech verb is a subject, not an object', 'Mr. Reed was loath to gloat. Top advisers said he had rejected an address in the style of Bill Stone.\n\nHe was aware that voters liked him.', 'He', 0, 'Reed'],
	// review 36: a name joined by "or"/"and" to the object of a preposition is no likelier "he" than a subject
	['"in the style of X in 1988 or Y in 2000" before "He"', 'Mr. Reed, whose ratings have risen, was loath to gloat. Top advisers said he had rejected the idea of an address in the style of Ronald Park in 1988 or Bill Stone in 2000.\n\nHe was also keenly aware that voters liked him.', 'He', 0, 'Reed'],
	['... but "and" before a clause\'s subject', 'Jim Roe said polls open on Wednesday for Ann Lee and Tom Vale appears to have the state all to himself.', 'himself', 0, 'Tom Vale'],
	// review S (38th stop): a name's possessive and a relation noun after a comma says a person, and whether a man or a
	// woman, when the name does not ("Patti Davis, Ronald Reagan's daughter": her quotes had gone to Hillary Clinton)
	['"X, Y\'s daughter," is a woman "she" can mean', 'Ann Lee spoke first. Patti Dorne, Ronald Reagan\'s daughter, attacked Tom Vale on Monday.\n\n"I am sad," she wrote.', 'she', 0, 'Patti Dorne'],
	['... with an adjective before the relation', 'Kerr Dorne, Tom Vale\'s younger brother, attacked the plan.\n\n"I am sad," he wrote.', 'he', 0, 'Kerr Dorne'],
	['... but "X, Y\'s company," says no person', 'Acme Holdings, Tom Vale\'s company, said the plan was bad.', 'Acme Holdings', 0, 'Acme Holdings'],
	// review T (39th stop): a name opening the clause a speech verb reports is its subject, likelier than the speaker
	['"said Lee\'s response was undercut by her campaign" is Lee\'s campaign', 'Ann Lee spoke in Iowa on Monday.\n\nBut Kerr Dorne, director of Harbour Action, said Lee\'s response was undercut by her campaign\'s ties to Dale.', 'her', 0, 'Ann Lee'],
	['"says Lee was accompanied by her husband"', 'Ann Lee returned on Sunday.\n\nSpokeswoman Jo Dorne says Lee was accompanied by her husband.', 'her', 0, 'Ann Lee'],
	['... but not after a listener\'s verb: "told Lee she would run"', 'Jo Dorne met reporters. Dorne told Harbour Daily\'s Lee she would still run.', 'she', 0, 'Jo Dorne'],
	// review T (39th stop): someone the sentence describes and does not name is the likelier he, not the one named before it
	['"he" after "the mayor" of its own sentence is not the man named before', 'Tom Vale spoke in Ohio on Monday. The party removed the mayor from its team after he suggested that taxes should rise.', 'he', 0, null],
	['... but the one named in the same sentence', 'Tom Vale met the mayor on Monday and he said that taxes should rise.', 'he', 0, 'Tom Vale'],
	['... nor a noun qualifying another', 'Ann Lee spoke on Monday. The migrant and refugee crisis may cost her the election.', 'her', 0, 'Ann Lee'],
	['... nor a description that is the one named', 'Tom Vale spoke in Ohio on Monday. The candidate said he would win.', 'he', 0, 'Tom Vale'],
	// review U (39th stop): a his in the phrase a sentence opens with is the subject's, named after its comma
	['"In his email, X said": the subject after the comma', 'Tom Vale praised the vote. In his email to members, Ed Trumka said the vote was clear.', 'his', 0, 'Ed Trumka'],
	['... a surname alone, which his makes a person', 'Ann Lee praised the vote. In his email to members, Trumka said the vote was clear.', 'his', 0, 'Trumka'],
	['... a participle\'s phrase too', 'Ann Lee spoke first. Speaking to her supporters, Jane Roe said she would stay.', 'her', 0, 'Jane Roe'],
	['... not a subject of the other gender', 'Tom Vale spoke first. After his speech, Ann Lee left.', 'his', 0, 'Tom Vale'],
	['... nor a phrase with a clause of its own', 'Ann Lee spoke first. In a statement released after Tom Vale ended his campaign, Ed Roe said no.', 'his', 0, 'Tom Vale'],
	// review OO (50th stop): a he or she opening a clause the sentence opens with is the main clause's subject
	['"When she arrived, X said": the subject after the comma', 'Ann Cole spoke in Maine.\n\nWhen she arrived in Ottawa, Jane Roe said the talks had failed.', 'she', 0, 'Jane Roe'],
	['... after a preposition and "what", a title and a quotation mark', 'Tom Vale spoke in Maine.\n\nIn what he called a "rant," President Ed Dole took aim at Vale.', 'he', 0, 'Ed Dole'],
	['... and a "him" after the main clause\'s participle is then someone else', 'Tom Vale spoke in Maine.\n\nIn what he called a "rant," President Ed Dole took aim at Vale, painting him as part of the elite.', 'him', 0, 'Tom Vale'],
	['... not when someone is named before it in the clause', 'Ann Cole spoke in Maine.\n\nWhen Tom Vale met her in Ottawa, Jane Roe left.', 'her', 0, 'Ann Cole'],
	['... nor a subject who speaks in an aside', 'Tom Vale spoke in Maine.\n\nWhen he wins, Ed Dole said, taxes will rise.', 'he', 0, 'Tom Vale'],
	['... nor a condition', 'Tom Vale spoke in Maine.\n\nIf he wins, Ed Dole will leave.', 'he', 0, 'Tom Vale'],
	['... nor a subject of the other gender', 'Tom Vale spoke in Maine.\n\nWhen he arrived in Ottawa, Ann Lee said the talks had failed.', 'he', 0, 'Tom Vale'],
	// review U: "who" right before the clause's verbs is its subject, so an object "him" is someone else
	['"Bamberg who have endorsed him" is not Bamberg', 'Tom Vale spoke on Friday. He was joined by legislators such as Ed Bamberg who have endorsed him.', 'him', 0, 'Tom Vale'],
	// a definite description after a sentence naming people is its last one named outside a preposition's phrase
	['"the senator" after "X met the family of Y" is X', 'Tom Vale met the family of Ed Roe on Monday. The senator said the talks went well.', 'senator', 0, 'Tom Vale'],
	['... and still the one named last when all are so', 'Tom Vale spoke on Monday. The senator said the talks went well.', 'senator', 0, 'Tom Vale'],
	// review BB (42nd stop): a description opening a clause after ", and" is the subject named earlier in its
	// own sentence, not the person of the paragraph before
	['", and the Florida senator suspended" is the sentence\'s subject', 'Ed Roe won Ohio.\n\nTom Vale has more delegates than Roe has, and the Florida senator suspended his campaign.', 'senator', 0, 'Tom Vale'],
	['... not one whose role the text gave otherwise', 'The video was released.\n\nOfficer Tom Vale opened fire, and the teenager fell.', 'teenager', 0, null],
	// review BB (42nd stop): a surname two people share goes on with the subject, not with one met once in passing
	// inside a preposition's phrase of that sentence
	['"Smith" after "Patricia Smith, mother of victim Sean Smith"', 'Patricia Smith, mother of victim Sean Smith, disputed his claim. “He lied to me,” Smith said.', 'Smith', 2, 'Patricia Smith'],
	['... as after a son named first, in a sentence of his own: the one named last', 'Sean Smith died in 2012. Patricia Smith, his mother, disputed the claim. “He lied to me,” Smith said.', 'Smith', 2, 'Patricia Smith'],
	// review CC (42nd stop): "X's claims that he …" is X
	['"Trump\'s false claims that he is an advocate" is Trump', 'Tom Vale spoke first. Ed Roe spoke on Monday. He rejected Vale\'s false claims that he is an advocate for workers.', 'he', 0, 'Tom Vale'],
	['... nor after "that"', 'Ed Roe, a senator, won Ohio.\n\nTom Vale said that the senator had lied.', 'senator', 1, 'Ed Roe'],
	// review W (40th stop): a body of civil society named by its kind is "the group", "the organization"
	['"the group" after a trust', 'The Clean Rivers Trust issued a statement on Monday. "We are deeply worried about the spill," the group said.', 'group', 0, 'Clean Rivers Trust'],
	['... not after a company', 'Acme Corp. issued a statement on Monday. "We are deeply worried about the spill," the group said.', 'group', 0, 'group'],
	// review W (40th stop): a newspaper's last word alone is the one paper the text named with it
	['"The Post" after "The Washington Post"', 'The Washington Post has assigned 20 reporters to the story. The Post said the series would run in June.', 'Post', 1, 'Washington Post'],
	['... not when two papers end so', 'The New York Post and The Washington Post ran the story. The Post said the series would run in June.', 'Post', 2, 'Post'],
	// review W (40th stop): a name met only inside someone's quoted words gives way to the writer's own
	['a slur in a quotation does not name the person', 'Tom Vale wrote that “B. Hussein Obama is a traitor.” President Barack Obama did not respond.', 'Hussein', 0, 'Barack Obama'],
	// review U: "and his" after a name makes it a person's name ("Jeb" is in no list of given names)
	['"X Y and his brother" is X Y\'s', 'Tom Vale spoke on Friday. Jeb Bush and his older brother left.', 'his', 0, 'Jeb Bush'],
	// review AA (42nd stop): a woman named after a preposition in the pronoun's clause is the "she", not a
	// subject the text never gave a gender
	['"a message to Mayor Ellen Ward that she …"', 'Dana Price said the marchers wanted to send a message to Mayor Ellen Ward that she is losing support.', 'she', 0, 'Ellen Ward'],
	['... and then "He" is the subject', 'Dana Price said the marchers wanted to send a message to Mayor Ellen Ward that she is losing support. He also charged that the council ignored the tenants.', 'He', 0, 'Dana Price'],
	['... but a subject of that gender stays first', 'Tom Price said the marchers wanted to send a message to Mayor Ed Ward that he is losing support.', 'he', 0, 'Tom Price'],
	['... and a woman named in the sentence before does not outrank it', 'Tam Okafor voted for Ann Cole in the primary. "It was easy," she said.', 'she', 0, 'Tam Okafor'],
	// review SS (54th stop): "he said" after a quotation of two sentences reads on from the sentence before
	// the quotation, not from its last sentence
	['"he said" after a quotation of two sentences', 'Mayor Tom Vale backed the plan. Mr. Vale dismissed concerns that he is defying the county, even though Governor Ed Roe won it. "It was a narrow win. It was almost a tie," he said.', 'he', 1, 'Tom Vale'],
	['... and after a "?" the tagger took for the sentence\'s end', 'Ann Cole still lives with her parents, among posters of Ed Roe. "Who wants to live at home at 29?" she said.', 'she', 0, 'Ann Cole'],
	['... not over a sentence its quotation ended', 'Ann Cole spoke first. Tom Vale went after Ed Roe, calling him "a total stiff." He says the plan is a disgrace.', 'He', 0, 'Tom Vale'],
	// review SS: a his in a phrase of time the sentence opens with is its subject's
	['"Early in his campaign, X attacked Y"', 'Ed Roe was the nominee in 2012. Early in his campaign, Tom Vale attacked Ed Roe.', 'his', 0, 'Tom Vale'],
	// review SS: an object pronoun is not the subject of its own clause, read to the infinitive's subject
	['"led X to declare him" is not X', 'Tom Vale won Ohio on Tuesday. The victory led Party Chairman Ed Roe to declare him the nominee.', 'him', 0, 'Tom Vale'],
	['... nor "accuses X of subjecting her"', 'Ann Cole accuses Ed Roe of subjecting her to a smear.', 'her', 0, 'Ann Cole'],
	['... but "called X to congratulate him" is X', 'Ann Cole spoke on Tuesday after she called Tom Vale to congratulate him.', 'him', 0, 'Tom Vale'],
	['... and "for him to win" is no object', 'Tom Vale is behind. Many delegates would have to switch sides for him to win.', 'him', 0, 'Tom Vale'],
	['... and a participle after a noun has that noun for its subject', 'Tom Vale could be met by a chorus of Democrats urging him to quit.', 'him', 0, 'Tom Vale'],
	['... and a name after a verb may be its clause\'s subject', 'Tom Vale went on. Ann Cole said Governor Ed Roe approached her after the rally.', 'her', 0, 'Ann Cole'],
	['... a relative clause on a noun has another verb', 'Only three senators endorsed Tom Vale, and the bad blood Ed Roe engendered over the years prevented him from winning.', 'him', 0, 'Tom Vale'],
	// review TT (54th stop): a politician described by their creed is the one named before
	['"The self-described democratic socialist said" after "Tom Vale campaigned"', 'Tom Vale campaigned in Ohio on Monday. The self-described democratic socialist said he would win the state.', 'socialist', 0, 'Tom Vale'],
	// review SS (54th stop): a name with no given name a list knows, then an owner's role after its comma,
	// is a person where it stands, so their later "he said" can be theirs
	['"Tad Vale, Sanders\'s chief strategist, said" is a person', 'Ed Sanders spoke in Ohio. Tad Vale, Sanders\'s chief strategist, said the race was close. Vale acknowledged that it will be hard unless Sanders wins Indiana.\n\n"Yes, we must stipulate that," he said.', 'he', 0, 'Tad Vale'],
	['"he said" after "when X asked" is the one asked', 'Tom Vale did not sound sure when Ed Roe asked whether the party would hold the House. "You always run like everything is on the line," he said.', 'he', 0, 'Tom Vale'],
	['"her" and a noun the tagger reads as a verb is hers', 'Ann Cole won again. As Ann Cole extends her lead, Tom Vale must decide.', 'her', 0, 'Ann Cole']
];

describe('coreference across an article', () => {
	it.each(rows)('%s', (_n, text, mention, nth, expected) => {
		expect(entityOf(text, mention, nth)).toBe(expected);
	});
});

describe('agreement and names', () => {
	const person = Object.assign(new Cluster('person', 'Jane Roe'), { gender: 'f' as const });
	const people = Object.assign(new Cluster('person', 'officials'), { plural: true });
	const org = new Cluster('org', 'Acme Corp');
	const cases: [string, Cluster, 'he' | 'she' | 'it' | 'they', boolean][] = [
		['she: a woman', person, 'she', true],
		['he: not a woman', person, 'he', false],
		['it: an organisation', org, 'it', true],
		['it: not a person', person, 'it', false],
		['they: several people', people, 'they', true],
		['they: an organisation', org, 'they', true],
		['he: not several people', people, 'he', false]
	];
	it.each(cases)('%s', (_n, c, p, ok) => expect(agrees(c, p)).toBe(ok));

	it.each([
		['Congressional Budget Office', 'cbo'],
		['Department of Environmental Protection', 'dep'],
		['United Nations Security Council', 'unsc']
	])('initials of %s', (name, ini) => expect(initials(name)).toBe(ini));
	it.each([
		[['james', 'p', 'kennedy', 'jr'], 'kennedy'],
		[['jane', 'roe'], 'roe']
	])('surname of %j', (ws, s) => expect(surname(ws)).toBe(s));
	it('words drop possessives and full stops', () => expect(words("U.N. Amnesty's")).toEqual(['un', 'amnesty']));
});
