// A sentence that opens with a clause of its own before its subject: "Asked whether he was concerned
// that Donald Trump could win, Ban demurred", "Though Smith, a lawyer, objected, Jones left". The
// first person such a sentence names is inside the fronted clause, not its subject; the subject is the
// name after the comma that closes it, right before the main verb. The pronoun resolver asks where that
// main clause starts, so that a "he" in the next sentence means Ban, not Trump.
import type { Ctx } from './context.js';
import { isCap } from './mentions.js';
import { SUBORDINATORS } from './clause-shape.js';


/** How many tokens a fronted clause is read for its closing comma, at most. */
const FRONTED_MAX = 60;

/**
 * Where the main clause of the sentence starting at token `s` starts (a token index), when the sentence
 * opens with a participle ("Asked …", "Speaking …") or a subordinating word ("When …", "Though …") and a
 * comma later in it is followed by a capitalised name and then a verb ("…, Ban demurred"); else -1.
 * The first such comma, outside quotation marks: a name after an earlier comma followed by something
 * else ("Donald Trump, the presumptive nominee, could …") is inside the clause still.
 */
export function mainClauseStart(ctx: Ctx, s: number): number {
	const { toks } = ctx;
	const first = toks[s];
	if (!first || ctx.inQuote[s] >= 0) return -1;
	const w = first.normal;
	const participle = first.pos === 'VERB' && /(?:ed|ing|en)$/.test(w);
	if (!participle && !(SUBORDINATORS.has(w) && (first.pos === 'SCONJ' || first.pos === 'ADP' || first.pos === 'ADV'))) return -1;
	for (let k = s + 1; k < toks.length && k < s + FRONTED_MAX && toks[k].sentence === first.sentence; k++) {
		if (toks[k].value !== ',' || ctx.inQuote[k] >= 0) continue;
		let j = k + 1;
		if (!toks[j] || toks[j].pos !== 'PROPN' || !isCap(toks[j])) continue;
		while (toks[j + 1] && toks[j + 1].pos === 'PROPN' && isCap(toks[j + 1]) && j - k < 5) j++;
		// (over an adverb before the verb: "…, Ms. Malik likely raised")
		let w = j + 1;
		while (toks[w] && toks[w].pos === 'ADV' && w - j < 3) w++;
		const v = toks[w];
		if (v && v.sentence === first.sentence && (v.pos === 'VERB' || v.pos === 'AUX') && !/ing$/.test(v.normal)) return k + 1;
	}
	return -1;
}
