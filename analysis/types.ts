// The shapes every stage of the analysis pipeline reads and writes, and the CLI/JSON contract
// (published as analysis/article.schema.json). All offsets are JavaScript string indices
// (UTF-16 code units) into `CleanArticle.text`, the analysed body.

/** A half-open character range [start, end) into the article body. */
export interface Span {
	start: number;
	end: number;
}

// ---------------------------------------------------------------- input

/** One article as a user or a batch supplies it. Exactly one of `text` / `html` is used. */
export interface ArticleInput {
	id: string;
	outlet?: string;
	title?: string;
	date?: string;
	url?: string;
	text?: string;
	html?: string;
	/** Treat `text` as already-clean body text: no segmentation, offsets index it exactly. */
	raw?: boolean;
}

// ---------------------------------------------------------------- stage 1: segment

/** Why a line was kept out of the body. Shown to readers so they can see what was left out. */
export type RemovedReason =
	| 'advertisement'
	| 'navigation'
	| 'donation appeal'
	| 'share widget'
	| 'related links'
	| 'update note'
	| "editor's note"
	| 'duplicate line'
	| 'byline'
	| 'dateline'
	| 'section label'
	| 'comment form'
	| 'contributor line'
	| 'truncated caption'
	| 'author bio'
	| 'promotion'
	| 'image placeholder'
	| 'print edition'
	| 'reading time'
	| 'copyright notice'
	| 'trackback'
	| 'outside the article'
	/** A line of the text the analysis read as the headline where a facilitator gave another one (server overlay). */
	| 'read as a headline';

export interface RemovedText {
	text: string;
	reason: RemovedReason;
}

export interface Caption {
	text: string;
	/** "caption" for a photo description, "credit" for a photographer/agency line. */
	kind: 'caption' | 'credit';
}

/** A reader comment as found on the page, before scoring. Never part of the body. */
export interface RawComment {
	/** The page's own id for the comment ("comment-123"), else "c1", "c2", … in page order; unique in the article. */
	id: string;
	/** The `id` of the comment this one replies to, or null for a top-level comment. */
	parent: string | null;
	text: string;
	author: string | null;
	date: string | null;
}

/**
 * Something a reader should know about how the article was read: it is not in English, its markup
 * was flattened, the page's parser failed. `code` is stable for programs; `message` is for people.
 * Any stage may add one; the list is empty when there is nothing to say.
 */
export interface ArticleWarning {
	code: string;
	message: string;
}

export interface CleanArticle {
	id: string;
	outlet: string;
	/** Headline: the supplied title, else the one found in the page. */
	title: string;
	date: string | null;
	url: string | null;
	byline: string | null;
	/** The analysed body: paragraphs joined by a blank line, with straight quotes and dashes kept as typed. */
	text: string;
	/** Paragraph ranges within `text`. */
	paragraphs: Span[];
	/**
	 * Block quotations the page marked up (<blockquote>): someone else's words set apart, one span per
	 * element over its paragraphs. The quotes stage quotes them (quotes/blockquotes.ts). Absent when none.
	 */
	quotations?: Span[];
	captions: Caption[];
	comments: RawComment[];
	removed: RemovedText[];
	warnings: ArticleWarning[];
}

// ---------------------------------------------------------------- tokens (wink-nlp, computed once)

export interface Token extends Span {
	/** Surface form exactly as in the body. */
	value: string;
	/** Lower-cased normal form (wink's `its.normal`). */
	normal: string;
	lemma: string;
	/** Universal Dependencies part of speech (wink's `its.pos`). */
	pos: string;
	/** wink's token type: word, punctuation, number, quoted_phrase, emoji, ... */
	type: string;
	/** Index of the sentence this token belongs to. */
	sentence: number;
	/** Index of the paragraph this token belongs to. */
	paragraph: number;
	/** wink's stop-word flag (the, of, is, ...). */
	stop: boolean;
	/**
	 * Where later stages keep their answers about this token's word, shared by every token of the same
	 * word (tokenise() gives one per word it knows; absent on a token built by hand). Each answer is
	 * checked against the token's own forms before use, so a token copied with other forms just misses.
	 */
	word?: WordSlots | null;
}

/** Token.word: one answer per stage, each for the forms it was worked out from. */
export interface WordSlots {
	/** The tone rules' reading of a normal form (sentiment/rules.ts). */
	rule: unknown;
	/** The term matcher's reading of a normal form, lemma and part of speech (lexicon/match.ts). */
	match: unknown;
	/** A word's valence as a lemma and part of speech (sentiment/rules.ts). */
	valence: unknown;
}

