// Attribution: for a quote or a speech cue, the noun phrase that names who speaks. Before the quote
// ("Jane Doe said: ..."), after it ("..., said Jane Doe, Acme's director."), the subject of the clause a
// participle hangs on ("Doe left, saying ..."), or a name and a colon as in a transcript.
import { afterHeading } from '../caps-lead.js';
import type { Span, Token } from '../types.js';
import { DETS_INDEF, TIME_WORDS, type Ctx, type Range, SENTENCE_END } from './context.js';
import { CHANNEL_NOUNS, INVERTING, NAMING, inTheWordsOf, isParticiple, isPassive, nounAfterObject } from './cues.js';
import type { Cluster } from './cluster.js';
import { isCap, parseMention, type Mention } from './mentions.js';
import { npLeft, npRight } from './phrases.js';
import { subjectLeft, subjectRight, titlesJoined } from './subjects.js';
import { asideCloseAfter } from './dash-asides.js';
import { ORG_DESCRIPTION_NOUNS, documentNouns, isPeopleWord, knownOrgNames, personNouns, relationNouns, speechNouns, titleWords } from './data.js';
import type { MarkedSpan } from './spans.js';
import { restrictiveRelative } from './describe.js';
import { inVocabulary } from '../nlp.js';
import { documentForIt, documentOwner, issuerPhrases, namedIssuer, possessiveIssuer, pronounIssuer } from './issuers.js';
import { afterConjunction, clauseSubject } from './clause-subject.js';
import { participleSubject } from './participle-subject.js';
export { participleSubject } from './participle-subject.js';
import { isNamed, isSource } from './sources.js';
export { isNamed, isSource } from './sources.js';
import { causedSpeaker } from './report-edges.js';
import { nameRunEnd } from './name-run.js';
export { afterConjunction, clauseAfter, clauseSubject } from './clause-subject.js';

/** A speech cue and the speaker phrase found with it (token ranges). */
export type Subject = { np: Range; appos: Range | null; mention?: Range };

export interface Attribution {
	cue: Range | null;
	np: Range | null;
	appos: Range | null;
	/** The mention's extent when it is more than the name ("Jane Doe, who"). */
	mention?: Range;
}

export interface SpeakerInfo {
	/** The person or organisation speaking (null: a pronoun nobody agrees with). */
	cluster: Cluster | null;
	/** Where the speaker is named for this quote (the mention, which may be a pronoun or short form). */
	mention: Span | null;
}

