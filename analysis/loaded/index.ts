// Stage 3: loaded terms. Finds lexicon terms (by lemma, so inflections match) and scare quotes in the
// body, and says whose words they are.
//
// Voice. A term inside a direct quote is the speaker's word, not the outlet's: voice "quoted", with the
// speaker. Words inside quotation marks that the quotes stage did not attribute are still someone
// else's words, so they are "quoted" too (speaker unknown). Indirect speech ("she said the plan was a
// disaster") is the outlet's paraphrase: the outlet chose those words, so they count as its own voice,
// except what a naming verb reports ("the White House called the process a sham"): that is the
// speaker's own word for it, quoted without marks.
// Scare quotes are the outlet's own device by definition (they distance it from a word), so they are
// "outlet" voice.
import { SpanIndex } from '../span-index.js';
import { voiceFigures } from '../sentiment/index.js';
import { valence } from '../sentiment/lexicon.js';
import { literalPhrases, literalUse, loadSenses, mentionedQuotes } from './senses.js';
import { partialQuotes, quotePairs, scareQuotes, type MarkedSpan } from './scare-quotes.js';
import { quotedSpans, type SpokenSpan } from './spoken.js';
import { lowerTitleCase } from './title-case.js';
import { reportsNothing } from './reports.js';
import { cueSpans } from '../quotes/summary.js';
import { CATEGORIES, SCARE_QUOTES, plainQuotedKey } from '../lexicon/index.js';
import { buildIndex, formsOf, matchesAt, norm, type MatchEntry, type TermIndex } from '../lexicon/match.js';
import type { ArticleAnalysis, CleanArticle, DensityFigures, Lexicon, LoadedSummary, LoadedTerm, Quote, Span, Token, Tokenised, ToneStretch } from '../types.js';

/** The category of loaded reporting verbs ("claimed", "admitted"). */
const REPORTING = 'reporting';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
/** A hedge noun used this often in one article is its subject (see findLoaded). */
const SUBJECT_REPEATS = 4;

const UPPER_FIRST = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const NOT_WORD_RUN = /[^\p{L}\p{N}]+/gu;

interface Index {
	byFirst: TermIndex;
	order: Map<string, number>;
}

const indexCache = new WeakMap<Lexicon, Index>();

function indexOf(lexicon: Lexicon): Index {
	const hit = indexCache.get(lexicon);
	if (hit) return hit;
	const idx = { byFirst: buildIndex(lexicon.entries as MatchEntry[]), order: new Map(Object.keys(lexicon.categories).map((c, i) => [c, i])) };
	indexCache.set(lexicon, idx);
	return idx;
}

/**
 * A reporting verb in the passive and followed by "to"/"into" is about being let in or moved, not
 * about speech: "was admitted to hospital", "can be admitted to the sacraments".
 */
function passiveMotion(tokens: Token[], i: number, end: number): boolean {
	const next = tokens[end];
	if (!next || !/^(to|into)$/.test(norm(next.normal))) return false;
	for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
		const l = norm(tokens[j].lemma);
		if (l === 'be' || l === 'get') return true;
		if (tokens[j].pos !== 'ADV') return false;
	}
	return false;
}

/** A term written with a capital letter in it. */
const WRITTEN_CAPITALISED = /\p{Lu}/u;
const PROPER_ADJECTIVE = /(ist|ists|ism|isms|ian|ians|ite|ites|esque)$/i;
/** A word in capitals for emphasis: three letters or more, none lower case. */
const SHOUTED = /^\p{Lu}{3,}$/u;
const THREE_LETTERS = /^\p{L}{3}/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** A sequel's or a model's number: one to three digits, or a Roman numeral. */
const SEQUEL = /^(?:\d{1,3}|II|III|IV|VI|VII|VIII)$/;
const capitalised = (t: Token | undefined) => !!t && UPPER_FIRST.test(t.value);

/**
 * A capitalised word mid-sentence tagged as a proper noun is part of a name ("the Radical Party"). A
 * lone capitalised word derived from a name, with no capitalised neighbour, is a word like any other
 * ("Marxist ideas", "an Orwellian campaign").
 */
