// Binding: an object pronoun is not the subject of its own clause ("he went to tell him": "him" is
// someone else; the same person would be "himself"). entities.ts asks it for each him/her it resolves.
import type { Ctx } from './context.js';
import type { EntityIndex } from './coref.js';
import type { Cluster } from './cluster.js';

/** Words that open a clause of its own: a "him" after one can be the subject before it. */
const CLAUSE_OPENERS = new Set(['that', 'who', 'whom', 'which', 'because', 'when', 'if', 'while', 'after', 'before', 'although', 'though', 'since', 'until', 'unless', 'and', 'but', 'or', 'as']);

/**
 * "he felt bound to visit the pedophile to tell him", "Ann told Lee that she would call her": an object
 * "him"/"her" is not the subject of its own clause (it would be "himself"). The person the clause's
 * subject names, if the scan has them; null when the clause has none.
 */
export function clauseSubjectOf(ctx: Ctx, index: EntityIndex, i: number): Cluster | null {
	const { toks } = ctx;
	const t = toks[i];
	const next = toks[i + 1];
	// ("her book" is a possessive: "she lost her job")
	if (t.normal !== 'him' && !(t.normal === 'her' && !(next && next.sentence === t.sentence && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(next.pos)))) return null;
	for (let k = i - 1; k >= 0 && toks[k].sentence === t.sentence && i - k < 30; k--) {
		const w = toks[k];
		if (ctx.isMark[k] || [',', ';', ':', '—', '–', '('].includes(w.value) || CLAUSE_OPENERS.has(w.normal)) return null;
		const after = toks[k + 1];
		if ((w.pos === 'PRON' || w.pos === 'PROPN') && after && (after.pos === 'VERB' || after.pos === 'AUX')) return index.lookup(w.start, 'person') ?? null;
	}
	return null;
}