export interface Sentence extends Span {
	/** Index of the first token and one past the last. */
	firstToken: number;
	endToken: number;
	paragraph: number;
}

export interface Tokenised {
	tokens: Token[];
	sentences: Sentence[];
	/** Number of word tokens in the body (punctuation excluded): the denominator for densities. */
	words: number;
	/** Runs of more than MAX_RUN characters without a space, which wink saw in pieces (nlp.ts). */
	brokenRuns: Span[];
	/** wink's sentiment and negation patterns as it found them in the same pass (the tone stage reads them). */
	winkMatches?: WinkMatches;
}

/**
 * wink's sentiment reading, per token: the patterns it matched while tokenising (a word or a phrase
 * with a valence, a negation), so the tone stage can compute wink's mean over any part of the text
 * without reading it again. Indexed by token; −1 where no pattern starts.
 */
export interface WinkMatches {
	/** Last token (inclusive) of the sentiment pattern starting at this token. */
	saEnd: Int32Array;
	/** Its valence, −1..1. */
	saValue: Float64Array;
	/** Last token (inclusive) of the negation pattern starting at this token. */
	negEnd: Int32Array;
	/** 1 when that negation pattern only ends a negation's reach (wink's type "2"). */
	negStop: Uint8Array;
}

// ---------------------------------------------------------------- stage 2: quotes

// Quotes, speakers, their groups and the entities behind them: quote-types.ts (split from this file,
// which had passed 600 lines); every name is exported from here as before.
export * from './quote-types.js';
import type { CueKind, Entity, EntityMention, Evidence, GroupSummary, Quote, SpeakerGroup, SpeakerSummary } from './quote-types.js';

// ---------------------------------------------------------------- stage 3: loaded terms

export interface LoadedTerm extends Span {
	text: string;
	category: string;
	/** The lexicon entry that matched (lemma form), or "scare quotes". */
	term: string;
	/** "quoted" when the term sits inside a quote: it is the speaker's word, not the outlet's. */
	voice: 'outlet' | 'quoted';
	speaker: string | null;
	/** In a quote of the outlet's own staff: the outlet's voice by the own-voice rule (which can be switched off). */
	ownVoice?: boolean;
}

export interface DensityFigures {
	/** Per 1,000 body words. */
	total: number;
	ownVoice: number;
	quoted: number;
	counts: { total: number; ownVoice: number; quoted: number };
}

export interface LoadedSummary extends DensityFigures {
	byCategory: Record<string, DensityFigures>;
}

// ---------------------------------------------------------------- stage 4: sentiment

/** A word (or idiom) that carried tone, with its strength after the rules (−4..4, VADER's scale). */
export interface ToneWord extends Span {
	text: string;
	value: number;
}

/**
 * A word of an actor's evidence. `shared`: the word is in a clause whose subject the clause rules found
 * to be no actor, so it is not found to be about anyone in particular and counts toward every actor its
 * sentence names ("It was a humiliating defeat for Roe and Vale": "humiliating" counts toward both).
 * Without it, the clause rules found the word to be about this actor (analysis/actors/README.md).
 */
export interface ActorToneWord extends ToneWord {
	shared?: true;
}

export interface SentenceSentiment extends Span {
	score: number;
	/** The words that carried the score (names and topic words never do). */
	words?: ToneWord[];
}

/** A run of one voice within a paragraph: the outlet's own words, or quoted speech. */
export interface ToneStretch extends Span {
	voice: 'outlet' | 'quoted';
	score: number;
	/** Word tokens in the stretch. */
	words: number;
	/** Quoted speech of the outlet's own people, counted in its own voice (see Quote.ownVoice). */
	ownVoice?: boolean;
}

/**
 * Words left out of the tone: inside a proper name, a topic word naming the subject (war, cancer), or
 * words named as words ("the word “birther”", quotes/word-names.txt).
 */
export interface LeftOutSpan extends Span {
	reason: 'name' | 'topic' | 'word';
}

export interface Sentiment {
	/** Tone of the writing, −1 (negative) .. 1 (positive): the mean over paragraphs that carry any, names and topic words left out. */
	score: number;
	sentences: SentenceSentiment[];
	/** Tone of the outlet's own words (quoted speech left out): its stretches weighted by their words, plain ones counting 0; null if it has none. */
	ownVoice: number | null;
	/** Tone of quoted speech alone, likewise; null when nothing is quoted. */
	quoted: number | null;
	stretches: ToneStretch[];
	leftOut: LeftOutSpan[];
}

