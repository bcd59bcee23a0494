// The shape of the words around a speech cue, for where reported speech ends (indirect.ts): whether the
// cue is denied, whether what follows it is an object and a clause of the writer's, whether a clause has
// a verb or a subject of its own. Token tests only, no entities.
import type { Token } from '../types.js';
import { orgWords, personNouns } from './data.js';
import type { Ctx } from './context.js';
import { lemmaCandidates } from './cues.js';

/** Words that open a subordinate clause before its subject ("While X said …, Y did …"). */
export const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'before', 'after', 'despite', 'when', 'because', 'since', 'until', 'once', 'if', 'unless', 'as']);
/** Words that open a relative clause on the noun before them ("in Boston, where he lives,"). */
export const RELATIVE_OPENERS = new Set(['where', 'who', 'whom', 'whose', 'which']);

/** Is the cue at i denied: "not", "n't" or "never" right before it, over an auxiliary or adverbs, or a subject opened by "neither"? */
export function negated(toks: Token[], i: number, ss: number): boolean {
	for (let j = i - 1; j >= ss && j >= i - 3; j--) {
		const w = toks[j].normal;
		if (w === 'not' || w === "n't" || w === 'never') return true;
		if (toks[j].pos !== 'AUX' && toks[j].pos !== 'ADV' && toks[j].pos !== 'PART') break;
	}
	// "Neither campaign said …", "Neither Alan Grayson nor Dena Grayson's campaigns would respond …": a
	// subject opened by "neither", with no verb of its own before the cue, says nothing
	for (let j = i - 1; j >= ss && j >= i - 12; j--) {
		if (toks[j].normal === 'neither') return j === ss || toks[j - 1]?.value === ',' || toks[j - 1]?.pos === 'CCONJ';
		if (toks[j].pos === 'VERB' || toks[j].value === ',' || toks[j].value === ';') return false;
	}
	return false;
}

/**
 * The comma that ends a noun phrase opening [from, to) (no verb and no quotation mark before it), or -1:
 * where an object of the cue ends, if what comes after shows it is one.
 */
export function commaAfterObject(ctx: Ctx, from: number, to: number): number {
	const { toks } = ctx;
	for (let j = from; j < to - 1; j++) {
		const t = toks[j];
		if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.isMark[j]) return -1;
		if (t.value === ',') return j > from ? j : -1;
	}
	return -1;
}

/** Is the cue's object followed by ", and" or ", but" and a clause of the writer's ("more, and for whatever reason, they're not delivering")? */
export function objectBeforeClause(ctx: Ctx, from: number, to: number): boolean {
	const j = commaAfterObject(ctx, from, to);
	const c = ctx.toks[j + 1];
	return j >= 0 && (c.normal === 'and' || c.normal === 'but') && hasClauseVerb(ctx.toks, j + 2, to);
}

/**
 * Is the cue's object followed by a subordinate clause of the writer's ("declared a new outbreak of
 * Ebola in the country's northwest, after two cases were confirmed in Bikoro")? The clause says when
 * or why the act was done; the object is still a noun phrase, no words reported.
 */
export function objectBeforeSubordinate(ctx: Ctx, from: number, to: number): boolean {
	const { toks } = ctx;
	for (let j = from; j < to - 1; j++) {
		const t = toks[j];
		if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.isMark[j] || t.normal === 'that') return false;
		// (to the end: not "the increase, while provocative, does not violate …", whose main clause follows)
		if (j > from && OBJECT_SUBORDINATORS.has(t.normal) && (t.pos === 'SCONJ' || t.pos === 'ADP') && (t.normal !== 'as' || (asClause(toks, j, to) && !SUBJECT_POS.has(toks[from].pos)))) {
			// the subordinate clause has its verb before any comma, and nothing after it is a clause of
			// its own ("the increase, while provocative, does not violate …" is the reported clause)
			let comma = j + 1;
			while (comma < to && toks[comma].value !== ',') comma++;
			return hasClauseVerb(toks, j + 1, comma) && !hasClauseVerb(toks, comma, to) && !toks.slice(j, to).some((x, n) => x.normal === 'that' || ctx.isMark[j + n]);
		}
	}
	return false;
}
/**
 * Is the cue's object followed by a participle of the writer's after a comma, to the end ("ordered
 * multiple investigations into the suicide, focusing on operations at the facility")? Not "said the
 * company, facing losses, would cut jobs", whose reported clause's verb follows the aside, nor a
 * participle of speech ("…, saying …").
 */
