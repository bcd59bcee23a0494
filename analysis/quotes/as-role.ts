// A role after "as" in a sentence about someone: "Jose Mourinho has agreed a deal to replace Mauricio
// Pochettino as Tottenham's manager", "The board appointed Bob Jones as chief executive", "On Thursday
// evening Jane Reed delivered her speech as the nominee". Read by describe.ts for each person named.
import { personNouns, relationNouns } from './data.js';
import { DASHES, mainClauseStart } from './fronted.js';
import type { Ctx } from './context.js';
import type { EntityIndex } from './coref.js';
import type { Cluster } from './cluster.js';
import { isCap, parseMention, type Mention } from './mentions.js';
import { npRight } from './phrases.js';

/**
 * Is a role after "as" read for the person named at token s, whose name ends before token k? When the
 * name opens the sentence (or its main clause after an opening phrase), or "as" follows it right after
 * a verb that makes it their role ("The board appointed Bob Jones as chief executive"), not someone's
 * view of them ("described him as a fraud").
 */
export function opensWithRole(ctx: Ctx, index: EntityIndex, s: number, k: number): boolean {
	const { toks } = ctx;
	if (s === 0 || toks[s - 1].sentence !== toks[s].sentence || afterOpening(ctx, index, s)) return true;
	const verb = toks[s - 1]?.normal ?? '';
	return toks[k]?.normal === 'as' && !AS_SUBJECT_VERBS.test(verb) && (!AS_OTHER_VERBS.test(verb) || /^(?:appoint|name|hire|nominat|elect)/.test(verb));
}

/**
 * "On Thursday evening Jane Reed delivered her speech as the nominee", "Later, Reed …": the name opens
 * the sentence's main clause after a short opening phrase of time or place (a preposition or an adverb
 * first, no verb, no other person), so the sentence is about them as if it began with the name.
 */
function afterOpening(ctx: Ctx, index: EntityIndex, s: number): boolean {
	const { toks } = ctx;
	let b = s - 1;
	while (b >= 0 && s - b <= 6 && toks[b].sentence === toks[s].sentence) b--;
	const first = b + 1;
	if (first >= s || (b >= 0 && toks[b].sentence === toks[s].sentence) || !['ADP', 'ADV'].includes(toks[first].pos)) return false;
	for (let k = first; k < s; k++) {
		const t = toks[k];
		if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.isMark[k] || (t.pos === 'PROPN' && index.lookup(t.start, 'person'))) return false;
	}
	return true;
}

/** Verbs after which "as …" describes someone else or is only an opinion ("named Smith as coach",
 * "described him as a fraud"). */
const AS_OTHER_VERBS = /^(?:appoint|name|hire|choose|chose|select|pick|nominate|elect|describ|call|brand|hail|prais|portray|see|saw|regard|view|perceiv|consider|deem|depict|characteri[sz]|cast|label|dub)/;
/** Words that open a clause of its own, with a subject of its own, inside the sentence. */
const CLAUSE_OPENERS = new Set(['why', 'because', 'that', 'when', 'where', 'whether', 'if', 'while', 'although', 'though', 'since', 'unless', 'how', 'what']);
/** Verbs after which "as …" is the role the subject takes over from the object ("replace X as coach"). */
const AS_SUBJECT_VERBS = /^(?:replac|succeed)/;

/**
 * "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager", "Roe
 * returns as coach": a role after "as" in the sentence a person opens is theirs, unless someone else is
 * named in between (except after "replace"/"succeed") or a verb makes it someone's view of someone.
 */
