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
import ipaddr from 'ipaddr.js';
import { InputError, TooManyError } from './errors.js';
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
	/**
	 * Ports that may be fetched. Default: SLANT_FETCH_PORTS (comma-separated), else 80 and 443 only,
	 * so the fetcher cannot be aimed at other services. 'any' only for tests against a local server.
	 */
	allowPorts?: readonly number[] | 'any';
	/** Fetches running at once, server-wide. Default SLANT_FETCH_CONCURRENCY, else 4. */
	maxConcurrent?: number;
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

/** IETF protocol assignments (2001::/23): Teredo, benchmarking, ORCHID… none of it is a web server. */
const IETF_PROTOCOLS = ipaddr.parseCIDR('2001::/23');
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

/**
 * True only for addresses on the public internet; anything unparseable counts as not public.
 * Ranges come from ipaddr.js (the IANA special-purpose registries): only its plain "unicast" is
 * public, which leaves out private, loopback, link-local, shared (100.64/10), reserved (192.0.0/24,
 * the 6to4 relay 192.88.99/24, documentation and benchmarking nets, 240/4), multicast, and the IPv6
 * forms that embed an IPv4 address: mapped ::ffff:a.b.c.d, SIIT ::ffff:0:a.b.c.d, NAT64, 6to4, Teredo.
 * IPv6 must also be global unicast (2000::/3) outside the IETF protocol block.
 */
export function isPublicAddress(ip: string): boolean {
	const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
	if (!net.isIP(bare)) return false;
	let addr: ipaddr.IPv4 | ipaddr.IPv6;
	try {
		addr = ipaddr.parse(bare);
	} catch {
		return false;
	}
	if (addr.range() !== 'unicast') return false;
	if (addr.kind() === 'ipv6') {
		const v6 = addr as ipaddr.IPv6;
		if (!v6.match(GLOBAL_UNICAST) || v6.match(IETF_PROTOCOLS)) return false;
	}
	return true;
}

/** Rejects as soon as `signal` aborts, so a slow DNS answer counts against the time limit too. */
function raceAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
	if (signal.aborted) return Promise.reject(signal.reason);
	return new Promise<T>((resolve, reject) => {
		const onAbort = () => reject(signal.reason);
		signal.addEventListener('abort', onAbort, { once: true });
		p.then(
			(v) => {
				signal.removeEventListener('abort', onAbort);
				resolve(v);
			},
			(e) => {
				signal.removeEventListener('abort', onAbort);
				reject(e);
			}
		);
	});
}

async function defaultLookup(hostname: string): Promise<ResolvedAddress[]> {
	const all = await dns.promises.lookup(hostname, { all: true, verbatim: true });
	return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
}

/** Resolve and check a host; returns the address to connect to. Refuses if ANY answer is not public. */
async function resolveChecked(hostname: string, options: FetchOptions, signal: AbortSignal): Promise<ResolvedAddress> {
	const host = hostname.replace(/^\[|\]$/g, '');
	let addresses: ResolvedAddress[];
	if (net.isIP(host)) addresses = [{ address: host, family: net.isIPv6(host) ? 6 : 4 }];
	else {
		try {
			addresses = await raceAbort((options.lookup ?? defaultLookup)(host), signal);
		} catch (e) {
			if (signal.aborted) throw e; // reported as the time limit below
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

/** Ports the fetcher may connect to (see FetchOptions.allowPorts). */
export function allowedPorts(option?: readonly number[] | 'any'): readonly number[] | 'any' {
	if (option) return option;
	const env = (process.env.SLANT_FETCH_PORTS ?? '')
		.split(',')
		.map((p) => Number(p.trim()))
		.filter((p) => Number.isInteger(p) && p > 0 && p < 65536);
	return env.length ? env : [80, 443];
}

function portOf(u: URL): number {
	return u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
}

function checkPort(u: URL, allowed: readonly number[] | 'any'): void {
	if (allowed === 'any') return;
	const port = portOf(u);
	if (!allowed.includes(port))
		throw new InputError(INPUT, `uses port ${port}; only web pages on the usual ports (${allowed.join(', ')}) can be fetched`);
}

let active = 0;

function concurrencyCap(option?: number): number {
	if (option && option > 0) return option;
	const env = Number(process.env.SLANT_FETCH_CONCURRENCY);
	return Number.isInteger(env) && env > 0 ? env : 4;
}

/** Fetches running now (tests read it). */
export const activeFetches = (): number => active;

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
	const url = checkUrl(rawUrl);
	const cap = concurrencyCap(options.maxConcurrent);
	if (active >= cap)
		throw new TooManyError(`The server is already fetching ${cap} page${cap === 1 ? '' : 's'}; try again in a few seconds.`, 5);
	active++;
	try {
		return await fetchChecked(url, options);
	} finally {
		active--;
	}
}

async function fetchChecked(start: URL, options: FetchOptions): Promise<FetchedPage> {
	const timeoutMs = options.timeoutMs ?? 10_000;
	const limit = options.maxBytes ?? maxBytes();
	const maxRedirects = options.maxRedirects ?? 5;
	const timeout = AbortSignal.timeout(timeoutMs);
	const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;

	const ports = allowedPorts(options.allowPorts);
	let url = start;
	try {
		for (let hop = 0; ; hop++) {
			const pinned = await resolveChecked(url.hostname, options, signal);
			checkPort(url, ports);
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
		// One message for every network failure (refused, reset, unreachable, TLS…): naming the error
		// would let the fetcher be used to tell open ports and live hosts from closed ones.
		throw new InputError(INPUT, 'could not be fetched: the site did not answer or broke off the connection');
	}
}