export function objectBeforeParticiple(ctx: Ctx, from: number, to: number): boolean {
	const { toks } = ctx;
	let j = from;
	while (j < to && toks[j].value !== ',') {
		const t = toks[j];
		if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.isMark[j] || t.normal === 'that') return false;
		j++;
	}
	const p = toks[j + 1];
	// (a participle of speech is a cue of its own, read as one: "…, saying the affair has …")
	if (j === from || j + 1 >= to || !p || p.pos !== 'VERB' || !/ing$/.test(p.normal) || ctx.isSpeechLemma(p)) return false;
	// ("asked if Trump benefits from a double standard, …": a clause the tagger left without its verb)
	if (CLAUSE_OPENERS.has(toks[from].normal)) return false;
	// (nor with quoted words after it, a partial quote: "criticised the plan, calling it “a disaster”")
	for (let m = j + 1; m < to; m++) if (ctx.isMark[m]) return false;
	let k = j + 2;
	while (k < to && toks[k].value !== ',') k++;
	let v = k + 1;
	while (v < to && toks[v].pos === 'ADV') v++;
	return !(k < to && v < to && (toks[v].pos === 'AUX' || toks[v].pos === 'VERB'));
}

/**
 * "The other shrugs off policy minutiae, speaks in a popular vernacular and won the primary": an object
 * with no verb of its own, then a comma and a verb in the cue's own form (both in -s, or both past):
 * the subject's next deeds in a row, not a clause reported. Not when quoted words follow.
 */
export function objectThenPredicates(ctx: Ctx, cue: number, from: number, to: number): boolean {
	const { toks } = ctx;
	let j = from;
	while (j < to && toks[j].value !== ',') {
		const t = toks[j];
		if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.isMark[j] || t.normal === 'that' || CLAUSE_OPENERS.has(t.normal)) return false;
		j++;
	}
	const v = toks[j + 1];
	if (j === from || !v || j + 1 >= to || v.pos !== 'VERB') return false;
	for (let m = j + 1; m < to; m++) if (ctx.isMark[m]) return false;
	// (not a participle set off by commas inside the object's clause: "said the plan, approved last year, was fine")
	let k = j + 2;
	while (k < to && toks[k].value !== ',') k++;
	let after = k + 1;
	while (after < to && toks[after].pos === 'ADV') after++;
	if (k < to && after < to && (toks[after].pos === 'AUX' || toks[after].pos === 'VERB')) return false;
	// (the form: -s, past, -ing; "said", "won" are past as "blasted" is)
	const form = (t: Token) => {
		const w = t.normal.toLowerCase();
		return /ing$/.test(w) ? 'ing' : /[^s]s$/.test(w) ? 's' : t.lemma.toLowerCase() !== w || /ed$/.test(w) ? 'past' : 'other';
	};
	const f = form(v);
	return f !== 'ing' && f !== 'other' && f === form(toks[cue]);
}

