// Turning bytes from outside (files, stdin, uploads) into ArticleInput, or into a clear reason why not.
// Shared by the CLI and the server so a file that fails in one fails the same way in the other.
import type { ArticleInput } from './types.js';
import { formatBytes, sizeOverLimit } from './size.js';

export { formatBytes, sizeOverLimit };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** A problem with one input: `input` names it (a path, "stdin", "file.jsonl line 3"). */
export class InputError extends Error {
	constructor(
		readonly input: string,
		readonly reason: string
	) {
		super(`${input}: ${reason}`);
		this.name = 'InputError';
	}
}

// Magic numbers of formats people upload by mistake; named so the message says what was sent.
const MAGIC: [string, number[]][] = [
	['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
	['a JPEG image', [0xff, 0xd8, 0xff]],
	['a GIF image', [0x47, 0x49, 0x46, 0x38]],
	['a PDF document', [0x25, 0x50, 0x44, 0x46]],
	['a ZIP archive (or Word/ODF document)', [0x50, 0x4b, 0x03, 0x04]],
	['a gzip archive', [0x1f, 0x8b]],
	['a WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]]
];

/**
 * Decode one article's bytes as UTF-8 text, refusing what cannot be an article: empty, too large,
 * a known binary format, NUL bytes, or invalid UTF-8. A leading byte-order mark is dropped.
 */
export function decodeArticleBytes(name: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
	if (bytes.length > maxBytes) throw new InputError(name, sizeOverLimit(bytes.length, maxBytes));
	for (const [label, sig] of MAGIC) {
		if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) throw new InputError(name, `is ${label}, not text or HTML`);
	}
	if (bytes.includes(0)) throw new InputError(name, 'holds binary data (NUL bytes), not text or HTML');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new InputError(name, 'is not valid UTF-8 text');
	}
	text = text.replace(/^\uFEFF/, '');
	if (text.trim() === '') throw new InputError(name, 'is empty');
	return text;
}

export function isHtml(name: string, text: string): boolean {
	return /\.html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/** Build an article from one decoded file: HTML by extension or doctype, else text (Markdown is text). */
export function articleFromText(id: string, name: string, text: string, meta: Partial<ArticleInput> = {}): ArticleInput {
	return isHtml(name, text) ? { id, html: text, ...meta } : { id, text, ...meta };
}

/** Parse one JSON Lines record into an article; `where` names it in errors ("batch.jsonl line 4"). */
export function articleFromJsonLine(where: string, line: string, maxBytes = DEFAULT_MAX_BYTES): ArticleInput {
	let rec: unknown;
	try {
		rec = JSON.parse(line);
	} catch (e) {
		throw new InputError(where, `is not valid JSON (${(e as Error).message.split('\n')[0]})`);
	}
	if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new InputError(where, 'is not a JSON object');
	const r = rec as Record<string, unknown>;
	const str = (k: string): string | undefined => {
		const v = r[k];
		if (v == null) return undefined;
		if (typeof v === 'string') return v;
		if (typeof v === 'number') return String(v);
		throw new InputError(where, `field "${k}" must be a string`);
	};
	const text = str('text');
	const html = str('html');
	const body = text ?? html;
	if (body == null) throw new InputError(where, 'has neither "text" nor "html"');
	if (body.trim() === '') throw new InputError(where, 'has an empty article body');
	if (Buffer.byteLength(body, 'utf8') > maxBytes) throw new InputError(where, `article is over the ${formatBytes(maxBytes)} limit`);
	if (body.includes('\u0000')) throw new InputError(where, 'holds binary data (NUL characters)');
	const article: ArticleInput = { id: str('id') ?? '' };
	for (const k of ['outlet', 'title', 'url', 'date'] as const) {
		const v = str(k);
		if (v != null) article[k] = v;
	}
	if (text != null) article.text = text;
	else article.html = html;
	return article;
}
