// spans.ts: pairing quotation marks into quoted spans. Each row: a text and the spans it holds.
import { describe, expect, it } from 'vitest';
import { paragraphSpans } from '../../../analysis/nlp.js';
import { markedSpans } from '../../../analysis/quotes/spans.js';

const spans = (text: string) => markedSpans(text, paragraphSpans(text).paragraphs).map((m) => text.slice(m.start, m.end));

const rows: [string, string, string[]][] = [
	['straight marks', 'She said "we will go" and "they will stay".', ['we will go', 'they will stay']],
	['curly marks', 'She said “we will go” and left.', ['we will go']],
	['guillemets', 'Il a dit «nous partons» hier.', ['nous partons']],
	['an opening mark typed for the closing one, after a comma', '“It is unusual,“ said Jane Roe.', ['It is unusual,']],
	['an opening mark typed for the closing one, after a word', 'She loved “Parasite“ and “Joker” equally.', ['Parasite', 'Joker']],
	["the AP's closing mark: two single marks", '“It was an attempt to mislead,’’ Will Moy said.', ['It was an attempt to mislead,']],
	// reviews U and V (39th stop): the NYT archive's marks, '' for opening and closing both
	["two single straight marks open a quotation as well as close it", "''We will win this seat,'' said Jane Roe. ''It is over.''", ['We will win this seat,', 'It is over.']],
	["... inside a sentence", "He called the plan ''a disaster'' on Monday.", ['a disaster']],
	["... not after a word: a plural's apostrophe and a stray mark", "The students'' books were ''lost.", ['lost.']],
	['two opening marks: the first never closed ends at the second', 'She said “we will go and then “they stay” here.', ['we will go and then', 'they stay']],
	['single quotes inside double ones are part of the content', 'He said "they told us \'stay home\' and we did".', ["they told us 'stay home' and we did"]],
	['an unclosed mark ends with its paragraph', 'She said "we will go\n\nNothing else happened.', ['we will go']],
	['no marks at all', 'The council met on Monday.', []],
	// blind check of 1 December 2026: a sentence on each line, a quotation over two of them
	['a paragraph with no opening mark that closes the quote left open runs on', '“I think that was it.\n\nNah, I have no problem with him,” Hale said.', ['I think that was it.', 'Nah, I have no problem with him,']],
	['... not when it opens a quote of its own', '“I think that was it.\n\nHale said “no problem” later.', ['I think that was it.', 'no problem']],
	// seventh newcomer pass: the same in straight marks, each line a paragraph (China Daily's Lu Kang)
	['... and in straight marks, the closing one after a comma and before a name', '"China has investigated.\n\nSo far we have found no clues," spokesman Lu Kang said.', ['China has investigated.', 'So far we have found no clues,']],
	['... a straight mark that opens a quote of its own does not close it', '"China has investigated.\n\nLu Kang called it "a mystery" later.', ['China has investigated.', 'a mystery']],
	['marks and nothing else', '""""', []],
	// seventh blind set (read after its figures were taken): several lines with no mark up to the closing one
	['a quote left open runs over lines with no mark up to the one that closes it', '“I am writing to you.\n\nIt is clear to me.\n\nThis has taken the form of violence.\n\nMany were guilty of less.” Then he left.', ['I am writing to you.', 'It is clear to me.', 'This has taken the form of violence.', 'Many were guilty of less.']],
	['... a line in it that reads like an attribution stays quoted', '“I have been smeared.\n\nVisits, I told them about the abuse.\n\nMy therapist released records.” Then she left.', ['I have been smeared.', 'Visits, I told them about the abuse.', 'My therapist released records.']],
	['... not when a mark opens a quote before one closes', '“I am writing to you.\n\nIt is clear to me.\n\nShe said “no” later.', ['I am writing to you.', 'no']],
	['... nor past a few lines', '“I am writing to you.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.” Then he left.', ['I am writing to you.']],
	// review class 4: the attribution stays outside the quote even when the closing mark is wrong or missing
	['a single mark typed for the closing double one, then the attribution', '“The arrests are arbitrary and must stop,’ Lokshina said.', ['The arrests are arbitrary and must stop,']],
	['no closing mark before the attribution', '“The arrests are arbitrary and must stop, Lokshina said.', ['The arrests are arbitrary and must stop,']],
	['an inverted attribution with a description after a wrong closing mark', '“We documented forty cases,’ said Tanya Lokshina, a director at the Harbour Rights Centre.', ['We documented forty cases,']],
	['a question closed by a single mark', '“Who will pay for this?’ the mayor asked.', ['Who will pay for this?']],
	['a quote left open that does not end on an attribution keeps its words', '“We will go, whatever they say\n\nNothing else happened.', ['We will go, whatever they say']],
	['a closing mark typed for the opening one, before a word', '”We were never asked about the route.” ― Ana Ruiz', ['We were never asked about the route.']],
	['a stray closing mark after a sentence opens nothing', 'The bus left early.” Nobody noticed it.', []],
	['a comma inside an open quote followed by more of the quote is no attribution', '“They came, they saw, they left without a word to anyone at the school that morning', ['They came, they saw, they left without a word to anyone at the school that morning']]
];

describe('markedSpans', () => {
	it.each(rows)('%s', (_n, text, expected) => {
		expect(spans(text)).toEqual(expected);
	});

	it('a quote left open continues in the next paragraph only by the opening-mark convention', () => {
		const text = 'Jane Roe said: "We rebuilt the bridge.\n\n"Next the school."\n\nThe mayor left "early that day\n\nNo mark opens this paragraph.';
		const m = markedSpans(text, paragraphSpans(text).paragraphs);
		expect(m.map((x) => [text.slice(x.start, x.end), x.continues])).toEqual([
			['We rebuilt the bridge.', false],
			['Next the school.', true],
			['early that day', false]
		]);
		// no span is longer than its paragraph
		const paras = paragraphSpans(text).paragraphs;
		for (const s of m) expect(paras.some((p) => s.start >= p.start && s.end <= p.end)).toBe(true);
	});

	it('a quotation mark in every word: linear, and every span inside its paragraph', () => {
		const text = Array.from({ length: 3000 }, (_, i) => `"w${i}`).join(' ');
		const m = markedSpans(text, paragraphSpans(text).paragraphs);
		expect(m.length).toBe(1500);
		expect(m.every((s) => s.end <= text.length && s.start < s.end)).toBe(true);
	});
});
