// Entry the build compiles and runs once (scripts/build-cli.mjs) to write dist/term-cache.json: every
// shipped word list parsed with the term cache switched off, then the analysed terms saved (see
// analysis/lexicon/term-cache.ts); and, given a second path, the model's word look-up table
// (dist/lexeme-table.bin, see analysis/lexeme-table.ts).
import fs from 'node:fs';
import { analysedTermsJson, loadDefaultLexicon } from './lexicon/index.js';
import { loadSenses } from './loaded/senses.js';
import { topics } from './sentiment/mask.js';
import { lexemeTableFile } from './lexeme-table.js';
import { coreJsonPath } from './wink-model.js';

const [out, table] = process.argv.slice(2);
if (process.env.SLANT_TERM_CACHE !== 'off') throw new Error('term-cache-main: run with SLANT_TERM_CACHE=off, or the cache is made from itself');
loadDefaultLexicon();
loadSenses();
topics();
const tmp = `${out}.${process.pid}.tmp`;
fs.writeFileSync(tmp, analysedTermsJson());
fs.renameSync(tmp, out);

if (table) {
	// (the model's own list, read from its file: the loaded one has the words wink added since)
	const words = (JSON.parse(fs.readFileSync(coreJsonPath(), 'utf8')) as { features: { lexeme: { list: string[] } } }).features.lexeme.list;
	const tmpTable = `${table}.${process.pid}.tmp`;
	fs.writeFileSync(tmpTable, lexemeTableFile(words));
	fs.renameSync(tmpTable, table);
}
