// Names a text itself says are things: an abbreviation it defines for words in lower case
// ("hypersensitivity pneumonitis, or HP", "computed tomography (CT)") and a name it gives a common noun
// that is no person or organisation ("a condition called HP", "an app named Signal"), or an illness's
// name before a noun of illness.txt ("the Ebola virus"). Every use of such a name in the text names
// that thing, not an actor ("If HP continues unchecked …", "Ebola has killed …").
import { illnessNouns, orgNouns } from './word-lists.js';
import { firstNames, personNouns, placeNames } from '../quotes/data.js';
import { isStateName } from '../quotes/groups.js';
import type { Token } from '../types.js';

const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const CAPITALISED = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
/** Verbs that give a name: "a condition called HP", "a technique known as TMS". */
const NAMING = new Set(['called', 'named', 'dubbed', 'termed']);

/** The letters of an acronym ("HPs" → "hp"). */
const lettersOf = (a: string) => a.replace(/s$/, '').toLowerCase();

/** Do the lower-case words ending at token `end` (exclusive) spell `letters` by their initials? */
function spells(tokens: Token[], end: number, letters: string): boolean {
	let k = end - 1;
	for (let n = letters.length - 1; n >= 0; n--, k--) {
		// (a hyphenated word counts its parts: "positron-emission tomography")
		while (k >= 0 && tokens[k].value === '-') k--;
		const t = tokens[k];
		if (!t || !LOWER.test(t.value) || t.value[0] !== letters[n] || t.sentence !== tokens[end]?.sentence) return false;
	}
	return true;
}

/** The one-word names (as written) the text defines as things; asked by the actors stage twice, read once. */
export function definedThings(tokens: Token[]): Set<string> {
	let out = memo.get(tokens);
	if (!out) memo.set(tokens, (out = readDefinedThings(tokens)));
	return out;
}
const memo = new WeakMap<Token[], Set<string>>();

function readDefinedThings(tokens: Token[]): Set<string> {
	const out = new Set<string>();
	const people = personNouns();
	for (let i = 1; i < tokens.length; i++) {
		const t = tokens[i];
		if (!CAPITALISED.test(t.value)) continue;
		const prev = tokens[i - 1];
		// "hypersensitivity pneumonitis (HP)", "hypersensitivity pneumonitis, or HP"
		if (ACRONYM.test(t.value) && prev.sentence === t.sentence) {
			let end = -1;
			if (prev.value === '(' && tokens[i + 1]?.value === ')') end = i - 1;
			else if (prev.normal === 'or') end = tokens[i - 2]?.value === ',' ? i - 2 : i - 1;
			if (end > 0 && spells(tokens, end, lettersOf(t.value))) {
				out.add(t.value);
				continue;
			}
		}
		// "the Ebola virus", "a Zika outbreak", "Ebola hemorrhagic fever", a headline's "Ebola Outbreak": the
		// name of an illness (illness.txt), up to two lower-case adjectives before its noun; not a place or a person
		let n = i + 1;
		while (n < i + 3 && tokens[n]?.pos === 'ADJ' && LOWER.test(tokens[n].value) && tokens[n].sentence === t.sentence) n++;
		const next = tokens[n];
		if (next && t.pos === 'PROPN' && next.sentence === t.sentence && illnessNouns().has(next.normal.toLowerCase()) && (i === 0 || !CAPITALISED.test(prev.value) || prev.sentence !== t.sentence) && !placeNames().has(t.value) && !isStateName(t.value) && !firstNames().has(t.normal)) {
			out.add(t.value);
			continue;
		}
		// "a condition called HP", "the technique known as TMS": a name given to a thing
		const named = NAMING.has(prev.normal) ? i - 1 : prev.normal === 'as' && tokens[i - 2]?.normal === 'known' ? i - 2 : -1;
		if (named < 1 || tokens[i + 1]?.pos === 'PROPN' || (tokens[i + 1] && CAPITALISED.test(tokens[i + 1].value) && tokens[i + 1].sentence === t.sentence)) continue;
		const noun = tokens[named - 1];
		if (noun?.pos !== 'NOUN' || !LOWER.test(noun.value) || noun.sentence !== t.sentence) continue;
		const w = noun.normal.toLowerCase();
		const lemma = noun.lemma.toLowerCase();
		if (people.has(w) || people.has(lemma) || orgNouns().has(w) || orgNouns().has(lemma)) continue;
		out.add(t.value);
	}
	return out;
}
