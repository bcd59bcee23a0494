// Input checks shared by paste, upload and URL. Everything a user supplies passes through here
// before it reaches SQLite or the analysis, and every refusal is an InputError naming the input,
// so the UI can show the message next to the field or file that caused it.
import { InputError } from './errors.js';
import { decodeArticleBytes, sizeOverLimit } from '../../../analysis/input.js';
import {
	ARTICLE_FORMATS,
	ARTICLE_KINDS,
	type ArticleFormat,
	type ArticleKind,
	type LexiconChanges,
	type SpeakerOverrides
} from './types.js';
import { SPEAKER_GROUPS, type QuoteFix, type SpeakerGroup } from '../../../analysis/types.js';
import { FIX_TEXT_LENGTH } from '../../../analysis/quotes/summary.js';

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Largest article accepted, in bytes (env SLANT_MAX_BYTES, default 5 MB). Read per call so tests can set it. */
export function maxBytes(): number {
	const env = Number(process.env.SLANT_MAX_BYTES);
	return Number.isFinite(env) && env > 0 ? Math.floor(env) : DEFAULT_MAX_BYTES;
}

/**
 * Largest request the server reads, in bytes: adapter-node's BODY_SIZE_LIMIT (a number with an
 * optional K, M or G), which `npm start` sets to 16M when unset (bin/serve.mjs). The upload form
 * sends no more than this at once (src/lib/upload-plan.ts).
 */
export function requestLimit(env: Record<string, string | undefined> = process.env): number {
	const v = (env.BODY_SIZE_LIMIT ?? '').trim();
	if (/^infinity$/i.test(v)) return Number.MAX_SAFE_INTEGER;
	const m = /^(\d+(?:\.\d+)?)\s*([kmg])?b?$/i.exec(v);
	if (!m) return 16 * 1024 * 1024;
	const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
	return Math.floor(Number(m[1]) * unit);
}

export const ALLOWED_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
	'.txt': 'text',
	'.md': 'markdown',
	'.markdown': 'markdown',
	'.html': 'html',
	'.htm': 'html'
};

/**
 * Turn supplied content into text, or refuse it. Bytes are checked for binary signatures, NUL bytes
 * and invalid UTF-8 (decoded strictly, so mojibake never reaches the analysis); strings for size,
 * NULs and emptiness. A leading BOM is dropped so it neither affects the hash nor the offsets.
 */
export function checkContent(input: string, data: Uint8Array | string, limit = maxBytes()): string {
	let text: string;
	if (typeof data === 'string') {
		const size = Buffer.byteLength(data, 'utf8');
		if (size > limit) throw new InputError(input, sizeOverLimit(size, limit));
		text = data;
	} else {
		// The same byte checks as the CLI (size, binary signatures, NULs, strict UTF-8).
		text = decodeArticleBytes(input, data, limit);
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.includes('\u0000')) throw new InputError(input, 'contains binary data (NUL characters), not text');
	if (!text.trim()) throw new InputError(input, 'is empty');
	return text;
}

/**
 * Pasted text as the person saw it: browsers send a textarea's line breaks as CRLF, which would
 * inflate its size (a paste just under the limit went over it) and shift nothing else.
 */
