import { describe, expect, it } from 'vitest';
import { breakLongRuns, MAX_RUN, paragraphSpans, tokenise } from '../../analysis/nlp.js';
import { winkMeanOf } from '../../analysis/sentiment/wink-mean.js';
import { analyseArticle } from '../../analysis/pipeline.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';

describe('breakLongRuns: no run of more than MAX_RUN characters without a space reaches wink', () => {
	const long = 'x'.repeat(MAX_RUN * 2 + 10);
	const rows: [string, string, number][] = [
		['ordinary text is untouched', 'The council met on Monday.', 0],
		['a run of exactly MAX_RUN is untouched', 'y'.repeat(MAX_RUN), 0],
		['a run one longer is broken once', 'y'.repeat(MAX_RUN + 1), 1],
		['a long run inside text', `before ${long} after`, 1],
		['two long runs', `${long} and ${long}`, 2],
		['apostrophes', "'".repeat(5000), 1],
		['tabs and no-break spaces end runs', `${'a'.repeat(150)}\t${'a'.repeat(150)}\u00a0${'a'.repeat(150)}`, 0]
	];
	it.each(rows)('%s', (_name, input, runs) => {
		const { text, broken } = breakLongRuns(input);
		expect(text.length).toBe(input.length);
		expect(broken).toHaveLength(runs);
		for (const m of text.matchAll(/\S+/g)) expect(m[0].length).toBeLessThanOrEqual(MAX_RUN);
		// only spaces were put in, each in place of one character
		for (let i = 0; i < text.length; i++) if (text[i] !== input[i]) expect(text[i]).toBe(' ');
	});

	it('never splits a surrogate pair', () => {
		const input = '😀'.repeat(MAX_RUN);
		const { text } = breakLongRuns(input);
		expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
	});
});

// second pass of the third newcomer: wink kept "ill." (Illinois) as one token, so "He fell ill. UK officials
// said …" was one sentence and "ill. UK officials" its speaker
describe('a word wink reads as a short form still ends its sentence before a capital', () => {
	const rows: [string, number, string[]][] = [
		['He fell ill. UK officials said it was rare.', 2, ['He', 'fell', 'ill', '.', 'UK']],
		['She went to mass. Then it rained.', 2, ['She', 'went', 'to', 'mass', '.']],
		// a short form before a name stays one
		['Trump vs. Clinton was close.', 1, ['Trump', 'vs.', 'Clinton']],
		['He fell ill. “It was hard,” he said.', 2, ['He', 'fell', 'ill', '.', '“']],
		// review 35: a plural title written short that wink does not know is one token, before a name
		['Democratic Sens. Ann Lee and Tom Vale said no.', 1, ['Democratic', 'Sens.', 'Ann']],
		['Govs. Ann Lee and Tom Vale said no.', 1, ['Govs.', 'Ann']],
		['Ottawa beat the Sens. Then it rained.', 2, ['Ottawa', 'beat', 'the', 'Sens', '.', 'Then']],
		// review 36: so is a singular one ("Pres" had been a speaker of its own)
		['He met Pres. Tom Reed on Monday.', 1, ['He', 'met', 'Pres.', 'Tom']],
		['Supt. Ann Lee said no.', 1, ['Supt.', 'Ann']],
		// review Z (41st stop): so is a title wink knows, after "then-" ("then-Sen. Barack Obama": "Sen" had been an actor)
		['She met then-Sen. Tom Vale on Monday.', 1, ['She', 'met', 'then', '-', 'Sen.', 'Tom']],
		['Then-Rep. Ann Lee said no.', 1, ['Then', '-', 'Rep.', 'Ann']],
		// ... and a full stop between initials ends no sentence ("R-S.C.", "D-N.Y.")
		['Sen. Tom Vale (R-S.C.) said no.', 1, ['Sen.', 'Tom', 'Vale', '(', 'R', '-', 'S', '.', 'C.']],
		['Ann Lee, D-N.Y., said no.', 1, ['Ann', 'Lee', ',', 'D', '-', 'N', '.', 'Y.']],
		// review T (39th stop): an abbreviation's full stop before a word in lower case ends no sentence
		['Former Sec. of State Ann Lee spoke on Monday.', 1, ['Former', 'Sec', '.', 'of']],
		['He went to Dept. of Labor offices.', 1, ['He', 'went', 'to', 'Dept', '.', 'of']],
		// (a heading an extraction glued on after a word still starts a sentence)
		['It shipped in May.Typing on it is quiet.', 2, ['It', 'shipped', 'in', 'May', '.', 'Typing']],
		// reviews U and V (39th stop): two single marks typed for a double one are one token, in the
		// sentence they close (wink read "''" as two, the second opening the next sentence)
		["He called it ''a war.'' Then he left.", 2, ['He', 'called', 'it', "''", 'a', 'war', '.', "''", 'Then']],
		['“It is over,’’ she said. Then she left.', 2, ['“', 'It', 'is', 'over', ',', '’’', 'she']],
		// reviews AA and BB (42nd stop): a clergy title written short is one token before a name ("Rev" had been
		// an actor, and "The Rev." a sentence of its own) ...
		['The Rev. Jesse Vale spoke on Monday.', 1, ['The', 'Rev.', 'Jesse']],
		['Msgr. Tom Vale said Mass.', 1, ['Msgr.', 'Tom']],
		// ... and "no." in lower case is the word ending a sentence, not "No. 2" ("said no." had been a speaker)
		['Ann Lee, a teacher, said no. Then she left.', 2, ['Ann', 'Lee', ',', 'a', 'teacher', ',', 'said', 'no', '.', 'Then']],
		['Ann Lee, a teacher, said no.', 1, ['Ann', 'Lee', ',', 'a', 'teacher', ',', 'said', 'no', '.']],
		// review EE (43rd stop): a title's abbreviation before a name ends no sentence ("Adm" had been a person)
		['NSA Director Adm. Tom Vale said the threat was real.', 1, ['NSA', 'Director', 'Adm', '.', 'Tom']],
		['The unit was led by Maj. Ann Lee.', 1, ['The', 'unit']],
		// review CC (42nd stop): a newsletter's heading in capitals glued to its paragraph ends its own sentence
		['TEN HURT IN STADIUM COLLAPSE Police said the deck gave way.', 2, ['TEN', 'HURT', 'IN', 'STADIUM', 'COLLAPSE', 'Police']],
		// ... not "A CNN/ORC poll …" (a lower-case word goes on with it) nor a dateline's single word
		['A CNN/ORC poll of Ohio showed Tom Vale ahead.', 1, ['A', 'CNN', '/', 'ORC', 'poll']],
		['WASHINGTON — The mayor said no.', 1, ['WASHINGTON', '—', 'The']],
		// (one mark and an apostrophe stay apart)
		["The students' books.", 1, ['The', 'students', "'", 'books']]
	];
	it.each(rows)('%s', (text, sentences, first) => {
		const tok = tokenise(text);
		expect(tok.sentences).toHaveLength(sentences);
		expect(tok.tokens.slice(0, first.length).map((t) => t.value)).toEqual(first);
		for (const t of tok.tokens) {
			expect(text.slice(t.start, t.end)).toBe(t.value);
			if (t.value === '.') expect([t.normal, t.lemma]).toEqual(['.', '.']);
		}
	});

	it('the speaker is the officials, not "ill. UK officials"', () => {
		const a = analyseArticle({ id: 'x', text: 'He fell ill. UK officials said the case was rare.', raw: true }, { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() });
		expect(a.quotes.map((q) => q.speaker)).toEqual(['UK officials']);
	});
});