/** The speaker an attribution names, resolved to the article's entity. */
export function speakerOf(ctx: Ctx, given: Attribution): SpeakerInfo | null {
	if (!given.np) return null;
	// "the Organization for Economic Cooperation and Development noted", "the Bureau of Alcohol, Tobacco,
	// Firearms and Explosives said": the phrase reader stops at "and" or a comma inside a name the entity
	// scan read whole (name-run.ts); the speaker is that name, not its last word (review T of the 39th stop)
	const whole = given.np[1] - given.np[0] === 1 && !given.mention ? nameEndingAt(ctx, given.np[0], given.np[1]) : -1;
	const a: Attribution & { np: Range } = { ...given, np: whole >= 0 ? [whole, given.np[1]] : given.np };
	const m = parseMention(ctx.text, ctx.toks, a.np[0], a.np[1]);
	if (!m) return null;
	const ap: Mention | null = a.appos ? parseMention(ctx.text, ctx.toks, a.appos[0], a.appos[1]) : null;
	// "The group that owns most of her music, Big Machine, says": the phrase before the name is no
	// role (not "An ICC spokesman, Jane Doe,"), so the name is the speaker mention
	if (ap && ap.proper && (ap.kind === 'person' || ap.kind === 'org') && m.kind === 'noun' && !a.mention) {
		const role = ctx.toks.slice(a.np[0], a.np[1]).some((t) => personNouns().has(t.normal) || personNouns().has(t.lemma.toLowerCase()));
		if (!role) {
			const cluster = ctx.entities.speaker(ap, null, ctx.inQuote[a.appos![0]] >= 0);
			return { cluster, mention: { start: ap.start, end: ap.end } };
		}
	}
	// "according to a report in the Argus Leader", "a statement from the ministry": a document with its
	// publisher or issuer named right after it speaks for them
	// ("according to a post from Arianna Huffington": a lower-case "post" is a document, whatever an
	// organisation's word made of the phrase; review T of the 39th stop had "post from Arianna Huffington"
	// speak, and her "she wrote" go to Obama)
	// (only the publisher or author named after it: "Clinton's campaign said" stays the campaign's)
	const lowerOrg = m.kind === 'org' && !!m.title && !!m.titleSpan && !isCap(ctx.toks[ctx.tokenAt(m.titleSpan.start)]) && documentNouns().has(m.title.toLowerCase());
	const authored = lowerOrg ? namedIssuer(ctx, a.np) : null;
	if (authored) return authored;
	if (m.kind === 'noun') {
		const issuer = namedIssuer(ctx, a.np) ?? possessiveIssuer(ctx, a.np) ?? pronounIssuer(ctx, a.np) ?? describedIssuer(ctx, a.np);
		if (issuer) return issuer;
	} else if (!isCap(ctx.toks[a.np[1] - 1])) {
		// ("a lengthy blog post": a lower-case "post" is a document, not the Washington Post)
		const issuer = describedIssuer(ctx, a.np);
		if (issuer) return issuer;
	}
	// "… the US military said in a statement. "…," the statement said": a document speaks for whoever
	// issued it
	if (m.kind === 'noun' && m.definite && !m.affiliation) {
		const owner = documentOwner(ctx, a.np[1] - 1);
		if (owner) return { cluster: owner, mention: { start: m.start, end: m.end } };
	}
	// "The lawsuit contends that "…" of Walsh. It goes on to fault her office, saying …": an "it" after a
	// document named since the organisation it would otherwise be is the document (review FF of the 43rd
	// stop had the lawsuit's words, and "It says" of a memorandum, given to a country named before them)
	if (m.kind === 'pronoun' && m.name.toLowerCase() === 'it' && a.np[1] - a.np[0] === 1 && ctx.inQuote[a.np[0]] < 0) {
		const doc = documentForIt(ctx, a.np[0]);
		if (doc) {
			const said = speakerOf(ctx, { cue: a.cue, np: doc, appos: null });
			if (said) return { ...said, mention: { start: m.start, end: m.end } };
		}
	}
	const cluster = ctx.entities.speaker(m, ap, ctx.inQuote[a.np[0]] >= 0);
	// "Volker and Morrison said that …", "said Ann Lee and Tom Vale": the list of names speaks as one
	if (cluster && a.cue && m.proper && (m.kind === 'person' || m.kind === 'org')) {
		const before = ctx.toks[a.cue[0]].start >= m.end;
		const joint = ctx.entities.jointSpeaker(m, before) ?? ctx.entities.jointSpeaker(m.nameSpan, before);
		if (joint) {
			// (before the cue, the list is its subject: nothing it could be the object of comes before it, as
			// in "Trump met Lee and Vale said …")
			const k = ctx.tokenAt(joint.span.start) - 1;
			const prev = ctx.toks[k];
			const subject = !before || !prev || prev.sentence !== ctx.toks[k + 1].sentence || !(prev.pos === 'VERB' || prev.pos === 'ADP' || prev.pos === 'AUX');
			if (subject) return { cluster: joint.cluster, mention: joint.span };
		}
	}
	// "a resident who lives near the plant": the clause says who the speaker is
	if (cluster && !cluster.named && ctx.toks[a.np[1]]?.normal === 'who') restrictiveRelative(ctx, cluster, a.np[1]);
	const span = a.mention ? { start: ctx.toks[a.mention[0]].start, end: ctx.toks[a.mention[1] - 1].end } : { start: m.start, end: m.end };
	return { cluster, mention: span };
}

