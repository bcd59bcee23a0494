// Fetching an article page by URL on the user's behalf, without letting the server be used to
// reach its own network (SSRF): only http(s); every address a host resolves to must be public;
// the connection is pinned to the address that was checked (no second DNS answer can swap in a
// private one); redirects are followed by hand, re-checking each hop; time and size are capped.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from './errors.js';
import { checkContent, maxBytes } from './validate.js';

export interface ResolvedAddress {
	address: string;
	family: 4 | 6;
}

export interface FetchOptions {
	/** Whole fetch, all redirects included (ms). Default 10 s. */
	timeoutMs?: number;
	/** Largest body accepted after decompression (bytes). Default maxBytes() (5 MB). */
	maxBytes?: number;
	/** Default 5. */
	maxRedirects?: number;
	/** Name resolution; default dns.lookup(all). Tests map invented names to addresses with it. */
	lookup?: (hostname: string) => Promise<ResolvedAddress[]>;
	/**
	 * Addresses accepted although not public. Only for tests against a local server; production
	 * callers never pass it, so loopback and private ranges are always refused there.
	 */
	allowAddresses?: readonly string[];
	signal?: AbortSignal;
}

export interface FetchedPage {
	/** The URL after redirects (stored as the article's source). */
	url: string;
	contentType: string;
	format: 'html' | 'text';
	content: string;
}

const INPUT = 'url';

// ---------------------------------------------------------------- address classification

function parseIPv4(s: string): number[] | null {
	const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
	if (!m) return null;
	const b = m.slice(1).map(Number);
	return b.every((x) => x <= 255) ? b : null;
}

/** Eight 16-bit groups, or null. Handles "::", an embedded dotted IPv4 tail and a zone id. */
function parseIPv6(s: string): number[] | null {
	s = s.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
	if (!net.isIPv6(s)) return null;
	// Rewrite a dotted IPv4 tail (::ffff:127.0.0.1) as two hex groups so one parser handles both.
	s = s.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_m, a, b, c, d) =>
		`${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`
	);
	const halves = s.split('::');
	if (halves.length > 2) return null;
	const part = (h: string) => (h ? h.split(':').map((x) => parseInt(x, 16)) : []);
	const head = part(halves[0]);
	const tail = halves.length === 2 ? part(halves[1]) : [];
	const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
	const groups = [...head, ...new Array(Math.max(fill, 0)).fill(0), ...tail];
	return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

function isPublicIPv4([a, b, c]: number[]): boolean {
	if (a === 0) return false; // 0.0.0.0/8 "this network"
	if (a === 10) return false; // private
	if (a === 100 && b >= 64 && b <= 127) return false; // CGNAT 100.64/10
	if (a === 127) return false; // loopback
	if (a === 169 && b === 254) return false; // link-local (cloud metadata lives here)
	if (a === 172 && b >= 16 && b <= 31) return false; // private
	if (a === 192 && b === 0 && (c === 0 || c === 2)) return false; // IETF protocol assignments, TEST-NET-1
	if (a === 192 && b === 168) return false; // private
	if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
	if (a === 198 && b === 51 && c === 100) return false; // TEST-NET-2
	if (a === 203 && b === 0 && c === 113) return false; // TEST-NET-3
	if (a >= 224) return false; // multicast, reserved, broadcast
	return true;
}

function isPublicIPv6(g: number[]): boolean {
	const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
	// ::, ::1, IPv4-compatible ::a.b.c.d and IPv4-mapped ::ffff:a.b.c.d are all refused outright:
	// mapped forms are how "127.0.0.1" is smuggled past IPv4-only checks.
	if (zeros(6)) return false;
	if (zeros(5) && g[5] === 0xffff) return false;
	if (g[0] === 0x64 && g[1] === 0xff9b) return false; // NAT64 (embeds an IPv4 address)
	if (g[0] === 0x100 && g[1] === 0 && g[2] === 0 && g[3] === 0) return false; // discard 100::/64
	if ((g[0] & 0xfe00) === 0xfc00) return false; // unique-local fc00::/7
	if ((g[0] & 0xffc0) === 0xfe80) return false; // link-local fe80::/10
	if ((g[0] & 0xffc0) === 0xfec0) return false; // old site-local fec0::/10
	if ((g[0] & 0xff00) === 0xff00) return false; // multicast
	if (g[0] === 0x2001 && g[1] === 0x0db8) return false; // documentation
	if (g[0] === 0x2001 && g[1] === 0) return false; // Teredo (embeds an IPv4 address)
	if (g[0] === 0x2002) return false; // 6to4 (embeds an IPv4 address)
	return true;
}

