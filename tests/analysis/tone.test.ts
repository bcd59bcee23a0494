import { describe, expect, it } from 'vitest';
import { tokenise } from '../../analysis/nlp.js';
import { leftOut, scoreSentiment, scoreSpan, toneContext } from '../../analysis/sentiment/index.js';
import { outletTone, relativeTone } from '../../analysis/sentiment/outlet.js';
import { analyseArticle } from '../../analysis/pipeline.js';
import { compareOutlets } from '../../analysis/compare.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';

/** The left-out stretches of a text, as written, with their reason. */
function skipped(text: string, reason: 'name' | 'topic' | 'word'): string[] {
	const tok = tokenise(text);
	const marks = leftOut(tok);
	const out: string[] = [];
	let run: [number, number] | null = null;
	marks.forEach((m, i) => {
		if (m === reason && run && tok.tokens[i].start - run[1] <= 1) run[1] = tok.tokens[i].end;
		else if (m === reason) {
			if (run) out.push(text.slice(run[0], run[1]));
			run = [tok.tokens[i].start, tok.tokens[i].end];
		} else if (run) {
			out.push(text.slice(run[0], run[1]));
			run = null;
		}
	});
	if (run) out.push(text.slice(run[0], run[1]));
	return out;
}

const body = (text: string) => scoreSentiment(text, tokenise(text));

describe('names are left out of the tone', () => {
	const cases: [string, string[]][] = [
		['The court heard from the International Criminal Court on Monday.', ['International Criminal Court', 'Monday']],
		['Officials of the Drug Enforcement Administration met the mayor.', ['Drug Enforcement Administration']],
		['Visitors laid flowers at the Kigali Genocide Memorial.', ['Kigali Genocide Memorial']],
		['Protesters gathered outside the Ministry of Justice.', ['Ministry of Justice']],
		['Staff at Human Rights Watch said the move was a blow.', ['Human Rights Watch']],
		// the first word of a sentence is capitalised anyway: a name only when it opens a longer run
		['International Criminal Court judges opened the session.', ['International Criminal Court']],
		['Happy birthday to everyone at the club!', []],
		['Great work by the volunteers today.', []],
		// informal emphasis, all caps and headlines in title case are not names
		['This is Awful and so sad.', []],
		['TERRIBLE DECISION BY THE COUNCIL', []],
		['Terrible Floods Hit Coastal Towns Again', []],
		// a dateline in capitals is the place; a shouted word before a comma is not a dateline
		['BUFFALO, N.Y. (AP) — The team won again.', ['BUFFALO']],
		['NEW DELHI: The team won again.', ['NEW DELHI']],
		['GREAT, we loved every minute of it.', []],
		// a title filling a pair of quotation marks names a work (review 31: "Bad Blood" had made a singer negative)
		['The "Bad Blood" singer spoke on Monday.', ['Bad Blood', 'Monday']],
		['The studio made a new “Star Wars” film.', ['Star Wars']],
		['Critics called the novel “Good Omens,” a hit.', ['Good Omens']],
		// (not one capitalised word in marks, which may be emphasis, nor a sentence quoted)
		['Critics called the novel "Awful" on Monday.', ['Monday']],
		['"Bad things happen," she said.', []]
	];
	it.each(cases)('%s -> %j', (text, expected) => {
		expect(skipped(text, 'name')).toEqual(expected);
	});

	it.each([
		// [text, the tone words of its one sentence]: a name the quotes stage found opening a sentence
		// ("Hope Hicks", "Fan Mengguang") is no tone word, whatever its first word means elsewhere
		['Hope Hicks said the meeting would be on Tuesday.', []],
		['Fan Mengguang, a deputy director of the centre, said the case was new.', []]
	] as [string, string[]][])('%s: a known name opening a sentence carries no tone', (text, words) => {
		const a = analyseArticle({ id: 'n', text, raw: true }, { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() });
		expect(a.sentiment.sentences.flatMap((s) => (s.words ?? []).map((w) => w.text))).toEqual(words);
	});

	it('a word used as a name elsewhere in the text is a name at the start of a sentence too', () => {
		const text = 'Officials met Hope Jones on Monday. Hope said the talks went well.';
		expect(skipped(text, 'name')).toEqual(['Hope Jones', 'Monday', 'Hope']);
	});
});

