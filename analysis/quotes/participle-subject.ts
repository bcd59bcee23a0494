// Who speaks at a participle cue right after a noun phrase ("issued a statement saying …", "– Ryan saying
// …", "the video shows Smith saying …", "slammed Jones for suggesting …"): the clause's subject, the name
// before the participle, or nobody when the participle hangs on a noun that cannot speak. Read by
// attribution.ts (attrBefore) and report-subject.ts; split from attribution.ts, which had passed 500 lines.
import type { Ctx, Range } from './context.js';
import { TIME_WORDS } from './context.js';
import { isTimePhrase } from './mention-words.js';
import { CHANNEL_NOUNS, isParticiple } from './cues.js';
import { isCap } from './mentions.js';
import { npLeft } from './phrases.js';
import { documentNouns, knownOrgNames, speechNouns } from './data.js';
import { clauseSubject, judgedFor } from './clause-subject.js';
import { isSource } from './sources.js';
import { subjectLeft } from './subjects.js';

/**
 * The speaker of a participle cue right after a noun phrase: "issued a statement saying" is the clause's
 * subject, not the statement; but a name set off before the participle is its subject ("… – Ryan saying
 * he was …", "with Sen. John McCain calling it …"), and so is a name a recording shows speaking ("the
 * video shows Smith saying …"). Null when the cue is no such participle or no subject is found;
 * 'nobody' when the participle hangs on a noun that cannot speak.
 */
export function participleSubject(ctx: Ctx, c: number, lo: number): { np: Range; appos: Range | null } | 'nobody' | null {
	const { toks } = ctx;
	const judged = judgedFor(ctx, c, lo);
	if (judged) return { np: judged, appos: null };
	if (!(isParticiple(toks[c]) && toks[c - 1] && (toks[c - 1].pos === 'NOUN' || toks[c - 1].pos === 'PROPN'))) return null;
	const obj = npLeft(toks, c - 1, lo);
	if (!obj) return null;
	const lead = toks[obj[0] - 1];
	// ("interviewed about Pope Francis calling Christmas a sham", "seized on Trump saying": a name after
	// a preposition, before the participle, is the participle's own subject)
	// (not where it was said: "posted on Twitter accusing Big Machine …", "said at CNN …")
	const where = (lead?.normal === 'on' || lead?.normal === 'at') && knownOrgNames().has(toks.slice(obj[0], obj[1]).map((t) => t.normal).join(' '));
	// (nor a day or a month: "a letter the campaign sent the DNC on Monday alleging …" is not Monday's; review
	// NN of the 48th stop)
	const when = isTimePhrase(toks, obj[0], obj[1]);
	// ("with Ryan saying he was “very encouraged” and Trump calling it a “great meeting”": after "and" too,
	// when a participle of saying with its own subject came before it in the sentence)
	const chained = lead?.normal === 'and' && toks.slice(Math.max(lo, obj[0] - 30), obj[0] - 1).some((t) => isParticiple(t) && /ing$/.test(t.normal) && ctx.isSpeechLemma(t) && t.sentence === lead.sentence);
	if (toks[obj[1] - 1].pos === 'PROPN' && !when && (chained || obj[0] === lo || (lead && (['with', ',', '—', '–', '-', ';'].includes(lead.normal) || (GERUND_LEADS.has(lead.normal) && !where))))) return { np: obj, appos: null };
	if (isCap(toks[obj[1] - 1]) && lead?.pos === 'VERB' && SHOWING.has(lead.lemma)) return { np: obj, appos: null };
	// "issued a statement saying", "posted a video on Twitter saying": a statement's or a post's words are
	// its issuer's, and so are the words of a person or organisation the clause names there; "was
	// shadowed by conspiracy theories suggesting …": a noun that cannot speak reports nobody ('nobody')
	let said = false;
	for (let k = c - 1; k >= Math.max(lo, c - 6) && !said; k--) {
		const t = toks[k];
		if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') break;
		said = t.pos === 'NOUN' && [t.normal, t.lemma.toLowerCase()].some((w) => documentNouns().has(w) || speechNouns().has(w) || CHANNEL_NOUNS.has(w) || MEDIUMS.has(w));
	}
	// "a letter the Sanders campaign sent the DNC on Monday alleging …": a document with a clause of its
	// own between it and the participle is the words of the one who sent or wrote it, that clause's subject
	const author = said ? null : documentAuthor(ctx, c, lo);
	if (author) return { np: author, appos: null };
	// (a time or a quantity is how long or how much, not who: "spent 45 seconds explaining")
	const measured = toks.slice(obj[0], obj[1]).some((t) => t.pos === 'NUM') || TIME_WORDS.has(toks[obj[1] - 1].normal);
	if (!said && !measured && !isSource(ctx, obj)) return 'nobody';
	return obj[0] > lo ? clauseSubject(ctx, lo, obj[0]) : null;
}

/** Prepositions whose object can be a name with its participle: "about Pope Francis calling …". */
const GERUND_LEADS = new Set(['about', 'over', 'after', 'despite', 'on', 'at', 'of', 'by', 'against', 'following', 'amid']);

/** What carries someone's voice: "was heard on a microphone telling Christie …" is the clause's subject speaking. */
const MEDIUMS = new Set(['microphone', 'mic', 'phone', 'telephone', 'radio', 'camera', 'tape', 'recording', 'television', 'tv', 'podcast', 'livestream', 'loudspeaker', 'megaphone']);

/** Verbs of showing and catching on record: "the video shows Smith saying …" is Smith speaking. */
const SHOWING = new Set(['show', 'hear', 'see', 'catch', 'capture', 'record', 'film', 'depict', 'feature']);

/**
 * The subject of a clause that hangs on a document noun right before it, when the participle at c comes
 * after that clause: "a letter [the campaign sent the DNC on Monday] alleging …" is the campaign's.
 */
function documentAuthor(ctx: Ctx, c: number, lo: number): Range | null {
	const { toks } = ctx;
	for (let v = c - 1; v >= Math.max(lo, c - 10); v--) {
		const t = toks[v];
		if (t.pos === 'PUNCT') return null;
		if (t.pos !== 'VERB') continue;
		const subject = subjectLeft(toks, v, lo);
		const doc = subject ? toks[subject.np[0] - 1] : undefined;
		return doc?.pos === 'NOUN' && (documentNouns().has(doc.normal) || documentNouns().has(doc.lemma.toLowerCase())) ? subject!.np : null;
	}
	return null;
}
