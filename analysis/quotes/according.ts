// "According to the ministry, …", "…, according to sources.", "One of the officers, according to prison
// records, had worked …": the source after "according to" and what it is the source of (the sentence
// after its comma, before it, or around it when it stands between a subject and its verb). Read by
// indirect.ts for each "according to" cue.
import type { Token } from '../types.js';
import { TIME_WORDS, type Ctx, type Range } from './context.js';
import type { Attribution } from './attribution.js';
import { documentNouns, personNouns } from './data.js';
import { npRight } from './phrases.js';
import { subjectRight } from './subjects.js';
import { relaysOwnAttribution } from './relayed.js';
import { trimRange } from './report-edges.js';
import { hasClauseVerb } from './clause-shape.js';

const LOWER_FIRST = /^\p{Ll}/u;
/** Words of a source's phrase after "according to" the tagger misread ("exit polling data"). */
const ACCORDING_RUN = new Set(['NOUN', 'ADJ', 'VERB']);
/** Sources named by a noun with no plural in -s: "people familiar with …", "exit polling data". */
const MASS_SOURCES = new Set(['people', 'data', 'police', 'staff', 'personnel']);

/** Words that open a sentence before its subject: "Now,", "But", "Still,", "(". */
const OPENER_POS = new Set(['ADV', 'CCONJ', 'SCONJ', 'NUM', 'PUNCT', 'INTJ']);

/**
 * The words before "according to" in [ss, i) are only an opener ("Now, according to the poll, some
 * are swinging"; "But according to …"): adverbs and conjunctions, no subject of their own; so what is
 * reported follows the attribution, as when it opens the sentence. (Not a preposition's phrase: "In
 * Ohio, according to the poll, Clinton leads" reports where she leads too.)
 */
function openerOnly(toks: readonly Token[], ss: number, i: number): boolean {
	if (i <= ss) return true;
	for (let k = ss; k < i; k++) if (!OPENER_POS.has(toks[k].pos)) return false;
	return true;
}

/** Where a clause starts, after these: "… and that Mrs. Clinton was, in the words of …". */
const CLAUSE_EDGE = new Set(['that', ',', ';', ':', '—', '–']);

/** After an aside, the clause's own verb (not a participle of the writer's: "…, beating his rival"). */
function completesClause(toks: readonly Token[], k: number): boolean {
	const t = toks[k];
	return !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')));
}

/**
 * The clause the source at [i, …) interrupts goes on after its closing comma: with its own verb, or with
 * the complement of a form of "be" before it ("Mrs. Clinton was, according to …, the torchbearer").
 */
function goesOnAfter(toks: readonly Token[], att: Attribution, np: Range, i: number, se: number): boolean {
	const be = (toks[i - 2]?.pos === 'AUX' || toks[i - 2]?.pos === 'VERB') && toks[i - 2].lemma.toLowerCase() === 'be';
	// (after "be", a phrase after the source's comma is the complement, not the source's appositive:
	// "in the words of one aide, a disaster from the start")
	if (be && toks[np[1]]?.value === ',' && np[1] + 1 < se - 1) {
		att.appos = null;
		return true;
	}
	// (the comma that closes the source's phrase, as after a source opening the sentence)
	const close = afterSource(toks, att, np, se);
	return toks[close]?.value === ',' && close + 1 < se - 1 && completesClause(toks, close + 1);
}

/** Words of the rest of a list of bare nouns after a comma: "aides and allies". */
const LIST_POS = new Set(['NOUN', 'ADJ', 'CCONJ']);

/**
 * The comma that ends an "according to" phrase at the start of a sentence: the first after the
 * source, or the one after the rest of a list of bare nouns the source ends with ("according to
 * interviews with his friends, aides and allies, he wants": not "…, the mayor and his deputy, both
 * Republicans, will", nor "…, voters in Alabama, Georgia and Ohio want").
 */
