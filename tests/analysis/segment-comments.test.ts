// Reader comments on the page shapes they come in (issue #12): WordPress threads with pingbacks and
// trackbacks, Disqus's embed, Drupal's indented replies, and comment lists pasted as text. Each
// comment keeps its author, date, id and parent; trackbacks go to `removed`, never to `comments`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../analysis/segment/index.js';
import type { ArticleInput } from '../../analysis/types.js';

const fixturesDir = path.resolve(__dirname, '../fixtures/segment');
function load(file: string): ArticleInput {
	const content = fs.readFileSync(path.join(fixturesDir, file), 'utf8');
	return file.endsWith('.html') ? { id: file, html: content } : { id: file, text: content };
}

type Want = [id: string, parent: string | null, author: string | null, date: string | null, start: string];
const rows: [file: string, comments: Want[], trackbacks: string[], bodyStart: string][] = [
	[
		'wordpress-pingbacks.html',
		[
			['comment-210', null, 'Pieter Vos', '2 September 2024 at 10:12', 'I borrowed the steamer twice'],
			['comment-214', 'comment-210', 'Maya Lindqvist', '2 September 2024 at 11:40', 'Thanks, Pieter.'],
			['comment-219', 'comment-214', 'Pieter Vos', '2 September 2024 at 12:05', 'Done. I sent them a photo'],
			['comment-231', null, 'Ruth Okoye', '3 September 2024 at 07:55', '£3,000 a year is nothing.']
		],
		[
			'Pingback: Weekend reading: libraries of things | Hacker Digest',
			'Trackback: Tool libraries are spreading | Town Digest',
			'Friday roundup | Community News – […] the tool shelf at Fenwick library […]'
		],
		"Fenwick's library has lent drills"
	],
	[
		'disqus-thread.html',
		[
			['post-5001', null, 'NightNurse', 'Monday, 6 May 2024 23:14', 'Finally. Three years of walking'],
			['post-5003', 'post-5001', 'ValleyDad', 'Tuesday, 7 May 2024 08:02', 'Same here.'],
			['post-5007', null, 'T. K. Wu', 'Tuesday, 7 May 2024 09:30', 'Hourly is not enough on a Saturday.\n\nMake it every half hour.']
		],
		[],
		'Night buses will run again'
	],
	[
		'drupal-comments.html',
		[
			['comment-88', null, 'Hollis Grant', 'Wed, 04/09/2025 - 18:22', 'Half plots are plenty'],
			['comment-91', 'comment-88', 'Dora Salk', 'Thu, 04/10/2025 - 09:05', 'Not for a family of five'],
			['comment-95', null, 'Ivo Brandt', 'Thu, 04/10/2025 - 12:47', 'The cemetery site floods']
		],
		[],
		'More than 400 households'
	],
	[
		'pasted-comments.txt',
		[
			['c1', null, 'Dee Harlan', 'March 7, 2025 at 9:14 am', 'Twenty percent in one go'],
			['c2', 'c1', 'Sam Okoro', 'March 7, 2025 at 10:02 am', 'The dredging has to be paid'],
			['c3', 'c2', 'Lena Fischer', 'March 8, 2025 at 8:45 am', '@Sam Okoro then charge'],
			['c4', null, 'Mo Akbari', 'March 8, 2025 at 9:20 am', 'Phase it in.']
		],
		['Pingback: Weekly harbour roundup | Coastline Digest'],
		'The harbour board voted on Thursday'
	],
	['one-comment.txt', [['c1', null, 'Bea Thornton', '12 October 2025', 'Lovely to have the hall back.']], [], 'The village hall in Aldwick reopened'],
	[
		'wordpress-comments.html',
		[
			['comment-901', null, 'Harold Pennick', 'March 5, 2024 at 10:41 am', 'Forty years in the lower town'],
			['comment-905', 'comment-901', 'Lucy Ferrante', 'March 5, 2024 at 12:03 pm', 'Your cellar, yes.'],
			['comment-911', null, 'Gwen Abara', 'March 6, 2024 at 8:15 am', 'Forty-eight million pounds']
		],
		[],
		'Valemont’s city council voted'
	]
];

describe('segment: comment sections', () => {
	it.each(rows)('%s', (file, want, trackbacks, bodyStart) => {
		const a = segment(load(file));
		expect(a.text.startsWith(bodyStart), a.text.slice(0, 60)).toBe(true);
		expect(a.comments.map((c) => [c.id, c.parent, c.author, c.date, c.text.slice(0, want.find((w) => w[0] === c.id)?.[4].length ?? 0)])).toEqual(want);
		expect(a.removed.filter((r) => r.reason === 'trackback').map((r) => r.text)).toEqual(expect.arrayContaining(trackbacks));
		// Nothing of a comment or a trackback is left in the body, and no trackback is a comment.
		for (const c of a.comments) expect(a.text).not.toContain(c.text.split('\n')[0]);
		for (const c of a.comments) expect(c.text).not.toMatch(/^(?:pingback|trackback)\b|\[…\]/i);
		for (const t of trackbacks) expect(a.text).not.toContain(t.slice(0, 20));
		// Every parent is an earlier comment's id.
		const ids = a.comments.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		a.comments.forEach((c, i) => c.parent && expect(ids.slice(0, i)).toContain(c.parent));
	});
});

