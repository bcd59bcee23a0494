// npm run eval -- actors-real [--verbose] [--pages DIR]
// Tone toward each actor over a whole real article, against a hand annotation (actors-real.tsv,
// described in actors-real.md): the figure the dashboard's "how each outlet talks about …" chart
// shows. NewsMTSC measures one sentence at a time; here an actor's tone is the article's, so words
// that spill from one actor's clause to another's show. Each page's saved HTML goes through the whole
// pipeline, as a user adding it would. The pages are read from ../shared/articles-bench (never copied
// here); only page ids, actor names and the annotators' labels live in this folder.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Actor, ArticleAnalysis, ArticleInput } from '../../analysis/types.js';
import { readTsv, speakerKey } from './quotes-real.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const POLARITIES = ['negative', 'neutral', 'positive'] as const;
export type Polarity = (typeof POLARITIES)[number];

export interface GoldActor {
	page: string;
	actor: string;
	aliases: string[];
	polarity: Polarity;
	evidence: string;
	doubtful: boolean;
}

export interface ActorRow {
	gold: GoldActor;
	/** The predicted actor the gold one was matched to, if any. */
	found: Actor | null;
	predicted: Polarity;
}

export interface ActorsRealFigures {
	rows: ActorRow[];
	pages: number;
	coverage: number;
	accuracy: number;
	f1m: number;
	/** Gold negative predicted positive, or the reverse. */
	opposite: number;
	/** Confusion counts, gold → predicted. */
	confusion: Record<Polarity, Record<Polarity, number>>;
}

export function readActorGold(dir = HERE): GoldActor[] {
	return readTsv(path.join(dir, 'actors-real.tsv')).map((r) => {
		const polarity = r.polarity.trim() as Polarity;
		if (!POLARITIES.includes(polarity)) throw new Error(`actors-real.tsv: "${r.actor}" on ${r.page.slice(0, 8)} has polarity "${r.polarity}", not negative, neutral or positive`);
		return {
			page: r.page,
			actor: r.actor,
			aliases: r.aliases ? r.aliases.split(' | ').map((a) => a.trim()).filter(Boolean) : [],
			polarity,
			evidence: r.evidence,
			doubtful: /\bdoubtful\b/i.test(r.note)
		};
	});
}

const words = (key: string) => key.split(' ').filter(Boolean);

/**
 * The predicted actor that stands for a gold one: the one whose name is the gold name or an alias
 * (compared as keys: lower case, no leading article, no punctuation); else one whose name is a run
 * of the gold name's words or holds the gold name whole ("Epstein" for "Jeffrey Epstein", "Rep. Ilhan
 * Omar" for "Ilhan Omar"). Among several, the most mentioned: one person split in two is scored by
 * the larger part, as a reader of the chart would see it first.
 */
export function matchActor(gold: GoldActor, actors: Actor[]): Actor | null {
	const keys = [gold.actor, ...gold.aliases].map(speakerKey).filter(Boolean);
	const most = (xs: Actor[]) => xs.sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? null;
	const exact = actors.filter((a) => keys.includes(speakerKey(a.name)));
	if (exact.length) return most(exact);
	const within = (inner: string[], outer: string[]) => inner.length > 0 && outer.some((_, i) => inner.every((w, k) => outer[i + k] === w));
	const partial = actors.filter((a) => {
		const p = words(speakerKey(a.name));
		if (!p.length || (p.length === 1 && p[0].length < 3)) return false;
		return keys.some((k) => within(p, words(k)) || within(words(k), p));
	});
	return most(partial);
}

function macroF1(rows: { gold: Polarity; predicted: Polarity }[]): number {
	let sum = 0;
	for (const c of POLARITIES) {
		const tp = rows.filter((r) => r.gold === c && r.predicted === c).length;
		const fp = rows.filter((r) => r.gold !== c && r.predicted === c).length;
		const fn = rows.filter((r) => r.gold === c && r.predicted !== c).length;
		const p = tp + fp ? tp / (tp + fp) : 0;
		const r = tp + fn ? tp / (tp + fn) : 0;
		sum += p + r ? (2 * p * r) / (p + r) : 0;
	}
	return sum / POLARITIES.length;
}

/** Score the actors of analysed pages against the gold rows (a gold actor not found counts as neutral, as in NewsMTSC). */
export function scoreActors(gold: GoldActor[], analysed: Map<string, ArticleAnalysis>): ActorsRealFigures {
	const rows: ActorRow[] = gold.map((g) => {
		const a = analysed.get(g.page);
		const found = matchActor(g, a?.actors ?? []);
		return { gold: g, found, predicted: (found?.polarity ?? 'neutral') as Polarity };
	});
	const confusion = Object.fromEntries(POLARITIES.map((g) => [g, Object.fromEntries(POLARITIES.map((p) => [p, 0]))])) as ActorsRealFigures['confusion'];
	for (const r of rows) confusion[r.gold.polarity][r.predicted]++;
	const flat = rows.map((r) => ({ gold: r.gold.polarity, predicted: r.predicted }));
	return {
		rows,
		pages: new Set(gold.map((g) => g.page)).size,
		coverage: rows.length ? rows.filter((r) => r.found).length / rows.length : 0,
		accuracy: rows.length ? flat.filter((r) => r.gold === r.predicted).length / rows.length : 0,
		f1m: macroF1(flat),
		opposite: flat.filter((r) => r.gold !== 'neutral' && r.predicted !== 'neutral' && r.gold !== r.predicted).length,
		confusion
	};
}

/** Analyse every annotated page from its saved HTML and score its actors. */
export function actorsReal(analyse: (input: ArticleInput) => ArticleAnalysis, pagesDir: string, dataDir = HERE): ActorsRealFigures {
	const gold = readActorGold(dataDir);
	const analysed = new Map<string, ArticleAnalysis>();
	for (const page of new Set(gold.map((g) => g.page))) {
		const html = zlib.gunzipSync(fs.readFileSync(path.join(pagesDir, 'html', `${page}.html.gz`))).toString('utf8');
		analysed.set(page, analyse({ id: page, html }));
	}
	return scoreActors(gold, analysed);
}

/** The confusion table, and with --verbose every wrong row with the words that carried the tone. */
export function printActors(f: ActorsRealFigures, details: boolean): void {
	console.log('gold \\ predicted   ' + POLARITIES.map((p) => p.padStart(9)).join(''));
	for (const g of POLARITIES) console.log(`${g.padEnd(18)} ${POLARITIES.map((p) => String(f.confusion[g][p]).padStart(9)).join('')}`);
	if (!details) return;
	for (const r of f.rows) {
		if (r.predicted === r.gold.polarity) continue;
		const a = r.found;
		const ev = a ? a.evidence.slice(0, 8).map((w) => `${w.text} ${w.value > 0 ? '+' : ''}${w.value}`).join(', ') : '';
		console.log(`  ${r.gold.page.slice(0, 8)} ${r.gold.actor}: gold ${r.gold.polarity}${r.gold.doubtful ? ' (doubtful)' : ''}, ${a ? `"${a.name}" ${r.predicted} ${a.tone} over ${a.sentences.length} sentences [${ev}]` : 'not found'}`);
	}
}
