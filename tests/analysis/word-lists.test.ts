import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tokenise } from '../../analysis/nlp.js';

// The speaker and actor rules compare a token's normal form with these lists, and wink's normal form
// spells British words the American way ("sheikh" → "sheik", "councillor" → "councilor", even "vice" →
// "vise"). A one-word entry whose normal form is missing from its list is never matched in that form:
// "Sheikh Ahmed Yassin" kept "Sheikh" in his name, and "Vice President Mike Pence" had "Vice" as his
// organisation. Each file lists both spellings (a file of word, TAB, value: its words).
const dirs = ['analysis/quotes', 'analysis/actors'];
// (given-name-genders.txt is looked up by the name as written, lower-cased, never by a token's normal
// form: "Tyre", a given name, is no "tire")
const WRITTEN_ONLY = new Set(['given-name-genders.txt']);
const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt') && !WRITTEN_ONLY.has(f)).map((f) => path.join(d, f)));

/**
 * Entries whose normal form is left out on purpose: "vice" is a title only before another one ("Vice
 * President"), where the written word is looked up; "vise" in the list made "a vice presidential slot"
 * a person.
 */
const NOT_NORMAL = new Set(['titles.txt:vice']);

function entries(file: string): string[] {
	return fs
		.readFileSync(file, 'utf8')
		.split('\n')
		.map((l) => l.replace(/#.*/, '').split('\t')[0].trim())
		.filter((w) => w && !/\s/.test(w));
}

describe('every one-word entry of a word list is there in the form the tokeniser reads it as', () => {
	it.each(files.map((f) => [f]))('%s', (file) => {
		const listed = new Set(entries(file).map((w) => w.toLowerCase()));
		const missing: string[] = [];
		for (const w of listed) {
			if (NOT_NORMAL.has(`${path.basename(file)}:${w}`)) continue;
			const toks = tokenise(w).tokens;
			if (toks.length === 1 && !listed.has(toks[0].normal)) missing.push(`${w} → ${toks[0].normal}`);
		}
		expect(missing).toEqual([]);
	});

	it('finds files to check', () => expect(files.length).toBeGreaterThan(20));
});
