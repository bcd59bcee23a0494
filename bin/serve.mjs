#!/usr/bin/env node
// Serves the built app (what `npm start` runs after `vite build`): adapter-node's request handler on
// a plain HTTP server that knows it is plain HTTP.
//
// adapter-node takes a request's origin from ORIGIN, else from PROTOCOL_HEADER/HOST_HEADER, else it
// assumes https://<Host>. Run bare on a laptop, that "https" made SvelteKit's CSRF check refuse every
// form (the browser's Origin is http://…). Served directly, this entry tells adapter-node the truth
// through a header that only it sets (overwritten on every request, so no client can choose it):
// the origin becomes http://<the Host the request was sent to>, so forms work from localhost,
// 127.0.0.1 and the machine's network address alike, while a form posted from any other site
// (Origin ≠ that) is still refused with 403. With ORIGIN, PROTOCOL_HEADER, HOST_HEADER, PORT_HEADER
// or ADDRESS_HEADER set (a reverse proxy), adapter-node's own handling is left exactly as it is.
//
// Environment: HOST (default 0.0.0.0), PORT (3000), BODY_SIZE_LIMIT (16M here), SHUTDOWN_TIMEOUT (30 s),
// KEEP_ALIVE_TIMEOUT and HEADERS_TIMEOUT (seconds), plus adapter-node's proxy settings above, and
// SLANT_BUILD_DIR (the built app, default build/; the browser tests serve their own build from elsewhere).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import compression from 'compression';
import { behindProxy, PLAIN_HTTP_HEADER } from '../src/lib/server/deployment.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.resolve(root, process.env.SLANT_BUILD_DIR || 'build');
const handlerFile = path.join(buildDir, 'handler.js');
if (!fs.existsSync(handlerFile)) {
	console.error(`Slant: no built app in ${path.relative(process.cwd(), buildDir) || '.'}/ — run \`npm start\` (it builds first) or \`npm run build\`.`);
	process.exit(1);
}

// Large enough for a 5 MB paste with its line breaks sent as CRLF, or a few files at once; the
// article size limit itself (SLANT_MAX_BYTES) is checked per article.
process.env.BODY_SIZE_LIMIT ||= '16M';

const direct = !behindProxy(process.env);
if (direct) process.env.PROTOCOL_HEADER = PLAIN_HTTP_HEADER;

const { handler } = await import(pathToFileURL(handlerFile).href);

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT ?? 3000);
const seconds = (name) => {
	const v = process.env[name];
	if (v === undefined || v === '') return undefined;
	if (!/^\d+$/.test(v)) throw new Error(`${name} must be a whole number of seconds, not ${JSON.stringify(v)}`);
	return Number(v);
};

// Pages and JSON are compressed for clients that accept it (gzip or brotli, chosen from Accept-Encoding).
// A workshop's phones share one Wi-Fi: a collection of long pastes made a 2.9 MB overview and an 11.5 MB
// projector page, sent as they were. Built assets are already compressed at build time (adapter-node's
// precompress) and keep their Content-Encoding; the middleware leaves those alone. The `compression`
// package (Express's own) rather than zlib by hand: it negotiates the encoding, sets Vary, skips small and
// already-encoded responses and streams.
const compress = compression();
const server = http.createServer((req, res) => {
	if (direct) req.headers[PLAIN_HTTP_HEADER] = 'http';
	compress(req, res, () =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
});
const keepAlive = seconds('KEEP_ALIVE_TIMEOUT');
if (keepAlive !== undefined) server.keepAliveTimeout = keepAlive * 1000;
const headersTimeout = seconds('HEADERS_TIMEOUT');
if (headersTimeout !== undefined) server.headersTimeout = headersTimeout * 1000;

server.on('error', (e) => {
	if (e.code === 'EADDRINUSE') console.error(`Slant: port ${port} is already in use (is Slant already running?). Start it on another port: PORT=${port + 1} npm start`);
	else if (e.code === 'EACCES') console.error(`Slant: not allowed to listen on port ${port}; choose a port above 1024 (PORT=3000).`);
	else console.error('Slant: the server could not start:', e);
	process.exit(1);
});

server.listen({ host, port }, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`Listening on http://${host.includes(':') ? `[${host}]` : host}:${actual}`);
	// Registered by the app's init hook (src/hooks.server.ts): addresses and the facilitator link.
	globalThis[Symbol.for('slant.startup')]?.({ port: actual, host });
});

let stopping = false;
// While stopping, close each connection as soon as its last request is done.
server.on('request', (req) => req.on('close', () => stopping && server.closeIdleConnections()));
function shutdown(reason) {
	if (stopping) return;
	stopping = true;
	server.closeIdleConnections();
	server.close(() => process.emit('sveltekit:shutdown', reason));
	setTimeout(() => server.closeAllConnections(), (seconds('SHUTDOWN_TIMEOUT') ?? 30) * 1000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
