// Issue #9's security-review findings that live in the store and the form reader: articles stay in
// their collection, pasted text is measured as the person saw it, duplicates are found on normalised
// text (also in databases made before the fix), and a pasted field with broken UTF-8 is refused like
// the same bytes uploaded.
import { describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../src/lib/server/errors.js';
import { readForm } from '../../src/lib/server/form.js';
import { openDatabase } from '../../src/lib/server/db.js';
import { ARTICLE_A, ARTICLE_B, dbFile, enc, store } from './helpers.js';

const FIVE_MB = 5 * 1024 * 1024;

describe('article actions stay inside the collection in the URL', () => {
	it('updateArticle and deleteArticle refuse an article of another collection and change nothing', () => {
		const s = store();
		const a = s.createCollection({ name: 'A' });
		const b = s.createCollection({ name: 'B' });
		const art = s.addArticle(a.id, { outlet: 'Herald', title: 'Kept', content: ARTICLE_A });
		expect(() => s.updateArticle(art.id, { outlet: 'Changed' }, b.id)).toThrow(NotFoundError);
		expect(() => s.deleteArticle(art.id, b.id)).toThrow(NotFoundError);
		expect(s.getArticle(art.id)).toMatchObject({ outlet: 'Herald', title: 'Kept', collectionId: a.id });
		// Its own collection still works.
		expect(s.updateArticle(art.id, { outlet: 'Changed' }, a.id).outlet).toBe('Changed');
		s.deleteArticle(art.id, a.id);
		expect(s.listArticles(a.id)).toHaveLength(0);
	});
});

describe('pasted text is measured as the person saw it', () => {
	it('a paste just under the limit with its line breaks sent as CRLF is accepted and kept with LF', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const line = 'word word word word word word word word word\n'; // 45 bytes
		const asTyped = line.repeat(Math.floor(FIVE_MB / line.length));
		expect(asTyped.length).toBeLessThanOrEqual(FIVE_MB);
		const asSent = asTyped.replace(/\n/g, '\r\n');
		expect(Buffer.byteLength(asSent)).toBeGreaterThan(FIVE_MB);
		const a = s.addArticle(c.id, { outlet: 'O', content: asSent });
		expect(a.bytes).toBe(asTyped.length);
		expect(s.getArticle(a.id).content).toBe(asTyped);
	});

	it.each([
		[FIVE_MB + 1, FIVE_MB, 'is 5,242,881 bytes, over the 5,242,880 bytes limit'],
		[FIVE_MB + 40_000, FIVE_MB, 'is 5.04 MB, over the 5.00 MB limit'],
		[Math.round(5.4 * 1024 * 1024), FIVE_MB, 'is 5.4 MB, over the 5.0 MB limit'],
		[2048, 1000, 'is 2 KB, over the 1000 bytes limit'],
		[1030, 1024, 'is 1.01 KB, over the 1.00 KB limit']
	])('%i bytes against %i: "%s"', async (size, limit, text) => {
		const { sizeOverLimit } = await import('../../analysis/size.js');
		expect(sizeOverLimit(size, limit)).toBe(text);
	});

	it('the over-the-limit message shows two different numbers', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const m = (() => {
			try {
				s.addArticle(c.id, { outlet: 'O', content: 'a'.repeat(FIVE_MB + 7) });
			} catch (e) {
				return (e as Error).message;
			}
			return '';
		})();
		const [size, limit] = /is (.+), over the (.+) limit/.exec(m)!.slice(1);
		expect(size).not.toBe(limit);
	});
});

