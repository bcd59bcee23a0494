// NewsMTSC (Hamborg & Donnay 2021): the tone of a news sentence toward a named actor, as people rated
// it. Defined as in ../shared/eval/README.md and its scorer (score.mjs newsmtsc): each sentence is
// analysed alone; the target is the actor of `actors[]` with a mention overlapping the gold mention;
// its `polarity` is the prediction, and a target no actor covers counts as neutral. Macro F1 over the
// three classes, accuracy, and the share of targets an actor was found for.
// `--verbose` adds the confusion matrix and the errors by class of target (how it is written, whether
// the sentence or the target is inside quotation marks, found or not): never item by item.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleAnalysis, Polarity } from '../../analysis/types.js';
import { cpIndex } from './offsets.js';

const CLASSES: Polarity[] = ['negative', 'neutral', 'positive'];
const GOLD: Record<number, Polarity> = { 2: 'negative', 4: 'neutral', 6: 'positive' };

interface Target {
	from: number;
	to: number;
	mention: string;
	polarity: number;
}
interface Row {
	sentence_normalized: string;
	targets?: Target[];
}

type Confusion = Record<Polarity, Record<Polarity, number>>;
const empty = (): Confusion => Object.fromEntries(CLASSES.map((g) => [g, Object.fromEntries(CLASSES.map((p) => [p, 0]))])) as Confusion;


function f1(c: Confusion, k: Polarity): number {
	const tp = c[k][k];
	const fp = CLASSES.reduce((s, g) => s + (g === k ? 0 : c[g][k]), 0);
	const fn = CLASSES.reduce((s, p) => s + (p === k ? 0 : c[k][p]), 0);
	const p = tp + fp ? tp / (tp + fp) : 0;
	const r = tp + fn ? tp / (tp + fn) : 0;
	return p + r ? (2 * p * r) / (p + r) : 0;
}

export interface NewsMtscFigures {
	file: string;
	targets: number;
	f1m: number;
	f1: Record<Polarity, number>;
	accuracy: number;
	coverage: number;
	confusion: Confusion;
	/** Per class of target (see classOf): confusion and coverage. */
	byClass: Map<string, { confusion: Confusion; n: number; found: number }>;
}

const PRONOUN = /^(?:he|she|him|her|his|hers|himself|herself|they|them|their|it|its)$/i;

/** What kind of target this is, to read errors by: how it is written and whose words surround it. */
function classOf(sentence: string, t: Target, s: number, targets: number): string[] {
	const form = PRONOUN.test(t.mention.trim()) ? 'pronoun' : /\s/.test(t.mention.trim()) ? 'name of several words' : 'one-word name';
	const before = sentence.slice(0, s);
	const opened = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1;
	const marks = /["“”]/.test(sentence);
	const voice = opened ? 'target inside quotation marks' : marks ? 'sentence has quotation marks' : 'no quotation marks';
	return [`form: ${form}`, `voice: ${voice}`, `targets in the sentence: ${targets > 1 ? 'several' : 'one'}`];
}

export function scoreNewsMtsc(dir: string, analyse: (id: string, text: string) => ArticleAnalysis, limit = Infinity): NewsMtscFigures[] {
	const out: NewsMtscFigures[] = [];
	for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
		const rows: Row[] = fs
			.readFileSync(path.join(dir, file), 'utf8')
			.split('\n')
			.filter(Boolean)
			.map((l) => JSON.parse(l))
			.slice(0, limit);
		const confusion = empty();
		const byClass = new Map<string, { confusion: Confusion; n: number; found: number }>();
		let targets = 0;
		let covered = 0;
		rows.forEach((r, i) => {
			const text = r.sentence_normalized;
			const a = analyse(`m${i}`, text);
			const cp = cpIndex(text);
			for (const t of r.targets ?? []) {
				const gold = GOLD[Math.round(t.polarity)];
				if (!gold) continue;
				const s = cp(t.from);
				const e = cp(t.to);
				const actor = (a.actors ?? []).find((x) => x.mentions.some((m) => m.start < e && m.end > s));
				targets++;
				if (actor) covered++;
				const pred: Polarity = actor && CLASSES.includes(actor.polarity) ? actor.polarity : 'neutral';
				confusion[gold][pred]++;
				for (const k of [...classOf(text, t, s, r.targets?.length ?? 1), `found: ${actor ? 'yes' : 'no'}`]) {
					const c = byClass.get(k) ?? { confusion: empty(), n: 0, found: 0 };
					c.confusion[gold][pred]++;
					c.n++;
					if (actor) c.found++;
					byClass.set(k, c);
				}
			}
		});
		const f1s = Object.fromEntries(CLASSES.map((k) => [k, f1(confusion, k)])) as Record<Polarity, number>;
		out.push({
			file: file.replace(/\.jsonl$/, ''),
			targets,
			f1m: CLASSES.reduce((s, k) => s + f1s[k], 0) / 3,
			f1: f1s,
			accuracy: targets ? CLASSES.reduce((s, k) => s + confusion[k][k], 0) / targets : 0,
			coverage: targets ? covered / targets : 0,
			confusion,
			byClass
		});
	}
	return out;
}

const fmt = (x: number) => (x * 100).toFixed(1);

/** The reference scorer's line, and with `verbose` the errors by class. */
export function printNewsMtsc(f: NewsMtscFigures, verbose = false): void {
	console.log(`NewsMTSC ${f.file}: macro F1 ${fmt(f.f1m)} (neg ${fmt(f.f1.negative)} neu ${fmt(f.f1.neutral)} pos ${fmt(f.f1.positive)}) accuracy ${fmt(f.accuracy)}  actor found for ${fmt(f.coverage)}% of ${f.targets} targets`);
	if (!verbose) return;
	const matrix = (c: Confusion) => CLASSES.map((g) => `${g.slice(0, 3)}→ ${CLASSES.map((p) => String(c[g][p]).padStart(5)).join('')}`).join('   ');
	console.log(`  gold→predicted (neg neu pos): ${matrix(f.confusion)}`);
	for (const [k, c] of [...f.byClass.entries()].sort()) {
		const acc = CLASSES.reduce((s, x) => s + c.confusion[x][x], 0) / (c.n || 1);
		const f1m = CLASSES.reduce((s, x) => s + f1(c.confusion, x), 0) / 3;
		console.log(`  ${k.padEnd(44)} n ${String(c.n).padStart(5)}  found ${fmt(c.found / (c.n || 1)).padStart(5)}%  accuracy ${fmt(acc)}  macro F1 ${fmt(f1m)}   ${matrix(c.confusion)}`);
	}
}
