// Actors named by a description no entity took: "the senator", "a woman", "the company". The same
// description again is the same actor; a description one entity was given ("The suspect, Michael Webb,
// …" then "the suspect's car") or a title the story's main person holds ("the president") is that entity.
import { personNouns } from '../quotes/data.js';
import { PARTY_ADJECTIVES } from '../quotes/groups.js';
import { isDemonym } from '../quotes/mentions.js';
import { STATE_BODIES } from '../quotes/org-descriptions.js';
import type { Entity, Token } from '../types.js';
import { tokenAt } from '../sorted.js';
import { TITLE_WORD } from './capitals.js';
import type { NameScan } from './scan.js';
import { occasions, orgNouns } from './word-lists.js';

/** Words that open a description ("the senator", "a woman"). */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'this', 'that']);
/** Adjectives that make "source" an origin rather than a person who informs ("a potential source"). */
const ORIGIN_ADJECTIVES = new Set(['potential', 'possible', 'likely', 'probable', 'main', 'primary', 'major', 'chief', 'common', 'leading', 'biggest', 'largest', 'key', 'renewable', 'energy', 'food', 'water', 'power']);
/** Words before a predicate noun phrase ("is a leader", "as a member", "became an adviser"). */
const PREDICATE_BEFORE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s', 'am', 'become', 'becomes', 'became', 'remain', 'remains', 'remained', 'as']);

/** Words for holding an office now, before its title: "the sitting president", "the incumbent governor". */
const INCUMBENT = /^(?:sitting|current|incumbent|serving)\s+/;

/** Organisation nouns that also name an activity: "a campaign", "an operation". */
const ACTIVITY_NOUNS = new Set(['campaign', 'operation']);

