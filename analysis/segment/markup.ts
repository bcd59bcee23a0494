// Untrusted markup in, a DOM that is safe to walk out: doctype declarations dropped before parsing,
// nesting deeper than MAX_DEPTH flattened, and plain text when the parser cannot cope. Every step is
// iterative and linear in the size of the page.
import { lazy } from '../lazy.js';
import type { Line } from './rules.js';
import { BLOCKS, CONTAINERS, SKIP, clean, type El } from './dom.js';

const linkedom = lazy<typeof import('linkedom')>('linkedom');

/**
 * Markup deeper than this is read as flat paragraphs. Real article pages stay far below it (the
 * benchmark's deepest is 51; Lighthouse already flags 32), while Readability's cost grows with
 * depth times size: 2,000 nested <div>s took it 27 s.
 */
export const MAX_DEPTH = 64;

const isText = (n: El) => n.nodeType === 3;
const hasText = (nodes: El[]) => nodes.some((n) => (isText(n) ? /\S/.test(n.data ?? '') : /\S/.test(n.textContent ?? '')));

/**
 * Rebuild `root`'s subtree as one level of paragraphs: each block or container element ends the
 * current paragraph, a heading stays a heading, inline elements with no element inside (a link,
 * a bold word) move over whole, other inline wrappers are unwrapped. Iterative and linear, so it is
 * safe on any depth.
 */
function flattenSubtree(document: El, root: El): void {
	const out: El[] = [];
	let run: El[] = [];
	const tags: string[] = ['P'];
	const flush = () => {
		if (hasText(run)) {
			const p = document.createElement(tags[tags.length - 1]);
			for (const n of run) p.appendChild(n);
			out.push(p);
		}
		run = [];
	};
	// Work items: a node to visit, or the end of a block element.
	const stack: (El | { leave: true })[] = [...root.childNodes].reverse();
	while (stack.length) {
		const n = stack.pop()!;
		if ('leave' in n && n.leave === true) {
			flush();
			tags.pop();
			continue;
		}
		if (isText(n)) {
			run.push(n);
			continue;
		}
		if (n.nodeType !== 1 || SKIP.has(n.tagName)) continue;
		const tag = n.tagName;
		if (BLOCKS.has(tag) || CONTAINERS.has(tag)) {
			flush();
			tags.push(/^H[1-6]$/.test(tag) ? tag : 'P');
			stack.push({ leave: true });
		} else if (!n.firstElementChild) {
			run.push(n);
			continue;
		} else if (tag === 'BR') {
			run.push(n);
			continue;
		}
		const kids = [...n.childNodes];
		for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
	}
	flush();
	root.replaceChildren(...out);
}

/** Flatten every subtree that starts below MAX_DEPTH; the depth found, or 0 when none was that deep. */
export function capDepth(document: El): number {
	let deepest = 0;
	const stack: [El, number][] = [[document.documentElement, 1]];
	const cut: El[] = [];
	while (stack.length) {
		const [el, d] = stack.pop()!;
		if (d > deepest) deepest = d;
		if (d === MAX_DEPTH) {
			if (el.firstElementChild) cut.push(el);
			// Keep measuring how deep it went, for the warning, without visiting twice.
			const inner: [El, number][] = [[el, d]];
			while (inner.length) {
				const [e, k] = inner.pop()!;
				if (k > deepest) deepest = k;
				for (let c = e.firstElementChild; c; c = c.nextElementSibling) inner.push([c, k + 1]);
			}
			continue;
		}
		for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
	}
	for (const el of cut) flattenSubtree(document, el);
	return cut.length ? deepest : 0;
}

/**
 * A parsed page, or null when the parser cannot make one. Doctype declarations go first: linkedom
 * splices every `<!doctype>` in at the document's start, and one inside the body (as in
 * `<![CDATA[--><!doctype p`) corrupts its node list, which then crashes or loops in Readability.
 */
/** Does the markup start with its <html> element (after spaces, comments and an <?xml …?> line)? An "<html>" further in is text or junk inside a fragment. */
function isWholeDocument(html: string): boolean {
	let i = 0;
	for (;;) {
		while (i < html.length && /\s/.test(html[i])) i++;
		const open = html.startsWith('<!--', i) ? '-->' : html.startsWith('<?', i) ? '?>' : null;
		if (!open) break;
		const end = html.indexOf(open, i + 2);
		if (end < 0) return false;
		i = end + open.length;
	}
	return /^<html[\s>]/i.test(html.slice(i, i + 6));
}

export function parsePage(html: string): El | null {
	const clean = html.replace(/<!doctype\b[^<>]*>?/gi, '');
	const wrapped = isWholeDocument(clean) ? clean : `<html><head></head><body>${clean}</body></html>`;
	try {
		const { document } = linkedom().parseHTML(wrapped);
		if (!document.documentElement || !document.body) return null;
		// The parser splits text at every "<" or entity that is not markup; thousands of adjacent text
		// nodes then cost Readability ten times more. Merged, the page reads the same.
		document.documentElement.normalize();
		return document;
	} catch {
		return null;
	}
}

/** Markup the parser could not read: its text, tags dropped, each block on its own line. */
export function textOfMarkup(html: string): Line[] {
	const text = html
		.replace(/<\/?(?:p|div|h[1-6]|li|br|tr|blockquote|section|article|header|footer)\b[^<>]*>/gi, '\n')
		.replace(/<[^<>]*>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
	const lines: Line[] = [];
	let block = 0;
	for (const raw of clean(text).split('\n')) {
		const t = raw.trim();
		if (t) lines.push({ text: t, indent: 0, block: block++ });
	}
	return lines;
}
