// Every refusal path for article input, through the store's public functions (paste and upload
// share the checks), plus the one-bad-file-in-a-batch behaviour.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/server/errors.js';
import { checkDate, checkLabel, checkSpeakerOverrides, guessFormat } from '../../src/lib/server/validate.js';
import { ARTICLE_A, ARTICLE_B, enc, store } from './helpers.js';

const FIVE_MB = 5 * 1024 * 1024;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const PDF = enc('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]);
const GIF = enc('GIF89a\x01\x00\x01\x00');
const INVALID_UTF8 = new Uint8Array([...enc('Caf'), 0xc3, 0x28, ...enc(' au lait, a perfectly normal sentence.')]); // 0xC3 0x28: bad continuation
const LATIN1 = new Uint8Array([...enc('Na'), 0xef, ...enc('ve reporting.')]); // "Naïve" saved as Latin-1
const NUL = new Uint8Array([...enc('Some text'), 0, ...enc('more text')]);

describe('pasted articles', () => {
	const cases: { name: string; input: { outlet?: unknown; title?: unknown; date?: unknown; url?: unknown; kind?: unknown; content: string }; error: RegExp }[] = [
		{ name: 'empty text', input: { outlet: 'O', content: '' }, error: /^article text: is empty/ },
		{ name: 'whitespace only', input: { outlet: 'O', content: ' \n\t\n ' }, error: /^article text: is empty/ },
		{ name: 'over 5 MB', input: { outlet: 'O', content: 'a'.repeat(FIVE_MB + 1) }, error: /^article text: is 5,242,881 bytes, over the 5,242,880 bytes limit/ },
		{ name: 'NUL character', input: { outlet: 'O', content: 'text\u0000more' }, error: /^article text: .*NUL/ },
		{ name: 'HTML in outlet', input: { outlet: '<b>BBC</b>', content: ARTICLE_A }, error: /^article outlet: must not contain HTML tags/ },
		{ name: 'script in outlet', input: { outlet: 'BBC<script>alert(1)</script>', content: ARTICLE_A }, error: /^article outlet: must not contain HTML/ },
		{ name: 'HTML in headline', input: { outlet: 'O', title: 'Big <img src=x onerror=alert(1)> news', content: ARTICLE_A }, error: /^article headline: must not contain HTML/ },
		{ name: 'missing outlet', input: { outlet: '  ', content: ARTICLE_A }, error: /^article outlet: is required/ },
		{ name: 'outlet too long', input: { outlet: 'x'.repeat(201), content: ARTICLE_A }, error: /^article outlet: is too long/ },
		{ name: 'control character in headline', input: { outlet: 'O', title: 'a\u0007b', content: ARTICLE_A }, error: /^article headline: contains control/ },
		{ name: 'bad date', input: { outlet: 'O', date: '16/11/2016', content: ARTICLE_A }, error: /^article date: must be a date/ },
		{ name: 'impossible date', input: { outlet: 'O', date: '2016-02-30', content: ARTICLE_A }, error: /^article date: .*not a real date/ },
		{ name: 'javascript: source url', input: { outlet: 'O', url: 'javascript:alert(1)', content: ARTICLE_A }, error: /^article url: must start with http/ },
		{ name: 'unknown kind', input: { outlet: 'O', kind: 'rumour', content: ARTICLE_A }, error: /^article kind: must be one of/ }
	];
	it.each(cases)('refuses $name', ({ input, error }) => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		let thrown: unknown;
		try {
			s.addArticle(c.id, input as never);
		} catch (e) {
			thrown = e;
		}
		expect(thrown).toBeInstanceOf(InputError);
		expect((thrown as Error).message).toMatch(error);
		expect(s.listArticles(c.id)).toHaveLength(0);
	});

	it('accepts exactly 5 MB', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const a = s.addArticle(c.id, { outlet: 'O', content: 'a '.repeat(FIVE_MB / 2) });
		expect(a.bytes).toBe(FIVE_MB);
	});

	it('honours SLANT_MAX_BYTES', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		process.env.SLANT_MAX_BYTES = '100';
		try {
			expect(() => s.addArticle(c.id, { outlet: 'O', content: 'x'.repeat(101) })).toThrow(/over the 100 bytes limit/);
			expect(s.addArticle(c.id, { outlet: 'O', content: 'x'.repeat(100) }).bytes).toBe(100);
		} finally {
			delete process.env.SLANT_MAX_BYTES;
		}
	});

	it('rejects the same text twice in one collection, naming the earlier copy, but allows it in another', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		s.addArticle(c.id, { outlet: 'BBC', title: 'First', content: ARTICLE_A });
		expect(() => s.addArticle(c.id, { outlet: 'CNN', title: 'Second', content: ARTICLE_A })).toThrow(
			/already in this collection \(same text as BBC: "First"\)/
		);
		const d = s.createCollection({ name: 'D' });
		expect(s.addArticle(d.id, { outlet: 'CNN', content: ARTICLE_A }).outlet).toBe('CNN');
		expect(s.listArticles(c.id)).toHaveLength(1);
	});

	it('stores trimmed labels and guesses HTML for pasted markup', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const html = '<!doctype html><html><body><article><p>One.</p><p>Two.</p></article></body></html>';
		const a = s.addArticle(c.id, { outlet: '  The   Guardian ', content: html });
		expect(a).toMatchObject({ outlet: 'The Guardian', format: 'html', origin: 'paste', kind: 'news' });
		expect(s.getArticle(a.id).content).toBe(html);
	});
});

