// "Not English (detected: …)" on the article, never on English (issue #12). Texts are our own.
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../analysis/cli.js';
import { segment } from '../../analysis/segment/index.js';
import { detectLanguage, englishShare, languageWarnings } from '../../analysis/segment/language.js';
import { cleanArticle } from '../../analysis/pipeline.js';
import { tempDir } from '../temp-dir.js';

const rows: [lang: string, text: string, want: string | null][] = [
	[
		'English report',
		'The harbour board voted on Thursday to raise mooring fees by a fifth from April, the first rise in six years. Boat owners said the increase would push small fishing crews out, and asked for it to be phased in over three years.',
		null
	],
	[
		'English with many foreign names',
		'José Mourinho agreed on Wednesday to replace Mauricio Pochettino at the club, three days after Pochettino was dismissed. Mourinho, who left Manchester United last year, signed a contract until 2023, and said he was delighted to join a club with such potential.',
		null
	],
	[
		'Portuguese',
		'A prefeitura anunciou nesta quinta-feira que as tarifas do porto vão subir vinte por cento a partir de abril. Os pescadores disseram que o aumento vai expulsar os pequenos barcos e pediram que a mudança seja feita aos poucos, ao longo de três anos.',
		'Portuguese'
	],
	[
		'German',
		'Der Hafenrat hat am Donnerstag beschlossen, die Liegegebühren ab April um ein Fünftel zu erhöhen. Die Bootsbesitzer sagten, die Erhöhung werde kleine Fischer aus dem Hafen drängen, und baten darum, sie über drei Jahre zu verteilen.',
		'German'
	],
	[
		'Indonesian',
		'Dewan pelabuhan memutuskan pada hari Kamis untuk menaikkan biaya tambat sebesar seperlima mulai bulan April. Para pemilik perahu mengatakan kenaikan itu akan mengusir nelayan kecil dari pelabuhan dan meminta agar kenaikan dilakukan secara bertahap.',
		'Indonesian'
	],
	['too short to tell', 'Der Hafenrat hat am Donnerstag entschieden.', null]
];

describe('language', () => {
	it.each(rows)('%s', (_lang, text, want) => {
		const w = languageWarnings(text);
		if (want === null) expect(w).toEqual([]);
		else {
			expect(w).toHaveLength(1);
			expect(w[0].code).toBe('not-english');
			expect(w[0].message).toMatch(new RegExp(`^Not English \\(detected: ${want}\\)`));
		}
	});

	it('the warning rides on the segmented article, which is still segmented in full', () => {
		const text = rows[2][1];
		const a = segment({ id: 'pt', text: `${text}\n\n${text.replace('quinta', 'sexta')}` });
		expect(a.paragraphs).toHaveLength(2);
		expect(a.warnings.map((w) => w.code)).toEqual(['not-english']);
	});

	it('raw input gets the same check', () => {
		expect(cleanArticle({ id: 'r', text: rows[3][1], raw: true }).warnings.map((w) => w.code)).toEqual(['not-english']);
		expect(cleanArticle({ id: 'r', text: rows[0][1], raw: true }).warnings).toEqual([]);
	});

	it('reads a sample, not the whole of a very long body', () => {
		const long = (rows[0][1] + ' ').repeat(20_000);
		expect(detectLanguage(long)?.code).toBe('eng');
	});

	it('the CLI says so on stderr, naming the input, and still prints the article', async () => {
		const dir = tempDir('lang');
		const file = path.join(dir, 'porto.txt');
		fs.writeFileSync(file, rows[2][1]);
		fs.writeFileSync(path.join(dir, 'harbour.txt'), rows[0][1]);
		class Sink extends Writable {
			text = '';
			_write(chunk: Buffer, _enc: string, cb: () => void) {
				this.text += chunk.toString();
				cb();
			}
		}
		const out = new Sink();
		const err = new Sink();
		expect(await run(['--format', 'jsonl', dir], out, err)).toBe(0);
		expect(err.text.trim().split('\n')).toEqual([`slant: ${file}: warning: Not English (detected: Portuguese). Slant's word lists and rules are for English news, so its figures for this article mean little.`]);
		const printed = out.text.trim().split('\n').map((l) => JSON.parse(l));
		expect(printed.map((a) => [a.id, a.warnings.length])).toEqual([
			['harbour', 0],
			['porto', 1]
		]);
	});
});

// Plainly English samples are decided without franc-min (it costs more than tokenising the article);
// everything else still goes to it.
const shares: [words: string, share: number][] = [
	['The board said that it was ready', 5 / 7],
	['THE Board SAID', 2 / 3],
	['Der Hafenrat hat am Donnerstag', 0],
	['a in is on', 0],
	['', 0]
];

describe('plainly English', () => {
	it.each(shares)('englishShare(%j) = %d', (words, share) => {
		expect(englishShare(words.split(' ').filter(Boolean))).toBeCloseTo(share, 10);
	});

	const german = rows[3][1];
	const english = rows[0][1];
	const cases: [name: string, text: string, code: string][] = [
		['a long English report', `${english} ${english.replace('Thursday', 'Friday')}`, 'eng'],
		// Two English sentences quoted in a long German text: too few function words, franc-min decides.
		['German quoting English', `${german} ${german.replace('April', 'Mai')} ${german.replace('April', 'Juni')} "The board said that it was not told," sagte er.`, 'deu'],
		['Portuguese of 60+ words', `${rows[2][1]} ${rows[2][1].replace('abril', 'maio')}`, 'por']
	];
	it.each(cases)('%s', (_name, text, code) => {
		expect((text.match(/\p{L}+/gu) ?? []).length).toBeGreaterThanOrEqual(60);
		expect(detectLanguage(text)?.code).toBe(code);
	});
});
