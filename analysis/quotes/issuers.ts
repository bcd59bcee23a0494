// Who speaks for a document: the publisher or issuer named after it ("a report in the Argus Leader"),
// its owner with "'s" ("The Verge's review"), whoever issued the document "the statement" points
// back to, or whoever a quotation is from or put a document out ("a quote from an Obama spokeswoman",
// "the AMA came out with a blog post"). Split from attribution.ts, which asks these when a speaker
// phrase is a document.
import type { Token } from '../types.js';
import type { Ctx, Range } from './context.js';
import type { Cluster } from './cluster.js';
import type { SpeakerInfo } from './attribution.js';
import { TIME_WORDS, isCap, isPossessive, parseMention, type Mention } from './mentions.js';
import { npRight } from './phrases.js';
import { subjectLeft } from './subjects.js';
import { documentNouns, speechNouns } from './data.js';

/** Words that name a document's issuer after it: "a report in the Argus Leader", "a statement from Acme", "a study by Oxford researchers". */
const ISSUER_LINKS = new Set(['in', 'from', 'by']);

/**
 * A document noun (documents.txt) followed, inside the phrase or right after it, by "in/from/by" and a
 * capitalised name: the name's entity and mention, as the speaker. ("a report in the Argus Leader".)
 */
export function namedIssuer(ctx: Ctx, np: Range): SpeakerInfo | null {
	const { toks } = ctx;
	let h = np[0];
	while (h < np[1] && !(toks[h].pos === 'NOUN' && (documentNouns().has(toks[h].normal) || documentNouns().has(toks[h].lemma.toLowerCase())))) h++;
	if (h >= np[1]) return null;
	let k = h + 1;
	// "a statement issued by …", "a letter signed by …", "a memo put out by …"
	if (toks[k]?.pos === 'VERB' && /(?:ed|en|ut|nt)$/.test(toks[k].normal) && PUTS_OUT.has(toks[k].lemma.toLowerCase()) && toks[k + 1]?.normal !== 'in') k += toks[k + 1]?.normal === 'out' ? 2 : 1;
	if (!ISSUER_LINKS.has(toks[k]?.normal ?? '') || toks[k].sentence !== toks[h].sentence) return null;
	k++;
	if (toks[k]?.normal === 'the') k++;
	const from = k;
	// (a title may come first: "White House Press Secretary Sarah Huckabee Sanders")
	for (; k < toks.length && k - from < 9 && toks[k].sentence === toks[h].sentence && toks[k].start <= toks[k - 1].end + 1; k++) {
		if (isCap(toks[k]) && toks[k].pos !== 'PUNCT') continue;
		// a brand's "!" inside its name ("E! News", "Yahoo! Finance"): written onto a word, a name goes on after it
		const after = toks[k + 1];
		if (k > from && toks[k].value === '!' && toks[k].start === toks[k - 1].end && after && isCap(after) && after.start === toks[k].end + 1) continue;
		break;
	}
	// (not someone of the one named: "a memo from Mr. Rubio's campaign manager"; not a name that ends in
	// "!" or is one letter)
	if (k === from || /^[’']s?$/.test(toks[k]?.value ?? '') || toks[k]?.value === '!' || (k - from === 1 && toks[from].value.length < 2)) return null;
	const issuer = parseMention(ctx.text, toks, from, k);
	if (!issuer) return null;
	// (a publication's name may end in a word of a title: "the Argus Leader"; a brand's "!" is no person's)
	const span = { start: toks[from].start, end: toks[k - 1].end };
	if (issuer.kind === 'person' && !ctx.text.slice(span.start, span.end).includes('!')) {
		const cluster = ctx.entities.speaker(issuer, null, ctx.inQuote[from] >= 0);
		return cluster ? { cluster, mention: span } : null;
	}
	return wholeOrgSpeaker(ctx, issuer, from, k);
}

/**
 * A document or a word for speech owned with "'s" ("according to The Verge's Stadia review", "Limbaugh's
 * comments", "the ministry's latest statement"): the owner, as the speaker. Only an owner with "'s": a
 * modifier without it may be the document's subject ("a Stadia review"), not its author.
 */
export function possessiveIssuer(ctx: Ctx, np: Range): SpeakerInfo | null {
	const { toks } = ctx;
	const last = toks[np[1] - 1];
	const said = (t: Token) => documentNouns().has(t.normal) || documentNouns().has(t.lemma.toLowerCase()) || speechNouns().has(t.normal);
	if (!last || last.pos !== 'NOUN' || !said(last)) return null;
	let from = np[0];
	if (toks[from].pos === 'DET') from++;
	let j = from;
	while (j < np[1] - 1 && !isPossessive(toks[j])) j++;
	if (j === from || j >= np[1] - 1 || toks[j].start !== toks[j - 1].end) return null;
	// the article before the name is part of it ("The Verge"); "the ministry's" is a description
	if (from > np[0] && (isCap(toks[np[0]]) || !isCap(toks[from]))) from = np[0];
	const issuer = parseMention(ctx.text, toks, from, j);
	if (!issuer) return null;
	const span = { start: toks[from].start, end: toks[j - 1].end };
	if (issuer.kind === 'org' && issuer.proper) return wholeOrgSpeaker(ctx, issuer, from, j);
	if (issuer.kind !== 'person' && issuer.kind !== 'org' && !(issuer.kind === 'noun' && issuer.definite)) return null;
	const cluster = ctx.entities.speaker(issuer, null, ctx.inQuote[from] >= 0);
	return cluster ? { cluster, mention: span } : null;
}

/** Possessive pronouns that can own a document: "his latest ruling", "their statement". */
const OWNING = new Set(['his', 'her', 'their', 'its']);
/** Documents about someone, not by them: "his Wikipedia page", "her profile", "his file". */
const ABOUT = new Set(['page', 'profile', 'biography', 'bio', 'file', 'files', 'record', 'records', 'obituary', 'entry', 'dossier']);

/**
 * A document or a word for speech owned by a possessive pronoun ("His latest ruling … goes further,
 * saying …", "her statement said"): the one the pronoun means, as the speaker.
 */
export function pronounIssuer(ctx: Ctx, np: Range): SpeakerInfo | null {
	const { toks } = ctx;
	// (a time after the noun is when: "His latest ruling Tuesday evening goes further")
	let end = np[1];
	while (end - 1 > np[0] && TIME_WORDS.has(toks[end - 1].normal)) end--;
	const last = toks[end - 1];
	if (!last || last.pos !== 'NOUN' || ABOUT.has(last.normal)) return null;
	if (!(documentNouns().has(last.normal) || documentNouns().has(last.lemma.toLowerCase()) || speechNouns().has(last.normal))) return null;
	// (the phrase may begin after its determiner and adjectives: "His latest ruling")
	let d = np[0];
	while (d > 0 && np[0] - d < 4 && (toks[d].pos === 'ADJ' || d === np[0]) && !OWNING.has(toks[d].normal)) d--;
	const det = toks[d];
	if (!det || !OWNING.has(det.normal) || det.sentence !== last.sentence) return null;
	const span = { start: det.start, end: det.end };
	const mention: Mention = { ...span, text: det.value, kind: 'pronoun', name: det.normal, nameSpan: span, title: null, titleSpan: null, affiliation: null, affiliationSpan: null, definite: false, plural: det.normal === 'their' };
	const cluster = ctx.entities.speaker(mention, null, ctx.inQuote[d] >= 0);
	return cluster ? { cluster, mention: span } : null;
}

/**
 * The organisation whose whole name is tokens [from, k), as a speaker: the mention parsed there, read
 * as one organisation's name whatever it looked like ("the Argus Leader", "E! News", "Tom's Guide").
 */
export function wholeOrgSpeaker(ctx: Ctx, m: Mention, from: number, k: number): SpeakerInfo | null {
	const span = { start: ctx.toks[from].start, end: ctx.toks[k - 1].end };
	const named: Mention = { ...m, kind: 'org', proper: true, name: ctx.text.slice(span.start, span.end), nameSpan: span, title: null, titleSpan: null, affiliation: null, affiliationSpan: null };
	const cluster = ctx.entities.speaker(named, null, ctx.inQuote[from] >= 0);
	return cluster ? { cluster, mention: span } : null;
}

/** Polls and surveys: a name in their sentence is whom they asked about, not who took them. */
const POLLS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys']);

/**
 * Who issued the document "the statement" (at token h) refers to: the last time the text mentioned that
 * kind of document (within three paragraphs and 400 tokens, so the search stays bounded), the entity of "X's statement", "a statement from X", or
 * the subject before it ("X said in a statement"); past mentions that only point back ("the statement,
 * which was obtained by Variety, …").
 */
export function documentOwner(ctx: Ctx, h: number): Cluster | null {
	const { toks } = ctx;
	const head = toks[h];
	if (!head || !(documentNouns().has(head.normal) || documentNouns().has(head.lemma.toLowerCase()))) return null;
	const para = toks[h].paragraph;
	// (a poll is the article's subject, named once and "the poll" for the rest of it: looked for further
	// back, to its naming, than a statement or a letter is)
	const poll = POLLS.has(head.normal);
	const [maxParagraphs, maxTokens] = poll ? [15, 2000] : [3, 400];
	for (let k = h - 2; k >= 0 && h - k < maxTokens; k--) {
		if (para - toks[k].paragraph > maxParagraphs) break;
		// (the same document: the same word and number, "TV and radio ads" are not "the ad"; or the verb
		// that sent it, "emailed supporters" … "the email")
		if (ctx.inQuote[k] >= 0 || (toks[k].normal !== head.normal && !(toks[k].pos === 'VERB' && toks[k].lemma.toLowerCase() === head.lemma.toLowerCase()))) continue;
		// "a statement from the ministry", "a statement by Acme", "a report in the Argus Leader": the links
		// namedIssuer() reads
		if (ISSUER_LINKS.has(toks[k + 1]?.normal ?? '')) {
			let b = k + 2;
			if (toks[b]?.normal === 'the') b++;
			const c = toks[b] && (ctx.entities.lookup(toks[b].start) ?? (toks[b - 1].normal === 'the' ? ctx.entities.lookup(toks[b - 1].start) : undefined));
			if (c) return c;
		}
		// "Mary Jones and Paul Reed, the parents of … in Tripoli, Libya, have filed a lawsuit": whoever
		// put it out, the subject of the verb right before it, not the nearest name (a place in an aside;
		// review FF of the 43rd stop had the lawsuit speak for Libya)
		const filer = putOutBy(ctx, k);
		if (filer) return filer;
		// "Acme's statement", "X said in a statement": the nearest entity before it in its sentence
		// (a poll's only when the poll itself, or whoever's name it carries, is that entity: "a Quinnipiac
		// University poll shows …", "a new CBS News poll"; the names in its sentence are whom it asked about,
		// "Clinton and Sanders are deadlocked, according to a new poll. … The poll also shows …")
		if (poll) {
			let j = k;
			for (; j >= 0 && k - j <= 5 && ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(toks[j].pos); j--) {
				const c = ctx.entities.lookup(toks[j].start);
				// (the poll, or whose it is in the words right before it: "a new CBS News poll", "the WMUR poll")
				if (c && c.mentions.some((m) => m.start === toks[j].start && m.end >= toks[Math.max(j, k - 1)].end)) return c;
			}
			// ("according to a new poll" with no one's name: another poll, whoever took earlier ones)
			if (toks[j + 1]?.normal === 'a' || toks[j + 1]?.normal === 'an') return null;
			continue;
		}
		// Only from there, not from anywhere in the sentence: "The Chinese government likely hacked computers at
		// the FDIC …, according to a congressional report" names no issuer, and "The report cited …" after it
		// had been the FDIC's (review QQ of the 52nd stop)
		const from = issuerSearchStart(ctx, k);
		for (let j = k - 1; j >= from; j--) {
			if (ctx.inQuote[j] >= 0) continue;
			let c = ctx.entities.lookup(toks[j].start);
			if (!c) continue;
			// the whole phrase, not a name inside it ("the US military", not "US")
			for (let x = j - 1; x >= 0 && j - x <= 3 && ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(toks[x].pos); x--) c = ctx.entities.lookup(toks[x].start) ?? c;
			if (c.named || c.kind === 'org') return c;
		}
		// "The statement, which was obtained by Variety, claimed …": a mention that points back itself
		// names no issuer; the one before it may ("Big Machine Records issued a statement")
		if (/^(the|this|that)$/.test(toks[k - 1]?.normal ?? '')) continue;
		return null;
	}
	return toks[h - 1]?.normal === 'the' && head.normal === 'statement' ? issuerJustBefore(ctx, h) : null;
}

/**
 * The document an "it" at token i means: one whose phrase opens the sentence before it (or its own) as
 * the subject of a verb ("The lawsuit contends that …. It goes on to fault her office"), outside
 * quotation marks, when the organisation "it" would otherwise mean was last mentioned before it. Its
 * noun phrase, or null.
 */
export function documentForIt(ctx: Ctx, i: number): Range | null {
	const { toks } = ctx;
	const own = ctx.sentenceStart(i);
	for (const ss of own > 0 && toks[own].paragraph - toks[own - 1].paragraph <= 1 ? [own, ctx.sentenceStart(own - 1)] : [own]) {
		if (ss >= i || ctx.inQuote[ss] >= 0) continue;
		// (the phrase that opens the sentence: an article, adjectives and nouns, then its verb; or, in the
		// sentence before, the subject of a cue that ends it: "…, the congressional report said. It accused …")
		const phrase = openingDocument(ctx, ss, i) ?? (ss < own ? closingDocument(ctx, ss, own) : null);
		if (!phrase) continue;
		const head = toks[phrase[1] - 1];
		// (not when the organisation was named since, unless only as a word before a noun: "data breaches in
		// which FDIC employees … took documents. It said …" is the report's)
		const org = ctx.entities.resolvePronoun('it', { start: toks[i].start, end: toks[i].end }, false, false);
		if (org && org.mentions.some((m) => m.start > head.start && m.start < toks[i].start && !modifiesNoun(ctx, m.end))) return null;
		return phrase;
	}
	return null;
}

/** Is the token a document noun ("report", "memo", "letter": documents.txt)? */
const documentHead = (t: Token | undefined) => !!t && t.pos === 'NOUN' && (documentNouns().has(t.normal) || documentNouns().has(t.lemma.toLowerCase()));

/** A document's phrase opening the sentence at ss as the subject of a verb, before token i. */
function openingDocument(ctx: Ctx, ss: number, i: number): Range | null {
	const { toks } = ctx;
	let k = ss;
	while (k < i && k - ss < 6 && OBJECT_WORDS.has(toks[k].pos) && toks[k].pos !== 'PROPN') k++;
	let v = k;
	while (toks[v]?.pos === 'ADV') v++;
	if (k === ss || !documentHead(toks[k - 1])) return null;
	return toks[v] && (toks[v].pos === 'VERB' || toks[v].pos === 'AUX') ? [ss, k] : null;
}

/** A document's phrase after the last comma of the sentence [ss, end), the subject of the cue that ends it ("…, the report said."). */
function closingDocument(ctx: Ctx, ss: number, end: number): Range | null {
	const { toks } = ctx;
	let z = end - 1;
	if (/^[.!?]$/.test(toks[z]?.value ?? '')) z--;
	if (!toks[z] || toks[z].pos !== 'VERB' || ctx.cueAt(z) < 0) return null;
	let k = z - 1;
	while (k > ss && z - k <= 6 && OBJECT_WORDS.has(toks[k].pos) && toks[k].pos !== 'PROPN') k--;
	return toks[k]?.value === ',' && k + 1 < z && documentHead(toks[z - 1]) ? [k + 1, z] : null;
}

/** Does a mention ending at `end` stand before a noun it modifies ("FDIC employees", "the Acme board")? */
function modifiesNoun(ctx: Ctx, end: number): boolean {
	const next = ctx.toks[ctx.tokenAt(end)];
	return !!next && next.start <= end + 1 && next.pos === 'NOUN' && !isCap(next);
}

/** Prepositions a document follows after the verb of whoever wrote it: "said in a statement", "wrote in a letter". */
const WRITTEN_IN = new Set(['in', 'via', 'through', 'with']);

/**
 * Where to look back from the document noun at k for who issued it, in its sentence: its own phrase
 * ("Acme's statement", "an Obama campaign memo"); after a preposition that follows a verb ("X said in a
 * statement", "Acme told reporters on Monday in an email"), that verb's clause too, from the start of
 * the sentence. Any other document names its issuer itself, if at all ("according to a congressional
 * report"): the phrase only.
 */
function issuerSearchStart(ctx: Ctx, k: number): number {
	const { toks } = ctx;
	const sentence = toks[k].sentence;
	// (the phrase: "The GOP's complaint", "its letter", "Hillary Clinton's $350 billion, 10-year plan")
	let a = k - 1;
	while (a >= 0 && k - a <= 12 && toks[a].sentence === sentence && inDocumentPhrase(toks, a)) {
		// (over a name's gloss in brackets: "the Vox Populi (Voice of the People) column")
		if (toks[a].value === ')') {
			let o = a - 1;
			while (o > 0 && a - o < 8 && toks[o].value !== '(' && toks[o].value !== ')') o--;
			if (toks[o]?.value !== '(') break;
			a = o;
		}
		a--;
	}
	if (a < 0 || toks[a].sentence !== sentence) return a + 1;
	// (a verb that put it out, right before it: "his campaign sent out a fundraising email")
	const verb = toks[a].normal === 'out' && toks[a - 1]?.pos === 'VERB' ? a - 1 : a;
	if (toks[verb].pos === 'VERB' && PUTS_OUT.has(toks[verb].lemma.toLowerCase())) return ctx.sentenceStart(k);
	if (!WRITTEN_IN.has(toks[a].normal)) return a + 1;
	// the verb before the preposition, over a few words ("said Tuesday", "told reporters"), or a comma
	// setting the phrase apart ("the ICC's Office of the Prosecutor, in its annual report, characterized …")
	if (toks[a - 1]?.value === ',') return ctx.sentenceStart(k);
	for (let v = a - 1; v >= 0 && a - v <= 6 && toks[v].sentence === sentence && toks[v].value !== ','; v--) if (toks[v].pos === 'VERB') return ctx.sentenceStart(k);
	return a + 1;
}

/** Possessive pronouns a document's phrase may open with: "its letter", "their report". */
const OWNING_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our']);
/** Marks inside a document's phrase: "Clinton's", "a 30-second ad", "a $75 billion plan", "5% rule". */
const PHRASE_MARKS = new Set(["'s", '’s', "'", '’', '-', '–', '$', '%']);

/** Is token a inside the noun phrase of a document after it (a word of it, a possessive, a mark, "350 billion, 10-year")? */
function inDocumentPhrase(toks: Token[], a: number): boolean {
	const t = toks[a];
	return OBJECT_WORDS.has(t.pos) || OWNING_PRONOUNS.has(t.normal) || PHRASE_MARKS.has(t.value) || t.value === ')' || modifyingParticiple(toks, a) || (t.value === ',' && toks[a - 1]?.pos === 'NUM' && toks[a + 1]?.pos === 'NUM');
}

/** An -ing word the tagger read as a verb, modifying the noun right after it: "a fundraising email". */
function modifyingParticiple(toks: Token[], a: number): boolean {
	return toks[a].pos === 'VERB' && toks[a].normal.endsWith('ing') && toks[a + 1]?.pos === 'NOUN';
}

/** Verbs whose subject got a document rather than put it out: "Trump's son received a threatening letter". */
const RECEIVED = new Set(['receive', 'get', 'obtain', 'see', 'read', 'review', 'cite', 'quote', 'acquire', 'find', 'open', 'intercept']);

/** Words between a verb and the document it put out: "filed a wrongful death lawsuit", "issued the 2001 memorandum". */
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);

/** Words that open the object of a verb that sent a document: "emailed supporters", "wrote the board". */
const RECIPIENT_WORDS = new Set(['NOUN', 'PROPN', 'DET', 'PRON']);

/** The named subject of the verb right before the document noun at k ("have filed a lawsuit"), or null. */
function putOutBy(ctx: Ctx, k: number): Cluster | null {
	const { toks } = ctx;
	// ("Abedin … emailed supporters" … "the email": the one who sent it)
	// (with someone it went to: not "The rest of the field polled below five percent")
	if (toks[k].pos === 'VERB' && RECIPIENT_WORDS.has(toks[k + 1]?.pos ?? '') && toks[k + 1].sentence === toks[k].sentence) return ctx.inQuote[k] >= 0 ? null : subjectEntity(ctx, k, ctx.sentenceStart(k));
	let v = k - 1;
	while (v > 0 && k - v < 8 && (OBJECT_WORDS.has(toks[v].pos) || PHRASE_MARKS.has(toks[v].value) || modifyingParticiple(toks, v)) && toks[v].sentence === toks[k].sentence) v--;
	// (over the particle of "sent out", "put out")
	if (v < k - 1 && toks[v]?.normal === 'out' && toks[v - 1]?.pos === 'VERB') v--;
	if (v === k - 1 || toks[v]?.pos !== 'VERB' || toks[v].sentence !== toks[k].sentence || ctx.inQuote[v] >= 0 || RECEIVED.has(toks[v].lemma.toLowerCase())) return null;
	return subjectEntity(ctx, v, ctx.sentenceStart(v));
}

/**
 * The entity the subject of the verb at v names, when it is a name or an organisation: the first entity
 * in the phrase ("went public Paul Manafort" is Paul Manafort); else null.
 */
function subjectEntity(ctx: Ctx, v: number, from: number): Cluster | null {
	const subject = subjectLeft(ctx.toks, v, from);
	if (!subject) return null;
	for (let x = subject.np[0]; x < subject.np[1]; x++) {
		const c = ctx.entities.lookup(ctx.toks[x].start);
		if (c) return c.named || c.kind === 'org' ? c : null;
	}
	return null;
}

/**
 * "Paul Manafort issued an unequivocal denial: ¶ “…,” the statement said": "the statement" with no
 * earlier "statement" is what the sentence just before put out under another word (a denial, a
 * response): the subject of that verb speaks, when it is a name or an organisation. Only the last
 * sentence before the statement's own; "the letter" or "the report" is a document of its own.
 */
function issuerJustBefore(ctx: Ctx, h: number): Cluster | null {
	const { toks } = ctx;
	let k = h - 1;
	while (k >= 0 && toks[k].sentence === toks[h].sentence) k--;
	const prev = k >= 0 ? toks[k].sentence : -1;
	for (let v = k; v >= 0 && toks[v].sentence === prev; v--) {
		if (!putsOutSaid(ctx, v, k + 1, PUTS_OUT)) continue;
		let from = v;
		while (from > 0 && toks[from - 1].sentence === prev) from--;
		return subjectEntity(ctx, v, from);
	}
	return null;
}

/**
 * Is the token at `v` a verb of `verbs` putting out something said, a said noun within four words after
 * it before `end` ("issued an unequivocal denial", "gave a speech at the gathering")?
 */
export function putsOutSaid(ctx: Ctx, v: number, end: number, verbs: ReadonlySet<string>): boolean {
	const { toks } = ctx;
	if (toks[v].pos !== 'VERB' || !verbs.has(toks[v].lemma.toLowerCase()) || ctx.inQuote[v] >= 0) return false;
	for (let o = v + 1; o < end && o - v <= 4; o++) if (saidNoun(toks[o])) return true;
	return false;
}

/** Words for what someone said or wrote, that speak for whoever said or wrote them. */
const saidNoun = (t: Token | undefined) => !!t && t.pos === 'NOUN' && (documentNouns().has(t.normal) || documentNouns().has(t.lemma.toLowerCase()) || speechNouns().has(t.normal) || ['quote', 'quotes', 'quotation'].includes(t.normal));
/** Verbs that put out a document: "came out with a blog post", "issued a statement", "published a report". */
const PUTS_OUT = new Set(['issue', 'release', 'publish', 'post', 'put', 'send', 'write', 'sign', 'file', 'unveil', 'pen', 'tweet']);

/**
 * Who a document or a quotation the text does not name comes from, as phrases to try in order: "a quote
 * from an Obama spokeswoman claiming …" (whoever it is from), "The AMA came out with a lengthy blog post
 * calling for …" (whoever put it out). The caller keeps the first that can speak.
 */
export function issuerPhrases(ctx: Ctx, np: Range): { np: Range; appos: Range | null }[] {
	const { toks } = ctx;
	// "a quote from an Obama spokeswoman" (the phrase may run on past "from")
	let h = np[0];
	while (h < np[1] && !(saidNoun(toks[h]) && ['from', 'by'].includes(toks[h + 1]?.normal ?? ''))) h++;
	if (h < np[1] || (['from', 'by'].includes(toks[np[1]]?.normal ?? '') && saidNoun(toks[np[1] - 1]))) {
		const at = h < np[1] ? h + 2 : np[1] + 1;
		const who = npRight(toks, at, Math.min(toks.length, at + 8));
		return who && !saidNoun(toks[who[1] - 1]) ? [{ np: who, appos: null }] : [];
	}
	if (!saidNoun(toks[np[1] - 1])) return [];
	// "The AMA came out with a lengthy blog post", "the ministry issued a statement"
	let v = np[0] - 1;
	if (toks[v]?.normal === 'with' && toks[v - 1]?.normal === 'out') v -= 2;
	const verb = toks[v];
	if (!verb || verb.pos !== 'VERB' || !(PUTS_OUT.has(verb.lemma.toLowerCase()) || (verb.lemma.toLowerCase() === 'come' && toks[v + 1]?.normal === 'out'))) return [];
	const subject = subjectLeft(toks, v, Math.max(0, v - 40));
	return subject && !saidNoun(toks[subject.np[1] - 1]) ? [{ np: subject.np, appos: subject.appos }] : [];
}