/**
 * Where a name that the entity scan reads whole starts, when it runs over "and" or a comma to end at `end`
 * with the single word at `at` ("… Cooperation and Development"); else −1.
 */
function nameEndingAt(ctx: Ctx, at: number, end: number): number {
	const { toks } = ctx;
	const before = toks[at - 1]?.normal;
	if (before !== 'and' && before !== ',' && before !== '&') return -1;
	let found = -1;
	for (let p = at - 2; p >= 0 && at - p <= 12 && toks[p].sentence === toks[at].sentence; p--) {
		const t = toks[p];
		if (!(isCap(t) || ['of', 'for', 'and', ',', '&'].includes(t.normal))) break;
		if (isCap(t) && nameRunEnd(ctx, p) === end) found = p;
	}
	return found;
}

/**
 * The speaker of a document or a quotation the text does not name (issuers.ts issuerPhrases): "a quote
 * from an Obama spokeswoman claiming …", "The AMA came out with a lengthy blog post calling for …".
 */
function describedIssuer(ctx: Ctx, np: Range): SpeakerInfo | null {
	for (const who of issuerPhrases(ctx, np)) if (isSource(ctx, who.np)) return speakerOf(ctx, { cue: null, np: who.np, appos: who.appos });
	return null;
}


export function attrAfter(ctx: Ctx, lo: number, hi: number): Attribution | null {
	const { toks } = ctx;
	let k = lo;
	while (k < hi && /^[,—–-]$/.test(toks[k].value)) k++;
	if (k >= hi) return null;
	// "…," comments Robin Biesbroek: right after the quote, a speech verb the tagger read as a noun
	// before a name is the verb, inverted
	let c = ctx.cueAt(k);
	if (c < 0 && /(?:s|ed)$/.test(toks[k].normal) && ctx.isSpeechLemma(toks[k]) && toks[k + 1] && (isCap(toks[k + 1]) || DETS_INDEF.has(toks[k + 1].normal)) && k === lo) c = ctx.cueAt(k, true);
	if (c > 0) {
		// ("…,” telling Fox 35 that …", "…,” recalling summer visits to the lake": what follows a participle
		// is its listener or its object, never an inverted speaker; only "according to" names one)
		if (/ing$/.test(toks[k].normal) && toks[k].normal !== 'according') return null;
		const s = subjectRight(toks, c, hi);
		if (s) return { cue: [k, c], np: s.np, appos: s.appos };
		// "...," Read said: a name that reads as a speech verb
		if (!isCap(toks[k])) return null;
	}
	let np = npRight(toks, k, hi, true);
	if (!np) return null;
	// "...," Viguerie notes. — the tagger read the verb as a plural noun and the phrase took it in.
	const last = np[1] - 1;
	if (last > np[0] && /(?:s|ed)$/.test(toks[last].normal) && ctx.isSpeechLemma(toks[last]) && (last + 1 >= hi || /^[.,!?;:]$/.test(toks[last + 1].value) || ctx.isMark[last + 1] || ['that', 'on', 'in', 'at', 'to'].includes(toks[last + 1].normal)))
		np = [np[0], last];
	let m = np[1];
	let appos: Range | null = null;
	// "the Vermont senator and Democratic presidential candidate told": two roles of one person; "Phil
	// Berger and Tim Moore, both Republicans, said": two people, who speak together, as they do before
	// a reported clause (review DD of the 43rd stop); a name and a description ("Vale and the mayor"),
	// the one named is the mention
	if (toks[m]?.normal === 'and' && m + 1 < hi) {
		const np2 = npRight(toks, m + 1, hi);
		let v = np2 ? np2[1] : -1;
		while (v > 0 && v < hi && (toks[v].pos === 'ADV' || toks[v].pos === 'AUX')) v++;
		const aside = np2 && toks[np2[1]]?.value === ',';
		if (np2 && (aside || (v > 0 && v < hi && ctx.cueAt(v, true) > 0))) {
			// ("Acme president and CEO Tim Vale said": one person with two titles, subjects.ts titlesJoined)
			const joined = titlesJoined(toks, np, hi);
			if (joined !== np) {
				np = joined;
				m = np[1];
			} else if ((toks[np2[1] - 1].pos === 'PROPN') !== (toks[np[1] - 1].pos === 'PROPN')) m = np2[1];
			else {
				np = [np[0], np2[1]];
				m = np[1];
			}
		}
	}
	// "Jane Doe (D-Ohio) said", "Jane Doe, 33, said": skip the party label or the age.
	if (toks[m]?.value === '(') {
		let n = m + 1;
		while (n < hi && toks[n].value !== ')' && n - m < 12) n++;
		if (n < hi) m = n + 1;
	}
	if (toks[m]?.value === ',' && toks[m + 1]?.pos === 'NUM' && toks[m + 2]?.value === ',') m += 3;
	// "Harry Bond, 30, of Raleigh, N.C., said": a home town after the age.
	if (toks[m]?.normal === 'of' && toks[m - 1]?.value === ',' && isCap(toks[m + 1] ?? toks[m])) {
		let n = m + 1;
		while (n < hi && n - m < 8 && !(toks[n].value === ',' && !(toks[n + 1] && /^[A-Z][A-Za-z.]{0,5}$/.test(toks[n + 1].value) && toks[n + 2]?.value === ','))) n++;
		if (n < hi) m = n;
	}
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
	// "...," a resident who lives near the plant said. — a restrictive relative clause after the
	// speaker, then the verb that ends the sentence
	if (!appos && ['who', 'whose'].includes(toks[m]?.normal ?? '') && m === np[1]) {
		for (let r = m + 2; r < hi && r - m <= 14; r++) {
			if (/^[,;:]$/.test(toks[r].value) || ctx.isMark[r]) break;
			const after = toks[r + 1];
			const ends = r + 1 >= hi || /^[.!?]$/.test(after.value) || TIME_WORDS.has(after.normal);
			if (!ends) continue;
			const c3 = ctx.cueAt(r, true);
			if (c3 > 0) return { cue: [r, c3], np, appos: null };
			break;
		}
	}
	// "...," Agustín Sánchez-Lavega of the University of the Basque Country in Spain explains: where the
	// speaker's organisation is, then the verb that ends the sentence
	if (toks[m]?.normal === 'in' && toks[m].pos === 'ADP' && isCap(toks[m + 1] ?? toks[m])) {
		let p = m + 1;
		while (p < hi && p - m <= 3 && isCap(toks[p])) p++;
		const endsAfter = p + 1 >= hi || /^[.!?]$/.test(toks[p + 1].value);
		if (p < hi && endsAfter && ctx.cueAt(p, true) > 0) m = p;
	}
	let n = 0;
	while (m < hi && n < 2 && (toks[m].pos === 'ADV' || toks[m].pos === 'AUX')) {
		m++;
		n++;
	}
	// Right after the quote and its speaker the position says it is the verb, whatever the tagger thought
	// ("...," Toomey fumed on Tuesday).
	const c2 = m < hi ? ctx.cueAt(m, m + 1 >= hi || /^[.,!?;]$/.test(toks[m + 1].value) || toks[m + 1].pos === 'ADP' || TIME_WORDS.has(toks[m + 1].normal) || ctx.isMark[m + 1]) : -1;
	if (c2 > 0) {
		// "Reuters quoted German Foreign Minister Sigmar Gabriel as saying": the one quoted speaks
		if (toks[m].lemma.toLowerCase() === 'quote') {
			const obj = npRight(toks, c2, hi);
			if (obj && toks[obj[1]]?.normal === 'as' && isParticiple(toks[obj[1] + 1] ?? toks[m]) && isSource(ctx, obj)) return { cue: [obj[1] + 1, obj[1] + 2], np: obj, appos: null };
		}
		return { cue: [m, c2], np, appos };
	}
	return asideThenCue(ctx, np, hi);
}

