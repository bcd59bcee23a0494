// What kind of piece a saved page says it is (review 17: every uploaded page was filed as news,
// the Washington Examiner's opinion column among them).
import { describe, expect, it } from 'vitest';
import { pageKind } from '../../analysis/segment/page-kind.js';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`;

describe('pageKind', () => {
	it.each([
		['a schema.org opinion article', page('<script type="application/ld+json">{"@type": "OpinionNewsArticle", "headline": "x"}</script>'), null, 'opinion'],
		['a section named Opinion', page('<meta property="article:section" content="Opinion">'), null, 'opinion'],
		['a section named Commentary', page('<meta property="article:section" content="Commentary">'), null, 'opinion'],
		// review 28: National Review's column said so only in this flag
		['Open Graph\'s article:opinion flag', page('<meta property="article:opinion" content="true">'), null, 'opinion'],
		['... set to false', page('<meta property="article:opinion" content="false">'), null, null],
		['a canonical address under /opinion/', page('<link rel="canonical" href="https://www.example.com/opinion/2019/11/x">'), null, 'opinion'],
		['an editorial under /commentisfree/ is not guessed', page('<link rel="canonical" href="https://www.example.com/commentisfree/x">'), null, null],
		['the address it was fetched from', page(''), 'https://www.example.com/op-ed/x', 'opinion'],
		['a ClaimReview is a fact check', page('<script type="application/ld+json">{"@type": ["ClaimReview"], "claimReviewed": "x"}</script>'), null, 'fact check'],
		['an address under /fact-check/', page('<meta property="og:url" content="https://example.org/fact-check/oxygen-bar/">'), null, 'fact check'],
		// a word in the headline or a section about something else says nothing
		['a news article', page('<script type="application/ld+json">{"@type": "NewsArticle"}</script><meta property="article:section" content="Politics"><link rel="canonical" href="https://example.com/news/opinion-poll-shows-x">'), null, null],
		['a section named "Opinion polls"', page('<meta property="article:section" content="Opinion polls">'), null, null],
		['nothing at all', '<p>Just text.</p>', null, null],
		// newcomer pass 13 (29th stop): a Forbes contributor's post was filed as news
		['a contributor network\'s notice', '<html><body><p>Text.</p><div class="disclaimer">Opinions expressed by Forbes Contributors are their own.</div></body></html>', null, 'opinion'],
		['... not a story that quotes such words in passing', '<p>The site says opinions of readers are welcome.</p>', null, null]
	])('%s', (_name, html, url, kind) => expect(pageKind(html, url)).toBe(kind));
});
