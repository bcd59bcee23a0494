import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutOffWarning, segment } from '../../analysis/segment/index.js';
import { parseBoilerplate } from '../../analysis/segment/boilerplate.js';
import { isoDate } from '../../analysis/segment/patterns.js';
import { paragraphSpans } from '../../analysis/nlp.js';
import type { ArticleInput, Caption, CleanArticle, RawComment, RemovedReason } from '../../analysis/types.js';

const root = path.resolve(__dirname, '../..');
const seedsDir = path.join(root, 'seeds');
const fixturesDir = path.join(root, 'tests/fixtures/segment');
const manifest = JSON.parse(fs.readFileSync(path.join(seedsDir, 'manifest.json'), 'utf8')) as {
	articles: { file: string; id: string; title: string; date: string }[];
};

const paras = (a: CleanArticle) => a.paragraphs.map((p) => a.text.slice(p.start, p.end));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Invariants every segmented article must hold, whatever went in. */
function expectWellFormed(a: CleanArticle) {
	// Later stages index `text` by these spans; they must cut it exactly and agree with nlp.ts.
	expect(a.paragraphs.length).toBeGreaterThan(0);
	expect(a.text).toBe(paras(a).join('\n\n'));
	expect(paragraphSpans(a.text).paragraphs).toEqual(a.paragraphs);
	for (const p of paras(a)) {
		expect(p).toBe(p.trim());
		expect(p).not.toBe('');
	}
	const everything = [a.text, a.title, ...a.captions.map((c) => c.text), ...a.comments.map((c) => c.text)].join('\n');
	expect(everything).not.toMatch(/[\u00A0\r\u2007\u202F]/);
	expect(everything).not.toMatch(/[ \t]+\n/);
	// Nothing kept out of the body is also left in it.
	for (const c of a.captions) expect(a.text).not.toContain(c.text);
	for (const c of a.comments) expect(a.text).not.toContain(c.text.split('\n')[0]);
	// (A duplicate's first copy stays, by design.)
	for (const r of a.removed) if (r.reason !== 'duplicate line' && r.text.split(' ').length > 1) expect(paras(a)).not.toContain(r.text);
}

// ---------------------------------------------------------------- seeds

const JUNK_IN_SEEDS = [
	'Advertisement',
	'Donate',
	'tax deductible gift',
	'Share via',
	'Skip to main content',
	'Leave a Reply',
	'Your email address',
	'thoughts on',
	'contributed to this report',
	'Overwrite earlier story',
	'Note new headline',
	'UPDATES',
	'originally published',
	'was updated throughout',
	'FILE - ',
	'Region / Country',
	'News by ',
	'© ',
	'(VOA video screengrab)'
];
// A comment's date line ("November 17, 2016 at 8:51 pm"): the mark of a pasted comment list.
const COMMENT_DATE_LINE = /^\s*(?:\W\s*)?([A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2} [ap]m)\s*$/gm;

