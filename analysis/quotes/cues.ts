// Speech cues: the verbs and phrases that report speech ("said", "according to", "said in a
// statement"), told apart from the nouns and other verbs that look like them ("the calls", "was told",
// "to assert"). Lists come from speech-verbs.txt and the lexicon's loaded reporting verbs.
import type { Lexicon, Token } from '../types.js';
import type { Ctx, Range } from './context.js';
import { TIME_WORDS } from './context.js';
import { documentNouns, findingNouns, isRoleWord, judgingVerbs, loadedCues, orgWords, type SpeechVerbs } from './data.js';
import { ORG_DESCRIPTION_NOUNS } from './describe.js';
import { loadDefaultLexicon } from '../lexicon/index.js';
import { isCap as isCapTok, isPossessive } from './mentions.js';
import { personPlural } from './mention-words.js';
import { PairMemo } from '../word-memo.js';
import { AS_ONLY, TO_ONLY, asAfterObject, candidatesOf, ingBeforeObjectAs, judgesAs, keepsToNorm, lemmaCandidates, phoned, toAfterObject } from './cue-objects.js';
export { lemmaCandidates } from './cue-objects.js';
export { AS_ONLY, TO_ONLY } from './cue-objects.js';

/** Verbs whose object is the listener, not the content: "told VOA that ...". */
export const LISTENER_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'advise', 'ask', 'urge', 'promise']);
/** Nouns that make "said in a statement" one cue. */
export const CHANNEL_NOUNS = new Set(['statement', 'interview', 'email', 'e-mail', 'letter', 'speech', 'release', 'post', 'tweet', 'message', 'briefing', 'conference', 'note', 'report', 'video', 'op-ed', 'column', 'blog', 'broadcast', 'address', 'testimony', 'filing', 'memo', 'call']);

/** Words after which a verb-looking word is a noun ("the calls", "his claims"). */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'every', 'each', 'his', 'its', 'their', 'our', 'my', 'your']);
/** Prepositions that take a noun phrase, never a clause ("despite union calls for ..."), unlike "after". */
const NP_PREPS = new Set(['for', 'despite', 'amid', 'amidst', 'against', 'about', 'over', 'to', 'with', 'of', 'from', 'regarding', 'toward', 'towards', 'without', 'into', 'on', 'at', 'under', 'like']);

/**
 * "has brushed aside union calls for ...", "despite ministry claims that ...": a word that reads as a
 * verb's -s form or a plural noun, after a noun phrase that is itself the object of a verb or a
 * preposition, is the head of that noun phrase, so not a speech cue: the noun phrase is no subject.
 */
export function nounAfterObject(toks: Token[], cue: number, np: Range, lo: number): boolean {
	const t = toks[cue];
	if (!/s$/.test(t.normal) || t.normal === 'says' || np[1] !== cue) return false;
	// "the resolve she argues is needed": a pronoun is never a noun's modifier.
	if (np[1] - np[0] === 1 && toks[np[0]].pos === 'PRON') return false;
	let k = np[0] - 1;
	if (k < lo) return false;
	if (toks[k].pos === 'ADV' && k - 1 >= lo && toks[k - 1].pos === 'VERB') k--; // "brushed aside"
	// A verb hyphened onto the noun is a modifier ("water-carrying headline reads"); a time after a
	// verb ends a reduced relative ("An ad released Thursday accuses").
	if (toks[k].pos === 'VERB') return !(toks[k - 1]?.value === '-' && toks[k - 1].end === toks[k].start) && !TIME_WORDS.has(toks[np[1] - 1].normal);
	// "despite union calls", but not "A letter to members calls for ...", where the preposition's
	// phrase belongs to the subject before it.
	const before = toks[k - 1];
	return toks[k].pos === 'ADP' && NP_PREPS.has(toks[k].normal) && !(k - 1 >= lo && before && ['NOUN', 'PROPN', 'NUM'].includes(before.pos));
}


/** Cue phrases whose speaker follows them, read by cueAt() itself ("according to X", "in the words of X"). */
const SPEAKER_AFTER = new Set(['according to', 'in the words of']);
const phrasesOf = new WeakMap<string[][], { starts: Set<string>; rest: string[][] }>();
/**
 * The cue phrases the general matcher reads (all but SPEAKER_AFTER) and their first words, computed
 * once per list: a word that opens none of them ("in", "the") asks nothing more.
 */
function generalPhrases(phrases: string[][]): { starts: Set<string>; rest: string[][] } {
	let g = phrasesOf.get(phrases);
	if (!g) {
		const rest = phrases.filter((p) => !SPEAKER_AFTER.has(p.join(' ')));
		phrasesOf.set(phrases, (g = { starts: new Set(rest.map((p) => p[0])), rest }));
	}
	return g;
}

