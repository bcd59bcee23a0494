// DOM → text, shared by the HTML path: inline runs, block lines (with how much of each line is
// link text), and one element's text on one line.
import type { Line } from './rules.js';
import { normaliseText } from './text.js';

// Compiled once: esbuild lowers a \p{…} literal for Node to a new RegExp at each use (here, each character).
const WORD_CHAR = /[\p{L}\p{N}]/u;

// linkedom's types are its own; the handful of DOM calls used here are typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type El = any;

export const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'ADDRESS', 'FIGCAPTION']);
export const CONTAINERS = new Set([
	'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'FIGURE', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'BODY', 'HR'
]);
export const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS']);

// Link text is bracketed by these two control characters inside inlineText(marked = true), so each
// line can say how much of it is a link, then they are stripped. (Never in page text: clean() and
// normaliseText() run after the count, and the raw page cannot carry them through the parser.)
const LINK_OPEN = '\u0001';
const LINK_CLOSE = '\u0002';

/** Text of an inline run: HTML whitespace collapses, <br> is a line break. */
export function inlineText(node: El, marked = false): string {
	if (node.nodeType === 3) return String(node.data ?? node.textContent ?? '').replace(/[\s\u0001\u0002]+/g, ' ');
	if (node.nodeType !== 1) return '';
	if (node.tagName === 'BR') return '\n';
	if (SKIP.has(node.tagName)) return '';
	let s = '';
	for (const c of node.childNodes) s += inlineText(c, marked);
	return marked && node.tagName === 'A' && node.hasAttribute?.('href') ? LINK_OPEN + s + LINK_CLOSE : s;
}

/** Share of a marked line's letters and digits that sit inside links, and the line without the marks. */
function linkShare(marked: string): { text: string; linked: number } {
	let inLink = 0;
	let all = 0;
	let linked = 0;
	for (const ch of marked) {
		if (ch === LINK_OPEN) inLink++;
		else if (ch === LINK_CLOSE) inLink = Math.max(0, inLink - 1);
		else if (WORD_CHAR.test(ch)) {
			all++;
			if (inLink) linked++;
		}
	}
	return { text: marked.replace(/[\u0001\u0002]/g, ''), linked: all ? linked / all : 0 };
}

export const clean = (s: string) => normaliseText(s).replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();

function hasBlockInside(el: El): boolean {
	for (const c of el.children ?? []) if (BLOCKS.has(c.tagName) || CONTAINERS.has(c.tagName) || hasBlockInside(c)) return true;
	return false;
}

/** Readability's content HTML → Lines: each p, h2-h4, li, blockquote (…) is its own block. */
export function blockLines(root: El): Line[] {
	const lines: Line[] = [];
	let block = 0;
	// Each <blockquote> gets a number; its lines carry it (Line.quotation).
	let quotations = 0;
	const emit = (raw: string, heading: boolean, hard: boolean, quotation: number) => {
		const parts = raw.split('\n').map((p) => linkShare(p));
		let any = false;
		for (const p of parts) {
			const text = clean(p.text);
			if (!text) continue;
			lines.push({ text, indent: 0, block, hard, heading, linked: p.linked, ...(quotation ? { quotation } : {}) });
			any = true;
		}
		if (any) block++;
	};
	const walk = (el: El, quotation: number) => {
		let run = '';
		const flush = () => {
			if (run.trim()) emit(run, false, false, quotation);
			run = '';
		};
		for (const c of el.childNodes) {
			if (c.nodeType === 3) run += inlineText(c, true);
			else if (c.nodeType === 1) {
				const tag = c.tagName;
				if (SKIP.has(tag)) continue;
				const q = tag === 'BLOCKQUOTE' && !quotation ? ++quotations : quotation;
				if (BLOCKS.has(tag) && !hasBlockInside(c)) {
					flush();
					emit(inlineText(c, true), /^H\d$/.test(tag), /^(H\d|LI|DT|DD)$/.test(tag), q);
				} else if (BLOCKS.has(tag) || CONTAINERS.has(tag)) {
					flush();
					walk(c, q);
				} else run += inlineText(c, true);
			}
		}
		flush();
	};
	walk(root, 0);
	return lines;
}

/** An element's text on one line. */
export const text = (el: El | null | undefined): string => (el ? clean(inlineText(el)).replace(/\n/g, ' ') : '');