describe('segment: the five seed articles', () => {
	const rows = manifest.articles.map((m) => [m.file, m] as const);

	it.each(rows)('%s: body is free of boilerplate, captions and comments', (file) => {
		const raw = fs.readFileSync(path.join(seedsDir, file), 'utf8');
		const a = segment({ id: file, text: raw });
		expectWellFormed(a);
		for (const junk of JUNK_IN_SEEDS) expect(a.text, junk).not.toContain(junk);
		expect(a.text).not.toMatch(/\d{4} at \d{1,2}:\d{2} [ap]m/);
		// No unfinished line that starts like a caption (a truncated copy of it) is left in the body.
		for (const p of paras(a).filter((p) => !/[.!?"”’]$/.test(p)))
			for (const c of a.captions) expect(c.text.replace(/^FILE - /, '').startsWith(p.slice(0, 30)), p).toBe(false);
		// Every "FILE - " photo caption in the page ends up among the captions.
		for (const line of raw.split('\n').filter((l) => l.startsWith('FILE - ')))
			expect(a.captions.map((c) => c.text).some((c) => line.startsWith(c))).toBe(true);
	});

	it.each(rows)('%s: never drops a real body paragraph', (file) => {
		const raw = fs.readFileSync(path.join(seedsDir, file), 'utf8');
		const a = segment({ id: file, text: raw });
		const body = squash(a.text);
		const elsewhere = [...a.captions.map((c) => c.text), ...a.comments.map((c) => squash(c.text))];
		// Any line of running prose (20+ words, ending like a sentence) is body, caption or comment.
		const prose = raw.split('\n').map(squash).filter((l) => l.split(' ').length >= 20 && /[.!?]["”’]?$/.test(l));
		expect(prose.length).toBeGreaterThan(3);
		for (const line of prose) {
			const placed = body.includes(line) || elsewhere.some((e) => e.includes(line) || line.includes(e.slice(0, 60)));
			expect(placed, line).toBe(true);
		}
		// And nothing is invented: every paragraph is text from the file.
		for (const p of paras(a)) expect(squash(raw)).toContain(p);
	});

	it.each(rows)('%s: reader comments are split out exactly where the page has a comment list', (file) => {
		const raw = fs.readFileSync(path.join(seedsDir, file), 'utf8');
		const a = segment({ id: file, text: raw });
		const dateLines = [...raw.matchAll(COMMENT_DATE_LINE)].map((m) => m[1]);
		expect(a.comments.map((c) => c.date)).toEqual(dateLines);
		for (const c of a.comments) {
			expect(c.author).toBeNull(); // the seed's entries carry no names
			expect(c.text.length).toBeGreaterThan(10);
			expect(c.text).not.toMatch(/Leave a Reply|email address/);
		}
	});

	it('only the seed with a comment section yields comments, and it yields two', () => {
		const counts = manifest.articles.map((m) => segment({ id: m.id, text: fs.readFileSync(path.join(seedsDir, m.file), 'utf8') }).comments.length);
		expect(counts.filter((n) => n > 0)).toEqual([2]);
	});

	it.each(rows)('%s: the supplied headline is used and lifted out of the body', (file, m) => {
		const raw = fs.readFileSync(path.join(seedsDir, file), 'utf8');
		const a = segment({ id: m.id, title: m.title, outlet: 'X', text: raw });
		expect(a.title).toBe(m.title);
		expect(paras(a).map(squash)).not.toContain(squash(m.title));
		expectWellFormed(a);
	});

	it.each(rows)('%s: a date found in the page is the publication date', (file, m) => {
		const a = segment({ id: file, text: fs.readFileSync(path.join(seedsDir, file), 'utf8') });
		if (a.date !== null) expect(a.date).toBe(m.date);
		// A supplied date is kept exactly as given.
		expect(segment({ id: file, date: 'as given', text: fs.readFileSync(path.join(seedsDir, file), 'utf8') }).date).toBe('as given');
	});

	it.each(rows)('%s: a headline found in the page is not also body text', (file) => {
		const a = segment({ id: file, text: fs.readFileSync(path.join(seedsDir, file), 'utf8') });
		if (a.title) expect(paras(a)).not.toContain(a.title);
		expect(a.title).not.toMatch(/^(Advertisement|Skip to|Donate|News by)/);
	});
});

// ---------------------------------------------------------------- fixtures in other shapes

interface FixtureExpect {
	title: string;
	byline: string | null;
	date: string | null;
	/** Paragraphs that must be in the body, exactly. */
	includes: string[];
	firstParagraph: string;
	lastParagraph: string;
	absent: string[];
	captions: Caption[];
	comments: { author: string | null; date: string | null; start: string }[];
	removed: [RemovedReason, string][];
}

const fixtureRows: [string, FixtureExpect][] = [
	[
		'wordpress-comments.html',
		{
			title: 'Valemont council approves river barrage despite protests',
			byline: 'Ines Okafor',
			date: '2024-03-05',
			includes: ['Fishermen fear for the estuary'],
			firstParagraph: 'Valemont’s city council voted seven to four on Monday night',
			lastParagraph: 'The barrage is expected to cost £48 million',
			absent: ['Harold Pennick', 'cellar', 'Reply', 'Leave a', 'thoughts on', 'email address', 'Post navigation', 'Tomas Reyna', 'Menu', 'Skip to', 'All rights reserved', 'Tagged'],
			captions: [
				{ text: 'Engineers show a scale model of the planned barrage at the council chamber on Monday.', kind: 'caption' },
				{ text: '(Tomas Reyna / Harbour Ledger)', kind: 'credit' }
			],
			comments: [
				{ author: 'Harold Pennick', date: 'March 5, 2024 at 10:41 am', start: 'Forty years in the lower town' },
				{ author: 'Lucy Ferrante', date: 'March 5, 2024 at 12:03 pm', start: 'Your cellar, yes.' },
				{ author: 'Gwen Abara', date: 'March 6, 2024 at 8:15 am', start: 'Forty-eight million pounds for a wall.' }
			],
			removed: [
				['comment form', '3 thoughts on “Valemont council approves river barrage despite protests”'],
				['navigation', 'Skip to content'],
				['navigation', 'The Harbour Ledger · Home · Local · Environment · About']
			]
		}
	],
	[
		'news-chrome.html',
		{
			title: 'Port workers walk out over automation plan',
			byline: 'Samir Dalca',
			date: '2025-06-18',
			includes: ['Ships queue offshore', 'Talks between the union and the port authority are due to resume on Friday.'],
			firstParagraph: 'About 1,200 dock workers at the Port of Kestrel Bay stopped work',
			lastParagraph: 'Talks between the union and the port authority',
			absent: ['cookies', 'Accept all', 'Skip to main content', 'Subscribe', 'Weather', 'Advertisement', 'Related stories', 'robot crane', 'Most read', 'Heatwave', 'newsletter', 'Privacy policy', 'All rights reserved', 'Facebook', 'By Samir Dalca', 'Shipping'],
			captions: [],
			comments: [],
			// Chrome is listed as left out even though Readability would have dropped it anyway.
			removed: [
				['advertisement', 'Advertisement'],
				['share widget', 'Facebook · Twitter · Email'],
				['navigation', 'Skip to main content'],
				['navigation', 'Home / Business / Shipping'],
				['related links', 'Related stories · Port authority reports record profits · Inside the robot crane trial · Island ferry fares to rise in autumn']
			]
		}
	],
	[
		'photo-gallery.html',
		{
			title: 'Wildfire forces evacuation of hill villages',
			byline: 'Lena Hartwig and Yusuf Demir',
			date: '2025-08-02',
			includes: ['No deaths have been reported.'],
			firstParagraph: 'More than 4,000 people were ordered to leave seven hill villages',
			lastParagraph: 'No deaths have been reported.',
			absent: ['Smoke rises', 'Families wait', 'water-bombing', 'volunteer hands out', 'Ana Ruiz', '©', 'Photo:', 'August 2, 2025', 'Privacy'],
			captions: [
				{ text: 'Smoke rises over the ridge above Castelmora on Saturday.', kind: 'caption' },
				{ text: 'Photo: Ana Ruiz / Northfield Post', kind: 'credit' },
				{ text: 'Families wait for news at a sports hall in the valley town of Lurano.', kind: 'caption' },
				{ text: '(Ana Ruiz / Northfield Post)', kind: 'credit' },
				{ text: 'A water-bombing aircraft makes a pass over burning pine forest.', kind: 'caption' },
				{ text: '© 2025 Civil Protection Agency', kind: 'credit' },
				{ text: 'A volunteer hands out bottled water on the road out of Castelmora.', kind: 'caption' },
				{ text: 'Ana Ruiz / Northfield Post', kind: 'credit' }
			],
			comments: [],
			removed: [['dateline', 'August 2, 2025']]
		}
	],
	[
		'pasted-windows.txt',
		{
			title: 'Teachers vote to accept three-year pay deal',
			byline: 'Rafael Quintero',
			date: '2025-11-03',
			includes: [
				'Class sizes next',
				// a hard-wrapped paragraph is one paragraph again
				"The district's finance director, Omar Castellanos, said the deal was affordable only because the state had increased its education grant, and warned that a planned cut to class sizes would now have to wait a year.",
				'The Ardmoor Teachers\' Association said 78 percent of members who took part backed the deal, which raises salaries by 4.5 percent this year and 3 percent in each of the next two.'
			],
			firstParagraph: 'Teachers in the Ardmoor district voted by a large margin on Monday to accept a three-year pay offer, ending',
			lastParagraph: "Parents' groups welcomed the end of the dispute",
			absent: ['Opinion', 'By Rafael', '7:05pm', 'Advertisement', 'Pupils gather', 'Jana Hollis', 'Share via', 'Donate', 'tax deductible', 'contributed to this report'],
			captions: [
				{ text: 'Pupils gather outside Ardmoor High School on the last day of the strike in April.', kind: 'caption' },
				{ text: '(Jana Hollis / Ardmoor Weekly)', kind: 'credit' }
			],
			comments: [],
			removed: [
				['section label', 'Opinion'],
				['byline', 'By Rafael Quintero'],
				['dateline', 'Nov 3 2025, 7:05pm'],
				['advertisement', 'Advertisement'],
				['share widget', 'Share via'],
				['donation appeal', 'Donate Now'],
				['donation appeal', 'Your tax deductible gift can help keep local news free for everyone.'],
				['contributor line', 'Nina Patel contributed to this report.']
			]
		}
	],
	[
		'library-article.md',
		{
			title: 'Brannock library reopens after flood repairs',
			byline: 'Clara Mendel',
			date: '2025-09-14',
			includes: [
				'What was saved',
				'11,000 local newspapers dating back to 1851',
				'a collection of hand-drawn river maps',
				'"We lost carpets and shelving, but almost none of the town\'s memory," Fairley said.',
				'About 2,000 visitors queued along Mill Street before the doors opened, according to the library trust. Head librarian Oona Fairley said the turnout was "the best thank-you we could have asked for."'
			],
			firstParagraph: 'The Brannock Public Library reopened on Saturday',
			lastParagraph: 'The repairs cost £2.3 million',
			absent: ['#', '**', '](', 'http', '![', '_hand', '> ', 'Share this', 'Related stories', 'Flood defences for Mill Street', 'archive goes online', 'Ivo Stanek', 'World | Culture', 'restored reading room'],
			captions: [
				{ text: "The restored reading room on the library's first floor.", kind: 'caption' },
				{ text: 'Photo: Ivo Stanek / Brannock Gazette', kind: 'credit' }
			],
			comments: [],
			removed: [
				['section label', 'World | Culture'],
				['share widget', 'Share this article'],
				['related links', 'Related stories'],
				['related links', 'Flood defences for Mill Street approved'],
				['related links', 'Brannock archive goes online']
			]
		}
	]
];

function loadFixture(file: string): ArticleInput {
	const content = fs.readFileSync(path.join(fixturesDir, file), 'utf8');
	return file.endsWith('.html') ? { id: file, html: content } : { id: file, text: content };
}

describe('segment: fixtures in other page shapes', () => {
	it('the pasted fixture really has Windows line breaks and non-breaking spaces', () => {
		const raw = fs.readFileSync(path.join(fixturesDir, 'pasted-windows.txt'), 'utf8');
		expect(raw).toContain('\r\n');
		expect(raw).toContain('\u00A0');
	});

	it.each(fixtureRows)('%s', (file, want) => {
		const a = segment(loadFixture(file));
		expectWellFormed(a);
		expect(a.title).toBe(want.title);
		expect(a.byline).toBe(want.byline);
		expect(a.date).toBe(want.date);
		const ps = paras(a);
		for (const p of want.includes) expect(ps).toContain(p);
		expect(ps[0].startsWith(want.firstParagraph), ps[0]).toBe(true);
		expect(ps[ps.length - 1].startsWith(want.lastParagraph), ps[ps.length - 1]).toBe(true);
		expect(ps).not.toContain(want.title);
		for (const junk of want.absent) expect(a.text, junk).not.toContain(junk);
		expect(a.captions).toEqual(want.captions);
		expect(a.comments.map((c) => ({ author: c.author, date: c.date, start: c.text.slice(0, want.comments.find((w) => w.author === c.author)?.start.length ?? 0) }))).toEqual(want.comments);
		for (const [reason, text] of want.removed) expect(a.removed).toContainEqual({ reason, text });
	});

	it('a nested WordPress reply keeps its own paragraphs and not its parent\'s', () => {
		const a = segment(loadFixture('wordpress-comments.html'));
		const reply = a.comments.find((c) => c.author === 'Lucy Ferrante')!;
		expect(reply.text).toBe('Your cellar, yes. But the council never answered the question about the silt.\n\nRead the cooperative’s survey before you cheer.');
		expect(a.comments.find((c) => c.author === 'Harold Pennick')!.text).not.toContain('silt');
	});

	it('the page outlet is used only when none is supplied', () => {
		expect(segment(loadFixture('news-chrome.html')).outlet).toBe('Kestrel Bay Tribune');
		expect(segment({ ...loadFixture('news-chrome.html'), outlet: 'Given' }).outlet).toBe('Given');
	});
});

// ---------------------------------------------------------------- single rules

const P1 = 'The first paragraph is long enough to read as a finished sentence of prose.';
const P2 = 'A second paragraph follows it, also written as a complete sentence here.';

type Row = [name: string, input: string, body: string[], removed?: [RemovedReason, string][]];
const ruleRows: Row[] = [
	['an ad line between paragraphs goes', `${P1}\n\nAdvertisement\n\n${P2}`, [P1, P2], [['advertisement', 'Advertisement']]],
	['a subheading stays in the body as its own paragraph', `${P1}\n\nCrowds gather at dawn\n\n${P2}`, [P1, 'Crowds gather at dawn', P2]],
	['hard-wrapped lines rejoin into one paragraph', `${P1}\n\nThe mayor said the plan would be\nput to a public vote in May.`, [P1, 'The mayor said the plan would be put to a public vote in May.']],
	[
		'furniture words inside long prose are kept (conservative)',
		`${P1}\n\nThe charity's appeal, which ended "Donate now" in capital letters, drew complaints from readers who said the advertisement looked like a news story and contributed to this report's popularity online, the regulator said on Monday after a long review of the case.`,
		[P1, `The charity's appeal, which ended "Donate now" in capital letters, drew complaints from readers who said the advertisement looked like a news story and contributed to this report's popularity online, the regulator said on Monday after a long review of the case.`]
	],
	['"By Tuesday, …" is a sentence, not a byline', `${P1}\n\nBy Tuesday the river had fallen by a metre.`, [P1, 'By Tuesday the river had fallen by a metre.']],
	[
		'a related-links list ends at the first sentence after it',
		`${P1}\n\nRelated\n\nCouncil approves new bus lanes\n\nSchool roof repairs delayed again\n\n${P2}`,
		[P1, P2],
		[['related links', 'Related'], ['related links', 'Council approves new bus lanes'], ['related links', 'School roof repairs delayed again']]
	],
	['a breadcrumb trail is a section label', `World > Europe > Baltics\n\n${P1}`, [P1], [['section label', 'World > Europe > Baltics']]],
	['a row of share buttons goes', `${P1}\n\nFacebook Twitter Email\n\n${P2}`, [P1, P2], [['share widget', 'Facebook Twitter Email']]],
	['a wire sign-off is a contributor line', `${P1}\n\nReporting by Ana Lind; Editing by Tom Brak`, [P1], [['contributor line', 'Reporting by Ana Lind; Editing by Tom Brak']]],
	[
		'a truncated copy of a caption goes with it',
		`${P1}\n\nFirefighters carry hoses up the\nFILE - Firefighters carry hoses up the hill above the town, July 2, 2023.\n\n${P2}`,
		[P1, P2],
		[['truncated caption', 'Firefighters carry hoses up the']]
	],
	[
		'an update log: the stamped lines under the header go',
		`${P1}\n\nUpdate:\n\n9:15 a.m.: Adds comment from the ministry.\n\n${P2}`,
		[P1, P2],
		[['update note', 'Update:'], ['update note', '9:15 a.m.: Adds comment from the ministry.']]
	],
	['an editor\'s note goes', `Editor's note: This story contains graphic descriptions.\n\n${P1}`, [P1], [["editor's note", "Editor's note: This story contains graphic descriptions."]]],
	['a paragraph printed twice is kept once', `${P1}\n\n${P2}\n\n${P2}`, [P1, P2], [['duplicate line', P2]]],
	['Unicode spaces become plain spaces; curly quotes stay', `“It works,”\u2009she\u00A0said\u202Fon Monday, as the vote was counted.`, ['“It works,” she said on Monday, as the vote was counted.']]
];

describe('segment: single rules on small texts', () => {
	it.each(ruleRows)('%s', (_name, input, body, removed = []) => {
		const a = segment({ id: 't', text: input });
		expect(paras(a)).toEqual(body);
		for (const [reason, text] of removed) expect(a.removed).toContainEqual({ reason, text });
		expectWellFormed(a);
	});

	const commentRows: [string, string, RawComment[]][] = [
		[
			'"Name says:" then a date line',
			`${P1}\n\n2 Responses\n\nJo Marsh says:\nMay 3, 2024 at 9:14 am\n\nGood piece.\n\nSam Ode says:\nMay 4, 2024 at 7:02 pm\n\nI disagree.\nStrongly.\n\nLeave a Comment`,
			[
				{ id: 'c1', parent: null, text: 'Good piece.', author: 'Jo Marsh', date: 'May 3, 2024 at 9:14 am' },
				{ id: 'c2', parent: null, text: 'I disagree.\nStrongly.', author: 'Sam Ode', date: 'May 4, 2024 at 7:02 pm' }
			]
		],
		[
			'author on the date line, no header',
			`${P1}\n\n${P2}\n\nPat Quinlan on March 3, 2024 at 9:14 am\n    The numbers do not add up.\n\nRiya K on March 4, 2024 at 10:00 pm\n    They do if you read the appendix.`,
			[
				{ id: 'c1', parent: null, text: 'The numbers do not add up.', author: 'Pat Quinlan', date: 'March 3, 2024 at 9:14 am' },
				{ id: 'c2', parent: null, text: 'They do if you read the appendix.', author: 'Riya K', date: 'March 4, 2024 at 10:00 pm' }
			]
		],
		[
			'old Mac line breaks, "N Comments" header, the author\'s name on the line above the date',
			`${P1}\r\r3 Comments\r\rJane Doe\rMay 3, 2024 at 9:14 am\rI liked it.\rReply\r\rOmar Haddad\rMay 4, 2024 at 1:00 pm\rNot me.\rAnd not my sister.\r`,
			[
				{ id: 'c1', parent: null, text: 'I liked it.', author: 'Jane Doe', date: 'May 3, 2024 at 9:14 am' },
				{ id: 'c2', parent: null, text: 'Not me.\nAnd not my sister.', author: 'Omar Haddad', date: 'May 4, 2024 at 1:00 pm' }
			]
		],
		['no comment list: a dated sentence in the body is body', `${P1}\n\nThe hearing was set for March 3, 2024 at 9 am in the county court.`, []],
		['no comment list: the article\'s own "Last updated … at …" line', `${P1}\n\nLast updated March 3, 2024 at 9:14 am\n\n${P2}`, []]
	];
	it.each(commentRows)('comments: %s', (_name, input, want) => {
		const a = segment({ id: 't', text: input });
		expect(a.comments).toEqual(want);
		for (const c of want) expect(a.text).not.toContain(c.text.split('\n')[0]);
		expect(paras(a)[0]).toBe(P1);
	});

	// [what the page has, headline expected]
	const headlines: [string, string, string][] = [
		['the first article\'s <h1>', `<head><title>Harbour fees rise | Fenwick Star</title></head><body><article><h1>Harbour fees rise</h1><p>${P1} ${P2}</p><p>${P2} ${P1}</p></article></body>`, 'Harbour fees rise'],
		[
			'a later story card\'s <h1> is not the page\'s headline: og:title is',
			`<head><meta property="og:title" content="Ferry strike ends after nine days - Fenwick Star"><link rel="canonical" href="https://www.fenwickstar.com/ferry"></head><body><article><h2>Ferry strike ends</h2><p>${P1} ${P2}</p><p>${P2} ${P1}</p></article><article class="card"><h1>Ten best puddings</h1><p>Read more</p></article></body>`,
			'Ferry strike ends after nine days'
		],
		['the site named in og:site_name leaves the title', `<head><meta property="og:site_name" content="ZDNet"><title>Best tablets of 2019 | ZDNet</title></head><body><div><p>${P1} ${P2}</p><p>${P2} ${P1}</p></div></body>`, 'Best tablets of 2019'],
		['a dash inside the headline stays', `<head><meta property="og:site_name" content="ZDNet"><meta property="og:title" content="Our research shows - ads work"></head><body><div><p>${P1} ${P2}</p><p>${P2} ${P1}</p></div></body>`, 'Our research shows - ads work']
	];
	it.each(headlines)('headline: %s', (_n, page, want) => {
		expect(segment({ id: 'h', html: `<html>${page}</html>` }).title).toBe(want);
	});

	// review 34: plain-text copies whose headline ends like a sentence (archives, some pastes) had no
	// headline, and its words counted as the outlet's body
	const plainHeadlines: [string, string, string | null][] = [
		['before a dateline', `Harbour votes seen as key in S.C.\n\nCOLUMBIA, S.C. - ${P1}\n\n${P2}`, 'Harbour votes seen as key in S.C.'],
		['a sentence before a dateline with a dash', `The mayor's rivals pull their punches.\n\nMIAMI — ${P1}\n\n${P2}`, "The mayor's rivals pull their punches."],
		['in title case with a full stop', `Mayor Vale Would Put Friends On Court, ‘I Fear The Same Thing’ For Roe.\n\n${P1}\n\n${P2}`, 'Mayor Vale Would Put Friends On Court, ‘I Fear The Same Thing’ For Roe.'],
		['... but not a first sentence full of names', `President Tom Vale and First Lady Ann Vale visited Harbour City on Monday.\n\n${P1}\n\n${P2}`, null],
		['... nor a short first paragraph before another', `The council met on Monday.\n\n${P1}\n\n${P2}`, null],
		// review 35: most of an archive's headlines are sentences of a few words above a long first paragraph
		['a short sentence above a paragraph twice as long', `The harbour feud lives on.\n\n${P1} ${P2}\n\n${P2}`, 'The harbour feud lives on.'],
		['... nor a sentence of more than twelve words', `The harbour feud between the mayor and the council over the new fees lives on.\n\n${P1} ${P2}\n\n${P2}`, null]
	];
	it.each(plainHeadlines)('plain-text headline: %s', (_n, text, want) => {
		const a = segment({ id: 'p', text });
		expect(a.title || null).toBe(want);
		if (want) expect(paras(a)).not.toContain(want);
	});

	it('Disqus-style comment markup: each comment apart, with author and date', () => {
		const html = `<html><head><title>T</title></head><body><article><h1>Harbour fees rise</h1>
			<p>${P1} ${P1}</p><p>${P2} ${P2}</p><p>${P1.replace('first', 'third')}</p></article>
			<div id="disqus_thread"><div class="comment"><span class="author">kelp_fan</span><span class="date">2 days ago</span><div class="comment-body"><p>Outrageous.</p></div></div>
			<div class="comment"><span class="author">M. Ortiz</span><span class="date">1 day ago</span><div class="comment-body"><p>Fair enough, honestly.</p></div></div></div></body></html>`;
		const a = segment({ id: 'd', html });
		expect(a.comments).toEqual([
			{ id: 'c1', parent: null, text: 'Outrageous.', author: 'kelp_fan', date: '2 days ago' },
			{ id: 'c2', parent: null, text: 'Fair enough, honestly.', author: 'M. Ortiz', date: '1 day ago' }
		]);
		expect(a.text).not.toMatch(/Outrageous|kelp_fan|days ago/);
		expect(a.title).toBe('Harbour fees rise');
		expectWellFormed(a);
	});

	it('comment markup without a named text element: each list item is one comment, replies apart', () => {
		const html = `<html><body><header><h1 class="logo">Fenwick Evening Star</h1></header><article><h1>Bridge tolls scrapped</h1><p>${P1} ${P2}</p><p>${P2} ${P1}</p></article>
			<section class="comments"><h3>Comments (2)</h3><ol class="comment-list">
			<li><span class="author">Ruth Abel</span> <time datetime="2025-01-02">2 Jan 2025</time><p>About time too.</p>
				<ul class="children"><li><span class="author">Ken Ito</span> <time datetime="2025-01-03">3 Jan 2025</time><p>Who pays instead?</p></li></ul></li>
			</ol></section></body></html>`;
		const a = segment({ id: 'c', html });
		expect(a.title).toBe('Bridge tolls scrapped');
		expect(a.comments).toEqual([
			{ id: 'c1', parent: null, text: 'About time too.', author: 'Ruth Abel', date: '2 Jan 2025' },
			{ id: 'c2', parent: 'c1', text: 'Who pays instead?', author: 'Ken Ito', date: '3 Jan 2025' }
		]);
		expect(a.text).not.toMatch(/About time|Who pays|Ruth Abel|Comments/);
		expect(a.removed).toContainEqual({ text: 'Comments (2)', reason: 'comment form' });
	});

	it('pasted comments: a line back at the left margin ends the indented comment', () => {
		const a = segment({ id: 'i', text: `${P1}\n\n${P2}\n\n  • March 3, 2024 at 9:14 am\n\n    Indented comment text.\n\nPowered by Example CMS` });
		expect(a.comments).toEqual([{ id: 'c1', parent: null, text: 'Indented comment text.', author: null, date: 'March 3, 2024 at 9:14 am' }]);
		expect(a.text).not.toContain('Powered by');
	});

	it('a wrapper whose class looks like chrome but holds the article is kept', () => {
		const html = `<html><body><div class="story-share-enabled related-content"><article><h1>Ferry strike ends</h1><p>${P1} ${P2}</p><p>${P2} ${P1}</p></article></div><div class="related-links"><a href="/a">Other story</a></div></body></html>`;
		const a = segment({ id: 'w', html });
		expect(paras(a)).toEqual([`${P1} ${P2}`, `${P2} ${P1}`]);
		expect(a.removed).toContainEqual({ text: 'Other story', reason: 'related links' });
	});

	it('an HTML fragment with no <html> wrapper still yields its paragraphs', () => {
		const a = segment({ id: 'f', html: `<p>${P1}</p><p>Advertisement</p><p>${P2}</p>` });
		expect(paras(a)).toEqual([P1, P2]);
	});

	it('HTML: a line that is only the site\'s name (og:site_name) is its masthead; a sentence naming it stays', () => {
		const html = `<html><head><title>Site</title><meta property="og:site_name" content="usatoday"></head><body><article><h1>Ferry strike ends</h1><p>USA TODAY</p><p>${P1} ${P2}</p><p>USA Today readers wrote in about the strike all week.</p><p>${P2} ${P1}</p></article></body></html>`;
		const a = segment({ id: 's', html });
		expect(paras(a)).toEqual([`${P1} ${P2}`, 'USA Today readers wrote in about the strike all week.', `${P2} ${P1}`]);
		expect(a.removed).toContainEqual({ text: 'USA TODAY', reason: 'navigation' });
	});

	it('a "Main image credit" line and a "SOURCE:" line under the story are furniture, and the last paragraph stays body', () => {
		const a = segment({ id: 'c', text: `${P1}\n\n${P2}\n\nMain image credit: Getty\n\nSOURCE: News agencies` });
		expect(paras(a)).toEqual([P1, P2]);
		expect(a.captions).toContainEqual({ text: 'Main image credit: Getty', kind: 'credit' });
		expect(a.removed).toContainEqual({ text: 'SOURCE: News agencies', reason: 'contributor line' });
	});

	it('HTML: a placeholder date ("0001-01-01") is no date; the page\'s real one is used', () => {
		const ld = (d: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry strike ends","datePublished":"${d}"}</script>`;
		const page = (d: string, time = '') => `<html><head><title>Site</title>${ld(d)}</head><body><article><h1>Ferry strike ends</h1>${time}<p>${P1} ${P2}</p><p>${P2} ${P1}</p></article></body></html>`;
		expect(segment({ id: 'd', html: page('2019-11-19T10:00:00Z') }).date).toBe('2019-11-19');
		expect(segment({ id: 'd', html: page('0001-01-01T00:00:00Z') }).date).toBeNull();
		expect(segment({ id: 'd', html: page('0001-01-01T00:00:00Z', '<time datetime="2019-11-18T08:00:00Z">Nov. 18</time>') }).date).toBe('2019-11-18');
	});

	// newcomer pass 13 (29th stop): Al Bawaba's "Highlights" box line opened the body, and the story's own
	// copy of it, in its place, was removed as the duplicate
	it('a line under a "Highlights" label that the story repeats in its place is the box\'s copy', () => {
		const hl = 'Courts in the region, however, have declared most of the new settlements legal.';
		const html = `<html><head><title>Site</title></head><body><article><h1>Ferry strike ends</h1><p>Highlights</p><p>${hl}</p><p>${P1} ${P2}</p><p>${hl}</p><p>${P2} ${P1}</p></article></body></html>`;
		const a = segment({ id: 'h', html });
		expect(paras(a)).toEqual([`${P1} ${P2}`, hl, `${P2} ${P1}`]);
	});

	// newcomer pass 12 (29th stop): three of four pages a day late, their metadata in UTC
	it.each([
		['a UTC timestamp, the page showing the evening before', '2019-11-19T02:24:00Z', '<time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm ET</time>', '', '2019-11-18'],
		['a timestamp with no zone, the address dated the day before', '2019-11-19 01:09:01', '', '<link rel="canonical" href="https://example.com/2019/11/18/ferry-strike-ends/">', '2019-11-18'],
		['the shown date the same day', '2019-11-19T20:59:46Z', '<time>November 19, 2019 at 8:59 pm</time>', '', '2019-11-19'],
		['a shown date two days off (another story\'s)', '2019-11-19T02:24:00Z', '<time>Nov 17, 2019</time>', '', '2019-11-19'],
		['a date with no time is as written', '2019-11-19', '<time>Nov 18, 2019</time>', '', '2019-11-19']
	])('HTML: the date readers saw: %s', (_n, date, time, head, want) => {
		const html = `<html><head><title>Site</title>${head}<meta property="article:published_time" content="${date}"></head><body><article><h1>Ferry strike ends</h1>${time}<p>${P1} ${P2}</p><p>${P2} ${P1}</p></article></body></html>`;
		expect(segment({ id: 'd', html }).date).toBe(want);
	});

	// review 32: Newsweek's byline kept its date, CNN's its "Analysis by"
	it.each([
		['By Jo Reyes On 11/13/19 at 4:00 PM EST', 'Jo Reyes'],
		['By Jo Reyes on Nov. 13, 2019', 'Jo Reyes'],
		['Analysis by Jo Reyes, Ledger Editor-at-large', 'Jo Reyes'],
		['By Jo Reyes, Staff writer', 'Jo Reyes']
	])('HTML: the byline from the author meta %j is %j', (author, want) => {
		const html = `<html><head><title>Site</title><meta name="author" content="${author}"></head><body><article><h1>Ferry strike ends</h1><p>${P1} ${P2}</p><p>${P2} ${P1}</p></article></body></html>`;
		expect(segment({ id: 'b', html }).byline).toBe(want);
	});

	// review 32: The New York Times' page gave "no date"
	it.each([
		['article:published', '<meta property="article:published" content="2019-11-19T11:00:09.000Z">', '2019-11-19'],
		['an itemprop list', '<meta itemprop="datePublished dateCreated" content="2019-11-18T11:00:09.000Z">', '2019-11-18']
	])('HTML: the date from a meta tag: %s', (_n, tag, want) => {
		const html = `<html><head><title>Site</title>${tag}</head><body><article><h1>Ferry strike ends</h1><p>${P1} ${P2}</p><p>${P2} ${P1}</p></article></body></html>`;
		expect(segment({ id: 'd', html }).date).toBe(want);
	});

	// review 13: a fact check's date is in JSON-LD of a type Readability does not read
	it.each([
		['a ClaimReview', '{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2019-11-18T10:15:00+00:00"}', '2019-11-18'],
		['a WebPage in @graph', '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"WebPage","datePublished":"2018-04-18T14:39:09+02:00"}]}', '2018-04-18'],
		['broken JSON-LD', '{"@type":"ClaimReview","datePublished":', null]
	])('HTML: the date from %s', (_n, json, want) => {
		const html = `<html><head><title>Site</title><script type="application/ld+json">${json}</script></head><body><article><h1>Ferry strike ends</h1><p>${P1} ${P2}</p><p>${P2} ${P1}</p></article></body></html>`;
		expect(segment({ id: 'd', html }).date).toBe(want);
	});

	it('HTML: a <blockquote> is a quotation: one span over its paragraphs, none for plain paragraphs', () => {
		const q1 = 'Stadia is a promising platform that still needs work before launch.';
		const q2 = 'Its controller is comfortable to hold over long sessions of play.';
		const a = segment({ id: 'b', html: `<p>${P1}</p><blockquote><p>${q1}</p><p>${q2}</p></blockquote><p>${P2}</p>` });
		expect(paras(a)).toEqual([P1, q1, q2, P2]);
		expect(a.quotations?.map((s) => a.text.slice(s.start, s.end))).toEqual([`${q1}\n\n${q2}`]);
		expect(segment({ id: 'p', html: `<p>${P1}</p><p>${P2}</p>` }).quotations).toBeUndefined();
	});

	it('HTML: a supplied title wins, and the page\'s own differing headline is still lifted out of the body', () => {
		const html = `<html><head><title>Site</title></head><body><article><h1>Page headline in the markup</h1><p>${P1} ${P2}</p><p>${P2} ${P1}</p></article></body></html>`;
		const a = segment({ id: 'h', title: 'Supplied headline', html });
		expect(a.title).toBe('Supplied headline');
		expect(a.text).not.toContain('Page headline in the markup');
		expect(paras(a)).toEqual([`${P1} ${P2}`, `${P2} ${P1}`]);
	});

	it('markup pasted as text is read as HTML', () => {
		const a = segment({ id: 'p', text: `<p>${P1}</p>\n<p>Share via</p>\n<p>${P2}</p>` });
		expect(paras(a)).toEqual([P1, P2]);
	});

	it('a supplied title wins over the one in the page', () => {
		const a = segment({ id: 'x', title: 'Given headline', text: `Page headline here\n\n${P1}` });
		expect(a.title).toBe('Given headline');
		expect(paras(a)).toEqual(['Page headline here', P1]);
	});

	it.each([
		['2024-03-05T09:12:00+00:00', '2024-03-05'],
		['Nov 16 2016, 11:48am', '2016-11-16'],
		['Wednesday, November 2, 2016', '2016-11-02'],
		['3rd May 2024', '2024-05-03'],
		['3/4/2025', '3/4/2025']
	])('found date %s reads as %s', (found, want) => {
		expect(isoDate(found)).toBe(want);
	});

	it('boilerplate.tsv: an unknown reason or match fails loudly instead of silently matching nothing', () => {
		expect(() => parseBoilerplate('line\tadvertisment\tAdvertisement')).toThrow(/line 1/);
		expect(() => parseBoilerplate('exact\tadvertisement\tAdvertisement')).toThrow();
		expect(parseBoilerplate('# comment\n\nstart\tdonation appeal\tYour Gift Can')).toEqual([{ match: 'start', reason: 'donation appeal', phrase: 'your gift can' }]);
	});
});

// A short body that stops in an ellipsis is said to be cut off (a teaser, a paywall): [text, warned]
describe('cutOffWarning', () => {
	const long = 'The council met on Monday and voted on the plan. '.repeat(45);
	const rows: [string, boolean][] = [
		['Gaming used to be so simple. We bought a game and played it to the end.\n\nAll...', true],
		['He has been suspended for the season and may receive further discipline…', true],
		['Gaming used to be so simple. We bought a game and played it to the end.', false],
		[long + 'And then…', false], // a long article may end so
		['', false]
	];
	it.each(rows)('%j -> %s', (text, warned) => {
		expect(cutOffWarning(text)?.code ?? null).toBe(warned ? 'cut-off' : null);
	});
});