/** True only for addresses on the public internet; anything unparseable counts as not public. */
export function isPublicAddress(ip: string): boolean {
	const v4 = parseIPv4(ip);
	if (v4) return isPublicIPv4(v4);
	const v6 = parseIPv6(ip);
	return v6 ? isPublicIPv6(v6) : false;
}

async function defaultLookup(hostname: string): Promise<ResolvedAddress[]> {
	const all = await dns.promises.lookup(hostname, { all: true, verbatim: true });
	return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
}

/** Resolve and check a host; returns the address to connect to. Refuses if ANY answer is not public. */
async function resolveChecked(hostname: string, options: FetchOptions): Promise<ResolvedAddress> {
	const host = hostname.replace(/^\[|\]$/g, '');
	let addresses: ResolvedAddress[];
	if (net.isIP(host)) addresses = [{ address: host, family: net.isIPv6(host) ? 6 : 4 }];
	else {
		try {
			addresses = await (options.lookup ?? defaultLookup)(host);
		} catch {
			throw new InputError(INPUT, `the host "${host}" could not be found`);
		}
	}
	if (!addresses.length) throw new InputError(INPUT, `the host "${host}" could not be found`);
	const allowed = new Set(options.allowAddresses ?? []);
	for (const a of addresses) {
		if (!allowed.has(a.address) && !isPublicAddress(a.address))
			throw new InputError(
				INPUT,
				`"${host}" points to a private or local network address (${a.address}); only public web pages can be fetched`
			);
	}
	return addresses[0];
}

// ---------------------------------------------------------------- fetching

function checkUrl(raw: string): URL {
	let u: URL;
	try {
		u = new URL(raw.trim());
	} catch {
		throw new InputError(INPUT, 'is not a valid web address');
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:')
		throw new InputError(INPUT, `only http:// and https:// addresses can be fetched, not ${u.protocol}`);
	if (u.username || u.password) throw new InputError(INPUT, 'must not contain a user name or password');
	return u;
}

const ACCEPTED_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)$/;

interface Response {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: http.IncomingMessage;
}

function request(u: URL, pinned: ResolvedAddress, signal: AbortSignal): Promise<Response> {
	const mod = u.protocol === 'https:' ? https : http;
	return new Promise((resolve, reject) => {
		const req = mod.request(
			{
				protocol: u.protocol,
				hostname: u.hostname.replace(/^\[|\]$/g, ''),
				port: u.port || undefined,
				path: u.pathname + u.search,
				method: 'GET',
				// One connection per request: a pooled socket could outlive the address check.
				agent: false,
				signal,
				headers: {
					'user-agent': 'Slant/0.1 (media framing comparison; fetches one page on a user request)',
					accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
					'accept-encoding': 'gzip, deflate, br'
				},
				// Pin the connection to the address we checked, whatever DNS says a moment later.
				lookup: ((_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) => {
					if (opts?.all) cb(null, [{ address: pinned.address, family: pinned.family }]);
					else cb(null, pinned.address, pinned.family);
				}) as unknown as net.LookupFunction
			},
			(res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res })
		);
		req.on('error', reject);
		req.end();
	});
}

function decompress(res: Response): Readable {
	const enc = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
	if (enc === 'gzip' || enc === 'x-gzip') return res.body.pipe(zlib.createGunzip());
	if (enc === 'deflate') return res.body.pipe(zlib.createInflate());
	if (enc === 'br') return res.body.pipe(zlib.createBrotliDecompress());
	return res.body;
}