const VERB_AUX = new Set(['VERB', 'AUX']);
const CLAUSE_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NUM']);
const NOMINALS = new Set(['NOUN', 'PROPN', 'PRON']);
const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * "The Elysee claims that ...", "Federal prosecutors alleged/ADJ that": an -s noun after a name, or
 * a past tense read as an adjective after a noun, right before "that" and a clause.
 */
function sThat(ctx: Ctx, i: number, t: Token, prevTok: Token | undefined, next: Token | undefined): boolean {
	if (!((t.pos === 'NOUN' && /s$/.test(t.normal) && prevTok?.pos === 'PROPN') || (t.pos === 'ADJ' && /ed$/.test(t.normal) && NOMINALS.has(prevTok?.pos ?? '')))) return false;
	// (or "that" after where it was said: "Trump alleged/ADJ in a morning tweet series that …")
	let at = i + 1;
	if (next?.normal === 'in' || next?.normal === 'on') {
		at = i + 2;
		while (at < i + 8 && ctx.toks[at] && ctx.toks[at].normal !== 'that' && !ctx.isMark[at] && ctx.toks[at].pos !== 'PUNCT' && !VERB_AUX.has(ctx.toks[at].pos)) at++;
	}
	const that = ctx.toks[at];
	if (that?.normal !== 'that') return false;
	const after = ctx.toks[at + 1];
	return !!after && (that.pos === 'SCONJ' ? !VERB_AUX.has(after.pos) : CLAUSE_OPENERS.has(after.pos));
}

/** Pronouns of several people as a subject: "they warn that …". */
const PLURAL_SUBJECTS = new Set(['they', 'we']);

/**
 * "Supporters claim that …", "Critics argue that …", "they warn that …": after a plural the tagger may
 * read a verb's base form as a noun; right before "that" and a clause (as sThat), after a plural noun
 * for people or bodies, a capitalised plural or "they"/"we", it is the verb (review RR of the 53rd stop:
 * "Sanders's most passionate supporters claim that the primary has been rigged" was no report).
 */
function pluralThat(ctx: Ctx, i: number, t: Token, prevTok: Token | undefined, next: Token | undefined): boolean {
	if (t.pos !== 'NOUN' || t.normal !== t.lemma.toLowerCase() || !prevTok || next?.normal !== 'that') return false;
	// (a name in the plural only when it is people's, "Democrats"; "a New York Times report that …" is a noun)
	const plural = (prevTok.pos === 'PRON' && PLURAL_SUBJECTS.has(prevTok.normal)) || (prevTok.pos === 'NOUN' && /[^s]s$/.test(prevTok.normal) && canSpeak(prevTok)) || (prevTok.pos === 'PROPN' && personPlural(prevTok));
	const after = ctx.toks[i + 2];
	return plural && !!after && (next.pos === 'SCONJ' ? !VERB_AUX.has(after.pos) : CLAUSE_OPENERS.has(after.pos));
}

/** "The ad claims “…”": right before the quotation it introduces, a noun-tagged -s form after the subject's noun is the verb. */
function sMark(ctx: Ctx, i: number, t: Token, prevTok: Token | undefined, next: Token | undefined): boolean {
	return t.pos === 'NOUN' && /[^s]s$/.test(t.normal) && NOUNS.has(prevTok?.pos ?? '') && (ctx.isMark[i + 1] || ((next?.value === ':' || next?.value === ',') && ctx.isMark[i + 2]));
}

/**
 * "The Elysee claims the treaty was broken", "The ministry warns prices will rise": without
 * "that", a noun-tagged -s form after a name or a noun for someone who speaks is the verb when a clause
 * follows it at once (a subject, then its verb within a few words, no punctuation between).
 */
function sClause(ctx: Ctx, i: number, t: Token, prevTok: Token | undefined, next: Token | undefined): boolean {
	if (t.pos !== 'NOUN' || !/[^s]s$/.test(t.normal) || !prevTok || !next) return false;
	if (!((prevTok.pos === 'PROPN' && isCapTok(prevTok)) || (prevTok.pos === 'NOUN' && canSpeak(prevTok)))) return false;
	if (!CLAUSE_OPENERS.has(next.pos) && next.pos !== 'NOUN') return false;
	for (let k = i + 2; k < i + 6 && k < ctx.toks.length; k++) {
		const x = ctx.toks[k];
		if (x.pos === 'PUNCT' || ctx.isMark[k] || x.normal === 'of') return false;
		if (VERB_AUX.has(x.pos)) return !/ing$/.test(x.normal);
	}
	return false;
}

/** "with Foreign Minister Jane Roe warning of …": a participle right after a name is its verb. */
const nameIng = (t: Token, prevTok: Token | undefined) => /ing$/.test(t.normal) && prevTok?.pos === 'PROPN' && isCapTok(prevTok);

