// One speaker, one group across a collection. Every article of a collection reports the same event, so
// a speaker the text of one article never describes ("Roe said …") is the one another article calls
// "Senator Jane Roe": their group comes from that article, and says so. Only a group two thirds of the
// articles that classify the speaker agree on is shared (a name classified two ways in two articles
// stays as each has it; "Donald Trump", a candidate in 25 of 210 campaign stories, a businessman in 2
// and someone else in 2, had stayed unclassified in the 25 that say nothing of him), and a speaker an
// article classifies itself keeps that article's group, unless the article read it from a last resort
// only (what they make, do or head, an age: last-resort.ts) and the collection knows them by a title, a
// role or an organisation (review 36). Pure: runs after the facilitator's overrides, whose groups apply
// to every article already.
import type { ArticleAnalysis, Quote, SpeakerGroup, SpeakerOverrides } from '../types.js';
import { tallyQuotes } from './summary.js';
import { lastResort } from './last-resort.js';

/** Where a shared group was read: the article, its outlet and the words that decided it. */
export interface GroupSource {
	group: SpeakerGroup;
	article: string;
	outlet: string;
	text: string | null;
	/** Read from a last resort only (last-resort.ts). */
	lastResort: boolean;
	/** Every article that classifies the speaker (by more than a last resort) gives this group. */
	unanimous: boolean;
}

/** Per speaker, per group: how many articles give it, and the first that does. */
type Votes = Map<string, Map<SpeakerGroup, { n: number; first: GroupSource }>>;

/** The group at least two thirds of the votes give ("Trump" is a candidate in 25 articles, a businessman in 2), else none. */
function majority(groups: Map<SpeakerGroup, { n: number; first: GroupSource }> | undefined): GroupSource | null {
	if (!groups) return null;
	let total = 0;
	let top: { n: number; first: GroupSource } | null = null;
	for (const v of groups.values()) {
		total += v.n;
		if (!top || v.n > top.n) top = v;
	}
	return top && top.n * 3 >= total * 2 ? { ...top.first, unanimous: top.n === total } : null;
}

/**
 * Speakers classified in some article of the collection, by name, with the group the collection
 * knows them by: the one at least two thirds of the articles that give a title, a role or an
 * organisation agree on, else (none does) the one the last resorts agree on in that measure.
 */
export function sharedGroups(analyses: readonly (Pick<ArticleAnalysis, 'id' | 'outlet' | 'speakers'> & Partial<Pick<ArticleAnalysis, 'entities' | 'actors'>>)[]): Map<string, GroupSource> {
	const said: Votes = new Map();
	const resorts: Votes = new Map();
	// (people and organisations an article classifies but does not quote: their votes count only for a
	// name no article's speakers classify, "Hillary Clinton" named as a candidate in one article and quoted
	// in none; review V of the 39th stop found her unclassified in four of six)
	const named: Votes = new Map();
	for (const a of analyses) {
		const quoted = new Set(a.speakers.map((s) => s.speaker));
		for (const x of a.actors ?? []) {
			if (x.group === 'unclassified' || quoted.has(x.name) || x.groupFrom || !NAMED.test(x.name)) continue;
			let groups = named.get(x.name);
			if (!groups) named.set(x.name, (groups = new Map()));
			const v = groups.get(x.group);
			if (v) v.n++;
			else groups.set(x.group, { n: 1, first: { group: x.group, article: a.id, outlet: a.outlet, text: null, lastResort: false, unanimous: false } });
		}
	}
	for (const a of analyses) {
		// (one vote per article and speaker)
		for (const s of a.speakers) {
			if (s.group === 'unclassified') continue;
			const weak = lastResort(s.groupEvidence?.pattern);
			const votes = weak ? resorts : said;
			let groups = votes.get(s.speaker);
			if (!groups) votes.set(s.speaker, (groups = new Map()));
			const v = groups.get(s.group);
			if (v) v.n++;
			else groups.set(s.group, { n: 1, first: { group: s.group, article: a.id, outlet: a.outlet, text: s.groupEvidence?.text ?? null, lastResort: weak, unanimous: false } });
		}
	}
	const out = new Map<string, GroupSource>();
	for (const name of new Set([...said.keys(), ...resorts.keys(), ...named.keys()])) {
		const src = said.has(name) ? majority(said.get(name)) : resorts.has(name) ? majority(resorts.get(name)) : majority(named.get(name));
		if (src) out.set(name, src);
	}
	// "Sanders said" in an article that never gives his full name is the collection's one "Bernie Sanders"
	// (review 37: he stayed unclassified in Politico, government in HuffPost); not a surname two people of
	// the collection share ("Clinton": Hillary and Bill), nor one a speaker of its own already goes by
	// (a person's name: "Islamic State" is no one's surname "State")
	const people = new Set<string>();
	for (const a of analyses) for (const e of a.entities ?? []) if (e.kind === 'person' && !e.plural) people.add(e.name);
	const bySurname = new Map<string, GroupSource | null>();
	for (const [name, src] of out) {
		const ws = name.split(/\s+/);
		if (ws.length < 2 || !/^\p{Lu}/u.test(ws[ws.length - 1]) || !people.has(name)) continue;
		const last = ws[ws.length - 1];
		bySurname.set(last, bySurname.has(last) ? null : src);
	}
	for (const [last, src] of bySurname) if (src && !out.has(last) && !said.has(last) && !resorts.has(last)) out.set(last, src);
	// "Donald J. Trump" of one article is the "Donald Trump" of another (review DD of the 42nd stop found him
	// government in two articles and unclassified in two): a name with middle initials also stands for the
	// name without them, unless two names give that one different groups
	const plain = new Map<string, GroupSource | null>();
	for (const [name, src] of out) {
		const p = withoutInitials(name);
		if (p !== name) plain.set(p, plain.has(p) && plain.get(p)?.group !== src.group ? null : src);
	}
	for (const [p, src] of plain) if (src && !out.has(p)) out.set(p, src);
	// ... and the name without them for every name of the collection written with them
	for (const a of analyses) {
		for (const name of [...a.speakers.map((x) => x.speaker), ...(a.actors ?? []).map((x) => x.name)]) {
			const p = withoutInitials(name);
			const src = p !== name && !out.has(name) ? out.get(p) : undefined;
			if (src) out.set(name, src);
		}
	}
	return out;
}

