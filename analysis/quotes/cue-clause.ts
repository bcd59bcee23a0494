// What follows an attribution's cue, for direct.ts: nothing reported (its clause ends: "…," Smith said
// Tuesday.), or a clause of its own ("the senator said his campaign was …"), which the cue reports instead
// of the quoted words before it. Split from direct.ts, which had passed 500 lines.
import { TIME_WORDS, type Ctx } from './context.js';
import { attrAfter, type Attribution } from './attribution.js';
import { LISTENER_VERBS } from './cues.js';
import { TIME_OR_CAUSE } from './mention-words.js';

/**
 * Does a clause of its own, a subject and its verb, follow the attribution's cue right away ("the senator
 * said his campaign here was …", "said the plan was dead")? Not a place, a time or a listener first.
 */
export function clauseRightAfter(ctx: Ctx, a: Attribution): boolean {
	const { toks } = ctx;
	// (a subject before its verb: not '"…," said Tom Vale, a lawyer who …', whose clause is the appositive's)
	if (!a.np || a.np[1] > a.cue![0]) return false;
	let k = a.cue![1];
	while (k < toks.length && TIME_WORDS.has(toks[k].normal)) k++;
	const first = toks[k];
	// (only right after the verb: not "said in an interview that aired Sunday", whose cue takes in the phrase)
	// (nor a listener's verb, whose object comes first: '"Yes," the mayor told reporters the plan …')
	if (a.cue![1] - a.cue![0] > 1 || LISTENER_VERBS.has(toks[a.cue![0]].lemma.toLowerCase()) || !first || ctx.isMark[k] || !SUBJECT_OPENERS.has(first.pos) || first.normal === 'that' || first.sentence !== toks[a.cue![0]].sentence) return false;
	for (let j = k + 1; j < toks.length && j - k <= 5; j++) {
		const t = toks[j];
		if (t.pos === 'VERB' || t.pos === 'AUX') return !/ing$/.test(t.normal);
		if (!SUBJECT_WORDS.has(t.pos) || ctx.isMark[j]) return false;
	}
	return false;
}
/** What a clause's subject opens with, and what it may go on with before its verb. */
const SUBJECT_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN']);
const SUBJECT_WORDS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'ADV', 'NUM']);

/**
 * Does the attribution end its clause (nothing reported after it, only a time, a place or a listener)?
 * Not when quotation marks open in it: 'Smith called the plan "a bold step"' quotes words of its own.
 */
export function endsClause(ctx: Ctx, a: Attribution): boolean {
	const { toks } = ctx;
	let k = Math.max(a.cue![1], a.np?.[1] ?? 0, a.appos?.[1] ?? 0);
	const next = toks[k];
	if (!next || /^[.,;:!?)—–-]$/.test(next.value) || ctx.isMark[k]) return true;
	// "… said Tuesday", "… told reporters", "… said in a statement"
	while (k < toks.length && k - a.cue![1] < 8 && !/^[.,;:!?]$/.test(toks[k].value)) {
		if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX' || toks[k].normal === 'that' || ctx.isMark[k]) return false;
		k++;
	}
	return true;
}

/** Words that open a clause of condition, cause, time or concession. */
const SUBORDINATORS = new Set([...TIME_OR_CAUSE, 'if', 'although', 'though', 'whenever']);

/**
 * '"Many would consider that an embarrassment for her" if she didn't win by more, said David Wasserman':
 * a clause of condition, cause or time right after the closing mark goes on with the quoted words, and
 * the attribution comes after its comma, a cue that ends its clause. The window [lo, hi) is what follows
 * the closing mark in its sentence. Null when there is no such clause or no such attribution (the
 * clause's own subject, "she", had been taken for the speaker).
 */
export function attrPastClause(ctx: Ctx, lo: number, hi: number): Attribution | null {
	const { toks } = ctx;
	if (!SUBORDINATORS.has(toks[lo]?.normal ?? '')) return null;
	let c = lo + 1;
	while (c < hi && toks[c].value !== ',' && !ctx.isMark[c]) c++;
	if (c >= hi || toks[c].value !== ',' || c - lo < 3) return null;
	const a = attrAfter(ctx, c + 1, hi);
	return a?.cue && endsClause(ctx, a) ? a : null;
}
