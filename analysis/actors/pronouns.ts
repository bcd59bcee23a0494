// "he" and "she" that the entity scan resolved to no one (actors stage, after names.ts has added the
// lone names and descriptions): the person named last before the pronoun in its paragraph, else the
// first named after it in its sentence ("After she won, Roe said …"), else someone the text does not
// name, an actor of its own ("she, unnamed"). Never someone whose given name says the other gender,
// and, inside someone's quoted words, never the speaker, and never an unnamed actor (README.md, "Who is
// an actor").
import { genderWords, givenName, recordedNameGenders } from '../quotes/data.js';
import { FEMALE_FORMS, MALE_FORMS, eitherGender } from '../quotes/mention-words.js';
import { SpanIndex } from '../span-index.js';
import { upperBound } from '../sorted.js';
import type { Entity, Span, Token } from '../types.js';

const HE = MALE_FORMS;
const SHE = FEMALE_FORMS;

/** A person named at a position (a name or a description of someone), in text order. */
export interface Named {
	at: number;
	e: Entity;
	paragraph: number;
}

/**
 * Adds each unresolved he/she of `tokens` to the actor it means (or to "he, unnamed" / "she, unnamed",
 * pushed onto `out`). `named`: the people named, in text order; `owner[i]`: the index in `out` of the
 * actor whose mention covers token i, or -1; `covered[i]`: the token is already in a mention;
 * `spoken`: quoted speech and its speaker.
 */
export function resolvePronouns(tokens: Token[], out: Entity[], named: Named[], owner: Int32Array, covered: Uint8Array, spoken: (Span & { speaker?: string | null })[]): void {
	const unnamed = new Map<string, Entity>();
	const quotedBy = new SpanIndex(spoken.filter((q) => q.speaker));
	const namedAt = new Map(named.map((n) => [n.at, n.e]));
	// The first single person named after each token in its sentence, read right to left once.
	// (only one that opens the main clause after a fronted one, right after its comma: "After she won, Roe
	// said …"; not the object of the pronoun's own clause, "even after he criticized President George W.
	// Bush", whom he cannot be)
	const nextPerson: (Entity | undefined)[] = new Array(tokens.length);
	for (let j = tokens.length - 1, next: Entity | undefined; j >= 0; j--) {
		if (j + 1 < tokens.length && tokens[j + 1].sentence !== tokens[j].sentence) next = undefined;
		nextPerson[j] = next;
		const o = owner[j] >= 0 ? out[owner[j]] : namedAt.get(tokens[j].start);
		if (o && o.kind === 'person' && !o.plural) next = tokens[j - 1]?.value === ',' || (owner[j] >= 0 && owner[j - 1] === owner[j]) ? o : undefined;
	}
	/**
	 * 'm' or 'f' when the actor's name opens with a given name of one gender (first-names.txt, else
	 * given-name-genders.txt: "Dena") or a title of one ("Queen Elizabeth II", "Mrs. Roe": gender-words.txt),
	 * else when the pronouns the entity scan gave it are all of one gender ("His new wife, Dena Minning
	 * Grayson, … She married him": "him" is not hers).
	 */
	const genders = new Map<Entity, string | undefined>();
	const genderOf = (e: Entity) => {
		if (genders.has(e)) return genders.get(e);
		const first = e.name.split(/\s+/)[0];
		const lower = first.toLowerCase();
		let g: string | undefined = givenName(first) ?? (e.name.includes(' ') ? recordedNameGenders().get(lower) : undefined) ?? genderWords().get(lower.replace(/\.$/, ''));
		if (!g) {
			const said = new Set<string>();
			for (const m of e.mentions) if (m.form === 'pronoun') said.add(HE.has(m.text.toLowerCase()) ? 'm' : SHE.has(m.text.toLowerCase()) ? 'f' : '');
			said.delete('');
			if (said.size === 1) g = [...said][0];
		}
		genders.set(e, g);
		return g;
	};
	const touched = new Set<Entity>();
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (covered[i] || t.pos !== 'PRON') continue;
		const w = t.normal.toLowerCase();
		if (!(HE.has(w) || SHE.has(w))) continue;
		// ("he or she", "his or her": anyone, no one the story names)
		if (eitherGender(tokens, i)) continue;
		let target: Entity | undefined;
		// the person named last before it (`named` is in text order), in its paragraph
		const lo = upperBound(named, t.start, (n) => n.at);
		// (not someone whose given name says the other gender: "Mona Lamberson … He's new to the game")
		const gender = HE.has(w) ? 'f' : 'm';
		// Inside someone's quoted words "he" is never the speaker, who would say "I": in '“He has taken
		// responsibility,” Zoghlin said' he is not Zoghlin.
		const speaker = quotedBy.containing(t)?.speaker ?? null;
		const fits = (e: Entity) => genderOf(e) !== gender && !(speaker && e.name === speaker);
		for (let k = lo - 1; k >= 0 && k >= lo - 6 && named[k].paragraph === t.paragraph; k--) {
			if (!fits(named[k].e)) continue;
			target = named[k].e;
			break;
		}
		if (!target && nextPerson[i] && fits(nextPerson[i]!)) target = nextPerson[i];
		// In quoted words, no one: a pronoun a speaker uses for someone the paragraph does not name is no
		// unnamed person of the story ('Walker has backed Tom Vale. ¶ "I have known Tom for years, and he is
		// a good man," Walker said' had made "he, unnamed"; looking back a paragraph found a thing, a
		// place or a group of people for most of 65 such pronouns on 325 texts)
		if (!target && speaker) continue;
		if (!target) {
			const key = HE.has(w) ? 'he' : 'she';
			target = unnamed.get(key);
			if (!target) {
				target = { name: `${key}, unnamed`, kind: 'person', plural: false, group: 'unclassified', groupEvidence: null, affiliation: null, affiliationEvidence: null, descriptions: [], mentions: [] };
				unnamed.set(key, target);
				out.push(target);
			}
		}
		target.mentions.push({ start: t.start, end: t.end, text: t.value, form: 'pronoun' });
		touched.add(target);
	}
	for (const e of touched) e.mentions.sort((a, b) => a.start - b.start);
}