const P1 = 'The board voted on Thursday to raise mooring fees by a fifth from April, its first rise in years.';
const P2 = 'Boat owners said the rise would push small fishing crews out of the harbour within a season.';

describe('segment: pasted comment shapes', () => {
	it.each([
		[
			'indentation makes a reply',
			`${P1}\n\n${P2}\n\n2 Comments\n\nAna Ruiz\nMay 3, 2024 at 9:14 am\nToo much.\n\n    Ben Cho\n    May 3, 2024 at 9:40 am\n    Not enough.\n\nCy Dunn\nMay 4, 2024 at 7:00 am\nFair.`,
			[
				['c1', null, 'Ana Ruiz'],
				['c2', 'c1', 'Ben Cho'],
				['c3', null, 'Cy Dunn']
			]
		],
		[
			'a trackback excerpt under a date is not a comment',
			`${P1}\n\n${P2}\n\nComments\n\nAna Ruiz says:\nMay 3, 2024 at 9:14 am\nToo much.\n\nHarbour Blog says:\nMay 3, 2024 at 9:20 am\n[…] the board's vote on mooring fees […]`,
			[['c1', null, 'Ana Ruiz']]
		],
		[
			'"Replying to" names the parent',
			`${P1}\n\n${P2}\n\n3 thoughts on “Fees”\n\nAna Ruiz says:\nMay 3, 2024 at 9:14 am\nToo much.\n\nBen Cho says:\nMay 3, 2024 at 9:40 am\nNot enough.\n\nReplying to Ana Ruiz\nCy Dunn says:\nMay 4, 2024 at 7:00 am\nAgreed.`,
			[
				['c1', null, 'Ana Ruiz'],
				['c2', null, 'Ben Cho'],
				['c3', 'c1', 'Cy Dunn']
			]
		]
	] as const)('%s', (_name, text, want) => {
		const a = segment({ id: 't', text });
		expect(a.comments.map((c) => [c.id, c.parent, c.author])).toEqual(want);
		expect(a.text).toBe(`${P1}\n\n${P2}`);
	});
});

describe('segment: other comment markup', () => {
	const article = `<article><h1>Harbour fees rise</h1><p>${P1} ${P2}</p><p>${P2} ${P1}</p></article>`;
	it.each([
		[
			'an older WordPress theme: one comment, text in .comment-body, date in .commentmetadata',
			`<div id="comments"><h3 id="comments-title">One Response to <em>Harbour fees rise</em></h3><ol class="commentlist"><li class="comment even depth-1" id="li-comment-5"><div id="comment-5"><div class="comment-author vcard"><cite class="fn">Jo Marsh</cite> <span class="says">says:</span></div><div class="comment-meta commentmetadata"><a href="#comment-5">March 5, 2024 at 10:41 am</a></div><div class="comment-body"><p>Too steep for the crab boats.</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></div></li></ol></div>`,
			[['comment-5', null, 'Jo Marsh', 'March 5, 2024 at 10:41 am', 'Too steep for the crab boats.']]
		],
		[
			'a blog platform: comment threads with cite authors and .datetime dates',
			`<div class="comments" id="comments"><h4>2 comments:</h4><div class="comment-thread"><ol><li class="comment" id="c101"><div class="comment-block"><div class="comment-header"><cite class="user">Pat Ode</cite><span class="datetime secondary-text"><a href="#c101">5 March 2024 at 09:12</a></span></div><p class="comment-content">Fair enough.</p></div><div class="comment-replies"><div class="comment-thread inline-thread"><ol><li class="comment" id="c102"><div class="comment-block"><div class="comment-header"><cite class="user">Ana Ruiz</cite><span class="datetime secondary-text"><a href="#c102">5 March 2024 at 10:30</a></span></div><p class="comment-content">Not for us.</p></div></li></ol></div></div></li></ol></div></div>`,
			[
				['c101', null, 'Pat Ode', '5 March 2024 at 09:12', 'Fair enough.'],
				['c102', 'c101', 'Ana Ruiz', '5 March 2024 at 10:30', 'Not for us.']
			]
		],
		[
			'the reply form and its "your comment will be reviewed" notice are no comment (review 17)',
			`<section class="comments"><ul><li class="add-comment"><a>Comment</a></li><li class="post-message" style="display: none;"><form action="/comments/add"><textarea name="comment"></textarea><button>Add Comment</button></form><div class="success"><label>Thank you! Your comment will be reviewed by the moderator for compliance with the <a>Rules</a></label><a>Add more</a></div></li></ul></section>`,
			[]
		]
	] as const)('%s', (_name, comments, want) => {
		const a = segment({ id: 'h', html: `<html><body>${article}${comments}</body></html>` });
		expect(a.comments.map((c) => [c.id, c.parent, c.author, c.date, c.text])).toEqual(want);
		expect(a.text).toBe(`${P1} ${P2}\n\n${P2} ${P1}`);
	});
});