describe('duplicates are compared on normalised text', () => {
	const rows: [string, string, string, boolean][] = [
		['one extra trailing newline', ARTICLE_A, `${ARTICLE_A}\n`, true],
		['Windows line ends', ARTICLE_A, ARTICLE_A.replace(/\n/g, '\r\n'), true],
		['a byte-order mark and trailing spaces', ARTICLE_A, `\uFEFF${ARTICLE_A.replace(/\n/g, '  \n')}`, true],
		['decomposed accents (NFD)', 'Le café a fermé ses portes mardi.', 'Le café a fermé ses portes mardi.'.normalize('NFD'), true],
		['another article', ARTICLE_A, ARTICLE_B, false],
		['one word changed', ARTICLE_A, ARTICLE_A.replace('Tuesday', 'Monday'), false]
	];
	it.each(rows)('%s', (_name, first, second, duplicate) => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		s.addArticle(c.id, { outlet: 'First', title: 'One', content: first, origin: 'upload' });
		const add = () => s.addArticle(c.id, { outlet: 'Second', content: second, origin: 'upload' });
		if (duplicate) expect(add).toThrow(/already in this collection \(same text as First: "One"\)/);
		else expect(add().outlet).toBe('Second');
		// The same text in another collection is fine.
		const d = s.createCollection({ name: 'D' });
		expect(s.addArticle(d.id, { outlet: 'Second', content: second }).outlet).toBe('Second');
	});

	it('an upload batch catches a copy with other line ends', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const r = s.addArticles(c.id, [
			{ name: 'a.txt', data: enc(ARTICLE_A) },
			{ name: 'a-windows.txt', data: enc(ARTICLE_A.replace(/\n/g, '\r\n') + '\r\n') }
		]);
		expect(r.map((x) => x.ok)).toEqual([true, false]);
		expect(r[1].error).toMatch(/^a-windows\.txt: is already in this collection/);
	});

	it('articles saved before the fix get their duplicate key when the database is upgraded', () => {
		const file = dbFile();
		const old = openDatabase(file, { targetVersion: 3 });
		const t = new Date().toISOString();
		old.prepare("INSERT INTO collections (id, name, created_at, updated_at) VALUES ('c', 'C', ?, ?)").run(t, t);
		old
			.prepare(
				"INSERT INTO articles (id, collection_id, outlet, kind, origin, format, content, content_hash, bytes, created_at) VALUES ('x', 'c', 'Old', 'news', 'paste', 'text', ?, 'h', 1, ?)"
			)
			.run(ARTICLE_A, t);
		old.close();
		const s = store({ file });
		expect(() => s.addArticle('c', { outlet: 'New', content: `${ARTICLE_A}\n\n` })).toThrow(/already in this collection \(same text as Old\)/);
	});
});

describe('a form field that is not valid UTF-8 is refused like an uploaded file', () => {
	const BAD = '%C3%28'; // 0xC3 0x28: a lead byte without its continuation
	const form = (body: BodyInit, type: string) => new Request('http://localhost/x', { method: 'POST', body, headers: { 'content-type': type } });
	const boundary = 'XyZ123';
	const multipart = (parts: [string, Uint8Array, string?][]) => {
		const chunks: Uint8Array[] = [];
		for (const [name, bytes, filename] of parts) {
			chunks.push(enc(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n${filename ? 'Content-Type: text/plain\r\n' : ''}\r\n`));
			chunks.push(bytes, enc('\r\n'));
		}
		chunks.push(enc(`--${boundary}--\r\n`));
		return Buffer.concat(chunks);
	};
	const badBytes = new Uint8Array([...enc('Caf'), 0xc3, 0x28, ...enc(' au lait')]);

	it.each([
		['pasted text (urlencoded)', () => form(`outlet=Daily&content=Caf${BAD}+au+lait`, 'application/x-www-form-urlencoded'), /^article text: is not valid UTF-8 text$/],
		['an outlet (urlencoded)', () => form(`outlet=Da${BAD}ily&content=ok`, 'application/x-www-form-urlencoded'), /^outlet: is not valid UTF-8 text$/],
		['a field in a multipart form', () => form(multipart([['outlet', badBytes]]), `multipart/form-data; boundary=${boundary}`), /^outlet: is not valid UTF-8 text$/]
	])('%s', async (_name, request, message) => {
		await expect(readForm(request())).rejects.toThrow(InputError);
		await expect(readForm(request())).rejects.toThrow(message);
		// What request.formData() made of the same bytes: replacement characters, silently.
		expect(String((await request().formData()).get(message.source.includes('outlet') ? 'outlet' : 'content'))).toContain('\uFFFD');
	});

	it('the same bytes as an uploaded file get the same message from the upload checks', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		const [r] = s.addArticles(c.id, [{ name: 'cafe.txt', data: badBytes }]);
		expect(r.error).toBe('cafe.txt: is not valid UTF-8 text');
	});

	it('valid forms read as request.formData() would, including a literal U+FFFD and files with any bytes', async () => {
		const fd = await readForm(form(`outlet=Caf%C3%A9+Daily&content=${encodeURIComponent('A � stays, ünïcödé too.\r\nLine two')}&empty=`, 'application/x-www-form-urlencoded'));
		expect(fd.get('outlet')).toBe('Café Daily');
		expect(fd.get('content')).toBe('A � stays, ünïcödé too.\r\nLine two');
		expect(fd.get('empty')).toBe('');
		const mp = await readForm(form(multipart([['outlet', enc('Café')], ['files', badBytes, 'cafe.txt']]), `multipart/form-data; boundary=${boundary}`));
		expect(mp.get('outlet')).toBe('Café');
		const file = mp.get('files') as File;
		expect(file.name).toBe('cafe.txt');
		expect(new Uint8Array(await file.arrayBuffer())).toEqual(badBytes);
	});
});
