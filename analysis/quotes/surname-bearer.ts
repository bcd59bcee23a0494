// Which of several people a name means when they share it: a surname alone after "Donald Trump" and
// "Donald Trump Jr.", or after "Hillary Clinton" and "Bill Clinton", and the gender a given name says.
// coref.ts asks; the rules are the conventions of news writing, where the surname alone is kept for
// the person the story is about and the other is told apart ("Trump Jr.", "Bill Clinton", "his wife").
import type { Cluster } from './cluster.js';
import { firstNames, genderWords, recordedNameGenders } from './data.js';
import { generation } from './name-words.js';
import { upperBound } from '../sorted.js';

/**
 * The person a surname alone means, of those named with it so far (`bySurname`, all of the gender the
 * mention allows). A father and a son ("Donald Trump", "Donald Trump Jr."): the one the story met first,
 * its subject, not whichever was named last. Two of one family named in full ("Hillary Clinton", "Bill
 * Clinton"): the one named most so far, unless the last named of them was mentioned earlier in the same
 * paragraph ("Bill Clinton campaigned in Charleston. Clinton said he was tired"). Otherwise the one
 * mentioned last (`latest`).
 */
export function surnameBearer(bySurname: Cluster[], latest: (cands: Cluster[], at: number) => Cluster | null, paragraphAt: (offset: number) => number, at: number, oblique: (offset: number) => boolean = () => false): Cluster | null {
	if (bySurname.length > 1 && bySurname.some((x) => generation(x.words))) return firstMet(bySurname);
	const last = latest(bySurname, at);
	const full = bySurname.filter((x) => x.words.length > 1);
	if (full.length < 2 || !last) return last;
	const lastAt = last.lastBefore(at);
	if (lastAt < 0 || paragraphAt(lastAt) !== paragraphAt(at)) return mostMet(full, at);
	// ("Patricia Smith, mother of victim Sean Smith, disputed his claim. “…,” Smith said": the last named
	// was met only there, in passing inside a preposition's phrase, and another of them was the subject in
	// the same paragraph; that one is the one the surname goes on with. Review BB had the dead son speak.
	// Not one met before: "Clinton … appearing with Clinton" is no cue to switch.)
	const named = last.mentions.filter((m) => m.start < at && m.form !== 'pronoun' && m.form !== 'description');
	if (named.length === 1 && paragraphAt(named[0].start) === paragraphAt(at) && oblique(named[0].start)) {
		const subject = full.find((x) => {
			if (x === last) return false;
			const l = x.lastBefore(at);
			return l >= 0 && paragraphAt(l) === paragraphAt(at) && !oblique(l);
		});
		if (subject) return subject;
	}
	return last;
}

/** Of the candidates, the one the story mentioned first. */
function firstMet(cands: Cluster[]): Cluster | null {
	let best: Cluster | null = null;
	for (const c of cands) if (c.mentions.length && (!best || c.mentions[0].start < best.mentions[0].start)) best = c;
	return best;
}

/** The one of several people named most before `at`, the first met of those named as often. */
function mostMet(cands: Cluster[], at: number): Cluster | null {
	let best: Cluster | null = null;
	let most = 0;
	for (const c of cands) {
		// (mentions are kept in text order: counted by a binary search, as Cluster.lastBefore finds the last)
		const n = upperBound(c.mentions, at - 1, (x) => x.start);
		if (n > most || (n === most && best && n > 0 && c.mentions[0].start < best.mentions[0].start)) {
			best = c;
			most = n;
		}
	}
	return best;
}

/** A name's words without the generation it ends with: "donald trump" of "Donald Trump Jr.". */
export const withoutGeneration = (ws: readonly string[]) => (generation(ws) ? ws.slice(0, -1) : ws).join(' ');

/**
 * The gender first-names.txt gives a given name, else the one birth records give it (given-name-genders.txt:
 * "Susannah", "Dena"); for a hyphenated one ("Eva-Marie", "Jean-Pierre") the one its parts agree on, else
 * none ("Jean-Pierre": Jean is listed as a woman's name).
 */
export function givenNameGender(word: string): ReturnType<ReturnType<typeof firstNames>['get']> {
	const one = (w: string) => firstNames().get(w) ?? recordedNameGenders().get(w);
	const whole = one(word);
	if (whole || !word.includes('-')) return whole;
	const parts = word.split('-').map(one);
	const known = parts.filter((g) => g === 'm' || g === 'f');
	return known.length === parts.length && known.every((g) => g === known[0]) ? known[0] : undefined;
}

/**
 * The gender a full name's mention says of its bearer: its title's ("Ms."), its given name's, or a
 * noun for a person set before it ("her son, Humayun Khan"). `before`: up to three lower-case words
 * right before the name, nearest first.
 */
export function mentionGender(titleGender: 'm' | 'f' | null, words: readonly string[], before: readonly string[]): 'm' | 'f' | null {
	if (titleGender) return titleGender;
	const g = givenNameGender(words[0]);
	if (g === 'm' || g === 'f') return g;
	const noun = before[0] === ',' ? genderWords().get(before[1] ?? '') : undefined;
	return noun ?? null;
}
