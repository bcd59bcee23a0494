// Tone of the writing, not the subject: pairs of plain, neutral sentences that differ only in their
// subject (subject-pairs.tsv beside this file, invented for Slant) should score alike. Prints the
// mean absolute difference of the two sentences' body tone over all pairs, and the pairs that differ most.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleAnalysis } from '../../analysis/types.js';

export interface SubjectPair {
	a: string;
	b: string;
	domains: [string, string];
}

export function readSubjectPairs(file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'subject-pairs.tsv')): SubjectPair[] {
	return fs
		.readFileSync(file, 'utf8')
		.split(/\r?\n/)
		.filter((l) => l.trim() && !l.startsWith('#'))
		.map((l) => l.split('\t'))
		.filter((c) => c.length >= 4)
		.map(([da, db, a, b]) => ({ a, b, domains: [da, db] }));
}

/** Mean absolute difference of body tone between the sentences of each pair, with the worst pairs. */
export function subjectDifference(pairs: SubjectPair[], analyse: (id: string, text: string) => ArticleAnalysis) {
	const rows = pairs.map((p, i) => {
		const sa = analyse(`pair-${i}-a`, p.a).sentiment.score;
		const sb = analyse(`pair-${i}-b`, p.b).sentiment.score;
		return { ...p, sa, sb, diff: Math.abs(sa - sb) };
	});
	const mean = rows.length ? rows.reduce((s, r) => s + r.diff, 0) / rows.length : 0;
	return { mean, rows: [...rows].sort((x, y) => y.diff - x.diff) };
}
