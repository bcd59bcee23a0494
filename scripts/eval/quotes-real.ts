// npm run eval -- quotes-real [--verbose] [--pages DIR]
// Direct quotations, their speakers and the speakers' groups on real news pages nobody tuned Slant
// for, against a hand annotation (quotes-real.tsv, described in quotes-real.md). Each page's saved
// HTML goes through the whole pipeline, as a user adding it would: segmentation, then the analysis.
// The pages are read from ../shared/articles-bench (never copied here); only page ids, quote
// openings and the annotator's speaker, alias and group labels live in this folder.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { ArticleAnalysis, ArticleInput, Quote } from '../../analysis/types.js';

export interface GoldQuote {
	page: string;
	quote: string;
	speaker: string;
	aliases: string[];
	group: string;
	evidence: string;
	note: string;
}

export interface PageResult {
	page: string;
	host: string;
	gold: number;
	/** Gold openings not found in the extracted body at all (lost by segmentation). */
	notInBody: number;
	found: number;
	speakerRight: number;
	groupRight: number;
	falseQuotes: number;
	/** False direct quotes with no quotation mark around them: embedded posts and block quotations. */
	falseUnmarked: number;
	misses: string[];
}

export interface QuotesRealFigures {
	pages: PageResult[];
	recall: number;
	speakerAccuracy: number;
	groupAccuracy: number;
	falsePerArticle: number;
	/** The same, counting only quotes in quotation marks (the annotation rules leave unmarked posts out). */
	falseMarkedPerArticle: number;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Read a tab-separated file with a header line (no quoting: fields may hold `"`). */
export function readTsv(file: string): Record<string, string>[] {
	const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim());
	const head = lines[0].split('\t');
	return lines.slice(1).map((l) => {
		const f = l.split('\t');
		return Object.fromEntries(head.map((h, i) => [h, f[i] ?? '']));
	});
}

export function readGold(dir = HERE): { quotes: GoldQuote[]; hosts: Map<string, string> } {
	const quotes = readTsv(path.join(dir, 'quotes-real.tsv')).map((r) => ({
		page: r.page,
		quote: r.quote,
		speaker: r.speaker,
		aliases: r.aliases ? r.aliases.split(' | ').map((a) => a.trim()).filter(Boolean) : [],
		group: r.group,
		evidence: r.evidence,
		note: r.note
	}));
	const hosts = new Map(readTsv(path.join(dir, 'quotes-real-pages.tsv')).filter((r) => Number(r.quotes) > 0).map((r) => [r.page, r.host] as const));
	return { quotes, hosts };
}

