// The edges of a reported clause and of who reports it, for indirect.ts: the agent of a passive clause
// before a comma, the one a verb of causing made speak, where what was said starts and ends (without "according to …" after it or an
// outlet's tag before it), the owner of "in light of X's announcement", and a subject that is no one.
import type { Token } from '../types.js';
import type { Ctx, Range } from './context.js';
import type { Found } from './direct.js';
import { LISTENER_VERBS, isParticiple, isPassive } from './cues.js';
import { subjectLeft, subjectRight } from './subjects.js';
import { isNamed, type Subject } from './attribution.js';
import { isCap } from './mentions.js';
import { isPeopleWord, knownOrgNames } from './data.js';
import { npLeft, npRight } from './phrases.js';
import { SUBORDINATORS, hasClauseVerb } from './clause-shape.js';
import { asideCloseAfter, isAsideDash } from './dash-asides.js';

/**
 * "A photo of the meeting was denied by Andrew, hinting that it was a fake": a clause in the passive
 * that ends, at the comma at `comma`, on its agent named after "by": the agent is who does the
 * participle after the comma, not the clause's subject. Not an agent that names no one ("by the
 * committee" does: an organisation's name; "by a wide margin" does not).
 */
export function passiveAgent(toks: Token[], ss: number, comma: number): Subject | null {
	let by = comma - 1;
	while (by > ss && comma - by <= 6 && toks[by].normal !== 'by') by--;
	if (by <= ss + 1 || toks[by].normal !== 'by' || toks[by - 1].pos !== 'VERB' || !isPassive(toks, by - 1)) return null;
	const np = npRight(toks, by + 1, comma);
	return np && np[1] === comma && isNamed(toks, np) ? { np, appos: null } : null;
}

/** Auxiliaries of what may yet happen. */
const MAYBE = new Set(['will', 'would', 'could', 'might', 'may', 'can', 'should', "'ll", 'wo', 'ca']);
/** Verbs that say their object did what the infinitive after it says ("prompting Lee to argue that …"). */
const CAUSING = new Set(['lead', 'prompt', 'cause', 'force', 'compel', 'spur', 'drive', 'provoke', 'move', 'inspire']);

/**
 * "…, leading advisers like Gene Sperling to counter that …", "prompting Ann Lee to argue that …": a cue
 * in the infinitive after a verb of causing and its object reports what the object said (the one named
 * after "like" or "such as" when there is one). Not a verb of asking or hoping ("urged Lee to say",
 * "wants Lee to argue"): the object may never have said it.
 */
export function causedSpeaker(toks: Token[], cue: number, ss: number): Subject | null {
	if (toks[cue - 1]?.normal !== 'to' || cue - 2 <= ss) return null;
	const np = npLeft(toks, cue - 2, ss);
	if (!np || np[1] !== cue - 1) return null;
	let a = np[0];
	const before = toks[a - 1];
	if (before && (before.normal === 'like' || (before.normal === 'as' && toks[a - 2]?.normal === 'such'))) {
		const whole = npLeft(toks, a - (before.normal === 'like' ? 2 : 3), ss);
		if (!whole) return null;
		a = whole[0];
	}
	const verb = toks[a - 1];
	// (not what would or might be caused: "will prompt people to say …")
	const modal = toks[a - 2];
	if (modal && (modal.normal === 'to' || (modal.pos === 'AUX' && MAYBE.has(modal.normal)))) return null;
	return a - 1 >= ss && verb.pos === 'VERB' && CAUSING.has(verb.lemma.toLowerCase()) ? { np, appos: null } : null;
}