/**
 * "...," Gene Sperling, a top outside Clinton adviser, said; "...," Nate Silver, the polling guru who
 * founded the site tweeted: a name or a person right after the quote, then an aside the phrase parser
 * could not follow, then a speech verb. The verb must open a new chunk: right after a comma or a
 * bracket, or after a relative clause that began the aside.
 */
function asideThenCue(ctx: Ctx, np: Range, hi: number): Attribution | null {
	const { toks } = ctx;
	const open = toks[np[1]];
	// ("…," Jane Smith — who led the inquiry — said: dashes around the aside)
	const dashed = asideCloseAfter(toks, np[1], hi);
	if (!open || !(open.value === ',' || open.value === '(' || dashed >= 0 || ['who', 'which'].includes(open.normal))) return null;
	const head = toks[np[1] - 1];
	// (a name the tagger read as a verb, "Blunt/VERB", counts when the scan knows it as someone)
	const known = isCap(head) && (toks[np[0]].pos === 'PROPN' || !!ctx.entities.lookup(toks[np[0]].start, 'person'));
	if (!(isNamed(toks, np) || known || personNouns().has(head.normal) || personNouns().has(head.lemma.toLowerCase()))) return null;
	let relative = ['who', 'which'].includes(open.normal) || toks[np[1] + 1]?.normal === 'who';
	let sawVerb = false;
	// ("…," Gavino Zarate, secretary of the Harris County Green Party told Heavy.: a role with no closing
	// comma, then the verb that ends the sentence)
	let r = np[1] + 1;
	if (['a', 'an', 'the'].includes(toks[r]?.normal ?? '')) r++;
	while (toks[r]?.pos === 'ADJ') r++;
	const role = open.value === ',' && !!toks[r] && !isCap(toks[r]) && (personNouns().has(toks[r].normal) || titleWords().has(toks[r].normal));
	for (let j = np[1] + 1; j < hi && j - np[1] < 40; j++) {
		if (ctx.isMark[j] || ctx.isSentenceEnd(j)) return null;
		if (['who', 'which'].includes(toks[j].normal)) relative = true;
		const before = toks[j - 1];
		const e = ctx.cueAt(j, j + 1 >= hi || before.value === ',' || /^[.,!?]$/.test(toks[j + 1]?.value ?? ''));
		const unclosedRole = role && !sawVerb && !relative && isCap(before) && e > 0 && e + 3 >= hi && toks.slice(e, hi).every((t) => t.pos !== 'VERB');
		if (e > 0 && !isPassive(toks, j) && before.normal !== 'to' && (before.value === ',' || before.value === ')' || j - 1 === dashed || (before.pos === 'ADV' && toks[j - 2]?.value === ',') || (relative && sawVerb) || unclosedRole)) {
			return { cue: [j, e], np, appos: null };
		}
		if (toks[j].pos === 'VERB') sawVerb = true;
	}
	return null;
}