function afterSource(toks: readonly Token[], att: Attribution, np: Range, se: number): number {
	let k = att.appos ? att.appos[1] : np[1];
	while (k < se && toks[k].value !== ',') k++;
	let c = k + 1;
	let and = false;
	for (; c < se && c - k < 8 && toks[c].value !== ','; c++) {
		const t = toks[c];
		if (!LIST_POS.has(t.pos) || !LOWER_FIRST.test(t.value)) return k;
		if (t.pos === 'CCONJ') and = true;
	}
	return and && c > k + 2 && toks[c]?.value === ',' && toks[c - 1].pos === 'NOUN' ? c : k;
}

/** A plural noun the tagger read as a verb right after "according to" ("sources", "people"), lower case. */
function afterAccordingTo(toks: readonly Token[], k: number): boolean {
	const t = toks[k];
	return !!t && t.pos === 'VERB' && toks[k - 1]?.normal === 'to' && toks[k - 2]?.normal === 'according' && LOWER_FIRST.test(t.value) && !/(?:ing|ed)$/.test(t.normal);
}

/** The source and the words of an "according to" at token i (its phrase starting at e), in the sentence [ss, se); null when none. */
export function accordingTo(ctx: Ctx, i: number, e: number, ss: number, se: number): { att: Attribution; content: Range | null } | null {
	const { toks } = ctx;
	let content: Range | null = null;
	// ("according to sources", "according to people familiar with …": after "to" read as an
	// infinitive's, the tagger makes the plural noun a verb; review Y of the 41st stop)
	// (to the last noun of the lower-case words after it: "exit polls", "exit polling data", "complete but
	// unofficial returns", "state corporate records")
	let np = npRight(toks, e, se);
	if (!np && afterAccordingTo(toks, e)) {
		let last = e;
		for (let z = e + 1; z < se && z - e < 6 && LOWER_FIRST.test(toks[z].value) && (ACCORDING_RUN.has(toks[z].pos) || toks[z].normal === 'but' || toks[z].normal === 'and'); z++) if (toks[z].pos === 'NOUN') last = z;
		// ("according to campaign manager Jeff Weaver": a name after the role)
		const person = personNouns().has(toks[last].normal) || personNouns().has(toks[last].lemma.toLowerCase());
		if (person) while (last + 1 < se && last - e < 8 && toks[last + 1].pos === 'PROPN' && !LOWER_FIRST.test(toks[last + 1].value)) last++;
		// (a plural, or a word for a person: "according to plan", "according to state law" name a norm)
		else if (!(toks[last].normal.endsWith('s') && toks[last].lemma.toLowerCase() !== toks[last].normal) && !MASS_SOURCES.has(toks[last].normal)) return null;
		np = [e, last + 1];
	}
	if (!np) return null;
	// ("Here is how bad things got in the words of the patient: “…”": what the source said follows the
	// colon, in quotation marks; "in the words of" needs a comma before it, or the sentence's start)
	if (toks[i].normal === 'in' && i > ss && toks[i - 1].value !== ',') return null;
	// ("according to an ABC News-Washington Post poll last week": when is no part of the source's name)
	if (np[1] - np[0] > 2 && TIME_WORDS.has(toks[np[1] - 1].normal) && ['last', 'next', 'past'].includes(toks[np[1] - 2].normal)) np = [np[0], np[1] - 2];
	// ("according to a tally by the Associated Press", "according to a Washington Post analysis": the author
	// of a document or a count is its source; review SS of the 54th stop had "tally" speak and be an actor)
	np = documentAuthor(toks, np, se) ?? np;
	// ("according to Kestrel, a California-based data firm": an appositive description says who the
	// source is; not a name after the comma, which PolNeAR reads otherwise: 0.658 → 0.656 with names)
	const sr = subjectRight(toks, e, se);
	const appos = sr && sr.np[0] === np[0] && sr.np[1] === np[1] && sr.appos && ['a', 'an'].includes(toks[sr.appos[0]]?.normal ?? '') ? sr.appos : null;
	const att: Attribution = { cue: [i, e], np, appos };
	const opener = i > ss && openerOnly(toks, ss, toks[i - 1].value === ',' ? i - 1 : i);
	// ("… 81 percent of victims (the actual number is closer to 15 percent, according to Factcheck.org)": in
	// brackets, the source vouches only for what the brackets hold)
	let bracket = -1;
	for (let k = i - 1; k > ss; k--) {
		if (toks[k].value === ')') break;
		if (toks[k].value === '(') {
			bracket = k;
			break;
		}
	}
	if (bracket > 0 && bracket + 1 < i - 1) content = trimRange(ctx, bracket + 1, i);
	else if (i === ss || opener) {
		content = trimRange(ctx, afterSource(toks, att, np, se) + 1, se);
	} else if (toks[i - 1]?.value === ',' && toks[np[1]]?.value === ',' && np[1] + 1 < se - 1 && !hasClauseVerb(toks, ss, i - 1) && hasClauseVerb(toks, np[1] + 1, se)) {
		// "One of the officers, according to prison records, had worked …": an aside between the
		// subject and its verb; what was reported is the sentence around it (not "X has won …,
		// according to a tally, but …", where the clause was over before it)
		content = trimRange(ctx, ss, se);
	} else if (toks[i - 1]?.value === ',' && goesOnAfter(toks, att, np, i, se)) {
		// "One of the decisions they have made, according to a person close to …, is to turn …", "Mrs.
		// Clinton was, in the words of a senior adviser, ''the torchbearer'' of his legacy": the clause
		// goes on after the aside with its verb or its complement; what was reported is that clause, from
		// its start (after "that" or a comma before it) to the sentence's end (review PP of the 49th stop
		// found it cut at the aside)
		let from = i - 1;
		while (from > ss && !CLAUSE_EDGE.has(toks[from - 1].normal)) from--;
		content = trimRange(ctx, from, se);
	} else content = trimRange(ctx, ss, i);
	// "The mayor said the bridge was "a disaster," according to the Daily Star": the outlet only
	// relays what the clause's own speaker said; that attribution (found on its own) is the one
	if (content && relaysOwnAttribution(ctx, content, ss)) return null;
	return { att, content };
}