export function trimRange(ctx: Ctx, s: number, e: number): Range {
	const { toks } = ctx;
	// "… the bridge was unsafe, according to the Daily Star": who relays it is no part of what was said
	// (read in the last words only: this is asked for every reported clause)
	for (let j = e - 3; j > s && j >= e - 16; j--) {
		if ((toks[j].value === ',' || (ctx.isMark[j] && toks[j - 1]?.value === ',')) && toks[j + 1]?.normal === 'according' && toks[j + 2]?.normal === 'to' && !hasClauseVerb(toks, j + 3, e)) {
			e = ctx.isMark[j] ? j + 1 : j;
			break;
		}
	}
	// "praised the speech, as did former House Speaker Newt Gingrich": who else did the same is no part
	// of what was said either, and a verb's object alone is no clause (review CC of the 43rd stop; not
	// after a clause, where the words may be the speaker's: "Clinton has differentiated herself, as
	// have her rivals")
	for (let j = e - 3; j > s && j >= e - 12; j--) {
		if (toks[j].value === ',' && toks[j + 1]?.normal === 'as' && toks[j + 2] && ELLIPTIC.has(toks[j + 2].normal) && !hasClauseVerb(toks, j + 3, e) && !hasClauseVerb(toks, s, j)) {
			e = j;
			break;
		}
	}
	while (s < e && /^[,:;—–-]$/.test(toks[s].value)) s++;
	// "(CNN) The government … declared …, the WHO reported": the outlet's tag opening its story is no
	// part of what was said
	if (toks[s]?.value === '(' && toks[s + 2]?.value === ')' && OUTLET_TAG.test(toks[s + 1].value) && s + 3 < e && (s === 0 || toks[s - 1].paragraph !== toks[s].paragraph)) s += 3;
	// "LONDON - The minister will resign …, officials said": nor is a dateline in capitals, with its state,
	// opening the paragraph before a dash (review T of the 39th stop)
	if (s < e && toks[s] && (s === 0 || toks[s - 1].paragraph !== toks[s].paragraph)) {
		let k = s;
		while (k < e && k - s < 6 && (DATELINE_WORD.test(toks[k].value) || ((toks[k].value === ',' || toks[k].value === '.') && k > s))) k++;
		const dash = toks[k]?.value === '-' || toks[k]?.value === '—' || toks[k]?.value === '–' || toks[k]?.value === '--';
		const after = toks[k + 1]?.value === '-' ? k + 2 : k + 1;
		// (a city in capitals, not an organisation's initials, "NATO - the alliance -", nor a pair, "US - China talks")
		const place = toks.slice(s, k).filter((x) => CAPITALS_WORD.test(x.value));
		if (k > s && CAPITALS_WORD.test(toks[s].value) && place.every((x) => x.value.length >= 3 && !knownOrgNames().has(x.normal)) && dash && after < e && isCap(toks[after])) s = after;
	}
	while (e > s && (/^[,.:;!?—–-]$/.test(toks[e - 1].value) || ctx.isMark[e - 1])) e--;
	return [s, e];
}
/** Verbs that stand for the one before them in ", as did the governor", ", as have others". */
const ELLIPTIC = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'should']);
/** A word of a dateline: a place in capitals, or its state or country after a comma ("LOUISVILLE, Ky."). */
const DATELINE_WORD = /^\p{Lu}[\p{L}.]*$/u;
/** A place in capitals opening a dateline ("LONDON", "NEW"). */
const CAPITALS_WORD = /^\p{Lu}{2,}$/u;
/** A short name in capitals or capitalised, as an outlet tags its story: "(CNN)", "(AP)", "(Reuters)". */
const OUTLET_TAG = /^\p{Lu}[\p{L}.]{1,11}$/u;

/**
 * "in light of Van Der Beek's announcement", "in the wake of Smith's claim": the owner is the name
 * after "of" when the word before it is no person or body of people, only a preposition's part
 * ("the president of Acme's claim" keeps the president).
 */
export function ownerAfterOf(toks: Token[], np: Range | null): Range | null {
	if (!np) return null;
	for (let k = np[1] - 2; k > np[0]; k--) {
		if (toks[k].normal !== 'of') continue;
		const before = toks[k - 1];
		if (!isCap(toks[k + 1]) || isCap(before) || isPeopleWord(before)) return np;
		return [k + 1, np[1]];
	}
	return np;
}

