import { describe, expect, it } from 'vitest';
import { tokenise } from '../../analysis/nlp.js';
import { scoreComment, scoreSentiment } from '../../analysis/sentiment/index.js';

const body = (text: string) => scoreSentiment(text, tokenise(text));

describe('scoreComment: VADER-style rules on short informal text', () => {
	// [weaker or opposite, stronger]: the second must score strictly higher than the first.
	const higher: [string, string, string][] = [
		['intensifier boosts', 'The food was good.', 'The food was very good.'],
		['intensifier boosts (extremely)', 'The staff were helpful.', 'The staff were extremely helpful.'],
		['dampener weakens', 'The food was somewhat good.', 'The food was good.'],
		['ALL CAPS emphasises', 'The food was good.', 'The food was GOOD.'],
		['exclamation marks emphasise', 'The food was good.', 'The food was good!!!'],
		['negation flips a negative word', 'The food was bad.', 'The food was not bad.'],
		['a negated comparative is praise', 'It was not good.', "It couldn't be better."],
		['"never so" is emphasis, not negation', 'I was happy.', 'I was never so happy.'],
		['"but": the later clause weighs more', 'The food was great but the service was awful.', 'The service was awful but the food was great.']
	];
	it.each(higher)('%s: "%s" < "%s"', (_name, low, high) => {
		expect(scoreComment(low)).toBeLessThan(scoreComment(high));
	});

	const caps: [string, string][] = [
		['this is AWFUL', 'this is awful'], // caps makes a negative word more negative
		['what a TERRIBLE idea!!!', 'what a terrible idea']
	];
	it.each(caps)('"%s" is more negative than "%s"', (strong, plain) => {
		expect(scoreComment(strong)).toBeLessThan(scoreComment(plain));
	});

	const signs: [string, -1 | 0 | 1][] = [
		['I love this, it works great!', 1],
		['Worst purchase ever. Total waste of money.', -1],
		['The food was not good.', -1],
		// a negated comparative is praise where nothing could outdo it, not where a state failed to improve
		// (third newcomer pass: "things didn't get better afterwards" had read as praise)
		["It doesn't get any better than this.", 1],
		["It don't get better, value for money.", 1],
		["Things did not get better after the surgery.", -1],
		// eighth newcomer pass: "not just"/"not only" add, they deny nothing; and a word wink rates with the
		// sign opposite to VADER's sure raters ("screaming" +0.3, "bully" +1) counts VADER's
		["It's not just people harassing him at home.", -1],
		['It is not only rude but cruel.', -1],
		['People were screaming at the door.', -1],
		['He is a bully.', -1],
		['He has not felt better since the operation.', -1],
		['The food was not so good.', -1],
		['Never happy with this service.', -1],
		["Don't bother, it's useless.", -1],
		['Slow start, but a gripping and moving finale.', 1],
		['The bus leaves at nine from the main square.', 0],
		// a hashtag of one word says that word; one of several words names a campaign
		['Monday again #fail', -1],
		['New job starts today #blessed', 1],
		['Marching downtown today #BlackLivesMatter', 0],
		// face emoji wink does not rate, by the feeling their name names (valence.txt)
		['Waiting for the bus 😢', -1],
		['Waiting for the bus 🤬', -1],
		['Waiting for the bus 🥳', 1],
		// a limit negates what follows it ("less than", "far from"), a hyphen inside a word ends no clause
		['The visuals were less than ideal.', -1],
		['It offers less-than-ideal visual performance.', -1],
		['The launch was far from perfect.', -1],
		// ... and so does "anything but" (ninth newcomer pass: "anything but easy" read +0.88)
		['Getting to the Moon is anything but easy.', -1],
		// an emoticon written inside a word ("TL;DR") is no smile
		['TL;DR the bus leaves at nine.', 0],
		// ... nor one the tokeniser cut out of a time ("9:38PM" is 9, ":3", "8PM")
		['Posted February 6, 2016 9:38PMCarson', 0],
		// ... nor the bracket that closes a party label before a colon (review 35: "(R-S.C.):" read as a frown)
		['Rep. Tom Vale (R-S.C.): The bus leaves at nine.', 0],
		['The bus leaves at nine ):', -1],
		// ... nor a legal mark, which wink scores as an emoji (seventh newcomer pass: "©" of a photo credit was +0.4)
		['© Provided by the Harbour Post. The bus leaves at nine.', 0],
		['Kestrel® and Vale™ filed the forms.', 0],
		// ... nor an emoji in an embedded post's display name, before its handle (review 28)
		['— Dana Vale 🏳️‍🌈 (@danavale) November 18, 2019', 0],
		['— tall glass of coquito 🎄🎄 (@_orabora) November 19, 2019', 0],
		// ... nor a figure that a chat shorthand rates ("143", "I love you", in VADER's lexicon)
		['The plague reached 143 villages in the region.', 0],
		// "respective" says each to each, no respect (review 28: +1.8 toward Epstein)
		['They met at their respective homes.', 0],
		['See you at 9 :3', 1],
		['', 0],
		['WHAT A BRILLIANT IDEA', 1], // all caps throughout: still positive, no extra caps boost
		// what a negated verb has as its object is neither good nor bad, not its opposite (review 17)
		["He doesn't remember any raping.", 0],
		["She didn't like the food.", -1],
		["It isn't a good idea.", -1],
		// how sure, not how good (review 18: "he definitely remembers going to get pizza" read +2.5)
		['He definitely remembers going to the shop that night.', 0],
		['He clearly remembers going to the shop that night.', 0],
		['She surely took the bus to the shop.', 0],
		['He was arguably the best pilot of his class.', 1],
		['It was definitely a great night.', 1],
		// review 33: an adjective of degree before a negative noun says how much, not how good
		// (NYT's "facing sharp criticism" read as praise of Trump)
		['It was a great disappointment.', -1],
		['It was a huge mistake.', -1],
		['They faced a big problem.', -1],
		['She showed great courage.', 1],
		// (a word of quality still praises: "a glorious mess", and a noun that only modifies another)
		['It is one of the great apocalypse movies.', 1],
		// review 33: a verb that denies what follows negates it ("refused to endorse" had read 0, "has yet to
		// endorse" and "declined to praise" as praise)
		['Trump refused to endorse Ryan.', -1],
		['Ryan has yet to endorse Trump.', -1],
		['The senator declined to praise the plan.', -1],
		['Trump endorsed Ryan.', 1]
	];
	it.each(signs)('"%s" has sign %i', (text, sign) => {
		const s = scoreComment(text);
		expect(Math.sign(s)).toBe(sign);
		expect(Math.abs(s)).toBeLessThanOrEqual(1);
	});

	it('all caps throughout does not count as emphasis', () => {
		expect(scoreComment('WHAT A BRILLIANT IDEA')).toBeCloseTo(scoreComment('what a brilliant idea'), 5);
	});
});

