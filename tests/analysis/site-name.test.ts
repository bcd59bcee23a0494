import { describe, expect, it } from 'vitest';
import { pageAddress, pageSiteName } from '../../analysis/segment/site-name.js';

describe('pageSiteName: the outlet a saved page says it is', () => {
	const head = (inner: string) => `<!doctype html><html><head>${inner}</head><body><p>Text.</p></body></html>`;
	it.each([
		[head('<meta property="og:site_name" content="The Sun">'), 'The Sun'],
		[head(`<meta content='Gizmodo' property='og:site_name'>`), 'Gizmodo'],
		[head('<meta name="application-name" content="New York Post"><meta property="og:site_name" content="NY Post">'), 'NY Post'],
		[head('<meta name="application-name" content="New York Post">'), 'New York Post'],
		[head('<meta property="og:site_name" content="Tom &amp; Jerry&#39;s News">'), 'Tom & Jerry\'s News'],
		[head('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Reuters"}}</script>'), 'Reuters'],
		[head('<link rel="canonical" href="https://www.express.co.uk/news/world/1">'), 'express.co.uk'],
		[head('<meta property="og:url" content="https://edition.cnn.com/2019/x">'), 'edition.cnn.com'],
		// review 17: "sputniknews.com" and "usatoday" beside "Washington Examiner" in one collection
		[head('<title>Royal Arrogance - Sputnik International</title><link rel="canonical" href="https://sputniknews.com/x">'), 'Sputnik International'],
		[head('<title>Royal Arrogance - My Blog</title><link rel="canonical" href="https://sputniknews.com/x">'), 'sputniknews.com'],
		// the title's site name spelled by the address as initials and a last word
		[head('<title>Opinion | Following Trump - The New York Times</title><link rel="canonical" href="https://www.nytimes.com/x">'), 'The New York Times'],
		[head('<meta property="og:site_name" content="usatoday"><title>Guards charged | USA TODAY</title>'), 'USA TODAY'],
		[head('<meta property="og:site_name" content="usatoday"><title>Guards charged</title>'), 'usatoday'],
		// review 20: a batch upload named outlets "detroitnews" and "nj"
		[head('<meta property="og:site_name" content="dailyplanet"><script type="application/ld+json">{"publisher": {"@type": "Organization", "logo": {}, "name": "The Daily Planet"}}</script>'), 'The Daily Planet'],
		[head('<meta property="og:site_name" content="mc"><title>Teachers rally at the Statehouse - mc.com</title>'), 'MC.com'],
		[head('<meta property="og:site_name" content="planet"><title>Teachers rally - planetnews.com</title>'), 'planet'],
		[head('<meta property="og:site_name" content="usatoday"><script type="application/ld+json">{"publisher": {"@type": "Organization", "logo": {}, "name": "USA TODAY"}}</script>'), 'USA TODAY'],
		// review 32: Reuters' page named its section, "U.S.", in og:site_name; its accounts and title say Reuters
		[head('<title>Oil drifts lower - Daily Planet</title><meta property="og:site_name" content="U.S."><meta property="article:publisher" content="https://www.facebook.com/DailyPlanet">'), 'Daily Planet'],
		[head('<title>Oil drifts lower - Daily Planet</title><meta property="og:site_name" content="U.S."><meta name="twitter:site" content="@dailyplanet">'), 'Daily Planet'],
		[head('<title>Oil drifts lower - Daily Planet</title><meta property="og:site_name" content="Planet News"><meta name="twitter:site" content="@planetnews">'), 'Planet News'],
		[head('<title>Oil drifts lower - Daily Planet</title><meta property="og:site_name" content="U.S.">'), 'U.S.'],
		// ... and a name with its tagline
		[head('<meta property="og:site_name" content="Daily Planet | Metropolis\' news platform">'), 'Daily Planet'],
		// not a name: markup, a paragraph put in the field, a non-web address, nothing at all
		[head('<meta property="og:site_name" content="&lt;b&gt;Site&lt;/b&gt;">'), null],
		[head(`<meta property="og:site_name" content="${'A very long description of the site '.repeat(4)}">`), null],
		[head('<link rel="canonical" href="file:///home/me/page.html">'), null],
		['<p>Just a paragraph.</p>', null]
	])('%s → %s', (html, name) => expect(pageSiteName(html)).toBe(name));
});

describe('pageAddress: the address a saved page gives itself', () => {
	const head = (inner: string) => `<!doctype html><html><head>${inner}</head><body><p>Text.</p></body></html>`;
	it.each([
		[head('<link rel="canonical" href="https://www.example.org/news/1">'), 'https://www.example.org/news/1'],
		[head('<meta property="og:url" content="https://example.org/a?b=1&amp;c=2">'), 'https://example.org/a?b=1&c=2'],
		[head('<meta property="og:url" content="https://example.org/og"><link rel="canonical" href="https://example.org/canonical">'), 'https://example.org/canonical'],
		// not a full web address: relative, another scheme, none
		[head('<link rel="canonical" href="/news/1">'), null],
		[head('<link rel="canonical" href="file:///home/me/page.html">'), null],
		['<p>Just a paragraph.</p>', null]
	])('%s → %s', (html, url) => expect(pageAddress(html)).toBe(url));
});