/** Is the phrase no one: "no envoy" (the "no" right before it or its first word), "none of them", "nobody", "neither"? */
export function noOne(toks: Token[], np: Range): boolean {
	const first = toks[np[0]];
	if (toks[np[0] - 1]?.normal === 'no' && toks[np[0] - 1].pos === 'DET') return true;
	return NO_ONE.has(first.normal) || (first.normal === 'no' && (np[1] - np[0] > 1 || toks[np[0] + 1]?.normal === 'one'));
}
const NO_ONE = new Set(['nobody', 'none', 'neither', 'noone']);

/**
 * "…, saying it would hurt farmers", "…, adding that the courts had failed": a participle of saying after
 * a comma (outside quotation marks) is a gloss or a new cue, not more of what was reported (only when no
 * quotation follows: "…, adding: "…"" is found as a quote of its own). The reported clause cut before it,
 * else null.
 */
export function glossEnd(ctx: Ctx, content: Range): Range | null {
	const { toks } = ctx;
	for (let j = content[0] + 1; j < content[1] - 1; j++) {
		const comma = toks[j].value === ',' || (ctx.isMark[j] && toks[j - 1]?.value === ',');
		if (comma && !ctx.isMark[j + 1] && (ctx.inQuote[j] < 0 || ctx.isMark[j]) && isParticiple(toks[j + 1]) && ctx.isSpeechLemma(toks[j + 1]) && !toks.slice(j + 1, content[1]).some((_, x) => ctx.isMark[j + 1 + x])) return trimRange(ctx, content[0], j + (ctx.isMark[j] ? 1 : 0));
		// ('“…,” presumably meaning this will be a focal point': a participle the writer hedges is the
		// writer's reading of what was said; review NN of the 48th stop had it Woodward's)
		if (comma && (ctx.inQuote[j] < 0 || ctx.isMark[j]) && hedgedParticiple(toks, j + 1)) return trimRange(ctx, content[0], j + (ctx.isMark[j] ? 1 : 0));
	}
	return null;
}

/** Adverbs by which the writer offers a reading of their own: "presumably meaning", "apparently referring to". */
const HEDGES = new Set(['presumably', 'apparently', 'perhaps', 'probably', 'possibly', 'likely', 'seemingly', 'evidently', 'ostensibly', 'clearly', 'obviously']);

/** Is token k a hedging adverb right before a participle in -ing ("presumably meaning …")? */
export function hedgedParticiple(toks: Token[], k: number): boolean {
	return HEDGES.has(toks[k]?.normal ?? '') && toks[k + 1]?.pos === 'VERB' && /ing$/.test(toks[k + 1].normal);
}

/** Words opening a writer's clause of contrast after a reported one: ", while 10 percent found …". */
const CONTRAST = new Set(['while', 'whereas', 'however']);

/**
 * "Forty percent said they liked the plan, while 10 percent found it confusing", "…, however that number
 * has since fallen": a clause of contrast after a comma, with a subject and a verb with a tense of its
 * own, is the writer's (review T of the 39th stop found poll shares' reports running on into the next
 * figure). The reported clause cut before it, else null.
 */
export function contrastEnd(ctx: Ctx, content: Range): Range | null {
	const { toks } = ctx;
	for (let j = content[0] + 2; j < content[1] - 2; j++) {
		if (toks[j].value !== ',' || ctx.inQuote[j] >= 0 || !CONTRAST.has(toks[j + 1].normal) || ctx.inQuote[j + 1] >= 0) continue;
		const after = subjectRight(toks, j + 2, content[1]);
		let v = after ? after.np[1] : -1;
		while (v >= 0 && v < content[1] && toks[v].pos === 'ADV') v++;
		if (after && (toks[v]?.pos === 'VERB' || toks[v]?.pos === 'AUX') && !/ing$/.test(toks[v].normal)) return trimRange(ctx, content[0], j);
	}
	return null;
}

/** Prepositions that open someone else's view after ", but": "but for Republicans, …", "but to critics, …". */
const VIEWPOINT = new Set(['for', 'to']);
/** Modal verbs, written out or short ("'d", "'ll"): the tense of what someone says will or would happen. */
export const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'might', 'may', 'must', "'d", '’d', "'ll", '’ll']);