describe('scoreSentiment: sentences and body', () => {
	it('scores each sentence with its exact span', () => {
		const text = 'The rescue was a wonderful success. The response was a shameful failure.\n\nOfficials met on Monday.';
		const s = body(text);
		expect(s.sentences).toHaveLength(3);
		expect(s.sentences.map((x) => text.slice(x.start, x.end))).toEqual([
			'The rescue was a wonderful success.',
			'The response was a shameful failure.',
			'Officials met on Monday.'
		]);
		expect(s.sentences[0].score).toBeGreaterThan(0);
		expect(s.sentences[1].score).toBeLessThan(0);
		expect(s.sentences[2].score).toBe(0);
	});

	const bodies: [string, -1 | 0 | 1][] = [
		['Residents celebrated a joyful, peaceful festival. Everyone praised the organisers.', 1],
		['The attack was horrific. Victims described terrifying scenes and deep grief.', -1],
		['The council meets on Tuesday. The agenda lists three items.', 0],
		// a capitalised tone word after a degree word opening a sentence is emphasis, not a name;
		// after any other opener it stays a name
		['So Sad about the news today.', -1],
		['Really Good stuff from the team.', 1],
		['Will Catholic voters turn out on Tuesday?', 0],
		// review 32: "The researchers weren't, for instance, able to collect any data" read +0.49
		["The researchers weren't, for instance, able to help.", -1],
		['The researchers were, for instance, able to help.', 1]
	];
	it.each(bodies)('body of "%s" has sign %i', (text, sign) => {
		const s = body(text);
		expect(Math.sign(s.score)).toBe(sign);
		expect(Math.abs(s.score)).toBeLessThanOrEqual(1);
	});

	it('a sentence scores like the same text as a comment, in direction', () => {
		for (const t of ['This is a disgraceful, shameful decision.', 'What a lovely, generous gesture.']) {
			expect(Math.sign(body(t).sentences[0].score)).toBe(Math.sign(scoreComment(t)));
			expect(Math.sign(body(t).score)).toBe(Math.sign(scoreComment(t)));
		}
	});

	// A long, plain article with one glowing paragraph is mostly plain: every paragraph counts, plain ones as 0.
	const plain = '\n\nThe meeting is on Monday.\n\nThe report has ten pages.';
	const rows: [string, number][] = [
		['The result was excellent.', 0],
		['The result was excellent.' + plain, 1],
		['The result was excellent.' + plain.repeat(5), 5]
	];
	it('text pasted without paragraph breaks is read sentence by sentence (five or more in one paragraph)', () => {
		const one = body('The result was excellent.');
		const plainRun = Array.from({ length: 12 }, (_, i) => `The meeting on item ${i + 1} is on Monday.`).join(' ');
		const b = body('The result was excellent.\n\n' + plainRun);
		expect(b.score).toBeCloseTo(one.score / 13, 2);
		// four sentences are still one paragraph's unit
		const four = body('The result was excellent.\n\n' + plainRun.split('. ').slice(0, 4).join('. '));
		expect(four.score).toBeCloseTo(one.score / 2, 2);
	});
	it.each(rows)('body score is the mean over every paragraph, plain ones counting 0: %j', (text, padding) => {
		const one = body('The result was excellent.');
		const b = body(text);
		// one toned paragraph and 2 × padding plain ones
		expect(b.score).toBeCloseTo(one.score / (1 + 2 * padding), 2);
		expect(Math.sign(b.score)).toBe(Math.sign(one.score));
	});
	// review 32: AP's "___" between a story's parts counted as plain paragraphs, pulling its tone to 0
	it.each(['___', '* * *', '———', '#####'])('a separator line %j is no paragraph of the body', (sep) => {
		const one = body('The result was excellent.\n\nThe meeting is on Monday.');
		expect(body(`The result was excellent.\n\n${sep}\n\nThe meeting is on Monday.\n\n${sep}`).score).toBeCloseTo(one.score, 5);
	});
});

