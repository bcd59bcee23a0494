// Stage 1: raw text, Markdown or HTML in, a clean article out — the body kept apart from captions,
// reader comments and page furniture (each removed line is listed with its reason so readers can
// see what was left out).
//
// Every later finding (quote, loaded term, sentence score) points into `text` by JavaScript string
// index (UTF-16 code units). So `text` is built here once — paragraphs joined by "\n\n", Unicode
// spaces already plain — and `paragraphs` are exact spans of it. Curly quotes and dashes stay as
// typed: later stages handle both quote styles, and rewriting them would change what the outlet wrote.
import type { ArticleInput, CleanArticle, Span } from '../types.js';
import { htmlLines } from './html.js';
import { looksLikePage, outsideArticle } from './page-text.js';
import { classify } from './rules.js';
import { openingCredit } from './dateline.js';
import { isoDate, norm } from './patterns.js';
import { looksLikeMarkdown, normaliseText, textLines } from './text.js';
import { languageWarnings } from './language.js';
import { pageAddress, pageSiteName } from './site-name.js';

/** Text that is really markup: a whole page, or a fragment pasted from a page's source. */
function looksLikeHtml(s: string): boolean {
	return /^\s*(?:<!doctype html|<html[\s>]|<(?:head|body|article|main|section|div|p)[\s>])/i.test(s);
}

export function segment(input: ArticleInput): CleanArticle {
	const html = input.html ?? (input.text && looksLikeHtml(input.text) ? input.text : undefined);
	const given = input.title?.trim() || undefined;

	let found: ReturnType<typeof classify>;
	let pageTitle: string | null = null;
	let pageByline: string | null = null;
	let pageDate: string | null = null;
	let outlet = input.outlet ?? '';
	let pageUrl: string | null = null;
	const captions: CleanArticle['captions'] = [];
	const comments: CleanArticle['comments'] = [];
	const removed: CleanArticle['removed'] = [];
	const warnings: CleanArticle['warnings'] = [];

	if (html !== undefined) {
		const page = htmlLines(html);
		pageTitle = page.title;
		pageByline = page.byline;
		pageDate = page.date;
		// (the head's own name for its site, as a facilitator's upload has it; else the one Readability found)
		if (!outlet) outlet = pageSiteName(html) ?? page.siteName ?? '';
		pageUrl = pageAddress(html);
		warnings.push(...page.warnings);
		captions.push(...page.captions);
		comments.push(...page.comments);
		// The page's headline is known from markup; pass it so its copy in the content is lifted out.
		found = classify(page.lines, {
			title: given ?? page.title ?? undefined,
			pageTitle: page.title ?? undefined,
			commentsFound: page.comments.length > 0,
			urls: [...page.urls, ...(input.url ? [input.url] : [])],
			byline: page.byline ?? undefined,
			siteName: page.siteName ?? undefined
		});
		removed.push(...page.removed);
	} else {
		const normalised = normaliseText(input.text ?? '');
		const { lines, captions: alt } = textLines(normalised, looksLikeMarkdown(normalised));
		captions.push(...alt);
		// (a whole page copied from a browser: the article's region first, page-text.ts)
		found = classify(lines, { title: given, urls: input.url ? [input.url] : [], outside: looksLikePage(lines) ? outsideArticle(lines) : undefined });
	}

	for (const c of found.captions) if (!captions.some((o) => o.text === c.text && o.kind === c.kind)) captions.push(c);
	// Alt text is often the caption cut short; keep the longer wording only.
	const key = (s: string) => norm(s) + ' ';
	const kept = captions.filter(
		(c, i) => c.kind !== 'caption' || !captions.some((o, j) => j !== i && o.kind === 'caption' && o.text.length > c.text.length && key(o.text).startsWith(key(c.text)))
	);
	captions.splice(0, captions.length, ...kept);
	comments.push(...found.comments);
	removed.push(...found.removed);

	const foundDate = pageDate ?? found.date;
	const paragraphs: Span[] = [];
	// Block quotations (<blockquote> in a page): one span per element, over its paragraphs.
	const quotations: Span[] = [];
	// ("Washington (CNN)President …", "LONDON (Reuters) - …": the place and the wire credit, dateline.ts)
	const credit = openingCredit(found.paragraphs);
	if (credit) {
		const p = found.paragraphs[credit.paragraph];
		removed.push({ text: p.slice(0, credit.length).trim(), reason: 'dateline' });
		found.paragraphs[credit.paragraph] = p.slice(credit.length);
	}
	let text = '';
	found.paragraphs.forEach((p, k) => {
		if (text) text += '\n\n';
		const span = { start: text.length, end: text.length + p.length };
		paragraphs.push(span);
		const q = found.quotations?.[k] ?? 0;
		if (q && k > 0 && found.quotations?.[k - 1] === q) quotations[quotations.length - 1].end = span.end;
		else if (q) quotations.push({ ...span });
		text += p;
	});

	if (!text) warnings.push({ code: 'no-body', message: 'No article text was found in this input.' });
	const cut = cutOffWarning(text);
	if (cut) warnings.push(cut);
	warnings.push(...languageWarnings(text));

	return {
		id: input.id,
		outlet,
		title: given ?? pageTitle ?? found.title ?? '',
		date: input.date ?? (foundDate ? isoDate(foundDate) : null),
		url: input.url ?? pageUrl,
		byline: wireByline(pageByline ?? found.byline, credit?.agency ?? null, outlet),
		text,
		paragraphs,
		...(quotations.length ? { quotations } : {}),
		captions,
		comments,
		removed,
		warnings
	};
}

/**
 * "ST. JOSEPH, Mich. (AP) — …" on CBS Detroit's page, whose only author is the station itself: a wire
 * service's credit in the dateline says who wrote the story when no byline names a writer (none, or
 * the outlet's own name). A writer's byline stays ("Jane Doe, Associated Press").
 */
function wireByline(byline: string | null, agency: string | null, outlet: string): string | null {
	if (!agency) return byline;
	const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
	return !byline || (outlet && key(byline) === key(outlet)) ? agency : byline;
}

/** Bodies shorter than this that end in an ellipsis are read as cut off (a teaser, a paywall). */
const TEASER_WORDS = 400;

/**
 * A body that stops in an ellipsis of the writer's own ("All...", "The plan would…") after few
 * words: a paywalled page or a teaser shows that much and hides the rest, and the figures would rest
 * on the opening alone. Said, not refused: a short piece may really end so.
 */
export function cutOffWarning(text: string): { code: string; message: string } | null {
	const body = text.trimEnd();
	if (!/(?:\.\.\.|…)$/.test(body)) return null;
	const words = body.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
	if (words >= TEASER_WORDS) return null;
	const last = body.slice(body.lastIndexOf('\n') + 1);
	const shown = last.length > 40 ? `…${last.slice(-40).trimStart()}` : last;
	return {
		code: 'cut-off',
		message: `The text may be cut off: it ends in “${shown}” well short of a whole article, as a teaser or a paywalled page does. Its figures rest on those words alone; paste the whole article if you have it.`
	};
}