const CALL_PARTICLES = new Set(['in', 'off', 'up', 'back']);
const CALLED_TO = new Set(['mind', 'order']);
/** Reflexive pronouns: "interrupted himself". */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);
/** "relate" in any form (wink leaves "related" before a noun unlemmatised). */
const RELATE = /^relat(?:e|es|ed|ing)$/;
/** What "tell" takes when it reports no words: the truth, a lie, the difference, things apart, a story
 * ("told the tale of a 43-year-old man who …": the story told, then what it is about). */
const TOLD_THINGS = new Set(['truth', 'lie', 'lies', 'difference', 'apart', 'time', 'tale', 'tales', 'story', 'stories', 'joke', 'jokes', 'anecdote', 'anecdotes', 'saga']);

/** Verbs that report what a source of findings found (findings.txt). */
const FINDING_VERBS = new Set(['show', 'find', 'indicate']);

/** Is the subject right before token i (past an adverb or an auxiliary: "also found", "has shown") a source of findings? */
function findingSubject(toks: Token[], i: number): boolean {
	let k = i - 1;
	while (k >= 0 && i - k <= 3 && (toks[k].pos === 'ADV' || toks[k].pos === 'AUX')) k--;
	const n = toks[k];
	if (!n || k < 1) return false;
	// (not a bare noun opening the sentence, "Research shows …", "Polls show …": capitalised, it would be
	// read as someone's name, and an actor of its own)
	const opens = toks[k - 1].sentence !== n.sentence;
	return n.pos === 'NOUN' && !opens && (findingNouns().has(n.normal) || findingNouns().has(n.lemma.toLowerCase()));
}

/** "in the words of": a cue whose speaker follows it, as "according to". */
export const inTheWordsOf = (toks: Token[], i: number) => toks[i]?.normal === 'in' && toks[i + 1]?.normal === 'the' && toks[i + 2]?.normal === 'words' && toks[i + 3]?.normal === 'of';