describe('plain senses and idioms carry no tone (neutral-senses.txt, valence.txt)', () => {
	// [plain use, the same word where it judges]: the first scores 0, the second does not
	const rows: [string, string][] = [
		['He faces a fine of 250 dollars.', 'The weather was fine.'],
		// review 34: a hedge around a superlative, an intensifier, a count of votes, rushing, on purpose
		['The claim was a stretch at best.', 'The claim was the best of the year.'],
		['She knew full well that the vote was on Monday.', 'She played well on Monday.'],
		['Sanders won the popular vote in Michigan.', 'Sanders was popular in Michigan.'],
		['She was dashing into a luncheon on Monday.', 'She was a dashing figure on Monday.'],
		['It was a deliberate choice of words.', 'It was a wonderful choice of words.'],
		// newcomer passes 12 and 13 (29th stop): a penalty imposed, a street cleared, stock, a position on the field
		['The league will fine Tom Vale.', 'The league said Tom Vale was fine.'],
		['Police moved to clear the barricades.', 'The police plan was clear.'],
		['He bought shares of the company on Monday.', 'He bought wonderful shares of the company on Monday.'],
		['He is a defensive end for the club.', 'He was defensive about the club.'],
		['The talks are still going on.', 'The talks are calm.'],
		['It is a kind of tax.', 'She was kind to the staff.'],
		['The minister came as well.', 'The team played well.'],
		['The minister, as well as the mayor, came.', 'The mayor did well.'],
		['He was held captive for three days.', 'He was held in a lovely house for three days.'],
		['The top officials met on Monday.', 'The lovely officials met on Monday.'],
		['He faces a maximum of ten years.', 'He faces a wonderful ten years.'],
		['A jail suicide expert gave evidence.', 'A jail suicide expert gave wonderful evidence.'],
		['The school principal met the public defender.', 'The school principal met the kind defender.'],
		['He signed the original contract on the pay of the staff.', 'He signed the lovely contract.'],
		['Despite the rain, the parade went ahead.', 'Despite the rain, the lovely parade went ahead.'],
		['The settlement is worth ten million dollars.', 'The settlement is a triumph.'],
		// fifth newcomer pass: "seem intent on pushing north" had read +1.25 toward the migrants
		['The migrants seem intent on pushing north.', 'The migrants seem happy to push north.'],
		['Her intent was to reach the border.', 'Her hope was to reach the border.'],
		// a quantity word next to a figure reports it (quantity.txt)
		['Car sales were down 10% in October.', 'The players were down after the game.'],
		// review 32: market moves read as tone ("futures lost 0.66%" -0.39, "the yen strengthened 0.13%" +0.41)
		['The futures lost 0.66% on Monday.', 'The futures lost their appeal on Monday.'],
		['The yen strengthened 0.13% against the dollar.', 'The yen strengthened its appeal.'],
		// news procedure and titles that wink rates through one word (valence.txt)
		['The founder engaged in self-dealing, the filing said.', 'The founder was an engaging speaker.'],
		['The special envoy met the minister.', 'It was a special day for the minister.'],
		// review 17: "guards at Epstein's special housing unit" read +0.38 toward him
		['Two guards were assigned to the special housing unit.', 'The guards made it a special night.'],
		['The company was valued at $8.8 billion.', 'The company valued its wonderful staff.'],
		['The new boss met the players on Monday.', 'The new boss met the lovely players on Monday.'],
		// nouns and adverbs wink rates that name a thing or say "more" in news prose
		['The cat was found in New Mexico on Friday.', 'The cat was found in a lovely garden on Friday.'],
		['The yen was trading at 108 per dollar.', 'The yen was trading at a wonderful level.'],
		['Further talks are planned for next week.', 'Wonderful talks are planned for next week.'],
		['The elements of the plan are essential.', 'The elements of the plan are wonderful.'],
		['The two figures were ten and twelve respectively.', 'The two figures were wonderful.'],
		['The authors argued that the law had raised use.', 'The authors sadly argued that the law had raised use.'],
		// words of political and public life that news uses as plain description
		['The group behind the attack named its leader.', 'The group behind the attack named its wonderful leader.'],
		['The presumptive nominee visited a key state.', 'The presumptive nominee visited a lovely state.'],
		['If elected, she will join the legal team.', 'If elected, she will join the brilliant legal team.'],
		['Democratic voters released the names of their supporters.', 'Democratic voters praised their supporters.'],
		['The reality TV star will play the role and is moving to Ohio.', 'The reality TV star gave a moving speech.'],
		['The contender is eligible and reached the final.', 'The contender is eligible and reached a happy final.'],
		['Leaders must decide whether they want certain parts of the work.', 'Leaders must decide whether they want lovely parts of the work.'],
		['The wins gave her a significant lead and created an opening.', 'The wins gave her a wonderful lead.'],
		['She focused on the budget.', 'She focused on the awful budget.'],
		['The campaign stop was in Ohio.', 'The awful campaign stop was in Ohio.'],
		['People familiar with the matter said the ancillary businesses would close.', 'People familiar with the awful matter said the businesses would close.'],
		['The game runs on the console with a premium subscription.', 'The game runs badly on the console with a subscription.'],
		['She won a statewide race and a nationwide following.', 'She won a bitter race and a nationwide following.'],
		// a party label names a state ("OK" is Oklahoma); "stressed" as a verb of saying is emphasis
		['Rep. Frank Lucas (R-OK) spoke on Monday.', 'Rep. Frank Lucas (R-OK) spoke wonderfully on Monday.'],
		['Agency officials have stressed that the launch is on time.', 'Agency officials have stressed that the awful launch is on time.'],
		// ninth newcomer pass: "walking down Fort Worth's 6th Avenue" read -0.58, "may well have expanded" +1.26,
		// "arguably" -1 (a word of how sure, like "definitely"); "down" with no noun phrase after it still rates
		['He was walking down Sixth Avenue.', 'He was feeling down.'],
		['The website went down the hill.', 'The website is down and nobody answers.'],
		['The crater may well have expanded.', 'The crater has expanded well.'],
		// review 32: "she has given some that, well aren't" read +0.41, a pause in speech as praise
		['She has given some answers that, well, are not.', 'She has given some answers that are well made.'],
		['Well, the plan changed.', 'The plan worked well.'],
		['It is arguably the oldest crater.', 'It is sadly the oldest crater.'],
		// review 31: "will hand over the reins" read +2.2 for the successor, "shortly after news broke" -1.25
		['She will hand over the reins to her deputy.', 'She will hand over the reins to her brilliant deputy.'],
		['Shortly after news broke on Monday, she left.', 'Shortly after the awful news on Monday, she left.']
	];
	it.each(rows)('%j scores 0; %j does not', (plain, judged) => {
		expect(scoreComment(plain)).toBe(0);
		expect(scoreComment(judged)).not.toBe(0);
	});
});
