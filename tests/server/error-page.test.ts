// A refused form post sent without JavaScript gets a readable HTML page; the page's own script keeps
// getting JSON ($lib/server/error-page, used by hooks.server.ts).
import { describe, expect, it } from 'vitest';
import { errorMessageOf, errorPageHtml, isPlainFormPost } from '../../src/lib/server/error-page.js';

const req = (method: string, headers: Record<string, string>) => new Request('http://localhost/c/x/add?/paste', { method, headers, body: method === 'POST' ? 'a=1' : undefined });
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('isPlainFormPost', () => {
	it.each([
		['a browser form post', 'POST', { 'content-type': 'application/x-www-form-urlencoded', accept: BROWSER }, true],
		['a browser file upload', 'POST', { 'content-type': 'multipart/form-data; boundary=x', accept: BROWSER }, true],
		['a form post accepting anything (*/*)', 'POST', { 'content-type': 'application/x-www-form-urlencoded', accept: '*/*' }, true],
		['use:enhance (x-sveltekit-action)', 'POST', { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-sveltekit-action': 'true' }, false],
		['a script asking for JSON', 'POST', { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, false],
		['a JSON body', 'POST', { 'content-type': 'application/json', accept: BROWSER }, false],
		['no Accept header: left to SvelteKit (src/error.html)', 'POST', { 'content-type': 'application/x-www-form-urlencoded' }, false],
		['a GET', 'GET', { accept: BROWSER }, false]
	] as const)('%s', (_name, method, headers, expected) => {
		expect(isPlainFormPost(req(method, headers))).toBe(expected);
	});
});

describe('errorPageHtml', () => {
	it.each([
		[403, 'Only the facilitator can add articles.', /<h1>Not allowed<\/h1>[\s\S]*Only the facilitator can add articles\./],
		[413, 'The upload is 12.0 MB, over the 10.0 MB limit.', /<h1>Too large to send<\/h1>/],
		[429, 'Too many articles added from this device; try again in a minute.', /<h1>Too many at once<\/h1>/],
		[502, 'Bad gateway', /<h1>Something went wrong<\/h1>/]
	] as const)('%i', (status, message, expected) => {
		const html = errorPageHtml(status, message, '/c/x/add');
		expect(html).toMatch(expected);
		expect(html).toContain(`Error ${status}`);
		expect(html).toContain('href="/c/x/add"');
	});

	it('escapes the message and refuses a back link to another site', () => {
		const html = errorPageHtml(400, '<img src=x onerror=alert(1)> & "quotes"', '//evil.example/');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
		expect(html).not.toContain('evil.example');
	});
});

describe('errorMessageOf', () => {
	it.each([
		['SvelteKit error JSON', JSON.stringify({ message: 'Only the facilitator can x.' }), 'Only the facilitator can x.'],
		['an action failure', JSON.stringify({ type: 'error', error: { message: 'Too big.' } }), 'Too big.'],
		['plain text', 'Content-length of 9 exceeds limit of 1 bytes.', 'Content-length of 9 exceeds limit of 1 bytes.'],
		['nothing', '', 'The server answered 413.']
	] as const)('%s', async (_name, body, expected) => {
		await expect(errorMessageOf(new Response(body, { status: 413 }))).resolves.toBe(expected);
	});
});