/** If a speech cue starts at token i, the token index just past it; else -1. */
export function cueAt(ctx: Ctx, i: number, loose = false): number {
	const t = ctx.toks[i];
	if (!t || ctx.isMark[i]) return -1;
	const next = ctx.toks[i + 1];
	// (not a norm after the quotation it attributes: ""…," according to the plan" cites the plan)
	if (t.normal === 'according' && next?.normal === 'to') return !ctx.isMark[i - 1] && !ctx.isMark[i - 2] && keepsToNorm(ctx.toks, i + 2) ? -1 : i + 2;
	// "in the words of the patient: …": like "according to", the speaker follows
	if (inTheWordsOf(ctx.toks, i)) return i + 4;
	// Most tokens start no phrase: ask the phrases only when this word (or its lemma) starts one.
	const { starts, rest } = generalPhrases(ctx.verbs.phrases);
	if (starts.has(t.normal) || starts.has(t.lemma)) {
		for (const ph of rest) {
			// (every word in turn, as `ph.every(...)` without a closure per phrase and token)
			let k = 0;
			for (; k < ph.length; k++) {
				const x = ctx.toks[i + k];
				if (!x || (x.normal !== ph[k] && x.lemma !== ph[k])) break;
			}
			if (k === ph.length) return i + ph.length;
		}
	}
	// `loose`: right after a quote and its speaker ("...," Smith fumed.) the position says it is the
	// verb, whatever the tagger thought of an unusual past tense.
	// "The Elysee claims that ...": the tagger reads a verb's -s form as a plural noun; before "that"
	// and a clause (not a relative clause), right after a name, it is the verb (the noun readings, "union calls for" after a
	// verb or a preposition, are ruled out where the subject is found).
	// Not before a relative clause: "Southern states that have ...", "states that border the river".
	const prevTok = ctx.toks[i - 1];
	const verbal = t.pos === 'VERB' || sThat(ctx, i, t, prevTok, next) || pluralThat(ctx, i, t, prevTok, next) || sMark(ctx, i, t, prevTok, next) || sClause(ctx, i, t, prevTok, next) || nameIng(t, prevTok) || (loose && /(?:ed|s)$/.test(t.normal)) || t.normal === 'says' || t.normal === 'said' || ingBeforeObjectAs(ctx.toks, i);
	// "a Quinnipiac University poll shows …", "The survey also found that …": what a poll, a study or the
	// records show or found is theirs to report (findings.txt), as "according to a poll" is; after nothing
	// else do these verbs report (review MM of the 48th stop found poll stories nearly source-less)
	// (the tagger may read "show" after a plural as a noun: "FEC records show he backed …")
	// (finite only: "Despite polls showing her well behind, Clinton …" is the writer's clause)
	// (the set first: this is asked of every token)
	if (FINDING_VERBS.has(t.lemma) && (t.pos === 'VERB' ? !/ing$/.test(t.normal) : t.pos === 'NOUN' && t.normal === t.lemma && t.normal !== 'find' && CLAUSE_OPENERS.has(next?.pos ?? '')) && ctx.inQuote[i] < 0 && findingSubject(ctx.toks, i)) return i + 1;
	// "attacked the nominee as unfit", "hailed the ruling as a victory": a verb of judging that is no verb of
	// saying gives its subject's word for its object with "as" after it (cue-objects.ts judgesAs)
	if (verbal && !ctx.isSpeechLemma(t) && judgesAs(ctx.toks, i)) return i + 1;
	if (!verbal || !ctx.isSpeechLemma(t)) return -1;
	if (t.normal === 'said' && ctx.toks[i - 1]?.pos === 'DET') return -1; // "the said agreement"
	// "a small molecule called succinate", "the strain dubbed Omicron": a naming verb's participle right
	// after a common noun for nothing that speaks (no role, organisation or document) names the thing
	if (NAMING.has(t.lemma) && /ed$/.test(t.normal) && prevTok?.pos === 'NOUN' && !isCapTok(prevTok) && !canSpeak(prevTok) && namesOnly(ctx.toks, i + 1)) return -1;
	// ("A man called John Reed, who lives near the plant, said …": after "a"/"an" and a noun for someone,
	// a naming participle before a name alone names them; "a spokesman called Smith a liar" is speech)
	if (NAMING.has(t.lemma) && /ed$/.test(t.normal) && prevTok?.pos === 'NOUN' && (ctx.toks[i - 2]?.normal === 'a' || ctx.toks[i - 2]?.normal === 'an') && nameAlone(ctx.toks, i + 1, ctx.isMark)) return -1;
	// "Polls in the state he calls a second home show him …": a naming verb in a relative clause with no
	// "that", right after its head noun and a pronoun subject, names the head (review U of the 39th stop
	// had "a second home show him with a big lead" as a quote); not before quoted words ("the law he
	// calls “a disaster”" gives his words)
	if (NAMING.has(t.lemma) && prevTok?.pos === 'PRON' && SUBJECT_PRONOUNS.has(prevTok.normal) && ctx.toks[i - 2]?.pos === 'NOUN' && !ctx.isMark.slice(i + 1, i + 5).some(Boolean)) return -1;
	// "The mysterious illnesses reported by U.S. government employees are thought to be …", "the figures
	// reported by the ministry": a participle after its noun and before its agent modifies the noun (a
	// passive clause of its own), and the noun reports nothing ("Officials reported by phone" still do)
	if (/ed$/.test(t.normal) && next?.normal === 'by' && prevTok?.pos === 'NOUN' && !CHANNEL_NOUNS.has(ctx.toks[i + 2]?.normal ?? '')) return -1;
	// "the self-declared “interim” government", "a self-proclaimed expert": the end of a compound word
	if (prevTok?.value === '-' && prevTok.start === t.start - 1 && ctx.toks[i - 2]?.end === prevTok.start) return -1;
	// "called in the experts", "called off the strike", "called up reservists", "called back": summoning,
	// cancelling and telephoning, not saying
	if (t.lemma === 'call' && CALL_PARTICLES.has(next?.normal ?? '')) return -1;
	// "has called attention to corruption", "called into question the figures", "called it quits": idioms
	// of "call" that say nothing (review T of the 39th stop had "attention to Islamophobia" as a quote)
	if (t.lemma === 'call' && (next?.normal === 'attention' || next?.normal === 'into' || (next?.normal === 'it' && /^quits?$/.test(ctx.toks[i + 2]?.normal ?? '')))) return -1;
	// "Running counter to all of that is …", "runs counter to the law": the adverb, not the verb of replying
	if (t.normal === 'counter' && next?.normal === 'to') return -1;
	// "portrayed Vale as a reckless leader", "what they characterize as …": these verbs report only what
	// someone is made out to be, with "as" right after the one portrayed (not "portrayed Cleopatra in the
	// film", "delay casting their ballots … so as not to")
	if (lemmaCandidates(t).some((l) => AS_ONLY.has(l)) && !asAfterObject(ctx.toks, i + 1)) return -1;
	// "compared her to a religious heretic", "likened the plan to theft": what someone or something is
	// likened to, with "to" right after the one compared (not "compared prices with last year's", nor
	// "when compared to", a comparison the writer makes)
	if (TO_ONLY.has(t.lemma) && (!toAfterObject(ctx.toks, i + 1, t.lemma) || prevTok?.normal === 'when' || prevTok?.normal === 'as' || prevTok?.normal === 'if')) return -1;
	// "the agency charged with running the program", "was charged with fraud": tasked or accused, not saying
	// ("charged that …" still reports)
	if (t.lemma === 'charge' && next?.normal === 'with') return -1;
	// "begged the question of whether …" (an idiom: it raises the question), "interrupted himself to wave"
	// (stopped talking), "lobbyists must declare publicly if …" (a duty, no one declaring): no words are
	// reported (review EE of the 43rd stop had "Ukraine" and "steady streams of defections" speak)
	if (t.lemma === 'beg' && next?.normal === 'the' && ctx.toks[i + 2]?.normal === 'question') return -1;
	if (t.lemma === 'interrupt' && REFLEXIVES.has(next?.normal ?? '')) return -1;
	if (prevTok?.normal === 'must' && ctx.inQuote[i] < 0) return -1;
	// "called to mind the promise of …", "called the meeting to order": recalling and opening, not saying
	if (t.lemma === 'call' && next?.normal === 'to' && CALLED_TO.has(ctx.toks[i + 2]?.normal ?? '')) return -1;
	// "as easily as it tells the truth", "tell lies", "can't tell the difference", "tell them apart": telling
	// the truth or a lie, or telling things apart, reports no words
	if (t.lemma === 'tell' && (TOLD_THINGS.has(next?.normal ?? '') || (['the', 'a'].includes(next?.normal ?? '') && TOLD_THINGS.has(ctx.toks[i + 2]?.normal ?? '')))) return -1;
	// "warrants related to Page", "as it relates to who knew": relating to something concerns it, and
	// says nothing ("As he related, “…”" does)
	// ("assassination related records": an adjective before its noun)
	if (RELATE.test(t.normal) && (next?.normal === 'to' || next?.pos === 'NOUN')) return -1;
	// "the Nasdaq added 20.72 points", "gold added 0.1%": adding a figure reports no words
	if (t.lemma === 'add' && next && (next.pos === 'NUM' || /^[$€£¥]$/.test(next.value))) return -1;
	// "called him later", "called her back": telephoning someone, not saying anything (not "called him a liar")
	// ("calling him, among other things, “a failed candidate.”": an aside, then the name he was called, is
	// naming; review SS of the 54th stop)
	if (t.lemma === 'call' && next?.pos === 'PRON' && /^(?:later|again|back|twice|repeatedly|,|\.|;|but|at|from|every)$/.test(ctx.toks[i + 2]?.normal ?? '.') && !namedAfterAside(ctx, i + 2)) return -1;
	// "Obama called both candidates Tuesday night and …", "she called Sanders after the primaries to
	// congratulate him": a call to someone named, then when or why, is a telephone call (not "called
	// Sanders a fraud", "called the plan “reckless”": what follows the object names it)
	if (t.lemma === 'call' && phoned(ctx.toks, i + 1)) return -1;
	// "declared in the debate spin room": the room where campaigns brief reporters, no one spinning
	if (t.lemma === 'spin' && /^(?:room|rooms|alley)$/.test(next?.normal ?? '')) return -1;
	// "They argued again over health care and about how to …": arguing over or about a subject is a
	// dispute, no words reported ("argued that …" reports them)
	if (t.lemma === 'argue' && (next?.normal === 'over' || next?.normal === 'about' || ((next?.pos === 'ADV') && /^(?:over|about)$/.test(ctx.toks[i + 2]?.normal ?? '')))) return -1;
	// "pleaded guilty", "pleaded not guilty", "pleads the Fifth": a plea, not a statement
	if (t.lemma === 'plead' && ['guilty', 'not', 'innocent', 'no', 'the'].includes(next?.normal ?? '')) return -1;
	// "the calls", "Ottawa's claims", "their warnings": after an article or a possessive the word is
	// a noun, whatever the tagger made of it.
	const prev = ctx.toks[i - 1];
	if (prev && (isPossessive(prev) || NOUN_DETERMINERS.has(prev.normal)) && !ctx.isMark[i - 1]) return -1;
	// "his phone calls with …", "(conference calls, …)": "calls" after a common noun for nothing that
	// speaks, itself after an article, a possessive or an opening bracket, ends a compound noun
	// (not "the narrator mentions", "Thursday's meeting says": only "calls" makes such compounds often)
	const before = ctx.toks[i - 2];
	if (t.normal === 'calls' && prev?.pos === 'NOUN' && !isCapTok(prev) && !canSpeak(prev) && before && (isPossessive(before) || NOUN_DETERMINERS.has(before.normal) || before.value === '(')) return -1;
	// "150 kW DC fast charging support", "key talking points", "a new warning label": a gerund between a
	// modifier and a common noun for nothing that speaks is part of a compound noun (not "urging
	// residents to leave", "warning lawmakers that …": a listener who can speak)
	if (/ing$/.test(t.normal) && next?.pos === 'NOUN' && !isCapTok(next) && !canSpeak(next) && prev && ['ADJ', 'ADV', 'NOUN', 'NUM'].includes(prev.pos) && !ctx.isMark[i - 1] && !ctx.isMark[i + 1]) return -1;
	let end = i + 1;
	// "said in a statement", "wrote in an email": the channel is part of the cue.
	if (ctx.toks[end]?.normal === 'in' || ctx.toks[end]?.normal === 'on') {
		for (let k = end + 1; k < Math.min(end + 5, ctx.toks.length); k++) {
			if (CHANNEL_NOUNS.has(ctx.toks[k].normal)) {
				end = k + 1;
				// ("said in a conference call with reporters": the compound's second noun too, or it read
				// as the speaker after the cue, "call with reporters")
				while (end < ctx.toks.length && end < k + 3 && ctx.toks[end].pos === 'NOUN' && CHANNEL_NOUNS.has(ctx.toks[end].normal)) end++;
				break;
			}
			if (!['a', 'an', 'the', 'his', 'her', 'its', 'their', 'written', 'televised', 'joint', 'phone', 'telephone', 'separate', 'new', 'recent', 'facebook', 'radio', 'tv'].includes(ctx.toks[k].normal)) break;
		}
	}
	return end;
}

