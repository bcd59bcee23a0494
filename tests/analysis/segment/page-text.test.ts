// A whole web page pasted as text (select all, copy): page-text.ts finds the article's region, and the
// line rules sort what is left. A page of our own, then table rows of what each part becomes.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../analysis/segment/index.js';
import { looksLikePage, outsideArticle } from '../../../analysis/segment/page-text.js';
import { normaliseText, textLines, looksLikeMarkdown } from '../../../analysis/segment/text.js';
import type { CleanArticle } from '../../../analysis/types.js';

const MENU = ['Home', 'News', 'Sport', 'Business', 'Weather', 'Opinion', 'Culture', 'Travel', 'Video', 'Podcasts', 'Newsletters', 'Sign in', 'Subscribe', 'Search'];
const BODY = [
	'The harbour ferry carried its first passengers on Thursday morning after six weeks of repairs to the landing stage, which the February storm had torn loose from its moorings.',
	'“We are relieved to have the service back before the holidays,” said the port manager, Ana Ruiz, who thanked the engineers who had worked through the weekends to finish the job.',
	'Fares stay the same until the end of the season, the operator said, and the timetable returns to twelve crossings a day from Monday, with an extra late boat on Fridays.'
];
const MORE = [
	'The engineers found the old timber piles had rotted further than the survey of last autumn had suggested, so the landing stage was rebuilt on steel piles driven into the bed of the bay.',
	'The work cost the council more than it had planned, and the operator has said it will ask for a share of the bill to be met from the regional transport fund next year.'
];
const PAGE = [
	...MENU,
	'TRANSPORT',
	'Harbour ferry returns after storm repairs',
	'By Jane Marsh',
	'Share',
	'Facebook',
	'Twitter',
	...BODY,
	'Most read',
	'Council tax to rise by four per cent',
	'Lifeboat crew rescue two from sandbank',
	'New cycle lane opens on the sea front',
	'School wins national chess title',
	'Mayor unveils plan for the old pier',
	...MORE,
	'Related stories',
	'Storm damage bill passes two million',
	'Ferry operator names new captain',
	'Island shop reopens after flood',
	'Tide times for the week ahead',
	'About us',
	'Contact',
	'Privacy policy',
	'Terms and conditions',
	'© 2024 Coast Courier'
].join('\n');

const paras = (a: CleanArticle) => a.paragraphs.map((p) => a.text.slice(p.start, p.end));

describe('a whole page pasted as text', () => {
	const a = segment({ id: 'page', text: PAGE });

	it('keeps the article, across a box of headlines inside it, and nothing of the page around it', () => {
		expect(paras(a)).toEqual([...BODY, ...MORE]);
	});

	it('takes the headline with its byline over a related link that shares more words', () => {
		const related = ['Ferry', 'Related', 'Harbour ferry repairs cost the council more than planned'].join('\n');
		const text = PAGE.replace('Harbour ferry returns after storm repairs\nBy Jane Marsh', 'Storm ends with calm seas\nBy Jane Marsh\n' + related);
		expect(segment({ id: 'p2', text }).title).toBe('Storm ends with calm seas');
	});

	it('takes the headline above the article, not a menu item or the kicker in capitals', () => {
		expect(a.title).toBe('Harbour ferry returns after storm repairs');
		expect(a.byline).toBe('Jane Marsh');
	});

	it('says what was removed, and why', () => {
		// every line of the page outside the article is listed as removed (the line rules name menus and
		// footers they know; the rest is "outside the article")
		const removed = a.removed.map((r) => r.text);
		for (const t of [...MENU, 'Most read', 'Council tax to rise by four per cent', 'Tide times for the week ahead', 'Privacy policy', '© 2024 Coast Courier']) expect(removed).toContain(t);
		const outside = a.removed.filter((r) => r.reason === 'outside the article').map((r) => r.text);
		for (const t of ['Council tax to rise by four per cent', 'School wins national chess title', 'Tide times for the week ahead']) expect(outside).toContain(t);
		for (const t of [...BODY, ...MORE]) expect(removed).not.toContain(t);
	});
});

