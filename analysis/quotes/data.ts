// The quotes stage's word lists, read once from the data files beside this module so a reviewer can
// change them without touching code.
import { readDataFile as readAnalysisFile } from '../data-files.js';

/** Lines of a list file: `#` starts a comment, blank lines are skipped, entries are lower-cased. */
export function parseList(text: string): string[] {
	const out: string[] = [];
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.replace(/#.*$/, '').trim().toLowerCase();
		if (line && !out.includes(line)) out.push(line);
	}
	return out;
}

export function readDataFile(name: string): string {
	return readAnalysisFile('quotes', name);
}

export interface SpeechVerbs {
	/** Single-word lemmas (say, tell, add, ...). */
	lemmas: Set<string>;
	/** Multi-word phrases as lower-case word sequences (according to, point out). */
	phrases: string[][];
}

let verbs: SpeechVerbs | null = null;
export function speechVerbs(): SpeechVerbs {
	if (!verbs) {
		const list = parseList(readDataFile('speech-verbs.txt'));
		verbs = {
			lemmas: new Set(list.filter((w) => !w.includes(' '))),
			phrases: list.filter((w) => w.includes(' ')).map((w) => w.split(/\s+/))
		};
	}
	return verbs;
}

let titles: Set<string> | null = null;
export function titleWords(): Set<string> {
	if (!titles) titles = new Set(parseList(readDataFile('titles.txt')));
	return titles;
}

/** A name as matched against states.txt: lower case, no leading "the", no full stops, plain apostrophes. */
export function stateKey(name: string): string {
	return name
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/\./g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^the /, '');
}

let states: Set<string> | null = null;
/** States, capitals and seats of government (states.txt): a speaker with one of these names is its government. */
export function stateNames(): Set<string> {
	if (!states) {
		states = new Set();
		for (const line of parseList(readDataFile('states.txt'))) for (const n of line.split('|')) if (stateKey(n)) states.add(stateKey(n));
	}
	return states;
}
