// Plain text and Markdown → Lines. Normalisation happens here, once, before any rule looks at the
// text, so every later offset indexes the normalised body.
import type { Caption } from '../types.js';
import type { Line } from './rules.js';

/**
 * Line breaks become \n; non-breaking and other Unicode spaces become a plain space (wink and the
 * quote finder treat U+00A0 as a word character in places, and a reader cannot see the
 * difference); invisible characters that split words (zero-width space, soft hyphen, BOM) go.
 * Curly quotes and dashes are kept exactly as typed.
 */
export function normaliseText(s: string): string {
	// Most texts need none of the five passes below, and most others only the last: a scan or two finds that out.
	if (!NEEDS_NORMALISING.test(s)) return s;
	if (!NEEDS_MORE_THAN_TRIMMING.test(s)) return s.replace(TRAILING_BLANKS, '');
	return s
		.replace(/\r\n?/g, '\n')
		.replace(/[\u2028\u2029]/g, '\n')
		.replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
		.replace(/[\u200B\u2060\uFEFF\u00AD]/g, '')
		.replace(TRAILING_BLANKS, '');
}

// Linear forms. A pattern that can start anywhere inside a run it then fails on (`[ \t]+$` before a
// long run of spaces ending in a letter) retries from every position of the run: quadratic. The
// look-behind lets a match start only where the run starts, so each run is scanned once.
const TRAILING_BLANKS = /(?<![ \t])[ \t]+$/gm;
/** Anything normaliseText() changes: a carriage return, a line or paragraph separator, a Unicode space, an invisible character, a blank before a line's end. */
const NEEDS_NORMALISING = /[\r\u2028\u2029\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\u2060\uFEFF\u00AD]|[ \t]$/m;
/** What the four passes before the trailing blanks' change. */
const NEEDS_MORE_THAN_TRIMMING = /[\r\u2028\u2029\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\u2060\uFEFF\u00AD]/;

/**
 * `s.trim().replace(/\s+/g, ' ')`: most lines are trimmed already and have single plain spaces
 * only, and come back without the pattern's pass.
 */
function squeeze(s: string): string {
	const t = s.trim();
	return SQUEEZABLE.test(t) ? t.replace(/\s+/g, ' ') : t;
}
/** A space other than a plain one, or a plain space before another space: what squeeze() changes (\s is isSpace()'s set). */
const SQUEEZABLE = /[^\S ]| \s/;

/**
 * An ATX heading ("## Title ##") → its text, or null. Parsed by hand: the obvious regex
 * (`^\s*#{1,6}\s+(.*?)\s*#*\s*$`) backtracks cubically on a heading followed by a long run of spaces.
 */
export function atxHeading(line: string): string | null {
	let i = 0;
	while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
	let hashes = 0;
	while (i < line.length && line[i] === '#') {
		hashes++;
		i++;
	}
	if (hashes < 1 || hashes > 6 || i >= line.length || !/\s/.test(line[i])) return null;
	let rest = line.slice(i).trim();
	// A closing run of #s goes when it stands apart ("Title ##"), or is all there is ("# ##").
	let end = rest.length;
	while (end > 0 && rest[end - 1] === '#') end--;
	if (end === 0) rest = '';
	else if (end < rest.length && /\s/.test(rest[end - 1])) rest = rest.slice(0, end).trimEnd();
	return rest;
}

/** Heading marks, link syntax or emphasis pairs: enough to read the input as Markdown. */
export function looksLikeMarkdown(s: string): boolean {
	return /^#{1,6}\s+\S/m.test(s) || MD_LINK.test(s) || /!\[[^[\]\n]*\]\(/.test(s) || /\*\*\S[^*\n]*\S\*\*|__\S[^_\n]*\S__/.test(s);
}