/** Prepositions of place before a body part: "in the head", "on the head". */
const LOCATIVE = new Set(['in', 'on', 'into', 'onto', 'to', 'across', 'over', 'around', 'behind']);

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
	// ("Israeli Prime Minister Benjamin Netanyahu … the prime minister's schedule", in a story named more
	// for Trump: the one person the text gives that title, named three times or more and within the last
	// three paragraphs before the description, is it; review T of the 39th stop found "prime minister" an
	// actor of its own)
	const titleHolder = new Map<string, Entity | null>();
	for (const e of out) {
		if (e.kind !== 'person' || e.plural || e.mentions.length < 3) continue;
		for (const d of e.descriptions) {
			// (a title of several capitalised words holds its shorter ends too: "Israeli Prime Minister" is
			// "the prime minister")
			const words = d.replace(/\.$/, '').split(/\s+/);
			if (!words.every((w) => TITLE_WORD.test(w))) continue;
			for (let k = 0; k < words.length; k++) {
				const key = words.slice(k).join(' ').toLowerCase();
				titleHolder.set(key, titleHolder.has(key) && titleHolder.get(key) !== e ? null : e);
			}
		}
	}
	const namedNear = (e: Entity, at: Token) => e.mentions.some((m) => m.start < at.start && m.form !== 'pronoun' && at.paragraph - (tokens[tokenAt(tokens, m.start)]?.paragraph ?? -9) <= 3);
	const roles = personNouns();
	// "A 43-year-old man saw his doctor … The man had been tired …": a person introduced once with "a" and
	// met again as "the" and the same noun is one person. Heads introduced with "a"/"an" more than once
	// ("a man … another man … the man") are left apart: which one is meant is not known.
	const introduced = new Map<string, number>();
	// (the head: the first noun that is no part of a hyphened modifier, "a 43-year-old man")
	const inCompound = (k: number) => tokens[k - 1]?.value === '-' || tokens[k + 1]?.value === '-';
	for (let i = 0; i < tokens.length; i++) {
		const d = tokens[i].normal.toLowerCase();
		if (d !== 'a' && d !== 'an' && d !== 'another') continue;
		let h = i + 1;
		while (h < tokens.length && h - i < 9 && (tokens[h].pos !== 'NOUN' || inCompound(h)) && tokens[h].sentence === tokens[i].sentence) h++;
		if (tokens[h]?.pos !== 'NOUN' || inCompound(h)) continue;
		const head = tokens[h].lemma.toLowerCase();
		introduced.set(head, (introduced.get(head) ?? 0) + 1);
	}
	/** The one person introduced with "a"/"an" and this head noun, by head lemma. */
	const introducedAs = new Map<string, Entity>();
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		const d = t.normal.toLowerCase();
		if (covered[i] || !DESCRIPTION_OPENERS.has(d)) continue;
		let h = i + 1;
		// (a hyphenated age or size is one modifier: "a 43-year-old man", "a 5-foot-tall woman")
		const hyphened = (k: number) => (tokens[k].value === '-' && tokens[k - 1]?.end === tokens[k].start && tokens[k + 1]?.start === tokens[k].end) || (tokens[k].pos === 'NUM' && tokens[k + 1]?.value === '-' && tokens[k + 1].start === tokens[k].end);
		// (and a nationality the tagger reads as a name: "the Afghan/PROPN government")
		// (before a state's body only, and not a party's name, which ends as a nationality does: "the Republican
		// nominee" is someone the text names)
		const nationality = (k: number) => tokens[k].pos === 'PROPN' && isDemonym(tokens[k].normal.toLowerCase()) && !PARTY_ADJECTIVES.has(tokens[k].normal.toLowerCase()) && tokens[k + 1]?.pos === 'NOUN' && STATE_BODIES.has(tokens[k + 1].normal.toLowerCase());
		while (h < tokens.length && !covered[h] && (tokens[h].pos === 'ADJ' || nationality(h) || (tokens[h].pos === 'NOUN' && (tokens[h + 1]?.pos === 'NOUN' || tokens[h + 1]?.value === '-')) || hyphened(h)) && h - i < 9) h++;
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
		// ("Obama was the founder of ISIS", "She is the senator from Iowa": a definite predicate of a name or a
		// pronoun says what they are, and names no one else; the quotes stage gives it to them where it can)
		// (what someone becomes, whatever comes before the verb: "Clinton will become the nominee", "since
		// becoming the presumptive nominee"; the quotes stage reads it so too, describe.ts)
		const becomes = tokens[i - 1]?.lemma.toLowerCase() === 'become' && tokens[i - 1].pos !== 'NOUN';
		if (d === 'the' && i > 1 && tokens[i - 1].sentence === t.sentence && tokens[i - 1].normal !== 'as' && (becomes || (PREDICATE_BEFORE.has(tokens[i - 1].normal.toLowerCase()) && (tokens[i - 2].pos === 'PROPN' || tokens[i - 2].pos === 'PRON')))) continue;
		// ("a potential source: the man's feather bedding", "the source of the outbreak": where something
		// comes from, not a person who informs)
		const origin = lemma === 'source' && (tokens[h + 1]?.normal === 'of' || tokens[h + 1]?.value === ':' || ORIGIN_ADJECTIVES.has(tokens[h - 1]?.normal.toLowerCase() ?? ''));
		// ("hitting him in the head", "struck on the head": the body part, not a head of anything)
		const bodyPart = w === 'head' && LOCATIVE.has(tokens[i - 1]?.normal.toLowerCase() ?? '') && tokens[h + 1]?.normal !== 'of';
		// ("a host of government programs": a quantity, not someone who hosts; review T of the 39th stop)
		const quantity = w === 'host' && (d === 'a' || d === 'an') && h === i + 1 && tokens[h + 1]?.normal === 'of';
		// ("gave Priebus a heads up": "a" before a noun in the plural opens an idiom, no one; review SS of the
		// 54th stop had "heads" an actor)
		const idiom = (d === 'a' || d === 'an') && h === i + 1 && w !== lemma && w.endsWith('s');
		const person = !origin && !bodyPart && !quantity && !idiom && (roles.has(w) || roles.has(lemma));
		const org = !person && (orgNouns().has(w) || orgNouns().has(lemma));
		if (!person && !org) continue;
		// ("will organize an aggressive campaign against Clinton", "has run a brilliant campaign": with "a", a
		// word for an organisation that also names what it does is the doing, no one; "the campaign said" is
		// the organisation; review V of the 39th stop had "aggressive campaign" an actor)
		if (org && (d === 'a' || d === 'an') && ACTIVITY_NOUNS.has(lemma)) continue;
		// ("to speak at a major party's convention", "a company's shares": an organisation owning something
		// with "a" or "an" is any one of its kind, no actor; review OO of the 49th stop found "major party"
		// in two outlets, and so in the chart of the actors outlets share)
		if (org && (d === 'a' || d === 'an') && /^['’]s$/.test(tokens[h + 1]?.value ?? '')) continue;
		// ("a typical victory party", "the birthday party": a gathering, no political party; occasions.txt)
		if (org && lemma === 'party' && h > i + 1 && occasions().has(tokens[h - 1].normal.toLowerCase())) continue;
		// (a nationality keeps its capital: "Afghan government", as the quotes stage names "the Russian government")
		const key = org && tokens.slice(i + 1, h).some((_, j) => nationality(i + 1 + j)) ? text.slice(tokens[i + 1].start, head.end) : text.slice(tokens[i + 1].start, head.end).toLowerCase();
		const bare = key.replace(/[’']s$/, '');
		// (singular, as the introduction is; and not a title the text gives someone by name: "the president"
		// means the one it names so, not "a Democratic president" in a what-if)
		const once = introduced.get(lemma) === 1 && person && w === lemma && !byTitle.has(bare);
		// ("The sitting president is looking good …" before "President Barack Obama": a word for holding the
		// office now leaves the title; review V of the 39th stop had "sitting president" an actor of its own)
		const office = bare.replace(INCUMBENT, '');
		let holder = d !== 'a' && d !== 'an' ? (described.get(bare) ?? (d === 'the' ? (byTitle.get(bare) ?? (office !== bare ? byTitle.get(office) : undefined)) : undefined)) : undefined;
		// (not "the president", which most often means whoever holds the office now, named or not: the stricter
		// byTitle above reads it; "what the president believes" in a story naming President Bill Clinton)
		if (!holder && d === 'the' && person && bare !== 'president') {
			const near = titleHolder.get(bare);
			if (near && namedNear(near, t)) holder = near;
		}
		// ("a 43-year-old man" … "the man": the one introduced; the entity the quotes stage made of "the
		// man" when he spoke later, or the actor made of the introduction when "the man" comes after it)
		if (!holder && once && d === 'the' && h === i + 1) holder = introducedAs.get(lemma);
		if (!holder && once && (d === 'a' || d === 'an')) {
			// (the entity the quotes stage named by the bare noun when "the man" spoke)
			const later =
				described.get(w) ??
				described.get(lemma) ??
				out.find((e) => e.kind === 'person' && !e.plural && e.name.toLowerCase() === lemma && e.mentions.every((m) => m.form === 'description' || m.form === 'pronoun'));
			if (later && later.kind === 'person' && !later.plural && later.mentions.every((m) => m.start > t.start)) holder = later;
		}
		if (holder) {
			holder.mentions.push({ start: t.start, end: head.end, text: text.slice(t.start, head.end), form: 'description' });
			holder.mentions.sort((a, b) => a.start - b.start);
			for (let k = i; k <= h; k++) covered[k] = 1;
			if (holder.kind === 'person' && !holder.plural) named.push({ at: t.start, e: holder, paragraph: t.paragraph });
			i = h;
			continue;
		}
		const actor = add(key, org ? 'org' : 'person', w !== lemma && /s$/.test(w), i, h + 1, 'description');
		if (once && (d === 'a' || d === 'an')) introducedAs.set(lemma, actor);
		i = h;
	}
}