describe('topic words are left out of the tone, unless they are a verdict', () => {
	const cases: [string, string[]][] = [
		['The war ended in 1945.', ['war']],
		['Refugees arrived at the border crossing.', ['Refugees']],
		['The murder trial opened on a cold morning.', ['murder trial']],
		['Doctors found cancer during a routine scan.', ['cancer']],
		// review 14: a disease and a patient's symptoms name the subject
		['A second case of septicemic plague was confirmed.', ['septicemic plague']],
		['He suffered from fatigue and a fever for weeks.', ['suffered from fatigue', 'fever']],
		['Three people died in the flood.', ['died', 'flood']],
		// seventh newcomer pass: a consulate worker's diagnosis and the State Department's notice were tone
		// toward the US government and China
		['The employee suffered a mild traumatic brain injury.', ['suffered', 'traumatic brain injury']],
		['The striker sustained a concussion in the first half.', ['sustained', 'concussion']],
		['The embassy issued a health alert and a travel warning.', ['health alert', 'warning']],
		// ... but the judgement word in the object stays tone ("party" is a topic word of politics)
		['The party suffered a humiliating defeat.', ['party suffered', 'defeat']],
		['The city suffered under his cruel rule.', []],
		// what kills, as "fatal": a fact of the subject (a newcomer's pass: "the deadly bubonic plague" was read as tone toward China)
		['The deadly virus spread to three provinces.', ['deadly virus']],
		['The risk of an outbreak was low.', ['risk', 'outbreak']],
		// the field, not tact (second newcomer pass: "BBC diplomatic correspondent" read as praise)
		['Our diplomatic correspondent reports from the summit.', ['diplomatic']],
		['The festival prize went to a short film.', ['festival prize']],
		['Police arrested two suspects after the robbery.', ['Police arrested', 'suspects', 'robbery']],
		// a topic word used as a judgement still counts
		['It was a disaster.', []],
		['What a disaster!', []],
		['The plan was an absolute catastrophe.', []],
		// the people in the event are topic words; the judgement words around them are not
		['The regime slaughtered protesters in a horrific crackdown.', ['protesters']],
		// review 33: a word the loaded terms' sense rules read literally names the subject; so does a bereavement
		['Brent crude rose on Tuesday.', ['crude']],
		['The senator began a charm offensive in the capital.', ['offensive']],
		['Mothers who lost children spoke at the rally.', ['lost']],
		['He needs the delegate-rich states of the South.', ['rich']],
		// ... not the same words as judgements
		['His crude remarks were offensive to many.', []],
		['The rich donors gave more.', []],
		['Clinton lost the primary by ten points.', []]
	];
	it.each(cases)('%s -> %j', (text, expected) => {
		expect(skipped(text, 'topic')).toEqual(expected);
	});
});

// review CC (43rd stop): "the word ''birther'' was mentioned on the network" — words named as words are
// what is talked about, neither the writer's judgement nor anyone's quotation
describe('words named as words are left out of the tone', () => {
	const cases: [string, string[]][] = [
		['Anchors used the word "disgusting" 40 times.', ['disgusting']],
		["The word ''birther'' was mentioned on the network.", ['birther']],
		['She vowed to stop using the phrase “illegal immigrant” in her speeches.', ['illegal immigrant']],
		['He avoided words such as “awful,” “cruel” and “evil.”', ['awful,', 'cruel', 'evil.']],
		// ... not a marked word the writer or a speaker uses, nor a marked verb with its object
		['Anchors called the plan “disgusting” on air.', []],
		['He said the words “hurt” the good people of the town.', []],
		['The phrase was “utterly disgusting and cruel to many people.”', []]
	];
	it.each(cases)('%s -> %j', (text, expected) => {
		expect(skipped(text, 'word')).toEqual(expected);
	});
	it('and the tone of the writing is that of the same sentence without them', () => {
		expect(body('Anchors used the word "disgusting" 40 times.').score).toBe(body('Anchors used the word "budget" 40 times.').score);
	});
});