describe('tokenise keeps exact offsets around a broken run', () => {
	it('every token is the text at its offsets, and the run is reported', () => {
		const text = `A ${'z'.repeat(450)} word. Then "a quote," she said.`;
		const tok = tokenise(text);
		for (const t of tok.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
		expect(tok.brokenRuns).toEqual([{ start: 2, end: 452 }]);
		expect(tok.tokens.at(-2)?.value).toBe('said');
	});
});

describe('the article says when a run was read in pieces', () => {
	const options = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
	const rows: [string, string, RegExp | null][] = [
		['no long run, no warning', 'Ministers met on Monday. They agreed.', null],
		['one run', `Ministers met.\n\n${'x'.repeat(1000)}\n\nThey agreed.`, /^A run of 1,000 characters without a space \(not words\) was read in pieces of 200\.$/],
		['two runs', `Ministers met on Monday.\n\nThey read ${'y'.repeat(300)} and ${'z'.repeat(450)} aloud.\n\nThey agreed.`, /^2 runs of up to 450 characters/]
	];
	it.each(rows)('%s', (_name, text, message) => {
		const w = analyseArticle({ id: 't', text }, options).warnings.filter((x) => x.code === 'long-run');
		if (!message) expect(w).toEqual([]);
		else expect(w.map((x) => x.message)).toEqual([expect.stringMatching(message)]);
	});
});

describe('a text is tokenised the same whatever was read before it', () => {
	// wink caches every new word and its tokeniser asks the cache first: unguarded, "Hallorand’s" read
	// whole in one document made later documents keep it whole too (nlp.ts hides earlier documents' words).
	const rows: [name: string, before: string[], text: string, tokens: string][] = [
		[
			'a possessive read whole elsewhere',
			['She was a classmate of Hallorand’s, and a Hallorand’s fan.', 'the year’s, as in year’s end'],
			'A friend of Hallorand’s was there when the year’s budget was cut.',
			'A|friend|of|Hallorand|’s|was|there|when|the|year|’s|budget|was|cut|.'
		],
		['a word read twice in one document', [], 'Hallorand’s, and then Hallorand’s again', 'Hallorand’s|,|and|then|Hallorand’s|again'],
		['the same, after other documents', ['Hallorand’s own view', 'Hallorand’s, once'], 'Hallorand’s, and then Hallorand’s again', 'Hallorand’s|,|and|then|Hallorand’s|again'],
		// the paragraphs of one article are read by wink in one document, each as if it were read alone
		['a possessive read whole in an earlier paragraph', [], 'It was their duty, not candidate Hallorand’s.\n\nHallorand’s plan failed.', 'It|was|their|duty|,|not|candidate|Hallorand’s|.|Hallorand|’s|plan|failed|.'],
		['... and in the same paragraph', [], 'It was not candidate Hallorand’s. Hallorand’s plan failed.', 'It|was|not|candidate|Hallorand’s|.|Hallorand’s|plan|failed|.']
	];
	it.each(rows)('%s', (_name, before, text, tokens) => {
		const values = () => tokenise(text).tokens.map((t) => t.value).join('|');
		const first = values();
		for (const b of before) tokenise(b);
		expect(values()).toBe(first);
		expect(first).toBe(tokens);
	});
});

describe("a word's type is the one its own text gives it, whatever was read before", () => {
	// wink fixes a new word's type when it is first added: a lone combining mark the tokeniser split off as
	// an unknown symbol in one article kept that type in the next, where it is a word, and the article
	// counted a word fewer. Each row's mark is met nowhere else in this file, read in both orders.
	const rows: [name: string, marks: [string, string], a: (m: string) => string, aType: string, b: (m: string) => string, bType: string][] = [
		[
			'a combining mark split from a mangled accent',
			['\u0306', '\u0307'],
			(m) => `''On espÃ ${m}re,'' he said.`,
			'unk',
			(m) => `He quoted an Italian: "Ogni impedimento ÃÂ ${m} distrutto dal rigore."`,
			'word'
		]
	];
	it.each(rows)('%s', (_name, [m1, m2], a, aType, b, bType) => {
		const type = (text: string, m: string) => tokenise(text).tokens.find((t) => t.value === m)?.type;
		expect([type(a(m1), m1), type(b(m1), m1)]).toEqual([aType, bType]);
		expect([type(b(m2), m2), type(a(m2), m2)]).toEqual([bType, aType]);
	});
});

describe('the paragraphs of an article, read by wink in one document, are read as if each were read alone', () => {
	// tokenise() joins the paragraphs with blank lines for one readDoc (nlp.ts); every token, sentence and
	// word count must be what reading each paragraph on its own gives, at the same offsets.
	const rows: [name: string, text: string][] = [
		['a heading and a paragraph', 'Budget Debate\n\nNot a good day for the council. Critics were not unhappy.'],
		['a paragraph ending without a full stop, then a negation', 'It was not\n\nbad at all, said Mr.\n\nSmith of the city.'],
		['soft line breaks, tabs and carriage returns', 'The plan\nwas hard-wrapped\tlike e-mail.\r\n\r\nA second\r\nparagraph.'],
		['folded letters and a possessive read whole', 'Erdoğan’s aides spoke, not candidate Hallorand’s.\n\nHallorand’s plan failed; Erdoğan’s did not.'],
		['odd characters alone in a paragraph', 'First.\n\n\u200b\n\n«‹»\n\n😀\n\nLast one.'],
		['a long run broken for wink', `Before.\n\n${'x'.repeat(MAX_RUN + 5)}\n\nAfter it.`]
	];
	it.each(rows)('%s', (_name, text) => {
		const whole = tokenise(text);
		const alone = paragraphSpans(text).paragraphs.flatMap((para, p) =>
			tokenise(text.slice(para.start, para.end)).tokens.map((t) => ({ ...t, start: t.start + para.start, end: t.end + para.start, paragraph: p }))
		);
		const row = (t: (typeof alone)[number]) => [t.start, t.end, t.value, t.normal, t.lemma, t.pos, t.type, t.paragraph].join('|');
		expect(whole.tokens.map(row)).toEqual(alone.map(row));
		for (const t of whole.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
		const sentencesAlone = paragraphSpans(text).paragraphs.reduce((n, para) => n + tokenise(text.slice(para.start, para.end)).sentences.length, 0);
		expect(whole.sentences).toHaveLength(sentencesAlone);
		for (const s of whole.sentences) expect(whole.tokens.slice(s.firstToken, s.endToken).every((t) => t.paragraph === s.paragraph)).toBe(true);
	});
});

describe('tokenise reads wink exactly as its public out() API does', () => {
	// tokenise() reads each token through wink's its.* readers in one pass; the public API is the
	// reference, so a wink release that changes its internals fails here, not silently downstream.
	const rows: [string, string][] = [
		['contractions and a lemma wink cannot give', "They can't go. We cannot stay, won't we? I'd've known."],
		['curly quotes, dashes and a no-break space', 'She said: “It’s over” — the\u00a0minister’s aides disagreed.'],
		['numbers, e-mail, hashtags, emoji', 'Call 555-0100 or mail press@example.org #vote 😀 at 3.5% rise.'],
		['several sentences with sentiment', 'The plan is a disaster. Critics love it! Nobody is not unhappy.'],
		// tokenise() keeps what wink says of each word (wink-words.ts): the same word as another part of speech keeps its own lemma
		['one word in several parts of speech', 'They lead. The leads were leading, and the lead led. Leads lead leads.']
	];
	it.each(rows)('%s', async (_name, text) => {
		const { default: winkNLP } = await import('wink-nlp');
		const { default: model } = await import('wink-eng-lite-web-model');
		const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
		const its = nlp.its;
		const doc = nlp.readDoc(text);
		const out = (f: unknown) => doc.tokens().out(f as typeof its.value) as unknown[];
		const tok = tokenise(text);
		expect(tok.tokens.map((t) => t.value)).toEqual(out(its.value));
		expect(tok.tokens.map((t) => t.normal)).toEqual(out(its.normal));
		expect(tok.tokens.map((t) => t.pos)).toEqual(out(its.pos));
		expect(tok.tokens.map((t) => t.type)).toEqual(out(its.type));
		expect(tok.tokens.map((t) => t.stop)).toEqual(out(its.stopWordFlag));
		const lemmas = out(its.lemma);
		expect(tok.tokens.map((t, i) => t.lemma === (lemmas[i] ?? t.normal))).not.toContain(false);
		expect(tok.tokens.map((t) => text.slice(t.start, t.end))).toEqual(out(its.value));
		expect(tok.sentences.map((s) => text.slice(s.start, s.end))).toEqual(doc.sentences().out());
		// wink's sentiment and negation patterns, as the tone stage reads them, give wink's own score of each sentence
		const means = tok.sentences.map((s) => winkMeanOf(tok.tokens, tok.winkMatches!, Array.from({ length: s.endToken - s.firstToken }, (_x, k) => s.firstToken + k)));
		expect(means.map((v) => v.toFixed(6))).toEqual(doc.sentences().out(its.sentiment).map((v) => (Number(v) || 0).toFixed(6)));
	});
});

describe('a name with letters of Latin Extended is one word, as wink reads Latin-1 names', () => {
	const rows: [string, string, string[]][] = [
		// [text, the words expected among the tokens]
		['Recep Tayyip Erdoğan spoke.', 'Turkish ğ', ['Recep', 'Tayyip', 'Erdoğan']],
		['Lech Wałęsa and Andrej Babiš met.', 'Polish ł ę, Czech š', ['Wałęsa', 'Babiš']],
		['Luka Modrić and Novak Đoković won.', 'Croatian ć, Serbian Đ', ['Modrić', 'Đoković']],
		['Nguyễn Phú Trọng said so.', 'Vietnamese ễ ọ', ['Nguyễn', 'Trọng']],
		['Ştefan Bănică sang.', 'Romanian Ş ă', ['Ştefan', 'Bănică']]
	];
	it.each(rows)('%s (%s)', (text, _name, words) => {
		const { tokens } = tokenise(text);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
		for (const w of words) expect(tokens.map((t) => t.value)).toContain(w);
	});
});

// review 35: a surname that is also a function word ("Al From", "Billy Long", "Robert Lewis Dear")
describe('a capitalised function word after a given name is a surname', () => {
	const rows: [text: string, word: string, pos: string][] = [
		['“It was a remnant,” said Al From, who founded it.', 'From', 'PROPN'],
		['Al From founded the council in 1985.', 'From', 'PROPN'],
		['“We lost,” Billy Long said.', 'Long', 'PROPN'],
		// ... and once so found, the word opening a sentence before a verb of speech
		['Al From founded it. From said it was over.', 'From', 'PROPN'],
		// not after a word that is no given name, nor in a line in title case, nor before a name
		['Democrats Abroad voted on Tuesday.', 'Abroad', 'ADV'],
		['Trump Visits Al From Ohio Today', 'From', 'ADP'],
		['He drove Al From Ohio to Iowa.', 'From', 'ADP']
	];
	it.each(rows)('%s', (text, word, pos) => {
		const toks = tokenise(text).tokens.filter((t) => t.value === word);
		expect(toks.length).toBeGreaterThan(0);
		expect(toks.map((t) => t.pos)).toEqual(toks.map(() => pos));
	});
});