/** The lite model leaves newer verbs unlemmatised ("tweeted"), so regular endings are also tried. */
export function isSpeechLemma(verbs: SpeechVerbs, t: Token): boolean {
	let memo = speechMemos.get(verbs);
	if (!memo) speechMemos.set(verbs, (memo = new PairMemo((n, lemma) => candidatesOf(n, lemma).some((x) => verbs.lemmas.has(x)))));
	return memo.get(t.normal, t.lemma);
}

/** isSpeechLemma's answers per word, for each set of verbs (one per lexicon). */
const speechMemos = new WeakMap<SpeechVerbs, PairMemo<boolean>>();

export const INVERTING = new Set(['say', 'read', 'add', 'write', 'ask', 'continue', 'explain', 'note', 'recall', 'reply', 'respond', 'warn', 'insist', 'claim', 'argue', 'declare', 'announce', 'exclaim', 'observe', 'remark', 'comment', 'conclude', 'concede', 'admit', 'acknowledge', 'suggest', 'state', 'counter', 'retort']);

/** "was asked", "has been told": a past participle after a form of "be". */
export function isPassive(toks: Token[], c: number): boolean {
	let k = c - 1;
	while (k >= 0 && toks[k].pos === 'ADV') k--;
	// ("is being denied": wink gives "being" its own lemma)
	return k >= 0 && (toks[k].lemma === 'be' || toks[k].normal === 'being') && /(?:ed|told|said|written|asked|quoted)$/.test(toks[c].normal) && !/ing$/.test(toks[c].normal);
}

