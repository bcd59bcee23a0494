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
