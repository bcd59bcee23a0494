// Finding quotes and their speakers in one article: direct quotes from paired quotation marks
// (direct.ts), reported speech from speech verbs (indirect.ts), each attributed to a speaker mention
// (attribution.ts) resolved across the article (coref.ts), then assembled here: mixed quotes, one
// statement interrupted by its attribution, scare quotes left out.
import { countWords, paragraphSpans } from '../nlp.js';
import type { CleanArticle, Entity, GroupRule, Lexicon, Quote, Span, Tokenised } from '../types.js';
import { Ctx, TIME_WORDS } from './context.js';
import { lemmaCandidates, reportingLemmas, speechCueLemmas } from './cues.js';
import { coordinated, findDirect, namesThing, ownAttribution, standsAlone, type Found } from './direct.js';
import { repeatedQuotes } from './repeats.js';
import { NAMES_AS, findIndirect } from './indirect.js';
import { hasClauseVerb } from './clause-shape.js';
import { isWorkTitle } from './work-titles.js';
import { calledAs, firstScareQuotes, innerAttribution, introducedBy, isNameLike, scareInParaphrase, scareKey } from './marked-in-report.js';
import { namedWordAt } from '../named-words.js';
import { isSource } from './attribution.js';
import { findEmbeddedPosts, postFurniture, signatureParagraphs } from './posts.js';
import { findBlockQuotations } from './blockquotes.js';
import { findTranscriptTurns } from './transcript.js';
import { findInterviewAnswers } from './interview.js';
import { findSignedContributions } from './signed.js';
import { findHeadlineClaim } from './headline-claim.js';
import { SpanIndex } from '../span-index.js';
import { upperBound } from '../sorted.js';
import { buildEntityIndex, finishEntities } from './entity-index.js';
import { markedSpans } from './spans.js';
import { quoteWords } from './space.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Quotes and the entities of one article: the quotes' speakers are entities, with every mention. */
export function analyseQuotes(article: CleanArticle, tok: Tokenised, rules: GroupRule[], lexicon: Lexicon): { quotes: Quote[]; entities: Entity[] } {
	const text = article.text;
	if (!tok.tokens.length) return { quotes: [], entities: [] };
	const paragraphs = article.paragraphs.length ? article.paragraphs : paragraphSpans(text).paragraphs;
	const marks = markedSpans(text, paragraphs);
	// Which verbs report speech does not depend on a facilitator's edits; which are loaded does.
	const loaded = reportingLemmas(lexicon);
	const ctx = new Ctx(text, tok, paragraphs, marks, speechCueLemmas(lexicon));
	ctx.entities = buildEntityIndex(ctx);
	// Direct quotes first: their attributions also introduce the speakers later pronouns point to.
	const direct = findDirect(ctx);
	const indirect = findIndirect(ctx);
	const trimmedBare = endAtOuterAttribution(ctx, indirect);
	if (trimmedBare.size) indirect.splice(0, indirect.length, ...indirect.filter((f) => !trimmedBare.has(f)));
	const echoes = parentheticalEchoes(ctx, indirect);
	if (echoes.size) indirect.splice(0, indirect.length, ...indirect.filter((f) => !echoes.has(f)));
	const signatures = signatureParagraphs(ctx);
	const posts = findEmbeddedPosts(ctx, signatures);
	const blocks = findBlockQuotations(ctx, article.quotations ?? []);
	const turns = findTranscriptTurns(ctx);
	const answers = findInterviewAnswers(ctx);
	const signed = findSignedContributions(ctx);
	const claim = findHeadlineClaim(ctx);
	const furniture = postFurniture(ctx, signatures);

	// A quoted fragment inside a reported clause is a partial (mixed) quote: keep one quote, the clause,
	// marked direct because it carries the speaker's own words; a reported clause that is mostly the
	// quoted words is just the direct quote.
	const dropped = new Set<Found>();
	// Titles of works in quotation marks are not speech, inside reported speech or not.
	for (const d of direct) if (!d.parts && isWorkTitle(ctx, d)) dropped.add(d);
	// Only quotes near each paraphrase can overlap it: with the direct quotes in text order, each
	// paraphrase looks at a window (from its start less the longest quote, to its end as it grows)
	// instead of at every quote, which was quadratic on a long article. Visiting the window in text
	// order is visiting them in the list's order, so the result is the same.
	const scareAt = firstScareQuotes(ctx, direct);
	const inOrder = direct.every((d, k) => k === 0 || direct[k - 1].start <= d.start);
	const longest = direct.reduce((m, d) => Math.max(m, d.end - d.start), 0);
	// (the reports by start, to find one nested in another that holds a quotation)
	const reportsByStart = [...indirect].sort((a, b) => a.start - b.start);
	const nestedHolder = (outer: Found, d: Found): boolean => {
		for (let n = upperBound(reportsByStart, outer.start, (x) => x.start); n < reportsByStart.length && reportsByStart[n].start <= d.start; n++) {
			const r = reportsByStart[n];
			// (only one whose speaker is another, judged for what they said: "… for suggesting that …"; a
			// speaker's own "…, saying …" stays one quote of theirs)
			const cue = r.cue ? ctx.toks[r.cue[0]] : undefined;
			const judged = !!cue && ctx.toks[r.cue![0] - 1]?.normal === 'for' && r.speaker?.cluster !== outer.speaker?.cluster;
			if (judged && r !== outer && !dropped.has(r) && r.end <= outer.end && r.start <= d.start && d.end <= r.end + 1) return true;
		}
		return false;
	};
	for (const ind of indirect) {
		let k = 0;
		if (inOrder) {
			let hi = direct.length;
			while (k < hi) {
				const mid = (k + hi) >> 1;
				if (direct[mid].start < ind.start - longest) k = mid + 1;
				else hi = mid;
			}
		}
		for (; k < direct.length; k++) {
			const d = direct[k];
			if (inOrder && d.start >= ind.end) break;
			if (dropped.has(d)) continue;
			const ov = overlap(d, ind);
			if (ov <= 0) continue;
			// ("“A,” Thiel wrote in a statement to Wired explaining why he is speaking, “but b”": the rest of the
			// statement before is no part of a report whose verb stands in that statement's attribution; a
			// report that is mostly those words reports nothing of its own)
			if (d.goesOn) {
				if (ov >= 0.5 * (ind.end - ind.start)) dropped.add(ind);
				continue;
			}
			if (ov >= 0.5 * (ind.end - ind.start)) {
				// (""a disaster," according to the Star" only relays what the reported clause's speaker said)
				// (not an attribution inside the quoted words: "According to the Post, "The notes say …, a
				// discrepancy that Ford says was an error"" is the Post's)
				if (!d.speaker || d.carried || (ctx.toks[d.cue?.[0] ?? -1]?.normal === 'according' && ind.cue && ctx.toks[ind.cue[0]].normal !== 'according' && ctx.toks[ind.cue[0]].end <= d.start)) {
					d.speaker = ind.speaker;
					d.cue = ind.cue;
					d.carried = false;
				}
				dropped.add(ind);
			} else if (ov >= 0.8 * (d.end - d.start) && !introducedBy(ctx, d) && (scareAt.get(scareKey(text, d)) ?? Infinity) < d.start) {
				// the writer's scare quote again, inside a paraphrase: nobody's words (firstScareQuotes)
				dropped.add(d);
			} else if (ov >= 0.8 * (d.end - d.start) && namedWordAt(ctx.toks, d.start)) {
				// "the word "deficit" was mentioned … in 40 broadcasts, according to a review": a word named
				// as a word is no one's quotation, and leaves the report around it a paraphrase (review CC of
				// the 43rd stop had the whole clause as the review's direct quote)
				dropped.add(d);
			} else if (ov >= 0.8 * (d.end - d.start) && scareInParaphrase(ctx, d, ind)) {
				// "Critics said the government's so-called "reform" of the pension system …": a long paraphrase
				// holding one marked word of a noun phrase stays a paraphrase (indirect); only the marked
				// words are quoted, as the paraphrase's speaker's
				if (!d.speaker || d.carried) {
					d.speaker = ind.speaker;
					d.cue = ind.cue;
					d.carried = false;
				}
			} else if (ov >= 0.8 * (d.end - d.start) && ind.cue && calledAs(ctx, d, ind)) {
				// "Trump mocked their claims that they remained good friends as “political bullshit.”": what the
				// report's object is called, in quotation marks after "as" at its end, is the speaker's words; the
				// object before it is the writer's account of what was called so (review MM of the 48th stop)
				if (!d.speaker || d.carried) {
					d.speaker = ind.speaker;
					d.cue = ind.cue;
					d.carried = false;
				}
				dropped.add(ind);
			} else if (ov >= 0.8 * (d.end - d.start) && !(isNameLike(ctx, d) && !d.cue)) {
				// ("Critics slammed Jones for suggesting that teachers "work too little"": quoted words inside a
				// report nested in this one are the nested report's, its speaker's; review AA of the 42nd stop)
				if (nestedHolder(ind, d)) continue;
				// "The candidates say they are not avoiding Clinton, who has been battered … by FBI Director
				// James Comey's conclusion that her actions were "extremely careless."": quoted words with an
				// attribution of their own deep inside a reported clause are a second quote, not the clause's
				// speaker (the clause stays the candidates')
				// (nor when the clause already holds quoted words of its own speaker: "Ryan saying he was “very
				// encouraged” and Trump calling it a “great meeting”" is two quotes)
				if (innerAttribution(ctx, d, ind) && d.speaker!.cluster !== ind.speaker?.cluster && (countWords(text.slice(ind.start, d.speaker!.mention!.start)) > 8 || !!ind.parts?.length)) continue;
				ind.kind = 'direct';
				ind.parts = [...(ind.parts ?? []), ...(d.parts ?? [{ start: d.start, end: d.end }])];
				// The quoted words are the quote's: its span reaches to their closing mark.
				ind.start = Math.min(ind.start, d.start);
				ind.end = Math.max(ind.end, d.end);
				// "She recalled that he said, "I'll …"": the quoted words have an attribution of their own inside
				// the reported clause; they are the innermost speaker's.
				if (innerAttribution(ctx, d, ind)) {
					ind.speaker = d.speaker;
					ind.cue = d.cue;
				}
				dropped.add(d);
			}
		}
	}
	// A mixed quote that took the attribution inside it ("the killer called her "a liar"") holds the
	// paraphrase of that same cue ("her "a liar"" as the killer's): one act of quoting, one quote.
	const byCue = new Map<number, Found>();
	for (const f of indirect) if (!dropped.has(f) && f.kind === 'direct' && f.cue) byCue.set(f.cue[0], f);
	for (const f of indirect) {
		const g = f.cue && f.kind === 'indirect' && !dropped.has(f) ? byCue.get(f.cue[0]) : undefined;
		if (g && g !== f && f.start >= g.start && f.end <= g.end) dropped.add(f);
	}
	// A quote with no attribution of its own right after a mixed quote carries on its speaker, as after a
	// plain one (findDirect): 'Clinton "drew well" there, said Paul Beck. "That was her constituency."'
	{
		const paraOf = (offset: number) => ctx.toks[Math.min(ctx.tokenAt(offset), ctx.toks.length - 1)]?.paragraph ?? -1;
		const live = [...direct, ...indirect].filter((f) => !dropped.has(f) && f.kind === 'direct').sort((a, b) => a.start - b.start);
		for (let k = 1; k < live.length; k++) {
			const b = live[k];
			const a = live[k - 1];
			if (b.speaker || !a.speaker || b.mark === undefined) continue;
			// a scare quote in the writer's own sentence carries nobody's words on
			if ((countWords(text, b.start, b.end, 3) <= 3 && !standsAlone(ctx, marks[b.mark]) && !coordinated(ctx, a, marks[b.mark])) || namesThing(ctx, marks[b.mark])) continue;
			// "“…,” the motion begins": a subject and a verb after a quote that runs on name its own source,
			// whatever the verb
			if (ownAttribution(ctx, marks[b.mark])) continue;
			const pb = paraOf(b.start);
			const pa = paraOf(a.end - 1);
			const opensPara = text.slice(ctx.paragraphs[marks[b.mark].paragraph].start, marks[b.mark].open).trim() === '';
			// (an embedded post's signature and caption between them are no break: "— Club (@club) May 1, 2019")
			let next = pa + 1;
			while (next < pb && furniture[next]) next++;
			if (pa === pb || (opensPara && pb === next)) {
				b.speaker = a.speaker;
				b.carried = true;
			}
		}
	}
	// A pull quote: a quote with no attribution of its own that repeats the words of a quote attributed
	// elsewhere in the article (a display quote above the story, a headline's quote) is that speaker's.
	repeatedQuotes(text, [...direct, ...indirect].filter((f) => !dropped.has(f) && f.kind === 'direct'));
	// One statement, one quote. A quote interrupted by its attribution ("A," she said, "B.") and the
	// quote-only paragraphs that carry on the same speaker's statement are one act of quoting: counting
	// them as several would inflate the speaker's number of quotes with the writer's layout choices (and
	// annotated corpora such as PolNeAR treat them as one attribution). The pieces in quotation marks are
	// kept as `parts`, and only their words count, not the "she said" between them.
	// The quotes with a speaker in text order, to ask what lies between two direct quotes (one pass).
	const spoken = [...direct, ...indirect].filter((f) => f.speaker && !dropped.has(f)).sort((x, y) => x.start - y.start);
	let from = 0;
	const otherSpeakerBetween = (a: Found, b: Found): boolean => {
		while (from < spoken.length && spoken[from].start < a.end) from++;
		for (let k = from; k < spoken.length && spoken[k].start < b.start; k++) {
			const f = spoken[k];
			if (f !== b && f.end <= b.start && f.speaker!.cluster !== a.speaker!.cluster) return true;
		}
		return false;
	};
	let prevD: Found | null = null;
	for (const b of direct) {
		if (dropped.has(b)) continue;
		const a = prevD;
		prevD = b;
		if (!a || !a.speaker || !b.speaker || a.kind !== 'direct') continue;
		const paraGap = marks[b.mark!].paragraph - marks[a.mark!].paragraph;
		// The next paragraph at most: a quote that continues by the opening-mark convention, or a quote-only
		// paragraph carrying on the statement (each piece stays inside its own paragraph, as `parts`).
		if (paraGap > 1) continue;
		// (the cue between the two, "A," she said, "B."; or before both with next to nothing between them: not
		// 'Lee joked, "You are all being silly," drawing loud boos and "LEE!" chants', where the second is the
		// room's, review CC of the 42nd stop)
		const cueAt = a.cue ? ctx.toks[a.cue[0]].start : -1;
		const sameCue = !!a.cue && !!b.cue && a.cue[0] === b.cue[0] && ((cueAt >= a.end && cueAt < b.start) || countWords(text, a.end, b.start, 3) <= 2);
		// (carried on from this quote, not from someone else quoted in between: '"…," the patient wrote. ¶
		// It's important to "take detailed histories" of patients, Dempsey said. "That way …"' is Dempsey's)
		const carriedOn = b.carried && (b.speaker.cluster === a.speaker.cluster || !otherSpeakerBetween(a, b));
		if (!sameCue && !carriedOn && !addedOn(ctx, a, b)) continue;
		b.partsOnlyWords = true;
		b.parts = [...(a.parts ?? [{ start: a.start, end: a.end }]), ...(b.parts ?? [{ start: b.start, end: b.end }])];
		b.start = a.start;
		b.speaker = a.speaker;
		b.cue = a.cue;
		b.carried = a.carried;
		dropped.add(a);
	}
	// An embedded post is its poster's words: a quote found inside it gives way to it.
	const all = [...direct, ...indirect].filter((f) => !dropped.has(f) && !posts.some((p) => overlap(p, f) > 0));
	all.push(...posts);
	// A headline's "Sanders: Clinton needs to …" is the source's report; quotation marks in it with no
	// speaker of their own are the source's words (headline-claim.ts). When those marks hold the claim,
	// they are the quote.
	if (claim) {
		let held = 0;
		for (const f of all) {
			if (f.start < claim.start || f.end > claim.end + 1) continue;
			if (f.kind === 'direct' && !f.speaker) f.speaker = claim.speaker;
			held += overlap(f, claim);
		}
		if (held < 0.8 * (claim.end - claim.start)) all.push(claim);
	}
	// A block quotation is quoted as a whole, unless an embedded post or the quotes found in it already
	// hold most of its words; a quote found inside it stays (the words it holds are counted for it).
	// (blocks in text order, the quotes by start: each block reads only the quotes that can reach it)
	const holders = all.filter((f) => f.speaker || f.kind === 'direct').sort((a, b) => a.start - b.start);
	const holderReach = holders.reduce((m, f) => Math.max(m, f.end - f.start), 0);
	const postAt = new SpanIndex(posts);
	let lo = 0;
	// (a transcript's turns, an interview's answers and a round-up's signed contributions likewise: one in
	// quotation marks is already a quote)
	for (const b of mergeByStart(mergeByStart(blocks, signed), mergeByStart(turns, answers))) {
		while (lo < holders.length && holders[lo].start < b.start - holderReach) lo++;
		let held = 0;
		for (let k = lo; k < holders.length && holders[k].start < b.end; k++) held += overlap(holders[k], b);
		if (held < 0.8 * (b.end - b.start) && !postAt.overlapping(b)) all.push(b);
	}
	// Scare quotes: a word or two in quotation marks with nobody saying them is the outlet holding a
	// term at arm's length, not speech (the loaded-terms stage reports those).
	const kept = all.filter((f) => {
		if (f.kind !== 'direct' || f.speaker) return true;
		const words = countWords(text, f.start, f.end, 4);
		return words > 4;
	});
	kept.sort((a, b) => a.start - b.start || a.end - b.end);
	// One passage is one quote: the same span read twice ("…, she said, signaling …": a second cue for the
	// same words) keeps its first reading, instead of a second quote of no words in the speaker's count.
	const quotes = kept.filter((f, k) => k === 0 || f.start !== kept[k - 1].start || f.end !== kept[k - 1].end);

	const entities = finishEntities(ctx.entities, rules);
	// Quote space: each word counted once, for the innermost quote that holds it.
	const space = quoteWords(
		text,
		quotes.map((f) => (f.partsOnlyWords && f.parts ? f.parts : [{ start: f.start, end: f.end }]))
	);
	// "Prosecutors alleged …" opening a sentence and "…, prosecutors said" later are one group of people:
	// a capitalised word that another speaker writes in lower case is that speaker
	const lowerSpeakers = new Map<string, Entity>();
	for (const e of entities.values()) if (/^\p{Ll}+$/u.test(e.name)) lowerSpeakers.set(e.name, e);
	const out = quotes.map((f, qi): Quote => {
		const cueText = f.cue ? text.slice(ctx.toks[f.cue[0]].start, ctx.toks[f.cue[1] - 1].end) : null;
		const cueToks = f.cue ? ctx.toks.slice(f.cue[0], f.cue[1]) : [];
		const cueLemmas = cueToks.map((t) => t.lemma.toLowerCase());
		const isLoaded =
			cueToks.length > 0 &&
			(loaded.has(cueLemmas.join(' ')) || lemmaCandidates(cueToks[0]).some((x) => loaded.has(x)) || (cueLemmas.length > 1 && loaded.has(cueLemmas.slice(0, 2).join(' '))));
		const sp = f.speaker;
		const found = sp?.cluster ? entities.get(sp.cluster) : undefined;
		const ent = found && /^\p{Lu}\p{Ll}+$/u.test(found.name) ? (lowerSpeakers.get(found.name.toLowerCase()) ?? found) : found;
		const words = space[qi];
		const q: Quote = {
			start: f.start,
			end: f.end,
			text: text.slice(f.start, f.end),
			kind: f.kind,
			speaker: ent?.name ?? null,
			speakerStart: f.carried ? null : (sp?.mention?.start ?? null),
			speakerEnd: f.carried ? null : (sp?.mention?.end ?? null),
			cue: f.carried ? null : cueText,
			cueStart: f.carried || !f.cue ? null : ctx.toks[f.cue[0]].start,
			cueEnd: f.carried || !f.cue ? null : ctx.toks[f.cue[1] - 1].end,
			cueKind: !f.carried && isLoaded ? 'loaded' : 'neutral',
			affiliation: ent?.affiliation ?? null,
			group: ent?.group ?? 'unclassified',
			words
		};
		if (f.parts && f.parts.length) q.parts = f.parts;
		return q;
	});
	return { quotes: out, entities: [...entities.values()] };
}

