// Generated inputs for the fuzz test (tests/analysis/fuzz.test.ts) and the benchmark: a seeded
// generator, so a failure names an input that can be made again from its seed and number.

/** mulberry32: a small, fast, seeded PRNG; good enough to spread inputs, not for secrets. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type R = () => number;
const int = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const QUOTES = ['"', '“', '”', "'", '‘', '’', '«', '»', '‹', '›', '„', '‚', '「', '」', '`', '″'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', '/', '\\', '*', '#', '>', '_', '~', '|', '&', '@'];
const WORDS = ['the', 'minister', 'said', 'told', 'claimed', 'according', 'to', 'he', 'she', 'they', 'it', 'Jane', 'Doe', 'Council', 'Ministry', 'of', 'Health', 'disaster', 'slammed', 'crisis', 'war', 'court', 'Inc', 'Dr.', 'Mr.', 'U.S.', 'added', 'reported', 'warned', 'and', 'a', 'spokesperson', 'for', 'police', 'resident', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype'];
/** Names that are also properties of every plain object: a speaker or outlet so named must not break a tally. */
const OBJECT_KEYS = ['constructor', 'Constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'The Prototype', 'Jane __proto__'];
const WEIRD = ['\u0000', '\u0007', '\u200b', '\u200d', '\u202e', '\ufeff', '\ufffd', '\u00a0', '\u2028', '\t', '\r', '\r\n', '\n\n', '\u0301', '😀', '👍🏽', '𝕏', '\ud800', '\udc00', 'ﬁ', 'İ', 'ß', 'ǅ'];
const TAGS = ['div', 'p', 'article', 'section', 'span', 'a', 'b', 'i', 'blockquote', 'q', 'h1', 'h2', 'ul', 'li', 'table', 'tr', 'td', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'figure', 'figcaption', 'header', 'footer', 'nav', 'aside', 'form', 'textarea', 'select', 'option', 'pre', 'code', 'br', 'img', 'meta', 'title'];
const HTML_BITS = ['<![CDATA[', ']]>', '<!--', '-->', '<!doctype html>', '<!doctype p', '<?xml version="1.0"?>', '&amp;', '&lt;', '&#0;', '&#x1F600;', '&#xD800;', '&nbsp;', '&bogus;', '</', '<', '>', '="', "='", ' class="comment"', ' id="comments"', ' itemprop="articleBody"', ' hidden', ' style="display:none"'];

function word(r: R): string {
	const x = r();
	if (x < 0.6) return pick(r, WORDS);
	if (x < 0.8) return Array.from({ length: int(r, 1, 12) }, () => String.fromCharCode(int(r, 97, 122))).join('');
	if (x < 0.9) return String.fromCodePoint(int(r, 0x20, 0x2fff));
	return pick(r, WEIRD);
}

function sentence(r: R): string {
	const n = int(r, 0, 20);
	const out: string[] = [];
	for (let i = 0; i < n; i++) {
		const x = r();
		if (x < 0.12) out.push(pick(r, QUOTES) + word(r));
		else if (x < 0.2) out.push(word(r) + pick(r, QUOTES));
		else if (x < 0.28) out.push(pick(r, PUNCT));
		else out.push(word(r));
	}
	return out.join(pick(r, [' ', ' ', ' ', '', '  ', '\n']));
}

/** Plain or Markdown-ish text: paragraphs, headings, lists, quote-mark soup, comment blocks. */
function text(r: R): string {
	const parts: string[] = [];
	const n = int(r, 0, 12);
	for (let i = 0; i < n; i++) {
		const x = r();
		if (x < 0.5) parts.push(sentence(r));
		else if (x < 0.6) parts.push(`${'#'.repeat(int(r, 1, 7))}${' '.repeat(int(r, 0, 40))}${sentence(r)}`);
		else if (x < 0.67) parts.push(`${pick(r, ['-', '*', '1.', '>', '> >'])} ${sentence(r)}`);
		else if (x < 0.72) parts.push(`${int(r, 0, 40)} comments`);
		else if (x < 0.77) parts.push(`${pick(r, WORDS)} says:\n${sentence(r)}`);
		else if (x < 0.82) parts.push(pick(r, QUOTES).repeat(int(r, 1, 30)));
		else if (x < 0.86) parts.push(pick(r, PUNCT).repeat(int(r, 1, 300)));
		else if (x < 0.9) parts.push(String.fromCharCode(int(r, 97, 122)).repeat(int(r, 100, 800)));
		else if (x < 0.92) parts.push(`"${sentence(r)}," ${pick(r, WORDS)} ${pick(r, ['said', 'told', 'added'])}. "${sentence(r)}`);
		else if (x < 0.94) parts.push(`"${sentence(r)}," said ${pick(r, OBJECT_KEYS)}. ${pick(r, OBJECT_KEYS)} told reporters: "${sentence(r)}."`);
		else parts.push(`![${sentence(r)}](${word(r)})`);
	}
	return parts.join(pick(r, ['\n\n', '\n', '\r\n\r\n', ' ', '\n \n']));
}

/** HTML fragments and pages: random tags, nesting, bad markup, comment sections. */
function html(r: R): string {
	const depth = int(r, 0, r() < 0.05 ? 400 : 12);
	let out = r() < 0.5 ? '<html><head><title>' + sentence(r) + '</title></head><body>' : '';
	const open: string[] = [];
	for (let i = 0; i < depth; i++) {
		const t = pick(r, TAGS);
		open.push(t);
		out += `<${t}${r() < 0.3 ? pick(r, HTML_BITS) : ''}>`;
		if (r() < 0.6) out += sentence(r);
		if (r() < 0.1) out += pick(r, HTML_BITS);
		if (r() < 0.3 && open.length) out += `</${open.pop()}>`;
	}
	if (r() < 0.8) while (open.length) out += `</${open.pop()}>`;
	if (r() < 0.2) out += `<div id="comments"><ol class="commentlist"><li class="comment"><cite>${word(r)}</cite><p>${sentence(r)}</p></li></ol></div>`;
	if (r() < 0.5) out += '</body></html>';
	return out;
}

export interface FuzzInput {
	/** Stable name: the path, the seed and the number of the input. */
	name: string;
	kind: 'text' | 'markdown' | 'html' | 'raw';
	content: string;
}

export function* fuzzInputs(seed: number, count: number): Generator<FuzzInput> {
	const r = rng(seed);
	const kinds = ['text', 'markdown', 'html', 'raw'] as const;
	for (let i = 0; i < count; i++) {
		const kind = kinds[i % kinds.length];
		const content = kind === 'html' ? html(r) : text(r);
		yield { name: `${kind} #${i} (seed ${seed})`, kind, content };
	}
}