/**
 * Verbs of reading and writing, whose object is a text ("read the minutes aloud", "wrote a long letter
 * to the mayor"), not what it says: their reported words follow "that" or a colon ("wrote that …",
 * "the sign read: …"), or are a quotation.
 */
export const TEXT_OBJECT = new Set(['read', 'write', 'recite', 'publish', 'post', 'pen', 'draft']);

/**
 * Speech verbs that also mean finishing or keeping something: with a determiner's noun phrase after
 * them and no "that" ("the House concluded its third public hearing", "can he maintain the enthusiasm
 * of followers who were new to politics?") they report no words.
 */
export const FINISH_OBJECT = new Set(['conclude', 'maintain']);
/** Words that open such a noun phrase. */
export const OBJECT_OPENERS = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an', 'this', 'our']);

/** A short aside between commas starting at token k, then quotation marks: ", among other things, “…”". */
function namedAfterAside(ctx: Ctx, k: number): boolean {
	if (ctx.toks[k]?.value !== ',') return false;
	for (let j = k + 1; j < k + 6 && j < ctx.toks.length; j++) if (ctx.toks[j].value === ',') return ctx.isMark[j + 1] === true && j > k + 1;
	return false;
}

export const NAMING = new Set(['call', 'name', 'dub', 'label', 'term', 'brand']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/**
 * After a naming verb at i - 1: one noun phrase (the name), then the sentence goes on ("called
 * succinate triggers …", "called Bulgari Tower, according to …"). Not "called for calm", nor an
 * object and what it was called ("called the plan a disaster", "called it unfair").
 */
function namesOnly(toks: Token[], i: number): boolean {
	if (!toks[i] || PARTICLES_AFTER_CALL.has(toks[i].normal) || toks[i].pos === 'PRON') return false;
	let j = i;
	while (j < toks.length && j - i < 6 && NAME_PARTS.has(toks[j].pos)) j++;
	if (j === i) return false;
	const next = toks[j];
	return !next || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADP' || next.pos === 'PUNCT';
}
/** A name of one to four capitalised words at token i, then a mark, a verb or a preposition (no second object). */
function nameAlone(toks: Token[], i: number, isMark: readonly boolean[]): boolean {
	let j = i;
	while (j < toks.length && j - i < 4 && toks[j].pos === 'PROPN' && isCapTok(toks[j])) j++;
	if (j === i) return false;
	const next = toks[j];
	return !next || (next.pos === 'PUNCT' && !isMark[j]) || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADP';
}
const PARTICLES_AFTER_CALL = new Set(['for', 'on', 'upon', 'out', 'off', 'back', 'up', 'in']);
const NAME_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** A common noun for someone or something that can say things: a role, an organisation, a document. */
export function canSpeak(t: Token): boolean {
	const w = t.normal.toLowerCase();
	const l = t.lemma.toLowerCase();
	return isRoleWord(w) || isRoleWord(l) || orgWords().has(w) || orgWords().has(l) || ORG_DESCRIPTION_NOUNS.has(w) || ORG_DESCRIPTION_NOUNS.has(l) || documentNouns().has(w) || documentNouns().has(l);
}

export const isParticiple = (t: Token) => /ing$/.test(t.normal) && t.pos === 'VERB';
/** Endings of a past participle, regular or not: "asked", "seen", "shown", "held", "taught". */
const PAST_PARTICIPLE = /(?:ed|en|wn|ld|ght)$/;
/** A past participle, an inflected form with such an ending ("asked", "seen", "written"; not "happen", a lemma). */
export const isPastParticiple = (t: Token) => PAST_PARTICIPLE.test(t.normal) && t.normal !== t.lemma;

/** "Would Adam Schiff have pleaded to …?", "she would have said …": what someone would have said was not said. */
export function counterfactual(toks: Token[], i: number, lo: number): boolean {
	if (toks[i - 1]?.normal !== 'have') return false;
	for (let j = i - 2; j >= lo && j >= i - 7; j--) if (['would', 'could', 'might', 'should'].includes(toks[j].normal)) return true;
	return false;
}

/** How far back (tokens) insideUnsaid() looks for the unused cue. */
const UNSAID_REACH = 40;

/**
 * "The whistleblower would then have claimed that he was told … that Obama had confirmed …": a cue in
 * the clause of an earlier cue that was never used (counterfactual()) reports nothing either.
 * The clause: after that cue and a "that" ("…, she told reporters" after "He would have said no" is
 * said), in the same sentence, at most UNSAID_REACH tokens back (every cue asks: a long sentence stays linear).
 */
export function insideUnsaid(ctx: Ctx, i: number, ss: number): boolean {
	const { toks } = ctx;
	let that = false;
	for (let j = i - 1; j >= ss && i - j <= UNSAID_REACH && toks[j].sentence === toks[i].sentence; j--) {
		if (toks[j].normal === 'that') that = true;
		else if (that && ctx.cueAt(j) >= 0 && counterfactual(toks, j, ss)) return true;
	}
	return false;
}

/**
 * Loaded reporting verbs, as lemma strings ("claim", "lash out"): the lexicon's `reporting` category
 * and the verbs of attack of loaded-cues.txt ("condemn", "accuse"), loaded only as cues.
 */
const reportingByLexicon = new WeakMap<Lexicon, Set<string>>();

/** Built once per lexicon (every article asks). */
export function reportingLemmas(lexicon: Lexicon): Set<string> {
	let set = reportingByLexicon.get(lexicon);
	if (!set) reportingByLexicon.set(lexicon, (set = reportingSet(lexicon)));
	return set;
}

const cuesByLexicon = new WeakMap<Lexicon, Set<string>>();

/**
 * The lexicon verbs that introduce speech: the default lexicon's reporting verbs and any a facilitator
 * added. Removing "confess" from the loaded terms says it is not loaded in these articles; it still
 * reports what someone said, so the quotes it introduces stay (only their cueKind changes).
 */
export function speechCueLemmas(lexicon: Lexicon): Set<string> {
	let set = cuesByLexicon.get(lexicon);
	if (!set) {
		const own = reportingLemmas(lexicon);
		const base = reportingLemmas(loadDefaultLexicon());
		set = own === base ? own : new Set([...base, ...own]);
		cuesByLexicon.set(lexicon, set);
	}
	return set;
}

function reportingSet(lexicon: Lexicon): Set<string> {
	return new Set([...lexicon.entries.filter((e) => e.category === 'reporting').map((e) => e.words.join(' ').toLowerCase()), ...loadedCues()]);
}

/** A cue that judges someone, who is its object: "accused the committee of …", "slammed Jones for …" (judging-verbs.txt, loaded-cues.txt). */
export function judgingCue(t: Token): boolean {
	const lemma = t.lemma.toLowerCase();
	return judgingVerbs().has(lemma) || loadedCues().includes(lemma);
}

/** How much was said, as a cue's object: "said little about", "said almost nothing on". */
const AMOUNTS = new Set(['nothing', 'little', 'much', 'anything', 'something', 'everything', 'less', 'more']);
/** Words of degree before such an amount: "almost nothing", "very little", "so much". */
const DEGREE = new Set(['almost', 'nearly', 'very', 'so', 'too', 'next', 'to', 'relatively', 'comparatively', 'even']);
/** What a room answers a speaker with: "said to rousing applause". */
const ROOM_SOUNDS = new Set(['applause', 'cheers', 'laughter', 'boos', 'jeers', 'groans', 'gasps', 'whoops']);
/** Words that open a clause of time after a cue: when it was said, not what (indirect.ts). */
export const TIME_OPENERS = new Set(['when', 'whenever', 'while', 'once', 'until', 'before', 'after']);
/** Verbs whose "when …" is the question asked ("asked when the vote would be"). */
export const ASKING = new Set(['ask', 'wonder', 'inquire', 'enquire', 'question', 'query']);

/**
 * A cue t (its phrase ending before token e) that, as used here, reports no clause: "continued" with no
 * quotation or colon after it; "press", which reports only a question in marks ("pressed the button",
 * "pressed the council to act", review 38); "said otherwise" (the contrary of what the text says); "said
 * to rousing applause" (how the room took it; "said to laughter that the plan was dead" still reports);
 * "said little about the plan" (how much, not what).
 */
export function noReportAfter(ctx: Ctx, t: Token, e: number): boolean {
	const { toks } = ctx;
	if (t.lemma === 'continue' && !(ctx.isMark[e] || [',', ':'].includes(toks[e]?.value ?? ''))) return true;
	if (t.lemma === 'press') return true;
	if (toks[e]?.normal === 'otherwise') return true;
	// "Lawmakers have questioned that determination, waging …": a demonstrative "that" before a noun, with no
	// verb of a clause before the comma, opens an object, not what was said (review DD of the 42nd stop had
	// the writer's "waging an aggressive campaign" as the lawmakers' words)
	if (toks[e]?.normal === 'that' && toks[e + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(toks[e + 1].value)) {
		let k = e + 2;
		// (a noun before an article is a verb the tagger misread: "revelations about … tax history show the need")
		while (k < toks.length && toks[k].sentence === t.sentence && toks[k].value !== ',' && !ctx.isMark[k] && !(toks[k].pos === 'AUX' || (toks[k].pos === 'VERB' && !/ing$/.test(toks[k].normal)) || (toks[k].pos === 'NOUN' && toks[k + 1]?.pos === 'DET'))) k++;
		// (the sentence ends, or a participle follows the comma: not "said that voters, who were angry, would …")
		if (k >= toks.length || toks[k].sentence !== t.sentence || (toks[k].value === ',' && toks[k + 1]?.pos === 'VERB' && /ing$/.test(toks[k + 1].normal))) return true;
	}
	// "she was pleased Ms. Brown had said that because, she said, it showed …", "he said that and left": a
	// "that" the cue ends with, before "and", a stop, or a subordinator its own aside follows, is what was
	// said, spoken of; no clause follows it (review DD of the 43rd stop had "because, she said, it showed …"
	// as Brown's words; "said that if the plan failed, she would …" still reports)
	if (toks[e]?.normal === 'that' && !ctx.isMark[e + 1] && (toks[e + 1] === undefined || toks[e + 1].sentence !== t.sentence || (toks[e + 1].pos === 'SCONJ' && toks[e + 2]?.value === ',') || toks[e + 1].pos === 'CCONJ' || /^[.;!?)]$/.test(toks[e + 1].value))) return true;
	// "she said almost nothing about monetary policy until …", "he said little about the plan": how much was
	// said, not what (review AA of the 42nd stop had the rest of the sentence for Brainard's words)
	let q = e;
	while (DEGREE.has(toks[q]?.normal ?? '') && q - e < 2) q++;
	if (AMOUNTS.has(toks[q]?.normal ?? '') && /^(?:about|on|regarding|[.,;!?])$/.test(toks[q + 1]?.normal ?? '')) return true;
	return toks[e]?.normal === 'to' && [1, 2, 3].some((d) => ROOM_SOUNDS.has(toks[e + d]?.normal ?? '') && /^[.,;!?]?$/.test(toks[e + d + 1]?.value ?? ''));
}