export function asRole(ctx: Ctx, index: EntityIndex, c: Cluster, from: number, adjacent = false): Mention | null {
	const { toks, text } = ctx;
	const sent = toks[from]?.sentence;
	let other = false;
	let viewVerb = false;
	for (let k = from; k < toks.length && k - from < 30 && toks[k].sentence === sent; k++) {
		const t = toks[k];
		if (ctx.inQuote[k] >= 0 || ctx.isMark[k]) return null;
		// (a clause of its own, or an aside in brackets, is about its own subject: "was asked why young
		// Syrian men are coming as refugees", "spoke about what he perceives as the … expectations of … supporters")
		if (k > from && (CLAUSE_OPENERS.has(t.normal) || t.value === '(')) return null;
		if (t.pos === 'VERB' && AS_OTHER_VERBS.test(t.normal) && !adjacent) viewVerb = true;
		if (t.pos === 'PROPN' && isCap(t) && index.lookup(t.start, 'person') && index.lookup(t.start, 'person') !== c && !AS_SUBJECT_VERBS.test(toks[k - 1]?.normal ?? '')) other = true;
		if (t.normal !== 'as' || t.pos === 'SCONJ' && !['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(toks[k + 1]?.normal ?? '') && !isCap(toks[k + 1] ?? t)) continue;
		if (other || viewVerb) return null;
		const r = npRight(toks, k + 1, Math.min(toks.length, k + 10));
		if (!r) return null;
		const head = toks[r[1] - 1];
		if (!(personNouns().has(head.normal) || personNouns().has(head.lemma.toLowerCase()))) return null;
		const ap = parseMention(text, toks, r[0], r[1]);
		return ap && ap.kind !== 'person' && ap.kind !== 'pronoun' ? ap : null;
	}
	return null;
}

/** Nouns of a stage of life or of a sex: "As a child, Roe moved …" says when, "As a woman, Ms. Malik
 * likely raised less suspicion" what she is, not a role that gives a group. */
const LIFE_STAGES = new Set(['child', 'boy', 'girl', 'kid', 'teen', 'teenager', 'youngster', 'baby', 'toddler', 'youth', 'adolescent', 'woman', 'man', 'person', 'lady', 'gentleman', 'human']);

/** Words and marks that part the roles a fronted "As …" lists: "As a former senator and secretary of state, …". */
const ROLE_LIST_WORDS = new Set([',', 'and', 'or', 'as']);
/** Words after a role's head that begin what it is of: "secretary of state", "candidate for president". */
const ROLE_OF = new Set(['of', 'for', 'to']);

/**
 * "As a CNN senior political correspondent, host of his own podcast and Twitter junkie, Axelrod has
 * become …", "As a former senator and secretary of state, Lee …", "As a politician's wife, first lady,
 * senator and secretary of state - and as a two-time candidate for president - Mrs. Clinton, 68, has …":
 * the first role a sentence's opening "As" lists, before the person the main clause opens with
 * (fronted.ts), is theirs, and what they are now (review II of the 46th stop had David Axelrod government
 * by "President Barack Obama's former top adviser", the role he held before; review QQ of the 52nd stop
 * had Clinton a citizen by "the first working mother"). Not a stage of life, nor someone's relation ("As a
 * mother, Roe …", "a politician's wife"), nor a sex ("As a woman, …").
 */
export function frontedRole(ctx: Ctx, s: number): Mention | null {
	const { toks } = ctx;
	const first = ctx.sentenceStart(s);
	if (toks[first]?.normal !== 'as' || mainClauseStart(ctx, first) !== s) return null;
	// (the mark that closes the clause is right before s)
	const end = s - 1;
	// (a list of roles holds no verb: "As many tax experts, including Mr. Goldberg, have pointed out, …" is a
	// clause, "As for Trump's supporters, …" no role)
	if (toks[first + 1]?.pos === 'ADP') return null;
	for (let k = first + 1; k < end; k++) if (toks[k].pos === 'AUX' || (toks[k].pos === 'VERB' && !(/(?:ing|ed)$/.test(toks[k].normal) && toks[k + 1]?.pos === 'NOUN'))) return null;
	const parts = (q: number) => ROLE_LIST_WORDS.has(toks[q].normal) || (DASHES.has(toks[q].value) && toks[q].start > toks[q - 1].end);
	for (let p = first + 1; p < end; ) {
		let q = p;
		while (q < end && !parts(q)) q++;
		const role = listedRole(ctx, p, q);
		if (role) return role;
		p = q + 1;
	}
	return null;
}

/** The role written in tokens [p, q) of a fronted "As …" list, as a mention; null when they name none. */
function listedRole(ctx: Ctx, p: number, q: number): Mention | null {
	const { toks, text } = ctx;
	// (the mention keeps its article: "a CNN senior political correspondent", "the presumptive nominee")
	const from = p;
	while (p < q && toks[p].pos === 'DET') p++;
	if (p >= q) return null;
	let h = p;
	while (h + 1 < q && !ROLE_OF.has(toks[h + 1].normal)) h++;
	const head = toks[h];
	const noun = personNouns().has(head.normal) ? head.normal : head.lemma.toLowerCase();
	if (!personNouns().has(noun) || LIFE_STAGES.has(noun) || relationNouns().has(noun)) return null;
	const ap = parseMention(text, toks, from, q);
	return ap && ap.kind !== 'person' && ap.kind !== 'pronoun' ? ap : null;
}