// ---------------------------------------------------------------- stage 5: actors (tone toward each)

export type Polarity = 'negative' | 'neutral' | 'positive';

/** A sentence in the outlet's own voice that mentions an actor, and the tone of its words about that actor. */
export interface ActorSentence extends Span {
	score: number;
	/** Tone-carrying words of this sentence given to the actor. */
	words: number;
}

/**
 * A person or organisation the article mentions (one per entity of the quotes stage: one person, one
 * actor), with the tone of the outlet's own words about it. Quoted speech never counts: what a speaker
 * says of someone is the speaker's tone, not the outlet's (actors/README.md gives the rule for which
 * words count toward an actor).
 */
export interface Actor {
	name: string;
	kind: 'person' | 'org';
	group: SpeakerGroup;
	/** Every mention, quoted ones included (they count toward nothing), in text order. */
	mentions: EntityMention[];
	/** −1..1: the mean over the own-voice sentences that mention the actor (a plain sentence counts 0). */
	tone: number;
	polarity: Polarity;
	/** The words in the outlet's own voice that carried the tone toward this actor (−4..4 after the rules). */
	evidence: ActorToneWord[];
	/** The own-voice sentences that mention the actor, each with its score. */
	sentences: ActorSentence[];
	/**
	 * In a collection: this article says nothing of who the actor is, so the group is the one the
	 * collection knows them by (shared-groups.ts), from this outlet's article and these words.
	 */
	groupFrom?: { outlet: string; text: string | null };
}

/** One outlet's tone toward one actor, pooled over its articles (compareOutlets, actors/outlets.ts). */
export interface OutletActor {
	/** The same actor across the collection's outlets has the same key. */
	key: string;
	/** The name this outlet uses most. */
	name: string;
	kind: 'person' | 'org';
	group: SpeakerGroup;
	mentions: number;
	/** Own-voice sentences that mention the actor, and how many of them carry any tone toward it. */
	sentences: number;
	toned: number;
	/** Words that carried the tone (ToneWord evidence in the articles' `actors[]`). */
	evidence: number;
	/** −1..1: the mean over those sentences. */
	tone: number;
	polarity: Polarity;
	/** The articles that mention it, with the actor's name there (to find its sentences). */
	articles: { id: string; name: string; sentences: number }[];
}

export interface Comment extends RawComment {
	sentiment: number;
}

// ---------------------------------------------------------------- the result

export interface ArticleAnalysis {
	id: string;
	outlet: string;
	title: string;
	date: string | null;
	url: string | null;
	byline: string | null;
	text: string;
	words: number;
	paragraphs: Span[];
	quotes: Quote[];
	speakers: SpeakerSummary[];
	groups: GroupSummary[];
	cues: Record<CueKind, number>;
	/** Quotes and quoted words no speaker was found for: with the speakers' shares they make 100%. */
	unattributed?: { quotes: number; words: number; share: number };
	/** Every person and organisation the article mentions, with their clustered mentions (quotes stage). */
	entities?: Entity[];
	/** Every person and organisation mentioned, with the tone of the outlet's own words about each (actors stage). */
	actors?: Actor[];
	loaded: LoadedTerm[];
	loadedSummary: LoadedSummary;
	/** Loaded terms in the headline, offsets into `title` (loaded/headline.ts); not in `loaded` nor its rates. Absent from analyses made before headlines were read. */
	headlineLoaded?: LoadedTerm[];
	sentiment: Sentiment;
	comments: Comment[];
	/** Mean comment sentiment, or null when there are no comments. */
	commentSentiment: number | null;
	captions: Caption[];
	removed: RemovedText[];
	warnings: ArticleWarning[];
	/** Content-word lemma counts of the body, the input to distinctive terms. Not printed by the CLI. */
	terms?: Record<string, number>;
}

// ---------------------------------------------------------------- lexicons and overrides (inputs)

export interface LexiconEntry {
	/** Lemmatised, lower-case words of the term; multi-word terms have several. */
	words: string[];
	/** The term as written in the lexicon file. */
	term: string;
	category: string;
}

