import { describe, expect, it } from 'vitest';
import { tokenise } from '../../analysis/nlp.js';
import { findLoaded } from '../../analysis/loaded/index.js';
import { analyseArticle } from '../../analysis/pipeline.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';
import { parseSenses } from '../../analysis/loaded/senses.js';
import { loadDefaultLexicon, parseLexicon } from '../../analysis/lexicon/index.js';
import type { CleanArticle } from '../../analysis/types.js';

const article = (text: string) => ({ id: 't', outlet: 'o', title: '', date: null, url: null, byline: null, text, paragraphs: [], captions: [], comments: [], removed: [], warnings: [] }) as CleanArticle;
const flagged = (text: string) => findLoaded(article(text), tokenise(text), [], loadDefaultLexicon()).map((l) => l.text);

describe('sense rules: literal and technical uses are not loaded (shipped lexicon and senses.tsv)', () => {
	// [sentence, the findings expected]: each literal use beside its loaded use of the same word.
	const cases: [string, string[]][] = [
		['The country’s gross domestic product grew by two per cent.', []],
		['Auditors found gross misconduct in the accounts office.', []],
		// review 32: Reuters' "U.S. crude CLc1 fell 3.38%" was its only loaded term
		['U.S. crude CLc1 fell 3.38% on Monday and Brent crude LCOc1 fell 2.6%.', []],
		['His crude attempt to rally support failed.', ['crude']],
		// review 33: SlashGear's only loaded terms in its own voice were a motor's output and a bumper's shape
		['The front motor cranks out 300 kW through an aggressively contoured bumper.', []],
		['The coupe has aggressive styling and aggressive pricing.', []],
		['The senator is a crank, and the aggressive policing angered residents.', ['crank', 'aggressive']],
		// legal terms of art
		['The court awarded the senators exemplary damages.', []],
		['He was charged with reckless endangerment and malicious prosecution.', []],
		['The minister’s reckless plan was a malicious attack on teachers.', ['reckless', 'malicious attack']],
		// the names of offences (review 17: "a campaign against child cruelty")
		['She backed a campaign against child cruelty and cruelty to animals.', []],
		['The cruelty of the regime shocked the town.', ['cruelty']],
		// a literal size, and a title with its number
		['The towering rocket stood on the launch pad.', []],
		['Her towering achievement won the prize.', ['towering']],
		['Rage 2 is short but fun, critics found.', []],
		// a capitalised word the tagger reads as a common noun, opening a name: part of the name
		['The minister visited the Gush Etzion settlement bloc on Tuesday.', []],
		// rising against a government; a revolting meal stays a judgement
		['Voters were revolting against a remote bureaucracy.', []],
		['The minister called the deal revolting.', ['revolting']],
		// a panic ascribed to a crowd is loaded; a panic attack or a panic button is a term
		['The public is beginning to panic over the outbreak.', ['panic']],
		['She had a panic attack before the exam and pressed the panic button.', []],
		// what goes on without treatment or control; unchecked power stays a judgement
		['If the infection continues unchecked for too long, the lungs scar.', []],
		['If left unchecked, the fire could reach the town by Friday.', []],
		['The mayor’s unchecked power alarmed the council.', ['unchecked']],
		['Crude oil prices rose on Tuesday.', []],
		['The blast shattered windows across the street.', []],
		// review Z (41st stop): a contest's outcome in general labels no one
		['Picking winners and losers seemed beside the point.', []],
		['He is a sore loser.', ['sore loser']],
		// review W (40th stop): a poll's answer given as chosen is mentioned, not the outlet's scare quote
		['Only 21 percent of voters who chose “honest and trustworthy” backed her.', []],
		['The “honest and trustworthy” mayor lost the vote.', ['honest and trustworthy']],
		['The storm left 80 percent of homes destroyed and the island repaired its destroyed power grid.', []],
		['He ordered the clerk to destroy her notes of the meeting.', []],
		['The scandal destroyed his career.', ['destroyed']],
		// a rule naming the participle applies to it, though the lexicon lists the verb ("destroy")
		['Many homes were destroyed and the helicopter was completely destroyed.', []],
		['His career was destroyed by the scandal.', ['destroyed']],
		['The ruling shattered public trust in the council.', ['shattered']],
		['Rioters hurled stones at the police line.', []],
		['He hurled insults at the reporters.', ['hurled', 'insults']],
		['The driver slammed on the brakes at the junction.', []],
		['The car slammed into a wall.', []],
		['The senator slammed the proposal.', ['slammed']],
		['No group claimed responsibility for the attack.', []],
		["The group's claim of responsibility came hours later.", []],
		['Neo-banks are all the rage in Europe.', []],
		['The crash claimed the lives of three climbers.', []],
		// review 19: taking custody of a body is no loaded reporting verb
		["The family claimed Tom Vale's body a week later.", []],
		['She claimed the vote was rigged.', ['claimed', 'rigged']],
		// review LL (47th stop): winning a nomination is no claim made; "mock" as an adjective is feigned
		["The win wasn't enough to claim the nomination.", []],
		['Tom Vale threw up his hands in mock exasperation at a mock trial.', []],
		['Critics mock the plan.', ['mock']],
		['He is boldly claiming that the nomination is his to lose.', ['claiming']],
		['Insurance claims rose after the storm.', []],
		// reviews DD and EE (43rd stop): a share as a count gives it
		["Wyoming's overwhelmingly Republican enrollment helped her.", []],
		['Voters there overwhelmingly vote Democratic.', []],
		['The response was overwhelmingly positive.', ['overwhelmingly positive']],
		// review EE (43rd stop): a forged thing is fake in the plain sense
		['The hackers released fake invoices and a fake war report.', []],
		['The claims were fake.', ['claims', 'fake']],
		// review FF (43rd stop): a legal claim is a filing, no doubt cast
		['The parents filed a wrongful death claim against the city.', []],
		['The family filed a malpractice claim.', []],
		['His claims were rejected by the panel.', ['claims']],
		['A predator chasing fish near the reef was filmed by divers.', []],
		['He was described as a predator by the prosecutor.', ['predator']],
		['A swarm of bees settled on the roof.', []],
		['Rubbish bins overflowed after the strike.', []],
		['He found a job collecting garbage in the city.', []],
		['The minister called the report complete rubbish.', ['rubbish']],
		['A rogue regime fired the missile.', ['rogue']],
		['Tuft cells detect parasites in the gut and trigger an immune response.', []],
		['He called the migrants invaders and parasites.', ['invaders', 'parasites']],
		['The patient had inflamed lymph nodes.', []],
		['Feathers caused his air sacs and airways to become inflamed.', []],
		['Of the three plague variants, pneumonic is the most virulent.', []],
		['Critics launched a virulent attack on the minister.', ['virulent']],
		['Bitter compounds activate the receptors.', []],
		['It was a bitter defeat for the party.', ['bitter defeat']],
		['Whatever lies beyond the show, he is ready.', []],
		['The president slapped tariffs on imported steel.', ['slapped']],
		['He slapped her in the face, the court heard.', []],
		['The fire gutted the warehouse overnight.', []],
		['The committee gutted the bill.', ['gutted']],
		['The hurricane devastated the island’s crops.', []],
		['The dogs howled all night.', []],
		['The leaked headline read "An amazing victory for the party".', []],
		['The result was amazing, she wrote.', ['amazing']],
		// a word talked about is mentioned; "an expression of ..." is not a mention
		['Critics objected to the expression "brutal regime" in the report.', []],
		['He called the move an expression of "contempt for the court and an affront to victims".', ['contempt', 'affront']],
		['The toxic waste was buried near the river.', []],
		['The debate has become toxic.', ['toxic']],
		['Aggressive cancer was found in the scan.', []],
		// a patient's complaint is a medical history, not a grumble (seventh newcomer pass)
		['Several diplomats complained of symptoms such as hearing loss.', []],
		['The mayor complained about the cost, saying it was too high.', ['complained']],
		['He woke up early on Monday.', []],
		// damage metaphors (issue #8): literal violence, fire and water are not
		['The committee slashed the housing budget.', ['slashed']],
		['The new rules strangle small businesses.', ['strangle']],
		['He strangled his wife in 2019, the court heard.', []],
		['Critics torched the proposal within hours.', ['torched']],
		['Rioters torched three cars overnight.', []],
		['Scandal engulfed the ministry within days.', ['engulfed']],
		['Fire engulfed the warehouse on Friday.', []],
		['The bill was a boondoggle for donors.', ['boondoggle']],
		// manner adverbs pass a verdict, apart from fixed descriptive phrases
		['The minister brazenly ignored the ruling.', ['brazenly']],
		['It was bitterly cold on the march.', []],
		['Two passengers became violently ill on the flight.', []],
		// a confession in a criminal case is what the suspect did; elsewhere "admitted" casts a statement as an admission
		// (ninth newcomer pass: "Webb confessed to the crime" made a kidnapper's outlet the most loaded)
		['Webb confessed to the crime and the jury took just 15 minutes to find him guilty.', []],
		['In an interview with the FBI, Webb confessed, admitting that he took the girl.', []],
		['The minister admitted that the plan had failed.', ['admitted']],
		// "allegedly" in a report of a crime is legal caution; elsewhere it casts doubt
		['The man allegedly stole a car, police said.', []],
		['The minister allegedly cares about the poor.', ['allegedly']],
		// (eighth newcomer pass: the packages "Haig allegedly told investigators he sold")
		['The rounds are from the packages he allegedly told investigators he sold.', []],
		// what is still owed or open; a firearm's muzzle; a pope's reign
		['He was held on an outstanding warrant.', []],
		['She gave an outstanding speech.', ['outstanding']],
		['Witnesses saw muzzle flashes from the roof.', []],
		['The new law would muzzle the press.', ['muzzle']],
		['Critics of this pontificate met in Rome.', []],
		['Pundits love to pontificate about the economy.', ['pontificate']],
		// the disease, the weapon, the charge
		['Scandals have plagued the ministry.', ['plagued']],
		['A port town plagued by rats and fleas.', []],
		['Police found incendiary devices in the van.', []],
		['He made incendiary remarks at the rally.', ['incendiary']],
		['He was charged with extortion and fraud.', []],
		['Critics called the toll rise extortion.', ['extortion']],
		// a reporting verb's plain sense reports nobody's words (reports.ts)
		['The country admitted two thousand refugees last year.', []],
		['The minister admitted that the figures were wrong.', ['admitted']],
		['He admitted what looked like guilt.', ['admitted']],
		['An admitted perjurer testified on Friday.', []],
		['The priests confess their sins at Easter.', []],
		['She confessed to the affair.', ['confessed']],
		// (ninth newcomer pass: "SpaceX's towering Starship vehicle" is its height)
		["They range from SpaceX's towering Starship vehicle to small probes.", []],
		['He was a towering figure in the party.', ['towering']],
		['She confessed to the killing.', []],
		['The bishop preached the Gospel in the square.', []],
		['He lectured the nation that the rules were clear.', ['lectured']],
		['The agency insists the plan is safe.', ['insists']],
		['“No,” he insisted.', ['insisted']],
		['The service boasts such a high technical makeup.', []],
		['The mayor boasted that the budget was balanced.', ['boasted']],
		['He boasted about his wealth at the dinner.', ['boasted']],
		// instability of a thing: a connection, a frame rate, a patient's condition
		['The game runs at an unstable 60fps in the browser.', []],
		['The patient was in unstable condition on Friday.', []],
		['The mentally unstable leader shouted at reporters.', ['unstable']],
		['The smugglers evaded capture for a week.', []],
		['The minister evaded questions about the contract.', ['evaded']]
	];
	it.each(cases)('%s -> %j', (text, expected) => {
		expect(flagged(text)).toEqual(expected);
	});

	it('a reporting verb that the quotes stage found as a quote\'s cue reports words, whatever follows it', () => {
		const text = '“We did nothing wrong,” the minister admitted on Monday.';
		const a = analyseArticle({ id: 't', text, raw: true }, { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() });
		expect(a.quotes.map((q) => q.cue)).toEqual(['admitted']);
		expect(a.loaded.map((l) => l.text)).toEqual(['admitted']);
		// Without the quote (no cue), "admitted on Monday" has no words after it to report.
		expect(flagged('The hospital admitted him on Monday.')).toEqual([]);
	});

	it('rules are data: a custom rule file applies to a custom lexicon', () => {
		const lex = parseLexicon([{ category: 'emotive', content: 'storm\n' }]);
		const rules = parseSenses('next\tstorm\tdrain, drains\t1\n');
		expect(rules).toHaveLength(1);
		expect(rules[0].terms).toEqual([{ term: 'storm' }]);
		const text = 'The storm drain overflowed. The storm of protest grew.';
		// The shipped rules do not know "storm drain"; the parsed rule does.
		const tok = tokenise(text);
		const found = findLoaded(article(text), tok, [], lex);
		expect(found.map((f) => f.text)).toEqual(['storm', 'storm']);
	});

	const bad: [string, RegExp][] = [
		['nonsense\tx\ty\n', /senses\.tsv:1: expected/],
		['next\tx\n', /senses\.tsv:1: expected/],
		['next\tx\ty\tfar\n', /reach must be a number/]
	];
	it.each(bad)('a malformed line names the file and line: %j', (content, message) => {
		expect(() => parseSenses(content)).toThrow(message);
	});
});