/**
 * "Clinton says the mails were personal, but for Republicans, it is a smoking gun", "Mrs. Clinton has said she
 * intends to fill half her cabinet with women, and Ms. Brainard is among the few …": after a comma, "but" and
 * whose view it is ("for Republicans,") or "and"/"but" and a clause whose subject is a person named by name
 * (not a pronoun, which goes on with the speaker), the writer goes on in their own voice (review AA of the
 * 42nd stop found both whole in Clinton's reports). The reported clause cut before it, else null.
 */
export function turnEnd(ctx: Ctx, content: Range): Range | null {
	const { toks } = ctx;
	for (let j = content[0] + 2; j < content[1] - 3; j++) {
		if (toks[j].value !== ',' || ctx.inQuote[j] >= 0 || ctx.inQuote[j + 1] >= 0) continue;
		const c = toks[j + 1].normal;
		if (c === 'but' && VIEWPOINT.has(toks[j + 2].normal)) {
			let k = j + 3;
			while (k < content[1] && k - j < 8 && toks[k].value !== ',') k++;
			if (toks[k]?.value === ',' && k > j + 3 && subjectRight(toks, k + 1, content[1])) return trimRange(ctx, content[0], j);
			continue;
		}
		if (c !== 'and' && c !== 'but') continue;
		// (a person's title may open the name: "Ms. Brainard", "Sen. Tom Vale")
		let n = j + 2;
		if (isCap(toks[n]) && /\.$/.test(toks[n].value) && toks[n].pos !== 'PROPN') n++;
		let e = n;
		while (e < content[1] && toks[e].pos === 'PROPN' && isCap(toks[e])) e++;
		if (e === n || e - n > 4) continue;
		let v = e;
		while (v < content[1] && toks[v].pos === 'ADV') v++;
		// (not a modal, the tense of what someone says will happen: "… the wall would be built, and Mexico
		// would pay for it" is still the report)
		// (a capitalised "verb" is a name the tagger misread: "and Senator Ted/VERB Cruz" ends a list)
		if (v < content[1] && (toks[v].pos === 'VERB' || toks[v].pos === 'AUX') && !isCap(toks[v]) && !/ing$/.test(toks[v].normal) && !MODALS.has(toks[v].normal)) return trimRange(ctx, content[0], j);
	}
	return null;
}

/**
 * "The candidates say they are not trying to avoid appearing beside … Hillary Clinton, who has been battered
 * in recent weeks by the fallout …": a relative clause set off by a comma after a name, that runs to the
 * end of the report, is the writer telling the reader who that is (review CC of the 42nd stop found the
 * writer's "battered" counted as the candidates' word). The reported clause cut before its comma, else null.
 * Not one in the middle ("said the mayor, who was elected in May, would resign").
 */
export function trailingRelativeEnd(ctx: Ctx, content: Range): Range | null {
	const { toks } = ctx;
	for (let j = content[0] + 2; j < content[1] - 2; j++) {
		if (toks[j].value !== ',' || ctx.inQuote[j] >= 0 || !['who', 'which'].includes(toks[j + 1].normal) || toks[j - 1].pos !== 'PROPN' || !isCap(toks[j - 1])) continue;
		// (a pronoun its subject is someone's view in the report: "which he believes will …", "who he's supporting")
		if (toks[j + 2]?.pos === 'PRON') return null;
		// (to the end: no comma after it closes the clause before the report goes on; and no one's saying or
		// believing in it, "which he believes will make it impossible …", the speaker's own view)
		for (let k = j + 2; k < content[1]; k++) if (toks[k].value === ',' || ctx.isMark[k] || ctx.cueAt(k) >= 0) return null;
		return trimRange(ctx, content[0], j);
	}
	return null;
}

