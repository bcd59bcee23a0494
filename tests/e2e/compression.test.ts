// Pages go out compressed when the client accepts it: a workshop's phones share one Wi-Fi, and a
// collection of long pastes made an 11.5 MB projector page sent uncompressed (a newcomer's pass,
// `Accept-Encoding: gzip` made no difference). bin/serve.mjs puts the `compression` middleware before
// adapter-node's handler; the build's precompressed assets keep their own encoding.
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Server } from './server';

let server: Server;

beforeAll(async () => {
	server = await startServer();
}, 240_000);

afterAll(async () => {
	await server?.stop();
});

/** GET path with these request headers; the raw body (not decoded) and the response headers. */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
	return new Promise((ok, fail) => {
		http
			.get(`${server.base}${path}`, { headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
				res.on('error', fail);
			})
			.on('error', fail);
	});
}

const decode: Record<string, (b: Buffer) => Buffer> = {
	gzip: (b) => zlib.gunzipSync(b),
	br: (b) => zlib.brotliDecompressSync(b),
	none: (b) => b
};

describe('responses are compressed as the client asks', () => {
	// [path, Accept-Encoding sent, Content-Encoding expected]
	const rows: [string, string, string][] = [
		['/c/seeds', 'gzip', 'gzip'],
		['/c/seeds', 'gzip, deflate, br', 'br'],
		['/c/seeds', 'identity', 'none'],
		['/collections', 'gzip', 'gzip']
	];
	it.each(rows)('%s with Accept-Encoding %s → %s', async (path, accept, expected) => {
		const r = await get(path, { 'accept-encoding': accept });
		expect(r.status).toBe(200);
		expect(r.headers['content-encoding'] ?? 'none').toBe(expected);
		expect(String(r.headers.vary ?? '')).toMatch(/accept-encoding/i);
		const html = decode[expected](r.body).toString('utf8');
		expect(html).toMatch(/<\/html>\s*$/);
		if (expected !== 'none') expect(r.body.length).toBeLessThan(html.length / 2);
	});
});
