// A sentence that opens with a clause of its own before its subject: "Asked whether he was concerned
// that Donald Trump could win, Ban demurred", "Though Smith, a lawyer, objected, Jones left". The
// first person such a sentence names is inside the fronted clause, not its subject; the subject is the
// name after the comma that closes it, right before the main verb. The pronoun resolver asks where that
// main clause starts, so that a "he" in the next sentence means Ban, not Trump.
import type { Ctx } from './context.js';
import { isCap } from './mentions.js';
import { SUBORDINATORS } from './clause-shape.js';


/** Prepositions that open a sentence with a phrase its subject's possessive can stand in: "In his email, …". */
export const FRONTING_PREPOSITIONS = new Set(['in', 'during', 'at', 'on', 'after', 'before', 'with', 'for', 'despite', 'since', 'unlike', 'like', 'throughout', 'upon', 'following', 'through', 'from', 'by', 'under', 'over', 'amid', 'within']);

/** Dashes that may close an aside inside a fronted clause, set off by spaces. */
export const DASHES = new Set(['-', '–', '—']);

/** How many tokens a fronted clause is read for its closing comma, at most. */
const FRONTED_MAX = 60;

/**
 * Where the main clause of the sentence starting at token `s` starts (a token index), when the sentence
 * opens with a participle ("Asked …", "Speaking …"), a subordinating word ("When …", "Though …") or a
 * preposition and "what" ("In what he called …") and a comma later in it is followed by a capitalised
 * name (a capitalised title may stand before it: "…, President Obama took") and then a verb ("…, Ban
 * demurred"); else -1.
 * The first such comma, outside quotation marks: a name after an earlier comma followed by something
 * else ("Donald Trump, the presumptive nominee, could …") is inside the clause still.
 */
export function mainClauseStart(ctx: Ctx, s: number): number {
	const { toks } = ctx;
	const first = toks[s];
	if (!first || ctx.inQuote[s] >= 0) return -1;
	const w = first.normal;
	const participle = first.pos === 'VERB' && /(?:ed|ing|en)$/.test(w);
	// ("In what he called a rant, Obama …": a preposition's clause)
	const what = FRONTING_PREPOSITIONS.has(w) && toks[s + 1]?.normal === 'what';
	if (!participle && !what && !(SUBORDINATORS.has(w) && (first.pos === 'SCONJ' || first.pos === 'ADP' || first.pos === 'ADV'))) return -1;
	for (let k = s + 1; k < toks.length && k < s + FRONTED_MAX && toks[k].sentence === first.sentence; k++) {
		// (a comma a quotation closes right after is the clause's: 'a … "rant," President Obama took')
		// (or a dash closing an aside the clause holds: "As a senator - and as a candidate - Ann Lee has …")
		if (!(toks[k].value === ',' || (DASHES.has(toks[k].value) && toks[k].start > toks[k - 1].end)) || (ctx.inQuote[k] >= 0 && !ctx.isMark[k + 1])) continue;
		let j = k + 1;
		// (over a closing quotation mark after the comma, and a capitalised title: '"rant," President Obama took')
		while (toks[j] && ctx.isMark[j] && toks[j].sentence === first.sentence) j++;
		if (toks[j] && toks[j].pos === 'NOUN' && isCap(toks[j]) && toks[j + 1]?.pos === 'PROPN' && isCap(toks[j + 1])) j++;
		if (!toks[j] || toks[j].pos !== 'PROPN' || !isCap(toks[j])) continue;
		while (toks[j + 1] && toks[j + 1].pos === 'PROPN' && isCap(toks[j + 1]) && j - k < 5) j++;
		// (over an age set off by commas, "…, Mrs. Clinton, 68, has", and an adverb before the verb: "…, Ms. Malik likely raised")
		let w = j + 1;
		if (toks[w]?.value === ',' && toks[w + 1]?.pos === 'NUM' && toks[w + 2]?.value === ',') w += 3;
		while (toks[w] && toks[w].pos === 'ADV' && w - j < 3) w++;
		const v = toks[w];
		if (v && v.sentence === first.sentence && (v.pos === 'VERB' || v.pos === 'AUX') && !/ing$/.test(v.normal)) return k + 1;
	}
	return -1;
}

/** How far after a fronted clause's first word its he or she may stand: "When she", "In what he", "When his plane". */
const PRONOUN_NEAR_START = 3;
const SUBJECT_FORMS = new Set(['he', 'she', 'his', 'her']);
/** Openers after which a he or she is no sentence's subject yet to come: "If he wins, Clinton …" is often another. */
const CONDITIONS = new Set(['if', 'unless', 'despite']);

/**
 * "When she arrived in Ottawa, Angela Merkel said …", "In what he acknowledged as a … rant, President
 * Obama took …": a he or she near the start of a clause the sentence opens with, with no one named before
 * it in the sentence, is the subject of the main clause after that clause's comma, as readers take it
 * (review OO of the 50th stop: the "he" of "In what he acknowledged as a news conference-ending "rant,"
 * President Obama took …" was given to Trump, named before). Not when that subject speaks in an aside
 * ("When he spoke, Clinton said, …"). The token where that subject's name starts; -1 otherwise.
 */
export function frontedClauseSubjectAt(ctx: Ctx, i: number): number {
	const { toks } = ctx;
	const t = toks[i];
	if (!SUBJECT_FORMS.has(t.normal)) return -1;
	let s = ctx.sentenceStart(i);
	if (toks[s].pos === 'CCONJ') s++;
	if (s >= i || i - s > PRONOUN_NEAR_START || CONDITIONS.has(toks[s].normal) || toks[s].pos === 'VERB') return -1;
	for (let k = s + 1; k < i; k++) if (toks[k].value === ',' || ctx.isMark[k] || toks[k].pos === 'PROPN' || (toks[k].pos === 'PRON' && toks[k].normal !== 'what')) return -1;
	const m = mainClauseStart(ctx, s);
	if (m < 0) return -1;
	// (an aside is a name and a verb set off by a comma within a few words: "…, Ed Dole said, …"; the
	// tagger may take a surname for the verb)
	for (let v = m + 1; v < m + 5 && toks[v] && toks[v].sentence === t.sentence; v++) if (toks[v].value === ',' && toks[v - 1].pos === 'VERB') return -1;
	let name = m;
	while (ctx.isMark[name]) name++;
	return name;
}
