// What a relative clause on a name says about who someone is: "who heads the Acme Trust" (an
// affiliation), "who lives near the plant" (a home), "who is running for president" (a candidate),
// "who represents the victims" (their lawyer), "whose daughter was killed" (a relation). Read by
// describe.ts after a name's comma, and by attribution.ts for a speaker's restrictive clause ("a
// resident who lives near the plant said").
import type { Ctx } from './context.js';
import { CANDIDATE_PATTERN, type Cluster } from './cluster.js';
import { firstNames, personNouns, relationNouns, titleWords } from './data.js';
import { isCap, isPossessive } from './mentions.js';

/** Verbs of a relative clause that name the organisation someone belongs to: "who heads Acme". */
const AFFILIATION_VERBS = new Set(['head', 'heads', 'headed', 'lead', 'leads', 'led', 'run', 'runs', 'ran', 'chair', 'chairs', 'chaired', 'direct', 'directs', 'directed', 'found', 'founded', 'own', 'owns', 'owned', 'represent', 'represents', 'represented', 'manage', 'manages', 'managed', 'join', 'joined', 'oversee', 'oversees', 'oversaw']);

/** "running for president": the verb, and the offices (or their bodies) one runs for. */
const RUN_VERBS = new Set(['run', 'runs', 'ran', 'running']);
const OFFICES = new Set(['president', 'presidency', 'office', 'governor', 'senate', 'senator', 'congress', 'mayor', 'parliament', 'reelection', 're-election', 'election', 'house', 'assembly', 'legislature', 'council', 'nomination', 'prime', 'chancellor', 'premier', 'attorney', 'sheriff', 'state', 'county']);

/** Verbs of where someone lives: "who lives near the plant", "who has lived on Mill Street". */
const HOME_VERBS = new Set(['live', 'lives', 'lived', 'living', 'reside', 'resides', 'resided', 'grew']);
const HOME_PREPS = new Set(['in', 'near', 'on', 'along', 'beside', 'by', 'next', 'outside', 'across', 'around', 'behind', 'opposite', 'up', 'down', 'downstream', 'close', 'there', 'here', 'nearby', 'locally']);

/**
 * "a resident who lives near the plant said", "residents who live along the river": a restrictive
 * relative clause right after a speaker's description (token k is "who") says who they are, as the
 * clause of "Jane Roe, who heads Acme," does. Reads to the clause's verb of saying or its end.
 */
export function restrictiveRelative(ctx: Ctx, c: Cluster, k: number): void {
	const { toks } = ctx;
	if (toks[k]?.normal !== 'who' || c.kind !== 'person') return;
	let z = k + 1;
	while (z < toks.length && z - k < 20 && ![',', '.', ';', '—', '–'].includes(toks[z].value) && !ctx.isMark[z] && !(z > k + 2 && ctx.cueAt(z, true) > 0)) z++;
	relativeFacets(ctx, c, k, z);
}

