// The evidence behind one bar, as short excerpts: the sentence around each counted word or quote, with
// exactly what was counted marked. Used by the projector, where a bar's evidence is shown on a slide
// of its own. Pure (plain data in, plain data out) and small: safe for the client bundle. The query is
// the same one the bar's evidence link carries (cat/voice, speaker, group, term, cue, show).
import type { CueKind, Span } from '$analysis/types';
import { focusFromParams, loadedMatches, quoteMatches, type Focus, type Mark } from './segments';

export interface EvidenceArticle {
	id: string;
	outlet: string;
	title: string;
	text: string;
	/** Sentence spans with their sentiment score, and the words that carried it. */
	sentences: (Span & { score: number; words?: Span[] })[];
	quotes: { start: number; end: number; speaker: string | null; group: string; kind: 'direct' | 'indirect'; cue: string | null; cueStart: number | null; cueEnd: number | null; cueKind: CueKind; parts?: Span[] }[];
	loaded: { start: number; end: number; category: string; voice: 'outlet' | 'quoted'; term: string }[];
	comments: { text: string; author: string | null; sentiment: number }[];
	/** Where each asked-for word occurs (lemma-aware, found on the server), keyed by the word. */
	termHits: Record<string, Span[]>;
	/**
	 * The people and organisations of the article by their collection-wide key (?actor=): the own-voice
	 * sentences that name each, with their tone, and the words that carried it.
	 */
	actors?: { key: string; name: string; sentences: (Span & { score: number })[]; evidence: Mark[] }[];
}

export interface ExcerptPart {
	text: string;
	mark: boolean;
	shared?: true;
}

export interface Excerpt {
	article: string;
	outlet: string;
	parts: ExcerptPart[];
	/** Who said it, a score, or a comment's author. */
	note: string | null;
}

export interface Evidence {
	excerpts: Excerpt[];
	/** What is marked, for the slide's heading ("3 loaded terms", "5 quotes"). */
	what: string;
}

