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
