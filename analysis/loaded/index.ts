// Stage 3: loaded terms. Finds lexicon terms (by lemma, so inflections match) and scare quotes in the
// body, and says whose words they are.
//
// Voice. A term inside a direct quote is the speaker's word, not the outlet's: voice "quoted", with the
// speaker. Words inside quotation marks that the quotes stage did not attribute are still someone
// else's words, so they are "quoted" too (speaker unknown). Indirect speech ("she said the plan was a
// disaster") is the outlet's paraphrase: the outlet chose those words, so they count as its own voice.
// Scare quotes are the outlet's own device by definition (they distance it from a word), so they are
// "outlet" voice.
import { countWords } from '../nlp.js';
import { CATEGORIES, SCARE_QUOTES, type MatchEntry } from '../lexicon/index.js';
import type { ArticleAnalysis, CleanArticle, DensityFigures, Lexicon, LoadedSummary, LoadedTerm, Quote, Span, Token, Tokenised } from '../types.js';

interface Index {
	/** First word (lemma or normal) -> entries starting with it. */
	byFirst: Map<string, MatchEntry[]>;
	order: Map<string, number>;
}

const indexCache = new WeakMap<Lexicon, Index>();

function norm(s: string | undefined): string {
	return (s ?? '').toLowerCase().replace(/[’‘]/g, "'");
}

function indexOf(lexicon: Lexicon): Index {
	const hit = indexCache.get(lexicon);
	if (hit) return hit;
	const byFirst = new Map<string, MatchEntry[]>();
	const add = (k: string, e: MatchEntry) => {
		const list = byFirst.get(k);
		if (!list) byFirst.set(k, [e]);
		else if (!list.includes(e)) list.push(e);
	};
	for (const e of lexicon.entries as MatchEntry[]) {
		add(e.words[0], e);
		if (e.normals?.length) add(e.normals[0], e);
	}
	const order = new Map(Object.keys(lexicon.categories).map((c, i) => [c, i]));
	const idx = { byFirst, order };
	indexCache.set(lexicon, idx);
	return idx;
}

/**
 * The forms a token can match by: lemma and normal. wink tags a capitalised common noun at the start
 * of a sentence as a proper noun and then keeps it unlemmatised ("Thugs" stays "thugs"), so such a
 * token also offers its naive singular.
 */
function forms(t: Token): string[] {
	const out = [norm(t.lemma), norm(t.normal)];
	if (t.pos === 'PROPN') {
		const n = norm(t.normal);
		if (/[^s]s$/.test(n)) out.push(n.slice(0, -1));
		if (/(ch|sh|x|ss)es$/.test(n)) out.push(n.slice(0, -2));
	}
	return out;
}

function tokenMatches(t: Token, e: MatchEntry, k: number): boolean {
	const w = e.words[k];
	const n = e.normals?.[k] ?? w;
	return forms(t).some((f) => f === w || f === n);
}

/**
 * Does the token satisfy the entry's POS filter? wink's tagger often reads a plural noun straight
 * after a verb or a possessive as a verb ("told lies", "his lies"); a plural-looking "verb" there is
 * a noun, so a NOUN filter accepts it after a verb, a determiner, an adjective or a possessive.
 */
function posOk(tokens: Token[], j: number, pos: string[]): boolean {
	const t = tokens[j];
	if (pos.includes(t.pos)) return true;
	if (pos.includes('NOUN') && t.pos === 'VERB' && j > 0) {
		const p = tokens[j - 1];
		const possessive = /^(his|her|their|its|our|my|your)$/.test(norm(p.normal));
		return (p.pos === 'VERB' || p.pos === 'DET' || p.pos === 'ADJ' || possessive) && /s$/.test(norm(t.normal)) && !/s$/.test(norm(t.lemma));
	}
	if (pos.includes('NOUN') && t.pos === 'PROPN') return true;
	return false;
}

/** Does entry `e` match the tokens starting at `i`? Returns the index one past the last token. */
function matchAt(tokens: Token[], i: number, e: MatchEntry): number {
	const first = tokens[i];
	let j = i;
	for (let k = 0; k < e.words.length; k++, j++) {
		const t = tokens[j];
		if (!t || t.sentence !== first.sentence || !tokenMatches(t, e, k)) return -1;
		// Words of a multi-word term must follow each other: at most one space apart, no other words.
		if (k > 0 && t.start - tokens[j - 1].end > 1) return -1;
	}
	if (e.pos && !posOk(tokens, j - 1, e.pos)) return -1;
	return j;
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

/** A capitalised word mid-sentence tagged as a proper noun is part of a name ("the Radical Party"). */
function isName(tokens: Token[], i: number, end: number, sentenceFirst: number): boolean {
	for (let j = i; j < end; j++) {
		const t = tokens[j];
		if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value) && j !== sentenceFirst) return true;
	}
	return false;
}

const OPEN = '"“‘\'';
const PAIRS: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

interface MarkedSpan extends Span {
	/** Inner text between the marks. */
	inner: Span;
}