/** "who heads the Acme Trust", "who teaches at Brightwater University", "who is a nurse". */
export function relativeFacets(ctx: Ctx, c: Cluster, a: number, z: number): void {
	const { toks, text } = ctx;
	if (z <= a + 1) return;
	const span = { start: toks[a].start, end: toks[z - 1].end };
	c.addFacet({ ...span, text: text.slice(span.start, span.end), role: 'relative' });
	// "Ryan Petty, whose daughter was among those killed,": someone's parent, child or spouse, as such
	// (a private person's role: weak evidence, which any title or organisation said of them outweighs)
	if (toks[a].normal === 'whose' && c.kind === 'person') {
		let r = a + 1;
		while (r < z - 1 && toks[r].pos === 'ADJ') r++;
		if (relationNouns().has(toks[r].normal)) {
			c.addFacet({ start: toks[a].start, end: toks[r].end, text: text.slice(toks[a].start, toks[r].end), role: 'description' });
			return;
		}
	}
	// "who lives near the plant", "who has lived on Mill Street for 30 years": where they live, as a
	// home town after a name ("Bond, 30, of Raleigh") — an ordinary person, when nothing else is said
	for (let k = a + 1; k < Math.min(z, a + 4); k++) {
		if (toks[k].pos === 'AUX' || toks[k].pos === 'ADV') continue;
		if (HOME_VERBS.has(toks[k].normal) && (HOME_PREPS.has(toks[k + 1]?.normal ?? '') || toks[k].normal === 'grew') && c.kind === 'person') {
			c.addFacet({ ...span, text: text.slice(span.start, span.end), role: 'home' });
			return;
		}
		break;
	}
	// "who is running for president", "who ran for governor in 2014": a candidate, in government's group
	// as candidates are (speaker-groups.tsv), whatever trade the rest of the description names
	// ("Real estate developer and game show host Jim Cole, who is running for president", review 38)
	for (let k = a + 1; k < Math.min(z - 1, a + 5); k++) {
		if (RUN_VERBS.has(toks[k].normal) && toks[k + 1].normal === 'for' && k + 2 < z && OFFICES.has(toks[k + 2].normal === 'the' || toks[k + 2].normal === 'a' ? (toks[k + 3]?.normal ?? '') : toks[k + 2].normal)) {
			c.addFacet({ start: toks[a].start, end: toks[z - 1].end, text: text.slice(toks[a].start, toks[z - 1].end), role: 'description', group: 'government', pattern: CANDIDATE_PATTERN });
			return;
		}
	}
	// "who represents Thomas", "who represents the victims": a person's representative (a lawyer or an
	// agent), not a member of what they represent
	const rep = toks.slice(a, z).findIndex((t) => /^represent(?:s|ed)?$/.test(t.normal));
	if (rep >= 0) {
		const obj = toks[a + rep + 1];
		const objName = obj && isCap(obj) && (firstNames().has(obj.normal) || ctx.entities?.lookup(obj.start, 'person') || (toks[a + rep + 2] && isCap(toks[a + rep + 2]) && firstNames().has(obj.normal)));
		const objPeople = obj && !isCap(obj) && toks.slice(a + rep + 1, z).some((x) => personNouns().has(x.normal) || personNouns().has(x.lemma.toLowerCase()) || x.normal === 'accusers' || x.normal === 'defendants');
		if (objName || objPeople || (obj && isPossessive(toks[a + rep + 2] ?? obj))) {
			c.addFacet({ start: toks[a].start, end: toks[z - 1].end, text: text.slice(toks[a].start, toks[z - 1].end), role: 'description', group: 'other', pattern: 'represents someone: their lawyer or agent' });
			return;
		}
	}
	copularRole(ctx, c, a, z);
	for (let k = a + 1; k < z; k++) {
		const t = toks[k];
		const link = AFFILIATION_VERBS.has(t.normal) || ((t.normal === 'at' || t.normal === 'for' || t.normal === 'of') && k > a + 1);
		if (!link) continue;
		let b = k + 1;
		// ("who heads up the …": a particle after the verb)
		if (AFFILIATION_VERBS.has(t.normal) && toks[b]?.normal === 'up' && toks[b].pos === 'ADP') b++;
		if (toks[b]?.normal === 'the') b++;
		if (b >= z || !isCap(toks[b])) continue;
		let y = b;
		while (y < z && (isCap(toks[y]) || ['of', '&', '.', 'for', 'and'].includes(toks[y].normal)) && !ctx.isMark[y]) y++;
		while (y > b && !isCap(toks[y - 1]) && toks[y - 1].value !== '.') y--;
		if (y > b) {
			c.addFacet({ start: toks[b].start, end: toks[y - 1].end, text: text.slice(toks[b].start, toks[y - 1].end), role: 'affiliation', former: /\bformer|once|used to\b/i.test(text.slice(span.start, toks[k].start)) });
			return;
		}
	}
}

/** Copulas of a relative clause that say who someone is or was. */
const COPULAS = new Set(['is', 'was', "'s", '’s']);

/**
 * "who is a nurse", "who was Rubio's campaign pollster", "who is also a Republican strategist": a role
 * said with "is" or "was" is a description of them, as an appositive's is ("Ann Lee, a nurse,"), and a
 * former one with "was" (review NN of the 48th stop: "said Whit Ayres, who was Rubio's campaign
 * pollster" had been unclassified). The phrase runs from its article or owner to its head, a word for a
 * person or a title, before a link ("at", "of", "for") or the clause's end.
 */
function copularRole(ctx: Ctx, c: Cluster, a: number, z: number): void {
	const { toks, text } = ctx;
	if (c.kind !== 'person' || toks[a].normal !== 'who') return;
	let b = a + 1;
	if (!COPULAS.has(toks[b]?.normal ?? '')) return;
	const was = toks[b].normal === 'was';
	b++;
	if (toks[b]?.normal === 'also' || toks[b]?.normal === 'now') b++;
	const start = b;
	if (['a', 'an', 'the'].includes(toks[b]?.normal ?? '')) b++;
	// (an owner before the role: "Rubio's", "the senator's")
	else if (isCap(toks[b] ?? toks[a]) && isPossessive(toks[b + 1] ?? toks[a])) b += 2;
	else return;
	let head = -1;
	for (let k = b; k < z && k - b < 6; k++) {
		const t = toks[k];
		// (an owner inside the phrase: "the Lee campaign's pollster")
		if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || (t.value === '-' && k > b) || (isPossessive(t) && k > b)) {
			if (t.pos === 'NOUN' && (personNouns().has(t.normal) || personNouns().has(t.lemma.toLowerCase()) || titleWords().has(t.normal))) head = k;
			continue;
		}
		break;
	}
	if (head < 0) return;
	c.addFacet({ start: toks[start].start, end: toks[head].end, text: text.slice(toks[start].start, toks[head].end), role: 'description', former: was });
}