/**
 * "Clinton slammed Obama … for suggesting that rural voters “cling to guns or religion,” and bragged about
 * her father …": what someone is judged for saying (a participle after "for", attribution.ts judgedFor) ends
 * where "and" joins another verb of the sentence's subject on. The reported clause cut before it, else null.
 */
export function judgedForEnd(ctx: Ctx, cue: number, content: Range): Range | null {
	const { toks } = ctx;
	if (toks[cue - 1]?.normal !== 'for' || !isParticiple(toks[cue])) return null;
	for (let j = content[0] + 1; j < content[1] - 1; j++) {
		const v = toks[j + 1];
		if (toks[j].normal === 'and' && ctx.inQuote[j] < 0 && v.pos === 'VERB' && !isCap(v) && /ed$/.test(v.normal)) return trimRange(ctx, content[0], toks[j - 1]?.value === ',' ? j - 1 : j);
	}
	return null;
}

/**
 * "… calling President Barack Obama an “ignorant baboon” and tweeting a photo of Martin's body", "Ryan
 * saying he was “very encouraged” and Trump calling it a “great meeting”": after a participle cue, "and"
 * and another participle with a subject of its own, or with none after words that held no verb (the
 * cue's object and what it was called), is a second thing done, not more of what was said (review MM of
 * the 48th stop). Not "saying they are building walls and turning away refugees", where the second
 * participle goes on the reported clause's. The reported clause cut before it, else null.
 */
export function siblingParticipleEnd(ctx: Ctx, cue: number, content: Range): Range | null {
	const { toks } = ctx;
	if (!isParticiple(toks[cue]) || !/ing$/.test(toks[cue].normal)) return null;
	let verbs = false;
	for (let j = content[0]; j < content[1] - 1; j++) {
		const t = toks[j];
		if (ctx.inQuote[j] >= 0 || ctx.isMark[j]) continue;
		if (t.normal === 'and') {
			let k = j + 1;
			while (k < content[1] && k - j <= 4 && toks[k].pos === 'PROPN' && isCap(toks[k])) k++;
			const own = k > j + 1;
			const v = toks[k];
			// (not a participle describing the last of a list's nouns: "citing low growth, unemployment and
			// growing economic inequality")
			const describing = toks[k + 1]?.pos === 'ADJ' || (toks[k + 1]?.pos === 'NOUN' && toks[j - 1]?.pos === 'NOUN' && toks.slice(Math.max(content[0], j - 6), j).some((x) => x.value === ','));
			if (v && v.pos === 'VERB' && /ing$/.test(v.normal) && !isCap(v) && (own || !verbs) && !describing) return trimRange(ctx, content[0], toks[j - 1]?.value === ',' ? j - 1 : j);
		}
		if (t.pos === 'VERB' || t.pos === 'AUX') verbs = true;
	}
	return null;
}

/**
 * "He called it their “secret weapon” and said it was more useful than the polls", "She said the plan
 * was good and added that it was cheap": a speech verb joined on by "and", whose own report was found
 * (sharing the subject), opens that report; the one before ends at the "and" (review U of the 39th stop
 * had the first run on over the second). Reports are cut in place.
 */
export function endAtJoinedCues(ctx: Ctx, found: Found[]): void {
	const { toks } = ctx;
	for (const q of found) {
		if (!q.cue) continue;
		let j = q.cue[0] - 1;
		while (j > 0 && toks[j].pos === 'ADV') j--;
		if (toks[j]?.normal !== 'and' || ctx.inQuote[j] >= 0) continue;
		const cut = toks[j - 1]?.value === ',' ? j - 1 : j;
		if (cut < 1) continue;
		for (const r of found) {
			if (r === q || !r.cue || r.cue[0] >= j || toks[j].start <= r.start || toks[j].start >= r.end) continue;
			const end = toks[cut - 1].end;
			if (end > r.start) r.end = end;
		}
	}
}

/** What a poll's figure in apposition is made of: "33%", "60 percent", "or 12 of them". */
const FIGURE_WORDS = new Set(['%', 'percent', 'per', 'cent', 'or', 'about', 'nearly', 'almost', 'roughly', 'some']);