describe('a noun an article keeps using is its subject, not its tone', () => {
	// An invented report of 150 words or more that names its subject three times.
	const filler = 'The regional office published the figures on Tuesday and staff answered questions from visitors at the town hall. '.repeat(8);
	// ("shortage": a toned noun that is no topic word of topic.txt, as "plague" was before it joined the health class)
	const report = (noun: string) => `Engineers in the valley found the ${noun} last week. ${filler}Officials said the ${noun} was handled early. Inspectors tracked the ${noun} across two villages.`;
	const rows: [string, string, string[]][] = [
		// [what, text, the noun's left-out forms]
		['a toned noun three times in a report', report('shortage'), ['shortage', 'shortage', 'shortage']],
		['an emotive noun or a label stays tone however often it comes', report('fiasco'), []],
		['twice is not the subject', report('shortage').replace(/Inspectors tracked the shortage across two villages\./, ''), []],
		['a short text has no subject of its own', 'The shortage spread. The shortage grew. The shortage ended.', []]
	];
	it.each(rows)('%s', (_, text, expected) => {
		const word = /shortage|fiasco/.exec(text)![0];
		expect(skipped(text, 'topic').filter((w) => w.includes(word))).toEqual(expected);
	});
});

describe('tone of the writing, not the subject', () => {
	// [subject A, subject B]: plain neutral sentences that differ only in their subject score alike.
	const pairs: [string, string][] = [
		['The International Criminal Court opened its new session on Monday.', 'The World Chess Federation opened its new session on Monday.'],
		['Reporters covered the murder trial in the capital.', 'Reporters covered the chess final in the capital.'],
		['The charity published its annual report on cancer research.', 'The charity published its annual report on river birds.'],
		['The earthquake struck early on Tuesday morning.', 'The regatta started early on Tuesday morning.'],
		['The film festival announced its prize winners on Friday.', 'The planning committee announced its meeting dates on Friday.'],
		// third newcomer pass: falling ill, and telling two things apart, judge nothing ("down", "confused")
		['The man came down with a lung condition in May.', 'The man moved to a new town in May.'],
		['Farmer’s lung is not to be confused with a farmer’s tan.', 'Farmer’s lung is different from a farmer’s tan.'],
		['Police arrested the suspected gunman on Monday.', 'Police arrested the young gunman on Monday.'],
		// review 36: a trade term and keeping away from something judge nothing
		['The minister backs free trade with Canada.', 'The minister backs new rules with Canada.'],
		['The minister is steering clear of the debate.', 'The minister is staying out of the debate.'],
		// review 37: a campaign's visit and an honorary role judge nothing
		['The minister made a campaign stop in the town.', 'The minister made a short visit to the town.'],
		['The grand marshals included the minister.', 'The parade leaders included the minister.'],
		// ... nor does an identity (wink rates "gay" for its old sense, happy)
		['The minister visited a gay nightclub in the city.', 'The minister visited a new nightclub in the city.'],
		['The launch will be a key test of the minister’s mettle.', 'The launch will be a key test of the minister’s plan.'],
		['Several nations decided to leave the court this year.', 'Several nations decided to join the court this year.']
	];
	it.each(pairs)('"%s" scores like "%s"', (a, b) => {
		expect(Math.abs(body(a).score - body(b).score)).toBeLessThanOrEqual(0.05);
	});

	const judged: [string, -1 | 1][] = [
		['The regime’s brutal, disgraceful crackdown was a shameful betrayal.', -1],
		['The rescuers’ heroic, tireless work saved the village.', 1],
		['The war crimes tribunal delivered a disgraceful, cowardly verdict.', -1]
	];
	it.each(judged)('judgement words still carry tone: "%s" has sign %i', (text, sign) => {
		expect(Math.sign(body(text).score)).toBe(sign);
	});

	it('each sentence lists the words that carried it, never a name or a topic word', () => {
		const text = 'The International Criminal Court opened a murder trial. Critics called the delay shameful.';
		const s = body(text);
		expect(s.sentences[0].words).toEqual([]);
		const shameful = s.sentences[1].words?.find((w) => w.text === 'shameful');
		expect(shameful?.value).toBeLessThan(0);
		expect(s.sentences[1].words?.some((w) => /Court|murder|trial/.test(w.text))).toBe(false);
		expect(s.leftOut.map((x) => [text.slice(x.start, x.end), x.reason])).toEqual([
			['The International Criminal Court', 'name'],
			['murder trial', 'topic'],
			['Critics', 'topic']
		]);
	});
});

