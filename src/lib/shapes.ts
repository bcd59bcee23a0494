// The lean shapes the load functions send to the browser. The overview never carries article
// texts: only the numbers the charts need and the ids to follow back to the evidence.
// Type-only imports from analysis: nothing here pulls wink-nlp into the client bundle.
import type {
	Actor,
	ArticleAnalysis,
	CueKind,
	DensityFigures,
	DistinctiveTerm,
	GroupSummary,
	LoadedTerm,
	OutletActor,
	OutletComparison,
	SpeakerGroup
} from '$analysis/types';
import { outletTone, relativeTone } from '$analysis/sentiment/outlet';
import { actorKey } from '$analysis/actors/outlets';
import type { SameText } from '$analysis/same-text';

export interface CategoryInfo {
	key: string;
	label: string;
	description: string;
}

export interface CollectionInfo {
	id: string;
	name: string;
	description: string;
}

export interface ArticleCard {
	id: string;
	outlet: string;
	kind: string | null;
	title: string;
	/** Loaded terms in the headline, offsets into `title`. */
	headlineLoaded: LoadedTerm[];
	date: string | null;
	words: number;
	url: string | null;
	/** The analysis's warning that the text may be cut off (a teaser, a paywalled page), when it gave one. */
	cutOff?: string;
}

export interface SpeakerRow {
	speaker: string;
	group: SpeakerGroup;
	affiliation: string | null;
	quotes: number;
	words: number;
	share: number;
}

export interface OutletRow {
	outlet: string;
	kind: string | null;
	articles: string[];
	words: number;
	loaded: DensityFigures & { byCategory: Record<string, DensityFigures> };
	/** Quoted words in total: the denominator of the speaker-group shares. */
	quotedWords: number;
	quotes: number;
	groups: GroupSummary[];
	speakers: SpeakerRow[];
	bodySentiment: number;
	/** Body tone minus the collection's mean (each outlet once). */
	bodySentimentRelative: number;
	/** Tone of the outlet's own words and of the speech it quotes, weighted by words (null: there are none). */
	ownVoiceTone: number | null;
	quotedTone: number | null;
	ownVoiceRelative: number | null;
	commentSentiment: number | null;
	comments: number;
	distinctive: DistinctiveTerm[];
	/** Quotes by reporting verb ("said", "claimed"), neutral or loaded; absent where the load did not count them. */
	verbs?: VerbCount[];
	/** Tone of the outlet's own words toward each named actor (compareOutlets); absent in older snapshots. */
	actors?: OutletActor[];
}

export interface VerbCount {
	verb: string;
	kind: CueKind;
	count: number;
}

/** Particles that belong to a phrasal reporting verb ("hit back", "lashed out", "pointed out"). */
const PARTICLES = new Set(['out', 'back', 'up', 'off', 'down']);

/** Fewer reader comments than this under an outlet are too few to compare with another outlet. */
export const MIN_COMMENTS = 3;

/**
 * The reporting verb a quote's cue is counted under: the verb as written, lower-cased, without what
 * follows it ("said in a statement" → "said"), keeping a phrasal verb's particle ("lashed out") and
 * "according to" whole. The evidence views match ?cue= with the same key.
 */
export function cueKey(cue: string): string {
	const w = cue.trim().toLowerCase().split(/\s+/).filter(Boolean);
	if (!w.length) return '';
	if (w[0] === 'according' && w[1] === 'to') return 'according to';
	// (a phrase that reports words without a verb: "in the words of the patient", not "in")
	if (w[0] === 'in' && w[1] === 'the' && w[2] === 'words' && w[3] === 'of') return 'in the words of';
	return w.length > 1 && PARTICLES.has(w[1]) ? `${w[0]} ${w[1]}` : w[0];
}

/** Quotes per reporting verb, neutral ones first, each kind by count (most used first), then alphabetically. */
export function tallyVerbs(quotes: { cue: string | null; cueKind: CueKind }[]): VerbCount[] {
	const by = new Map<string, VerbCount>();
	for (const q of quotes) {
		if (!q.cue) continue;
		const verb = cueKey(q.cue);
		if (!verb) continue;
		const k = `${q.cueKind}\u0000${verb}`;
		const v = by.get(k) ?? { verb, kind: q.cueKind, count: 0 };
		v.count++;
		by.set(k, v);
	}
	const rank = (k: CueKind) => (k === 'neutral' ? 0 : 1);
	return [...by.values()].sort((a, b) => rank(a.kind) - rank(b.kind) || b.count - a.count || a.verb.localeCompare(b.verb));
}

export interface Overview {
	collection: CollectionInfo;
	categories: CategoryInfo[];
	articles: ArticleCard[];
	outlets: OutletRow[];
	/** ISO time the numbers were computed, for the source line of exports. */
	generated: string;
	/** The own-voice rule (an outlet quoting its own staff speaks in its own voice) is on; absent means on. */
	ownVoice?: boolean;
	/** Pairs of articles whose bodies carry the same text (analysis/same-text.ts); absent in older snapshots. */
	sameText?: SameText[];
}