/** Words that open a clause, not a noun phrase: "if", "whether", "how", "why" …. */
const CLAUSE_OPENERS = new Set(['if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);

const OBJECT_SUBORDINATORS = new Set(['after', 'before', 'when', 'as', 'because', 'while', 'since', 'although', 'though', 'until', 'once']);

/**
 * Words that open a clause's subject, not an object: before "as", a cue's reported clause the tagger left
 * without its verb ("She reported Smith shot one of the officers as he came in").
 */
const SUBJECT_POS = new Set(['PROPN', 'PRON']);

/**
 * Does the "as" at j open a clause of time or manner, with a subject and its verb ("claimed victory as
 * the House concluded its hearing", "as he came in")? Not "as a weak leader", "as if", "as well as",
 * "as fun to be around": a role, a comparison or a fixed phrase after the object.
 */
function asClause(toks: Token[], j: number, to: number): boolean {
	const s = toks[j + 1];
	if (!s || s.normal === 'a' || s.normal === 'an' || !(s.pos === 'DET' || s.pos === 'PRON' || s.pos === 'PROPN')) return false;
	for (let k = j + 2; k < Math.min(to, j + 8); k++) {
		if (toks[k].value === ',') return false;
		if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return true;
	}
	return false;
}

/**
 * Is the cue's object described by a relative clause after a comma to the end ("ordered a chest X-ray,
 * which was considered to be normal")? Not "said the plan, which was drafted in May, would fail", where
 * the reported clause's verb comes after the relative clause's closing comma.
 */
export function objectWithRelative(ctx: Ctx, from: number, to: number): boolean {
	const j = commaAfterObject(ctx, from, to);
	if (j < 0 || !RELATIVE_OPENERS.has(ctx.toks[j + 1].normal)) return false;
	for (let k = j + 2; k < to; k++) if (ctx.toks[k].value === ',' || ctx.toks[k].value === ';' || ctx.isMark[k]) return false;
	return true;
}

/**
 * After the subordinate clause that opens [from, to) ("If the dam fails"), is there a main clause of its
 * own before `to` ("the town will flood")? The subordinate clause ends at the first comma after its verb.
 */
export function mainClauseAfter(toks: Token[], from: number, to: number): boolean {
	let verb = false;
	for (let j = from + 1; j < to; j++) {
		if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') verb = true;
		else if (toks[j].value === ',') {
			// ("After a year, his symptoms cleared", "Since that time, no deaths …": a preposition and its
			// noun phrase, no clause, before the comma; what follows is the main clause)
			if (!verb && PREPOSITIONS_TOO.has(toks[from].normal)) return true;
			if (verb) return hasClauseVerb(toks, j + 1, to);
		}
	}
	return false;
}
/** The subordinator that opens the sentence at ss, after an "And", "But" or "So" ("And once the man …"), or -1. */
export function subordinatorAt(toks: Token[], ss: number): number {
	let k = ['and', 'but', 'so'].includes(toks[ss]?.normal ?? '') ? ss + 1 : ss;
	// ("Not long after the mayor signed …", "Shortly before the vote …", "Hours after …": how long before
	// or after, then the subordinator; review 38)
	for (let n = 0; n < 2 && LEADS_BEFORE_SUBORDINATOR.has(toks[k]?.normal ?? ''); n++) k++;
	return SUBORDINATORS.has(toks[k]?.normal ?? '') ? k : -1;
}
/** Words of how long or how exactly before a subordinator of time ("not long after", "just before", "even as"). */
const LEADS_BEFORE_SUBORDINATOR = new Set(['not', 'long', 'shortly', 'soon', 'just', 'right', 'even', 'only', 'immediately', 'hours', 'days', 'weeks', 'minutes', 'moments', 'years', 'months']);
/**
 * Does a clause with a subject of its own start at `from` ("then he attacked her", "the FBI recorded
 * him"): adverbs first, then a pronoun, a name or a noun phrase, then a verb before `to`?
 */
export function ownSubjectAfter(toks: Token[], from: number, to: number): boolean {
	let k = from;
	while (k < to && (toks[k].pos === 'ADV' || toks[k].value === ',')) k++;
	const t = toks[k];
	// (a figure too: "…; 40 percent of those were renters", review W of the 40th stop)
	if (!t || !['PRON', 'PROPN', 'NOUN', 'DET', 'NUM'].includes(t.pos) || t.normal === 'that') return false;
	return hasClauseVerb(toks, k + 1, to);
}

/** Subordinators that are prepositions as well ("after a year", "since that time", "despite the rain"). */
const PREPOSITIONS_TOO = new Set(['after', 'before', 'since', 'until', 'despite', 'as', 'once']);

/**
 * Do tokens [from, to) hold a verb of their own: an auxiliary, or a verb that is not a participle
 * describing the noun after it ("a recorded interview", "the leaked memo")?
 */
/** Determiners after which a word in its base form is a noun's ("his lead", "the kitchen sink"), not a finite verb. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', 'the', 'a', 'an', 'this']);

export function hasClauseVerb(toks: Token[], from: number, to: number): boolean {
	for (let j = from; j < to; j++) {
		const t = toks[j];
		if (t.pos === 'AUX') return true;
		const prev = toks[j - 1];
		const next = toks[j + 1];
		// ("the change paved the way": a past tense the tagger read as an adjective, which never stands
		// before a determiner)
		if (t.pos === 'ADJ' && /ed$/.test(t.normal) && next?.pos === 'DET' && j > from && !!prev && ['NOUN', 'PROPN', 'PRON'].includes(prev.pos)) return true;
		if (t.pos !== 'VERB') continue;
		const attributive = /(?:ed|en|ing)$/.test(t.normal) && next?.pos === 'NOUN' && !!prev && (['DET', 'ADJ', 'NUM', 'NOUN'].includes(prev.pos) || prev.value === '-');
		// ("confirms recent polling on impeachment": an -ing word after an article or an adjective is a
		// noun, whatever follows it)
		const gerund = /ing$/.test(t.normal) && !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ') && j > from;
		// ("… possession of drug paraphernalia, held in jail in lieu of bond": a participle straight after
		// a comma, with no subject of its own, describes the noun before it; it is no clause)
		const participle = prev?.value === ',' && !!next && next.pos === 'ADP' && !/ing$/.test(t.normal) && j > from;
		if (attributive || gerund || participle) continue;
		// ("maintained his lead in the polls", "hurled the kitchen sink at Sanders": a word in its base form
		// after a possessive or an article is a noun, whatever the tagger read; "his double-digit lead" too)
		let d = j - 1;
		// ("in a later vote": an adverb the tagger read right after the article too; not "the long lines
		// especially hurt")
		while (d > from && (toks[d].pos === 'ADJ' || toks[d].value === '-' || toks[d].pos === 'NUM' || toks[d].pos === 'NOUN' || (toks[d].pos === 'ADV' && POSSESSIVE_DETERMINERS.has(toks[d - 1].normal.toLowerCase())))) d--;
		// (not a verb in -s after a noun, "her campaign runs on hope", nor any after a plural, "their
		// children need help")
		const plural = prev?.pos === 'NOUN' && (prev.lemma.toLowerCase() !== prev.normal.toLowerCase() || /[^s]s$/.test(prev.normal));
		const owned = d >= from && d < j && POSSESSIVE_DETERMINERS.has(toks[d].normal.toLowerCase()) && !plural && t.lemma.toLowerCase() === t.normal.toLowerCase() && !/(?:ed|ing|[^s]s)$/.test(t.normal);
		if (!owned) return true;
	}
	return false;
}

/**
 * Verbs of saying whose active use names its object before anything else ("accused the officer of
 * lying", "told reporters about …", "criticized the plan for …"): right after a noun and before a
 * preposition, such a verb is a participle of the passive ("the officer accused of the shooting", "the
 * senator criticized for the remarks"), the noun is its object, and it reports nothing.
 */
const OBJECT_FIRST = new Set(['accuse', 'charge', 'criticise', 'criticize', 'blame', 'condemn', 'denounce', 'praise', 'fault', 'slam', 'blast', 'assail', 'attack', 'rebuke', 'chide', 'scold', 'thank', 'tell', 'inform', 'remind', 'quiz', 'question', 'interview', 'quote', 'cite']);

/**
 * "The officer accused of the shooting resigned", "officials asked about the plan said", "the comments
 * reported by the paper": a cue at c in the past participle between a noun and a preposition opens a
 * reduced passive relative clause on that noun (with "by", whatever the verb), not a report.
 */
export function reducedPassive(toks: Token[], c: number, ss: number): boolean {
	const t = toks[c];
	const prev = toks[c - 1];
	const next = toks[c + 1];
	if (c - 1 < ss || !next || next.pos !== 'ADP' || next.normal === 'that' || !(prev.pos === 'NOUN' || prev.pos === 'PROPN')) return false;
	if (!/(?:ed|told)$/.test(t.normal)) return false;
	// (an agent: a name or a determiner's phrase; not a means, "concluded by thanking the staff",
	// "reported by phone", the clause active)
	if (next.normal === 'by') return !!toks[c + 2] && (toks[c + 2].pos === 'DET' || toks[c + 2].pos === 'PROPN');
	return lemmaCandidates(t).some((x) => OBJECT_FIRST.has(x));
}

/** "(not) to be named" at token k. */
export function passiveInfinitive(toks: Token[], k: number): boolean {
	if (toks[k]?.normal === 'not') k++;
	return toks[k]?.normal === 'to' && toks[k + 1]?.normal === 'be' && toks[k + 2]?.pos === 'VERB' && /(?:ed|en|wn)$/.test(toks[k + 2].normal);
}

/** Is the cue at i the verb of a relative clause set off by a comma ("Assange, who denies …")? */
export function relativeCue(toks: Token[], i: number, lo: number): boolean {
	let k = i - 1;
	while (k > lo && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART')) k--;
	if (k > lo && (toks[k].normal === 'who' || toks[k].normal === 'which') && toks[k - 1].value === ',') return true;
	// (", whose new book boasts of …,": the subject a noun phrase after "whose"; review V of the 39th stop
	// had "of his commitment to civil rights, spoke" said by "new book")
	let w = k;
	while (w > lo && k - w < 5 && (toks[w].pos === 'NOUN' || toks[w].pos === 'ADJ' || toks[w].pos === 'PROPN')) w--;
	return w < k && w > lo && toks[w].normal === 'whose' && toks[w - 1].value === ',';
}

/**
 * Do tokens [from, to) open with a noun phrase and a relative clause whose pronoun is its subject
 * ("reported earnings that beat forecasts", "announced a deal which ends the strike")? That noun phrase
 * is the cue's object: nothing said. ("told reporters that the plan failed" has a subject after "that",
 * a clause reported.)
 */
export function objectThatVerb(toks: Token[], from: number, to: number): boolean {
	let j = from;
	// (a hyphenated modifier is one word: "third-quarter earnings")
	while (j < to && j - from < 6 && (toks[j].pos === 'DET' || toks[j].pos === 'ADJ' || toks[j].pos === 'NUM' || toks[j].pos === 'NOUN' || (toks[j].value === '-' && j > from && toks[j - 1].end === toks[j].start))) j++;
	if (j === from || toks[j - 1].pos !== 'NOUN' || !['that', 'which'].includes(toks[j]?.normal ?? '')) return false;
	let k = j + 1;
	if (k >= to || (toks[k].pos !== 'VERB' && toks[k].pos !== 'AUX')) return false;
	// (the relative clause's own verbs, then nothing that is a verb of the main clause before a comma or
	// a subordinator: "the plan that failed was hers" reports that the plan was hers; "earnings that
	// topped estimates as revenue fell short" does not)
	while (k < to && (toks[k].pos === 'AUX' || toks[k].pos === 'PART' || toks[k].pos === 'ADV')) k++;
	if (k < to && toks[k].pos === 'VERB') k++;
	for (; k < to && toks[k].value !== ',' && !SUBORDINATORS.has(toks[k].normal); k++) if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return false;
	return true;
}

/** Subordinators after ", and" that open the writer's next clause, not more of what was said. */
const AND_SUBORDINATORS = new Set(['as', 'when', 'while', 'whereas', 'although', 'though', 'since']);

/**
 * Where, inside what someone is reported to have said (tokens [from, to)), the writer's own next clause
 * starts, or −1. A semicolon joins it, with a subject of its own ("First he said that Ford had to be
 * heard; then he attacked her …"; not a list of what was said: "to write blog posts; appear on their
 * podcasts; …"); so do a dash and "but" ("… they were being treated well — but it's impossible to know
 * …"), and a comma, "and" and a subordinate clause before a main one ("68% of voters say gun policy will
 * be important, and as the race turns south, the issue is becoming a bigger focus").
 */
export function writersClauseAt(ctx: Ctx, from: number, to: number): number {
	const { toks } = ctx;
	for (let j = from + 1; j < to - 1; j++) {
		if (ctx.isMark[j] || ctx.inQuote[j] >= 0) break;
		const and = toks[j + 1]?.normal;
		if (toks[j].value === ',' && (and === 'and' || and === 'but') && AND_SUBORDINATORS.has(toks[j + 2]?.normal ?? '') && mainClauseAfter(toks, j + 2, to)) return j;
		const dashBut = (toks[j].value === '—' || toks[j].value === '–') && ['but', 'yet', 'though', 'although'].includes(and ?? '');
		if ((toks[j].value === ';' || dashBut) && ownSubjectAfter(toks, dashBut ? j + 2 : j + 1, to)) return j;
		// ("… should act on the nomination: 56% of voters want action …": a colon before a clause that opens
		// with a figure gives the writer's numbers)
		if (toks[j].value === ':' && toks[j + 1]?.pos === 'NUM' && /^\d/.test(toks[j + 1].value) && ownSubjectAfter(toks, j + 1, to)) return j;
	}
	return -1;
}

/** Is there a verb of a main clause (not a participle) between ss and i? */
export function finiteBefore(toks: Token[], ss: number, i: number): boolean {
	for (let j = ss; j < i; j++) if (toks[j].pos === 'AUX' || (toks[j].pos === 'VERB' && !/ing$/.test(toks[j].normal))) return true;
	return false;
}
/**
 * Does the last stretch before `comma` (after the comma before it) open a subordinate clause with
 * nothing but a subordinator and an aside: "…, when, in fact, he responded"?
 */
export function openedBefore(toks: Token[], ss: number, comma: number): boolean {
	let k = comma - 1;
	while (k > ss && comma - k <= 4 && toks[k].value !== ',' && toks[k].pos !== 'VERB' && toks[k].pos !== 'AUX') k--;
	if (toks[k]?.value !== ',') return false;
	return k - 1 > ss && SUBORDINATORS.has(toks[k - 1].normal) && toks[k - 2]?.value === ',';
}

/**
 * "…, a word Trump then repeated": a subject phrase that opens with "a" and a noun for a thing
 * right before a name is a relative clause on that thing without "that", not a speaker.
 */
export function relativeOnThing(toks: Token[], np: readonly [number, number]): boolean {
	// (an indefinite one: "the news site RTL Info reported", "the nonpartisan Congressional Budget Office" name the speaker)
	if (!/^an?$/i.test(toks[np[0]]?.normal ?? '')) return false;
	for (let j = np[0]; j < np[1] - 1; j++) if (toks[j].pos === 'NOUN' && !personNouns().has(toks[j].normal) && !orgWords().has(toks[j].normal) && toks[j + 1].pos === 'PROPN') return true;
	return false;
}

/**
 * "The bridge the mayor promised to build has only grown older", "the divides he vowed to bridge have
 * deepened": the cue is in a relative clause on the noun before its subject (with or without "that"),
 * takes an infinitive whose object that noun is, and what follows is the main clause's verb, with no
 * subject of its own. Nothing was reported beyond the commitment to that noun. (Not a cue that takes a
 * clause: in "the meddling the congressman said is designed to sow discord" the noun is the reported
 * clause's subject, and what follows is what was said.)
 */
export function gappedRelative(toks: Token[], subject: readonly [number, number], k: number, ss: number): boolean {
	const before = toks[subject[0] - 1];
	if (!before || subject[0] - 1 < ss) return false;
	const head = RELATIVE_THAT.has(before.normal) ? toks[subject[0] - 2] : before;
	// (a plural after a determiner or an adjective is a noun, whatever the tagger made of it: "the political divides")
	const h = subject[0] - (head === before ? 1 : 2);
	const noun = head?.pos === 'NOUN' || (head?.pos === 'VERB' && /s$/.test(head.normal) && ['DET', 'ADJ'].includes(toks[h - 1]?.pos ?? ''));
	if (!noun || h < ss || personNouns().has(head.normal)) return false;
	// (the infinitive at k, or just before it where the cue's scan has passed over it; the tagger may
	// read the verb as a noun, "to build", and "promised to voters" has the same shape)
	const infinitive = (j: number) => toks[j]?.normal === 'to' && ['VERB', 'NOUN', 'PROPN'].includes(toks[j + 1]?.pos ?? '');
	let v = infinitive(k) ? k + 2 : infinitive(k - 2) ? k : -1;
	if (v < 0) return false;
	while (toks[v]?.pos === 'ADV') v++;
	const verb = toks[v];
	return !!verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.normal)));
}
const RELATIVE_THAT = new Set(['that', 'which']);

