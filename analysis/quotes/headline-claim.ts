// Headlines that attribute a claim with a colon: "Sanders: Clinton needs to 'get away from all of this
// personality stuff'", "Pence: Gennifer Flowers Won't Be at Debate", "NY Post: Megyn Kelly Is No
// Different Than Kim Kardashian". The name before the colon is the claim's source, as "said" would make
// it; without this the claim read as the outlet's own words (its loaded terms, its tone) and its quoted
// fragments as no one's (review OO of the 49th stop: Politico's "Trump: Clinton should have
// congratulated me for making history").
//
// Only the text's first paragraph, thirty words at most (a headline given with the body, as a pasted
// page or an archive's text has it), a label in capitalised words (not in capitals: "FIX IS IN:"), and only a label that names a person or an organisation the body
// mentions again, not a country or a place ("Russia: …" heads a report about Russia), and not a question:
// "The Latest:", "Stealth Over Health:" or "News Guide:" name no one there.
// The claim is reported speech (a headline condenses), or a direct quote when quotation marks hold all
// of it; quotation marks inside it stay direct quotes, of the same source when they have none of their own.
import { countWords } from '../nlp.js';
import type { Ctx } from './context.js';
import type { Found } from './direct.js';
import { placeNames, titleWords } from './data.js';
import { isStateName } from './groups.js';
import { isCap } from './mention-words.js';

/** A headline is short: more words than this in the first paragraph is a lead, not a headline. */
const MAX_WORDS = 30;
/** The label before the colon: a name of a few words, a title with it ("Dr. Ben Carson"). */
const LABEL_TOKENS = 6;
/** A claim says something: fewer words than this after the colon is a label of its own. */
const MIN_WORDS = 3;

/** The claim a headline attributes to a source the body names, as a report of that source; else null. */
export function findHeadlineClaim(ctx: Ctx): Found | null {
	const { toks, text, paragraphs } = ctx;
	if (paragraphs.length < 2) return null;
	const p = paragraphs[0];
	if (countWords(text, p.start, p.end, MAX_WORDS + 1) > MAX_WORDS) return null;
	const a = ctx.tokenAt(p.start);
	if (a >= toks.length || toks[a].start >= p.end || ctx.inQuote[a] >= 0 || ctx.isMark[a]) return null;
	let colon = -1;
	for (let k = a; k < toks.length && k - a <= LABEL_TOKENS && toks[k].end <= p.end; k++) {
		if (toks[k].value === ':') {
			colon = k;
			break;
		}
	}
	if (colon <= a) return null;
	const label = toks.slice(a, colon);
	// (capitalised words, a title's full stop; not a heading in capitals, "FIX IS IN:", "WASHINGTON:")
	if (!label.every((t) => isCap(t) || t.value === '.' || t.value === '-' || /^['’]s$/.test(t.value)) || !label.some((t) => /\p{Ll}/u.test(t.value))) return null;
	let end = p.end;
	while (end > p.start && /[\s.]/.test(text[end - 1])) end--;
	const from = colon + 1;
	if (from >= toks.length || toks[from].start >= end || countWords(text, toks[from].start, end, MIN_WORDS) < MIN_WORDS) return null;
	// (the label one mention of someone the scan already knows, after a title at most: "Dr. Ben Carson";
	// not "Carly Fiorina Endorses Ted Cruz", a headline's clause in capitals, nor "McCain Challenger Kelli
	// Ward", whom this would rename)
	// (its mention starting at the title, or at the name after it)
	let j = a;
	while (j < colon && (titleWords().has(toks[j].normal) || toks[j].value === '.')) j++;
	const mentionAt = (k: number) => {
		const c = k < colon ? ctx.entities.lookup(toks[k].start) : undefined;
		const m = c?.mentions.find((x) => x.start === toks[k].start && x.end === toks[colon - 1].end);
		return c && m ? { c, m } : null;
	};
	const found = mentionAt(a) ?? (j > a ? mentionAt(j) : null);
	if (!found) return null;
	const { c, m } = found;
	// (not a country or a place: "Russia: Decision To Pull Out Of ICC A Blow To International Justice" is
	// a human rights group's headline about Russia, in the style of its country reports)
	if (c.kind === 'org' && (isStateName(c.name) || placeNames().has(c.name))) return null;
	// (nor a question about the one named: "Ted Cruz: Constitutional conservative or another typical
	// career politician?")
	if (text[end - 1] === '?') return null;
	// (a source the body names again: the story's, not a heading's)
	const body = paragraphs[1].start;
	if (!c.mentions.some((x) => x.start >= body && !x.quoted)) return null;
	const speaker = { cluster: c, mention: { start: toks[a].start, end: m.end } };
	// (the claim all in quotation marks, single ones too: "Trump: ‘I’m the Worst Thing …’", the source's words)
	const whole = /^["“‘'][^]*["”’']$/.test(text.slice(toks[from].start, end));
	return { start: toks[from].start, end, kind: whole ? 'direct' : 'indirect', speaker, cue: null };
}