/**
 * "A third of independents, 33%, say they feel that way": the subject before a figure set off by commas
 * right before the cue (review U of the 39th stop read "A third of independents, 33%" as the words said,
 * and "they" as their speaker). Null when the aside is anything else.
 */
export function subjectBeforeFigure(toks: Token[], i: number, ss: number): Subject | null {
	if (toks[i - 1]?.value !== ',') return null;
	let k = i - 2;
	while (k > ss && i - k < 6 && (toks[k].pos === 'NUM' || FIGURE_WORDS.has(toks[k].normal))) k--;
	if (k === i - 2 || toks[k]?.value !== ',' || !toks.slice(k + 1, i - 1).some((x) => x.pos === 'NUM')) return null;
	return subjectLeft(toks, k, ss);
}

/** An auxiliary or a verb with a tense ("has championed", "said", "insists"), no participle or infinitive. */
const finiteNoSubject = (t: Token | undefined): boolean => !!t && ((t.pos === 'AUX' && !['be', 'being', 'been', 'to'].includes(t.normal)) || (t.pos === 'VERB' && t.normal !== t.lemma.toLowerCase() && !/ing$/.test(t.normal)));

/** Participles by which a writer says what quoted words were about: ", referring to the convention". */
const REFERRING = new Set(['referring', 'referencing', 'alluding', 'meaning']);

/**
 * The writer's comment after what was reported: "Moscow says the vote was legal, a move that triggered
 * sanctions" (a noun in apposition to the whole statement, with a relative clause of its own); and after
 * quoted words that close the report, "called the budget “reckless,” a sharp rebuke that set off alarm",
 * "said the agency had “full transparency,” referring to its contracts" (a participle of reference after
 * the comma and the closing mark says what the words were about; review V of the 39th stop). The reported
 * clause cut before the comment, else null.
 */
export function commentEnd(ctx: Ctx, content: Range): Range | null {
	const { toks } = ctx;
	for (let j = content[0] + 1; j < content[1] - 2; j++) {
		// the comma, outside marks or right before a closing one (j then the mark)
		const closing = ctx.isMark[j] && toks[j - 1]?.value === ',' && ctx.inQuote[j - 1] >= 0 && ctx.inQuote[j + 1] < 0;
		if (!closing && (toks[j].value !== ',' || ctx.inQuote[j] >= 0)) continue;
		const cut = closing ? j + 1 : j;
		if (['a', 'an'].includes(toks[j + 1].normal) && appositiveComment(toks, j + 2, content[1])) return trimRange(ctx, content[0], cut);
		// (a participle that says what the words were about, not one that goes on with them: "were
		// “well-paid,” making between $30,000 and $60,000 a year" is still what was explained)
		// ("…,” presumably meaning this will be a focal point": an adverb of the writer's may come first)
		const p = toks[j + 1].pos === 'ADV' ? j + 2 : j + 1;
		if (closing && REFERRING.has(toks[p]?.normal ?? '')) return trimRange(ctx, content[0], cut);
		// ("Ann Cole insists the city must balance its budget, and has championed a plan …": ", and" and a
		// verb with a tense and no subject of its own goes on with the sentence's subject, not the report;
		// review W of the 40th stop)
		// (and ", but" so: "Cruz warned against the “fevered dreams” of a brokered convention, but had a
		// more ominous take"; review II of the 46th stop found the writer's "ominous" counted as Cruz's)
		if (!closing && (toks[j + 1].normal === 'and' || toks[j + 1].normal === 'but') && ctx.inQuote[j + 1] < 0 && finiteNoSubject(toks[j + 2])) return trimRange(ctx, content[0], j);
	}
	for (let j = content[0] + 1; j < content[1] - 2; j++) {
		// ("… the families of terrorists — a controversial proposal he has raised …": the same comment after
		// a dash no second dash closes before the report ends)
		if (isAsideDash(toks, j) && ctx.inQuote[j] < 0 && ['a', 'an'].includes(toks[j + 1].normal) && asideCloseAfter(toks, j, content[1]) < 0 && appositiveComment(toks, j + 2, content[1])) return trimRange(ctx, content[0], j);
	}
	// ("… would be on firm legal grounding (naturally)": a word of the writer's in brackets closing it; "…
	// killed 81 percent of white homicide victims (the actual number is closer to 16 percent)": a clause of
	// the writer's, correcting it)
	// (the bracket closing the report, or right after it: a trimmed report leaves its ")" out)
	const e = toks[content[1] - 1]?.value === ')' ? content[1] : toks[content[1]]?.value === ')' ? content[1] + 1 : -1;
	if (e > 0 && e - content[0] > 3 && ctx.inQuote[e - 2] < 0) {
		let o = e - 2;
		while (o > content[0] && e - o < 25 && toks[o].value !== '(' && toks[o].value !== ')') o--;
		const inner = toks.slice(o + 1, e - 1);
		if (toks[o].value === '(' && o > content[0] + 2 && ((inner.length === 1 && (inner[0].pos === 'ADV' || inner[0].pos === 'ADJ')) || bracketClause(inner))) return trimRange(ctx, content[0], o);
	}
	// (or one the report's end cut off before its ")": "(the actual number is closer to 15 percent, according to …")
	for (let o = content[1] - 1; o > content[0] + 2 && content[1] - o < 25; o--) {
		if (toks[o].value === ')') break;
		if (toks[o].value === '(' && ctx.inQuote[o] < 0 && bracketClause(toks.slice(o + 1, content[1]))) return trimRange(ctx, content[0], o);
	}
	return null;
}