describe('scoreSpan: the tone of any span in the writer’s own voice', () => {
	const text = 'The minister gave a wonderful speech. "It was a shameful betrayal," Jones said of the vote.';
	const tok = tokenise(text);
	const ctx = toneContext(text, tok);
	const quote = { start: text.indexOf('It was'), end: text.indexOf('," Jones') + 1 };

	it('returns the score and the evidence spans of the words that carried it', () => {
		const t = scoreSpan(ctx, { start: 0, end: text.indexOf('.') + 1 });
		expect(t.score).toBeGreaterThan(0);
		expect(t.words.map((w) => text.slice(w.start, w.end))).toEqual(['wonderful']);
	});

	it('leaves out the spans it is given (quoted speech) and counts only the rest', () => {
		const all = scoreSpan(ctx, { start: 0, end: text.length });
		const own = scoreSpan(ctx, { start: 0, end: text.length }, [quote]);
		expect(all.words.map((w) => w.text)).toEqual(['wonderful', 'shameful', 'betrayal']);
		expect(own.words.map((w) => w.text)).toEqual(['wonderful']);
		expect(own.score).toBeGreaterThan(all.score);
		expect(own.read).toBeLessThan(all.read);
	});

	it('leaves out names and topic words inside the span', () => {
		const t2 = 'Critics of the International Criminal Court discussed the war.';
		const t = scoreSpan(toneContext(t2, tokenise(t2)), { start: 0, end: t2.length });
		expect(t.score).toBe(0);
		expect(t.words).toEqual([]);
	});
});

describe('own voice and quoted speech get separate tone figures', () => {
	const options = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
	it('a neutral report quoting an angry speaker: own voice neutral, quoted speech negative', () => {
		const text = 'The council met on Tuesday to discuss the budget.\n\n"This is a disgraceful, shameful betrayal of every family in the town," said Maria Lopez, a local resident.\n\nThe vote is expected next month.';
		const a = analyseArticle({ id: 'v', text, raw: true }, options);
		expect(a.sentiment.quoted).toBeLessThan(-0.3);
		expect(a.sentiment.ownVoice).toBe(0);
		expect(a.sentiment.stretches.some((s) => s.voice === 'quoted')).toBe(true);
	});

	it('a hostile report in its own words: own voice negative, no quoted tone', () => {
		const text = 'The council’s shameful, reckless budget betrays every family in the town.';
		const a = analyseArticle({ id: 'h', text, raw: true }, options);
		expect(a.sentiment.ownVoice).toBeLessThan(-0.3);
		expect(a.sentiment.quoted).toBeNull();
	});
});

