// Inputs that once made the segment stage crash or take super-linear time (issue #11). These tests
// check what comes out, never how long it took: scripts/segment-scaling.ts measures the growth.
import { describe, expect, it } from 'vitest';
import { segment } from '../../analysis/segment/index.js';
import { MAX_DEPTH } from '../../analysis/segment/markup.js';
import { atxHeading, looksLikeMarkdown, normaliseText, stripInline } from '../../analysis/segment/text.js';
import { commentMeta } from '../../analysis/segment/patterns.js';
import { CRASHERS, PATHOLOGICAL } from '../fixtures/pathological.js';

const P = 'Ministers met on Monday to discuss the budget, officials said.';

describe('segment: pathological inputs', () => {
	it.each(CRASHERS.map((c) => [c.id, c] as const))('%s: no crash, and an empty result says why', (_id, input) => {
		const a = segment(input);
		expect(typeof a.text).toBe('string');
		if (!a.text) expect(a.warnings.map((w) => w.code)).toContain('no-body');
	});

	it.each(PATHOLOGICAL.map((p) => [p.name, p] as const))('%s: a large case still segments', (_name, p) => {
		const a = segment(p.make(20_000));
		expect(a.text).toBe(a.paragraphs.map((s) => a.text.slice(s.start, s.end)).join('\n\n'));
	});

	it('a heading followed by thousands of spaces keeps its words', () => {
		const a = segment(PATHOLOGICAL[0].make(6000));
		expect(a.title).toBe('a x');
		expect(a.text).toBe('Ministers met.');
	});

	it('2,000 nested <div>s: the paragraph is kept and the flattening is reported', () => {
		const a = segment(PATHOLOGICAL.find((p) => p.name === 'nested <div>s')!.make(22_000));
		expect(a.text).toBe(P);
		const w = a.warnings.find((x) => x.code === 'deep-markup');
		expect(w?.message).toMatch(new RegExp(`nests \\d+ levels deep; everything below level ${MAX_DEPTH}`));
	});

	it('deep nesting with text at every level: the flattened paragraphs all stay, in order', () => {
		const depth = MAX_DEPTH * 3;
		let html = '<html><body><article>';
		for (let i = 0; i < depth; i++) html += `<div><p>Paragraph number ${i} of the nested report, with enough words to count.</p>`;
		html += '</div>'.repeat(depth) + '</article></body></html>';
		const a = segment({ id: 'n', html });
		const nums = [...a.text.matchAll(/Paragraph number (\d+)/g)].map((m) => Number(m[1]));
		// Readability keeps the deepest run of paragraphs (each outer level holds only one); every
		// paragraph from the flattened part is there, in document order.
		expect(nums.length).toBeGreaterThan(depth - MAX_DEPTH);
		expect(nums).toEqual(Array.from({ length: nums.length }, (_, i) => depth - nums.length + i));
		expect(a.warnings.map((w) => w.code)).toContain('deep-markup');
	});

	it('ordinary pages carry no warnings', () => {
		const a = segment({ id: 'o', html: `<html><body><article><h1>T</h1><p>${P} ${P}</p><p>${P}</p></article></body></html>` });
		expect(a.warnings).toEqual([]);
	});
});

