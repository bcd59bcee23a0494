// Actors named by a description no entity took: "the senator", "a woman", "the company". The same
// description again is the same actor; a description one entity was given ("The suspect, Michael Webb,
// …" then "the suspect's car") or a title the story's main person holds ("the president") is that entity.
import { personNouns } from '../quotes/data.js';
import type { Entity } from '../types.js';
import { TITLE_WORD } from './capitals.js';
import type { NameScan } from './scan.js';
import { orgNouns } from './word-lists.js';

/** Words that open a description ("the senator", "a woman"). */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'this', 'that']);
/** Words before a predicate noun phrase ("is a leader", "as a member", "became an adviser"). */
const PREDICATE_BEFORE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s', 'am', 'become', 'becomes', 'became', 'remain', 'remains', 'remained', 'as']);

export function addDescriptions(scan: NameScan): void {
	const { text, tokens, covered, out, named, add } = scan;
	// "the senator", "a woman", "the company": a description no entity took. "The suspect, Michael Webb,
	// was convicted" … "the suspect's car": a definite description one entity already holds is that entity.
	const described = new Map<string, Entity | null>();
	for (const e of out)
		for (const d of e.descriptions) {
			// a noun phrase the text gave it ("The suspect, …", "Roe, a senator,"), not a title ("President")
			const np = /^(?:the|this|that|a|an)\s+(.+)$/i.exec(d);
			if (!np) continue;
			const key = np[1].toLowerCase();
			described.set(key, described.has(key) && described.get(key) !== e ? null : e);
		}
	// "President Donald Trump … the President": a title the text puts before one person's name, met again
	// after "the", is that person when no one else has the title and the story is about them (named most
	// often, three times or more): "Russia's President Medvedev", named once in a story about Trump, and
	// "President Bill Clinton's tenure" in a story about Hillary Clinton are not "the president".
	const byTitle = new Map<string, Entity | null>();
	let most = 0;
	for (const e of out) if (e.kind === 'person' && !e.plural) most = Math.max(most, e.mentions.length);
	for (const e of out) {
		if (e.kind !== 'person' || e.plural) continue;
		for (const d of e.descriptions) {
			if (!TITLE_WORD.test(d)) continue;
			const key = d.toLowerCase().replace(/\.$/, '');
			byTitle.set(key, byTitle.has(key) && byTitle.get(key) !== e ? null : e.mentions.length >= 3 && e.mentions.length === most ? e : null);
		}
	}
	const roles = personNouns();
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		const d = t.normal.toLowerCase();
		if (covered[i] || !DESCRIPTION_OPENERS.has(d)) continue;
		let h = i + 1;
		// (a hyphenated age or size is one modifier: "a 43-year-old man", "a 5-foot-tall woman")
		const hyphened = (k: number) => (tokens[k].value === '-' && tokens[k - 1]?.end === tokens[k].start && tokens[k + 1]?.start === tokens[k].end) || (tokens[k].pos === 'NUM' && tokens[k + 1]?.value === '-' && tokens[k + 1].start === tokens[k].end);
		while (h < tokens.length && !covered[h] && (tokens[h].pos === 'ADJ' || (tokens[h].pos === 'NOUN' && (tokens[h + 1]?.pos === 'NOUN' || tokens[h + 1]?.value === '-')) || hyphened(h)) && h - i < 9) h++;
		const head = tokens[h];
		// "the Judge's decision": a title capitalised alone after "the" is a description, as "the judge" is
		const titleAlone = head?.pos === 'PROPN' && h === i + 1 && d === 'the' && !/s$/.test(head.normal) && !/^(?:PROPN|NOUN|ADJ|NUM)$/.test(tokens[h + 1]?.pos ?? '') && tokens[h + 1]?.value !== '-';
		if (!head || covered[h] || (head.pos !== 'NOUN' && !titleAlone)) continue;
		const w = head.normal.toLowerCase();
		const lemma = head.lemma.toLowerCase();
		// "believe that justice has been served": "that" opening a clause is no determiner; a plural after
		// it is still a group ("said that younger voters want …")
		if (t.pos === 'SCONJ' && w === lemma) continue;
		// "is an expert on light art", "as a member of the family", "to remain a leader": a predicate says
		// what someone already named is, it introduces no one
		if ((d === 'a' || d === 'an') && i > 0 && tokens[i - 1].sentence === t.sentence && PREDICATE_BEFORE.has(tokens[i - 1].normal.toLowerCase())) continue;
		const person = roles.has(w) || roles.has(lemma);
		const org = !person && (orgNouns().has(w) || orgNouns().has(lemma));
		if (!person && !org) continue;
		const key = text.slice(tokens[i + 1].start, head.end).toLowerCase();
		const bare = key.replace(/[’']s$/, '');
		const holder = d !== 'a' && d !== 'an' ? (described.get(bare) ?? (d === 'the' ? byTitle.get(bare) : undefined)) : undefined;
		if (holder) {
			holder.mentions.push({ start: t.start, end: head.end, text: text.slice(t.start, head.end), form: 'description' });
			for (let k = i; k <= h; k++) covered[k] = 1;
			if (holder.kind === 'person' && !holder.plural) named.push({ at: t.start, e: holder, paragraph: t.paragraph });
			i = h;
			continue;
		}
		add(key, org ? 'org' : 'person', w !== lemma && /s$/.test(w), i, h + 1, 'description');
		i = h;
	}
}
