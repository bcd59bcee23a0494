// Tone toward each actor per outlet (compareOutlets): the same person or organisation across the
// collection's articles gets one key, and each outlet's figure pools the own-voice sentences of all
// its articles that mention it, so an outlet that names Russia in ten sentences is measured on ten.
import type { Actor, ArticleAnalysis, OutletActor, Polarity, SpeakerOverrides } from '../types.js';
import { actorPolarity } from './polarity.js';

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Lower case, without a leading article, possessive or "Mr."-style title: "the U.N." and "U.N." are one;
 * and without an article after "of" inside the name: "the Democratic Republic of the Congo" is the
 * "Democratic Republic of Congo" (fourth newcomer pass: one country had been two actors).
 */
export function actorKey(name: string): string {
	return name
		.normalize('NFKC')
		.toLowerCase()
		.trim()
		.replace(/[’']s$/u, '')
		.replace(/^(?:the|mr|mrs|ms|dr)\.?\s+/u, '')
		// "U.S. Embassy" and "US embassy": an initialism opening the name, with or without its full stops
		.replace(/^(?:\p{L}\.){2,}(?=\s|$)/u, (m) => m.replace(/\./gu, ''))
		.replace(/\s+/gu, ' ')
		.replace(/ of the /gu, ' of ')
		.trim();
}

/** A name's key without its middle initials: "donald j. trump" → "donald trump" (first and last words kept). */
export function withoutInitials(key: string): string {
	const w = key.split(' ');
	if (w.length < 3) return key;
	const mid = w.slice(1, -1).filter((x) => !MIDDLE_INITIAL.test(x));
	return mid.length === w.length - 2 ? key : [w[0], ...mid, w[w.length - 1]].join(' ');
}
/** "j.", "w", "h.w.": one letter, or one or two letters each with its full stop (not "de" of "Alex de Minaur"). */
const MIDDLE_INITIAL = /^(?:\p{L}|(?:\p{L}\.){1,2})$/u;

/** A state's formal name ending "… of X": "Democratic Republic of Congo", "Kingdom of Saudi Arabia" (its last word). */
const STATE_OF = /(?:^|\s)(?:republic|kingdom|states|state|emirates|emirate|federation|commonwealth|union|islands|principality|sultanate|duchy) of (\S+)$/u;

/** A name opening with a country's or union's initialism and going on: "U.S. Embassy", "UK Home Office", "EU Commission". */
const COUNTRY_INITIALISM = /^(?:U\.S\.|US|U\.K\.|UK|EU|E\.U\.|UN|U\.N\.|USA|U\.S\.A\.)\s+\S/u;

/** An actor is compared across outlets only when the article names it (not "a woman", not "she, unnamed"). */
function named(a: Actor): boolean {
	return a.mentions.some((m) => m.form === 'name' || m.form === 'short name');
}

/**
 * One key per actor across the collection: the facilitator's merges first, then a name with a middle
 * initial joins the same name without it ("Donald J. Trump", "Donald Trump"), and a one-word name
 * ("Haley") joins the only person whose fuller name ends in it ("Nikki Haley").
 */
export function actorKeyer(analyses: Pick<ArticleAnalysis, 'actors'>[], overrides?: SpeakerOverrides): (a: Actor) => string {
	const merges = new Map(Object.entries(overrides?.merges ?? {}).map(([from, to]) => [actorKey(from), actorKey(to)]));
	const base = (name: string) => {
		const k = actorKey(name);
		return merges.get(k) ?? k;
	};
	const people = analyses.flatMap((x) => x.actors ?? []).filter((a) => a.kind === 'person' && named(a));
	// "Donald Trump" and "Donald J. Trump": a person's name with a middle initial joins the same name
	// without it when the collection has only one such initial (not "George H. W. Bush" and "George W.
	// Bush", two presidents); the key is the name without it, as a facilitator types it
	const initialed = new Map<string, Set<string>>();
	for (const a of people) {
		const k = base(a.name);
		const bare = withoutInitials(k);
		if (bare === k) continue;
		const set = initialed.get(bare) ?? new Set();
		set.add(k);
		initialed.set(bare, set);
	}
	const person = (name: string) => {
		const k = base(name);
		const bare = withoutInitials(k);
		return bare !== k && initialed.get(bare)?.size === 1 ? bare : k;
	};
	const bySurname = new Map<string, Set<string>>();
	for (const a of people) {
		const k = person(a.name);
		const words = k.split(' ');
		if (words.length < 2) continue;
		const last = words[words.length - 1];
		const set = bySurname.get(last) ?? new Set();
		set.add(k);
		bySurname.set(last, set);
	}
	// "Congo" and "the Democratic Republic of Congo": a one-word organisation or country joins the only
	// longer name of a state "… of" it (not when two are: "Republic of Congo" and "Democratic Republic
	// of Congo" are two countries, and "Korea" stays itself beside both Koreas; nor a body in a place,
	// "the American University of Kabul", which is no Kabul)
	const byOf = new Map<string, Set<string>>();
	for (const a of analyses.flatMap((x) => x.actors ?? [])) {
		if (a.kind !== 'org' || !named(a)) continue;
		const k = base(a.name);
		const of = STATE_OF.exec(k);
		if (!of) continue;
		const set = byOf.get(of[1]) ?? new Set();
		set.add(k);
		byOf.set(of[1], set);
	}
	// "State Department" and "U.S. State Department", "the embassy's" "US Embassy": an organisation's name
	// joins the only longer one that puts a country's initialism before it (not when two do: "US
	// government" and "UK government" leave "government" itself)
	const byInitialism = new Map<string, Set<string>>();
	for (const a of analyses.flatMap((x) => x.actors ?? [])) {
		if (a.kind !== 'org' || !named(a) || !COUNTRY_INITIALISM.test(a.name.replace(/^the\s+/iu, ''))) continue;
		const k = base(a.name);
		const rest = k.slice(k.indexOf(' ') + 1);
		const set = byInitialism.get(rest) ?? new Set();
		set.add(k);
		byInitialism.set(rest, set);
	}
	// (only a person's surname: "Mongolia", a country and so an organisation, is not the "Inner
	// Mongolia" the quotes stage took for a person's name)
	return (a) => {
		const k = a.kind === 'person' ? person(a.name) : base(a.name);
		const full = a.kind === 'person' ? (!k.includes(' ') ? bySurname.get(k) : undefined) : ((!k.includes(' ') ? byOf.get(k) : undefined) ?? byInitialism.get(k));
		return full && full.size === 1 ? [...full][0] : k;
	};
}

/**
 * The outlet's tone toward each named actor its articles mention in their own voice, most mentioned
 * first. `tone` is the mean over those sentences (a sentence with no tone word counts 0), as in an
 * article's `actors[]`; `evidence` counts the words that carried it.
 */
export function outletActors(arts: Pick<ArticleAnalysis, 'id' | 'actors'>[], keyOf: (a: Actor) => string, notActors: string[] = []): OutletActor[] {
	const byKey = new Map<string, OutletActor & { names: Map<string, number>; sum: number; scores: number[] }>();
	// (the facilitator's "not a person or organisation": left out under any name that keys to it)
	const hidden = new Set(notActors.map(actorKey));
	for (const art of arts) {
		for (const a of art.actors ?? []) {
			if (!named(a)) continue;
			const key = keyOf(a);
			if (hidden.has(key) || hidden.has(actorKey(a.name))) continue;
			let row = byKey.get(key);
			if (!row) {
				row = { key, name: a.name, kind: a.kind, group: a.group, mentions: 0, sentences: 0, toned: 0, evidence: 0, tone: 0, polarity: 'neutral', articles: [], names: new Map(), sum: 0, scores: [] };
				byKey.set(key, row);
			}
			const own = a.mentions.filter((m) => !m.quoted).length;
			row.mentions += a.mentions.length;
			row.names.set(a.name, (row.names.get(a.name) ?? 0) + own + (a.name.includes(' ') ? 0.5 : 0));
			if (row.group === 'unclassified' && a.group !== 'unclassified') row.group = a.group;
			row.sentences += a.sentences.length;
			row.toned += a.sentences.filter((s) => s.score !== 0).length;
			row.evidence += a.evidence.length;
			row.sum += a.sentences.reduce((s, x) => s + x.score, 0);
			for (const x of a.sentences) row.scores.push(x.score);
			row.articles.push({ id: art.id, name: a.name, sentences: a.sentences.length });
		}
	}
	return [...byKey.values()]
		.map(({ names, sum, scores, ...r }) => {
			const tone = r.sentences ? round(sum / r.sentences) : 0;
			// The name the outlet uses most (a fuller name wins a tie)
			const name = [...names.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]?.[0] ?? r.name;
			// (an outlet's articles are stories: one sentence leaning one way among plain ones is no verdict)
			return { ...r, name, tone, polarity: actorPolarity(tone, scores, true) as Polarity };
		})
		.sort((a, b) => b.mentions - a.mentions || a.key.localeCompare(b.key));
}

/** An actor at least `min` outlets mention in their own voice, with each outlet's row (null: not mentioned). */
export interface SharedActor {
	key: string;
	name: string;
	outlets: number;
	rows: (OutletActor | null)[];
}

/** The actors at least `min` outlets mention in their own voice, most outlets then most mentions first. */
export function sharedActors(outlets: { actors?: OutletActor[] }[], min = 2): SharedActor[] {
	const keys = new Map<string, { name: string; mentions: number }>();
	for (const o of outlets) for (const a of o.actors ?? []) if (a.sentences > 0) {
		const k = keys.get(a.key);
		if (!k || a.mentions > k.mentions) keys.set(a.key, { name: a.name, mentions: (k?.mentions ?? 0) + a.mentions });
		else k.mentions += a.mentions;
	}
	return [...keys.entries()]
		.map(([key, k]) => {
			const rows = outlets.map((o) => o.actors?.find((a) => a.key === key && a.sentences > 0) ?? null);
			return { key, name: k.name, outlets: rows.filter(Boolean).length, rows, mentions: k.mentions };
		})
		.filter((s) => s.outlets >= min)
		.sort((a, b) => b.outlets - a.outlets || b.mentions - a.mentions || a.key.localeCompare(b.key))
		.map(({ mentions: _m, ...s }) => s);
}
