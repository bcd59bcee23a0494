// A whole web page copied as text (select all, copy, paste): the article is one run of prose among
// menus, share buttons, trending links, teasers and footers. The line rules (rules.ts) know furniture
// by its words and shapes; a page's own menus and headlines have neither. So, for pasted text that
// reads like a page, the article's region is found first, as jusText does for HTML (Pomikálek 2011,
// "Removing Boilerplate and Duplicate Content from Web Corpora"; its thresholds below): each line is
// prose ("good": long, many function words), possibly prose ("near-good"), short, or furniture
// ("bad"); short and near-good lines take the class of the prose or furniture around them; the
// article is the run of prose holding the most words, widened over the finished sentences next to it
// and the headline, byline and date just above it. Everything outside is removed as "outside the
// article". A text that is the article alone is one run of prose and loses nothing.
import { readDataFile } from '../data-files.js';
import { allCapitals, structuralReason, type Line } from './rules.js';
import { AUTHOR_SAYS, BYLINE, COMMENTS_HEADER_STRONG, COMMENTS_HEADER_WEAK, DATELINE, DATE_ANYWHERE, SENTENCE_END, commentMeta } from './patterns.js';
import { isTimestampLine } from './furniture.js';
import { ruleFor } from './boilerplate.js';

/** jusText's thresholds (characters; share of words that are function words). */
const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
const STOPWORDS_LOW = 0.3;
const STOPWORDS_HIGH = 0.32;
/** Furniture lines in a row that separate two runs of prose. */
const GAP = 4;
/** What a headline-like line inside a run of prose costs it, per word (a teaser list's titles). */
const TEASER = 3;
/** Lines of furniture a run of prose may stand from the article's and still be part of it. */
const MERGE_GAP = 16;
/** Words of prose a run needs to be joined to the article. */
const MIN_RUN = 25;
/** What a byline or a date right under a line adds to its case for being the headline. */
const DATED = 0.3;
/** Lines above the article searched for its headline. */
const HEAD_LINES = 16;

type Kind = 'good' | 'near' | 'short' | 'bad';

