// Attributions inside an attribution: a clause that already says who spoke, so that a cue around it
// only relays that speaker's words (indirect.ts asks these before it reports a clause).
import type { Ctx, Range } from './context.js';
import { isParticiple, isPassive } from './cues.js';
import { clauseSubject, isSource } from './attribution.js';
import { subjectLeft } from './subjects.js';
import { SUBORDINATORS } from './clause-shape.js';

/** Do tokens [from, to) hold a speech cue with a speaker before it and "that" after it ("Lee, a spokesman, said that …")? */
export function fronted(ctx: Ctx, from: number, to: number): boolean {
	const { toks } = ctx;
	for (let k = from + 1; k < to; k++) {
		const e = ctx.cueAt(k);
		if (e < 0 || toks[e]?.normal !== 'that' || isParticiple(toks[k])) continue;
		// (or the sentence's named subject, before an aside the phrase parser cannot read)
		const subj = subjectLeft(toks, k, from) ?? clauseSubject(ctx, from, k);
		if (subj && isSource(ctx, subj.np)) return true;
	}
	return false;
}

/**
 * Has the clause an "according to" reports an attribution of its own, so that the source after "according
 * to" only relays it? One that opens the clause ("The mayor said …", "a Secret Service agent who spoke on
 * condition of anonymity revealed that …"), or, when the clause holds words in quotation marks, one
 * anywhere in it ("Few noticed the address in which he told an audience that "…," according to The
 * Washington Examiner").
 */
export function relaysOwnAttribution(ctx: Ctx, content: Range, ss: number): boolean {
	const { toks } = ctx;
	let marked = false;
	for (let k = content[0]; k < content[1] && !marked; k++) marked = ctx.isMark[k];
	// ("After reporter Tom Lee asked about the trip, the couple became angry …, according to a source": a
	// cue in a clause of time or cause opening the sentence, up to its comma, is not the clause's own;
	// review Y of the 41st stop)
	let opening = -1;
	if (SUBORDINATORS.has(toks[content[0]]?.normal ?? '')) for (let k = content[0] + 1; k < content[1] && opening < 0; k++) if (toks[k].value === ',') opening = k;
	for (let k = content[0] + 1; k < (marked ? content[1] : Math.min(content[1], content[0] + 16)); k++) {
		if (k < opening) continue;
		if (ctx.cueAt(k) < 0 || isPassive(toks, k) || isParticiple(toks[k])) continue;
		const subj = subjectLeft(toks, k, ss);
		if (subj && (marked || subj.np[0] <= content[0] + 1) && isSource(ctx, subj.np)) return true;
	}
	return false;
}