/**
 * A label in title case before a colon made only of words of English ("Election Strategy:", "Empty
 * Promises Exposed:") that names no one the text mentions anywhere else: a heading or a kicker
 * introducing what follows, not a speaker as in a transcript ("Clinton:" is named elsewhere).
 */
function headingLabel(ctx: Ctx, np: Range): boolean {
	const { toks } = ctx;
	let words = 0;
	for (let k = np[0]; k < np[1]; k++) {
		const t = toks[k];
		if (!HAS_LETTER.test(t.value)) continue;
		if (!isCap(t) || !inVocabulary(t.normal)) return false;
		words++;
	}
	// (its last word capitalised anywhere else in the text makes it a name)
	return words >= 2 && (capitalisedCounts(ctx).get(toks[np[1] - 1].value) ?? 0) < 2;
}
const HAS_LETTER = /\p{L}/u;

/** How often each capitalised word occurs in the text: counted once per text, not per label. */
const capitalCounts = new WeakMap<Ctx, Map<string, number>>();
function capitalisedCounts(ctx: Ctx): Map<string, number> {
	let m = capitalCounts.get(ctx);
	if (!m) {
		m = new Map();
		for (const t of ctx.toks) if (isCap(t)) m.set(t.value, (m.get(t.value) ?? 0) + 1);
		capitalCounts.set(ctx, m);
	}
	return m;
}

