// Coreference: which mentions are one person or organisation. A surname alone, a title with a
// surname, "the minister" or "he" resolves to someone named before, by recency and agreement.
import type { Mention, MentionKind } from './mentions.js';

const PERSON_PRONOUNS = new Set(['he', 'she']);

export interface Entity {
	name: string;
	kind: MentionKind;
	title: string | null;
	affiliation: string | null;
	/** Lower-case words of the name, for short references. */
	words: string[];
	/** Every title and affiliation any mention gave ("President-elect" on the first, none on "Doe said"). */
	titles: string[];
	affiliations: string[];
}

export interface Resolved {
	speaker: string | null;
	title: string | null;
	affiliation: string | null;
	/** What the mention resolved to; its titles and affiliations keep growing as the article is read. */
	entity?: Entity | null;
}

/**
 * Known people and organisations, with where each was mentioned, for resolving later short references.
 * Mentions may be added out of order (names are scanned first, speakers later), so "the last person
 * before here" is looked up by position, not by insertion order.
 */
export class Entities {
	list: Entity[] = [];
	private events: { at: number; e: Entity }[] = [];

	/** The entity mentioned last before `before` that satisfies pred. */
	private latest(pred: (e: Entity) => boolean, before: number): Entity | null {
		let best: { at: number; e: Entity } | null = null;
		for (const ev of this.events) if (ev.at < before && (!best || ev.at > best.at) && pred(ev.e)) best = ev;
		return best?.e ?? null;
	}
	private any(pred: (e: Entity) => boolean, before: number): Entity | null {
		return this.latest(pred, before) ?? this.list.find(pred) ?? null;
	}
	private seen(e: Entity, at: number, m?: Mention) {
		this.events.push({ at, e });
		if (m?.title && !e.titles.includes(m.title)) e.titles.push(m.title);
		if (m?.affiliation && !e.affiliations.includes(m.affiliation)) e.affiliations.push(m.affiliation);
	}

	/** Is this word the last word of a person's name already met? */
	knowsSurname(word: string): boolean {
		const w = word.toLowerCase();
		return this.list.some((e) => e.kind === 'person' && e.words.length > 1 && e.words[e.words.length - 1] === w);
	}

	/** Record a mention (a speaker, or a name seen anywhere in the text) and return what it resolves to. */
	add(m: Mention, at: number = m.start): Resolved {
		if (m.kind === 'pronoun') return this.pronoun(m, at);
		const words = m.name.toLowerCase().replace(/[’]/g, "'").split(/\s+/).filter(Boolean);
		const out = (e: Entity): Resolved => ({ speaker: e.name, title: m.title ?? e.title, affiliation: m.affiliation ?? e.affiliation, entity: e });
		if (m.kind === 'person') {
			// An earlier, fuller name containing this one ("Vik" after "Lena Vik").
			const last = words[words.length - 1];
			let e = this.any(
				(x) =>
					x.kind === 'person' &&
					(x.words.join(' ') === words.join(' ') ||
						(words.length === 1 && x.words.includes(last)) ||
						(words.length > 1 && x.words.length > words.length && words.every((w) => x.words.includes(w)))),
				at
			);
			if (!e && words.length > 1) {
				// A fuller name now for someone first met by surname alone.
				e = this.any((x) => x.kind === 'person' && x.words.length < words.length && x.words.every((w) => words.includes(w)), at);
				if (e) {
					e.name = m.name;
					e.words = words;
				}
			}
			if (e) {
				if (!e.title && m.title) e.title = m.title;
				if (!e.affiliation && m.affiliation) e.affiliation = m.affiliation;
				this.seen(e, at, m);
				return out(e);
			}
		}
		if (m.kind === 'noun' && m.definite && m.title) {
			// "the U.N. official", "the minister": someone named before with that title or organisation.
			const head = m.title.toLowerCase().split(/\s+/).pop()!;
			const aff = m.affiliation?.toLowerCase();
			const e = this.latest(
				(x) => x.kind === 'person' && (!!x.title?.toLowerCase().split(/\s+/).includes(head) || (!!aff && !!x.affiliation?.toLowerCase().includes(aff))),
				at
			);
			if (e) {
				this.seen(e, at);
				return { speaker: e.name, title: e.title, affiliation: e.affiliation ?? m.affiliation, entity: e };
			}
		}
		const key = words.join(' ');
		let e = this.list.find((x) => x.kind === m.kind && x.words.join(' ') === key) ?? null;
		if (!e) {
			e = { name: m.name, kind: m.kind, title: m.title, affiliation: m.affiliation, words, titles: [], affiliations: [] };
			this.list.push(e);
		} else if (!e.affiliation && m.affiliation) e.affiliation = m.affiliation;
		this.seen(e, at, m);
		return out(e);
	}

	/** "he said": the person last mentioned; "it"/"they": the organisation or group last mentioned. */
	pronoun(m: Mention, at: number): Resolved {
		const p = m.name;
		let e: Entity | null = null;
		if (PERSON_PRONOUNS.has(p)) e = this.latest((x) => x.kind === 'person', at);
		else if (p === 'it') e = this.latest((x) => x.kind === 'org', at);
		else if (p === 'they' || p === 'we') e = this.latest((x) => x.kind === 'org' || x.kind === 'noun', at);
		if (!e) return { speaker: null, title: null, affiliation: null };
		this.seen(e, at);
		return { speaker: e.name, title: e.title, affiliation: e.affiliation, entity: e };
	}
}

