// The entity a speaker mention the quote finder found names (EntityIndex.speaker): what the scan resolved
// at that place, else resolved now; an appositive that names the speaker or says more about them. Split
// from coref.ts, which had passed 500 lines.
import type { Mention } from './mentions.js';
import type { Cluster } from './cluster.js';
import type { EntityIndex } from './coref.js';
import { describedAs } from './relations.js';
import { FORMER, headWord, words } from './name-words.js';
import { isStateName } from './groups.js';

/**
 * The entity a speaker mention names. An appositive says more about them ("Doe, a senator,"), or names
 * them: in "An ICC spokesman, Jane Doe, said" the speaker is Jane Doe, and "ICC spokesman" her title.
 */
export function speakerEntity(index: EntityIndex, m: Mention, ap: Mention | null, quoted = false): Cluster | null {
	if (ap && ap.kind === 'person' && m.kind !== 'person' && m.kind !== 'pronoun') {
		const c = index.lookup(ap.nameSpan.start, 'person') ?? index.lookup(ap.nameSpan.start, 'org') ?? index.addPerson(ap, quoted);
		if (m.kind === 'org' && m.proper) c.addFacet({ ...m.nameSpan, text: m.name, role: 'affiliation' });
		else {
			c.addFacet({ ...describedAs(m), role: 'description', former: FORMER.test(m.text) });
			index.mentionFacets(c, m);
		}
		index.note(c, m, m.text, 'description', quoted);
		return c;
	}
	// "The group, WeWorkers Coalition, said": the organisation named in the appositive speaks
	if (ap && ap.kind === 'org' && ap.proper && !m.proper && (m.kind === 'org' || m.kind === 'noun') && m.definite) {
		const c = index.lookup(ap.nameSpan.start, 'org') ?? index.addOrg(ap, quoted);
		if (m.kind === 'org') c.orgNouns.add(headWord(m.title ?? m.name) ?? '');
		index.note(c, m, m.text, 'description', quoted);
		return c;
	}
	// "Ottawa says": a state, a capital or a seat of government speaking is an organisation (its government).
	if (m.kind === 'person' && isStateName(m.name)) m = { ...m, kind: 'org', proper: true };
	// "Tottenham said" after "Tottenham Hotspur": the short form of an organisation named before
	if (m.kind === 'person' && !m.title && words(m.name).length === 1 && !index.knows(m.name)) {
		const w = words(m.name)[0];
		const org = index.latest(index.clusters.filter((x) => x.kind === 'org' && x.named && x.words.length > 1 && x.words[0] === w), m.start);
		if (org) {
			index.note(org, m, m.text, 'short name', quoted);
			return org;
		}
	}
	const kind = m.kind === 'pronoun' ? undefined : m.kind === 'org' ? 'org' : 'person';
	// What the scan resolved at this place: a name by its name, a description by the whole phrase.
	let c: Cluster | null = (m.proper || m.kind === 'pronoun' ? index.lookup(m.nameSpan.start, kind) : undefined) ?? index.descriptionAt(m, kind) ?? null;
	// "Big Machine have twice denied": a name the scan read as an organisation's
	if (!c && m.kind === 'person' && !m.title) c = index.lookup(m.nameSpan.start, 'org') ?? index.orgByName(m.name);
	if (c && c.kind === 'org' && m.kind === 'person') index.note(c, m, m.text, 'name', quoted);
	if (!c) {
		if (m.kind === 'pronoun') c = index.resolvePronoun(m.name, m, quoted, true, m.text);
		else if (m.kind === 'person') c = index.addPerson(m, quoted);
		else if (m.kind === 'org' && m.proper) c = index.addOrg(m, quoted);
		else c = index.addDescription(m, quoted, true);
	}
	if (c && ap && ap.kind !== 'person' && ap.kind !== 'pronoun') {
		if (ap.kind === 'org' && ap.proper && c.kind === 'person') c.addFacet({ ...ap.nameSpan, text: ap.name, role: 'affiliation' });
		else {
			c.addFacet({ ...describedAs(ap), role: 'description', former: FORMER.test(ap.text) });
			index.mentionFacets(c, ap);
		}
		index.note(c, ap, ap.text, 'description', quoted);
	}
	return c;
}
