// Someone who speaks for a person the article names ("a spokesman for Smith", "Smith's aide", "his
// press secretary") and is given no group of their own takes that person's group: the spokesman of a
// senator speaks for government. Runs after every entity has its own group (entities.ts
// finishEntities); the roles are represents.txt's.
import type { Entity, SpeakerGroup } from '../types.js';
import type { Cluster } from './cluster.js';
import { parseList, readDataFile } from './data.js';

let roles: Set<string> | null = null;
/** Head nouns of roles that speak or work for someone (represents.txt). */
export function representsRoles(): Set<string> {
	return (roles ??= new Set(parseList(readDataFile('represents.txt'))));
}

/** Groups that say whom a representative speaks for: not nobody, not a private person's. */
const INHERITED = (g: SpeakerGroup) => g !== 'unclassified' && g !== 'citizen';

/** "Smith" or "Smith's": the one named person of the article this name or short name is, or null. */
function personNamed(people: Cluster[], self: Cluster, text: string): Cluster | null {
	const t = text.replace(/['’]s?$/, '').trim();
	if (!t) return null;
	const lower = t.toLowerCase();
	const found = people.filter(
		(p) => p !== self && (p.name === t || p.mentions.some((m) => (m.form === 'name' || m.form === 'short name') && m.text === t) || (!t.includes(' ') && p.words[p.words.length - 1] === lower))
	);
	if (found.length === 1) return found[0];
	// ("Clinton's communications director" in a story about Hillary Clinton that names Bill Clinton too:
	// the surname alone is the one the story names most, as coreference reads it, surname-bearer.ts)
	if (found.length > 1 && !t.includes(' ')) {
		const [a, b] = [...found].sort((x, y) => y.mentions.length - x.mentions.length);
		if (a.mentions.length > b.mentions.length) return a;
	}
	return null;
}

const POSSESSIVES = new Set(['his', 'her', 'their']);

/** The person a possessive pronoun opening one of the cluster's descriptions means ("his spokesman"). */
function possessor(people: Cluster[], self: Cluster): Cluster | null {
	for (const m of self.mentions) {
		if (m.form !== 'description' || !POSSESSIVES.has(m.text.split(/\s+/)[0].toLowerCase())) continue;
		const owner = people.find((p) => p !== self && p.mentions.some((x) => x.form === 'pronoun' && x.start === m.start));
		if (owner) return owner;
	}
	return null;
}

/**
 * Give each unclassified representative the group of the person they speak for, with the words that
 * say so as evidence. `out` holds every entity's own decision, and is changed in place.
 */
export function representedGroups(live: Cluster[], out: Map<Cluster, Entity>): void {
	const people = live.filter((c) => c.kind === 'person' && c.named);
	const heads = representsRoles();
	for (const c of live) {
		const e = out.get(c);
		if (!e || c.kind !== 'person' || e.group !== 'unclassified' || ![...c.heads].some((h) => heads.has(h))) continue;
		for (const f of c.facets) {
			if (f.role !== 'affiliation' || f.former) continue;
			const p = personNamed(people, c, f.text);
			const g = p ? out.get(p)?.group : undefined;
			if (!p || !g || !INHERITED(g)) continue;
			e.group = g;
			e.groupEvidence = { start: f.start, end: f.end, text: f.text, pattern: `speaks for ${out.get(p)!.name} (${g})` };
			e.affiliation = f.text;
			e.affiliationEvidence = { start: f.start, end: f.end, text: f.text, pattern: null };
			break;
		}
		if (e.group !== 'unclassified') continue;
		const p = possessor(people, c);
		const g = p ? out.get(p)?.group : undefined;
		if (!p || !g || !INHERITED(g)) continue;
		const m = c.mentions.find((x) => x.form === 'description')!;
		e.group = g;
		e.groupEvidence = { start: m.start, end: m.end, text: m.text, pattern: `speaks for ${out.get(p)!.name} (${g})` };
	}
}
