// Interviews printed as questions and answers. A "Q&A" sets the outlet's questions and its guest's
// answers apart, each paragraph opened by "Q:" or "A:" (or "Q" glued to the question), with no
// quotation marks and no "said":
//
//   Q: What would have happened?
//   A: I think they would have been set back.
//
// Without this every answer reads as the outlet's own voice (its tone, its loaded terms) and the guest
// is quoted nowhere. Each answer is a direct quote of the guest: the person the text names most before
// the first answer, where a Q&A introduces whom it talks to ("Q&A with Vice President Joe Biden",
// "Former first lady Laura Bush wrote …"); with no one named there, an answer is still quoted, with no
// speaker. The questions stay the outlet's own words. It takes two answers and a question at least: one
// "A:" line is no interview.
import type { Ctx } from './context.js';
import type { Found } from './direct.js';
import type { Cluster } from './cluster.js';

/** An answer's paragraph: "A:" or "A." and a space, then the words. */
const ANSWER = /^A[:.]\s+(?=\S)/;
/** A question's paragraph: "Q:", "Q." or a "Q" glued to the question ("QWhat would have happened?"). */
const QUESTION = /^Q(?:[:.]\s+|(?=\p{Lu}))\S/u;

/** The answers of a Q&A in the article, as direct quotes of the one interviewed. */
export function findInterviewAnswers(ctx: Ctx): Found[] {
	const { text, paragraphs } = ctx;
	const answers: { start: number; end: number }[] = [];
	let questions = 0;
	let firstTurn = -1;
	for (const p of paragraphs) {
		const head = text.slice(p.start, Math.min(p.end, p.start + 4));
		const a = ANSWER.exec(head);
		if (a) {
			let end = p.end;
			while (end > p.start && /\s/.test(text[end - 1])) end--;
			const start = p.start + a[0].length;
			if (end > start) answers.push({ start, end });
		} else if (QUESTION.test(text.slice(p.start, Math.min(p.end, p.start + 5)))) questions++;
		else continue;
		if (firstTurn < 0) firstTurn = p.start;
	}
	if (answers.length < 2 || questions < 1) return [];
	const guest = mostNamedBefore(ctx, firstTurn);
	return answers.map((s) => ({ ...s, kind: 'direct' as const, speaker: guest ? { cluster: guest, mention: null } : null, cue: null }));
}

/** The named person mentioned most before `at` (the first named of those mentioned as often), if any. */
function mostNamedBefore(ctx: Ctx, at: number): Cluster | null {
	let best: Cluster | null = null;
	let most = 0;
	let first = Infinity;
	for (const c of ctx.entities.clusters) {
		if (c.kind !== 'person' || !c.named || c.plural) continue;
		const before = c.mentions.filter((m) => m.start < at && !m.quoted);
		if (!before.length) continue;
		const n = before.length;
		if (n > most || (n === most && before[0].start < first)) {
			best = c;
			most = n;
			first = before[0].start;
		}
	}
	return best;
}
