// Transcripts. A broadcast interview or a panel set down as a transcript gives each turn its own
// paragraph, opened by the speaker's name and a colon, with no quotation marks and no "said":
//
//   TAPPER: Do you think Donald Trump has campaigned as a racial healer?
//   FALLIN: I think he is trying to campaign as a racial healer.
//
// Without this every turn reads as the outlet's own voice (its tone, its loaded terms) and the people
// talking are quoted nowhere. A turn is quoted directly, as its speaker's, when the paragraphs read as
// a conversation: at least two people each open a paragraph so, and one of them does it twice or
// more. A list of one line per person ("Sanders: Win in a walk. / Clinton: Keep it close."), a
// delegate count ("Hillary Clinton: 1,769.") or headings that name people ("Jeb Bush: Student loans")
// have no one speaking twice. The name must be a person's: one the article names as a person
// elsewhere ("JAKE TAPPER" … "TAPPER"), or a given name and a surname; "Q:" and "A:", "Iowa:" or
// "UPDATE:" are not. Quotation marks round a turn already make it a direct quote (direct.ts), and
// then this adds nothing.
import { countWords } from '../nlp.js';
import type { Token } from '../types.js';
import type { Ctx, Range } from './context.js';
import type { Found } from './direct.js';
import { speakerOf, type SpeakerInfo } from './attribution.js';
import { parseMention } from './mentions.js';
import { firstNames, titleWords } from './data.js';
import { isCap } from './mention-words.js';

/** At most this many tokens before the colon: a name, a title, a party label in brackets. */
const LABEL_TOKENS = 8;
/** A turn says something: fewer words than this after the colon is a count or a label. */
const MIN_WORDS = 3;
/** A title a transcript may keep in the label ("SEN. SANDERS:", "Gov. Fallin:"; titles.txt). */
const isTitle = (t: Token) => titleWords().has(t.normal);

/** A paragraph opened by a person's name and a colon: where the name and the words spoken are. */
interface Turn {
	name: Range;
	start: number;
	end: number;
	/** Who speaks, to tell a conversation: the label's words in lower case, a surname alone the full name an earlier label gave. */
	key: string;
}

/** The turns of a transcript in the article, as direct quotes of the people who speak them. */
export function findTranscriptTurns(ctx: Ctx): Found[] {
	const turns: Turn[] = [];
	// who an earlier label named, by surname: one full label each, or none when two share it
	const bySurname = new Map<string, string | null>();
	for (const p of ctx.paragraphs) {
		const turn = turnAt(ctx, p.start, p.end);
		if (!turn) continue;
		const words = turn.key.split(' ');
		const surname = words[words.length - 1];
		const earlier = bySurname.get(surname);
		// (a person's, or the surname of one an earlier label named in full: "JAKE TAPPER" … "TAPPER"; not
		// of two, "Elizabeth A. Burton" and "Victor N. Burton" in a list of arrests)
		if (words.length === 1 && earlier) turn.key = earlier;
		else if (!personLabel(ctx, turn.name)) continue;
		if (words.length > 1) bySurname.set(surname, earlier === undefined || earlier === turn.key ? turn.key : null);
		turns.push(turn);
	}
	if (turns.length < 3) return [];
	const count = new Map<string, number>();
	for (const t of turns) count.set(t.key, (count.get(t.key) ?? 0) + 1);
	// a conversation: two people at least, one of them speaking twice or more
	if (count.size < 2 || ![...count.values()].some((n) => n >= 2)) return [];
	// (the speakers are resolved only now: a lone "Lynch: No outside influence" heading is left as it was)
	const out: Found[] = [];
	for (const t of turns) {
		const speaker = labelSpeaker(ctx, t.name);
		if (speaker?.cluster?.kind === 'person') out.push({ start: t.start, end: t.end, kind: 'direct', speaker, cue: null });
	}
	return out;
}

/** The turn a paragraph may hold: "NAME: words …". */
function turnAt(ctx: Ctx, start: number, end: number): Turn | null {
	const { toks, text } = ctx;
	const a = ctx.tokenAt(start);
	if (a >= toks.length || toks[a].start >= end) return null;
	let colon = -1;
	for (let k = a; k < toks.length && k - a <= LABEL_TOKENS && toks[k].end <= end; k++) {
		if (toks[k].value === ':') {
			colon = k;
			break;
		}
	}
	if (colon <= a || ctx.inQuote[a] >= 0 || ctx.isMark[a]) return null;
	// the label: capitalised words, a title's full stop, a party label in brackets ("(R-S.C.)")
	let b = colon;
	if (toks[b - 1].value === ')') {
		let k = b - 2;
		while (k > a && toks[k].value !== '(') k--;
		if (k <= a) return null;
		b = k;
	}
	const name: Range = [a, b];
	const words: string[] = [];
	for (let k = a; k < b; k++) {
		const t = toks[k];
		if (t.value === '.' || t.value === '-' || /^['’]s?$/.test(t.value)) continue;
		if (!isCap(t) || !/\p{L}/u.test(t.value)) return null;
		if (!isTitle(t)) words.push(t.normal);
	}
	if (!words.length) return null;
	const from = colon + 1;
	if (from >= toks.length || toks[from].start >= end) return null;
	const turnStart = toks[from].start;
	let turnEnd = end;
	while (turnEnd > turnStart && /\s/.test(text[turnEnd - 1])) turnEnd--;
	if (countWords(text, turnStart, turnEnd, MIN_WORDS) < MIN_WORDS) return null;
	return { name, start: turnStart, end: turnEnd, key: words.join(' ') };
}

/**
 * The person a label names. A label in capitals is a name whatever it looks like: "BOULDUAN" after "KATE
 * BOULDUAN" is her surname, not an initialism, and a transcript's capitals are no heading.
 */
function labelSpeaker(ctx: Ctx, np: Range): SpeakerInfo | null {
	const { toks, text } = ctx;
	const capitals = toks.slice(np[0], np[1]).every((t) => !/\p{Ll}/u.test(t.value));
	if (!capitals) return speakerOf(ctx, { cue: null, np, appos: null });
	const m = parseMention(text, toks, np[0], np[1]);
	if (!m || (m.kind !== 'person' && m.kind !== 'org')) return null;
	const at = { start: m.start, end: m.end };
	const ws = m.name.split(/\s+/);
	const known = ctx.entities.lookup(m.nameSpan.start, 'person') ?? (ws.length === 1 ? ctx.entities.bySurname(m.name, m.start) : null);
	if (known) {
		ctx.entities.note(known, at, m.text, 'short name');
		ctx.entities.setStart(m.nameSpan.start, known);
		return { cluster: known, mention: at };
	}
	return { cluster: ctx.entities.addPerson({ ...m, kind: 'person' }), mention: at };
}

/** A label that names a person: one the article knows as a person, or a given name and a surname. */
function personLabel(ctx: Ctx, [a, b]: Range): boolean {
	const { toks } = ctx;
	let first = a;
	while (first < b && (isTitle(toks[first]) || toks[first].value === '.')) first++;
	if (first >= b) return false;
	const names = toks.slice(first, b).filter((t) => /\p{L}/u.test(t.value));
	if (names.length >= 2 && firstNames().has(names[0].normal)) return true;
	// (a name met before: in the text, or in an earlier turn's label, "JAKE TAPPER" … "TAPPER")
	const known = ctx.entities.lookup(toks[first].start, 'person');
	return !!known?.named || ctx.entities.knows(names.map((t) => t.value).join(' '));
}