export function pastedText(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

/**
 * The text two copies of one article share, for finding duplicates: Unicode NFC, no byte-order
 * mark, every run of white space (line breaks included) as one space, trimmed. The same article
 * pasted twice, once with Windows line ends or an extra trailing newline, is caught as the same.
 */
export function duplicateKey(text: string): string {
	return text.replace(/^\uFEFF/, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The format implied by a file name, or an InputError for anything but .txt/.md/.html/.htm. */
export function formatFromFileName(name: string): ArticleFormat {
	const m = /\.[^./\\]+$/.exec(name.toLowerCase());
	const format = m ? ALLOWED_EXTENSIONS[m[0]] : undefined;
	if (!format) throw new InputError(name, 'only .txt, .md, .html and .htm files can be added');
	return format;
}

/** Outlet name from a file name: "bbc-news.html" -> "bbc-news". */
export function stemOf(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? name;
	return base.replace(/\.[^.]+$/, '');
}

/** Pasted content that is clearly markup is analysed as HTML (so Readability strips the page chrome). */
export function guessFormat(text: string): ArticleFormat {
	const head = text.slice(0, 4000).trimStart().toLowerCase();
	if (/^<!doctype html|^<html[\s>]/.test(head)) return 'html';
	const tags = head.match(/<\/?(p|div|article|body|head|span|a|h[1-6]|br|section|main|header|footer)[\s>/]/g);
	return tags && tags.length >= 3 ? 'html' : 'text';
}

const TAG_RE = /<\/?[a-z!][^>]*>|<!--/i;
// C0 controls except tab (and no newlines in a one-line field) and DEL; they break rendering and CSV.
const CONTROL_RE = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/**
 * A one-line label (outlet, headline, collection name). HTML is refused rather than stripped: the
 * user should see what will be displayed, and a tag in an outlet name is almost always a paste slip.
 */
export function checkLabel(input: string, value: unknown, opts: { required: boolean; max: number }): string {
	if (value == null) value = '';
	if (typeof value !== 'string') throw new InputError(input, 'must be text');
	const v = value.replace(/\s+/g, ' ').trim();
	if (opts.required && !v) throw new InputError(input, 'is required');
	if (v.length > opts.max) throw new InputError(input, `is too long (${v.length} characters, at most ${opts.max})`);
	if (TAG_RE.test(v)) throw new InputError(input, 'must not contain HTML tags; enter plain text');
	if (CONTROL_RE.test(value.replace(/[\r\n]/g, ' '))) throw new InputError(input, 'contains control characters');
	return v;
}

/** A multi-line free-text field (description, note): no HTML concerns (rendered escaped), just size. */
export function checkFreeText(input: string, value: unknown, max: number): string {
	if (value == null) return '';
	if (typeof value !== 'string') throw new InputError(input, 'must be text');
	if (value.length > max) throw new InputError(input, `is too long (${value.length} characters, at most ${max})`);
	if (value.includes('\u0000')) throw new InputError(input, 'contains NUL characters');
	return value.trim();
}

/** Optional date: YYYY, YYYY-MM or YYYY-MM-DD (what the seeds and most bylines give). */
export function checkDate(input: string, value: unknown): string | null {
	if (value == null || value === '') return null;
	if (typeof value !== 'string') throw new InputError(input, 'must be a date like 2016-11-16');
	const v = value.trim();
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
	if (!m) throw new InputError(input, 'must be a date like 2016-11-16');
	const month = m[2] ? Number(m[2]) : 1;
	const day = m[3] ? Number(m[3]) : 1;
	const d = new Date(Date.UTC(Number(m[1]), month - 1, day));
	if (month < 1 || month > 12 || d.getUTCDate() !== day) throw new InputError(input, `"${v}" is not a real date`);
	return v;
}

/** Optional source URL (metadata, never fetched from here): must be http(s). */
export function checkUrlField(input: string, value: unknown): string | null {
	if (value == null || value === '') return null;
	if (typeof value !== 'string') throw new InputError(input, 'must be a web address');
	let u: URL;
	try {
		u = new URL(value.trim());
	} catch {
		throw new InputError(input, 'is not a valid web address');
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError(input, 'must start with http:// or https://');
	if (u.href.length > 2048) throw new InputError(input, 'is too long');
	return u.href;
}

export function checkKind(input: string, value: unknown): ArticleKind {
	if (value == null || value === '') return 'news';
	if (!ARTICLE_KINDS.includes(value as ArticleKind))
		throw new InputError(input, `must be one of: ${ARTICLE_KINDS.join(', ')}`);
	return value as ArticleKind;
}

export function checkFormat(input: string, value: unknown): ArticleFormat {
	if (!ARTICLE_FORMATS.includes(value as ArticleFormat))
		throw new InputError(input, `must be one of: ${ARTICLE_FORMATS.join(', ')}`);
	return value as ArticleFormat;
}

/** How a refused term is named: as typed ("“<b>x</b>”"), or by its place and category when it is empty. */
function termName(raw: unknown, place: string): string {
	return typeof raw === 'string' && raw.trim() ? `“${raw.replace(/\s+/g, ' ').trim()}”` : place;
}

/** checkLabel() for a lexicon term, with reasons that talk about the term rather than a field. */
function checkTerm(raw: unknown, place: string): string {
	const name = termName(raw, place);
	try {
		return checkLabel(name, raw, { required: true, max: 100 });
	} catch (e) {
		if (!(e instanceof InputError)) throw e;
		const reason = /HTML/.test(e.reason)
			? 'a term can’t contain HTML tags; type the plain word or phrase'
			: /required/.test(e.reason)
				? 'is empty: type a word or phrase'
				: e.reason;
		throw new InputError(name, reason);
	}
}

/**
 * Lexicon edits: trimmed, de-duplicated terms; `categories` (when given) lists the categories a term
 * may join. A refusal names the term as typed, or an empty one by its place and category
 * ("added term 5 (emotive): is empty").
 */
export function checkLexiconChanges(value: unknown, categories?: readonly string[]): LexiconChanges {
	const v = (value ?? {}) as { add?: unknown; remove?: unknown };
	const add: LexiconChanges['add'] = [];
	const seen = new Set<string>();
	if (v.add != null && !Array.isArray(v.add)) throw new InputError('added loaded terms', 'must be a list');
	for (const [i, e] of ((v.add as unknown[]) ?? []).entries()) {
		const entry = (e ?? {}) as { term?: unknown; category?: unknown };
		const cat = typeof entry.category === 'string' && entry.category.trim() ? entry.category.trim() : '';
		const term = checkTerm(entry.term, `added term ${i + 1}${cat ? ` (${cat})` : ''}`);
		const category = checkLabel(`“${term}”: its category`, entry.category, { required: true, max: 100 });
		if (categories && !categories.includes(category))
			throw new InputError(`“${term}”`, `“${category}” is not a category terms can be added to (one of: ${categories.join(', ')})`);
		// Case-insensitive de-duplication; the term keeps its case (a " @POS" suffix is case-sensitive).
		if (!seen.has(term.toLowerCase())) add.push({ term, category });
		seen.add(term.toLowerCase());
	}
	if (v.remove != null && !Array.isArray(v.remove)) throw new InputError('removed loaded terms', 'must be a list');
	const remove = [...new Set(((v.remove as unknown[]) ?? []).map((t, i) => checkTerm(t, `removed term ${i + 1}`)))];
	return { add, remove };
}

/** One facilitator's correction of a quote (QuoteFix): where it was, its words, and who said it (or no one). */
export function checkQuoteFix(value: unknown, name: string): QuoteFix {
	if (value == null || typeof value !== 'object' || Array.isArray(value)) throw new InputError(name, 'must be an object with article, start, end, text and speaker');
	const f = value as Record<string, unknown>;
	const article = checkLabel(`${name}.article`, f.article, { required: true, max: 200 });
	const offset = (k: 'start' | 'end') => {
		const n = f[k];
		if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new InputError(`${name}.${k}`, 'must be a whole number, 0 or more');
		return n;
	};
	const start = offset('start');
	const end = offset('end');
	if (end <= start) throw new InputError(`${name}.end`, 'must be after its start');
	if (typeof f.text !== 'string' || !f.text.trim()) throw new InputError(`${name}.text`, 'must be the quote’s words');
	if (f.text.length > FIX_TEXT_LENGTH) throw new InputError(`${name}.text`, `must be at most ${FIX_TEXT_LENGTH} characters (the quote’s first ones)`);
	const speaker = f.speaker === null ? null : checkLabel(`${name}.speaker`, f.speaker, { required: true, max: 200 });
	if (f.group !== undefined && !SPEAKER_GROUPS.includes(f.group as SpeakerGroup)) throw new InputError(`${name}.group`, `must be one of ${SPEAKER_GROUPS.join(', ')}`);
	return { article, start, end, text: f.text, speaker, ...(f.group !== undefined && speaker !== null ? { group: f.group as SpeakerGroup } : {}) };
}

/** Speaker overrides: names are plain labels; groups must be known; merges must not loop. */
export function checkSpeakerOverrides(value: unknown): SpeakerOverrides {
	const v = (value ?? {}) as { groups?: unknown; merges?: unknown; ownVoice?: unknown; notActors?: unknown; quoteFixes?: unknown };
	// Speaker names come from article text: tables without a prototype, so "__proto__" is just a name.
	const out: SpeakerOverrides & { groups: Record<string, SpeakerGroup>; merges: Record<string, string> } = { groups: Object.create(null), merges: Object.create(null) };
	if (v.ownVoice != null) {
		if (typeof v.ownVoice !== 'boolean') throw new InputError('speakers.ownVoice', 'must be true or false');
		if (!v.ownVoice) out.ownVoice = false;
	}
	const asRecord = (name: string, r: unknown): Record<string, unknown> => {
		if (r == null) return {};
		if (typeof r !== 'object' || Array.isArray(r)) throw new InputError(name, 'must be an object of speaker names');
		return r as Record<string, unknown>;
	};
	for (const [name, group] of Object.entries(asRecord('speakers.groups', v.groups))) {
		const speaker = checkLabel('speakers.groups', name, { required: true, max: 200 });
		if (!SPEAKER_GROUPS.includes(group as SpeakerGroup))
			throw new InputError(`speakers.groups["${speaker}"]`, `must be one of: ${SPEAKER_GROUPS.join(', ')}`);
		out.groups[speaker] = group as SpeakerGroup;
	}
	for (const [from, to] of Object.entries(asRecord('speakers.merges', v.merges))) {
		const a = checkLabel('speakers.merges', from, { required: true, max: 200 });
		const b = checkLabel(`speakers.merges["${a}"]`, to, { required: true, max: 200 });
		if (a !== b) out.merges[a] = b;
	}
	if (v.notActors != null) {
		if (!Array.isArray(v.notActors)) throw new InputError('speakers.notActors', 'must be a list of names');
		const names = v.notActors.map((n) => checkLabel('speakers.notActors', n, { required: true, max: 200 }));
		if (names.length) out.notActors = [...new Set(names)];
	}
	if (v.quoteFixes != null) {
		if (!Array.isArray(v.quoteFixes)) throw new InputError('speakers.quoteFixes', 'must be a list of corrected quotes');
		const fixes = v.quoteFixes.map((f, i) => checkQuoteFix(f, `speakers.quoteFixes[${i}]`));
		// One correction per quote: a later one replaces an earlier one.
		const last = new Map(fixes.map((f) => [`${f.article}\u0000${f.start}\u0000${f.end}`, f]));
		if (last.size) out.quoteFixes = [...last.values()];
	}
	// A cycle (A->B, B->A) would make "who is this really" undefined; refuse it here, once.
	for (const start of Object.keys(out.merges)) {
		const seen = new Set([start]);
		let cur = out.merges[start];
		while (Object.prototype.hasOwnProperty.call(out.merges, cur)) {
			if (seen.has(cur)) throw new InputError('speakers.merges', `merging "${start}" loops back on itself`);
			seen.add(cur);
			cur = out.merges[cur];
		}
	}
	return out;
}
