// The wink model, assembled as its package's index (dist/model.js) does, with its core read once.
//
// wink-eng-lite-web-model keeps its core (about 88,000 words and their features) in a 3 MB JSON file
// that it requires, then copies whole through JSON.stringify and JSON.parse on every load, so the
// copy wink changes (it adds the words it meets) never touches the original, and decodes two base64
// tables a character at a time. In a process that loads the model once (the `slant` command, each
// worker) the copy is only cost: about 80 ms of the command's start-up and the original's memory for
// the life of the process. Here the file is parsed into fresh objects each time instead, which needs
// no copy, and the tables are decoded by Buffer; everything else is the package's own steps
// (read-core-model.js, load-core-model.js) in the same order, except that the words' look-up object
// is read from the table the build saved (dist/lexeme-table.bin, lexeme-table.ts) when there is one
// for this model, instead of built key by key (about 55 ms less per start), and the core's text is read
// from the build's ASCII copy (dist/model-core.ascii), which needs no UTF-8 decoding (about 30 ms less).
// tests/analysis/wink-model.test.ts checks that the result equals the package's core and that a text
// reads alike with both; a model of another version or shape than this was written for is loaded the
// package's way.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import { builtFile } from './data-files.js';
import { lexemeLookup, lexemeTablePath, readLexemeTable } from './lexeme-table.js';
import { modelKey } from './lexicon/term-cache.js';

type Model = Parameters<typeof winkNLP>[0];
const require = createRequire(import.meta.url);
const PACKAGE = 'wink-eng-lite-web-model';
/** The model versions whose core this module reads (their read-core-model.js is the one followed). */
const READS = /^1\.8\./;

/** The parts of the core this module touches (read-core-model.js). */
interface CoreJson {
	packing: { layout: Record<string, number[]>; efList?: string[] };
	features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
	pos: { hash: Record<string, number> };
	lexicon: string | Uint32Array;
	xpansions: string | Uint32Array;
}

/** A base64 table as the Uint32Array the package makes of it (its own buffer, platform byte order). */
function table(base64: string): Uint32Array {
	const bytes = Buffer.from(base64, 'base64');
	const out = new Uint32Array(bytes.length >>> 2);
	new Uint8Array(out.buffer).set(bytes.subarray(0, out.length * 4));
	return out;
}

/** Builds a feature's look-up object: no prototype, so a word like "constructor" finds nothing. */
function hashOf(list: string[]): Record<string, number> {
	const hash: Record<string, number> = Object.create(null);
	for (let k = 0; k < list.length; k += 1) hash[list[k]] = k;
	return hash;
}

/**
 * The core from the text of the package's core JSON: read-core-model.js then load-core-model.js. With
 * `lexemeTable`, the words' look-up is read from that file when it was saved for this model
 * (lexeme-table.ts) instead of being built.
 */
export function coreFromJson(text: string, lexemeTable?: string): unknown {
	const model = JSON.parse(text) as CoreJson;
	const { packing, features, pos } = model;
	model.lexicon = table(model.lexicon as string);
	model.xpansions = table(model.xpansions as string);
	for (const f in packing.layout) if (packing.layout[f][3] === 0) features[f].hash = hashOf(features[f].list);
	const words = features.lexeme.list;
	const slots = lexemeTable ? readLexemeTable(lexemeTable, words) : null;
	features.lexeme.hash = slots ? lexemeLookup(slots, words) : hashOf(words);
	const clusters = features.posClusters.list as unknown as (string | Set<number>)[];
	for (let k = 0; k < clusters.length; k += 1) {
		clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
	}
	// load-core-model.js
	packing.efList = [];
	for (const f in packing.layout) {
		const layout = packing.layout[f];
		if (layout[3] === 0) {
			features[f].intrinsicSize = features[f].list.length;
			features[f].index = features[f].list.length;
			features[f].maxIndex = layout[1] >>> layout[2];
		}
		if (layout[4] === 1) packing.efList.push(f);
	}
	features.lexeme.intrinsicSize = features.lexeme.list.length;
	features.lexeme.index = features.lexeme.list.length;
	return model;
}

/** The package's core JSON file. */
export const coreJsonPath = (): string => require.resolve(`${PACKAGE}/dist/languages/cur/models/eng-core-web-model.json`);

/** Where the build saves the core's text in ASCII: dist/ beside analysis/. */
export const asciiCorePath = (): string => builtFile('model-core.ascii');

/**
 * The core's JSON with every character beyond ASCII written as a \u escape, after a first line naming
 * the model versions: what the build saves (term-cache-main.ts). The package's file has a few hundred
 * accented words, so Node must decode all 3 MB of it as UTF-8 into a two-byte string (37 ms here); a
 * file of ASCII alone is read as Latin-1, a plain copy (1–5 ms), and JSON.parse gives the same values.
 */
export function asciiCore(text: string): string {
	const json = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return `${JSON.stringify({ model: modelKey() })}\n${json}`;
}

/** The core's JSON text: the build's ASCII copy when it was made for this model, else the package's file. */
export function coreText(copy: string = asciiCorePath()): string {
	try {
		const text = fs.readFileSync(copy, 'latin1');
		const nl = text.indexOf('\n');
		if (nl > 0 && JSON.parse(text.slice(0, nl)).model === modelKey()) return text.slice(nl + 1);
	} catch {
		// missing or unreadable: the package's own file below
	}
	return fs.readFileSync(coreJsonPath(), 'utf8');
}

/**
 * How this process looks words up: through the build's table (a start-up reads it in a millisecond)
 * or through the plain object wink builds key by key (about 60 ms once). Each of wink's look-ups
 * through the table goes through a Proxy and a hash of the word, which made a warm analysis about 9 %
 * slower (3.5 s against 3.9 s a pass over the 2 MB of the bench, 3 runs each): right for the `slant`
 * command's one article, wrong for a worker thread that analyses thousands. Set before the model loads.
 */
let lookups: 'start-up' | 'many-articles' = 'start-up';

/** This process will analyse many articles (a worker thread of a batch or of the server): see `lookups`. */
export function expectManyArticles(): void {
	lookups = 'many-articles';
}

/** The package's model object (its dist/model.js), with the core read by coreFromJson(). */
export function assembledModel(): Model {
	const part = (name: string) => require(`${PACKAGE}/dist/${name}.js`);
	const model = Object.create(null);
	model.core = () => coreFromJson(coreText(), lookups === 'start-up' ? lexemeTablePath() : undefined);
	model.ner = part('load-ner-model');
	model.sbd = part('load-sbd-model');
	model.pos = part('load-pos-model');
	model.negation = part('load-negation-model');
	model.sa = part('load-sa-model');
	model.metaCER = part('load-cer-meta-model');
	model.featureFn = part('feature');
	model.addons = Object.create(null);
	model.addons.stem = part('porter-stemmer');
	model.addons.lemmatize = part('lemmatize');
	model.addons.readabilityStats = part('readability-stats');
	model.addons.wordVectors = undefined;
	return model as Model;
}

/** The model to load: assembled here for the versions this module follows, else the package's own. */
export function loadWinkModel(): Model {
	const version = (require(`${PACKAGE}/package.json`) as { version: string }).version;
	return READS.test(version) ? assembledModel() : (require(PACKAGE) as Model);
}
