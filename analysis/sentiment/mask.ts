// What the tone of the writing leaves out: words inside proper names ("International Criminal
// Court", "Drug Enforcement Administration", "Kigali Genocide Memorial") and topic words, the words
// that name what a report is about (war, crime, cancer, refugee, murder trial: topic.txt). Both are
// the subject, not the writer's judgement of it: a dry report on a court session and one on a chess
// tournament should read alike.
import { readDataFile } from '../data-files.js';
import { relationNouns } from '../quotes/data.js';
import { namedWords } from '../named-words.js';
import { isMatchResult } from '../quotes/deeds.js';
import { literalTokens } from '../loaded/senses.js';
import { loadDefaultLexicon, parseTerms } from '../lexicon/index.js';
import { buildIndex, formsOf, matchesAt, norm, type TermIndex } from '../lexicon/match.js';
import { isCaps } from './rules.js';
import { isShouted } from '../shouted.js';
import { ruleLists, valence } from './lexicon.js';
import type { Span, Token, Tokenised } from '../types.js';
import { tokenAt } from '../sorted.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const UPPER_FIRST = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
/** Two or more capital letters and nothing else: a word in capitals. */
const ALL_UPPER = /^\p{Lu}{2,}$/u;

export type LeftOut = 'name' | 'topic' | 'word';

let topicIndex: TermIndex | null = null;
/** topic.txt, parsed once per process. */
export function topics(): TermIndex {
	return (topicIndex ??= buildIndex(parseTerms(readDataFile('sentiment', 'topic.txt'), 'topic')));
}

/** Starts with a capital and is not all capitals (an all-caps word is emphasis or an acronym). */
const capitalised = (t: Token) => (t.type === 'word' || t.pos === 'PROPN') && startsUpper(t.value) && !isCaps(t.value);

/** /^\p{Lu}/u, with plain ASCII answered without a regex. */
function startsUpper(s: string): boolean {
	const c = s.charCodeAt(0);
	if (c < 128) return c >= 65 && c <= 90;
	return UPPER_FIRST.test(s);
}

/** A party label after a politician's name (as the quotes stage reads it, describe.ts). */
const PARTY_LABEL = /^\(\s*[DRIL]\s*[-–,]\s*[A-Z][A-Za-z. ]{0,14}\)$/;
/** Tokens [from, to) as written, spaces between them included. */
const tokenText = (tokens: Token[], from: number, to: number) => tokens.slice(from, to).map((t, k) => (k ? ' '.repeat(Math.max(0, t.start - tokens[from + k - 1].end)) : '') + t.value).join('');

/** Lower-case words that join the parts of a name ("Ministry of Justice", "Bank of England"). */
const JOINERS = new Set(['of', 'for', 'and', 'the', 'de', 'la', 'du', 'von', 'van', '&']);

/** Positions where any word is capitalised: the sentence's first word, and the first after a colon or an opening quotation mark. */
function startLike(tokens: Token[], i: number, first: number): boolean {
	for (let j = i - 1; j >= first; j--) {
		const p = tokens[j];
		if (p.type !== 'punctuation') return false;
		if (/^[:"“‘'(\[—–-]$/.test(p.value)) return true;
	}
	return true;
}

/**
 * The sentence is in title case (a headline: "Russia Pulls Out Of Court"): at least three words are
 * capitalised and no word of three letters or more is in lower case but linking words ("with", "from").
 * Capitals say nothing about names there.
 */
function titleCase(tokens: Token[], from: number, to: number): boolean {
	let caps = 0;
	for (let i = from; i < to; i++) {
		const t = tokens[i];
		if (t.type !== 'word' || !hasLetter(t.value)) continue;
		if (startsUpper(t.value)) caps++;
		else if (t.value.length >= 3 && !LINKING.has(t.pos)) return false;
	}
	return caps >= 3;
}

/** /\p{L}/u, with plain ASCII answered without a regex. */
function hasLetter(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i) | 32;
		if (c >= 97 && c <= 122) return true;
		if (s.charCodeAt(i) >= 128) return LETTER.test(s);
	}
	return false;
}

/** Parts of speech a headline in title case may leave in lower case. */
const LINKING = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'PART', 'AUX']);

/**
 * A lone capitalised word is a name ("met Hope", "Mr Trump") unless the words around it make it an
 * emphasised predicate or modifier, as informal writing does ("this is Awful", "a Brilliant film",
 * "I Love it"): after a form of "be", an adverb, a pronoun, or "a"/"an"/"so"/"very".
 */