function isName(tokens: Token[], i: number, end: number, sentenceFirst: number, speakerWords: Set<string>): boolean {
	// A term of several words with a name in it ("Wuhan virus") is named by its lower-case words: it is a
	// name itself only when every word is capitalised.
	if (end - i > 1) {
		const words = tokens.slice(i, end).filter((t) => LETTER.test(t.value));
		if (words.some((t) => !capitalised(t))) return false;
	}
	if (end - i === 1 && (PROPER_ADJECTIVE.test(tokens[i].value) || SHOUTED.test(tokens[i].value)) && !capitalised(tokens[i - 1]) && !capitalised(tokens[i + 1])) return false;
	// "Rage 2", "Halo 3", "Fallout 76": a capitalised word with a small number after it is a title (a
	// game, a film, a model), even opening a sentence
	const num = tokens[end];
	if (capitalised(tokens[end - 1]) && num && num.start - tokens[end - 1].end === 1 && SEQUEL.test(num.value) && !/^[%$]|^(?:percent|per|of|to|and|or|-)$/.test(tokens[end + 1]?.value ?? '') && !(tokens[end + 1]?.pos === 'NOUN' && LOWER_FIRST.test(tokens[end + 1].value))) return true;
	for (let j = i; j < end; j++) {
		const t = tokens[j];
		if (t.pos === 'PROPN' && capitalised(t) && j !== sentenceFirst) return true;
		if (!capitalised(t)) continue;
		// a capitalised common noun mid-sentence that the tagger misread, opening a name before a proper
		// noun: "the Gush/NOUN Etzion settlement", "the Hang/NOUN Seng index" (as the actors stage reads
		// "Inter/VERB Milan"; not an adjective, which may be a label: "Crooked Hillary")
		const after = tokens[j + 1];
		const before = tokens[j - 1];
		if (j !== sentenceFirst && t.pos === 'NOUN' && before && !/^["“‘'(:]$/.test(before.value) && after?.pos === 'PROPN' && capitalised(after) && after.start === t.end + 1 && after.sentence === t.sentence) return true;
		// a word of a speaker's full name, beside another capitalised word, even opening a sentence: "Hawk
		// Sawyer told lawmakers", after "Kathleen Hawk Sawyer". (Not any capitalised word beside a name:
		// "Crooked Hillary" is a label.)
		const next = tokens[j + 1];
		const prev = tokens[j - 1];
		const beside = (n: Token | undefined, a: Token, b: Token) => !!n && n.pos === 'PROPN' && capitalised(n) && b.start - a.end === 1 && n.sentence === t.sentence;
		if (speakerWords.has(t.value) && (beside(next, t, next!) || beside(prev, prev!, t))) return true;
	}
	return false;
}

/**
 * A single word the tagger read as a verb, capitalised mid-sentence, is a name: "in front of the
 * Stonewall Inn", "near Stonewall", "Sully's Bar & Grill" (review HH of the 45th stop). Not after a mark,
 * a colon or a dash (a quotation or a clause may open with a capital), nor in a line mostly capitalised
 * (a headline too short to be read as title case, "Trump Rampages to …"; one long enough is read
 * lower-cased before this, title-case.ts). A label ("the Woke Taliban") and a word inside quotation marks
 * ("the Election was Rigged", a speaker's capital for emphasis) stay what they say.
 */
function verbAsName(tokens: Token[], i: number, end: number, sentenceFirst: number): boolean {
	const t = tokens[i];
	if (end - i !== 1 || t.pos !== 'VERB' || i === sentenceFirst || !capitalised(t) || SHOUTED.test(t.value)) return false;
	if (!tokens[i - 1] || /^["“‘'(:—–-]$/.test(tokens[i - 1].value)) return false;
	return !mostlyCapitalised(tokens, sentenceFirst);
}

/** Are most words of three letters or more in the sentence opening at token `first` capitalised? */
function mostlyCapitalised(tokens: Token[], first: number): boolean {
	let words = 0;
	let caps = 0;
	for (let j = first; j < tokens.length && tokens[j].sentence === tokens[first].sentence; j++) {
		if (!THREE_LETTERS.test(tokens[j].value)) continue;
		words++;
		if (capitalised(tokens[j])) caps++;
	}
	return caps * 2 >= words;
}

function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

interface Candidate {
	/** First token and one past the last. */
	i: number;
	endTok: number;
	category: string;
	term: string;
}

/**
 * Where a finding ends. An intensifier exaggerates the word it modifies, so the finding covers both:
 * "extremely dangerous", "utterly failed". A judging adjective covers a toned noun after it, or an
 * adjective coordinated with it. When that word is a finding of its own ("utterly brutal") both stay,
 * apart, so each keeps its category. Returns the index of the finding's last token.
 */
function extendTo(tokens: Token[], c: Candidate, starts: Set<number>, ends: Set<number>): number {
	const last = c.endTok - 1;
	const next = tokens[c.endTok];
	if (!next || starts.has(c.endTok) || !adjacent(tokens[last], next)) return last;
	if (judges(c) && tokens[last].pos === 'ADJ') {
		// A judging adjective on a noun with a tone of its own makes one charged phrase ("vicious attack",
		// "heroic sacrifice"); on a plain noun ("a brutal regime") the adjective alone is the judgement.
		// The noun's tone is its rating in the tone stage's lexicon (VADER and wink, any part of speech).
		if (next.pos === 'NOUN' && valence(next.value, next.lemma) !== 0) return c.endTok;
		// Coordinated adjectives share their judgement ("corrupt and incompetent").
		return coordinated(tokens, c.endTok, 1, starts, ends) ?? last;
	}
	if (c.category !== 'intensifier' || tokens[last].pos !== 'ADV') return last;
	return next.pos === 'ADJ' || next.pos === 'ADV' || next.pos === 'VERB' ? c.endTok : last;
}

/** Emotive words and labels carry a judgement of their own, which spreads to the words they are bound to. */
const judges = (c: Candidate) => c.category === 'emotive' || c.category === 'label';
/** Two tokens of one sentence, next to each other (one space at most). */
const adjacent = (a: Token, b: Token) => a.sentence === b.sentence && b.start - a.end <= 1;
/** Adverbs that grade an adjective ("very", "deeply"): too common to be findings, part of the one they grade. */
const DEGREE = /^(very|so|too|truly|really|deeply|particularly|especially|highly|extremely|incredibly|utterly|totally)$/;
/** Adjectives that count, point, date or age rather than describe ("other thugs", "such nonsense", "new disaster"): never absorbed. */
const QUANTIFYING = /^(other|such|many|more|most|much|few|fewer|several|same|own|last|first|next|former|certain|various|whole|entire|only|main|new|latest|recent|current|previous|early|late|young|old)$/;

/**
 * An adjective joined by "and"/"or" to a judging adjective, on the side `dir` (+1 after, -1 before),
 * which is not a finding of its own: the index of that adjective, or undefined. Adjectives in a
 * coordination share their polarity (Hatzivassiloglou & McKeown 1997), so "corrupt and incompetent"
 * is one judgement.
 */
function coordinated(tokens: Token[], conj: number, dir: 1 | -1, starts: Set<number>, ends: Set<number>): number | undefined {
	const cc = tokens[conj];
	const adj = tokens[conj + dir];
	if (!cc || !adj || !/^(and|or)$/.test(norm(cc.normal)) || adj.pos !== 'ADJ' || QUANTIFYING.test(norm(adj.normal))) return undefined;
	if (!(dir > 0 ? adjacent(cc, adj) : adjacent(adj, cc))) return undefined;
	// A finding of its own keeps its own span.
	if (starts.has(conj + dir) || ends.has(conj + dir + 1)) return undefined;
	return conj + dir;
}

/**
 * Where a finding starts. A one-word emotive noun or label takes in an adjective right before it ("violent
 * thugs", "total disaster"): the label is the noun phrase; and a judging adjective takes in the degree
 * adverb that grades it ("deeply disturbing") or an adjective coordinated before it ("incompetent and
 * corrupt"). A word that is part of another finding keeps it.
 */
function extendFrom(tokens: Token[], c: Candidate, starts: Set<number>, ends: Set<number>): number {
	const first = tokens[c.i];
	const prev = tokens[c.i - 1];
	if (!prev || !judges(c) || ends.has(c.i) || !adjacent(prev, first)) return c.i;
	if (first.pos === 'ADJ') {
		// A degree adverb is part of the judgement it grades ("deeply disturbing", "truly evil"), as an
		// intensifier's finding covers the word it exaggerates.
		if (prev.pos === 'ADV' && DEGREE.test(norm(prev.normal))) return c.i - 1;
		return coordinated(tokens, c.i - 1, -1, starts, ends) ?? c.i;
	}
	if (c.endTok - c.i !== 1 || first.pos !== 'NOUN') return c.i;
	// The label is the noun phrase: "violent thugs", "total disaster", "papal apologists", "schoolyard
	// bullies" (not an adjective that counts or points: "other thugs", "such nonsense").
	return prev.pos === 'ADJ' && !QUANTIFYING.test(norm(prev.normal)) ? c.i - 1 : c.i;
}

/**
 * A reporting verb's present participle used as an adjective reports nobody's words: "a screaming
 * headline", "howling tantrums", "came to a screeching halt" describe a thing with the verb's feeling,
 * so the finding is emotive. (A past participle keeps its reporting sense: "their claimed identity".)
 */
function participleCategory(tokens: Token[], i: number, end: number, category: string): string {
	if (category !== REPORTING || end - i !== 1) return category;
	const t = tokens[i];
	return t.pos === 'ADJ' && norm(t.normal).endsWith('ing') ? 'emotive' : category;
}

/**
 * Every loaded term in the body with exact offsets, longest match first, no overlaps. `pairs`: the
 * body's quotation-mark pairs, when the caller found them already. `titleWords`: the capitalised words
 * that make a sentence title case (title-case.ts), fewer for a headline read alone. `spoken`: the spans
 * in someone else's words (quotedSpans()), which the pipeline finds once for this stage and the tone's.
 */
export function findLoaded(
	article: CleanArticle,
	bodyTok: Tokenised,
	quotes: Quote[],
	lexicon: Lexicon,
	pairs: MarkedSpan[] = quotePairs(article.text),
	titleWords?: number,
	spoken: SpokenSpan[] = quotedSpans(article.text, quotes, pairs, partialQuotes(article.text, bodyTok, pairs))
): LoadedTerm[] {
	const text = article.text;
	// Headlines in title case are matched on their lower-cased reading (title-case.ts).
	const tok = lowerTitleCase(text, bodyTok, titleWords);
	const { tokens } = tok;
	const { byFirst, order } = indexOf(lexicon);
	const senses = loadSenses();
	const literal = literalPhrases(tok, senses);
	const cands: Candidate[] = [];
	let cues: SpanIndex<Span> | undefined;
	let marked: SpanIndex<MarkedSpan> | undefined;
	// The words after the first of the speakers' full names ("Kathleen Hawk Sawyer"): met again
	// capitalised, they name them. (A first word can be a label the speaker was given: "Angry Democrats".)
	const speakerWords = new Set<string>();
	for (const q of quotes) {
		const ws = (q.speaker ?? '').split(/\s+/).filter((w) => UPPER_FIRST.test(w));
		for (let k = 1; k < ws.length; k++) speakerWords.add(ws[k]);
	}
	const forms = formsOf(tokens);
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.type === 'punctuation' && t.value !== '-') continue;
		for (const { end, entry: e } of matchesAt(tokens, i, byFirst, forms)) {
			const sentenceFirst = tok.sentences[t.sentence]?.firstToken ?? i;
			// (a term written with capitals, "Kavanaugh Derangement Syndrome", or a phrase the facilitator
			// added, "derangement syndrome", is meant wherever it is capitalised; a word they add alone,
			// "radical", is still no part of "the Radical Party")
			const meantAsName = WRITTEN_CAPITALISED.test(e.term) || (!!e.added && end - i > 1);
			if (!meantAsName && isName(tokens, i, end, sentenceFirst, speakerWords)) continue;
			if (!meantAsName && e.category !== 'label' && verbAsName(tokens, i, end, sentenceFirst) && !(marked ??= new SpanIndex(pairs)).containing(t)) continue;
			if (e.category === REPORTING && passiveMotion(tokens, i, end)) continue;
			// Literal and technical senses (senses.tsv): "gross domestic product", a window shattered by a blast.
			if (literal.subarray(i, end).some((x) => x === 1) || literalUse(tok, i, end, e.term, senses)) continue;
			// A reporting verb in a sense that reports nobody's words ("admitted two refugees"; reports.ts).
			if (e.category === REPORTING && reportsNothing(tokens, i, end, e.term, cues ??= new SpanIndex(cueSpans(quotes)), senses)) continue;
			cands.push({ i, endTok: end, category: participleCategory(tokens, i, end, e.category), term: e.term });
		}
	}
	// "this claim", "the claim", "those making the claim" again and again: a hedge noun an article keeps
	// using is what it is about (a fact check's term for the statement it checks), not doubt cast anew
	// each time (as the tone stage reads an article's own repeated subject nouns).
	const hedgeNoun = (c: Candidate) => (c.category === 'hedge' && c.endTok - c.i === 1 && tokens[c.i].pos === 'NOUN' ? tokens[c.i].lemma.toLowerCase() : null);
	const hedgeNouns = new Map<string, number>();
	for (const c of cands) {
		const h = hedgeNoun(c);
		if (h) hedgeNouns.set(h, (hedgeNouns.get(h) ?? 0) + 1);
	}
	if ([...hedgeNouns.values()].some((n) => n >= SUBJECT_REPEATS)) {
		let n = 0;
		for (const c of cands) {
			const h = hedgeNoun(c);
			if (!h || (hedgeNouns.get(h) ?? 0) < SUBJECT_REPEATS) cands[n++] = c;
		}
		cands.length = n;
	}
	// A quoted headline, title or slogan is mentioned, not the writer's words: nothing inside it counts.
	const mentioned = mentionedQuotes(tok, pairs.map((p) => p.inner), senses);
	// Looked up by position: every candidate and scare quote asks, and reading the whole list each time
	// was quadratic on a text with a quote mark in every word.
	const mentionedAt = new SpanIndex(mentioned);
	if (mentioned.length) {
		let n = 0;
		for (const c of cands) if (!mentionedAt.containing({ start: tokens[c.i].start, end: tokens[c.endTok - 1].end })) cands[n++] = c;
		cands.length = n;
	}
	// (and not words the facilitator said are no scare quotes here: a term the outlet names, a title)
	const plainQuoted = lexicon.plainQuoted?.length ? new Set(lexicon.plainQuoted) : null;
	const scare = scareQuotes(text, tok, pairs, quotes, senses).filter((q) => !mentionedAt.containing(q) && !plainQuoted?.has(plainQuotedKey(text.slice(q.start, q.end))));

	// Longest match wins (in characters, scare quotes included); ties go to the earlier category.
	type Found = Span & { category: string; term: string };
	const starts = new Set(cands.map((c) => c.i));
	const ends = new Set(cands.map((c) => c.endTok));
	const all: Found[] = [
		...cands.map((c) => ({ start: tokens[extendFrom(tokens, c, starts, ends)].start, end: tokens[extendTo(tokens, c, starts, ends)].end, category: c.category, term: c.term })),
		...scare.map((s) => ({ ...s, category: SCARE_QUOTES, term: 'scare quotes' }))
	];
	all.sort(
		(a, b) =>
			b.end - b.start - (a.end - a.start) ||
			(order.get(a.category) ?? 99) - (order.get(b.category) ?? 99) ||
			a.start - b.start
	);
	const chosen: Found[] = [];
	const taken = new Uint8Array(text.length);
	for (const f of all) {
		let free = true;
		for (let c = f.start; c < f.end && free; c++) free = taken[c] === 0;
		if (!free) continue;
		taken.fill(1, f.start, f.end);
		chosen.push(f);
	}
	chosen.sort((a, b) => a.start - b.start);

	const spokenAt = new SpanIndex(spoken);
	return chosen.map((f) => {
		let voice: LoadedTerm['voice'] = 'outlet';
		let speaker: string | null = null;
		if (f.category !== SCARE_QUOTES) {
			// Only the words inside the marks are the speaker's: with an interrupted statement the
			// attribution between its parts ("A," X claimed, "B.") is the outlet's.
			// A loaded reporting verb inside a paraphrase ("she said she understands the concerns but
			// downplayed any impact") is the outlet's account of how someone spoke, as it is outside one.
			const q = spokenAt.containing(f) ?? spokenAt.overlapping(f, (d) => d.direct);
			if (q && !(q.paraphrase && f.category === REPORTING)) {
				voice = 'quoted';
				speaker = q.speaker;
			}
		}
		return { start: f.start, end: f.end, text: text.slice(f.start, f.end), category: f.category, term: f.term, voice, speaker };
	});
}

/**
 * The loaded terms as a reader of reported speech by its own rule sees them: terms inside paraphrases
 * (`SpokenSpan.paraphrase`) back in the outlet's voice. The actors stage leaves what a speaker is reported
 * to have said out for the speaker, and in a story for everyone (findActors); a sentence read alone keeps
 * it for the others, judgement words included.
 */
export function paraphraseAsOutlet(loaded: LoadedTerm[], spoken: SpokenSpan[]): LoadedTerm[] {
	if (!spoken.some((s) => s.paraphrase)) return loaded;
	const marked = new SpanIndex(spoken.filter((s) => !s.paraphrase));
	return loaded.map((l) => (l.voice === 'quoted' && !marked.containing(l) && !marked.overlapping(l, (d) => d.direct) ? { ...l, voice: 'outlet' as const, speaker: null } : l));
}

// The body's quoted speech (direct quotes' marked words, reports' and mixed quotes' paraphrases, long
// unattributed quotations): spoken.ts, split from this file, which had passed 500 lines.
export { quotedSpans, type SpokenSpan } from './spoken.js';

function figures(total: number, own: number, quoted: number, words: number): DensityFigures {
	const per = (n: number) => (words > 0 ? (n * 1000) / words : 0);
	return { total: per(total), ownVoice: per(own), quoted: per(quoted), counts: { total, ownVoice: own, quoted } };
}

/** Densities per 1,000 body words, overall and per category, own voice apart from quoted. */
export function summariseLoaded(loaded: LoadedTerm[], words: number, lexicon: Lexicon): LoadedSummary {
	const cats = new Set([...Object.keys(lexicon.categories ?? {}), ...Object.keys(CATEGORIES), ...loaded.map((l) => l.category)]);
	const byCategory: Record<string, DensityFigures> = {};
	for (const c of cats) {
		const ls = loaded.filter((l) => l.category === c);
		const own = ls.filter((l) => l.voice === 'outlet').length;
		byCategory[c] = figures(ls.length, own, ls.length - own, words);
	}
	const own = loaded.filter((l) => l.voice === 'outlet').length;
	return { ...figures(loaded.length, own, loaded.length - own, words), byCategory };
}

/** Sum over several articles (e.g. one outlet's): densities against the articles' total words. */
export function sumLoaded(items: { loaded: LoadedTerm[]; words: number }[], lexicon: Lexicon): LoadedSummary {
	const loaded = items.flatMap((i) => i.loaded);
	const words = items.reduce((s, i) => s + i.words, 0);
	return summariseLoaded(loaded, words, lexicon);
}

const normName = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.replace(NOT_WORD_RUN, ' ')
		.replace(/^the /, '')
		.trim();

/**
 * Is this speaker the outlet itself, or someone speaking for it? True when the outlet's full name is the
 * speaker's name or is contained in the speaker's name or affiliation ("Amnesty International Russia"
 * for the outlet "Amnesty International"). Only the full name counts: a shorter overlap ("Human
 * Rights" against "Human Rights Watch") is another organisation more often than not.
 */
export function speaksForOutlet(outlet: string, q: Pick<Quote, 'speaker' | 'affiliation'>): boolean {
	const o = normName(outlet);
	if (o.length < 3) return false;
	const has = (s: string | null) => s != null && ` ${normName(s)} `.includes(` ${o} `);
	return has(q.speaker) || has(q.affiliation);
}

/**
 * A press release that quotes its own director, or an advocacy dispatch that quotes its own researcher,
 * is still the outlet talking: loaded words in those quotes are the outlet's own voice, not an outside
 * speaker's. Applied after analysis because the outlet is metadata a user may edit without the text
 * (and its cached analysis) changing. Pure: returns a new analysis with voices and densities updated.
 */
export function applyOutletVoice(a: ArticleAnalysis, enabled = true): ArticleAnalysis {
	// Start from the analysis without the rule (it may have been applied before, for another outlet name
	// or with the facilitator's switch on), so applying it again, or switching it off, is exact.
	const stretches = a.sentiment.stretches ?? [];
	const wasApplied = a.quotes.some((q) => q.ownVoice) || a.loaded.some((l) => l.ownVoice) || stretches.some((s) => s.ownVoice);
	const quotes0 = wasApplied ? a.quotes.map((q) => (q.ownVoice ? (({ ownVoice: _o, ...rest }) => rest)(q) : q)) : a.quotes;
	const loaded0 = wasApplied ? a.loaded.map((l) => (l.ownVoice ? (({ ownVoice: _o, ...rest }) => ({ ...rest, voice: 'quoted' as const }))(l) : l)) : a.loaded;
	const stretches0 = wasApplied ? stretches.map((x) => (x.ownVoice ? (({ ownVoice: _o, ...rest }) => ({ ...rest, voice: 'quoted' as const }))(x) : x)) : stretches;
	const own = enabled ? quotes0.filter((q) => speaksForOutlet(a.outlet, q)) : [];
	if (!own.length) return wasApplied ? resummarise({ ...a, quotes: quotes0 }, loaded0, stretches0) : a;
	const ownSet = new Set(own);
	const quotes = quotes0.map((q) => (ownSet.has(q) ? { ...q, ownVoice: true } : q));
	const spans = own.flatMap((q) => q.parts ?? [q]);
	const flip = <T extends Span & { voice: 'outlet' | 'quoted' }>(x: T): T =>
		x.voice === 'quoted' && spans.some((s) => overlaps(x, s)) ? { ...x, voice: 'outlet' as const, ownVoice: true } : x;
	// The loaded terms and the tone of those quotes are the outlet's own voice.
	return resummarise({ ...a, quotes }, loaded0.map(flip), stretches0.map(flip));
}

/**
 * After the facilitator's corrections of single quotes (QuoteFix): the words of a passage that is no
 * quote are the outlet's own, and a quote given a speaker holds that speaker's words. `before`: the
 * analysis's quotes; `a.quotes`: those left after the corrections. Words still inside another quote,
 * or between quotation marks the quotes stage never took for a quote, keep their voice.
 */
export function applyQuoteFixVoice(a: ArticleAnalysis, before: readonly Quote[]): ArticleAnalysis {
	const kept = new Set(a.quotes.map((q) => `${q.start}:${q.end}`));
	const removed = before.filter((q) => !kept.has(`${q.start}:${q.end}`)).flatMap((q) => q.parts ?? [q]);
	const given = a.quotes.filter((q) => q.given);
	if (!removed.length && !given.length) return a;
	const stillQuoted = a.quotes.flatMap((q) => q.parts ?? [q]);
	const unquote = <T extends Span & { voice: 'outlet' | 'quoted' }>(x: T): T =>
		x.voice === 'quoted' && removed.some((r) => overlaps(x, r)) && !stillQuoted.some((s) => overlaps(x, s)) ? { ...x, voice: 'outlet' as const } : x;
	const loaded = a.loaded.map((l) => {
		const u = unquote(l);
		if (u !== l) return { ...u, speaker: null };
		const q = l.voice === 'quoted' ? given.find((g) => (g.parts ?? [g]).some((s) => overlaps(l, s))) : undefined;
		return q ? { ...l, speaker: q.speaker } : l;
	});
	return resummarise(a, loaded, (a.sentiment.stretches ?? []).map(unquote));
}

/** New loaded terms and tone stretches on an analysis, with the figures they give (no lexicon needed to re-count). */
function resummarise(a: ArticleAnalysis, loaded: LoadedTerm[], stretches: ToneStretch[]): ArticleAnalysis {
	// The categories are those the analysis was summarised with; no lexicon is needed to re-count.
	const categories = Object.fromEntries(Object.keys(a.loadedSummary.byCategory).map((k) => [k, { label: k, description: '' }]));
	const sentiment = a.sentiment.stretches ? { ...a.sentiment, stretches, ...voiceFigures(stretches) } : a.sentiment;
	return { ...a, loaded, loadedSummary: summariseLoaded(loaded, a.words, { version: '', categories, entries: [] }), sentiment };
}