const EMPTY_DENSITY: DensityFigures = { total: 0, ownVoice: 0, quoted: 0, counts: { total: 0, ownVoice: 0, quoted: 0 } };

export function toOutletRow(c: OutletComparison, kind: string | null, topSpeakers = 6, topTerms = 8): OutletRow {
	const quotedWords = c.groups.reduce((s, g) => s + g.words, 0);
	return {
		outlet: c.outlet,
		kind,
		articles: c.articles,
		words: c.words,
		loaded: {
			total: c.loadedSummary.total,
			ownVoice: c.loadedSummary.ownVoice,
			quoted: c.loadedSummary.quoted,
			counts: c.loadedSummary.counts,
			byCategory: c.loadedSummary.byCategory ?? {}
		},
		quotedWords,
		quotes: c.groups.reduce((s, g) => s + g.quotes, 0),
		groups: c.groups.map((g) => ({ ...g })),
		speakers: [...c.speakers]
			.sort((a, b) => b.words - a.words)
			.slice(0, topSpeakers)
			.map((s) => ({ speaker: s.speaker, group: s.group, affiliation: s.affiliation, quotes: s.quotes, words: s.words, share: s.share })),
		bodySentiment: c.bodySentiment,
		bodySentimentRelative: c.bodySentimentRelative ?? 0,
		ownVoiceTone: c.ownVoiceTone ?? null,
		quotedTone: c.quotedTone ?? null,
		ownVoiceRelative: c.ownVoiceRelative ?? null,
		commentSentiment: c.commentSentiment,
		comments: c.comments,
		distinctive: [...c.distinctive].sort((a, b) => b.z - a.z).slice(0, topTerms),
		actors: (c.actors ?? []).map((x) => ({ ...x, articles: x.articles.map((y) => ({ ...y })) }))
	};
}

/**
 * A per-outlet aggregate straight from article analyses, used only when the comparison stage
 * is unavailable: sums counts and recomputes densities, no distinctive terms.
 */
export function aggregateOutlets(analyses: ArticleAnalysis[]): OutletComparison[] {
	const byOutlet = new Map<string, ArticleAnalysis[]>();
	for (const a of analyses) byOutlet.set(a.outlet, [...(byOutlet.get(a.outlet) ?? []), a]);
	const rows: OutletComparison[] = [...byOutlet].map(([outlet, list]) => {
		const words = list.reduce((s, a) => s + a.words, 0);
		const per = (n: number) => (words ? (n * 1000) / words : 0);
		const sumDensity = (pick: (a: ArticleAnalysis) => DensityFigures | undefined): DensityFigures => {
			const counts = { total: 0, ownVoice: 0, quoted: 0 };
			for (const a of list) {
				const d = pick(a) ?? EMPTY_DENSITY;
				counts.total += d.counts.total;
				counts.ownVoice += d.counts.ownVoice;
				counts.quoted += d.counts.quoted;
			}
			return { total: per(counts.total), ownVoice: per(counts.ownVoice), quoted: per(counts.quoted), counts };
		};
		const cats = new Set(list.flatMap((a) => Object.keys(a.loadedSummary.byCategory ?? {})));
		const byCategory = Object.fromEntries([...cats].map((k) => [k, sumDensity((a) => a.loadedSummary.byCategory?.[k])]));
		const groups = new Map<SpeakerGroup, GroupSummary>();
		const speakers = new Map<string, OutletComparison['speakers'][number]>();
		for (const a of list) {
			for (const g of a.groups) {
				const t = groups.get(g.group) ?? { group: g.group, quotes: 0, words: 0, share: 0, firstPosition: 1 };
				t.quotes += g.quotes;
				t.words += g.words;
				t.firstPosition = Math.min(t.firstPosition, g.firstPosition);
				groups.set(g.group, t);
			}
			for (const s of a.speakers) {
				// per-article evidence and mentions do not add up across articles: only the totals are kept
				const t = speakers.get(s.speaker) ?? { speaker: s.speaker, affiliation: s.affiliation, group: s.group, firstPosition: s.firstPosition, quotes: 0, words: 0, share: 0, cues: {} };
				t.quotes += s.quotes;
				t.words += s.words;
				speakers.set(s.speaker, t);
			}
		}
		const quoted = [...groups.values()].reduce((s, g) => s + g.words, 0);
		for (const g of groups.values()) g.share = quoted ? g.words / quoted : 0;
		for (const s of speakers.values()) s.share = quoted ? s.words / quoted : 0;
		const comments = list.flatMap((a) => a.comments);
		const tone = outletTone(list);
		return {
			outlet,
			articles: list.map((a) => a.id),
			headlines: list.map((a) => ({ id: a.id, title: a.title, date: a.date })),
			words,
			speakers: [...speakers.values()],
			groups: [...groups.values()],
			cues: {
				neutral: list.reduce((s, a) => s + a.cues.neutral, 0),
				loaded: list.reduce((s, a) => s + a.cues.loaded, 0)
			},
			loadedSummary: { ...sumDensity((a) => a.loadedSummary), byCategory },
			...tone,
			bodySentimentRelative: 0,
			ownVoiceRelative: null,
			commentSentiment: comments.length ? comments.reduce((s, c) => s + c.sentiment, 0) / comments.length : null,
			comments: comments.length,
			distinctive: []
		};
	});
	const relative = relativeTone(rows);
	return rows.map((r, i) => ({ ...r, ...relative[i] }));
}