function emphasised(tokens: Token[], i: number): boolean {
	if (Math.abs(valence(tokens[i].value.toLowerCase())) < 1) return false;
	const p = tokens[i - 1];
	if (!p) return false;
	return p.pos === 'AUX' || p.pos === 'ADV' || p.pos === 'PRON' || p.pos === 'PART' || /^(a|an|so|very|too|really|most)$/.test(norm(p.normal));
}

const OPENING_MARK = /^["“‘']$/;
const CLOSING_MARK = /^["”’']$/;
/** Tokens [from, to) fill a pair of quotation marks, a comma or a full stop before the closing one allowed. */
function titleInMarks(tokens: Token[], from: number, to: number): boolean {
	const open = tokens[from - 1];
	if (!open || !OPENING_MARK.test(open.value) || open.end !== tokens[from].start) return false;
	let k = to;
	if (tokens[k] && /^[,.!?]$/.test(tokens[k].value)) k++;
	const close = tokens[k];
	return !!close && CLOSING_MARK.test(close.value) && close.start === tokens[k - 1].end;
}

/** Word tokens inside proper names. */
function nameTokens(tok: Tokenised): boolean[] {
	const { tokens, sentences } = tok;
	const out = new Array<boolean>(tokens.length).fill(false);
	const names = new Set<string>();
	const titled = sentences.map((s) => titleCase(tokens, s.firstToken, s.endToken));
	// Whether each token is capitalised, asked several times below: worked out once.
	const caps = new Uint8Array(tokens.length);
	for (let i = 0; i < tokens.length; i++) caps[i] = capitalised(tokens[i]) ? 1 : 0;
	// Runs of capitalised words, joined by "of", "for", ...: [first, end) token ranges per sentence.
	const runs: { s: number; from: number; to: number; atStart: boolean }[] = [];
	sentences.forEach((s, si) => {
		if (titled[si]) return;
		for (let i = s.firstToken; i < s.endToken; i++) {
			if (!caps[i]) continue;
			let j = i + 1;
			let last = i;
			while (j < s.endToken) {
				if (caps[j] && tokens[j].start - tokens[j - 1].end <= 1) last = j++;
				else if ((JOINERS.has(norm(tokens[j].normal)) || tokens[j].value === '-') && caps[j + 1 < tokens.length ? j + 1 : j] && j + 1 < s.endToken) j++;
				else break;
			}
			runs.push({ s: si, from: i, to: last + 1, atStart: startLike(tokens, i, s.firstToken) });
			i = last;
		}
	});
	const mark = (from: number, to: number) => {
		for (let k = from; k < to; k++) {
			out[k] = true;
			if (caps[k]) names.add(tokens[k].value);
		}
	};
	for (const r of runs) {
		const words = r.to - r.from;
		// ("the "Bad Blood" songstress", "a new "Star Wars" film": two or more capitalised words that fill
		// a pair of quotation marks are a title, a name of a work, whatever their words say)
		if (r.atStart && words >= 2 && titleInMarks(tokens, r.from, r.to)) {
			mark(r.from, r.to);
			continue;
		}
		if (!r.atStart) {
			if (words === 1 && emphasised(tokens, r.from)) continue;
			mark(r.from, r.to);
		} else if (words >= 3) mark(r.from, r.to);
		// A run opening a sentence: its first word is capitalised anyway, so only the rest is sure to be a name.
		// ("So Sad about the news", "Really Good stuff": a tone word after a degree word is emphasis
		// there too; after any other opener, "Will Catholic laity …", "Your Honor", it is a name)
		else if (words === 2 && !(ruleLists().boosters.has(norm(tokens[r.from].normal)) && emphasised(tokens, r.from + 1))) mark(r.from + 1, r.to);
	}
	// "BUFFALO, N.Y. (AP) —", "LONDON —", "NEW DELHI:": a dateline, a place in capitals opening a
	// paragraph before a colon, or before a comma, a bracket or a dash that the dateline's dash follows,
	// is a name (the place), not shouted tone
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.paragraph === tokens[i - 1]?.paragraph || !ALL_UPPER.test(t.value)) continue;
		let j = i + 1;
		while (j < tokens.length && j - i < 4 && ALL_UPPER.test(tokens[j].value)) j++;
		// (the dash that ends a dateline comes within a few words: "GREAT, I loved it" is no dateline)
		let dash = j;
		while (dash < tokens.length && dash - j < 8 && tokens[dash].paragraph === t.paragraph && !/^(?:—|–|-|--)$/.test(tokens[dash].value)) dash++;
		const colon = tokens[j]?.value === ':' && tokens[j + 1]?.paragraph === t.paragraph; // "NEW DELHI: …"
		if (colon || (/^[,(—–-]$/.test(tokens[j]?.value ?? '') && dash - j < 8 && /^(?:—|–|-|--)$/.test(tokens[dash]?.value ?? ''))) for (let k = i; k < j; k++) out[k] = true;
	}
	// "(R-OK)", "(D-N.Y.)", "(I-Vt.)": a party label names a party and a state ("OK" is Oklahoma, not
	// approval)
	for (let i = 0; i + 3 < tokens.length; i++) {
		if (tokens[i].value !== '(' || !/^[DRIL]$/.test(tokens[i + 1].value)) continue;
		let j = i + 2;
		while (j < tokens.length && j - i < 8 && tokens[j].value !== ')' && tokens[j].end - tokens[i].start <= 20) j++;
		if (tokens[j]?.value === ')' && PARTY_LABEL.test(tokenText(tokens, i, j + 1))) for (let k = i; k <= j; k++) out[k] = true;
	}
	// A capitalised first word, or a word of a headline, is a name when the text uses it as one elsewhere.
	sentences.forEach((s, si) => {
		for (let i = s.firstToken; i < s.endToken; i++) {
			const t = tokens[i];
			if (!out[i] && caps[i] && names.has(t.value) && (titled[si] || startLike(tokens, i, s.firstToken))) out[i] = true;
		}
	});
	return out;
}

/** Intensifying words that turn a topic noun into a verdict: "a total disaster", "what a crime". */
const VERDICT = new Set(['total', 'complete', 'absolute', 'utter', 'sheer', 'pure', 'real', 'unmitigated', 'outright', 'such', 'what']);

/**
 * A topic word used as a judgement still counts: "it was a disaster", "this is a crime", "an absolute
 * catastrophe", "what a disaster". Its noun phrase is led by a word of VERDICT, or it is the
 * complement of "it/this/that is".
 */
function judged(tokens: Token[], i: number): boolean {
	let j = i - 1;
	for (let k = 0; k < 4 && j >= 0; k++, j--) {
		const p = tokens[j];
		const w = norm(p.normal);
		if (VERDICT.has(w)) return true;
		if (p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'ADV' || p.pos === 'NUM') continue;
		if (norm(p.lemma) === 'be' || p.pos === 'AUX') {
			const subj = tokens[j - 1];
			return !!subj && /^(it|this|that|which|what|'s)$/.test(norm(subj.normal));
		}
		if (/^'s$/.test(w)) return /^(it|that|what)$/.test(norm(tokens[j - 1]?.normal));
		return false;
	}
	return false;
}

/** An article's own subject: a toned noun it uses this often (by lemma)… */
const OWN_TOPIC_REPEATS = 3;
/** …in a text of at least this many words (a snippet or a review has no subject of its own). */
const OWN_TOPIC_MIN_WORDS = 150;

/** Lexicon categories whose nouns judge whatever they name ("thugs", "fiasco"); a metaphor's noun
 * repeated as the subject is its literal sense ("plague" in a report on a plague case, "storm"). */
const JUDGEMENT_CATEGORIES = new Set(['emotive', 'label']);
let judgementWords: Set<string> | null = null;
/** One-word emotive terms and labels of the shipped lexicon: a judgement however often repeated. */
function loadedWords(): Set<string> {
	if (!judgementWords) {
		judgementWords = new Set();
		for (const e of loadDefaultLexicon().entries) if (e.words.length === 1 && JUDGEMENT_CATEGORIES.has(e.category)) judgementWords.add(e.words[0]).add(e.term.replace(/ @.*$/, '').toLowerCase());
	}
	return judgementWords;
}

/**
 * The nouns an article keeps using for what it is about, beyond topic.txt: "shortage" in a report on a
 * shortage, "disorder" in one on cannabis use disorder. A report has to repeat its
 * subject; the writer's tone is in the other words. A word of the loaded-terms lexicon ("thugs",
 * "fiasco") stays tone however often it comes.
 */
function ownTopics(tokens: Token[]): Set<string> {
	const out = new Set<string>();
	let words = 0;
	for (const t of tokens) if (t.type === 'word') words++;
	if (words < OWN_TOPIC_MIN_WORDS) return out;
	const counts = new Map<string, number>();
	for (const t of tokens) {
		if (t.pos !== 'NOUN') continue;
		const l = norm(t.lemma);
		const n = (counts.get(l) ?? 0) + 1;
		counts.set(l, n);
		if (n === OWN_TOPIC_REPEATS && valence(t.value, t.lemma, t.pos) !== 0 && !loadedWords().has(l) && !loadedWords().has(norm(t.normal))) out.add(l);
	}
	return out;
}

/** Parts of speech of the small words a name's mention may open with ("The U.S."). */
const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'AUX']);

/**
 * Per token: left out of the tone as part of a name, as a topic word, or kept (null). `knownNames`:
 * where the quotes stage found a person's or an organisation's name ("Fan Mengguang, deputy director …"
 * opening a sentence, whose first word alone looks like a common one).
 */
export function leftOut(tok: Tokenised, knownNames: Span[] = []): (LeftOut | null)[] {
	const { tokens } = tok;
	const names = nameTokens(tok);
	// (its capitalised words, not a determiner it opens with: "The U.S.")
	for (const n of knownNames)
		for (let k = tokenAt(tokens, n.start); k < tokens.length && tokens[k].start < n.end; k++)
			if (tokens[k].end > n.start && UPPER_FIRST.test(tokens[k].value) && !FUNCTION_POS.has(tokens[k].pos) && !isShouted(tokens, k)) names[k] = true;
	const out: (LeftOut | null)[] = names.map((n) => (n ? 'name' : null));
	// "the word “birther” was mentioned in 80 broadcasts", "the phrase “illegal immigrant”": words named
	// as words (quotes/word-names.txt) are what is talked about, no judgement of the writer's
	for (const [from, to] of namedWords(tokens)) for (let k = from; k < to; k++) out[k] ??= 'word';
	const index = topics();
	const all = formsOf(tokens);
	const own = ownTopics(tokens);
	for (let i = 0; i < tokens.length; i++) {
		if (out[i] || tokens[i].type === 'punctuation') continue;
		let end = -1;
		for (const m of matchesAt(tokens, i, index, all)) end = Math.max(end, m.end);
		if (end < 0 && tokens[i].pos === 'NOUN' && own.has(norm(tokens[i].lemma))) end = i + 1;
		if (end < 0 || judged(tokens, i)) continue;
		for (let k = i; k < end; k++) out[k] ??= 'topic';
		i = end - 1;
	}
	// "suffered a mild traumatic brain injury", "sustained a concussion": undergoing what the report is
	// about says no more than the topic word itself (as "suffer from" in topic.txt)
	for (let i = 0; i < tokens.length; i++) if (!out[i] && tokens[i].pos === 'VERB' && UNDERGO.has(norm(tokens[i].lemma)) && topicObject(tokens, out, i)) out[i] = 'topic';
	// "Brent crude fell", "a charm offensive", "toxic waste": a word the loaded-terms sense rules
	// (loaded/senses.tsv) read in its literal or technical sense names the subject, no judgement
	const literal = literalTokens(tok);
	for (let i = 0; i < tokens.length; i++) if (!out[i] && literal[i]) out[i] = 'topic';
	// "who lost her son", "mothers who've lost children": a bereavement is what befell someone, no
	// judgement of them ("Clinton lost the primary" keeps its tone)
	for (let i = 0; i < tokens.length; i++) if (!out[i] && tokens[i].pos === 'VERB' && norm(tokens[i].lemma) === 'lose' && bereaved(tokens, i)) out[i] = 'topic';
	// "Kern had beaten Lutz 6-2, 6-2", "Pospisil edged Opelka 7-6 (5)": a match result with its score
	// reports who won, no harm and no judgement (deeds.tsv's result verbs)
	for (let i = 0; i < tokens.length; i++) if (!out[i] && tokens[i].pos === 'VERB' && isMatchResult(tokens, i)) out[i] = 'topic';
	return out;
}

/** Is the object right after "lost" at `i` (a possessive, an article, a number or an adjective before it) a relative: "lost her son", "lost two children"? */
function bereaved(tokens: Token[], i: number): boolean {
	for (let j = i + 1; j < tokens.length && j <= i + 4 && tokens[j].sentence === tokens[i].sentence; j++) {
		const t = tokens[j];
		if (t.pos === 'NOUN') return relationNouns().has(t.normal.toLowerCase()) || relationNouns().has(t.lemma.toLowerCase());
		if (!['DET', 'ADJ', 'NUM', 'PRON'].includes(t.pos)) return false;
	}
	return false;
}

/** Verbs of undergoing an injury or an illness. */
const UNDERGO = new Set(['suffer', 'sustain']);

/** Is the object right after the verb at `i` (determiners, numbers and adjectives before it) a topic word? */
function topicObject(tokens: Token[], out: (LeftOut | null)[], i: number): boolean {
	for (let j = i + 1; j < tokens.length && j <= i + 6 && tokens[j].sentence === tokens[i].sentence; j++) {
		if (out[j] === 'topic') return true;
		if (!['DET', 'ADJ', 'NUM', 'ADV'].includes(tokens[j].pos)) return false;
	}
	return false;
}