describe('looksLikePage and outsideArticle', () => {
	const lines = (text: string) => {
		const n = normaliseText(text);
		return textLines(n, looksLikeMarkdown(n)).lines;
	};
	// [what, text, read as a page?, lines left outside]
	const rows: [string, string, boolean, number][] = [
		['an article pasted alone', ['Harbour ferry returns after storm repairs', ...BODY, ...MORE].join('\n\n'), false, 0],
		['an article with one-sentence paragraphs', ['Ferry back', ...BODY.flatMap((b) => b.split(/(?<=\.) /))].join('\n\n'), false, 0],
		// 41 lines: the headline, the byline and five paragraphs are the article
		['the page above', PAGE, true, 34]
	];
	it.each(rows)('%s', (_what, text, page, outside) => {
		const ls = lines(text);
		expect(looksLikePage(ls)).toBe(page);
		if (page) expect(outsideArticle(ls).filter(Boolean).length).toBe(outside);
		else expect(segment({ id: 'a', text }).removed.filter((r) => r.reason === 'outside the article')).toEqual([]);
	});

	it('keeps reader comments after the article for the comment reader', () => {
		const text = [PAGE.split('\nAbout us')[0], '3 comments', 'Tom Reed says:', 'November 20, 2024 at 9:14 am', 'About time too, the detour was awful.'].join('\n');
		const a = segment({ id: 'c', text });
		expect(a.comments.map((c) => c.text)).toEqual(['About time too, the detour was awful.']);
	});
});

describe('the headline of a pasted article', () => {
	// [what, first lines, headline, section label removed?]
	const rows: [string, string, string, boolean][] = [
		['a section label of a few words above a longer headline', 'U.S. news\nFerry operator fined after harbour crash', 'Ferry operator fined after harbour crash', true],
		['a short headline alone stays the headline', 'Ferry back', 'Ferry back', false],
		['a kicker in capitals above the headline', 'BLACK DEATH FEARS\nFerry operator fined after harbour crash', 'Ferry operator fined after harbour crash', true]
	];
	it.each(rows)('%s', (_what, head, title, label) => {
		const a = segment({ id: 'h', text: `${head}\n\n${BODY.join('\n\n')}` });
		expect(a.title).toBe(title);
		expect(a.removed.some((r) => r.reason === 'section label' && (r.text === 'U.S. news' || r.text === 'BLACK DEATH FEARS'))).toBe(label);
		expect(a.text.startsWith(BODY[0])).toBe(true);
	});
});

// A photographer and an agency glued onto a caption's last sentence, and a caption's label run into
// it, as a page copied as text gives them.
describe('a caption with its credit or its label glued on', () => {
	const rows: [string, { text: string; kind: string }[] | null][] = [
		['Rep. Ana Ruiz speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file', [
			{ text: 'Rep. Ana Ruiz speaks at the Capitol on July 25, 2019.', kind: 'caption' },
			{ text: 'J. Scott Applewhite / AP file', kind: 'credit' }
		]],
		['The ferry at dawn on Monday. Tom Vale / AFP', [
			{ text: 'The ferry at dawn on Monday.', kind: 'caption' },
			{ text: 'Tom Vale / AFP', kind: 'credit' }
		]],
		// no agency after the slash: a sentence of the story, not a credit
		['He said the plan works. Jane Doe / The Harbour Ledger', null],
		// a caption's label run into it, as a page copied as text gives it
		['Media captionWho is Ana Ruiz?', [{ text: 'Who is Ana Ruiz?', kind: 'caption' }]],
		['Media captioned footage was shown to the court on Monday.', null],
		// a credit in brackets that says so, however many photographers it names
		['Ana Ruiz and Tom Vale at the harbour on Monday. (Photos by Jane Mary Doe, left, and Sam Van Roe/Invision/AP)', [
			{ text: 'Ana Ruiz and Tom Vale at the harbour on Monday.', kind: 'caption' },
			{ text: '(Photos by Jane Mary Doe, left, and Sam Van Roe/Invision/AP)', kind: 'credit' }
		]],
		// a long aside in brackets is no credit
		['The ferry left at dawn. (The crew, who had worked through the night, said it was late again.)', null]
	];
	it.each(rows)('%s', (line, caps) => {
		const a = segment({ id: 'c', text: `${BODY[0]}\n\n${line}\n\n${BODY[1]}` });
		if (caps) expect(a.captions).toEqual(caps);
		else expect(a.captions).toEqual([]);
	});
});