/** A person's name without middle initials: "Donald Trump" of "Donald J. Trump", "Jane Roe" of "Jane A. B. Roe". */
export function withoutInitials(name: string): string {
	return name.replace(/^(\S+)(?:\s+\p{Lu}\.)+(\s+\S+)$/u, '$1$2');
}


/** A name, not a description: "Hillary Clinton", "the AFL-CIO", not "woman" or "officials". */
const NAMED = /^(?:the\s+)?\p{Lu}/u;

/** Does the collection's group replace the one this article gave the speaker? */
const replaces = (s: { group: SpeakerGroup; groupEvidence?: { pattern: string | null } | null }, src: GroupSource | undefined): src is GroupSource =>
	!!src && src.group !== s.group && (s.group === 'unclassified' || (!src.lastResort && lastResort(s.groupEvidence?.pattern)));

/**
 * The article with its unclassified speakers, and those it classified by a last resort only, given the
 * group the collection knows them by.
 */
export function withSharedGroups(a: ArticleAnalysis, shared: ReadonlyMap<string, GroupSource>): ArticleAnalysis {
	const from = new Map<string, GroupSource>();
	for (const s of a.speakers) {
		const src = shared.get(s.speaker);
		if (replaces(s, src) && src.article !== a.id) from.set(s.speaker, src);
	}
	// (an actor the article leaves unclassified takes the collection's group too, and says whose it is)
	const actors = a.actors?.map((x) => {
		// (by name only: "the woman" of one article is not another's)
		const src = x.group === 'unclassified' && NAMED.test(x.name) ? shared.get(x.name) : undefined;
		return src && src.article !== a.id ? { ...x, group: src.group, groupFrom: { outlet: src.outlet, text: src.text } } : x;
	});
	const actorsChanged = !!actors && actors.some((x, k) => x !== a.actors![k]);
	if (!from.size) return actorsChanged ? { ...a, actors } : a;
	const quotes: Quote[] = a.quotes.map((q) => {
		const src = q.speaker ? from.get(q.speaker) : undefined;
		return src ? { ...q, group: src.group } : q;
	});
	const { speakers, groups, cues, unattributed } = tallyQuotes([{ id: a.id, quotes, bodyLength: a.text.length, entities: a.entities }]);
	for (const s of speakers) {
		const src = from.get(s.speaker);
		if (src) s.groupFrom = { outlet: src.outlet, text: src.text };
	}
	return { ...a, quotes, speakers, groups, cues, unattributed, ...(actorsChanged ? { actors } : {}) };
}

/**
 * The facilitator's overrides with the shared groups as groups of their own, for figures that apply the
 * overrides again from each quote's original values (compareOutlets): a quote merged into a speaker
 * another article classifies ("man" into "patient") keeps that group there too. The facilitator's own
 * groups decide over the shared ones; a shared group is one the whole collection agrees on, so it changes
 * no speaker an article classified itself by a title, a role or an organisation (only last resorts).
 */
export function withSharedOverrides(overrides: SpeakerOverrides, shared: ReadonlyMap<string, GroupSource>): SpeakerOverrides {
	if (!shared.size) return overrides;
	const groups = Object.create(null) as Record<string, SpeakerGroup>;
	// (only where the articles agree: a speaker a minority of articles classifies otherwise keeps that
	// group there, as withSharedGroups leaves it)
	for (const [name, src] of shared) if (src.unanimous) groups[name] = src.group;
	for (const [name, g] of Object.entries(overrides.groups ?? {})) groups[name] = g;
	return { ...overrides, groups };
}