export interface Lexicon {
	/** Content-derived version: changes whenever a term is added or removed. */
	version: string;
	categories: Record<string, { label: string; description: string }>;
	entries: LexiconEntry[];
	/**
	 * Words in quotation marks the facilitator said are no scare quotes here (a term the outlet names, a
	 * title): lower case, spaces collapsed. Removed as “words” with their marks (applyLexiconChanges).
	 */
	plainQuoted?: string[];
}

/** Organisation / title patterns mapped to speaker groups (analysis/data/speaker-groups.tsv). */
export interface GroupRule {
	/** Lower-case phrase matched against a speaker's affiliation, title or name. */
	pattern: string;
	group: SpeakerGroup;
	/** A name that is also an everyday word ("who", "apple"): it counts only where the text capitalises it,
	 * so the relative pronoun in "a personality who worked for …" is not the WHO. */
	cased?: boolean;
	/** A common noun that also opens organisations' names ("citizen": Citizens United): it counts only
	 * where the text writes it in lower case. */
	lower?: boolean;
}

/**
 * A facilitator's correction of one quote. It is found again by its words, so it survives a new
 * version of the analysis drawing the quote's span a little differently, and an edit elsewhere in the
 * article moving it; an edit of the quote itself leaves the correction unmatched, and so unapplied.
 */
export interface QuoteFix {
	/** The article's id in its collection. */
	article: string;
	/** The quote's span in the body when it was corrected. */
	start: number;
	end: number;
	/** The quote's words then (its first 1,000 characters). */
	text: string;
	/** The speaker the facilitator gives it; null: it is no quote (a title, a heading, a test result). */
	speaker: string | null;
	/** The group its name says (speaker-groups.tsv), read on the server when it was given: "Ministry of Health" is government. */
	group?: SpeakerGroup;
}

/** Facilitator's changes to speakers, applied after analysis (no re-analysis needed). */
export interface SpeakerOverrides {
	/** Speaker name -> group. */
	groups?: Record<string, SpeakerGroup>;
	/** Speaker name -> the name it is merged into. */
	merges?: Record<string, string>;
	/**
	 * Actor names the facilitator says are no person or organisation (a disease, a product, a heading
	 * word): left out of the outlets' actor figures, the actor charts and the questions about actors.
	 */
	notActors?: string[];
	/**
	 * Quotes the facilitator corrected one by one: a speaker given to a quote the analysis left
	 * unattributed or gave to the wrong person, or a passage that is no quote at all.
	 */
	quoteFixes?: QuoteFix[];
	/**
	 * An outlet quoting its own staff speaks in its own voice (their loaded words count as the
	 * outlet's). On unless set to false.
	 */
	ownVoice?: boolean;
}

/** The pipeline's stages, in the order they run (pipeline.ts). */
export type StageName = 'segment' | 'tokenise' | 'quotes' | 'loaded' | 'tone' | 'actors' | 'summary';

export interface AnalysisOptions {
	lexicon: Lexicon;
	groupRules: GroupRule[];
	overrides?: SpeakerOverrides;
	/** Told how long each stage took (the benchmark's breakdown); absent, nothing is timed. */
	onStage?: (stage: StageName, ms: number) => void;
}

// ---------------------------------------------------------------- stage 5: compare

export interface DistinctiveTerm {
	term: string;
	count: number;
	/** Weighted log-odds with an informative Dirichlet prior (Monroe et al. 2008). */
	logOdds: number;
	z: number;
}

export interface OutletComparison {
	outlet: string;
	articles: string[];
	headlines: { id: string; title: string; date: string | null }[];
	words: number;
	speakers: SpeakerSummary[];
	groups: GroupSummary[];
	cues: Record<CueKind, number>;
	/** Quotes and quoted words no speaker was found for. */
	unattributed?: { quotes: number; words: number; share: number };
	loadedSummary: LoadedSummary;
	/** Word-weighted body sentiment across the outlet's articles. */
	bodySentiment: number;
	/** The outlet's body sentiment minus the mean of all outlets' (each outlet once): the shared subject cancels. */
	bodySentimentRelative: number;
	/** Word-weighted tone of the outlet's own voice, and of the speech it quotes (null: there is none). */
	ownVoiceTone: number | null;
	quotedTone: number | null;
	/** Own-voice tone minus the mean of all outlets' own-voice tone; null when this outlet has none. */
	ownVoiceRelative: number | null;
	commentSentiment: number | null;
	comments: number;
	distinctive: DistinctiveTerm[];
	/** Tone toward each named actor in the outlet's own voice, most mentioned first. */
	actors?: OutletActor[];
}
