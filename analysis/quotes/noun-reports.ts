// A speech noun with its owner and a "that" clause reports what the owner said: "Trump's claim that there
// have been "thousands of shootings"", "the ministry's repeated warning that …", "Trump's statement
// earlier this year that …" (indirect.ts asks at each token of a sentence).
import { countWords } from '../nlp.js';
import type { Ctx } from './context.js';
import { isSource, speakerOf } from './attribution.js';
import type { Found } from './direct.js';
import { TIME_PLACE_PREPS, isPossessive, isTimePhrase } from './mentions.js';
import { npLeft } from './phrases.js';
import { commentEnd, contrastEnd, glossEnd, nounClauseEnd, ownerAfterOf, trimRange, turnEnd } from './report-edges.js';
import { mainVerbAfterClause } from './clause-shape.js';
import { subjectLeft } from './subjects.js';

/** Nouns for a statement whose "that" clause says what was stated (not "the plan that …", a relative clause). */
const SAY_NOUNS = new Set(['claim', 'claims', 'statement', 'assertion', 'insistence', 'warning', 'promise', 'pledge', 'vow', 'argument', 'allegation', 'accusation', 'suggestion', 'prediction', 'admission', 'denial', 'boast', 'complaint', 'contention', 'assurance', 'announcement', 'declaration', 'charge', 'remark', 'comment']);

/** Nouns for what someone argued, which report with "was that" only: "Sanders's point was that …". */
const COPULA_NOUNS = new Set(['point', 'argument', 'message', 'case', 'pitch', 'position']);

/** Tokens [a, b) a phrase of when or where, with no verb of its own: "at the start of the primary season". */
function whenOrWhere(toks: Ctx['toks'], a: number, b: number): boolean {
	return TIME_PLACE_PREPS.has(toks[a].normal) && toks[a].pos === 'ADP' && b - a <= 8 && toks.slice(a + 1, b).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX' && x.value !== ',');
}

/** Verbs that make a speech noun an act of saying: "made the claim that", "issued a warning that". */
const LIGHT_VERBS = new Set(['make', 'issue', 'repeat', 'renew', 'offer']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Possessive pronouns that own a speech noun: "his comment that …". */
const OWNER_PRONOUNS = new Set(['his', 'her', 'their']);
/** What follows a relative "that" with no subject of its own: a verb, an auxiliary, an adverb. */
const RELATIVE_NEXT = new Set(['VERB', 'AUX', 'ADV']);

/** The report of the speech noun at token i of the sentence [ss, se), or null. */
export function nounReport(ctx: Ctx, i: number, ss: number, se: number): Found | null {
	const { toks, text } = ctx;
	// (plural too: "his allegations that …", "their warnings that …")
	const noun = toks[i].normal;
	const said = SAY_NOUNS.has(noun) || (noun.endsWith('s') && SAY_NOUNS.has(noun.slice(0, -1)));
	if (!said && !COPULA_NOUNS.has(noun)) return null;
	// (a time may come between: "statement earlier this year that"; or a phrase of when or where, "the
	// senator's suggestion at the start of the season that"; and "was": "Sanders's argument on Sunday was
	// that …", "his point was that …"; review SS of the 54th stop)
	let that = i + 1;
	while (that < se && that - i <= 10 && toks[that].normal !== 'that') that++;
	if (toks[that]?.normal !== 'that' || that + 1 >= se) return null;
	const copula = that - 1 > i && toks[that - 1].lemma.toLowerCase() === 'be' && toks[that - 1].pos === 'AUX';
	if (!said && !copula) return null;
	const between = copula ? that - 1 : that;
	if (between > i + 1 && !isTimePhrase(toks, i + 1, between) && !whenOrWhere(toks, i + 1, between)) return null;
	// ("issued a statement that sought to address …": a "that" before a verb opens a relative clause on the
	// noun, which says what the statement did, not what it said; after "was" it opens what was said)
	if (!copula && RELATIVE_NEXT.has(toks[that + 1].pos)) return null;
	let j = i;
	// (an adjective, a participle or a noun in lower case before it: "repeated warning", "bombshell allegations")
	while (j - 1 > ss && (toks[j - 1].pos === 'ADJ' || (toks[j - 1].pos === 'VERB' && /ed$/.test(toks[j - 1].normal)) || (toks[j - 1].pos === 'NOUN' && !isPossessive(toks[j - 1]) && /^\p{Ll}/u.test(toks[j - 1].value))) && i - j < 2) j--;
	let owner = j - 2 >= ss && isPossessive(toks[j - 1]) ? ownerAfterOf(toks, npLeft(toks, j - 2, ss)) : null;
	// ("Trump stood by his comment Monday that …", "her claim that …": a possessive pronoun owns it, the one
	// it means; review II of the 46th stop found these reports missed)
	const pronoun = !owner && j - 1 >= ss && OWNER_PRONOUNS.has(toks[j - 1].normal) && toks[j - 1].pos === 'PRON';
	if (pronoun) owner = [j - 1, j];
	// ("Reid made the suggestion that …", "the ministry issued a warning that …": a light verb's subject
	// owns the noun; review Y of the 41st stop)
	if (!owner && j - 2 >= ss && ARTICLES.has(toks[j - 1].normal) && LIGHT_VERBS.has(toks[j - 2].lemma.toLowerCase()) && toks[j - 2].pos === 'VERB') owner = subjectLeft(toks, j - 2, ss)?.np ?? null;
	if (!owner || (!pronoun && !isSource(ctx, owner))) return null;
	let content = trimRange(ctx, that + 1, se);
	// "The ministry's warning that prices would rise went unheeded": with the noun phrase as the sentence's
	// subject, what was said ends before the main clause's verb
	if (j - 2 <= ss + 2 && !ctx.inQuote.slice(content[0], content[1]).some((q) => q >= 0)) {
		const main = mainVerbAfterClause(toks, content[0], content[1]);
		if (main > content[0]) content = trimRange(ctx, content[0], main);
	}
	const clauseVerb = toks.slice(content[0], content[1]).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
	if (content[1] <= content[0] || !clauseVerb || countWords(text, toks[content[0]].start, toks[content[1] - 1].end, 3) < 3) return null;
	// (and where the writer goes on: a gloss, a contrast, a turn to someone else, a comment of their own)
	content = glossEnd(ctx, content) ?? content;
	content = contrastEnd(ctx, content) ?? content;
	content = turnEnd(ctx, content) ?? content;
	content = commentEnd(ctx, content) ?? content;
	content = nounClauseEnd(ctx, content) ?? content;
	const speaker = speakerOf(ctx, { cue: [i, i + 1], np: owner, appos: null });
	// (a pronoun owner that means no one named is no speaker to report)
	if (pronoun && (!speaker?.cluster || speaker.cluster.name.toLowerCase() === toks[j - 1].normal)) return null;
	return speaker ? { start: toks[content[0]].start, end: toks[content[1] - 1].end, kind: 'indirect', speaker, cue: [i, i + 1] } : null;
}