/** Text for matching: typographic quotes and apostrophes straightened, whitespace runs as one space. */
function normalised(text: string): { s: string; at: number[] } {
	let s = '';
	const at: number[] = [];
	let space = false;
	for (let i = 0; i < text.length; i++) {
		let c = text[i];
		if (/\s/.test(c)) {
			if (space) continue;
			c = ' ';
			space = true;
		} else space = false;
		if (/[“”„‟«»〝〞"]/.test(c)) c = '"';
		else if (/[‘’‚‛′`']/.test(c)) c = "'";
		s += c;
		at.push(i);
	}
	return { s, at };
}
const normField = (f: string) => normalised(f.trim()).s;

/**
 * A speaker name for comparison: lower case, straight apostrophes, no leading article, letters,
 * digits and spaces only. "UNKNOWN" and "some (unnamed)" stand for no speaker.
 */
export function speakerKey(name: string | null): string {
	if (!name) return '';
	if (/^(unknown|some \(unnamed\))$/i.test(name.trim())) return '';
	return name
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/^(the|a|an)\s+/, '')
		.replace(/[^\p{L}\p{N}\s]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Right speaker: the predicted canonical name equals the gold speaker or one of its aliases (as keys). */
export function speakerMatches(pred: string | null, gold: GoldQuote): boolean {
	const p = speakerKey(pred);
	const g = speakerKey(gold.speaker);
	if (!g) return !p;
	return [gold.speaker, ...gold.aliases].some((x) => speakerKey(x) === p);
}

/** Does the predicted quote hold the character at `pos` (in its quoted parts, when it has parts)? */
function covers(q: Quote, pos: number): boolean {
	const spans = q.parts?.length ? q.parts : [q];
	return spans.some((s) => pos >= s.start - 1 && pos < s.end);
}

/** Is any piece of the quote inside quotation marks (a mark right before it, skipping spaces)? */
function inMarks(text: string, q: Quote): boolean {
	return (q.parts?.length ? q.parts : [q]).some((p) => /["“”„«»‘’']\s*$/.test(text.slice(Math.max(0, p.start - 3), p.start)) || /^["“”„«»]/.test(text.slice(p.start, p.start + 1)));
}

/** Score one page's analysis against its gold rows. */
export function scorePage(a: ArticleAnalysis, gold: GoldQuote[], host: string): PageResult {
	const { s, at } = normalised(a.text);
	const direct = a.quotes.filter((q) => q.kind === 'direct');
	const used = new Set<Quote>();
	const res: PageResult = { page: a.id, host, gold: gold.length, notInBody: 0, found: 0, speakerRight: 0, groupRight: 0, falseQuotes: 0, falseUnmarked: 0, misses: [] };
	let cursor = 0;
	for (const g of gold) {
		const field = normField(g.quote);
		// Rows are in document order; an opening that occurs twice (a pull quote) is matched in order.
		let idx = s.indexOf(field, cursor);
		if (idx < 0) idx = s.indexOf(field);
		if (idx < 0) {
			// A small difference in extraction (a link split, a dropped word at the end): the first words.
			const shorter = field.split(' ').slice(0, 5).join(' ');
			idx = s.indexOf(shorter, cursor);
			if (idx < 0) idx = s.indexOf(shorter);
		}
		if (idx < 0) {
			res.notInBody++;
			res.misses.push(`not in body   "${g.quote}" (${g.speaker})`);
			continue;
		}
		cursor = idx + 1;
		const pos = at[idx];
		const q = direct.filter((x) => covers(x, pos)).sort((x, y) => x.end - x.start - (y.end - y.start))[0];
		if (!q) {
			res.misses.push(`quote missed  "${g.quote}" (${g.speaker})`);
			continue;
		}
		used.add(q);
		res.found++;
		if (!speakerMatches(q.speaker, g)) {
			res.misses.push(`speaker wrong "${g.quote}": ${JSON.stringify(q.speaker)}, gold ${g.speaker}`);
			continue;
		}
		res.speakerRight++;
		if (q.group === g.group) res.groupRight++;
		else res.misses.push(`group wrong   "${g.quote}" (${g.speaker}): ${q.group}, gold ${g.group}${g.evidence ? ` (${g.evidence})` : ''}`);
	}
	for (const q of direct) {
		if (used.has(q)) continue;
		res.falseQuotes++;
		const unmarked = !inMarks(a.text, q);
		if (unmarked) res.falseUnmarked++;
		res.misses.push(`false quote   "${q.text.slice(0, 60).replace(/\s+/g, ' ')}" (${q.speaker ?? 'no speaker'})${unmarked ? ' [no quotation marks: a post or block quotation]' : ''}`);
	}
	return res;
}

/** Analyse every annotated page from its saved HTML and score it. */
export function quotesReal(analyse: (input: ArticleInput) => ArticleAnalysis, pagesDir: string, dataDir = HERE): QuotesRealFigures {
	const { quotes, hosts } = readGold(dataDir);
	const byPage = new Map<string, GoldQuote[]>();
	for (const q of quotes) byPage.set(q.page, [...(byPage.get(q.page) ?? []), q]);
	const pages: PageResult[] = [];
	for (const [page, gold] of byPage) {
		const file = path.join(pagesDir, 'html', `${page}.html.gz`);
		const html = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
		const a = analyse({ id: page, html });
		pages.push(scorePage(a, gold, hosts.get(page) ?? ''));
	}
	const sum = (k: keyof PageResult) => pages.reduce((n, p) => n + (p[k] as number), 0);
	const gold = sum('gold');
	const found = sum('found');
	const right = sum('speakerRight');
	return {
		pages,
		recall: gold ? found / gold : 0,
		speakerAccuracy: found ? right / found : 0,
		groupAccuracy: right ? sum('groupRight') / right : 0,
		falsePerArticle: pages.length ? sum('falseQuotes') / pages.length : 0,
		falseMarkedPerArticle: pages.length ? (sum('falseQuotes') - sum('falseUnmarked')) / pages.length : 0
	};
}

/** The per-page table and what went wrong, for --verbose. */
export function printPages(f: QuotesRealFigures, details: boolean): void {
	console.log('page (host)                         gold  body  found  speaker  group  false');
	for (const p of f.pages) {
		console.log(`${p.page.slice(0, 8)} ${p.host.padEnd(26).slice(0, 26)} ${String(p.gold).padStart(5)} ${String(p.gold - p.notInBody).padStart(5)} ${String(p.found).padStart(6)} ${String(p.speakerRight).padStart(8)} ${String(p.groupRight).padStart(6)} ${String(p.falseQuotes).padStart(6)}`);
		if (details) for (const m of p.misses) console.log(`    ${m}`);
	}
}
