// npm run eval -- pronouns [--verbose]
// Who each "he", "his", "she", "her" … means, against a hand annotation of real news texts
// (pronouns-real.tsv, described in pronouns-real.md). A pronoun linked to the wrong person moves
// that person's quotes, speaker group and tone to someone else, so the figure that matters most is
// how many are linked to a wrong named person; how many are linked right is the other side.
// The texts are PolNeAR's (read from ../shared/eval, never copied here); only file names, offsets
// and the annotators' referents live in this folder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, ArticleAnalysis } from '../../analysis/types.js';
import { readTsv, speakerKey } from './quotes-real.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface GoldPronoun {
	text: string;
	offset: number;
	pronoun: string;
	/** The person's name (or names, " | " between: "John Ellis Bush | Jeb Bush"); `?:…` a person the text never names; `-` no one. */
	referent: string;
	/** In the writer's narration, or inside quotation marks. */
	where: 'n' | 'q';
	doubtful: boolean;
	split: 'dev' | 'test';
}

export type Outcome = 'right' | 'wrong' | 'unlinked' | 'false link' | 'left alone';

export interface PronounRow {
	gold: GoldPronoun;
	/** The actor whose mention the pronoun is, if any. */
	actor: string | null;
	outcome: Outcome;
}

export interface PronounFigures {
	split: 'dev' | 'test';
	texts: number;
	rows: PronounRow[];
	/** Pronouns the annotators gave a named referent. */
	named: number;
	right: number;
	wrong: number;
	unlinked: number;
	/** Pronouns meaning someone unnamed or no one that the tool linked to a named actor. */
	falseLinks: number;
	unnamed: number;
	/** The same three over the writer's narration only. */
	narration: { named: number; right: number; wrong: number };
}

export function readPronounGold(dir = HERE): GoldPronoun[] {
	return readTsv(path.join(dir, 'pronouns-real.tsv')).map((r, i) => {
		const where = r.where.trim();
		const split = r.split.trim();
		if (where !== 'n' && where !== 'q') throw new Error(`pronouns-real.tsv row ${i + 2}: where is "${r.where}", not n or q`);
		if (split !== 'dev' && split !== 'test') throw new Error(`pronouns-real.tsv row ${i + 2}: split is "${r.split}", not dev or test`);
		return { text: r.text, offset: Number(r.offset), pronoun: r.pronoun, referent: r.referent.trim(), where, doubtful: /\bdoubtful\b/i.test(r.note), split };
	});
}

const words = (key: string) => key.split(' ').filter((w) => w.length > 0);
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'president', 'senator', 'secretary', 'speaker', 'jr', 'sr']);

/**
 * Does an actor's name stand for the annotated person? The same key, or the actor's words (titles
 * aside) a run inside the person's name or the reverse: "Ryan" and "Paul Ryan", "Mr. Biden" and
 * "Joseph R. Biden Jr.".
 */
export function samePerson(actorName: string, referent: string): boolean {
	const a = words(speakerKey(actorName)).filter((w) => !TITLES.has(w));
	const g = words(speakerKey(referent)).filter((w) => !TITLES.has(w));
	if (!a.length || !g.length) return false;
	if (a.join(' ') === g.join(' ')) return true;
	const within = (inner: string[], outer: string[]) => outer.some((_, i) => inner.every((w, k) => outer[i + k] === w));
	const long = (xs: string[]) => xs.some((w) => w.length >= 3);
	// ("Hillary Clinton" and "Bill Clinton" share a surname and are two people: a run, not a last word)
	return (long(a) && within(a, g)) || (long(g) && within(g, a));
}

/** The annotated person's names: "John Ellis Bush | Jeb Bush". */
const names = (referent: string) => referent.split(' | ').map((n) => n.trim()).filter(Boolean);

/** Which actor has a mention starting at each offset. */
function mentionOwners(actors: Actor[]): Map<number, Actor> {
	const at = new Map<number, Actor>();
	for (const a of actors) for (const m of a.mentions) at.set(m.start, a);
	return at;
}

/** A person the tool keeps for a pronoun it could not name ("he, unnamed"): no one named. */
const isNamed = (a: Actor) => !/, unnamed$/.test(a.name);

export function scorePronouns(analyse: (id: string, text: string) => ArticleAnalysis, dataDir: string, gold = readPronounGold()): PronounFigures[] {
	const byText = new Map<string, GoldPronoun[]>();
	for (const g of gold) byText.set(g.text, [...(byText.get(g.text) ?? []), g]);
	const out: PronounFigures[] = [];
	for (const split of ['dev', 'test'] as const) {
		const f: PronounFigures = { split, texts: 0, rows: [], named: 0, right: 0, wrong: 0, unlinked: 0, falseLinks: 0, unnamed: 0, narration: { named: 0, right: 0, wrong: 0 } };
		for (const [text, rows] of byText) {
			if (rows[0].split !== split) continue;
			const file = path.join(dataDir, 'polnear', 'train', 'text', `${text}.txt`);
			const body = fs.readFileSync(file, 'utf8');
			f.texts++;
			const owners = mentionOwners(analyse(text, body).actors ?? []);
			for (const g of rows) {
				if (body.slice(g.offset, g.offset + g.pronoun.length) !== g.pronoun) throw new Error(`pronouns-real.tsv: "${g.pronoun}" is not at ${g.offset} in ${text}`);
				const owner = owners.get(g.offset) ?? null;
				const linked = owner && isNamed(owner) ? owner : null;
				let outcome: Outcome;
				if (g.referent === '-' || g.referent.startsWith('?:')) {
					f.unnamed++;
					outcome = linked ? 'false link' : 'left alone';
					if (linked) f.falseLinks++;
				} else {
					f.named++;
					outcome = !linked ? 'unlinked' : names(g.referent).some((n) => samePerson(linked.name, n)) ? 'right' : 'wrong';
					if (outcome === 'right') f.right++;
					else if (outcome === 'wrong') f.wrong++;
					else f.unlinked++;
					if (g.where === 'n') {
						f.narration.named++;
						if (outcome === 'right') f.narration.right++;
						if (outcome === 'wrong') f.narration.wrong++;
					}
				}
				f.rows.push({ gold: g, actor: owner?.name ?? null, outcome });
			}
		}
		out.push(f);
	}
	return out;
}

/** The pronouns linked wrongly, each with its sentence, for --verbose. */
export function wrongPronouns(f: PronounFigures, dataDir: string): string[] {
	const lines: string[] = [];
	for (const r of f.rows) {
		if (r.outcome !== 'wrong' && r.outcome !== 'false link') continue;
		const body = fs.readFileSync(path.join(dataDir, 'polnear', 'train', 'text', `${r.gold.text}.txt`), 'utf8');
		const ctx = `${body.slice(Math.max(0, r.gold.offset - 120), r.gold.offset)}[${r.gold.pronoun}]${body.slice(r.gold.offset + r.gold.pronoun.length, r.gold.offset + 60)}`.replace(/\s+/g, ' ');
		lines.push(`${r.outcome}\t${r.gold.text.slice(0, 40)}@${r.gold.offset}\tgold ${r.gold.referent}\tgot ${r.actor}\t${ctx}`);
	}
	return lines;
}