let stop: Set<string> | null = null;
/** stopwords.txt: English function words (see the README beside it). */
function stopwords(): Set<string> {
	return (stop ??= new Set(
		readDataFile('segment', 'stopwords.txt')
			.split(/\r?\n/)
			.map((l) => l.trim().toLowerCase())
			.filter((l) => l && !l.startsWith('#'))
	));
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function kindOf(text: string): Kind {
	const words = text.match(WORD) ?? [];
	if (text.length < LENGTH_LOW) return 'short';
	const sw = stopwords();
	let n = 0;
	for (const w of words) if (sw.has(w.toLowerCase().replace(/’/g, "'"))) n++;
	const density = words.length ? n / words.length : 0;
	if (density >= STOPWORDS_HIGH) return text.length > LENGTH_HIGH ? 'good' : 'near';
	return density >= STOPWORDS_LOW ? 'near' : 'bad';
}

/** No page addresses are known to a paste: structuralReason() is asked with none. */
const NONE = new Set<string>();

/** A byline or a date line ("By Jane Marsh", "18 Nov 2019, 19:09", "Updated: …"). */
const bylineOrDate = (text: string) => BYLINE.test(text) || DATELINE.test(text) || isTimestampLine(text) || DATE_ANYWHERE.test(text);

/** Reads like a headline: four to thirty words, no full stop at the end, not all capitals, no byline, date or credit. */
function headlineLike(text: string): boolean {
	const n = (text.match(WORD) ?? []).length;
	if (n < 4 || n > 30 || /[.:;,]["'”’]?$/.test(text) || /^[(\[]/.test(text)) return false;
	return !allCapitals(text) && !bylineOrDate(text) && !ruleFor(text, true) && !structuralReason(text, NONE);
}

/** A finished sentence of four words or more: prose, however short. */
const sentence = (text: string) => SENTENCE_END.test(text) && (text.match(WORD) ?? []).length >= 4;

/**
 * Does a comment section start at line i? A header that says so ("12 comments", "Join the
 * discussion"), or a weaker one ("Comments") with an entry's author or date line within three lines,
 * as comments-text.ts reads them.
 */
function commentsHeader(lines: Line[], i: number): boolean {
	const t = lines[i].text;
	if (COMMENTS_HEADER_STRONG.test(t)) return true;
	if (!COMMENTS_HEADER_WEAK.test(t)) return false;
	for (let j = i + 1; j < lines.length && j <= i + 3; j++) if (commentMeta(lines[j].text) || AUTHOR_SAYS.test(lines[j].text)) return true;
	return false;
}

/**
 * Does the text read like a whole page rather than an article? Many short lines that are no
 * sentences (menu items, buttons, link lists) around the prose: at least 15, and a third of the lines.
 */
export function looksLikePage(lines: Line[]): boolean {
	let short = 0;
	for (const l of lines) if (l.text.length < LENGTH_LOW && !sentence(l.text)) short++;
	return short >= 15 && short >= lines.length / 3;
}

/**
 * Per line: true when it lies outside the article's region (see the top of this file). All false
 * when no line is prose.
 */
export function outsideArticle(lines: Line[]): boolean[] {
	const n = lines.length;
	// (furniture boilerplate.tsv knows, a cookie notice or a subscription appeal, is furniture however
	// long: it must not outweigh the article)
	const kind: Kind[] = lines.map((l) => (ruleFor(l.text, false) || structuralReason(l.text, NONE) ? 'bad' : kindOf(l.text)));
	// Context: a short or near-good line between two of the same class takes it; between prose and
	// furniture, a near-good line is prose and a short one furniture (jusText's revision).
	const resolved: ('good' | 'bad')[] = new Array(n);
	const prev = new Array<Kind | null>(n).fill(null);
	const next = new Array<Kind | null>(n).fill(null);
	let last: Kind | null = null;
	for (let i = 0; i < n; i++) {
		prev[i] = last;
		if (kind[i] === 'good' || kind[i] === 'bad') last = kind[i];
	}
	last = null;
	for (let i = n - 1; i >= 0; i--) {
		next[i] = last;
		if (kind[i] === 'good' || kind[i] === 'bad') last = kind[i];
	}
	// A streak of GAP short lines or more that are no sentences is a list (tags, a menu, a box of
	// headlines), furniture wherever it stands
	const list = new Uint8Array(n);
	for (let i = 0; i < n; ) {
		let j = i;
		while (j < n && kind[j] === 'short' && !sentence(lines[j].text)) j++;
		if (j - i >= GAP) list.fill(1, i, j);
		i = j > i ? j : i + 1;
	}
	for (let i = 0; i < n; i++) {
		const k = kind[i];
		if (list[i]) resolved[i] = 'bad';
		else if (k === 'good' || k === 'bad') resolved[i] = k;
		else {
			const p = prev[i] ?? 'bad';
			const q = next[i] ?? 'bad';
			if (p === 'good' && q === 'good') resolved[i] = 'good';
			else if (p === 'bad' && q === 'bad') resolved[i] = k === 'near' && sentence(lines[i].text) ? 'good' : 'bad';
			else resolved[i] = k === 'near' ? 'good' : 'bad';
		}
	}
	// Reader comments are no article: a run after a comments header, even a weak one ("Comments",
	// which may head a form or a count), once some prose came before it, does not compete; what
	// follows an article is its comments, a cookie notice or a box of deals, rarely the article.
	let comments = n;
	for (let i = 0, prose = false; i < n; i++) {
		if (resolved[i] === 'good' && kind[i] === 'good') prose = true;
		else if (prose && (COMMENTS_HEADER_STRONG.test(lines[i].text) || COMMENTS_HEADER_WEAK.test(lines[i].text))) {
			comments = i;
			break;
		}
	}
	// Runs of prose, split where GAP furniture lines stand in a row, each scored by its words of prose
	// less a share for each headline-like line inside it (a list of teasers, a headline and its summary
	// by turns, is no article).
	const runs: { from: number; to: number; score: number }[] = [];
	for (let i = 0; i < comments; ) {
		if (resolved[i] !== 'good') {
			i++;
			continue;
		}
		let end = i;
		let score = 0;
		let gap = 0;
		for (let j = i; j < comments; j++) {
			if (resolved[j] === 'good') {
				end = j + 1;
				const w = (lines[j].text.match(WORD) ?? []).length;
				score += kind[j] === 'short' && !sentence(lines[j].text) ? -TEASER * w : w;
				gap = 0;
			} else if (++gap >= GAP) break;
		}
		runs.push({ from: i, to: end, score });
		i = end;
	}
	let best = -1;
	for (let k = 0; k < runs.length; k++) if (best < 0 || runs[k].score > runs[best].score) best = k;
	const out = new Array<boolean>(n).fill(false);
	if (best < 0 || runs[best].score <= 0) return out;
	// The article goes on past a box of links or an embedded post ("More from UK", six headlines, then
	// the story again): runs of prose close to it, with enough words of their own, are part of it; the
	// furniture between them is not.
	let first = best;
	let lastRun = best;
	while (lastRun + 1 < runs.length && runs[lastRun + 1].from - runs[lastRun].to <= MERGE_GAP && runs[lastRun + 1].score >= MIN_RUN) lastRun++;
	while (first > 0 && runs[first].from - runs[first - 1].to <= MERGE_GAP && runs[first - 1].score >= MIN_RUN) first--;
	let from = runs[first].from;
	let to = runs[lastRun].to;
	for (let k = first; k < lastRun; k++) for (let i = runs[k].to; i < runs[k + 1].from; i++) out[i] = true;
	// Widen over finished sentences next to the run (a last one-line paragraph, a short first one).
	while (to < n && sentence(lines[to].text)) to++;
	while (from > 0 && sentence(lines[from - 1].text)) from--;
	// Above the article: its headline, then the standfirst, the byline, the date, a caption and share
	// buttons. Of the lines that read like a headline, it is the one whose words the article's opening
	// paragraphs use most ("Alibaba to raise up to $12.9bn in landmark Hong Kong listing" above
	// "Alibaba is set to raise …"), not a share button's "Share Close extra sharing options"; the
	// nearest when none shares a quarter of its words.
	const opening = new Set<string>();
	for (let i = from; i < to && i < from + 3; i++) for (const w of lines[i].text.match(WORD) ?? []) opening.add(w.toLowerCase());
	let head = from;
	let bestScore = 0;
	// (a headline with its byline or date right under it is more likely the article's: "Chinese hunter
	// catches bubonic plague …" / "By Natalie Musumeci", above a box of related links on plague)
	const dated = (i: number) => {
		for (let j = i + 1; j <= i + 3 && j < from; j++) if (bylineOrDate(lines[j].text)) return true;
		return false;
	};
	for (let i = from - 1; i >= 0 && from - i <= HEAD_LINES; i--) {
		if (!headlineLike(lines[i].text)) continue;
		const content = (lines[i].text.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => !stopwords().has(w));
		const share = content.length ? content.filter((w) => opening.has(w)).length / content.length : 0;
		const score = share + (dated(i) ? DATED : 0);
		if (head === from || (score > bestScore && score >= 0.25)) head = i;
		if (score > bestScore) bestScore = score;
	}
	// (between them, a standfirst or a caption, a byline and a date stay; other headlines, buttons and
	// names go)
	for (let i = head + 1; i < from; i++) {
		if (!sentence(lines[i].text) && !bylineOrDate(lines[i].text)) out[i] = true;
	}
	// Reader comments after the article stay for the comment reader (comments-text.ts): from a
	// comments header on, nothing is cut.
	let tail = n;
	for (let i = to; i < n; i++) {
		if (commentsHeader(lines, i)) {
			tail = i;
			break;
		}
	}
	for (let i = 0; i < n; i++) if (i < head || (i >= to && i < tail)) out[i] = true;
	return out;
}
