// One person or organisation as the article is read (a cluster of mentions), what the text says
// about it (facets), and which pronouns can stand for it. coref.ts builds clusters; groups.ts and
// attribution.ts read them.
import type { EntityMention, Span, SpeakerGroup } from '../types.js';
import { genderWords } from './data.js';
import { headWord, words } from './name-words.js';
import { upperBound } from '../sorted.js';

export type Gender = 'm' | 'f' | null;

/** The pattern of a candidate's relative clause ("who is running for president", describe.ts): it decides the group (groups.ts). */
export const CANDIDATE_PATTERN = 'running for office: a candidate';

/** What one part of the text says about an entity; the groups and affiliations are decided from these. */
export type FacetRole = 'affiliation' | 'title' | 'description' | 'relative' | 'age' | 'home' | 'party' | 'name' | 'deed';
export interface Facet extends Span {
	text: string;
	role: FacetRole;
	/** "former senator", "ex-minister": says what they were, weaker than what they are. */
	former?: boolean;
	/** A rule of the code (not of speaker-groups.tsv) already read the group from these words. */
	group?: SpeakerGroup;
	pattern?: string;
}

/** One person or organisation while the article is read. */
export class Cluster {
	plural = false;
	gender: Gender = null;
	/** Lower-case words of the fullest name (persons) or the name's key words (organisations). */
	words: readonly string[] = [];
	/** Has a proper name, not just a description ("officials"). */
	named = false;
	/** Head nouns of the titles and descriptions given ("senator", "republican", "resident"). */
	heads = new Set<string>();
	facets: Facet[] = [];
	mentions: EntityMention[] = [];
	/** Facets and mentions already held, by role/extent and by start (the longest end): a long article
	 * names one entity thousands of times, and scanning the lists for each new one was quadratic. */
	readonly facetKeys = new Set<string>();
	readonly mentionKeys = new Set<string>();
	readonly longestAt = new Map<number, number>();
	acronyms = new Set<string>();
	age: string | null = null;
	/** Words of organisation descriptions ("company", "ministry") it was referred to by. */
	orgNouns = new Set<string>();

	constructor(
		public kind: 'person' | 'org',
		public name: string
	) {}

	addFacet(f: Facet): void {
		if (!f.text.trim()) return;
		const key = `${f.role}:${f.start}:${f.end}`;
		if (this.facetKeys.has(key)) return;
		this.facetKeys.add(key);
		this.facets.push(f);
		if (f.role === 'title' || f.role === 'description') {
			const head = headWord(f.text);
			if (head) this.heads.add(head);
			if (!this.gender) {
				for (const w of words(f.text)) {
					const g = genderWords().get(w);
					if (g) {
						this.gender = g;
						break;
					}
				}
			}
		}
		if (f.role === 'age' && !this.age) this.age = f.text.replace(/\D+/g, '');
	}

	/** The last mention at or before `at`, or -1. */
	lastBefore(at: number): number {
		// Mentions are kept in text order (coref.ts inserts each in place): a binary search, not a walk
		// over every mention, which made one much-named person quadratic.
		const k = upperBound(this.mentions, at - 1, (m) => m.start);
		return k > 0 ? this.mentions[k - 1].start : -1;
	}
}

// ---------------------------------------------------------------- pronouns

export type PronounClass = 'he' | 'she' | 'it' | 'they';
const PRONOUN_CLASS: Record<string, PronounClass> = {
	he: 'he',
	him: 'he',
	his: 'he',
	himself: 'he',
	she: 'she',
	her: 'she',
	hers: 'she',
	herself: 'she',
	it: 'it',
	its: 'it',
	itself: 'it',
	they: 'they',
	them: 'they',
	their: 'they',
	themselves: 'they',
	we: 'they'
};
export const pronounClass = (w: string): PronounClass | null => PRONOUN_CLASS[w.toLowerCase()] ?? null;

/** Does the entity agree with the pronoun? He/she need one person (of that gender, if known); it an
 * organisation; they several people or an organisation. */
export function agrees(c: Cluster, p: PronounClass): boolean {
	if (p === 'he' || p === 'she') return c.kind === 'person' && !c.plural && (c.gender === null || c.gender === (p === 'he' ? 'm' : 'f'));
	if (p === 'it') return c.kind === 'org';
	return c.plural || c.kind === 'org';
}