describe('segment: linear rewrites behave like the patterns they replace', () => {
	it.each([
		['# Title', 'Title'],
		['###   Spaced title   ', 'Spaced title'],
		['## Closing hashes ##', 'Closing hashes'],
		['## C#', 'C#'],
		['# #hashtag', '#hashtag'],
		['#', null],
		['#NoSpace', null],
		['####### seven', null],
		['   ## indented', 'indented'],
		['# ##', '']
	] as const)('heading %j → %j', (line, want) => {
		expect(atxHeading(line)).toBe(want);
	});

	it.each([
		['a  \nb\t\n', 'a\nb\n'],
		['keep inner  spaces \t \nx', 'keep inner  spaces\nx'],
		[`${' '.repeat(50)}x`, `${' '.repeat(50)}x`]
	])('trailing blanks of %j go', (input, want) => {
		expect(normaliseText(input)).toBe(want);
	});

	it.each([
		['[text](http://x.org/a)', 'text'],
		['see [the report][1] now', 'see the report now'],
		['![alt](pic.jpg) after', ' after'],
		['**bold** and __also__', 'bold and also'],
		['*em* and _em_', 'em and em'],
		['~~gone~~ word', 'gone word'],
		['<https://x.org/path>', 'https://x.org/path'],
		['[a [b](x)', '[a b'],
		['**a **a **a', '**a **a **a']
	])('stripInline(%j) → %j', (input, want) => {
		expect(stripInline(input)).toBe(want);
	});

	it.each([
		['# Heading\n\ntext', true],
		['a [link](http://x.org) here', true],
		['**bold words** here', true],
		['plain text with * stars * apart', false],
		['[a'.repeat(2000), false],
		['**a '.repeat(2000), false]
	])('looksLikeMarkdown(%#)', (input, want) => {
		expect(looksLikeMarkdown(input)).toBe(want);
	});

	it('a comment date line after a long number still reads; a long digit run is no date', () => {
		expect(commentMeta('Pat | 3 days ago')).toEqual({ author: 'Pat', date: '3 days ago', timed: false });
		expect(commentMeta('1'.repeat(5000))).toBeNull();
	});
});

// A small seeded fuzz of the segment stage alone (the whole pipeline's fuzz lives with the benchmark):
// random mixes of markup, Markdown, dates, comment-like lines, quotes and long runs must segment
// without throwing, into a well-formed article.
describe('segment: seeded fuzz', () => {
	const PIECES = [
		'<div>', '</div>', '<p>', '</p>', '<article>', '<h1>', '</h1>', '<li class="comment">', '<ol class="children">', '<![CDATA[', '-->', '<!--',
		'<!doctype p', '<script>', '</script>', '<a href="/x">', '</a>', '<blockquote class="twitter-tweet">', '<figcaption>', '&amp;', '&#x27;', '<', '>',
		'# ', '## ', '**', '__', '[', '](', ')', '![', '* ', '- ', '1. ', '> ', '\n', '\n\n', '\r\n', '\t', '   ', '“', '”', '‘', '’', '"', "'", '«', '»',
		'May 3, 2024 at 9:14 am', 'Pingback: ', 'says:', 'Reply', '3 Comments', 'By Jane Doe', 'Advertisement', 'Image 1 of 5', '(Reuters)', '©',
		'Updated', 'Posted', '[Read: ', ']', '@Jane ', 'In reply to Jane', 'Jane Doe is a reporter.', 'The council met on Monday and voted.', 'x'
	];
	let seed = 12345;
	const rnd = () => {
		seed = (seed * 1103515245 + 12345) >>> 0;
		return seed / 2 ** 32;
	};
	const inputs: string[] = [];
	for (let i = 0; i < 400; i++) {
		let s = '';
		const n = 1 + Math.floor(rnd() * 60);
		for (let k = 0; k < n; k++) {
			const p = PIECES[Math.floor(rnd() * PIECES.length)];
			s += rnd() < 0.05 ? p.repeat(1 + Math.floor(rnd() * 200)) : p;
		}
		inputs.push(s);
	}
	it('400 generated inputs, as text and as HTML, segment into well-formed articles', () => {
		for (const s of inputs) {
			for (const input of [{ id: 'f', text: s }, { id: 'f', html: s }]) {
				const a = segment(input);
				expect(a.text).toBe(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n\n'));
				const ids = a.comments.map((c) => c.id);
				expect(new Set(ids).size).toBe(ids.length);
				a.comments.forEach((c, i) => c.parent && expect(ids.slice(0, i)).toContain(c.parent));
				expect(Array.isArray(a.warnings)).toBe(true);
			}
		}
	});
});