/** Words in brackets that make a clause of their own, the writer's: four or more, with a verb with a tense. */
const bracketClause = (inner: Token[]) => inner.length >= 4 && inner.some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.normal)));

/**
 * After "a" or "an" at token h: adjectives or nouns, a noun, and a relative clause ("a move that
 * triggered sanctions", "a controversial proposal he has raised"), a noun phrase of the writer's about
 * the whole statement.
 */
function appositiveComment(toks: Token[], h: number, end: number): boolean {
	while (h < end && (toks[h].pos === 'ADJ' || (toks[h].pos === 'NOUN' && toks[h + 1]?.pos === 'NOUN'))) h++;
	if (toks[h]?.pos !== 'NOUN') return false;
	const next = toks[h + 1];
	if (!next) return false;
	if (next.normal === 'that' || next.normal === 'which') return true;
	// (a relative clause with no "that": a pronoun and a verb with a tense, "he has raised", "she made")
	const v = toks[h + 2];
	return next.pos === 'PRON' && ['he', 'she', 'they', 'it', 'we', 'i'].includes(next.normal) && !!v && (v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.normal)));
}

/**
 * "After all, while he insisted that he never actually said he wanted to kill the families of terrorists,
 * that was the obvious implication": a report whose cue is in a clause the sentence opens with ends at
 * the comma that closes that clause, before the main clause's subject and verb (review II of the 46th
 * stop found the writer's inference given to Trump). The reported clause cut there, else null.
 */
/**
 * "his claim that many immigrants are rapists, and his refusal to disavow …", "her warning that it could
 * fail — the candidate began …", "his comment that ''Islam hates us,'' but he kept his temper": what a
 * speech noun's "that" clause says ends at the first comma or dash (or a comma closing quoted words)
 * after which a clause of its own begins, a subject and a verb with a tense, after "and", "but" or
 * "while" or none (noun-reports.ts; the clause of a noun runs on into the writer's sentence far more
 * often than it goes on with a second clause of what was said). The reported clause cut there, else null.
 */
