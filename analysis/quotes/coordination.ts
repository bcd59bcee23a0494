// Coordinated names: "Chile, Peru and Bolivia", "Jane Roe and Tom Dale". A "they" after such a list
// means all of them ("… similar moves by Chile, Peru and Bolivia. They contend the treaty is …"), not
// the one named last. Read after the scan from the named mentions: two or more entities of one
// kind in one sentence, joined by commas and a last "and" or "or", nothing else between them. Also a
// person named with a group of people as one subject: "Gov. Eric Holcomb and leaders of the
// Legislature have avoided …" (they are the ones a "they" after it means, not the unions named before).
import type { Span } from '../types.js';
import type { Ctx } from './context.js';
import type { EntityIndex } from './coref.js';
import type { Cluster } from './cluster.js';
import { personNouns } from './data.js';
import { npRight } from './phrases.js';

export interface Coordination {
	start: number;
	end: number;
	text: string;
	kind: 'person' | 'org';
	members: Cluster[];
	/** The entity standing for all of them, made when a pronoun first refers to it. */
	cluster: Cluster | null;
}

// (a member may carry its state or party after it, as US copy names members of Congress: "Sens. Ann
// Roe of Ohio and Tom Vale of Iowa", "Ann Roe, R-Ohio, and Tom Vale, D-Iowa", "Ann Roe (R-Ohio) and …", "Lindsey Graham (S.C.), Mark Kirk (Ill.)")
const OF_PLACE = String.raw`(?:\s+of\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}|\s*,\s*[RDI]-[\p{L}.]+|\s*\((?:[RDI]-)?[\p{L}.]+\))?`;
const COMMA = new RegExp(String.raw`^${OF_PLACE}\s*,\s*$`, 'u');
const LAST = new RegExp(String.raw`^${OF_PLACE}\s*,?\s+(?:and|or)\s+$`, 'u');

