import { describe, expect, it } from 'vitest';
import { tokenise } from '../../analysis/nlp.js';
import { isShouted } from '../../analysis/shouted.js';
import { analyseArticle } from '../../analysis/pipeline.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';

const options = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
const analyse = (text: string) => analyseArticle({ id: 's', text, raw: true }, options);

describe('isShouted: a word in capitals written for emphasis', () => {
	// [text, the word in capitals, emphasis?]
	const rows: [string, string, boolean][] = [
		['This movie is AWESOME', 'AWESOME', true],
		['I LOVE this so much!', 'LOVE', true],
		['Critics say the new policy is DANGEROUS and will hurt families.', 'DANGEROUS', true],
		// acronyms and names: no tone in lower case, a run of capitals, a capitalised word beside it
		['The FBI said it had opened an inquiry.', 'FBI', false],
		['The NY SAFE Act limits magazines.', 'SAFE', false],
		['Join the BIG League today.', 'BIG', false],
		// a heading or a label alone on its line, a word in quotation marks
		['OUTSTANDING.', 'OUTSTANDING', false],
		['A secret memo marked “URGENT” was found.', 'URGENT', false],
		// slang and abbreviations that VADER rates name things as often ("the AAS", "listed as MIA")
		['The text published in the AAS differs.', 'AAS', false],
		// two letters: a state as often as a word ("(R-OK)", "OK")
		['It was OK for me.', 'OK', false]
	];
	it.each(rows)('"%s": %s → %s', (text, word, expected) => {
		const tokens = tokenise(text).tokens;
		const i = tokens.findIndex((t) => t.value === word);
		expect(i).toBeGreaterThanOrEqual(0);
		expect(isShouted(tokens, i)).toBe(expected);
	});
});

describe('body tone: a shouted word counts, and more than the same word in lower case', () => {
	// [shouted, plain]: the shouted one scores further from 0 in the same direction
	const rows: [string, string][] = [
		['This movie is AWESOME', 'This movie is awesome'],
		['The food was GREAT', 'The food was great'],
		['The service was TERRIBLE and slow.', 'The service was terrible and slow.'],
		['You are a complete FRAUD.', 'You are a complete fraud.']
	];
	it.each(rows)('"%s" beyond "%s"', (shouted, plain) => {
		const s = analyse(shouted).sentiment.score;
		const p = analyse(plain).sentiment.score;
		expect(p).not.toBe(0);
		expect(Math.sign(s)).toBe(Math.sign(p));
		expect(Math.abs(s)).toBeGreaterThan(Math.abs(p));
	});

	it('a shouted word is no actor and no name left out of the tone', () => {
		const a = analyse('Critics say the new policy is DANGEROUS and will hurt families.');
		expect(a.actors!.map((x) => x.name)).not.toContain('DANGEROUS');
		expect(a.entities!.map((x) => x.name)).not.toContain('DANGEROUS');
		const at = a.text.indexOf('DANGEROUS');
		expect(a.sentiment.leftOut.some((l) => l.start <= at && l.end > at)).toBe(false);
	});

	it('an acronym stays a name', () => {
		const a = analyse('The FBI said it had opened an inquiry into the leak.');
		expect(a.entities!.map((x) => x.name)).toContain('FBI');
	});
});

describe('a capitalised first word is read in its plain sense, as it would be in lower case', () => {
	// [sentence, the same words mid-sentence]: "top", "key", "chief" are plain as adjectives
	// (neutral-senses.txt); wink had read them as proper nouns at the start of a sentence and rated them
	const rows: [string, string][] = [
		['Top officials said the plan was weak.', 'The top officials said the plan was weak.'],
		['Key officials said the plan was weak.', 'The key officials said the plan was weak.'],
		['Chief executives said the plan was weak.', 'The chief executives said the plan was weak.']
	];
	it.each(rows)('"%s" scores as "%s"', (first, inside) => {
		const a = analyse(first).sentiment;
		const b = analyse(inside).sentiment;
		expect(b.score).toBeLessThan(0);
		expect(a.score).toBeCloseTo(b.score, 6);
		expect(a.sentences[0].words!.map((w) => w.text)).toEqual(['weak']);
	});

	it('a description that opens a sentence gives its actor no tone of its own words', () => {
		const a = analyse('Top Democrats said the plan would be voted on next week.');
		const actor = a.actors!.find((x) => /Democrats/.test(x.name));
		expect(actor).toBeDefined();
		expect(actor!.evidence.map((e) => e.text)).not.toContain('Top');
	});
});
