// This folder's word lists (one lower-case entry a line, `#` comments; README.md gives each one's
// meaning), each read once.
import { readDataFile } from '../data-files.js';
import { parseList } from '../quotes/data.js';

const lists = new Map<string, Set<string>>();
export function wordList(file: string): Set<string> {
	let set = lists.get(file);
	if (!set) lists.set(file, (set = new Set(parseList(readDataFile('actors', file)))));
	return set;
}
/** Last words of names of things, events, documents, times and places: things.txt. */
export const things = () => wordList('things.txt');
/** Endings of the names of diseases and conditions: "encephalitis", "fibrosis", "leukemia", "neuropathy". */
const CONDITION = /(?:itis|osis|a?emia|pathy)$/;
/** Does a name ending in this lower-case word name a thing (things.txt, or a disease's ending: "Eastern Equine Encephalitis")? */
export const isThingWord = (w: string): boolean => things().has(w) || CONDITION.test(w);
/** Religions and their branches, named alone ("radical Islam", "Sunni and Shia"): religions.txt. */
export const religions = () => wordList('religions.txt');
/** Nouns that make a capitalised word before them an illness's name ("Ebola virus"): illness.txt. */
export const illnessNouns = () => wordList('illness.txt');
/** Nouns that describe an organisation ("the company said"): org-nouns.txt. */
export const orgNouns = () => wordList('org-nouns.txt');
/** Nouns that make "X party" a gathering (occasions.txt). */
export const occasions = () => wordList('occasions.txt');
/** Nouns that describe a place after a name and a comma ("Addison, a village …"): place-nouns.txt. */
export const placeNouns = () => wordList('place-nouns.txt');
/** Nouns for people by their stance toward someone ("Haters of …", "critics of …"): stance-nouns.txt. */
export const stanceNouns = () => wordList('stance-nouns.txt');
