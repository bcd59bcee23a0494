// npm run eval -- actor-words [--verbose] [--pages DIR] [--data DIR]
// Which actor each tone word is about, word by word, against a hand annotation (actor-words.tsv,
// described in actor-words.md). actors-real scores the polarity an article gives each actor; this
// scores the evidence behind it: of the pairs (tone word, actor) the clause rules make, how many bear
// on that actor as the annotators read the sentence (precision), and of the pairs they marked, how many
// the rules make (recall), split by whether the rules said the word is about the actor or shared it with
// every actor of its sentence (ActorToneWord.shared). The texts are read from ../shared (PolNeAR train
// texts, the articles benchmark's pages), never copied here; only ids, offsets, the word and the
// annotators' actor names and mention phrases live in this folder.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Actor, ArticleAnalysis, ArticleInput } from '../../analysis/types.js';
import { readTsv, speakerKey } from './quotes-real.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface GoldWord {
	split: 'dev' | 'test';
	doc: string;
	start: number;
	word: string;
	/** The actors the word bears on: the name they had and their phrases in the sentence. */
	bears: { name: string; phrases: string[] }[];
}

export function readWordGold(dir = HERE): GoldWord[] {
	return readTsv(path.join(dir, 'actor-words.tsv')).map((r) => {
		if (r.split !== 'dev' && r.split !== 'test') throw new Error(`actor-words.tsv: split "${r.split}" for ${r.doc} ${r.start}, not dev or test`);
		return {
			split: r.split,
			doc: r.doc,
			start: Number(r.start),
			word: r.word,
			bears: r.bears
				? r.bears.split(' | ').map((b) => {
						const [name, phrases = ''] = b.split(': ');
						return { name, phrases: phrases.split(' / ').filter(Boolean) };
					})
				: []
		};
	});
}

export interface PairCounts {
	tp: number;
	fp: number;
}

export interface ActorWordsFigures {
	split: string;
	docs: number;
	words: number;
	about: PairCounts;
	shared: PairCounts;
	/** Annotated pairs the analysis makes. */
	found: number;
	gold: number;
	precision: number;
	recall: number;
	/** With --verbose: the pairs that disagree. */
	wrong: string[];
}

/** Is the analysis' actor `a` the annotated one (by name, or by one of its phrases in the sentence)? */
function same(a: Actor, g: { name: string; phrases: string[] }, sentence: { start: number; end: number }): boolean {
	if (speakerKey(a.name) === speakerKey(g.name)) return true;
	const phrases = new Set(g.phrases.map((p) => p.toLowerCase()));
	return a.mentions.some((m) => !m.quoted && m.start >= sentence.start && m.end <= sentence.end && phrases.has(m.text.toLowerCase()));
}

export function scoreWords(gold: GoldWord[], analysed: Map<string, ArticleAnalysis>, split: string): ActorWordsFigures {
	const rows = gold.filter((g) => split === 'all' || g.split === split);
	const about: PairCounts = { tp: 0, fp: 0 };
	const shared: PairCounts = { tp: 0, fp: 0 };
	let found = 0;
	let total = 0;
	const wrong: string[] = [];
	for (const g of rows) {
		const a = analysed.get(g.doc);
		const actors = a?.actors ?? [];
		// every actor whose evidence holds the word, and the sentence it was read in
		const got = actors.flatMap((x) => {
			const w = x.evidence.find((e) => e.start === g.start);
			const s = w && x.sentences.find((y) => y.start <= g.start && g.start < y.end);
			return w && s ? [{ actor: x, shared: !!w.shared, sentence: s }] : [];
		});
		total += g.bears.length;
		for (const x of got) {
			const right = g.bears.some((b) => same(x.actor, b, x.sentence));
			const c = x.shared ? shared : about;
			if (right) c.tp++;
			else {
				c.fp++;
				wrong.push(`  + ${g.doc.slice(0, 24)} ${g.start} "${g.word}" → ${x.actor.name}${x.shared ? ' (shared)' : ''}: the annotators say ${g.bears.map((b) => b.name).join(', ') || 'no one'}`);
			}
		}
		for (const b of g.bears) {
			const hit = got.some((x) => same(x.actor, b, x.sentence));
			if (hit) found++;
			else wrong.push(`  - ${g.doc.slice(0, 24)} ${g.start} "${g.word}" → ${b.name} missed`);
		}
	}
	const made = about.tp + about.fp + shared.tp + shared.fp;
	return {
		split,
		docs: new Set(rows.map((r) => r.doc)).size,
		words: rows.length,
		about,
		shared,
		found,
		gold: total,
		precision: made ? (about.tp + shared.tp) / made : 0,
		recall: total ? found / total : 0,
		wrong
	};
}

/** Analyse every annotated text (PolNeAR train texts by file name, bench pages by id) and score each split. */
export function actorWords(analyse: (input: ArticleInput) => ArticleAnalysis, dataDir: string, pagesDir: string, goldDir = HERE): ActorWordsFigures[] {
	const gold = readWordGold(goldDir);
	const analysed = new Map<string, ArticleAnalysis>();
	for (const doc of new Set(gold.map((g) => g.doc))) {
		const input: ArticleInput = /^[0-9a-f]{64}$/.test(doc)
			? { id: doc, html: zlib.gunzipSync(fs.readFileSync(path.join(pagesDir, 'html', `${doc}.html.gz`))).toString('utf8') }
			: { id: doc, text: fs.readFileSync(path.join(dataDir, 'polnear', 'train', 'text', `${doc}.txt`), 'utf8'), raw: true };
		analysed.set(doc, analyse(input));
	}
	return ['dev', 'test'].map((s) => scoreWords(gold, analysed, s));
}

export const pairPrecision = (c: PairCounts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0);