/** Longest excerpt, in characters, before it is cut around its marks. */
export const MAX_EXCERPT = 320;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(2)}`;

/** The sentence span covering `at`, or a window of text around it when the article has no sentences. */
function sentenceAt(a: EvidenceArticle, at: number): Span {
	const s = a.sentences.find((x) => x.start <= at && at < x.end);
	if (s) return { start: s.start, end: s.end };
	return { start: Math.max(0, at - 120), end: Math.min(a.text.length, at + 120) };
}

/** From the sentence holding `span.start` to the one holding its last character. */
function sentencesAround(a: EvidenceArticle, span: Span): Span {
	const first = sentenceAt(a, span.start);
	const last = sentenceAt(a, Math.max(span.start, span.end - 1));
	return { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) };
}

/**
 * The text of `range` split into marked and unmarked parts. Text further than MAX_EXCERPT / 2 from the
 * first and last mark is cut and replaced by "…", so a long sentence keeps what matters.
 */
export function cutExcerpt(text: string, range: Span, marks: Mark[]): ExcerptPart[] {
	const ms = marks
		.map((m) => ({ start: Math.max(range.start, m.start), end: Math.min(range.end, m.end), shared: m.shared }))
		.filter((m) => m.end > m.start)
		.sort((x, y) => x.start - y.start);
	let { start, end } = range;
	if (end - start > MAX_EXCERPT && ms.length) {
		const half = MAX_EXCERPT / 2;
		start = Math.max(start, ms[0].start - half);
		end = Math.min(end, ms[ms.length - 1].end + half);
	} else if (end - start > MAX_EXCERPT) end = start + MAX_EXCERPT;
	// Cut on word boundaries.
	if (start > range.start) {
		const sp = text.indexOf(' ', start);
		if (sp >= 0 && sp < (ms[0]?.start ?? end)) start = sp + 1;
	}
	if (end < range.end) {
		const sp = text.lastIndexOf(' ', end);
		if (sp > (ms[ms.length - 1]?.end ?? start)) end = sp;
	}
	const parts: ExcerptPart[] = [];
	let at = start;
	for (const m of ms) {
		const a = Math.max(m.start, at);
		const b = Math.min(m.end, end);
		if (b <= a) continue;
		if (a > at) parts.push({ text: text.slice(at, a), mark: false });
		parts.push({ text: text.slice(a, b), mark: true, ...(m.shared ? { shared: true as const } : {}) });
		at = b;
	}
	if (at < end) parts.push({ text: text.slice(at, end), mark: false });
	const clean = parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
	if (start > range.start) clean.unshift({ text: '… ', mark: false });
	if (end < range.end) clean.push({ text: ' …', mark: false });
	if (clean.length && !clean[0].mark) clean[0].text = clean[0].text.replace(/^\s+/, '');
	return clean;
}

/**
 * "2 tone words", or "3 tone words, 1 dashed: not found to be about anyone in particular": how many of
 * an actor's marked words the clause rules found to be about it, and how many only share its sentence.
 */
export function toneWordsNote(marks: Mark[]): string {
	const shared = marks.filter((m) => m.shared).length;
	if (!shared) return plural(marks.length, 'tone word');
	const which = shared < marks.length ? `${shared} dashed` : shared === 1 ? 'dashed' : shared === 2 ? 'both dashed' : 'all dashed';
	return `${plural(marks.length, 'tone word')}, ${which}: not found to be about anyone in particular`;
}

/**
 * The article view's sentence on an actor's ringed words: "the 5 words that carried it are ringed, 2 of
 * them dashed: not found to be about anyone in particular, they count toward every actor their sentence names".
 */
export function ringedNote(evidence: Mark[]): string {
	if (!evidence.length) return 'no word in them carried any tone';
	const shared = evidence.filter((m) => m.shared).length;
	const head = evidence.length === 1 ? 'the 1 word that carried it is ringed' : `the ${evidence.length} words that carried it are ringed`;
	if (!shared) return head;
	const which = shared === evidence.length ? (shared === 1 ? 'dashed' : 'all dashed') : `${shared} of them dashed`;
	return `${head}, ${which}: not found to be about anyone in particular, ${shared === 1 ? 'it counts' : 'they count'} toward every actor ${shared === 1 ? 'its' : 'their'} sentence names`;
}

/** Marks grouped by the sentence they fall in, one excerpt per sentence, in text order. */
function bySentence(a: EvidenceArticle, marks: Span[], note: (sentence: Span) => string | null = () => null): Excerpt[] {
	const groups = new Map<number, { range: Span; marks: Span[] }>();
	for (const m of [...marks].sort((x, y) => x.start - y.start)) {
		const range = sentencesAround(a, m);
		const g = groups.get(range.start) ?? { range, marks: [] };
		g.range.end = Math.max(g.range.end, range.end);
		g.marks.push(m);
		groups.set(range.start, g);
	}
	return [...groups.values()].map((g) => ({ article: a.id, outlet: a.outlet, parts: cutExcerpt(a.text, g.range, g.marks), note: note(g.range) }));
}

/** The evidence of a bar: `query` as on the bar's evidence link, over the articles of its outlet. */
export function evidenceFor(articles: EvidenceArticle[], query: Record<string, string>): Evidence {
	const params = new URLSearchParams(query);
	const focus: Focus = focusFromParams(params);
	const show = params.get('show');
	const excerpts: Excerpt[] = [];
	let count = 0;
	let what: [string, string] = ['passage', 'passages'];
	if (show === 'comments') {
		const all = articles.flatMap((a) => a.comments.map((c) => ({ a, c })));
		// Strongest first, so the slide shows what pulled the mean.
		all.sort((x, y) => Math.abs(y.c.sentiment) - Math.abs(x.c.sentiment));
		for (const { a, c } of all)
			excerpts.push({ article: a.id, outlet: a.outlet, parts: cutExcerpt(c.text, { start: 0, end: c.text.length }, [{ start: 0, end: c.text.length }]), note: `${c.author ?? 'Anonymous'} · sentiment ${signed(c.sentiment)}` });
		return { excerpts, what: `${plural(all.length, 'reader comment')}, strongest first` };
	}
	if (show === 'sentiment') {
		const all = articles.flatMap((a) => a.sentences.map((s) => ({ a, s })));
		all.sort((x, y) => Math.abs(y.s.score) - Math.abs(x.s.score));
		const scored = all.filter((x) => Math.abs(x.s.score) >= 0.05);
		// (the words that carried the score are marked, as the actor slides ring theirs; the whole sentence when none are known)
		for (const { a, s } of scored) excerpts.push({ article: a.id, outlet: a.outlet, parts: cutExcerpt(a.text, s, s.words?.length ? s.words : [s]), note: `sentence sentiment ${signed(s.score)}` });
		return { excerpts, what: `${plural(scored.length, 'scored sentence')} of ${all.length}, strongest first` };
	}
	const actor = params.get('actor');
	if (actor) {
		let name = actor;
		const all: { a: EvidenceArticle; s: Span & { score: number }; marks: Mark[] }[] = [];
		for (const a of articles) {
			// (two actors of one article may share the key: names the facilitator merged, "K. Google" into "Google")
			for (const x of a.actors?.filter((y) => y.key === actor) ?? []) {
				name = x.name;
				for (const s of x.sentences) all.push({ a, s, marks: x.evidence.filter((w) => w.start >= s.start && w.end <= s.end) });
			}
		}
		// Strongest first, as the bar is their mean; a plain sentence counts 0 and shows nothing marked.
		all.sort((p, q) => Math.abs(q.s.score) - Math.abs(p.s.score));
		for (const { a, s, marks } of all)
			excerpts.push({
				article: a.id,
				outlet: a.outlet,
				parts: cutExcerpt(a.text, s, marks),
				note: `tone toward ${name} ${signed(s.score)}${marks.length ? ` · ${toneWordsNote(marks)}` : ' · plain, counts 0'}`
			});
		return { excerpts, what: `${plural(all.length, `sentence about ${name}`, `sentences about ${name}`)} in the outlet’s own words, strongest first` };
	}
	for (const a of articles) {
		if (focus.cat) {
			const marks = a.loaded.filter((t) => loadedMatches(t as Parameters<typeof loadedMatches>[0], focus));
			count += marks.length;
			excerpts.push(...bySentence(a, marks));
			what = ['loaded term', 'loaded terms'];
		} else if (focus.term) {
			const marks = a.termHits[focus.term] ?? [];
			count += marks.length;
			excerpts.push(...bySentence(a, marks));
			what = [`use of “${focus.term}”`, `uses of “${focus.term}”`];
		} else if (focus.cue) {
			const qs = a.quotes.filter((q) => quoteMatches(q as Parameters<typeof quoteMatches>[0], focus) && q.cueStart !== null);
			count += qs.length;
			for (const q of qs) {
				const cue = { start: q.cueStart!, end: q.cueEnd! };
				const range = sentencesAround(a, { start: Math.min(cue.start, q.start), end: Math.max(cue.end, q.end) });
				excerpts.push({ article: a.id, outlet: a.outlet, parts: cutExcerpt(a.text, range, [cue]), note: q.speaker ?? 'unattributed' });
			}
			what = [`quote introduced by “${focus.cue}”`, `quotes introduced by “${focus.cue}”`];
		} else if (focus.speaker || focus.group) {
			const qs = a.quotes.filter((q) => quoteMatches(q as Parameters<typeof quoteMatches>[0], focus));
			count += qs.length;
			for (const q of qs) {
				const range = sentencesAround(a, q);
				excerpts.push({
					article: a.id,
					outlet: a.outlet,
					parts: cutExcerpt(a.text, range, q.parts?.length ? q.parts : [q]),
					note: `${q.speaker ?? 'unattributed'} · ${q.speaker ? q.group : 'unclassified'}${q.cue ? ` · “${q.cue}”` : ''}`
				});
			}
			what = ['quote', 'quotes'];
		}
	}
	return { excerpts, what: plural(count, what[0], what[1]) };
}