/** The quotes of one article (analyseQuotes without the entities). */
export function findQuotes(article: CleanArticle, tok: Tokenised, rules: GroupRule[], lexicon: Lexicon): Quote[] {
	return analyseQuotes(article, tok, rules, lexicon).quotes;
}

const LISTENER_PARTICIPLES = new Set(['telling', 'reminding', 'assuring', 'warning', 'urging', 'asking', 'informing']);
/** What may stand between such a participle and the marks: nothing but a comma or a colon, or a listener of up to four words first. */
const MARK_ONLY = /^\s*[,:]?\s*(?:["“”„«]|'')?\s*$/u;
// (each word after white space, so a long run of letters is read one way only)
const LISTENER_THEN_MARK = /^(?:\s+[\p{L}.’']+){0,4}\s*[,:]?\s*(?:["“”„«]|'')?\s*$/u;

/**
 * ""A," she said, adding, "B."", ""A," he wrote, telling Cook, "B."": a participle after the first quote's
 * attribution, in the same sentence, goes on with the same statement. Its subject is the first cue's.
 */
function addedOn(ctx: Ctx, a: Found, b: Found): boolean {
	const { toks } = ctx;
	if (!a.cue || !b.cue || b.cue[0] < a.cue[1] || !b.speaker?.mention || !a.speaker?.mention) return false;
	const c = toks[b.cue[0]];
	if (c.pos !== 'VERB' || !c.normal.endsWith('ing') || c.sentence !== toks[a.cue[0]].sentence) return false;
	if (c.start < a.end || c.end > b.start) return false;
	// (the participle introduces the marked words themselves: ", adding, "B."", not ", adding that the
	// plan is "B"" or ", saying Clinton would "B"", paraphrases of their own); only a listener may stand
	// between ("telling Cook, "B."")
	const between = ctx.text.slice(toks[b.cue[1] - 1].end, b.start);
	if (!(LISTENER_PARTICIPLES.has(c.normal) ? LISTENER_THEN_MARK : MARK_ONLY).test(between) || /\bthat\b/.test(between)) return false;
	// the participle's subject is the first attribution's speaker, the same words in the text
	return b.speaker.mention.start === a.speaker.mention.start && b.speaker.mention.end === a.speaker.mention.end;
}

/**
 * "Mrs. Green replied that she was pleased Ms. Brown had said that because, she said, it showed how petty
 * the critics were": a pronoun's cue set off by commas inside another report with a speaker is that speaker
 * saying so again, and its words are the outer report's (review DD of the 43rd stop had them Brown's, by
 * the nearest "she").
 */
function parentheticalEchoes(ctx: Ctx, reports: Found[]): Set<Found> {
	const { toks } = ctx;
	const out = new Set<Found>();
	for (const f of reports) {
		if (!f.cue) continue;
		const [c0, c1] = f.cue;
		const subj = toks[c0 - 1];
		if (!subj || subj.pos !== 'PRON' || !ECHO_PRONOUNS.has(subj.normal) || toks[c0 - 2]?.value !== ',' || toks[c1]?.value !== ',') continue;
		const at = toks[c0 - 2].start;
		const end = toks[c1].end;
		if (reports.some((g) => g !== f && !!g.speaker && g.start <= at && g.end >= end)) out.add(f);
	}
	return out;
}
/** Pronouns of a speaker saying so again inside their own report: "because, she said, it showed …". */
const ECHO_PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * "Officials reported 21 cases before the outbreak was confirmed on Tuesday, the health ministry said":
 * a report inside another ends where the outer one's attribution begins, not at the sentence's end
 * (the officials' quote had taken in ", the health ministry said" and, counted once for the innermost
 * speaker, most of the ministry's words). The outer report is the sentence up to its trailing cue.
 */
function endAtOuterAttribution(ctx: Ctx, found: Found[]): Set<Found> {
	const { toks, text } = ctx;
	// (what is left of a report cut so, a noun phrase with no verb of its own and no quotation mark, is
	// the cue's object, no words reported, as anywhere else: "declared an outbreak of Ebola …, on
	// Tuesday, the World Health Organization reported")
	const bare = new Set<Found>();
	const byStart = [...found].sort((a, b) => a.start - b.start);
	for (const outer of found) {
		if (!outer.cue || toks[outer.cue[0]].start < outer.end) continue;
		// (only ", the ministry said." closing the sentence: a comma, the speaker and the cue, then at
		// most when or where it was said; not "Brian Burton, AKA Danger Mouse, wrote a host of songs")
		const from = Math.min(outer.speaker?.mention?.start ?? Infinity, toks[outer.cue[0]].start);
		if (!/^\s*,\s*$/.test(text.slice(outer.end, from))) continue;
		let k = outer.cue[1];
		// (", reported the Washington Examiner.": the speaker after the cue is part of the attribution)
		const named = outer.speaker?.mention;
		if (named && named.start >= toks[k - 1].end) {
			const first = k;
			while (k < toks.length && toks[k].start < named.end) k++;
			// (one that can speak: not "Brian Burton, AKA Danger Mouse, wrote a host of new songs")
			if (!isSource(ctx, [first, k])) continue;
		}
		// (after the cue, the end, or when or where it was said: not an object, "it mentions ethnicity")
		const after = toks[k];
		if (after && after.sentence === toks[outer.cue[0]].sentence && !/^[.!?]$/.test(after.value) && after.pos !== 'ADP' && after.pos !== 'ADV' && !TIME_WORDS.has(after.normal)) continue;
		while (k < toks.length && k - outer.cue[1] < 6 && toks[k].sentence === toks[outer.cue[0]].sentence && toks[k].pos !== 'VERB' && !/^[.!?]$/.test(toks[k].value)) k++;
		if (k < toks.length && toks[k].sentence === toks[outer.cue[0]].sentence && !/^[.!?]$/.test(toks[k].value)) continue;
		const cueEnd = toks[outer.cue[1] - 1].end;
		// (only the reports that start inside this one: found by binary search, so a text of thousands of
		// paraphrases stays linear)
		let lo = 0;
		let hi = byStart.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (byStart[mid].start <= outer.start) lo = mid + 1;
			else hi = mid;
		}
		for (let n = lo; n < byStart.length && byStart[n].start < outer.end; n++) {
			const inner = byStart[n];
			if (inner === outer || inner.end < cueEnd) continue;
			inner.end = outer.end;
			const a = ctx.tokenAt(inner.start);
			let b = a;
			while (b < toks.length && toks[b].start < inner.end) b++;
			const lemma = inner.cue ? toks[inner.cue[0]].lemma.toLowerCase() : '';
			if (inner.kind === 'indirect' && !NAMES_AS.has(lemma) && !hasClauseVerb(toks, a, b) && !ctx.isMark.slice(a, b).some(Boolean)) bare.add(inner);
		}
	}
	return bare;
}

/** Two lists of spans each in text order, as one in text order. */
function mergeByStart<T extends { start: number }>(a: T[], b: T[]): T[] {
	return b.length ? [...a, ...b].sort((x, y) => x.start - y.start) : a;
}
