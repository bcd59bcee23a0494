// Finding quotes and their speakers in one article: direct quotes from paired quotation marks,
// reported speech from speech verbs, each attributed to a speaker mention resolved across the article.
import { countWords, paragraphSpans } from '../nlp.js';
import type { CleanArticle, GroupRule, Lexicon, Quote, Span, Token, Tokenised } from '../types.js';
import { speechVerbs, titleWords } from './data.js';
import { ANY_MARK, markedSpans, type MarkedSpan } from './direct.js';
import { classifySpeaker } from './groups.js';
import { Entities, ORG_WORDS, type Entity, isCap, isPossessive, npLeft, npRight, parseMention, subjectLeft, subjectRight, type Mention } from './speakers.js';

type Range = [number, number];

/** A speech cue and the speaker phrase found with it (token ranges). */
type Subject = { np: Range; appos: Range | null; mention?: Range };

export interface Attribution {
	cue: Range | null;
	np: Range | null;
	appos: Range | null;
	/** The mention's extent when it is more than the name ("Jane Doe, who"). */
	mention?: Range;
}

const SENTENCE_END = new Set(['.', '!', '?']);
const DETS_INDEF = new Set(['a', 'an', 'the']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'recently', 'previously']);
/** Verbs whose object is the listener, not the content: "told VOA that ...". */
const LISTENER_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'advise', 'ask', 'urge', 'promise']);
/** Nouns that make "said in a statement" one cue. */
const CHANNEL_NOUNS = new Set(['statement', 'interview', 'email', 'e-mail', 'letter', 'speech', 'release', 'post', 'tweet', 'message', 'briefing', 'conference', 'note', 'report', 'video', 'op-ed', 'column', 'blog', 'broadcast', 'address', 'testimony', 'filing', 'memo', 'call']);

/** Words after which a verb-looking word is a noun ("the calls", "his claims"). */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'every', 'each', 'his', 'its', 'their', 'our', 'my', 'your']);
/** Prepositions that take a noun phrase, never a clause ("despite union calls for ..."), unlike "after". */
const NP_PREPS = new Set(['for', 'despite', 'amid', 'amidst', 'against', 'about', 'over', 'to', 'with', 'of', 'from', 'regarding', 'toward', 'towards', 'without', 'into', 'on', 'at', 'under', 'like']);

/**
 * "has brushed aside union calls for ...", "despite ministry claims that ...": a word that reads as a
 * verb's -s form or a plural noun, after a noun phrase that is itself the object of a verb or a
 * preposition, is the head of that noun phrase, so not a speech cue: the noun phrase is no subject.
 */