/**
 * In [from, to): the verb after a clause's own verb group that has no conjunction, comma or relative
 * word before it, the main clause's verb ("… that prices would rise | went unheeded"); else -1.
 */
export function mainVerbAfterClause(toks: Token[], from: number, to: number): number {
	const verbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
	let k = from;
	while (k < to && !verbal(toks[k])) k++;
	// (the group: auxiliaries, adverbs and one main verb, "would rise", "had been hurt")
	while (k < to && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART')) k++;
	if (k < to && toks[k].pos === 'VERB') k++;
	for (; k < to; k++) {
		const t = toks[k];
		if (t.value === ',' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || RELATIVE_OPENERS.has(t.normal) || t.normal === 'that') return -1;
		if (verbal(t) && !/ing$/.test(t.normal) && toks[k - 1].normal !== 'to' && !(/ed$/.test(t.normal) && toks[k - 1].pos === 'NOUN')) return k;
	}
	return -1;
}

/**
 * "condemned Trump's proposal to ban Muslims from entering the country": a noun phrase whose head takes
 * an infinitive, with no verb with a tense after it, is the cue's object and its complement, not a
 * clause reported (review T of the 39th stop; "condemned the plan" alone already reported nothing).
 */
export function nounWithInfinitive(toks: Token[], from: number, to: number): boolean {
	let k = from;
	while (k < to && k - from < 8 && NOUN_PHRASE_TAGS.has(toks[k].pos) && toks[k].normal !== 'to') k++;
	if (k === from || toks[k - 1].pos !== 'NOUN' || toks[k]?.normal !== 'to' || toks[k + 1]?.pos !== 'VERB') return false;
	// (not people told to do it: "ordered diplomats to attempt …" reports the order)
	const head = toks[k - 1];
	if (personNouns().has(head.normal) || personNouns().has(head.lemma.toLowerCase())) return false;
	// (no verb with a tense after it: "from entering" is a gerund, "to ban" another infinitive)
	for (let j = k + 2; j < to; j++) if (toks[j].pos === 'AUX' || (toks[j].pos === 'VERB' && !/ing$/.test(toks[j].normal) && toks[j - 1].normal !== 'to')) return false;
	return true;
}
/** The tags of a noun phrase's words before its head's infinitive: "Trump's controversial proposal". */
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);
