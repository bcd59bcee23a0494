// Entry the build compiles and runs once (scripts/build-cli.mjs) to write dist/term-cache.json: every
// shipped word list parsed with the term cache switched off, then the analysed terms saved. See
// analysis/lexicon/term-cache.ts.
import fs from 'node:fs';
import { analysedTermsJson, loadDefaultLexicon } from './lexicon/index.js';
import { loadSenses } from './loaded/senses.js';
import { topics } from './sentiment/mask.js';

const out = process.argv[2];
if (process.env.SLANT_TERM_CACHE !== 'off') throw new Error('term-cache-main: run with SLANT_TERM_CACHE=off, or the cache is made from itself');
loadDefaultLexicon();
loadSenses();
topics();
const tmp = `${out}.${process.pid}.tmp`;
fs.writeFileSync(tmp, analysedTermsJson());
fs.renameSync(tmp, out);