function nounAfterObject(toks: Token[], cue: number, np: Range, lo: number): boolean {
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

/** The token's lemma, plus regular-ending stems for words the lite model leaves unlemmatised. */
function lemmaCandidates(t: Token): string[] {
	const n = t.normal;
	const stems = [n.replace(/ed$/, ''), n.replace(/d$/, ''), n.replace(/s$/, ''), n.replace(/ing$/, ''), n.replace(/ing$/, 'e'), n.replace(/ied$/, 'y'), n.replace(/ies$/, 'y')];
	return [t.lemma.toLowerCase(), n, ...stems.filter((x) => x !== n && x.length > 2)];
}

export class Ctx {
	toks: Token[];
	/** For each token, the index of the marked span whose content contains it, else -1. */
	inQuote: Int32Array;
	isMark: boolean[];
	byStart = new Map<number, number>();
	verbs = speechVerbs();
	entities = new Entities();
	paragraphs: Span[];

	constructor(
		public text: string,
		tok: Tokenised,
		paragraphs: Span[],
		public marks: MarkedSpan[],
		/** Loaded reporting verbs from the lexicon: by definition they report speech too ("barked"). */
		extraCues: string[] = []
	) {
		if (extraCues.length) {
			const base = speechVerbs();
			this.verbs = {
				lemmas: new Set([...base.lemmas, ...extraCues.filter((c) => !c.includes(' '))]),
				phrases: [...base.phrases, ...extraCues.filter((c) => c.includes(' ')).map((c) => c.split(' '))]
			};
		}
		this.toks = tok.tokens;
		this.paragraphs = paragraphs;
		this.inQuote = new Int32Array(this.toks.length).fill(-1);
		this.isMark = this.toks.map((t) => t.value.length === 1 && ANY_MARK.test(t.value));
		this.toks.forEach((t, i) => this.byStart.set(t.start, i));
		let m = 0;
		for (let i = 0; i < this.toks.length; i++) {
			const t = this.toks[i];
			while (m < marks.length && marks[m].end <= t.start) m++;
			if (m < marks.length && t.start >= marks[m].start && t.end <= marks[m].end) this.inQuote[i] = m;
		}
	}

	/** Token index at or after a character offset. */
	tokenAt(offset: number): number {
		const exact = this.byStart.get(offset);
		if (exact !== undefined) return exact;
		let lo = 0;
		let hi = this.toks.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.toks[mid].start < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** If a speech cue starts at token i, the token index just past it; else -1. */
	cueAt(i: number, loose = false): number {
		const t = this.toks[i];
		if (!t || this.isMark[i]) return -1;
		const next = this.toks[i + 1];
		if (t.normal === 'according' && next?.normal === 'to') return i + 2;
		for (const ph of this.verbs.phrases) {
			if (ph[0] === 'according') continue;
			if (ph.every((w, k) => this.toks[i + k] && (this.toks[i + k].normal === w || this.toks[i + k].lemma === w))) return i + ph.length;
		}
		// `loose`: right after a quote and its speaker ("...," Smith fumed.) the position says it is the
		// verb, whatever the tagger thought of an unusual past tense.
		// "The Elysee claims that ...": the tagger reads a verb's -s form as a plural noun; before "that"
		// and a clause (not a relative clause), right after a name, it is the verb (the noun readings, "union calls for" after a
		// verb or a preposition, are ruled out where the subject is found).
		// Not before a relative clause: "Southern states that have ...", "states that border the river".
		const after = this.toks[i + 2];
		const clauseStart = !!after && (next?.pos === 'SCONJ' ? !['VERB', 'AUX'].includes(after.pos) : ['DET', 'PRON', 'PROPN', 'NUM'].includes(after.pos));
		const sThat = t.pos === 'NOUN' && /s$/.test(t.normal) && next?.normal === 'that' && this.toks[i - 1]?.pos === 'PROPN' && clauseStart;
		const verbal = t.pos === 'VERB' || sThat || (loose && /(?:ed|s)$/.test(t.normal)) || t.normal === 'says' || t.normal === 'said';
		if (!verbal || !this.isSpeechLemma(t)) return -1;
		if (t.normal === 'said' && this.toks[i - 1]?.pos === 'DET') return -1; // "the said agreement"
		// "the calls", "Ottawa's claims", "their warnings": after an article or a possessive the word is
		// a noun, whatever the tagger made of it.
		const prev = this.toks[i - 1];
		if (prev && (isPossessive(prev) || NOUN_DETERMINERS.has(prev.normal)) && !this.isMark[i - 1]) return -1;
		let end = i + 1;
		// "said in a statement", "wrote in an email": the channel is part of the cue.
		if (this.toks[end]?.normal === 'in' || this.toks[end]?.normal === 'on') {
			for (let k = end + 1; k < Math.min(end + 5, this.toks.length); k++) {
				if (CHANNEL_NOUNS.has(this.toks[k].normal)) {
					end = k + 1;
					break;
				}
				if (!['a', 'an', 'the', 'his', 'her', 'its', 'their', 'written', 'televised', 'joint', 'phone', 'telephone', 'separate', 'new', 'recent', 'facebook', 'radio', 'tv'].includes(this.toks[k].normal)) break;
			}
		}
		return end;
	}

	/** The lite model leaves newer verbs unlemmatised ("tweeted"), so regular endings are also tried. */
	isSpeechLemma(t: Token): boolean {
		return lemmaCandidates(t).some((x) => this.verbs.lemmas.has(x));
	}

	/** A full stop that ends a sentence: not inside a quote, not the dot of "(R-Fla.)" or "Inc.,". */
	isSentenceEnd(i: number): boolean {
		const t = this.toks[i];
		if (!SENTENCE_END.has(t.value) || this.inQuote[i] >= 0) return false;
		const next = this.toks[i + 1];
		if (t.value === '.' && next && next.paragraph === t.paragraph && (next.value === ')' || next.value === ',' || /^[a-z]/.test(next.value))) return false;
		// "N.Y.": a dot with no space after it is inside an abbreviation.
		if (t.value === '.' && next && next.start === t.end && !this.isMark[i + 1]) return false;
		return true;
	}
}

// ---------------------------------------------------------------- speaker from an attribution

export interface SpeakerInfo {
	speaker: string | null;
	mention: Span | null;
	title: string | null;
	affiliation: string | null;
	/** The person or organisation resolved to, whose titles from every mention decide the group. */
	entity?: Entity | null;
}

export function speakerOf(ctx: Ctx, a: Attribution): SpeakerInfo | null {
	if (!a.np) return null;
	let m = parseMention(ctx.text, ctx.toks, a.np[0], a.np[1]);
	if (!m) return null;
	const ap: Mention | null = a.appos ? parseMention(ctx.text, ctx.toks, a.appos[0], a.appos[1]) : null;
	if (ap) {
		if ((m.kind === 'noun' || m.kind === 'org') && ap.kind === 'person') {
			// "An ICC spokesman, Jane Doe, said": the name is in the appositive.
			const title = m.title ?? m.name;
			const aff = m.affiliation ?? (m.kind === 'org' ? m.name : null);
			m = { ...ap, title: ap.title ?? title, affiliation: ap.affiliation ?? aff };
		} else if (m.kind === 'person') {
			m = { ...m, title: m.title ?? ap.title ?? (ap.kind === 'noun' ? ap.name : null), affiliation: m.affiliation ?? ap.affiliation ?? (ap.kind === 'org' ? ap.name : null) };
		}
	}
	const r = ctx.entities.add(m, m.start);
	const span = a.mention ? { start: ctx.toks[a.mention[0]].start, end: ctx.toks[a.mention[1] - 1].end } : { start: m.start, end: m.end };
	return { speaker: r.speaker, mention: span, title: r.title, affiliation: r.affiliation, entity: r.entity };
}

/** Names met anywhere in the text, so later short references and pronouns can be resolved. */
export function scanNames(ctx: Ctx): void {
	const { toks } = ctx;
	const titles = titleWords();
	const STOP_BEFORE = new Set(['in', 'from', 'to', 'at', 'on', 'into', 'across', 'near', 'outside', 'inside', 'of', 'by']);
	let i = 0;
	while (i < toks.length) {
		if (toks[i].pos !== 'PROPN' || !isCap(toks[i])) {
			i++;
			continue;
		}
		let e = i;
		// A dot stays inside a name only when nothing separates it from the next word ("N.Y."), so a
		// name never runs over a sentence end ("the Federal Reserve. Trump says").
		while (
			e < toks.length &&
			((toks[e].pos === 'PROPN' && isCap(toks[e])) ||
				// "Human Rights Watch": the tagger's verb, but only an organisation word, so a headline's
				// "Hollande Says Donald Trump" does not become one name
				(e > i && isCap(toks[e]) && (['NOUN', 'ADJ'].includes(toks[e].pos) || (toks[e].pos === 'VERB' && ORG_WORDS.has(toks[e].normal)))) ||
				(toks[e].value === '.' && e > i && toks[e + 1]?.start === toks[e].end))
		)
			e++;
		const np = npRight(toks, i, e);
		// Take in a title and organisation before the name: "U.N. official Jonas Berg".
		let s = i;
		for (;;) {
			// "President-elect": the tokeniser splits a hyphenated title into three tokens.
			const hy = s >= 3 && toks[s - 2].value === '-' && toks[s - 3].end === toks[s - 2].start && toks[s - 2].end === toks[s - 1].start;
			if (hy && i - s < 4 && titles.has(`${toks[s - 3].normal}-${toks[s - 1].normal}`)) s -= 3;
			else if (s > 0 && i - s < 4 && (titles.has(toks[s - 1].normal) || (isCap(toks[s - 1]) && toks[s - 1].pos === 'PROPN') || isPossessive(toks[s - 1]))) s--;
			else break;
		}
		const prev = toks[s - 1];
		// "Jane Doe, the policy director for Acme," / "An Acme spokesman, Jane Doe,": the appositive
		// gives the title and organisation that quotes of that person are grouped by.
		const withAppositive = (m: Mention, left: boolean): Mention => {
			let ap: Mention | null = null;
			if (toks[e]?.value === ',') {
				const r = npRight(toks, e + 1, Math.min(toks.length, e + 16));
				if (r && ([',', '.'].includes(toks[r[1]]?.value ?? '') || toks[r[1]]?.pos === 'ADP')) ap = parseMention(ctx.text, toks, r[0], r[1]);
			}
			if (!ap && left && s > 1 && toks[s - 1].value === ',') {
				const l = npLeft(toks, s - 2, Math.max(0, s - 16));
				if (l && DETS_INDEF.has(toks[l[0]].normal)) ap = parseMention(ctx.text, toks, l[0], s - 1);
			}
			if (ap && ap.kind !== 'person' && ap.kind !== 'pronoun')
				return { ...m, title: m.title ?? ap.title, affiliation: m.affiliation ?? ap.affiliation ?? (ap.kind === 'org' ? ap.name : null) };
			return m;
		};
		if (np && e - i === 1 && ctx.entities.knowsSurname(toks[i].normal)) {
			// A surname alone ("Perez lobbies ...") keeps that person the latest one mentioned, for "he",
			// and an appositive there ("Perez, the senator,") still tells who they are.
			const m = parseMention(ctx.text, toks, i, e);
			if (m && m.kind === 'person') ctx.entities.add(withAppositive(m, false), m.start);
		} else if (np && e - i >= 2 && !(prev && STOP_BEFORE.has(prev.normal))) {
			let m = parseMention(ctx.text, toks, s, e);
			if (m && m.kind === 'person') m = withAppositive(m, true);
			if (m && (m.kind === 'person' ? m.name.split(/\s+/).length >= 2 : m.kind === 'org')) ctx.entities.add(m, m.start);
		}
		i = e;
	}
}

// ---------------------------------------------------------------- direct quotes

interface Found extends Span {
	kind: 'direct' | 'indirect';
	speaker: SpeakerInfo | null;
	cue: Range | null;
	/** The marked span this came from (direct quotes). */
	mark?: number;
	/** Attribution borrowed from the previous quote, not found next to this one. */
	carried?: boolean;
	/** The pieces in quotation marks when the quote is not one plain marked span. */
	parts?: Span[];
	/** Count words only inside the parts (a statement interrupted by its attribution). */
	partsOnlyWords?: boolean;
}

/** "The next month, a former staffer announced ...": the noun phrase at i is a subject with its own
 * verb, so it is not an appositive of the phrase before the comma. */
function clauseAfter(toks: Token[], i: number, hi: number): boolean {
	const np = npRight(toks, i, hi);
	if (!np) return false;
	let v = np[1];
	while (v < hi && (toks[v].pos === 'ADV' || toks[v].pos === 'AUX')) v++;
	return v < toks.length && toks[v].pos === 'VERB' && !/ing$/.test(toks[v].normal);
}

/**
 * The subject of the clause a participle hangs on: in "Smith left the room, saying ..." the speaker is
 * Smith. The first noun phrase of the sentence that a verb follows (possibly after an appositive).
 */
function clauseSubject(ctx: Ctx, lo: number, hi: number, nearest = false): { np: Range; appos: Range | null } | null {
	const { toks } = ctx;
	let found: { np: Range; appos: Range | null } | null = null;
	// An opening phrase or clause ("In response to X's plan, ...", "When X announced it, ...") ends at
	// its comma; the subject comes after it.
	if (lo < hi && (toks[lo].pos === 'ADP' || toks[lo].pos === 'SCONJ' || ['when', 'after', 'before', 'since', 'as', 'while', 'although', 'though', 'if', 'ever'].includes(toks[lo].normal))) {
		let k = lo + 1;
		while (k < hi && toks[k].value !== ',' && k - lo < 30) k++;
		if (k < hi && toks[k].value === ',') lo = k + 1;
	}
	for (let k = lo; k < hi; k++) {
		if (ctx.inQuote[k] >= 0 || ctx.isMark[k]) continue;
		const t = toks[k];
		if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON' || (t.pos === 'DET' && ['the', 'a', 'an'].includes(t.normal)))) continue;
		// A noun phrase inside a prepositional phrase ("In Ohio, ...") is not the subject.
		if (k > lo && toks[k - 1].pos === 'ADP') continue;
		const np = npRight(toks, k, hi);
		if (!np) continue;
		let m = np[1];
		let appos: Range | null = null;
		if (toks[m]?.value === ',') {
			let n = m + 1;
			while (n < hi && toks[n].value !== ',' && n - m < 15) n++;
			if (n < hi && toks[n].value === ',') {
				// Jump an appositive ("Smith, a senator,") or any other short aside between commas
				// ("Smith, in Ohio,", "Smith, 33,"): measured on annotated news, jumping every short
				// comma-bounded phrase finds the speaker more often than jumping only recognised asides.
				const ap = npRight(toks, m + 1, n);
				if (ap && ap[1] === n) appos = ap;
				m = n + 1;
			}
		}
		while (m < hi && (toks[m].pos === 'ADV' || toks[m].pos === 'AUX' || toks[m].pos === 'PART')) m++;
		// The sentence's first subject, or with `nearest` the one closest to the cue. Measured on
		// annotated news, the first is right more often (the main clause usually comes first).
		if (m < hi && toks[m].pos === 'VERB') {
			found = { np, appos };
			if (!nearest) return found;
		} else if (toks[np[1]]?.value === ',' && DETS_INDEF.has(toks[np[1] + 1]?.normal ?? '') && !TIME_WORDS.has(toks[np[1] - 1].normal) && !clauseAfter(toks, np[1] + 1, hi)) {
			// "The Harbour Court, the only body with power to try fraud, bribery and theft, angered
			// the council ...": an appositive with commas of its own. The subject is the
			// noun phrase before it when a verb follows one of its commas; either way no noun phrase is
			// taken out of the middle of the appositive ("body with power").
			let last = -1;
			let verbAt = -1;
			for (let c = np[1] + 1; c < hi && c - np[1] < 40 && !ctx.isSentenceEnd(c); c++) {
				if (toks[c].value !== ',' || ctx.inQuote[c] >= 0) continue;
				last = c;
				let v = c + 1;
				while (v < hi && (toks[v].pos === 'ADV' || toks[v].pos === 'AUX')) v++;
				// The verb may be the cue itself, at `hi` ("Smith, the mayor of X, Y and Z, said").
				// The tagger reads some past tenses as adjectives ("angered the council").
				if (v <= hi && v < toks.length && (toks[v].pos === 'VERB' || (/ed$/.test(toks[v].normal) && ['DET', 'PROPN', 'NOUN', 'PRON'].includes(toks[v + 1]?.pos ?? '')))) {
					verbAt = v;
					break;
				}
			}
			if (verbAt >= 0) {
				const ap = npRight(toks, np[1] + 1, last);
				found = { np, appos: ap };
				if (!nearest) return found;
				k = verbAt - 1;
				continue;
			}
			if (last >= 0) {
				k = last;
				continue;
			}
		}
		k = np[1] - 1;
	}
	return found;
}

/** Verbs that put the speaker after them: "said Jane Doe", "added the minister". */
const INVERTING = new Set(['say', 'read', 'add', 'write', 'ask', 'continue', 'explain', 'note', 'recall', 'reply', 'respond', 'tell', 'warn', 'insist', 'claim', 'argue', 'declare', 'announce', 'exclaim', 'observe', 'remark', 'comment', 'conclude', 'concede', 'admit', 'acknowledge', 'suggest', 'state', 'counter', 'retort']);

/** "Carson took the stage and called ...": the cue shares the subject of an earlier verb. */
function afterConjunction(toks: Token[], c: number, lo: number): boolean {
	let k = c - 1;
	while (k >= lo && (toks[k].pos === 'ADV' || toks[k].pos === 'AUX')) k--;
	return k >= lo && (toks[k].pos === 'CCONJ' || toks[k].value === ',');
}

/** "was asked", "has been told": a past participle after a form of "be". */
function isPassive(toks: Token[], c: number): boolean {
	let k = c - 1;
	while (k >= 0 && toks[k].pos === 'ADV') k--;
	return k >= 0 && toks[k].lemma === 'be' && /(?:ed|told|said|written|asked|quoted)$/.test(toks[c].normal) && !/ing$/.test(toks[c].normal);
}

const NAMING = new Set(['call', 'name', 'dub', 'label', 'term', 'brand']);

/** A noun phrase headed by a proper noun, or a personal pronoun. */
function isNamed(toks: Token[], np: Range): boolean {
	const head = toks[np[1] - 1];
	return head.pos === 'PROPN' || (np[1] - np[0] === 1 && ['he', 'she', 'they'].includes(head.normal));
}

const isParticiple = (t: Token) => /ing$/.test(t.normal) && t.pos === 'VERB';

function attrAfter(ctx: Ctx, lo: number, hi: number): Attribution | null {
	const { toks } = ctx;
	let k = lo;
	while (k < hi && /^[,—–-]$/.test(toks[k].value)) k++;
	if (k >= hi) return null;
	const c = ctx.cueAt(k);
	if (c > 0) {
		const s = subjectRight(toks, c, hi);
		if (s) return { cue: [k, c], np: s.np, appos: s.appos };
		return null;
	}
	const np = npRight(toks, k, hi);
	if (!np) return null;
	let m = np[1];
	let appos: Range | null = null;
	// "Jane Doe (D-Ohio) said", "Jane Doe, 33, said": skip the party label or the age.
	if (toks[m]?.value === '(') {
		let n = m + 1;
		while (n < hi && toks[n].value !== ')' && n - m < 12) n++;
		if (n < hi) m = n + 1;
	}
	if (toks[m]?.value === ',' && toks[m + 1]?.pos === 'NUM' && toks[m + 2]?.value === ',') m += 3;
	if (toks[m]?.value === ',' && toks[m - 1]?.value !== ',' && toks[m + 1] && ctx.cueAt(m + 1) > 0) m += 1;
	if (toks[m]?.value === ',') {
		const ap = npRight(toks, m + 1, hi);
		if (ap && toks[ap[1]]?.value === ',') {
			appos = ap;
			m = ap[1] + 1;
		} else if (['who', 'which'].includes(toks[m + 1]?.normal ?? '')) {
			// "Cruz, who has proposed repealing it, said"
			let n = m + 2;
			while (n < hi && toks[n].value !== ',' && n - m < 20) n++;
			if (n < hi) m = n + 1;
		}
	}
	let n = 0;
	while (m < hi && n < 2 && (toks[m].pos === 'ADV' || toks[m].pos === 'AUX')) {
		m++;
		n++;
	}
	const c2 = m < hi ? ctx.cueAt(m, m + 1 >= hi || /^[.,!?]$/.test(toks[m + 1].value)) : -1;
	if (c2 > 0) return { cue: [m, c2], np, appos };
	return null;
}

function attrBefore(ctx: Ctx, lo: number, hi: number): Attribution | null {
	const { toks } = ctx;
	// "Clinton: "Our goal is ..."": a name and a colon, as in a transcript or a list of reactions. Right
	// before the quote it outweighs a speech verb further back (often in a headline).
	// Also after a dash or "from" ("Polls were early - Jane Doe: "..."", "More from the report: "..."").
	if (hi - 2 >= lo && toks[hi - 1].value === ':') {
		const np = npLeft(toks, hi - 2, lo);
		const before = np ? toks[np[0] - 1] : undefined;
		const led = np && np[0] > lo && before && (/^[-–—]$/.test(before.value) || before.normal === 'from');
		if (np && (np[0] === lo || led) && (isNamed(toks, np) || before?.normal === 'from')) return { cue: null, np, appos: null };
	}
	for (let c = hi - 1; c >= lo; c--) {
		if (ctx.inQuote[c] >= 0 || ctx.isMark[c]) continue;
		const e = ctx.cueAt(c);
		if (e < 0) continue;
		// "Mook was asked": the subject of a passive is the one spoken to or about, not the speaker.
		if (isPassive(toks, c)) continue;
		// "decided to read from a text": an intention, not the act of speaking the quote reports.
		if (toks[c - 1]?.normal === 'to' && toks[c - 2]?.normal !== 'on') continue; // but "went on to say" is
		// "a group called "..."": naming something, not someone speaking.
		if (NAMING.has(toks[c].lemma) && (toks[c - 1]?.pos === 'NOUN' || toks[c - 1]?.pos === 'PROPN')) {
			const np = npLeft(toks, c - 1, lo);
			if (np && ['a', 'an'].includes(toks[np[0]].normal)) continue;
		}
		if (toks[c].normal === 'according') {
			const np = npRight(toks, e, hi);
			return np ? { cue: [c, e], np, appos: null } : null;
		}
		// "continued" reports speech only when the words follow at once ("he continued: "..."");
		// "Rubio will continue to be "a champion"" is not a cue.
		if (toks[c].lemma === 'continue' && !(ctx.isMark[e] || [',', ':'].includes(toks[e]?.value ?? ''))) continue;
		// "issued a statement saying", "carried signs reading": the statement's author speaks, the
		// subject of the clause, not the object the participle hangs on.
		if (isParticiple(toks[c]) && toks[c - 1] && (toks[c - 1].pos === 'NOUN' || toks[c - 1].pos === 'PROPN')) {
			const obj = npLeft(toks, c - 1, lo);
			const subj = obj && obj[0] > lo ? clauseSubject(ctx, lo, obj[0]) : null;
			if (subj) return { cue: [c, e], np: subj.np, appos: subj.appos };
		}
		const left = subjectLeft(toks, c, lo);
		if (left && nounAfterObject(toks, c, left.np, lo)) continue;
		const s: Subject | null = left ?? (isParticiple(toks[c]) || afterConjunction(toks, c, lo) ? clauseSubject(ctx, lo, c) : null) ?? (INVERTING.has(toks[c].lemma) && (c === lo || toks[c - 1].value === ',' || ctx.isMark[c - 1]) ? subjectRight(toks, e, hi) : null);
		if (s) return { cue: [c, e], np: s.np, appos: s.appos, mention: s.mention };
	}
	// "Smith put it this way:" — a named speaker's verb introduces a quote after a colon. Only the first
	// verb of the sentence, right after a name or pronoun, so "the liars use this to smear:" is not a speaker.
	if (hi - 1 >= lo && toks[hi - 1].value === ':') {
		for (let c = lo; c < hi - 1; c++) {
			if (toks[c].pos === 'VERB' && ctx.inQuote[c] < 0) {
				const s = subjectLeft(toks, c, lo);
				if (s && (toks[s.np[1] - 1].pos === 'PROPN' || toks[s.np[1] - 1].pos === 'PRON')) return { cue: [c, c + 1], np: s.np, appos: s.appos };
				break;
			}
		}
	}
	return null;
}

/** Token index range of the attribution windows on either side of a marked span. */
function windows(ctx: Ctx, m: MarkedSpan): { before: Range; after: Range } {
	const { toks } = ctx;
	const para = ctx.paragraphs[m.paragraph];
	const oi = ctx.tokenAt(m.open);
	let lo = oi;
	while (lo > 0 && toks[lo - 1].paragraph === toks[oi].paragraph) {
		if (ctx.isMark[lo - 1] || ctx.isSentenceEnd(lo - 1)) break;
		lo--;
	}
	const ai = m.close >= 0 ? ctx.tokenAt(m.close) + 1 : ctx.tokenAt(para.end);
	let hi = ai;
	while (hi < toks.length && toks[hi].start < para.end && hi - ai < 30) {
		const t = toks[hi];
		if (ctx.isMark[hi] || (SENTENCE_END.has(t.value) && ctx.isSentenceEnd(hi))) break;
		hi++;
	}
	return { before: [lo, oi], after: [ai, hi] };
}

function findDirect(ctx: Ctx): Found[] {
	const out: Found[] = [];
	const { text, toks } = ctx;
	let prev: Found | null = null;
	ctx.marks.forEach((m, idx) => {
		const w = windows(ctx, m);
		const last = text.slice(m.start, m.end).replace(/['’"”]+$/, '').slice(-1);
		const runsOn = /[,?!—–-]/.test(last) || m.close < 0;
		let a: Attribution | null = null;
		if (runsOn) a = attrAfter(ctx, w.after[0], w.after[1]) ?? attrBefore(ctx, w.before[0], w.before[1]);
		else a = attrBefore(ctx, w.before[0], w.before[1]) ?? attrAfter(ctx, w.after[0], w.after[1]);
		// A quote opening a paragraph after one that ends with a colon: "Smith continued:"
		const oi = ctx.tokenAt(m.open);
		if (!a && w.before[0] === oi && oi > 0 && toks[oi - 1].value === ':') {
			let lo = oi - 1;
			while (lo > 0 && !ctx.isSentenceEnd(lo - 1) && !ctx.isMark[lo - 1] && toks[lo - 1].paragraph === toks[oi - 1].paragraph) lo--;
			a = attrBefore(ctx, lo, oi);
		}
		// No attribution next to the quote: the person the sentence is about speaks ("Smith embraced the
		// plan -- "It works.""), or, for a quote opening its sentence, the person the previous sentence
		// of the paragraph is about ("Smith touted her record. "We need ...""). Only names and personal
		// pronouns: "The report found ..." followed by a quote is too often the writer quoting a document.
		// A word or two in marks needs a speech verb to count as speech (else it is a scare quote).
		const long = countWords(text.slice(m.start, m.end)) > 4;
		if (!a && long) {
			const s = clauseSubject(ctx, w.before[0], w.before[1]);
			if (s && isNamed(toks, s.np)) a = { cue: null, np: s.np, appos: s.appos };
		}
		if (!a && long && w.before[0] === w.before[1] && w.before[0] > 0) {
			const end = w.before[0] - 1;
			let lo = end;
			while (lo > 0 && toks[lo - 1].paragraph === toks[end].paragraph && !ctx.isSentenceEnd(lo - 1) && !ctx.isMark[lo - 1]) lo--;
			const samePara = toks[end].paragraph === toks[w.before[0]].paragraph;
			const hasQuote = toks.slice(lo, end + 1).some((_, k) => ctx.isMark[lo + k]) || (lo > 0 && ctx.isMark[lo - 1]);
			if (samePara && !hasQuote && !ctx.isMark[end]) {
				a = attrBefore(ctx, lo, end);
				if (!a) {
					const s = clauseSubject(ctx, lo, end);
					if (s && isNamed(toks, s.np)) a = { cue: null, np: s.np, appos: s.appos };
				}
			}
		}
		const para = ctx.paragraphs[m.paragraph];
		const opensPara = text.slice(para.start, m.open).trim() === '';
		// "...."¶"- Jane Doe, Springfield." — a dash line after a quote-only paragraph names its speaker.
		if (!a && m.close >= 0 && opensPara && text.slice(m.close + 1, para.end).trim() === '' && m.paragraph + 1 < ctx.paragraphs.length) {
			const next = ctx.paragraphs[m.paragraph + 1];
			const d = /^\s*[-–—]\s*/.exec(text.slice(next.start, next.end));
			if (d) {
				const k = ctx.tokenAt(next.start + d[0].length);
				const np = npRight(toks, k, ctx.tokenAt(next.end));
				if (np && isNamed(toks, np)) a = { cue: null, np, appos: null };
			}
		}
		let speaker = a ? speakerOf(ctx, a) : null;
		let carried = false;
		if (!speaker && prev?.speaker) {
			// A quote with no attribution of its own continues the previous speaker's statement when it
			// follows on directly: same paragraph, a paragraph of its own, or a paragraph that opens with it.
			const prevPara = ctx.marks[prev.mark!]?.paragraph ?? -1;
			if (m.continues || prevPara === m.paragraph || (opensPara && prevPara === m.paragraph - 1)) {
				speaker = { ...prev.speaker, mention: prev.speaker.mention };
				carried = true;
			}
		}
		const f: Found = { start: m.start, end: m.end, kind: 'direct', speaker, cue: a?.cue ?? null, mark: idx, carried };
		out.push(f);
		if (speaker) prev = f;
	});
	return out;
}

// ---------------------------------------------------------------- indirect (reported) speech

function trimRange(ctx: Ctx, s: number, e: number): Range {
	const { toks } = ctx;
	while (s < e && /^[,:;—–-]$/.test(toks[s].value)) s++;
	while (e > s && (/^[,.:;!?—–-]$/.test(toks[e - 1].value) || ctx.isMark[e - 1])) e--;
	return [s, e];
}

function findIndirect(ctx: Ctx): Found[] {
	const { toks, text } = ctx;
	const out: Found[] = [];
	const sentences: Range[] = [];
	{
		let s = 0;
		for (let i = 0; i < toks.length; i++) {
			// wink ends sentences at abbreviations ("Sen. Jane Doe (D-Vt.) said"); keep those together.
			const abbrev = toks[i].value === '.' && !ctx.isSentenceEnd(i) && toks[i + 1]?.paragraph === toks[i].paragraph;
			const endHere = i === toks.length - 1 || (toks[i + 1].sentence !== toks[i].sentence && !abbrev);
			if (endHere) {
				sentences.push([s, i + 1]);
				s = i + 1;
			}
		}
	}
	for (const [ss, se] of sentences) {
		for (let i = ss; i < se; i++) {
			if (ctx.inQuote[i] >= 0 || ctx.isMark[i]) continue;
			const e = ctx.cueAt(i);
			if (e < 0) continue;
			const t = toks[i];
			let content: Range | null = null;
			let att: Attribution | null = null;
			if (t.normal === 'according') {
				const np = npRight(toks, e, se);
				if (!np) continue;
				att = { cue: [i, e], np, appos: null };
				if (i === ss || (i - 1 >= ss && toks[i - 1].value === ',' && i - 1 === ss)) {
					let k = np[1];
					while (k < se && toks[k].value !== ',') k++;
					content = trimRange(ctx, k + 1, se);
				} else content = trimRange(ctx, ss, i);
			} else {
				if (t.lemma === 'continue' && !(ctx.isMark[e] || [',', ':'].includes(toks[e]?.value ?? ''))) continue;
				if (isPassive(toks, i)) continue;
				// "an opportunity for the Kremlin to assert ...": an infinitive is not an act of speaking.
				if (toks[i - 1]?.normal === 'to' && toks[i - 2]?.normal !== 'on') continue;
				let objSubj: Subject | null = null;
				if (isParticiple(t) && toks[i - 1] && (toks[i - 1].pos === 'NOUN' || toks[i - 1].pos === 'PROPN')) {
					const obj = npLeft(toks, i - 1, ss);
					objSubj = obj && obj[0] > ss ? clauseSubject(ctx, ss, obj[0]) : null;
				}
				const left = subjectLeft(toks, i, ss);
				if (!objSubj && left && nounAfterObject(toks, i, left.np, ss)) continue;
				const subj: Subject | null = objSubj ?? left ?? (isParticiple(t) && toks[i - 1]?.value === ',' ? clauseSubject(ctx, ss, i) : null);
				if (subj) {
					att = { cue: [i, e], np: subj.np, appos: subj.appos, mention: subj.mention };
					let k = e;
					if (LISTENER_VERBS.has(t.lemma)) {
						const obj = npRight(toks, k, se);
						if (obj && obj[1] - obj[0] <= 4) k = obj[1];
						// "told French state television on Sunday that ...": however long the listener and
						// the when, a "that" with no verb before it opens what was said.
						for (let j = e; j < Math.min(se, e + 10); j++) {
							if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX' || ctx.isMark[j]) break;
							if (toks[j].normal === 'that') {
								k = Math.max(k, j);
								break;
							}
						}
					}
					// "on Monday", "to reporters", "by phone", "at a news conference" before the clause
					for (let rep = 0; rep < 3; rep++) {
						// "said Wednesday that", "said last week": when, not what
						while (k < se && (TIME_WORDS.has(toks[k].normal) || (['last', 'this'].includes(toks[k].normal) && TIME_WORDS.has(toks[k + 1]?.normal ?? '')))) k++;
						if (k < se && toks[k].pos === 'ADP' && toks[k].normal !== 'that') {
							const pp = npRight(toks, k + 1, se);
							if (pp && pp[1] - k <= 6) k = pp[1];
						}
						while (k < se && toks[k].value === ',') k++;
					}
					if (toks[k]?.normal === 'that' || toks[k]?.normal === ':') k++;
					// "..., she said, signaling ...": a participle after the cue is the writer's gloss, and a
					// preposition cannot start a reported clause; the words are before the cue (handled below).
					const gloss = k < se && toks[k].pos === 'VERB' && /ing$/.test(toks[k].normal) && toks[k - 1]?.value === ',';
					const place = k < se && toks[k].pos === 'ADP' && toks[k].normal !== 'that' && countWords(text.slice(toks[k].start, toks[se - 1].end)) <= 5;
					const glossOrPlace = gloss || place;
					if (k < se && ctx.isMark[k] && ctx.inQuote[k + 1] >= 0) continue; // X said: "..." is a direct quote
					const before = subj.np[0];
					content = trimRange(ctx, k, se);
					if (glossOrPlace || countWords(text.slice(toks[content[0]]?.start ?? 0, toks[content[1] - 1]?.end ?? 0)) < 3 || content[1] <= content[0]) {
						// Inverted: "The plan will fail, officials said." — the clause comes first.
						const comma = subj.appos ? before - 1 : before - 1;
						if (comma > ss && toks[comma].value === ',') content = trimRange(ctx, ss, comma);
						else content = null;
					}
				} else if (i - 1 > ss && toks[i - 1].value === ',' && i + 1 <= se && !isParticiple(t)) {
					// "The plan will fail, said Jane Doe." Not after a participle: in "X is not a party to
					// it, citing fears about ...", the noun phrase is what was cited, not who cited it (that
					// is the clause subject, found above, or nobody). A verb that seldom inverts needs a name
					// that ends the clause ("..., predicted Jane Doe, the former governor"), not an object
					// ("..., called the announcement a stunt").
					const s2 = subjectRight(toks, e, se);
					if (!s2) continue;
					const after = toks[s2.np[1]];
					if (!INVERTING.has(t.lemma) && !(isNamed(toks, s2.np) && (!after || s2.np[1] >= se || [',', '.', '!', '?'].includes(after.value)))) continue;
					att = { cue: [i, e], np: s2.np, appos: s2.appos };
					content = trimRange(ctx, ss, i - 1);
				}
			}
			if (!att || !content || content[1] <= content[0]) continue;
			const cs = toks[content[0]].start;
			const ce = toks[content[1] - 1].end;
			if (countWords(text.slice(cs, ce)) < 3) continue;
			const speaker = speakerOf(ctx, att);
			if (!speaker) continue;
			out.push({ start: cs, end: ce, kind: 'indirect', speaker, cue: att.cue });
		}
	}
	return out;
}

// ---------------------------------------------------------------- assembly

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));


export function findQuotes(article: CleanArticle, tok: Tokenised, rules: GroupRule[], lexicon: Lexicon): Quote[] {
	const text = article.text;
	if (!tok.tokens.length) return [];
	const paragraphs = article.paragraphs.length ? article.paragraphs : paragraphSpans(text).paragraphs;
	const marks = markedSpans(text, paragraphs);
	const loaded = reportingLemmas(lexicon);
	const ctx = new Ctx(text, tok, paragraphs, marks, [...loaded]);
	scanNames(ctx);
	// Direct quotes first: their attributions also introduce the speakers later pronouns point to.
	const direct = findDirect(ctx);
	const indirect = findIndirect(ctx);

	// A quoted fragment inside a reported clause is a partial (mixed) quote: keep one quote, the clause,
	// marked direct because it carries the speaker's own words; a reported clause that is mostly the
	// quoted words is just the direct quote.
	const dropped = new Set<Found>();
	for (const ind of indirect) {
		for (const d of direct) {
			if (dropped.has(d)) continue;
			const ov = overlap(d, ind);
			if (ov <= 0) continue;
			if (ov >= 0.5 * (ind.end - ind.start)) {
				if (!d.speaker || d.carried) {
					d.speaker = ind.speaker;
					d.cue = ind.cue;
					d.carried = false;
				}
				dropped.add(ind);
			} else if (ov >= 0.8 * (d.end - d.start)) {
				ind.kind = 'direct';
				ind.parts = [...(ind.parts ?? []), ...(d.parts ?? [{ start: d.start, end: d.end }])];
				dropped.add(d);
			}
		}
	}
	// One statement, one quote. A quote interrupted by its attribution ("A," she said, "B.") and the
	// quote-only paragraphs that carry on the same speaker's statement are one act of quoting: counting
	// them as several would inflate the speaker's number of quotes with the writer's layout choices (and
	// annotated corpora such as PolNeAR treat them as one attribution). The pieces in quotation marks are
	// kept as `parts`, and only their words count, not the "she said" between them.
	let prevD: Found | null = null;
	for (const b of direct) {
		if (dropped.has(b)) continue;
		const a = prevD;
		prevD = b;
		if (!a || !a.speaker || !b.speaker || a.kind !== 'direct') continue;
		if (marks[b.mark!].paragraph - marks[a.mark!].paragraph > 1) continue;
		const sameCue = !!a.cue && !!b.cue && a.cue[0] === b.cue[0];
		if (!sameCue && !b.carried) continue;
		b.partsOnlyWords = true;
		b.parts = [...(a.parts ?? [{ start: a.start, end: a.end }]), ...(b.parts ?? [{ start: b.start, end: b.end }])];
		b.start = a.start;
		b.speaker = a.speaker;
		b.cue = a.cue;
		b.carried = a.carried;
		dropped.add(a);
	}
	const all = [...direct, ...indirect].filter((f) => !dropped.has(f));
	// Scare quotes: a word or two in quotation marks with nobody saying them is the outlet holding a
	// term at arm's length, not speech (the loaded-terms stage reports those).
	const quotes = all.filter((f) => {
		if (f.kind !== 'direct' || f.speaker) return true;
		const words = countWords(text.slice(f.start, f.end));
		return words > 4;
	});
	quotes.sort((a, b) => a.start - b.start || a.end - b.end);

	return quotes.map((f): Quote => {
		const cueText = f.cue ? text.slice(ctx.toks[f.cue[0]].start, ctx.toks[f.cue[1] - 1].end) : null;
		const cueToks = f.cue ? ctx.toks.slice(f.cue[0], f.cue[1]) : [];
		const cueLemmas = cueToks.map((t) => t.lemma.toLowerCase());
		const isLoaded =
			cueToks.length > 0 &&
			(loaded.has(cueLemmas.join(' ')) || lemmaCandidates(cueToks[0]).some((x) => loaded.has(x)) || (cueLemmas.length > 1 && loaded.has(cueLemmas.slice(0, 2).join(' '))));
		const sp = f.speaker;
		const words = f.partsOnlyWords && f.parts ? f.parts.reduce((n, p) => n + countWords(text.slice(p.start, p.end)), 0) : countWords(text.slice(f.start, f.end));
		const q: Quote = {
			start: f.start,
			end: f.end,
			text: text.slice(f.start, f.end),
			kind: f.kind,
			speaker: sp?.speaker ?? null,
			speakerStart: f.carried ? null : (sp?.mention?.start ?? null),
			speakerEnd: f.carried ? null : (sp?.mention?.end ?? null),
			cue: f.carried ? null : cueText,
			cueStart: f.carried || !f.cue ? null : ctx.toks[f.cue[0]].start,
			cueEnd: f.carried || !f.cue ? null : ctx.toks[f.cue[1] - 1].end,
			cueKind: !f.carried && isLoaded ? 'loaded' : 'neutral',
			affiliation: sp?.affiliation ?? sp?.entity?.affiliation ?? null,
			group: sp?.speaker ? groupOf(rules, sp) : 'unclassified',
			words
		};
		if (f.parts && f.parts.length) q.parts = f.parts;
		return q;
	});
}

/**
 * The speaker's group from this mention, else from what any mention of the same speaker said about
 * them, before or after this quote: "President-elect Jane Doe" early on makes a later "Doe said"
 * government, and so does "Doe, the senator," further down.
 */
function groupOf(rules: GroupRule[], sp: SpeakerInfo): Quote['group'] {
	const g = classifySpeaker(rules, sp.affiliation, sp.title, sp.speaker);
	if (g !== 'unclassified' || !sp.entity) return g;
	for (const a of [sp.entity.affiliation, ...sp.entity.affiliations]) {
		const ga = a ? classifySpeaker(rules, a, null, null) : 'unclassified';
		if (ga !== 'unclassified') return ga;
	}
	for (const t of [sp.entity.title, ...sp.entity.titles]) {
		const gt = t ? classifySpeaker(rules, null, t, null) : 'unclassified';
		if (gt !== 'unclassified') return gt;
	}
	return g;
}

/** Loaded reporting verbs from the lexicon, as lemma strings ("claim", "lash out"). */
function reportingLemmas(lexicon: Lexicon): Set<string> {
	return new Set(lexicon.entries.filter((e) => e.category === 'reporting').map((e) => e.words.join(' ').toLowerCase()));
}
