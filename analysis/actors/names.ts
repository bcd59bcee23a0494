// Actors the entity scan leaves out. To attribute quotes, the quotes stage takes a capitalised word for
// a person only with a sign (a given name, a title, a speech verb); a lone surname or organisation name
// with no such sign ("Sanders voted against it", "critics of Exxon") is no speaker of anything, so it is
// not an entity. Tone toward actors needs every one, so here:
//   - a lone capitalised name (one word, or an acronym) that is no mention of an entity, no place, no
//     time word and not a capitalised word that opens a sentence before a common noun, is an actor;
//     the same word again is the same actor;
//   - "he"/"she" that the entity scan resolved to no one refers to the person named last before it in
//     its paragraph (a lone name), else to the first named after it in its sentence ("After she won,
//     Roe said …"), else to someone the text does not name, an actor of its own ("she, unnamed").
import { classifySpeaker } from '../quotes/groups.js';
import { firstNames, knownOrgNames, orgWords, placeNames } from '../quotes/data.js';
import { TIME_WORDS } from '../quotes/mentions.js';
import type { Entity, EntityMention, GroupRule, Token, Tokenised } from '../types.js';

const capitalised = (t: Token) => /^\p{Lu}/u.test(t.value);
const acronym = (t: Token) => /^(?:\p{Lu}\.?){2,6}$/u.test(t.value);
const HE = new Set(['he', 'him', 'his', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);

/** Words that are capitalised without being anyone: a pronoun, an interjection, a heading word. */
const NOT_ACTORS = new Set(['i', 'god', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'ok', 'okay', 'yes', 'no', 'oh', 'tv', 'am', 'pm', 'a.m.', 'p.m.', 'ad', 'bc']);

/**
 * The article's entities, plus actors for the lone names and pronouns the entity scan left out. The
 * added actors are `unclassified` unless speaker-groups.tsv knows the name. Returns new entities;
 * the input is not changed.
 */
export function withLoneNames(text: string, tok: Tokenised, entities: Entity[], rules: GroupRule[]): Entity[] {
	const { tokens } = tok;
	const covered = new Uint8Array(tokens.length);
	const owner = new Int32Array(tokens.length).fill(-1);
	let k = 0;
	const spans = entities.flatMap((e, ei) => e.mentions.map((m) => ({ m, ei }))).sort((a, b) => a.m.start - b.m.start);
	for (const { m, ei } of spans) {
		while (k > 0 && tokens[k - 1].end > m.start) k--;
		while (k < tokens.length && tokens[k].end <= m.start) k++;
		for (let i = k; i < tokens.length && tokens[i].start < m.end; i++) {
			covered[i] = 1;
			owner[i] = ei;
		}
	}
	const out = entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
	const byName = new Map<string, Entity>();
	const places = placeNames();
	const firsts = firstNames();
	const orgs = orgWords();
	const known = knownOrgNames();
	/** The lone-name actors in text order, for he/she to refer to. */
	const named: { at: number; e: Entity; paragraph: number }[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (covered[i] || t.pos !== 'PROPN' || !capitalised(t)) continue;
		const prev = tokens[i - 1];
		const next = tokens[i + 1];
		// one word: not part of a run of capitalised words (those are the entity scan's to judge)
		const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end + 1 >= b.start && capitalised(a) && capitalised(b) && a.sentence === b.sentence;
		if ((prev && prev.pos === 'PROPN' && joined(prev, t)) || (next && next.pos === 'PROPN' && joined(t, next))) continue;
		const w = t.normal.toLowerCase();
		if (NOT_ACTORS.has(w) || TIME_WORDS.has(w) || places.has(t.value) || t.value.length < 2) continue;
		const opens = !prev || prev.sentence !== t.sentence;
		// "Protesters marched", "Officials said": a capitalised common noun opening the sentence
		if (opens && next && (next.pos === 'NOUN' || /s$/.test(w)) && !firsts.has(w) && !acronym(t)) continue;
		const isOrg = acronym(t) || known.has(w) || orgs.has(w);
		const key = t.value.replace(/[’']s$/, '');
		let e = byName.get(key);
		if (!e) {
			e = { name: key, kind: isOrg ? 'org' : 'person', plural: false, group: classifySpeaker(rules, null, null, key), groupEvidence: null, affiliation: null, affiliationEvidence: null, descriptions: [], mentions: [] };
			byName.set(key, e);
			out.push(e);
		}
		e.mentions.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), form: 'name' });
		if (e.kind === 'person') named.push({ at: t.start, e, paragraph: t.paragraph });
	}
	// he / she that no entity took
	const unnamed = new Map<string, Entity>();
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		const w = t.normal.toLowerCase();
		if (covered[i] || t.pos !== 'PRON' || !(HE.has(w) || SHE.has(w))) continue;
		let target: Entity | undefined;
		for (let j = named.length - 1; j >= 0; j--) {
			if (named[j].at > t.start) continue;
			if (named[j].paragraph === t.paragraph) target = named[j].e;
			break;
		}
		if (!target) {
			for (let j = i + 1; j < tokens.length && tokens[j].sentence === t.sentence; j++) {
				const o = owner[j] >= 0 ? out[owner[j]] : named.find((n) => n.at === tokens[j].start)?.e;
				if (o && o.kind === 'person' && !o.plural) {
					target = o;
					break;
				}
			}
		}
		if (!target) {
			const key = HE.has(w) ? 'he' : 'she';
			target = unnamed.get(key);
			if (!target) {
				target = { name: `${key}, unnamed`, kind: 'person', plural: false, group: 'unclassified', groupEvidence: null, affiliation: null, affiliationEvidence: null, descriptions: [], mentions: [] };
				unnamed.set(key, target);
				out.push(target);
			}
		}
		const mention: EntityMention = { start: t.start, end: t.end, text: t.value, form: 'pronoun' };
		target.mentions.push(mention);
		target.mentions.sort((a, b) => a.start - b.start);
	}
	return out;
}