/** Every coordinated list of names in the article, in text order. */
export function findCoordinations(ctx: Ctx, index: EntityIndex): Coordination[] {
	const { text } = ctx;
	const named: { start: number; end: number; c: Cluster }[] = [];
	for (const c of index.clusters) {
		if (!c.named) continue;
		for (const m of c.mentions) if (!m.quoted && (m.form === 'name' || m.form === 'short name')) named.push({ start: m.start, end: m.end, c });
	}
	named.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Coordination[] = [];
	const listed = new Set<number>();
	let chain: typeof named = [];
	const close = () => (chain = []);
	for (const m of named) {
		const prev = chain[chain.length - 1];
		if (!prev) {
			chain = [m];
			continue;
		}
		if (m.start < prev.end) continue; // (a shorter mention inside the last one)
		// (a state in brackets after a member, "Lindsey Graham (S.C.), …", read as a name itself)
		if (text[m.start - 1] === '(' && text[m.end] === ')' && /^\s*\($/.test(text.slice(prev.end, m.start))) continue;
		const gap = text.slice(prev.end, m.start);
		const sameKind = m.c.kind === prev.c.kind && !chain.some((x) => x.c === m.c);
		if (sameKind && COMMA.test(gap)) chain.push(m);
		else if (sameKind && LAST.test(gap)) {
			chain.push(m);
			out.push({ start: chain[0].start, end: m.end, text: text.slice(chain[0].start, m.end), kind: m.c.kind, members: chain.map((x) => x.c), cluster: null });
			for (const x of chain) listed.add(x.start);
			if (m.c.kind === 'person') shareTitle(chain);
			close();
		} else chain = [m];
	}
	// (a name already in a list of names stays there; a set, not a search of the lists, keeps this linear)
	for (const m of named) if (m.c.kind === 'person' && !listed.has(m.start)) {
		const co = withGroup(ctx, m);
		if (co) out.push(co);
	}
	return out.sort((a, b) => a.start - b.start);
}

/**
 * "Fox hosts Bill O'Reilly and Sean Hannity", "Sens. Ann Roe and Tom Vale": a title in the plural before
 * the first of a list of names is every member's (review CC of the 43rd stop had Hannity unclassified
 * beside O'Reilly); a member with a title of their own keeps it.
 */
function shareTitle(chain: { start: number; end: number; c: Cluster }[]): void {
	const first = chain[0];
	const title = first.c.facets.find((f) => f.role === 'title' && f.start >= first.start && f.end <= first.end);
	if (!title || !PLURAL_TITLE.test(title.text)) return;
	for (const x of chain.slice(1)) {
		if (x.c.facets.some((f) => f.role === 'title' && f.start >= x.start && f.end <= x.end)) continue;
		x.c.addFacet({ start: title.start, end: title.end, text: title.text, role: 'title', former: title.former });
	}
}
/** A title whose last word is plural: "hosts", "senators", "Sens.", "Reps.", "Drs.". */
const PLURAL_TITLE = /(?:[a-z]s|Sens\.|Reps\.|Drs\.|Govs\.)$/;

/**
 * "Gov. Eric Holcomb and leaders of the GOP-dominated Legislature have avoided …": a named person and,
 * after "and", a plural phrase headed by a word for people, together the subject of the verb after them.
 */
function withGroup(ctx: Ctx, m: { start: number; end: number; c: Cluster }): Coordination | null {
	const { toks, text } = ctx;
	let k = ctx.tokenAt(m.end - 1);
	if (k < 0 || !toks[k] || toks[k].end !== m.end) return null;
	k++;
	if (toks[k]?.normal !== 'and' || ctx.inQuote[k] >= 0) return null;
	const sentence = toks[k].sentence;
	const np = npRight(toks, k + 1, Math.min(toks.length, k + 12));
	if (!np) return null;
	// (the head: the noun before any "of"/"for" link, plural and a word for people)
	let h = np[0];
	while (h + 1 < np[1] && !['of', 'for', 'in', 'at', 'from'].includes(toks[h + 1].normal)) h++;
	const head = toks[h];
	const plural = head.pos === 'NOUN' && /s$/.test(head.normal) && head.lemma.toLowerCase() !== head.normal;
	if (!plural || !(personNouns().has(head.normal) || personNouns().has(head.lemma.toLowerCase()))) return null;
	// (both together the subject: a verb follows, maybe after an adverb)
	let v = np[1];
	while (toks[v]?.pos === 'ADV') v++;
	if (!toks[v] || toks[v].sentence !== sentence || (toks[v].pos !== 'VERB' && toks[v].pos !== 'AUX')) return null;
	const end = toks[np[1] - 1].end;
	return { start: m.start, end, text: text.slice(m.start, end), kind: 'person', members: [m.c], cluster: null };
}

/**
 * The entity standing for all of a list's members, made the first time it is asked for (`make` adds a
 * new entity to the index): plural, with each member's facets ("the states" of a list of states).
 */
export function jointCluster(co: Coordination, make: (kind: 'person' | 'org', name: string) => Cluster): Cluster {
	if (!co.cluster) {
		const g = make(co.kind, co.text);
		g.plural = true;
		g.named = true;
		for (const m of co.members) for (const f of m.facets) g.addFacet(f);
		if (co.kind === 'org') for (const m of co.members) g.addFacet({ start: co.start, end: co.end, text: m.name, role: 'name' });
		// (its own mention, kept off the index by offset: "South Africa" at the same place stays South Africa)
		g.mentions.push({ start: co.start, end: co.end, text: co.text, form: 'name' });
		g.mentionKeys.add(`${co.start}:${co.end}`);
		co.cluster = g;
	}
	return co.cluster;
}

/**
 * "Volker and Morrison said that …", "said Ann Lee and Tom Vale": a list of names ending (or, after
 * the cue, starting) with the speaker's mention `m` speaks as one: its entity and its extent, else null.
 * `before`: the list comes before the cue, so `m` is its last member. `coordinations` in text order.
 */
export function jointSpeaker(coordinations: readonly Coordination[], m: Span, before: boolean, make: (kind: 'person' | 'org', name: string) => Cluster): { cluster: Cluster; span: Span } | null {
	for (const co of coordinations) {
		if (co.start > m.start) break;
		if (co.members.length < 2 || !(before ? co.end === m.end && co.start < m.start : co.start === m.start && co.end > m.end)) continue;
		return { cluster: jointCluster(co, make), span: { start: co.start, end: co.end } };
	}
	return null;
}