/**
 * The author of the document or count np names, when the text gives it: a name before its noun ("a
 * Washington Post analysis", "a new CNN poll") or a phrase after "by" ("a tally by the Associated
 * Press", "a study by researchers at Yale"). Null otherwise.
 */
function documentAuthor(toks: readonly Token[], np: Range, se: number): Range | null {
	const head = toks[np[1] - 1];
	const noun = head.normal.toLowerCase();
	if (head.pos !== 'NOUN' || !(documentNouns().has(noun) || COUNTS.has(noun))) return null;
	if (toks[np[1]]?.normal === 'by') {
		const by = npRight(toks as Token[], np[1] + 1, se);
		// (not a name cut inside, "E! News")
		const cut = !!by && !!toks[by[1]] && toks[by[1]].start === toks[by[1] - 1].end && !/^[,.;:)]$/.test(toks[by[1]].value);
		if (by && !cut && (toks[by[1] - 1].pos === 'PROPN' || personNouns().has(toks[by[1] - 1].normal))) return by;
	}
	// ("The Verge's Stadia review": an owner is the author, the name after it what was reviewed)
	for (let k = np[1] - 2; k > np[0]; k--) if (/^['’]s$/.test(toks[k].value)) return [np[0], k];
	// (names joined by a hyphen are the pollsters of a joint poll: "an ABC News-Washington Post poll"; not a
	// month, "a February survey")
	let a = np[1] - 1;
	// (capitalised, whatever the tagger made of the word: "Herald" may be a verb to it)
	const named = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.value) && t.pos !== 'DET' && t.pos !== 'ADP';
	while (a > np[0] && (named(toks[a - 1]) || (toks[a - 1].value === '-' && named(toks[a - 2]) && toks[a - 1].start === toks[a - 2].end))) a--;
	if (a === np[1] - 1 || toks.slice(a, np[1] - 1).every((x) => TIME_WORDS.has(x.normal))) return null;
	return [a, np[1] - 1];
}

/** Words of a count, whose author is its source: "a tally by the Associated Press". */
const COUNTS = new Set(['tally', 'tallies', 'count', 'counts', 'estimate', 'estimates']);