/** Words before "to say" that deny the saying ("declined to say", "refused to comment", "unable to"). */
const REFUSING = /^(?:declin|refus|fail|unabl|unwilling|reluctant|hesita|forbid|forbad|barr|not|n't|never|afraid|dar)/;

export function attrBefore(ctx: Ctx, lo: number, hi: number): Attribution | null {
	const { toks } = ctx;
	// ('FARMERS ASK IF DROUGHT IS HERE TO STAY "Across the plains, …"': a heading in capitals glued to the
	// paragraph names no speaker, caps-lead.ts; review CC of the 43rd stop had "FARMERS" speak)
	lo = afterHeading(toks, lo, hi);
	// "Clinton: "Our goal is ..."": a name and a colon, as in a transcript or a list of reactions. Right
	// before the quote it outweighs a speech verb further back (often in a headline).
	// Also after a dash, "from" or another colon ("Polls were early - Jane Doe: "..."", "More from the
	// report: "..."", "Following is a transcript: Jane Doe: "..."").
	if (hi - 2 >= lo && (toks[hi - 1].value === ':' || toks[hi - 1].value === '):')) {
		// "Rep. Trey Gowdy (R-S.C.):" — a party label between the name and the colon
		let j = toks[hi - 1].value === ':' ? hi - 2 : hi - 1;
		if (toks[j].value === ')' || toks[j].value === '):') {
			let k = j - 1;
			while (k > lo && toks[k].value !== '(' && j - k < 10) k--;
			if (toks[k]?.value === '(' && k - 1 >= lo) j = k - 1;
		}
		const np = npLeft(toks, j, lo);
		const before = np ? toks[np[0] - 1] : undefined;
		const led = np && np[0] > lo && before && (/^[-–—:]$/.test(before.value) || before.normal === 'from');
		if (np && (np[0] === lo || led) && (isNamed(toks, np) || before?.normal === 'from') && !headingLabel(ctx, np)) return { cue: null, np, appos: null };
	}
	for (let c = hi - 1; c >= lo; c--) {
		if (ctx.inQuote[c] >= 0 || ctx.isMark[c]) continue;
		const e = ctx.cueAt(c);
		if (e < 0) continue;
		// "Rubio was asked by moderator Gerard Baker": the agent of a passive speaks.
		if (isPassive(toks, c) && toks[e]?.normal === 'by') {
			const agent = npRight(toks, e + 1, hi);
			if (agent) return { cue: [c, e], np: agent, appos: toks[agent[1]]?.value === ',' ? npRight(toks, agent[1] + 1, hi) : null };
		}
		// "Mook was asked": the subject of a passive is the one spoken to or about, not the speaker.
		if (isPassive(toks, c)) continue;
		// "decided to read from a text": an intention, not the act of speaking the quote reports.
		// ("went on to say" is; and "the corporation was quick to condemn the man's actions:" with the words
		// after the colon, unless they declined or refused to)
		// ("leading advisers like Ann Lee to counter that "…"" is Lee's: causedSpeaker)
		// (only right before the quotation: "to counter that “…”", "to reply: “…”")
		const caused = e >= hi - 1 && (e === hi || [':', ',', 'that'].includes(toks[e].normal)) ? causedSpeaker(toks, c, lo) : null;
		if (caused) return { cue: [c, e], np: caused.np, appos: null };
		if (toks[c - 1]?.normal === 'to' && toks[c - 2]?.normal !== 'on' && !(toks[hi - 1]?.value === ':' && !REFUSING.test(toks[c - 2]?.normal ?? ''))) continue;
		// "a group called "..."": naming something, not someone speaking.
		if (NAMING.has(toks[c].lemma) && (toks[c - 1]?.pos === 'NOUN' || toks[c - 1]?.pos === 'PROPN')) {
			const np = npLeft(toks, c - 1, lo);
			if (np && ['a', 'an'].includes(toks[np[0]].normal)) continue;
		}
		if (toks[c].normal === 'according' || inTheWordsOf(toks, c)) {
			const np = npRight(toks, e, hi);
			return np ? { cue: [c, e], np, appos: null } : null;
		}
		// "continued" reports speech only when the words follow at once ("he continued: "..."");
		// "Rubio will continue to be "a champion"" is not a cue.
		if (toks[c].lemma === 'continue' && !(ctx.isMark[e] || [',', ':'].includes(toks[e]?.value ?? ''))) continue;
		// "issued a statement saying", "carried signs reading": the statement's author speaks, the
		// subject of the clause, not the object the participle hangs on.
		const ps = participleSubject(ctx, c, lo);
		if (ps === 'nobody') continue;
		if (ps) return { cue: [c, e], np: ps.np, appos: ps.appos };
		// ("Ryan and Trump will meet next week, Spicer said, adding, "…"": a participle right after an
		// attribution set off by commas hangs on its speaker; review SS of the 54th stop had "Trump" speak)
		if (isParticiple(toks[c]) && toks[c - 1]?.value === ',' && c - 2 > lo && toks[c - 2].pos === 'VERB' && ctx.isSpeechLemma(toks[c - 2])) {
			const by = subjectLeft(toks, c - 2, lo);
			if (by && toks[by.np[0] - 1]?.value === ',' && isNamed(toks, by.np)) return { cue: [c, e], np: by.np, appos: by.appos };
		}
		// ", chanting …" hangs on the subject of the clause before the comma, not on the phrase next to it
		// (when another quotation of the sentence ends where this search starts, the subject of the nearest
		// clause with a verb of its own, however far back: 'Trump says in the spot titled "Dangerous,"
		// warning against allowing in the refugees …, pledging to "…"', 'he tweeted when Clinton ended a
		// debate with a reference to the "Star Wars" sequel hitting theaters, remarking, "…"')
		let hanging = isParticiple(toks[c]) && toks[c - 1]?.value === ',' ? clauseSubject(ctx, lo, c) : null;
		if (hanging && lo > 0 && ctx.isMark[lo - 1] && toks[lo - 1].sentence === toks[c].sentence) hanging = nearestClauseSubject(ctx, c) ?? hanging;
		// ("was quick to condemn", "wanted to say": the subject of the verb the infinitive hangs on)
		let gov = c;
		if (toks[c - 1]?.normal === 'to') {
			gov = c - 2;
			while (gov > lo && (toks[gov].pos === 'ADJ' || toks[gov].pos === 'ADV')) gov--;
			if (!(toks[gov]?.pos === 'VERB' || toks[gov]?.pos === 'AUX')) continue;
		}
		// ("although Bill Clinton won the spin by declaring himself the 'comeback kid'": a gerund after "by"
		// is done by the subject of the verb before it, not of the sentence's first clause)
		let byVerb = -1;
		if (toks[c - 1]?.normal === 'by' && /ing$/.test(toks[c].normal)) {
			for (let v = c - 2; v > lo && c - v <= 12 && toks[v].value !== ','; v--)
				if (toks[v].pos === 'VERB' || toks[v].pos === 'AUX') {
					byVerb = v;
					break;
				}
		}
		if (byVerb >= 0) {
			const by = subjectLeft(toks, byVerb, lo);
			if (by) return { cue: [c, e], np: by.np, appos: by.appos, mention: by.mention };
		}
		const left = hanging ?? subjectLeft(toks, gov, lo);
		if (left && !hanging && nounAfterObject(toks, c, left.np, lo)) continue;
		let s: Subject | null = left ?? (isParticiple(toks[c]) || afterConjunction(toks, c, lo) ? clauseSubject(ctx, lo, c) : null) ?? (INVERTING.has(toks[c].lemma) && !isParticiple(toks[c]) && (c === lo || toks[c - 1].value === ',' || ctx.isMark[c - 1]) ? subjectRight(toks, e, hi) : null);
		// "… a little trepidation …, recently telling", "the effort stalled, and he has …, calling": a
		// phrase that cannot speak (no name, person, organisation or document) gives way to the nearest
		// subject that is a name or a pronoun (another common noun may be a speaker the lists lack)
		if (s && !isSource(ctx, s.np) && toks[s.np[1] - 1].pos === 'NOUN') {
			const alt = clauseSubject(ctx, lo, c, true);
			if (alt && isNamed(toks, alt.np)) s = alt;
		}
		if (s) return { cue: [c, e], np: s.np, appos: s.appos, mention: s.mention };
	}
	// "Smith put it this way:" — a named speaker's verb introduces a quote after a colon. Only the first
	// verb of the sentence, right after a name or pronoun, so "the liars use this to smear:" is not a speaker.
	if (hi - 1 >= lo && toks[hi - 1].value === ':') {
		for (let c = lo; c < hi - 1; c++) {
			// ("The Illinois Board of Elections was conclusive in its findings:")
			if ((toks[c].pos === 'VERB' || toks[c].pos === 'AUX') && ctx.inQuote[c] < 0) {
				const s = subjectLeft(toks, c, lo);
				// (the verb is the cue only when it is one of speaking: "Smith put it this way:" is no reporting
				// verb for the chart of them, nor "She proceeded to share the hashtag, which contains the following:")
				if (s && (toks[s.np[1] - 1].pos === 'PROPN' || toks[s.np[1] - 1].pos === 'PRON')) return { cue: toks[c].pos === 'VERB' && ctx.isSpeechLemma(toks[c]) ? [c, c + 1] : null, np: s.np, appos: s.appos };
				break;
			}
		}
	}
	return null;
}


/** Token index range of the attribution windows on either side of a marked span. */
export function windows(ctx: Ctx, m: MarkedSpan): { before: Range; after: Range } {
	const { toks } = ctx;
	const para = ctx.paragraphs[m.paragraph];
	const oi = ctx.tokenAt(m.open);
	let lo = oi;
	while (lo > 0 && toks[lo - 1].paragraph === toks[oi].paragraph) {
		if (ctx.isMark[lo - 1] || ctx.isSentenceEnd(lo - 1)) break;
		lo--;
	}
	let ai = m.close >= 0 ? ctx.tokenAt(m.close) + 1 : ctx.tokenAt(para.end);
	// the second of two single marks typed for a closing double one (’’)
	while (ai < toks.length && /^[’']$/.test(toks[ai].value) && toks[ai].start <= m.close + 2) ai++;
	// (a quotation may close in the paragraph after its opening one: spans.ts)
	const closePara = m.close >= 0 ? (ctx.paragraphs[toks[ctx.tokenAt(m.close)]?.paragraph ?? m.paragraph] ?? para) : para;
	let hi = ai;
	while (hi < toks.length && toks[hi].start < closePara.end && hi - ai < 30) {
		const t = toks[hi];
		if (ctx.isMark[hi] || (SENTENCE_END.has(t.value) && ctx.isSentenceEnd(hi))) break;
		hi++;
	}
	return { before: [lo, oi], after: [ai, hi] };
}

/**
 * The subject of the nearest verb before c in its sentence that has one of its own: not a participle
 * ("hitting", "titled" after a noun), an infinitive, or a word in quotation marks.
 */
function nearestClauseSubject(ctx: Ctx, c: number): Subject | null {
	const { toks } = ctx;
	const ss = ctx.sentenceStart(c);
	for (let k = c - 1; k > ss; k--) {
		const t = toks[k];
		if (ctx.inQuote[k] >= 0 || ctx.isMark[k] || !(t.pos === 'VERB' || t.pos === 'AUX')) continue;
		if (/ing$/.test(t.normal) || toks[k - 1].normal === 'to' || (/ed$/.test(t.normal) && toks[k - 1].pos === 'NOUN')) continue;
		return subjectLeft(toks, k, ss);
	}
	return null;
}
