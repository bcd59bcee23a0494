// Direct quotes: each quoted span with its attribution, found next to it, in the sentence before, on a
// dash line after a quote-only paragraph, or carried over from the quote it continues.
import { countWords } from '../nlp.js';
import type { Span, Token } from '../types.js';
import type { Ctx, Range } from './context.js';
import type { MarkedSpan } from './spans.js';
import { headlineGiven } from './work-titles.js';
import { attrAfter, attrBefore, clauseSubject, isNamed, isSource, speakerOf, windows, type Attribution, type SpeakerInfo } from './attribution.js';
import { isCap } from './mentions.js';
import { npLeft, npRight } from './phrases.js';
import { subjectLeft } from './subjects.js';
import { counterfactual, insideUnsaid, isPassive } from './cues.js';
import { attrPastClause, clauseRightAfter, endsClause } from './cue-clause.js';
import { putsOutSaid } from './issuers.js';
import { speechNounOwner, uttererOf } from './speech-owner.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const QUOTE_START = /^[\p{Lu}"“'‘«]/u;

export interface Found extends Span {
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
	/** The speaker owns or utters a speech noun right before the marks ("Trump's order for the "…""). */
	owned?: boolean;
	/** Goes on in lower case with the statement of the quotation before, after its cue ("“A,” X wrote …, “but b”"). */
	goesOn?: boolean;
}

