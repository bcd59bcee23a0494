// Entry the build compiles and runs once (scripts/build-cli.mjs) to write what a start reads instead
// of computing it: dist/term-cache.json, every shipped word list parsed with the term cache switched
// off and the analysed terms saved (analysis/lexicon/term-cache.ts); and, given their paths, the
// model's word look-up table (dist/lexeme-table.bin, analysis/lexeme-table.ts) and its core's text in
// ASCII (dist/model-core.ascii, analysis/wink-model.ts).
import fs from 'node:fs';
import { analysedTermsJson, loadDefaultLexicon } from './lexicon/index.js';
import { loadSenses } from './loaded/senses.js';
import { topics } from './sentiment/mask.js';
import { lexemeTableFile } from './lexeme-table.js';
import { asciiCore, coreJsonPath } from './wink-model.js';

/** Writes a file whole, or not at all: a process starting meanwhile reads the old one or the new. */
function save(file: string, data: string | Buffer, encoding?: BufferEncoding) {
	const tmp = `${file}.${process.pid}.tmp`;
	fs.writeFileSync(tmp, data, encoding);
	fs.renameSync(tmp, file);
}

const [out, table, ascii] = process.argv.slice(2);
if (process.env.SLANT_TERM_CACHE !== 'off') throw new Error('term-cache-main: run with SLANT_TERM_CACHE=off, or the cache is made from itself');
loadDefaultLexicon();
loadSenses();
topics();
save(out, analysedTermsJson());
// (the model's own list and text, read from its file: the loaded one has the words wink added since)
const text = fs.readFileSync(coreJsonPath(), 'utf8');
if (table) save(table, lexemeTableFile((JSON.parse(text) as { features: { lexeme: { list: string[] } } }).features.lexeme.list));
if (ascii) save(ascii, asciiCore(text), 'latin1');