// Markdown inline syntax. Every pattern here is linear: a character class never includes the
// delimiter that could start the next attempt (link text stops at any bracket, a URL at any bracket,
// parenthesis or space, bold text at the next * or _), so a failed attempt scans only up to where
// the next one starts. The obvious forms (`\[([^\]]+)\]\(`, `(\*\*)(.+?)\1`) rescan the rest of the
// line from every "[" or "**" and take seconds on a line of them.
const MD_LINK = /\[[^[\]\n]+\]\([^()[\]\s]+\)/;
const IMAGE = /!\[([^[\]]*)\]\([^()[\]\s]*\)/g;
// (\p{…} patterns compiled once: esbuild lowers such a literal for Node to a new RegExp at each use)
const STAR_EMPHASIS = /(^|[^\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu;
const UNDERSCORE_EMPHASIS = /(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu;

/** Markdown inline syntax → plain text: links keep their text, images and emphasis marks go. */
export function stripInline(s: string): string {
	return s
		.replace(IMAGE, '')
		.replace(/\[([^[\]]+)\]\([^()[\]\s]*\)/g, '$1')
		.replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
		.replace(/<(https?:\/\/[^<>\s]+)>/g, '$1')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/\*\*(?=\S)([^*]+?)(?<=\S)\*\*/g, '$1')
		.replace(/__(?=\S)([^_]+?)(?<=\S)__/g, '$1')
		.replace(STAR_EMPHASIS, '$1$2')
		.replace(UNDERSCORE_EMPHASIS, '$1$2')
		.replace(/~~([^~]+)~~/g, '$1')
		.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

export interface TextLines {
	lines: Line[];
	/** Image descriptions found in Markdown `![alt](src)`. */
	captions: Caption[];
}

/** Split text already normalised (normaliseText) into Lines; blocks are separated by blank lines. */
export function textLines(normalised: string, markdown: boolean): TextLines {
	const src = normalised.split('\n');
	const lines: Line[] = [];
	const captions: Caption[] = [];
	let block = 0;
	let blank = true;
	let inFence = false;
	let afterImage = false;
	const newBlock = () => {
		if (!blank) block++;
		blank = true;
	};
	for (let i = 0; i < src.length; i++) {
		let s = src[i].replace(/\t/g, '    ');
		if (markdown) {
			if (/^\s*(```|~~~)/.test(s)) {
				inFence = !inFence;
				newBlock();
				continue;
			}
			if (!inFence) {
				// Setext underline, horizontal rule, reference-link definition: syntax only.
				if (/^\s*(?:[-*_]\s*){3,}$/.test(s) || /^\s*=+\s*$/.test(s) || /^\s*\[[^\]]+\]:\s+\S+/.test(s)) {
					if (/^\s*[=-]+\s*$/.test(s) && lines.length && lines[lines.length - 1].block === block && !blank) {
						lines[lines.length - 1].heading = true;
						lines[lines.length - 1].hard = true;
					}
					newBlock();
					continue;
				}
				// An image on its own line: its alt text describes the photo, and an emphasised
				// line right under it is the caption as the page shows it.
				const img = /^\s*!\[([^[\]]*)\]\([^()[\]\s]*\)\s*$/.exec(s);
				if (img) {
					const alt = stripInline(img[1]).trim();
					if (alt && !/^(image|photo|picture|img)$/i.test(alt)) captions.push({ text: alt, kind: 'caption' });
					afterImage = true;
					newBlock();
					continue;
				}
			}
		}
		if (s.trim() === '') {
			newBlock();
			continue;
		}
		let hard = false;
		let heading = false;
		let caption = false;
		if (markdown && !inFence) {
			s = s.replace(/^\s*(?:>\s?)+/, '');
			const h = atxHeading(s);
			if (h !== null) {
				s = h;
				hard = heading = true;
			}
			const li = /^(\s*)(?:[-*+]|\d+[.)])\s+(?=\S)/.exec(s);
			if (li && h === null) {
				s = s.slice(li[0].length);
				hard = true;
			}
			if (afterImage && /^\s*([*_]).+\1\s*$/.test(s)) caption = true;
			s = stripInline(s);
		}
		afterImage = false;
		const text = squeeze(s);
		if (!text) continue;
		if (heading && !blank) block++;
		lines.push({ text, indent: s.length - s.trimStart().length, block, hard, heading, caption });
		blank = false;
		if (heading) newBlock();
	}
	return { lines, captions };
}