describe('per outlet: tone relative to the collection mean', () => {
	it('relative figures are each outlet minus the mean of all outlets, each outlet once', () => {
		const rows = [
			{ bodySentiment: -0.4, ownVoiceTone: -0.2, quotedTone: null },
			{ bodySentiment: -0.2, ownVoiceTone: null, quotedTone: -0.5 },
			{ bodySentiment: 0, ownVoiceTone: 0.2, quotedTone: 0.1 }
		];
		expect(relativeTone(rows)).toEqual([
			{ bodySentimentRelative: -0.2, ownVoiceRelative: -0.2 },
			{ bodySentimentRelative: 0, ownVoiceRelative: null },
			{ bodySentimentRelative: 0.2, ownVoiceRelative: 0.2 }
		]);
	});

	it('pools the stretches of each voice across an outlet’s articles, weighted by words', () => {
		const sentiment = (stretches: { voice: 'outlet' | 'quoted'; score: number }[]) => ({
			score: 0,
			sentences: [],
			ownVoice: null,
			quoted: null,
			leftOut: [],
			stretches: stretches.map((s) => ({ ...s, start: 0, end: 1, words: 5 }))
		});
		const t = outletTone([
			{ words: 100, sentiment: sentiment([{ voice: 'outlet', score: -0.4 }, { voice: 'quoted', score: 0 }]) },
			{ words: 300, sentiment: sentiment([{ voice: 'outlet', score: 0.2 }, { voice: 'quoted', score: -0.6 }]) }
		]);
		// each voice's stretches weighted by their words, a neutral stretch included (it counts 0)
		expect(t).toEqual({ bodySentiment: 0, ownVoiceTone: -0.1, quotedTone: -0.3 });
	});

	it('compareOutlets gives every outlet its relative figures; a shared subject cancels', () => {
		const options = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
		const a = analyseArticle({ id: 'a', outlet: 'Calm Post', text: 'The war crimes tribunal opened its session. Judges heard the first witnesses.', raw: true }, options);
		const b = analyseArticle({ id: 'b', outlet: 'Angry Herald', text: 'The war crimes tribunal opened its shameful, disgraceful session. Judges heard the first witnesses.', raw: true }, options);
		const rows = compareOutlets([a, b], { lexicon: options.lexicon });
		expect(rows.map((r) => r.outlet)).toEqual(['Calm Post', 'Angry Herald']);
		expect(rows[0].bodySentiment).toBe(0);
		expect(rows[1].bodySentiment).toBeLessThan(-0.2);
		expect(rows[0].bodySentimentRelative).toBeCloseTo(-rows[1].bodySentimentRelative, 2);
		expect(rows[0].bodySentimentRelative).toBeGreaterThan(0);
	});
});

// eighth newcomer pass (problem 6): the one outlet that judged in its own words ("crackpots", "Bonkers
// conspiracy site", "a noxious far-right personality") read as the most positive, since no lexicon rates
// those words. The loaded-terms stage finds them; the tone of the writing now counts them too.
describe('judging words no lexicon rates count in the tone of the writing, in the outlet’s own voice', () => {
	const options = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
	const rows: [string, string, 'negative' | 'plain' | 'positive', string[]][] = [
		['an emotive word', 'Laura Vale, a noxious far-right personality, posted the video on Monday.', 'negative', ['noxious']],
		['a label', 'The theory was spread online by crackpots on Monday.', 'negative', ['crackpots']],
		['an approving emotive word', 'Tom Vale has been a valiant presence on the council since 2010.', 'positive', ['valiant']],
		['the same word in someone’s quotation is theirs, and rated by no lexicon', '“It is a noxious plan,” Tom Vale said on Monday.', 'plain', []],
		['a rated word keeps its own rating, not the category’s', 'The council called the plan disgraceful on Monday.', 'negative', ['disgraceful']]
	];
	it.each(rows)('%s', (_name, text, sign, words) => {
		const a = analyseArticle({ id: 'x', text, raw: true }, options);
		const s = a.sentiment.sentences[0];
		if (sign === 'negative') expect(s.score).toBeLessThan(0);
		if (sign === 'positive') expect(s.score).toBeGreaterThan(0);
		if (sign === 'plain') expect(s.score).toBe(0);
		const evidence = (s.words ?? []).map((w) => a.text.slice(w.start, w.end));
		for (const w of words) expect(evidence).toContain(w);
		if (words.length) expect((s.words ?? []).find((w) => a.text.slice(w.start, w.end) === words[0])!.value).not.toBe(0);
	});
});
