// URL fetching against a local server on 127.0.0.1 only. Refusals that name other addresses are
// decided before any connection is made (the resolver is injected), so no traffic leaves loopback.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InputError, TooManyError } from '../../src/lib/server/errors.js';
import { activeFetches, allowedPorts, fetchPage, isPublicAddress, type FetchOptions, type ResolvedAddress } from '../../src/lib/server/fetch-url.js';
import { SEED_COLLECTION_ID } from '../../src/lib/server/store.js';
import { store } from './helpers.js';

const PAGE = '<!doctype html><html><head><title>Test page</title></head><body><article><h1>Headline</h1><p>Body text of the article. The council met on Tuesday and voted to keep the branch libraries open, after a long debate about the budget.</p></article></body></html>';
/** A page with menus and a footer and no article in it. */
const NAV_ONLY = '<!doctype html><html><head><title>News</title></head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav><footer><p>© Example News 2026</p><a href="/privacy">Privacy</a></footer></body></html>';

let server: http.Server;
let base: string;
let hits: string[] = [];

beforeAll(async () => {
	server = http.createServer((req, res) => {
		hits.push(req.url ?? '');
		const go = (status: number, location: string) => {
			res.writeHead(status, { location });
			res.end();
		};
		switch (req.url) {
			case '/article':
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				return res.end(PAGE);
			case '/named':
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				res.end(PAGE.replace('<head>', '<head><meta property="og:site_name" content="The Herald">').replace('Body text', 'Other body text'));
				return;
			case '/nav-only':
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				return res.end(NAV_ONLY);
			case '/plain':
				res.writeHead(200, { 'content-type': 'text/plain' });
				return res.end('Just some plain text.');
			case '/latin1':
				res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
				return res.end(Buffer.from('<p>Na\xefve caf\xe9 reporting.</p>', 'latin1'));
			case '/gzip':
				res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
				return res.end(zlib.gzipSync(PAGE));
			case '/image':
				res.writeHead(200, { 'content-type': 'image/png' });
				return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
			case '/json':
				res.writeHead(200, { 'content-type': 'application/json' });
				return res.end('{}');
			case '/png-as-html':
				res.writeHead(200, { 'content-type': 'text/html' });
				return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
			case '/big': {
				// Chunked, no Content-Length: the cap must stop the stream, not a header check.
				res.writeHead(200, { 'content-type': 'text/html' });
				const chunk = Buffer.alloc(64 * 1024, 0x61);
				let sent = 0;
				const pump = () => {
					while (sent < 100 && res.write(chunk)) sent++;
					if (sent < 100) res.once('drain', pump);
					else res.end();
				};
				res.on('error', () => {});
				return pump();
			}
			case '/slow':
				return; // never answers
			case '/missing':
				res.writeHead(404);
				return res.end('nope');
			case '/to-article':
				return go(302, '/article');
			case '/chain':
				return go(301, '/to-article');
			case '/loop':
				return go(302, '/loop');
			case '/to-private':
				return go(302, 'http://10.0.0.5/admin');
			case '/to-metadata':
				return go(307, 'http://169.254.169.254/latest/meta-data/');
			case '/to-ipv6-loopback':
				return go(302, 'http://[::1]/');
			case '/to-file':
				return go(302, 'file:///etc/passwd');
			case '/to-port':
				return go(302, 'http://127.0.0.1:8080/article');
			case '/to-internal-name':
				return go(302, `http://intranet.example.test:${(server.address() as AddressInfo).port}/article`);
			default:
				res.writeHead(500);
				res.end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
	hits = [];
});

// Any name other than our own test names resolving would be a bug: fail loudly instead of using DNS.
const names: Record<string, string[]> = {
	'intranet.example.test': ['10.1.2.3'],
	'mixed.example.test': ['93.184.216.34', '192.168.1.10'],
	'local.example.test': ['127.0.0.1']
};
const lookup = async (host: string): Promise<ResolvedAddress[]> => {
	const a = names[host];
	if (!a) throw new Error(`test resolver: unexpected host ${host}`);
	return a.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};
// The test server listens on a random port: only these tests may fetch from it, on any port.
const LOCAL: FetchOptions = { allowAddresses: ['127.0.0.1'], allowPorts: 'any', lookup, timeoutMs: 2000 };

async function refusal(url: string, options: FetchOptions = LOCAL): Promise<string> {
	try {
		await fetchPage(url, options);
	} catch (e) {
		expect(e).toBeInstanceOf(InputError);
		return (e as Error).message;
	}
	throw new Error(`expected ${url} to be refused`);
}

describe('refused before connecting', () => {
	it.each([
		['file:///etc/passwd', /only http:\/\/ and https:\/\/.*file:/],
		['ftp://example.com/x', /only http:\/\/ and https:\/\/.*ftp:/],
		['javascript:alert(1)', /only http/],
		['not a url', /not a valid web address/],
		['http://user:pw@example.com/', /user name or password/],
		['http://127.0.0.1/', /private or local network address \(127\.0\.0\.1\)/],
		['http://127.1.2.3:8080/', /private or local/],
		['http://2130706433/', /private or local.*127\.0\.0\.1/], // decimal form of 127.0.0.1
		['http://0x7f.0.0.1/', /private or local/],
		['http://localhost.localdomain.invalid/', /could not be found/],
		['http://0.0.0.0/', /private or local/],
		['http://10.0.0.5/', /private or local.*10\.0\.0\.5/],
		['http://172.16.4.2/', /private or local/],
		['http://172.31.255.255/', /private or local/],
		['http://192.168.1.1/', /private or local/],
		['http://100.64.0.1/', /private or local/],
		['http://169.254.169.254/latest/meta-data/', /private or local.*169\.254\.169\.254/],
		['http://[::1]/', /private or local.*::1/],
		['http://[::]/', /private or local/],
		['http://[::ffff:127.0.0.1]/', /private or local/],
		['http://[::ffff:10.0.0.1]/', /private or local/],
		['http://[fe80::1]/', /private or local/],
		['http://[fc00::1]/', /private or local/],
		['http://[fd12:3456::1]/', /private or local/],
		['http://intranet.example.test/', /"intranet\.example\.test" points to a private or local network address \(10\.1\.2\.3\)/],
		['http://mixed.example.test/', /private or local.*192\.168\.1\.10/]
	])('%s', async (url, error) => {
		expect(await refusal(url, { lookup })).toMatch(error);
	});

	it('production default refuses our own loopback server, and it never sees a request', async () => {
		expect(await refusal(`${base}/article`, {})).toMatch(/private or local network address \(127\.0\.0\.1\)/);
		expect(await refusal(`http://local.example.test:${new URL(base).port}/article`, { lookup })).toMatch(/private or local/);
		expect(hits).toEqual([]);
	});
});

describe('against a local server', () => {
	it('fetches an HTML page', async () => {
		const page = await fetchPage(`${base}/article`, LOCAL);
		expect(page).toMatchObject({ url: `${base}/article`, format: 'html', content: PAGE });
		expect(page.contentType).toMatch(/text\/html/);
	});

	it('reads text/plain as text, decodes a declared Latin-1 charset and gzip', async () => {
		expect(await fetchPage(`${base}/plain`, LOCAL)).toMatchObject({ format: 'text', content: 'Just some plain text.' });
		expect((await fetchPage(`${base}/latin1`, LOCAL)).content).toBe('<p>Naïve café reporting.</p>');
		expect((await fetchPage(`${base}/gzip`, LOCAL)).content).toBe(PAGE);
	});

	it('follows same-site redirects by hand and reports the final URL', async () => {
		const page = await fetchPage(`${base}/chain`, LOCAL);
		expect(page.url).toBe(`${base}/article`);
		expect(hits).toEqual(['/chain', '/to-article', '/article']);
	});

	it.each([
		['/to-private', /private or local.*10\.0\.0\.5/],
		['/to-metadata', /private or local.*169\.254\.169\.254/],
		['/to-ipv6-loopback', /private or local.*::1/],
		['/to-internal-name', /intranet\.example\.test.*10\.1\.2\.3/],
		['/to-file', /only http:\/\/ and https:\/\/.*file:/],
		['/loop', /too many redirects \(more than 5\)/],
		['/image', /"image\/png", not a web page/],
		['/json', /"application\/json", not a web page/],
		['/png-as-html', /PNG image/],
		['/missing', /server answered 404/]
	])('refuses %s', async (p, error) => {
		expect(await refusal(`${base}${p}`)).toMatch(error);
	});

	it('re-checks every hop: the redirect target is never contacted', async () => {
		await refusal(`${base}/to-private`);
		expect(hits).toEqual(['/to-private']);
		hits = [];
		await refusal(`${base}/loop`);
		expect(hits).toHaveLength(6); // the first request plus 5 redirects, then it stops
	});

	it('gives up after the time limit', async () => {
		const t0 = Date.now();
		expect(await refusal(`${base}/slow`, { ...LOCAL, timeoutMs: 300 })).toMatch(/took longer than 300 ms to load/);
		expect(Date.now() - t0).toBeLessThan(2000);
	});

	it('stops reading past the size cap', async () => {
		expect(await refusal(`${base}/big`, { ...LOCAL, maxBytes: 256 * 1024 })).toMatch(/larger than the .* limit/);
	});

	it('names a fetched page’s outlet as the page names its site, else by its host', async () => {
		const s = store({ fetch: LOCAL });
		const c = s.createCollection({ name: 'C' });
		expect((await s.addArticleFromUrl(c.id, `${base}/named`)).outlet).toBe('The Herald');
		expect((await s.addArticleFromUrl(c.id, `${base}/article`)).outlet).toBe('127.0.0.1');
	});

	it('stores a fetched page as an article with its final URL and host as outlet', async () => {
		const s = store({ fetch: LOCAL });
		const c = s.createCollection({ name: 'C' });
		const a = await s.addArticleFromUrl(c.id, `${base}/to-article`, { kind: 'news' });
		expect(a).toMatchObject({ origin: 'url', format: 'html', url: `${base}/article`, outlet: '127.0.0.1', title: '' });
		expect(s.getArticle(a.id).content).toBe(PAGE);
		await expect(s.addArticleFromUrl(c.id, `${base}/article`)).rejects.toThrow(/already in this collection/);
		await expect(s.addArticleFromUrl(c.id, `${base}/article`, { outlet: '<b>x</b>' })).rejects.toThrow(/outlet: must not contain HTML/);
		// A page with no article in it is refused, named by its address, and nothing is saved.
		await expect(s.addArticleFromUrl(c.id, `${base}/nav-only`)).rejects.toThrow(/^url: holds no article/);
		expect(s.listArticles(c.id)).toHaveLength(1);
		expect(SEED_COLLECTION_ID).toBe('seeds');
	});
});

describe('isPublicAddress', () => {
	it.each([
		['8.8.8.8', true],
		['93.184.216.34', true],
		['172.32.0.1', true],
		['100.128.0.1', true],
		['2606:4700:4700::1111', true],
		['2a00:1450:4001:80b::200e', true],
		['127.0.0.1', false],
		['0.0.0.0', false],
		['10.255.255.255', false],
		['172.16.0.1', false],
		['192.168.0.1', false],
		['100.64.0.1', false],
		['100.127.255.254', false],
		['169.254.169.254', false],
		['224.0.0.1', false],
		['255.255.255.255', false],
		['::1', false],
		['::', false],
		['::ffff:8.8.8.8', false],
		['::ffff:7f00:1', false],
		['fe80::1', false],
		['febf::1', false],
		['fc00::1', false],
		['fdff:ffff::1', false],
		['ff02::1', false],
		['64:ff9b::a00:1', false],
		['2001:db8::1', false],
		['fe80::1%eth0', false],
		['not-an-ip', false]
	])('%s -> %s', (ip, expected) => expect(isPublicAddress(ip)).toBe(expected));
});

describe('hardening', () => {
	it.each([
		// SIIT (RFC 6145) embeds an IPv4 address: ::ffff:0:127.0.0.1 is loopback in disguise.
		['::ffff:0:127.0.0.1', false],
		['::ffff:0:8.8.8.8', false],
		['::ffff:0:7f00:1', false],
		// The deprecated 6to4 relay anycast block.
		['192.88.99.1', false],
		['192.88.99.255', false],
		['192.0.0.9', false],
		['198.51.100.7', false],
		['203.0.113.9', false],
		['240.0.0.1', false],
		['192.31.196.1', false],
		['192.52.193.1', false],
		['192.175.48.1', false],
		['2002:7f00:1::1', false],
		['2001::1', false],
		['2001:2::1', false],
		['2001:20::1', false],
		['100::1', false],
		['4000::1', false],
		['64:ff9b:1::1', false],
		['192.88.98.255', true],
		['192.88.100.1', true]
	])('isPublicAddress(%s) -> %s', (ip, expected) => expect(isPublicAddress(ip)).toBe(expected));

	it('refuses SIIT and 6to4-relay addresses in a URL and in a DNS answer', async () => {
		expect(await refusal('http://[::ffff:0:127.0.0.1]/', { lookup })).toMatch(/private or local/);
		names['relay.example.test'] = ['192.88.99.1'];
		expect(await refusal('http://relay.example.test/', { lookup })).toMatch(/private or local.*192\.88\.99\.1/);
	});

	it('counts the DNS lookup inside the time limit', async () => {
		const t0 = Date.now();
		const never = () => new Promise<ResolvedAddress[]>(() => {});
		expect(await refusal('http://slow-dns.example.test/', { lookup: never, timeoutMs: 300 })).toMatch(/took longer than 300 ms/);
		expect(Date.now() - t0).toBeLessThan(2000);
	});

	it('does not echo the network error: a closed port and a reset look alike', async () => {
		// A port nobody listens on (bound then closed) on loopback.
		const probe = http.createServer();
		await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
		const closed = (probe.address() as AddressInfo).port;
		await new Promise((r) => probe.close(r));
		const msg = await refusal(`http://127.0.0.1:${closed}/`, LOCAL);
		expect(msg).toBe('url: could not be fetched: the site did not answer or broke off the connection');
		expect(msg).not.toMatch(/ECONN|errno|refused|\bE[A-Z]{4,}\b/);
	});

	it('allows only ports 80 and 443 unless configured', async () => {
		expect(allowedPorts()).toEqual([80, 443]);
		names['public.example.test'] = ['93.184.216.34'];
		// Refused before any connection: the address is public, the port is not allowed.
		expect(await refusal('http://public.example.test:8080/', { lookup })).toMatch(/uses port 8080; only web pages on the usual ports \(80, 443\)/);
		expect(await refusal('https://public.example.test:22/', { lookup })).toMatch(/uses port 22/);
		const saved = process.env.SLANT_FETCH_PORTS;
		process.env.SLANT_FETCH_PORTS = '80, 443, 8080';
		try {
			expect(allowedPorts()).toEqual([80, 443, 8080]);
			expect(await refusal('http://public.example.test:8081/', { lookup })).toMatch(/uses port 8081.*\(80, 443, 8080\)/);
		} finally {
			if (saved === undefined) delete process.env.SLANT_FETCH_PORTS;
			else process.env.SLANT_FETCH_PORTS = saved;
		}
		// A redirect to another port is checked on that hop too.
		expect(await refusal(`${base}/to-port`, { ...LOCAL, allowPorts: [Number(new URL(base).port)] })).toMatch(/uses port 8080/);
	});

	it('caps the fetches running at once, server-wide', async () => {
		const slow = [fetchPage(`${base}/slow`, { ...LOCAL, timeoutMs: 600, maxConcurrent: 2 }), fetchPage(`${base}/slow`, { ...LOCAL, timeoutMs: 600, maxConcurrent: 2 })];
		for (const p of slow) p.catch(() => {});
		await new Promise((r) => setTimeout(r, 50));
		expect(activeFetches()).toBe(2);
		await expect(fetchPage(`${base}/article`, { ...LOCAL, maxConcurrent: 2 })).rejects.toThrow(TooManyError);
		await Promise.allSettled(slow);
		expect(activeFetches()).toBe(0);
		await expect(fetchPage(`${base}/article`, { ...LOCAL, maxConcurrent: 2 })).resolves.toMatchObject({ format: 'html' });
	});
});
