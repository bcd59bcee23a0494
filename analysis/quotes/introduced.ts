// Someone a description introduces in the scan (entities.ts): whether the story goes on about them,
// whether the text names them right after, and a name inside the description that is someone else.
import type { Ctx } from './context.js';
import { isCap } from './mentions.js';

/**
 * A description speaking (tokens [from, end), its verb at `verb`) is someone the story goes on about
 * when the verb reports no clause that could be about another: "one diplomat described being jolted
 * awake … When he got back into bed" (he is the diplomat), not "An aide recalled that he shouted" (he
 * is someone else). Not a description with a name in it ("A Justice Department lawyer said"): the scan
 * reads the name.
 */
export function ownStory(ctx: Ctx, from: number, end: number, verb: number): boolean {
	const { toks } = ctx;
	const next = toks[verb + 1];
	if (!next || next.sentence !== toks[verb].sentence || next.normal === 'that' || next.pos === 'PRON' || ctx.isMark[verb + 1]) return false;
	for (let k = from + 1; k < end; k++) if (isCap(toks[k])) return false;
	return true;
}

/**
 * Does the text name the person a description (ending at token `end`, its verb at `verb`) introduces,
 * right after it? "One source is Paul Ryan", "One pastor supporting Mr. Cruz, Darran Whiting of …,
 * said": the name (of two words or more after a comma: not the place in "…in Guangzhou, China") is who
 * it is, and the scan reads it next.
 */
export function namedNext(ctx: Ctx, end: number, verb: number): boolean {
	const { toks } = ctx;
	const v = toks[verb];
	const capName = (k: number) => !!toks[k] && isCap(toks[k]) && toks[k].pos === 'PROPN';
	if (v.lemma === 'be' && capName(verb + 1)) return true;
	const sentence = toks[end - 1].sentence;
	for (let k = end; k < toks.length && k < end + 8 && toks[k].sentence === sentence; k++) if (toks[k].value === ',' && capName(k + 1) && capName(k + 2)) return true;
	return false;
}

/**
 * A name after a preposition inside a description ("the nation and close friend of Prime Minister
 * Benjamin Netanyahu", "the head of Acme Corp"): someone or something of its own, which the scan
 * must still read. The token it starts at, or undefined.
 */
export function nameInside(ctx: Ctx, from: number, to: number): number | undefined {
	const { toks } = ctx;
	for (let k = from + 1; k + 1 < to; k++) if (toks[k].pos === 'ADP' && isCap(toks[k + 1]) && toks[k + 1].pos === 'PROPN') return k + 1;
	return undefined;
}
