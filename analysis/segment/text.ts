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
	return s
		.replace(/\r\n?/g, '\n')
		.replace(/[\u2028\u2029]/g, '\n')
		.replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
		.replace(/[\u200B\u2060\uFEFF\u00AD]/g, '')
		.replace(/[ \t]+$/gm, '');
}

/** Heading marks, link syntax or emphasis pairs: enough to read the input as Markdown. */
export function looksLikeMarkdown(s: string): boolean {
	return /^#{1,6}\s+\S/m.test(s) || /\[[^\]\n]+\]\([^)\s]+\)/.test(s) || /!\[[^\]\n]*\]\(/.test(s) || /(\*\*|__)\S[^\n]*?\S\1/.test(s);
}

const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;

/** Markdown inline syntax → plain text: links keep their text, images and emphasis marks go. */
export function stripInline(s: string): string {
	return s
		.replace(IMAGE, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
		.replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
		.replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
		.replace(/~~(.+?)~~/g, '$1')
		.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

export interface TextLines {
	lines: Line[];
	/** Image descriptions found in Markdown `![alt](src)`. */
	captions: Caption[];
}

/** Split normalised text into Lines; blocks are separated by blank lines. */
export function textLines(raw: string, markdown: boolean): TextLines {
	const src = normaliseText(raw).split('\n');
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
				const img = /^\s*!\[([^\]]*)\]\([^)]*\)\s*$/.exec(s);
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
			const h = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/.exec(s);
			if (h) {
				s = h[1];
				hard = heading = true;
			}
			const li = /^(\s*)(?:[-*+]|\d+[.)])\s+(?=\S)/.exec(s);
			if (li && !h) {
				s = s.slice(li[0].length);
				hard = true;
			}
			if (afterImage && /^\s*([*_]).+\1\s*$/.test(s)) caption = true;
			s = stripInline(s);
		}
		afterImage = false;
		const text = s.trim().replace(/\s+/g, ' ');
		if (!text) continue;
		if (heading && !blank) block++;
		lines.push({ text, indent: s.length - s.trimStart().length, block, hard, heading, caption });
		blank = false;
		if (heading) newBlock();
	}
	return { lines, captions };
}
