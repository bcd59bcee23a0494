// The URL form's refusal is one sentence: the address, why (the fetcher's reason), and what to do.
import { describe, expect, it } from 'vitest';
import { urlErrorSentence } from '../../src/routes/c/[collection]/add/url-error.js';

describe('urlErrorSentence', () => {
	it.each([
		['not an address', 'htp:/x', 'is not a valid web address', /^Could not add the page at htp:\/x: it is not a valid web address\. Check the address: it should start with https:\/\//],
		['unknown host', 'https://nowhere.example/a', 'the host "nowhere.example" could not be found', /^Could not add the page at https:\/\/nowhere\.example\/a: the host "nowhere\.example" could not be found\. Check the address for typing mistakes/],
		['a private address', 'http://127.0.0.1:9/article', '"127.0.0.1" points to a private or local network address (127.0.0.1); only public web pages can be fetched', /: "127\.0\.0\.1" points to a private .*\. Slant fetches only public web pages; for this one, copy the article’s text/],
		['a port', 'http://example.org:8080/', 'uses port 8080; only web pages on the usual ports (80, 443) can be fetched', /: it uses port 8080; .* Slant fetches only public web pages/],
		['a timeout', 'https://slow.example/', 'the page took longer than 10 s to load', /: the page took longer than 10 s to load\. Try again in a moment; if it still fails, copy/],
		['a network failure', 'https://x.example/', 'could not be fetched: the site did not answer or broke off the connection', /: it could not be fetched: the site did not answer .*\. Try again in a moment/],
		['a 403 from the site', 'https://paywall.example/', 'the server answered 403 (Forbidden)', /: the server answered 403 \(Forbidden\)\. The site refused the page \(it may need a login/],
		['a 503 from the site', 'https://down.example/', 'the server answered 503', /\. The site had a problem: try again later/],
		['not HTML', 'https://x.example/a.pdf', 'is "application/pdf", not a web page (HTML or text)', /: it is "application\/pdf", not a web page \(HTML or text\)\. Copy the article’s text .*, or upload the file\.$/],
		['too large', 'https://x.example/big', 'the page is larger than the 5 MB limit', /\. Copy the article’s text .*, or upload the file\.$/],
		['anything else', 'https://x.example/', 'something new went wrong', /: something new went wrong\. Check the address in your browser, or copy/]
	] as const)('%s', (_name, url, reason, expected) => {
		const s = urlErrorSentence(url, reason);
		expect(s).toMatch(expected);
		// A full sentence: the address named, ends with a full stop, no "url:" prefix.
		expect(s).toContain(url);
		expect(s).toMatch(/\.$/);
		expect(s).not.toMatch(/^url:/i);
	});

	it('shortens a very long address', () => {
		const url = `https://x.example/${'a'.repeat(300)}`;
		const s = urlErrorSentence(url, 'the server answered 404');
		expect(s).toContain(`${url.slice(0, 117)}…:`);
		expect(s).not.toContain(url);
	});
});