describe('batch upload', () => {
	const bad: { name: string; data: Uint8Array | string; error: RegExp }[] = [
		{ name: 'photo.png', data: PNG, error: /only \.txt, \.md, \.html and \.htm/ },
		{ name: 'photo.txt', data: PNG, error: /PNG image/ },
		{ name: 'scan.html', data: JPEG, error: /JPEG image/ },
		{ name: 'report.txt', data: PDF, error: /PDF/ },
		{ name: 'doc.md', data: ZIP, error: /ZIP archive/ },
		{ name: 'anim.htm', data: GIF, error: /GIF image/ },
		{ name: 'bad.txt', data: INVALID_UTF8, error: /not valid UTF-8/ },
		{ name: 'latin1.txt', data: LATIN1, error: /not valid UTF-8/ },
		{ name: 'nul.txt', data: NUL, error: /NUL/ },
		{ name: 'empty.txt', data: new Uint8Array(0), error: /is empty/ },
		{ name: 'blank.md', data: enc('\n\n   \n'), error: /is empty/ },
		{ name: 'huge.txt', data: new Uint8Array(FIVE_MB + 1).fill(0x61), error: /is 5,242,881 bytes, over the 5,242,880 bytes limit/ },
		{ name: 'notes.docx', data: enc('text'), error: /only \.txt, \.md, \.html and \.htm/ },
		{ name: 'README', data: enc('text'), error: /only \.txt/ }
	];
	it.each(bad)('reports $name and still saves the good files around it', ({ name, data, error }) => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const results = s.addArticles(c.id, [
			{ name: 'good-a.txt', data: enc(ARTICLE_A) },
			{ name, data },
			{ name: 'good-b.md', data: enc(`# Heading\n\n${ARTICLE_B}`) }
		]);
		expect(results.map((r) => r.ok)).toEqual([true, false, true]);
		expect(results[1].name).toBe(name);
		expect(results[1].error).toMatch(error);
		expect(results[1].error!.startsWith(name)).toBe(true);
		expect(s.listArticles(c.id).map((a) => a.outlet)).toEqual(['good-a', 'good-b']);
	});

	it('uses the extension for the format, the file name for the outlet, and catches duplicates within a batch', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const results = s.addArticles(c.id, [
			{ name: 'bbc.html', data: enc('<html><body><p>Hello there, world.</p></body></html>') },
			{ name: 'guardian.md', data: '**Bold** claim by [a source](https://example.org).', outlet: 'The Guardian' },
			{ name: 'copy.txt', data: enc(ARTICLE_A) },
			{ name: 'copy-again.txt', data: enc('\uFEFF' + ARTICLE_A) }
		]);
		expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
		expect(results[3].error).toMatch(/already in this collection/);
		const list = s.listArticles(c.id);
		expect(list.map((a) => [a.outlet, a.format, a.origin])).toEqual([
			['bbc', 'html', 'upload'],
			['The Guardian', 'markdown', 'upload'],
			['copy', 'text', 'upload']
		]);
	});

	it('reports every file when the collection does not exist', () => {
		const s = store();
		expect(() => s.addArticles('nope', [{ name: 'a.txt', data: 'x' }])).toThrow(/Collection "nope" not found/);
	});
});

describe('field checks', () => {
	it.each([
		['2016', '2016'],
		['2016-11', '2016-11'],
		['2016-11-16', '2016-11-16'],
		['', null],
		[null, null]
	])('date %s -> %s', (input, out) => expect(checkDate('date', input)).toBe(out));

	it('collection names refuse HTML too', () => {
		const s = store();
		expect(() => s.createCollection({ name: '<i>x</i>' })).toThrow(/collection name: must not contain HTML/);
		expect(() => s.createCollection({ name: '' })).toThrow(/collection name: is required/);
	});

	it('plain text with angle brackets that are not tags is fine', () => {
		expect(checkLabel('outlet', 'A < B > C', { required: true, max: 100 })).toBe('A < B > C');
	});

	it('speaker merges that loop are refused; unknown groups are refused', () => {
		expect(() => checkSpeakerOverrides({ merges: { A: 'B', B: 'A' } })).toThrow(/loops back/);
		expect(() => checkSpeakerOverrides({ groups: { A: 'aliens' } })).toThrow(/must be one of/);
		expect(checkSpeakerOverrides({ merges: { A: 'B', B: 'C' }, groups: { C: 'government' } })).toEqual({
			merges: { A: 'B', B: 'C' },
			groups: { C: 'government' }
		});
	});

	it('guesses HTML only for real markup', () => {
		expect(guessFormat('I think 3 < 4 and <this> is fine')).toBe('text');
		expect(guessFormat('<div><p>a</p><p>b</p></div>')).toBe('html');
	});
});