export function nounClauseEnd(ctx: Ctx, content: Range): Range | null {
	const { toks } = ctx;
	for (let j = content[0] + 2; j < content[1] - 1; j++) {
		const closing = ctx.isMark[j] && toks[j - 1]?.value === ',' && ctx.inQuote[j - 1] >= 0 && ctx.inQuote[j + 1] < 0;
		if (!closing && !((toks[j].value === ',' || isAsideDash(toks, j)) && ctx.inQuote[j] < 0)) continue;
		if (isAsideDash(toks, j) && asideCloseAfter(toks, j, content[1]) > 0) continue;
		let k = j + 1;
		if (['and', 'but', 'while'].includes(toks[k]?.normal ?? '')) k++;
		if (ctx.inQuote[k] >= 0) continue;
		const pron = toks[k]?.pos === 'PRON' && MAIN_PRONOUNS.has(toks[k].normal);
		const after = pron ? null : subjectRight(toks, k, content[1]);
		let v = pron ? k + 1 : after && after.np[0] === k ? after.np[1] : -1;
		while (v >= 0 && v < content[1] && toks[v].pos === 'ADV') v++;
		if (v > 0 && (toks[v]?.pos === 'VERB' || toks[v]?.pos === 'AUX') && !/ing$/.test(toks[v].normal)) return trimRange(ctx, content[0], closing ? j + 1 : j);
		// (", and his refusal …": "and" and a noun phrase joined on to the speech noun, not to what was said)
		if (k > j + 1 && toks[k].pos === 'PRON' && ['his', 'her', 'their', 'its'].includes(toks[k].normal)) return trimRange(ctx, content[0], closing ? j + 1 : j);
	}
	return null;
}

/** Pronouns that may open a sentence's main clause as its subject. */
const MAIN_PRONOUNS = new Set(['that', 'this', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there']);

export function frontedReportEnd(ctx: Ctx, cue: number, ss: number, content: Range): Range | null {
	const { toks } = ctx;
	// (the subordinating word first, or after an opening phrase of a few words and its comma: "After all, while …")
	let o = cue - 1;
	while (o > ss && toks[o - 1].value !== ',') o--;
	// (or opening a clause joined on after a comma: "…, but when Trump mentioned Cruz, it just happened")
	const joined = o > ss && (toks[o]?.normal === 'but' || toks[o]?.normal === 'and') && SUBORDINATORS.has(toks[o + 1]?.normal ?? '') && o + 1 < cue;
	if (joined) o++;
	if (!SUBORDINATORS.has(toks[o]?.normal ?? '') || ctx.inQuote[o] >= 0 || (o > ss && o - ss > 5 && !joined)) return null;
	// (what was said inside that clause, right after its cue: not the main clause that "As Pollak observed,"
	// introduces, which is what was said)
	for (let k = cue + 1; k < content[0]; k++) if (toks[k].value === ',') return null;
	for (let j = content[0] + 1; j < content[1] - 1; j++) {
		if (toks[j].value !== ',' || ctx.inQuote[j] >= 0 || ctx.inQuote[j + 1] >= 0) continue;
		// (a pronoun subject too: "that was the obvious implication", "it passed")
		const pron = toks[j + 1].pos === 'PRON' && MAIN_PRONOUNS.has(toks[j + 1].normal);
		const after = pron ? null : subjectRight(toks, j + 1, content[1]);
		let v = pron ? j + 2 : after && after.np[0] === j + 1 ? after.np[1] : -1;
		while (v >= 0 && v < content[1] && toks[v].pos === 'ADV') v++;
		if (v > 0 && (toks[v]?.pos === 'VERB' || toks[v]?.pos === 'AUX') && !/ing$/.test(toks[v].normal) && !MODALS.has(toks[v].normal)) {
			// ("As iFixit points out in its teardown, the keyboard …": what "as" introduces is the main
			// clause, when the fronted one says nothing of its own)
			// (only a few words of place, time or listener: "in its teardown", "on Monday", "told the Daily News";
			// not an object, "As Trump lamented illegal immigration, Clinton took …", whose "as" is "while")
			if (toks[o].normal === 'as' && !hasClauseVerb(toks, content[0], j) && j - content[0] <= 6 && (toks[content[0]].pos === 'ADP' || LISTENER_VERBS.has(toks[cue].lemma.toLowerCase()))) return trimRange(ctx, j + 1, content[1]);
			return trimRange(ctx, content[0], j);
		}
	}
	return null;
}