/** Read the (decompressed) body, stopping as soon as it passes the cap: a huge page never sits in memory. */
async function readCapped(res: Response, limit: number): Promise<Buffer> {
	const stream = decompress(res);
	const chunks: Buffer[] = [];
	let size = 0;
	try {
		for await (const chunk of stream) {
			size += (chunk as Buffer).length;
			if (size > limit) throw new InputError(INPUT, `the page is larger than the ${Math.round(limit / 1024 / 1024)} MB limit`);
			chunks.push(chunk as Buffer);
		}
	} finally {
		res.body.destroy();
		if (stream !== res.body) stream.destroy();
	}
	return Buffer.concat(chunks);
}

function charsetOf(contentType: string, head: Buffer): string {
	const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
	if (fromHeader) return fromHeader.toLowerCase();
	const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head.subarray(0, 2048).toString('latin1'))?.[1];
	return (fromMeta ?? 'utf-8').toLowerCase();
}

function decodeBody(body: Buffer, contentType: string, limit: number): string {
	const charset = charsetOf(contentType, body);
	if (charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii') return checkContent(INPUT, body, limit);
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(charset);
	} catch {
		return checkContent(INPUT, body, limit);
	}
	return checkContent(INPUT, decoder.decode(body), Infinity);
}

/**
 * Fetch one page for analysis. Throws InputError with a user-facing reason for every refusal
 * (scheme, private address, redirect loop or to a private address, timeout, size, content type).
 */
export async function fetchPage(rawUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
	const timeoutMs = options.timeoutMs ?? 10_000;
	const limit = options.maxBytes ?? maxBytes();
	const maxRedirects = options.maxRedirects ?? 5;
	const timeout = AbortSignal.timeout(timeoutMs);
	const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;

	let url = checkUrl(rawUrl);
	try {
		for (let hop = 0; ; hop++) {
			const pinned = await resolveChecked(url.hostname, options);
			signal.throwIfAborted();
			const res = await request(url, pinned, signal);
			if (res.status >= 300 && res.status < 400 && res.status !== 304) {
				res.body.resume();
				const location = res.headers.location;
				if (!location) throw new InputError(INPUT, `the server answered ${res.status} without saying where to go`);
				if (hop >= maxRedirects) throw new InputError(INPUT, `too many redirects (more than ${maxRedirects})`);
				let next: URL;
				try {
					next = new URL(location, url);
				} catch {
					throw new InputError(INPUT, `redirects to an invalid address (${location})`);
				}
				url = checkUrl(next.href);
				continue;
			}
			if (res.status < 200 || res.status >= 300) {
				res.body.resume();
				throw new InputError(INPUT, `the server answered ${res.status}${res.body.statusMessage ? ` (${res.body.statusMessage})` : ''}`);
			}
			const contentType = String(res.headers['content-type'] ?? '');
			const mime = contentType.split(';')[0].trim().toLowerCase();
			if (!ACCEPTED_TYPES.test(mime)) {
				res.body.destroy();
				throw new InputError(INPUT, `is ${mime ? `"${mime}"` : 'of unknown type'}, not a web page (HTML or text)`);
			}
			const declared = Number(res.headers['content-length']);
			if (Number.isFinite(declared) && declared > limit && !res.headers['content-encoding']) {
				res.body.destroy();
				throw new InputError(INPUT, `the page is larger than the ${Math.round(limit / 1024 / 1024)} MB limit`);
			}
			const body = await readCapped(res, limit);
			return {
				url: url.href,
				contentType,
				format: mime === 'text/plain' ? 'text' : 'html',
				content: decodeBody(body, contentType, limit)
			};
		}
	} catch (e) {
		if (e instanceof InputError) throw e;
		if (timeout.aborted)
			throw new InputError(INPUT, `the page took longer than ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`} to load`);
		if (options.signal?.aborted) throw new InputError(INPUT, 'the fetch was cancelled');
		const code = (e as NodeJS.ErrnoException).code;
		throw new InputError(INPUT, `could not be fetched (${code ?? (e as Error).message})`);
	}
}