/**
 * Quotation-mark pairs within a paragraph-sized stretch. Single quotes count only when they open at a
 * word start and close at a word end, so apostrophes ("don't", "the players' union") are not taken.
 */
function quotePairs(text: string): MarkedSpan[] {
	const out: MarkedSpan[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (!OPEN.includes(c)) continue;
		const single = c === "'" || c === '‘';
		if (c === '"' || c === "'") {
			// A straight mark opens only after a space, an opening bracket or the start, before a non-space.
			const prev = i > 0 ? text[i - 1] : ' ';
			if (!/[\s([{\u2014\u2013-]/.test(prev) || /\s/.test(text[i + 1] ?? ' ')) continue;
		}
		const close = PAIRS[c];
		// A quotation runs to its closing mark within the paragraph; past a few thousand characters
		// an unclosed mark is a typo, and scanning on would make long texts quadratic.
		const limit = Math.min(text.length, i + 5000);
		let j = i + 1;
		for (; j < limit; j++) {
			const d = text[j];
			if (d === '\n' && text[j + 1] === '\n') {
				j = -1;
				break;
			}
			if (d === close) {
				if (single) {
					// A closing single mark must end a word: not followed by a letter ("don't").
					if (/\p{L}/u.test(text[j + 1] ?? '')) continue;
				}
				break;
			}
		}
		if (j < 0 || j >= limit) continue;
		out.push({ start: i, end: j + 1, inner: { start: i + 1, end: j } });
		i = j;
	}
	return out;
}

/** Index of the first token that starts at or after `pos` (tokens are in text order). */
function tokenAt(tokens: Token[], pos: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].start < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The pair (sorted, non-overlapping) whose inner span contains `s`, if any. */
function pairAround(pairs: MarkedSpan[], s: Span): MarkedSpan | null {
	let lo = 0;
	let hi = pairs.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (pairs[mid].inner.start <= s.start) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found >= 0 && inside(s, pairs[found].inner) ? pairs[found] : null;
}

function inside(a: Span, b: Span): boolean {
	return a.start >= b.start && a.end <= b.end;
}
function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

// Verbs (lemmas) that introduce someone's words. A short quoted fragment shortly after one is a partial
// quote ("calling the rules 'oppressive conditions'", "accused him of 'high treason'"), not the
// outlet distancing itself from a term, even when the quotes stage did not attribute it.
const SPEECH = new Set(
	('say tell call describe dub label brand term accuse claim write argue warn insist add note declare vow urge ' +
		'predict promise charge allege deny admit tweet post blast slam decry denounce condemn praise hail ' +
		'suggest state testify announce complain lament ask demand chant shout yell scream cry insist ' +
		'characterize characterise refer dismiss pledge').split(' ')
);

function afterSpeech(tokens: Token[], at: number): boolean {
	const first = tokenAt(tokens, at) - 1;
	for (let j = first; j >= 0 && j >= first - 8; j--) {
		if (tokens[j].sentence !== tokens[first]?.sentence) break;
		if (SPEECH.has(norm(tokens[j].lemma)) && (tokens[j].pos === 'VERB' || tokens[j].pos === 'NOUN')) return true;
	}
	return false;
}

/** Scare quotes: a quote-mark pair around 1–3 words, with no speaker, not part of a direct quote. */
function scareQuotes(text: string, tokens: Token[], pairs: MarkedSpan[], quotes: Quote[]): Span[] {
	const out: Span[] = [];
	for (const p of pairs) {
		const inner = text.slice(p.inner.start, p.inner.end);
		const n = countWords(inner);
		if (n < 1 || n > 3) continue;
		// Speech, not a term: a fragment that ends a sentence or a clause inside the marks ("No," he said).
		if (/[.,!?;:]\s*$/.test(inner)) continue;
		// A title or a name in quotes ("Operation Warp Speed", a film): every word capitalised.
		const ws = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
		if (ws.length > 1 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) continue;
		// A nickname inside a name: Benjamin "Bibi" Netanyahu.
		if (/^\p{Lu}/u.test(inner) && /^\s+\p{Lu}/u.test(text.slice(p.end, p.end + 3))) continue;
		if (afterSpeech(tokens, p.start)) continue;
		// A scare quote marks a term: a noun or an adjective phrase. A fragment with a verb or a pronoun
		// ("foster hatred", "I can't breathe") is someone's words quoted in part.
		const innerTokens: Token[] = [];
		for (let k = tokenAt(tokens, p.inner.start); k < tokens.length && tokens[k].end <= p.inner.end; k++) innerTokens.push(tokens[k]);
		if (innerTokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON')) continue;
		// Attributed: the quotes stage found a speaker for it, or it sits inside a direct quote.
		if (quotes.some((q) => overlaps(q, p.inner) && (q.kind === 'direct' || q.speaker))) continue;
		const lead = inner.length - inner.trimStart().length;
		const trail = inner.length - inner.trimEnd().length;
		out.push({ start: p.inner.start + lead, end: p.inner.end - trail });
	}
	return out;
}

interface Candidate {
	/** First token and one past the last. */
	i: number;
	endTok: number;
	category: string;
	term: string;
}

/**
 * An intensifier exaggerates the word it modifies, so the finding covers both: "extremely dangerous",
 * "utterly failed". When that word is a finding of its own ("utterly brutal") both stay, apart, so the
 * emotive word keeps its category. Returns the index of the finding's last token.
 */
function extendTo(tokens: Token[], c: Candidate, starts: Set<number>): number {
	const last = c.endTok - 1;
	const next = tokens[c.endTok];
	if (c.category !== 'intensifier' || tokens[last].pos !== 'ADV' || !next || starts.has(c.endTok)) return last;
	if (next.sentence !== tokens[last].sentence || next.start - tokens[last].end > 1) return last;
	return next.pos === 'ADJ' || next.pos === 'ADV' || next.pos === 'VERB' ? c.endTok : last;
}

/** Every loaded term in the body with exact offsets, longest match first, no overlaps. */
export function findLoaded(article: CleanArticle, tok: Tokenised, quotes: Quote[], lexicon: Lexicon): LoadedTerm[] {
	const text = article.text;
	const { tokens } = tok;
	const { byFirst, order } = indexOf(lexicon);
	const cands: Candidate[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.type === 'punctuation' && t.value !== '-') continue;
		const keys = new Set(forms(t));
		for (const k of keys) {
			for (const e of byFirst.get(k) ?? []) {
				const end = matchAt(tokens, i, e);
				if (end < 0) continue;
				const sentenceFirst = tok.sentences[t.sentence]?.firstToken ?? i;
				if (isName(tokens, i, end, sentenceFirst)) continue;
				if (e.category === 'reporting' && passiveMotion(tokens, i, end)) continue;
				cands.push({ i, endTok: end, category: e.category, term: e.term });
			}
		}
	}
	const pairs = quotePairs(text);
	const scare = scareQuotes(text, tokens, pairs, quotes);

	// Longest match wins (in characters, scare quotes included); ties go to the earlier category.
	type Found = Span & { category: string; term: string };
	const starts = new Set(cands.map((c) => c.i));
	const all: Found[] = [
		...cands.map((c) => ({ start: tokens[c.i].start, end: tokens[extendTo(tokens, c, starts)].end, category: c.category, term: c.term })),
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

	const direct = quotes.filter((q) => q.kind === 'direct');
	// Longer quotation-mark spans that nobody attributed are still quoted speech.
	const unattributed = pairs.filter((p) => countWords(text.slice(p.inner.start, p.inner.end)) > 3);
	return chosen.map((f) => {
		let voice: LoadedTerm['voice'] = 'outlet';
		let speaker: string | null = null;
		if (f.category !== SCARE_QUOTES) {
			// Only the words inside the marks are the speaker's: with an interrupted statement the
			// attribution between its parts ("A," X claimed, "B.") is the outlet's.
			const words = (d: Quote) => d.parts ?? [d];
			const q = direct.find((d) => words(d).some((w) => inside(f, w))) ?? direct.find((d) => words(d).some((w) => overlaps(f, w)));
			if (q) {
				voice = 'quoted';
				speaker = q.speaker;
			} else if (pairAround(unattributed, f)) {
				voice = 'quoted';
			}
		}
		return { start: f.start, end: f.end, text: text.slice(f.start, f.end), category: f.category, term: f.term, voice, speaker };
	});
}

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
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
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
	const wasApplied = a.quotes.some((q) => q.ownVoice) || a.loaded.some((l) => l.ownVoice);
	const quotes0 = wasApplied ? a.quotes.map((q) => (q.ownVoice ? (({ ownVoice: _o, ...rest }) => rest)(q) : q)) : a.quotes;
	const loaded0 = wasApplied ? a.loaded.map((l) => (l.ownVoice ? (({ ownVoice: _o, ...rest }) => ({ ...rest, voice: 'quoted' as const }))(l) : l)) : a.loaded;
	const own = enabled ? quotes0.filter((q) => q.kind === 'direct' && speaksForOutlet(a.outlet, q)) : [];
	if (!own.length) return wasApplied ? resummarise({ ...a, quotes: quotes0 }, loaded0) : a;
	const ownSet = new Set(own);
	const quotes = quotes0.map((q) => (ownSet.has(q) ? { ...q, ownVoice: true } : q));
	const spans = own.flatMap((q) => q.parts ?? [q]);
	const loaded = loaded0.map((l) => (l.voice === 'quoted' && spans.some((s) => overlaps(l, s)) ? { ...l, voice: 'outlet' as const, ownVoice: true } : l));
	return resummarise({ ...a, quotes }, loaded);
}

/** New loaded terms and their densities on an analysis (no lexicon needed to re-count). */
function resummarise(a: ArticleAnalysis, loaded: LoadedTerm[]): ArticleAnalysis {
	// The categories are those the analysis was summarised with; no lexicon is needed to re-count.
	const categories = Object.fromEntries(Object.keys(a.loadedSummary.byCategory).map((k) => [k, { label: k, description: '' }]));
	return { ...a, loaded, loadedSummary: summariseLoaded(loaded, a.words, { version: '', categories, entries: [] }) };
}
