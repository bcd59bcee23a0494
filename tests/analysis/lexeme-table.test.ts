import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexemeTable, lexemeLookup, lexemeTableFile, readLexemeTable } from '../../analysis/lexeme-table.js';
import { coreJsonPath } from '../../analysis/wink-model.js';
import { tempDir } from '../temp-dir.js';

const modelWords: string[] = JSON.parse(fs.readFileSync(coreJsonPath(), 'utf8')).features.lexeme.list;
const dir = tempDir('lexeme');

describe('the saved word look-up finds what the object built key by key finds', () => {
	it('every word of the model, at its index', () => {
		const hash = lexemeLookup(buildLexemeTable(modelWords), modelWords);
		let wrong = 0;
		for (let k = 0; k < modelWords.length; k++) if (hash[modelWords[k]] !== k) wrong++;
		expect(wrong).toBe(0);
	});

	const list = ['the', 'council', 'said', 'constructor', 'Émile', '’s', ''];
	const rows: [string, number | undefined][] = [
		['the', 0],
		['said', 2],
		['constructor', 3],
		['Émile', 4],
		['’s', 5],
		['', 6],
		['The', undefined],
		['toString', undefined],
		['__proto__', undefined],
		['hasOwnProperty', undefined],
		['councillor', undefined]
	];
	it.each(rows)('%j → %s', (word, index) => {
		expect(lexemeLookup(buildLexemeTable(list), list)[word]).toBe(index);
	});

	it('a word wink adds is found after it, ahead of the table; the table is untouched', () => {
		const slots = buildLexemeTable(list);
		const before = slots.slice();
		const hash = lexemeLookup(slots, list);
		hash.zzqx = 7;
		expect(hash.zzqx).toBe(7);
		expect(hash.the).toBe(0);
		expect(slots).toEqual(before);
		expect(lexemeLookup(slots, list).zzqx).toBeUndefined();
	});
});

describe('a saved table is used only for the list it was made from', () => {
	const file = path.join(dir, 'ok.bin');
	fs.writeFileSync(file, lexemeTableFile(modelWords));

	it('read back, it finds every word', () => {
		const slots = readLexemeTable(file, modelWords);
		expect(slots).not.toBeNull();
		const hash = lexemeLookup(slots!, modelWords);
		expect(modelWords.every((w, k) => hash[w] === k)).toBe(true);
	});

	const other = (edit: (words: string[]) => void) => {
		const words = modelWords.slice();
		edit(words);
		return words;
	};
	const rows: [string, () => [string, string[]]][] = [
		['missing file', () => [path.join(dir, 'absent.bin'), modelWords]],
		['a list one word longer', () => [file, other((w) => w.push('zzqx'))]],
		['a list with its first words swapped', () => [file, other((w) => ([w[0], w[1]] = [w[1], w[0]]))]],
		['a list with a word changed', () => [file, other((w) => (w[97 * 5] = 'zzqx'))]],
		[
			'another model named in the header',
			() => {
				const bad = path.join(dir, 'model.bin');
				const buf = lexemeTableFile(modelWords);
				const n = buf.readUInt32LE(0);
				const header = buf.subarray(4, 4 + n).toString('utf8').replace(/wink-nlp@[^ "]+/, 'wink-nlp@0.0.0');
				fs.writeFileSync(bad, Buffer.concat([buf.subarray(0, 4), Buffer.from(header.padEnd(n)), buf.subarray(4 + n)]));
				return [bad, modelWords];
			}
		],
		[
			'a truncated file',
			() => {
				const bad = path.join(dir, 'short.bin');
				fs.writeFileSync(bad, fs.readFileSync(file).subarray(0, 5000));
				return [bad, modelWords];
			}
		],
		[
			'not a table at all',
			() => {
				const bad = path.join(dir, 'text.bin');
				fs.writeFileSync(bad, 'hello world, this is no table');
				return [bad, modelWords];
			}
		]
	];
	it.each(rows)('%s: not used', (_, make) => {
		const [f, words] = make();
		expect(readLexemeTable(f, words)).toBeNull();
	});
});