// ------------------------------------------------------------------------ article view

export interface ArticleView {
	collection: CollectionInfo;
	categories: CategoryInfo[];
	article: Pick<
		ArticleAnalysis,
		| 'id'
		| 'outlet'
		| 'title'
		| 'date'
		| 'url'
		| 'byline'
		| 'text'
		| 'words'
		| 'paragraphs'
		| 'quotes'
		| 'speakers'
		| 'unattributed'
		| 'loaded'
		| 'loadedSummary'
		| 'headlineLoaded'
		| 'sentiment'
		| 'comments'
		| 'commentSentiment'
		| 'captions'
		| 'removed'
		| 'warnings'
	> & { kind: string | null; actors?: ActorView[] };
}

/** An actor of one article as its view needs it: the collection-wide key (?actor=), its sentences and evidence. */
export interface ActorView {
	key: string;
	name: string;
	tone: number;
	polarity: Actor['polarity'];
	sentences: Actor['sentences'];
	evidence: Actor['evidence'];
	mentions: number;
}

/**
 * The overview with no figure left in it: the collection, its outlets and articles by name, every
 * measure empty. What a participant's device is sent while the room's predictions are open
 * (src/lib/server/hold-back.ts): the choices of the questions, and nothing that answers them.
 */
export function overviewWithoutFigures(o: Overview): Overview {
	return {
		...o,
		articles: o.articles.map((a) => ({ ...a, headlineLoaded: [] })),
		outlets: o.outlets.map((r) => ({
			outlet: r.outlet,
			kind: r.kind,
			articles: r.articles,
			words: r.words,
			loaded: { ...EMPTY_DENSITY, byCategory: {} },
			quotedWords: 0,
			quotes: 0,
			groups: [],
			speakers: [],
			bodySentiment: 0,
			bodySentimentRelative: 0,
			ownVoiceTone: null,
			quotedTone: null,
			ownVoiceRelative: null,
			commentSentiment: null,
			comments: 0,
			distinctive: []
		}))
	};
}

/**
 * The article with no figure left in it: its text, paragraphs, reader comments and what it is, without
 * quotes, speakers, loaded terms, tone (the comments' too) or actors. What a participant reads
 * while the room's predictions are open (src/lib/server/hold-back.ts): nothing in it answers a question.
 */
export function withoutFigures<T extends ArticleView['article']>(a: T): T {
	return {
		...a,
		quotes: [],
		speakers: [],
		unattributed: undefined,
		loaded: [],
		loadedSummary: { ...EMPTY_DENSITY, byCategory: {} },
		headlineLoaded: [],
		sentiment: { score: 0, sentences: [], ownVoice: null, quoted: null, stretches: [], leftOut: [] },
		// (the comments to read, without their tone: the score is left at 0 and never shown)
		comments: a.comments.map((c) => ({ ...c, sentiment: 0 })),
		commentSentiment: null,
		actors: []
	};
}

/** `keyOf`: the collection's actor keys (actors/outlets.ts actorKeyer), so ?actor= from a chart finds its actor. */
export function toArticleView(a: ArticleAnalysis, kind: string | null, keyOf: (x: Actor) => string = (x) => actorKey(x.name)): ArticleView['article'] {
	return {
		id: a.id,
		outlet: a.outlet,
		title: a.title,
		date: a.date,
		url: a.url,
		byline: a.byline,
		text: a.text,
		words: a.words,
		paragraphs: a.paragraphs,
		quotes: a.quotes,
		speakers: a.speakers,
		unattributed: a.unattributed,
		loaded: a.loaded,
		loadedSummary: a.loadedSummary,
		headlineLoaded: a.headlineLoaded ?? [],
		sentiment: {
			score: a.sentiment.score,
			sentences: a.sentiment.sentences.map((x) => ({ start: x.start, end: x.end, score: Math.round(x.score * 1000) / 1000, words: x.words ?? [] })),
			ownVoice: a.sentiment.ownVoice ?? null,
			quoted: a.sentiment.quoted ?? null,
			stretches: a.sentiment.stretches ?? [],
			leftOut: a.sentiment.leftOut ?? []
		},
		comments: a.comments,
		commentSentiment: a.commentSentiment,
		captions: a.captions,
		removed: a.removed,
		// Analyses cached before warnings existed have none.
		warnings: a.warnings ?? [],
		kind,
		actors: (a.actors ?? []).map((x) => ({ key: keyOf(x), name: x.name, tone: x.tone, polarity: x.polarity, sentences: x.sentences, evidence: x.evidence, mentions: x.mentions.length }))
	};
}