export function findDirect(ctx: Ctx): Found[] {
	const out: Found[] = [];
	const { text, toks } = ctx;
	let prev: Found | null = null;
	// the quote that pieces run on to (spans.ts runOn), and its last piece's mark
	let runOnOf: Found | null = null;
	let runOnLast = -1;
	ctx.marks.forEach((m, idx) => {
		// Marks inside a run of punctuation the tokeniser kept whole ("//«.”’"): no words, nothing to attribute.
		const first = ctx.tokenAt(m.start);
		if (first >= toks.length || toks[first].start >= m.end || ctx.tokenAt(m.open) >= toks.length) {
			out.push({ start: m.start, end: m.end, kind: 'direct', speaker: null, cue: null, mark: idx });
			return;
		}
		const w = windows(ctx, m);
		const last = text.slice(m.start, m.end).replace(/['’"”]+$/, '').slice(-1);
		const runsOn = /[,?!—–-]/.test(last) || m.close < 0;
		let a: Attribution | null = null;
		// "… recalled that he said, "I'll …," the office said": a cue right before the opening mark
		// introduces these words, whatever follows them.
		const oi0 = ctx.tokenAt(m.open);
		// (and "When Sen. Dick Durbin asked Ford “with what degree of certainty …?” Ford replied, …": a
		// question put to someone named right before the marks is the asker's, whoever replies after it)
		const cueRightBefore = (oi0 >= 2 && [',', ':'].includes(toks[oi0 - 1].value) && ctx.cueAt(oi0 - 2) === oi0 - 1) || askedOf(ctx, oi0);
		const uttered = uttererOf(ctx, oi0, w.before[0]);
		if (uttered) a = uttered;
		else if (runsOn && !cueRightBefore) {
			a = attrAfter(ctx, w.after[0], w.after[1]);
			// ('to chants of "Marco! Marco!," the senator said his campaign was …': a cue whose own clause
			// follows it reports that clause, not the words before it; review LL of the 47th stop)
			if (a?.cue && clauseRightAfter(ctx, a)) a = null;
			// ""…," according to The Examiner" after "he told an audience that "…"": the outlet relays what
			// the speaker before the words said
			const before = !a || toks[a.cue?.[0] ?? -1]?.normal === 'according' ? attrBefore(ctx, w.before[0], w.before[1]) : null;
			if (before && (!a || before.cue)) a = before;
			// (and the second of two quotations joined by "and" before it: "… that "A," and "B," according to …")
			else if (a && toks[a.cue?.[0] ?? -1]?.normal === 'according' && prev?.speaker && prev.cue && coordinated(ctx, prev, m)) a = null;
		}
		else {
			a = attrBefore(ctx, w.before[0], w.before[1]);
			// ("he asked about the union, called the mayor a “liar” and said, “…”": the cue right before the
			// marks has its subject before an earlier quoted word of its sentence, past the window's start)
			if (!a && cueRightBefore) a = attrBefore(ctx, ctx.sentenceStart(w.before[0]), w.before[1]);
			// After a quote that ends its sentence, "Smith said she never …" is Smith's next statement, not
			// the attribution of these words: only a cue that ends its clause ("…." Smith said.) counts.
			if (!a) {
				const after = attrAfter(ctx, w.after[0], w.after[1]);
				if (after && (!after.cue || endsClause(ctx, after))) a = after;
			}
		}
		// ('"…" if she didn't win by more, said David Wasserman': the attribution after a clause of condition)
		// (only where the sentence goes on: not after '"… obvious." When his editors asked, he'd respond')
		if (!a && m.close >= 0 && !/[.!?]$/.test(last)) a = attrPastClause(ctx, w.after[0], w.after[1]);
		// A quote opening a paragraph after one that ends with a colon: "Smith continued:"
		const oi = ctx.tokenAt(m.open);
		if (!a && w.before[0] === oi && oi > 0 && toks[oi - 1].value === ':') {
			let lo = oi - 1;
			while (lo > 0 && !ctx.isSentenceEnd(lo - 1) && !ctx.isMark[lo - 1] && toks[lo - 1].paragraph === toks[oi - 1].paragraph) lo--;
			a = attrBefore(ctx, lo, oi);
		}
		const para = ctx.paragraphs[m.paragraph];
		const opensPara = text.slice(para.start, m.open).trim() === '';
		// "...."¶"- Jane Doe, Springfield." — a dash line after a quote-only paragraph names its speaker,
		// before the paragraph before it is asked who speaks (a fact-check's "- Hillary Clinton." under her
		// words had given them to Sanders, the subject of the paragraph above);
		// not right after a paragraph with a quote of someone's, which the paragraph goes on with ("…,"
		// Pompeo said. ¶ "And as they unfold, …" ¶ — Tracy Wilkinson: the reporter's sign-off)
		const afterQuoted = !!prev?.speaker && (ctx.marks[prev.mark!]?.paragraph ?? -1) === m.paragraph - 1;
		if (!a && !afterQuoted && m.close >= 0 && opensPara && text.slice(m.close + 1, para.end).trim() === '' && m.paragraph + 1 < ctx.paragraphs.length) {
			const next = ctx.paragraphs[m.paragraph + 1];
			const d = /^\s*[-–—]\s*/.exec(text.slice(next.start, next.end));
			if (d) {
				const k = ctx.tokenAt(next.start + d[0].length);
				const np = npRight(toks, k, ctx.tokenAt(next.end));
				if (np && isNamed(toks, np)) a = { cue: null, np, appos: null };
			}
		}
		// No attribution next to the quote: the person the sentence is about speaks ("Smith embraced the
		// plan -- "It works.""), or, for a quote opening its sentence, the person the previous sentence
		// of the paragraph is about ("Smith touted her record. "We need ...""). Only names and personal
		// pronouns: "The report found ..." followed by a quote is too often the writer quoting a document.
		// A word or two in marks needs a speech verb to count as speech (else it is a scare quote).
		const long = countWords(text, m.start, m.end, 4) > 4;
		// "Trump was asked, "...": the one asked is not the one speaking, and the asker is not named.
		const asked = !a && toks.slice(w.before[0], w.before[1]).some((t, k) => isPassive(toks, w.before[0] + k) && ctx.isSpeechLemma(t));
		if (!a && long && !asked) {
			const s = clauseSubject(ctx, w.before[0], w.before[1]);
			if (s && isSource(ctx, s.np)) a = { cue: null, np: s.np, appos: s.appos };
		}
		if (!a && long && !asked && w.before[0] === w.before[1] && w.before[0] > 0) {
			const end = w.before[0] - 1;
			let lo = end;
			while (lo > 0 && toks[lo - 1].paragraph === toks[end].paragraph && !ctx.isSentenceEnd(lo - 1) && !ctx.isMark[lo - 1]) lo--;
			const samePara = toks[end].paragraph === toks[w.before[0]].paragraph;
			// (a quote right before the sentence, in the same paragraph: one ending the paragraph before is another matter)
			const hasQuote = toks.slice(lo, end + 1).some((_, k) => ctx.isMark[lo + k]) || (lo > 0 && ctx.isMark[lo - 1] && toks[lo - 1].paragraph === toks[lo].paragraph);
			if (samePara && !hasQuote && !ctx.isMark[end]) {
				a = attrBefore(ctx, lo, end);
				if (!a) {
					const s = clauseSubject(ctx, lo, end);
					if (s && isSource(ctx, s.np)) a = { cue: null, np: s.np, appos: s.appos };
				}
			} else if (!samePara && ctx.isSentenceEnd(end) && quoteFree(ctx, toks[end].paragraph)) {
				// A quote-only paragraph after a paragraph, free of quotes, that ends on what a named person
				// did or said ("Valastro praised Christie's record." ¶ "We need someone who ...").
				// (its last sentence whole, over a fragment in marks)
				while (lo > 0 && toks[lo - 1].paragraph === toks[end].paragraph && !ctx.isSentenceEnd(lo - 1)) lo--;
				const a2 = attrBefore(ctx, lo, end);
				const s = a2 ? null : clauseSubject(ctx, lo, end);
				// (not a sentence that only says what the subject is: "TVEL is a Russian nuclear fuel company." ¶
				// "They (TVEL) continue to …" is someone else's words about it)
				const defines = !!s && definitionAfter(toks, s.np[1]);
				const pick = a2?.np ? a2 : s && !defines ? { cue: null, np: s.np, appos: s.appos } : null;
				if (pick?.np && isNamed(toks, pick.np) && !(toks[pick.np[0]].pos === 'PRON' && toks[pick.np[0]].normal === 'they')) a = { ...pick, cue: null };
				// ("It was caught on video as Bolton gave a speech at the gathering." ¶ "There is …": the one
				// whose speech the sentence tells of, wherever in it)
				else a = speechGiver(ctx, lo, end);
			}
		}
		// "directives from Xi to "…"", "the minister's warning that "…"": a speech noun with its owner.
		if (!a) a = speechNounOwner(ctx, ctx.tokenAt(m.open), w.before[0]);
		// "Reid has been pounding Trump as a “con artist”", "Trump admires Putin as a “strong leader”": the
		// marked words describe the object for the clause's named subject; the quote holds "Trump as a …"
		let asFrom = -1;
		if (!a) {
			const fr = asFrame(ctx, ctx.tokenAt(m.open), w.before[0]);
			if (fr) {
				a = fr.a;
				asFrom = fr.from;
			}
		}
		// "“….”― Jane Doe" (a line of its own, or the end of the paragraph): a dash right after the
		// closing mark signs the quote, as under an epigraph or in a vox pop
		if (!a && m.close >= 0) {
			const sig = /^[ \t\u00a0]*[―—–-]{1,2}[ \t\u00a0]*/.exec(text.slice(m.close + 1, Math.min(para.end, m.close + 12)));
			if (sig) {
				const from = m.close + 1 + sig[0].length;
				// (a signature is a short line: at most 160 characters are read)
				const win = Math.min(para.end, from + 160);
				const nl = text.slice(from, win).search(/\n/);
				const lineEnd = nl < 0 ? win : from + nl;
				const k = ctx.tokenAt(from);
				const np = npRight(toks, k, ctx.tokenAt(lineEnd));
				const rest = np ? text.slice(toks[np[1] - 1].end, lineEnd) : '';
				if (np && isNamed(toks, np) && /^[\s\u00a0]*(?:[,.][^"“”]{0,80})?$/.test(rest)) a = { cue: null, np, appos: null };
			}
		}
		// "“Tower Hamlets is home to …,” the motion begins": a subject and a verb right after a quote that
		// runs on are its attribution, whatever the verb, when the subject can speak (a person, an
		// organisation, a document)
		if (!a) {
			const own = ownSubject(ctx, m);
			if (own && isSource(ctx, own)) a = { cue: null, np: own, appos: null };
		}
		// ("Would Schiff have pleaded to keep the "whistleblower's" identity secret?": not said)
		// (nor what such an unused cue's clause reports: "… would then have claimed that … Obama had confirmed …")
		if (a?.cue && (counterfactual(toks, a.cue[0], Math.max(0, a.cue[0] - 8)) || insideUnsaid(ctx, a.cue[0], 0))) a = null;
		// "when the "reset" proved to be appeasement": a term in marks after an article, the subject of a
		// verb of its own, is the writer's word held at arm's length, whoever speaks in the sentence
		if (a && termAsSubject(ctx, m)) a = null;
		// ("stories with headlines such as “…”": a page's words, no one's the sentence names; work-titles.ts)
		const headline = headlineGiven(ctx, m.open);
		if (headline) a = null;
		// "“Many people are uncertain …,” Thiel wrote in a statement to Wired explaining why he is speaking at
		// the convention, “but most Americans agree …”": words going on in lower case, in the sentence of the
		// quotation before and right after its attribution, are the rest of that statement, whatever other
		// verb the attribution holds (review QQ of the 52nd stop had them Wired's, the subject of "explaining")
		const goesOn = goesOnFrom(ctx, prev, idx, m);
		if (goesOn) a = null;
		let speaker = goesOn ? { ...prev!.speaker!, mention: prev!.speaker!.mention } : a ? speakerOf(ctx, a) : null;
		let carried = goesOn;
		// "… Smith said. The so-called "reform" passed anyway": a word or three in marks inside the
		// writer's own sentence is a scare quote or a title, not more of the statement before it
		const scare = (countWords(text, m.start, m.end, 3) <= 3 && !standsAlone(ctx, m) && !coordinated(ctx, prev, m)) || namesThing(ctx, m);
		if (!speaker && prev?.speaker && !scare && !headline && !ownAttribution(ctx, m)) {
			// A quote with no attribution of its own continues the previous speaker's statement when it
			// follows on directly: same paragraph, a paragraph of its own, or a paragraph that opens with it.
			const prevPara = ctx.marks[prev.mark!]?.paragraph ?? -1;
			// (or two paragraphs on, when the one before was left open: 'The president said: "It should have
			// been obvious … ¶ So just to repeat it, I said … ¶ "I have, on numerous occasions, …': a
			// paragraph between whose opening mark the text dropped)
			const leftOpen = ctx.marks[prev.mark!]?.close === -1;
			if (m.continues || prevPara === m.paragraph || (opensPara && (prevPara === m.paragraph - 1 || (leftOpen && prevPara === m.paragraph - 2)))) {
				speaker = { ...prev.speaker, mention: prev.speaker.mention };
				carried = true;
			}
		}
		// The rest of a quotation the paragraph before left open (spans.ts runOn): one quote, in two pieces,
		// whose attribution after the closing mark names the speaker of both
		// (and of several lines with no mark, each a sentence, up to the one that closes it)
		const head = out[out.length - 1];
		if (m.runOn && head && ((head.mark === idx - 1 && !head.parts) || (runOnOf === head && runOnLast === idx - 1))) {
			head.parts = [...(head.parts ?? [{ start: head.start, end: head.end }]), { start: m.start, end: m.end }];
			runOnOf = head;
			runOnLast = idx;
			head.partsOnlyWords = true;
			head.end = m.end;
			if (speaker && !carried && (!head.cue || !head.speaker)) {
				head.speaker = speaker;
				head.cue = a?.cue ?? null;
				head.carried = false;
			}
			if (head.speaker) prev = head;
			return;
		}
		const f: Found = { start: m.start, end: m.end, kind: 'direct', speaker, cue: a?.cue ?? null, mark: idx, carried };
		if (goesOn) f.goesOn = true;
		if (uttered && speaker && a === uttered) f.owned = true;
		if (asFrom >= 0 && speaker) {
			f.start = toks[asFrom].start;
			f.parts = [{ start: m.start, end: m.end }];
		}
		out.push(f);
		if (speaker) prev = f;
	});
	return out;
}

/**
 * Does the quotation m go on with the statement of the one before it (`prev`, the mark before), in lower
 * case, in one sentence and after a comma, with that quotation's cue between the two ("“A,” Thiel wrote
 * …, “but b”")?
 */
function goesOnFrom(ctx: Ctx, prev: Found | null, idx: number, m: MarkedSpan): boolean {
	if (!prev?.speaker || !prev.cue || prev.mark !== idx - 1 || !/^\s*\p{Ll}/u.test(ctx.text.slice(m.start, m.start + 4))) return false;
	const close = ctx.marks[prev.mark].close;
	const cue = ctx.toks[prev.cue[0]];
	if (close < 0 || !cue || cue.start < close || cue.start > m.open) return false;
	// (right after a comma, as the attribution closes: not words a clause of their own brings in, "…,"
	// Cruz replied, before adding that he thinks "children should …")
	const open = ctx.tokenAt(m.open);
	if (ctx.toks[open - 1]?.value !== ',') return false;
	// (nor words inside a clause of "that" the attribution goes on to: '"Filth out!" she wrote, arguing that
	// if tougher measures were not deployed, "more homes will burn."' is a report of its own)
	for (let k = ctx.tokenAt(close + 1); k < open; k++) if (ctx.isSentenceEnd(k) || ctx.toks[k].normal === 'that') return false;
	return true;
}

/**
 * 'drawing loud boos and "LEE!" chants', '"USA" signs': quoted words right before a lower-case noun name the
 * thing after them (the room's chant, a sign), so they carry on no one's statement (review CC of the 42nd
 * stop had the chant joined to the speaker's quote, and the speaker named "LEE").
 */
export function namesThing(ctx: Ctx, m: MarkedSpan): boolean {
	// (a few words: a long quotation that ends inside its noun phrase, "to blame thousands of $12-an-hour"
	// workers, goes on with the statement)
	if (m.close < 0 || countWords(ctx.text, m.start, m.end, 5) > 4) return false;
	const after = ctx.toks[ctx.tokenAt(m.close + 1)];
	return !!after && after.start <= m.close + 2 && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.value);
}

/**
 * Does a quote end with a comma, inside its marks, and go on with a subject and a verb of its own
 * sentence ("“Tower Hamlets is home to …,” the motion begins")? That is its attribution, read or not.
 */
export function ownAttribution(ctx: Ctx, m: MarkedSpan): boolean {
	return ownSubject(ctx, m) !== null;
}

/** ownAttribution's subject: its token range ("the motion"), or null. The verb must end its clause. */
function ownSubject(ctx: Ctx, m: MarkedSpan): Range | null {
	const { toks, text } = ctx;
	if (m.close < 0 || !/,\s*$/.test(text.slice(m.start, m.close))) return null;
	let k = ctx.tokenAt(m.close);
	while (k < toks.length && toks[k].start <= m.close) k++;
	const sentence = toks[k - 1]?.sentence;
	const s0 = k;
	if (toks[k]?.pos === 'DET') k++;
	const n0 = k;
	while (k < toks.length && k - n0 < 4 && (toks[k].pos === 'NOUN' || toks[k].pos === 'PROPN') && toks[k].sentence === sentence) k++;
	// (the verb ends its clause, as an attribution's does: "the motion begins." or "…, adding", not "the
	// actor discussed the absence of …")
	const after = toks[k + 1];
	return k > n0 && toks[k]?.pos === 'VERB' && toks[k].sentence === sentence && (!after || after.sentence !== sentence || ['.', ',', ';', '!', '?'].includes(after.value)) ? [s0, k] : null;
}

/**
 * Is this quotation in the same sentence as the previous one ("chanted, "Fund our schools," and "Put
 * kids first""; "his concerns about "…" and general "legal matters"")? Then a short one carries on
 * its speaker; after a sentence of the writer's own it does not.
 */
export function coordinated(ctx: Ctx, prev: { mark?: number; end: number } | null, m: MarkedSpan): boolean {
	const p = prev?.mark !== undefined ? ctx.marks[prev.mark] : null;
	if (!p || p.paragraph !== m.paragraph) return false;
	const from = p.close >= 0 ? p.close + 1 : p.end;
	// (a long stretch between them is more than one sentence anyway)
	return m.open - from < 400 && !/[.!?]['’"”]?\s/.test(ctx.text.slice(from, m.open));
}

/** A quotation that is a sentence of its own: nothing of the writer's before it in its sentence, nor after it. */
export function standsAlone(ctx: Ctx, m: MarkedSpan): boolean {
	const { text } = ctx;
	const para = ctx.paragraphs[m.paragraph];
	// (only the characters next to the marks are read)
	let b = m.open - 1;
	while (b >= para.start && /\s/.test(text[b])) b--;
	if (b >= para.start) {
		const prev = /['’"”»]/.test(text[b]) && b - 1 >= para.start ? text[b - 1] : text[b];
		if (!/[.!?:]/.test(prev)) return false;
	}
	if (m.close < 0) return true;
	let a = m.close + 1;
	while (a < para.end && /\s/.test(text[a])) a++;
	return a >= para.end || QUOTE_START.test(text[a]);
}

/**
 * "X VERB Y as (a) “…”": the quotation describes Y for X, the clause's subject, when X can speak. The
 * verb need not be one of saying ("pounding Trump as a “con artist”", "rated the claim as “false”");
 * returns the attribution and the token where Y starts.
 */
function asFrame(ctx: Ctx, oi: number, lo: number): { a: Attribution; from: number } | null {
	const { toks } = ctx;
	let k = oi - 1;
	if (k >= lo && ['a', 'an', 'the'].includes(toks[k].normal)) k--;
	if (k < lo + 2 || toks[k].normal !== 'as') return null;
	// ("stories with headlines such as “…”": examples, not what someone calls something)
	if (toks[k - 1].normal === 'such') return null;
	const obj = npLeft(toks, k - 1, lo);
	if (!obj || obj[1] !== k) return null;
	let v = obj[0] - 1;
	if (v < lo || toks[v].pos !== 'VERB' || isPassive(toks, v)) return null;
	const subj = clauseSubject(ctx, lo, v + 1);
	if (!subj || subj.np[1] > v || !isSource(ctx, subj.np) || !isNamed(toks, subj.np)) return null;
	return { a: { cue: null, np: subj.np, appos: subj.appos }, from: obj[0] };
}

/** "asked Ford “…”", "asked him “…”": a verb of asking, its listener (a name or a pronoun), then the marks at `oi`. */
function askedOf(ctx: Ctx, oi: number): boolean {
	const { toks } = ctx;
	let k = oi - 1;
	// (a name the tagger read as a verb counts: "asked Ford/VERB")
	while (k > 0 && oi - k <= 3 && (toks[k].pos === 'PROPN' || toks[k].pos === 'PRON' || isCap(toks[k])) && ctx.inQuote[k] < 0) k--;
	return k < oi - 1 && toks[k]?.pos === 'VERB' && toks[k].lemma.toLowerCase() === 'ask' && ctx.cueAt(k) > 0;
}

/** Verbs of giving a speech or remarks: "gave a speech", "delivered remarks", "made a statement". */
const GIVES = new Set(['give', 'deliver', 'make']);

/**
 * The named person a sentence tells gave a speech, remarks or an interview ("… as Bolton gave a speech
 * at the Grand Gathering"), in whatever clause: the speaker of a quote-only paragraph right after it.
 */
function speechGiver(ctx: Ctx, lo: number, end: number): Attribution | null {
	const { toks } = ctx;
	for (let v = lo + 1; v < end; v++) {
		if (!putsOutSaid(ctx, v, end, GIVES)) continue;
		const s = subjectLeft(toks, v, lo);
		if (s && isNamed(toks, s.np) && toks[s.np[0]].pos !== 'PRON') return { cue: null, np: s.np, appos: s.appos };
	}
	return null;
}

/** Is the verb after a subject (ending at k) a copula before an article: "… is a Russian company"? */
function definitionAfter(toks: Token[], k: number): boolean {
	while (toks[k]?.pos === 'ADV') k++;
	return !!toks[k] && toks[k].lemma.toLowerCase() === 'be' && ['a', 'an', 'the', 'one'].includes(toks[k + 1]?.normal ?? '');
}

/** A paragraph with no quotation marks in it, or only around terms of one to three words (no statement). */
function quoteFree(ctx: Ctx, paragraph: number): boolean {
	const p = ctx.paragraphs[paragraph];
	if (!p) return false;
	// (a word or three in marks inside it, not at its end, is a term held at arm's length, no quotation
	// the next paragraph could carry on: "… and what “win big” means is unclear.", review 36)
	const text = ctx.text.slice(p.start, p.end);
	if (!QUOTE_CHAR.test(text)) return true;
	const pieces = text.split(QUOTE_CHAR);
	// (pieces alternate outside, inside, outside …: an even count of marks, each inside piece short, the last outside piece with words)
	// (a statement, even a short one, ends on its punctuation inside the marks: '"We are ready," Lee said.')
	return pieces.length % 2 === 1 && pieces.every((x, i) => i % 2 === 0 || (x.trim().split(/\s+/).length <= 3 && !/[,.!?;:]\s*$/.test(x))) && /\p{L}/u.test(pieces[pieces.length - 1]);
}
const QUOTE_CHAR = /["“”„«»]|''/;

/** One to three marked words after an article and before a verb that is not a speech verb ("the "reset" proved"). */
function termAsSubject(ctx: Ctx, m: MarkedSpan): boolean {
	const { toks, text } = ctx;
	if (m.close < 0 || countWords(text, m.start, m.end, 4) > 3 || /[.!?,;:]/.test(text.slice(m.start, m.end))) return false;
	const oi = ctx.tokenAt(m.open);
	if (!['the', 'a', 'an', 'this', 'these', 'those'].includes(toks[oi - 1]?.normal ?? '')) return false;
	let k = ctx.tokenAt(m.close);
	while (k < toks.length && toks[k].start <= m.close) k++;
	const next = toks[k];
	return !!next && (next.pos === 'VERB' || next.pos === 'AUX') && !ctx.isSpeechLemma(next) && next.sentence === toks[oi].sentence;
}
