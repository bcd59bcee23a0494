// Reader comments pasted as text, after the article: a header ("2 thoughts on …", "One comment",
// "Comments") or the first timestamped entry line, then entries of a date line (optionally with the
// author, or the author on the line above or on a "Name says:" line) and the comment text. From
// there on nothing is body text. Pingbacks and trackbacks ("Pingback: Post title | Site") are links
// from other sites, not readers: removed with the reason "trackback". A reply names its parent by
// an "In reply to Name" line, an "@Name" opening, or a deeper indent than the comment it answers.
import type { RawComment } from '../types.js';
import type { Line, Verdict } from './rules.js';
import { AUTHOR_SAYS, COMMENTS_HEADER_STRONG, COMMENTS_HEADER_WEAK, commentMeta, words } from './patterns.js';

const TRACKBACK = /^(?:pingback|trackback)\b\s*:?/i;
/** "[…] an excerpt of the linking post […]": how WordPress shows a trackback's text. */
const TRACKBACK_EXCERPT = /^\[(?:…|\.\.\.)\][\s\S]*\[(?:…|\.\.\.)\]$/;
const REPLY_TO = /^(?:in reply to|replying to|reply to|↳)\s+(.{1,60}?)\.?$/i;
const AT_NAME = /^@([\p{L}\p{N}_.'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*)?)/u;

export function extractTextComments(lines: Line[], v: Verdict[]): RawComment[] {
	// Prefix flags, not a rescan per line: pasted pages can run to tens of thousands of lines.
	const bodyBefore: boolean[] = [];
	lines.forEach((l, j) => (bodyBefore[j + 1] = (bodyBefore[j] ?? false) || (v[j].k === 'body' && words(l.text, 8) >= 8)));
	const hasBodyBefore = (i: number) => bodyBefore[i] ?? false;
	const metaSoon = (i: number) => {
		for (let j = i + 1, seen = 0; j < lines.length && seen < 3; j++) {
			if (v[j].k !== 'body') continue;
			seen++;
			if (commentMeta(lines[j].text) || AUTHOR_SAYS.test(lines[j].text)) return true;
		}
		return false;
	};
	let start = -1;
	for (let i = 1; i < lines.length && start < 0; i++) {
		const t = lines[i].text;
		if (!hasBodyBefore(i)) continue;
		if (COMMENTS_HEADER_STRONG.test(t) || (COMMENTS_HEADER_WEAK.test(t) && metaSoon(i))) start = i;
		else if (v[i].k === 'body' && commentMeta(t)?.timed && /\bat\b/i.test(t)) start = i;
	}
	if (start < 0) return [];

	const out: RawComment[] = [];
	interface Entry {
		author: string | null;
		date: string | null;
		blocks: string[][];
		lastBlock: number;
		/** Indentation of the entry's first text line. */
		indent?: number;
		/** Indentation of the entry's header line: deeper than the one before means a reply. */
		depth: number;
		/** Parent named by the page ("In reply to Jo"). */
		replyTo: string | null;
		trackback: boolean;
		/** Line indexes, so a trackback's lines can be marked removed. */
		rows: number[];
	}
	// Typed by assertion so closing an entry inside close() does not confuse narrowing below.
	let cur = null as Entry | null;
	let pendingAuthor: string | null = null;
	let pendingReply: string | null = null;
	/** A line in the comment area that belonged to no entry (maybe the next entry's author). */
	let unassigned = -1;
	/** Open threads by header indentation: [depth, id]. */
	const thread: [number, string][] = [];
	const indents = new Set<number>();
	const latestBy = (name: string): string | null => {
		const n = name.toLowerCase();
		for (let k = out.length - 1; k >= 0; k--) {
			const a = out[k].author?.toLowerCase();
			if (a && (a === n || a.split(/\s+/)[0] === n)) return out[k].id;
		}
		return null;
	};
	const close = () => {
		const e = cur;
		cur = null;
		if (!e) return;
		const text = e.blocks.map((b) => b.join('\n')).join('\n\n');
		if (e.trackback || (text && TRACKBACK_EXCERPT.test(text))) {
			for (const r of e.rows) v[r] = { k: 'removed', reason: 'trackback' };
			return;
		}
		if (!e.blocks.length) return;
		const id = `c${out.length + 1}`;
		let parent: string | null = e.replyTo ? latestBy(e.replyTo) : null;
		const at = AT_NAME.exec(text);
		if (!parent && at) parent = latestBy(at[1]) ?? latestBy(at[1].split(/\s+/)[0]);
		while (thread.length && thread[thread.length - 1][0] >= e.depth) thread.pop();
		if (!parent && indents.size > 1 && thread.length) parent = thread[thread.length - 1][1];
		thread.push([e.depth, id]);
		out.push({ id, parent, text, author: e.author, date: e.date });
	};
	const open = (author: string | null, date: string | null, i: number, trackback = false) => {
		cur = { author, date, blocks: [], lastBlock: -1, depth: lines[i].indent, replyTo: pendingReply, trackback, rows: [i] };
		indents.add(lines[i].indent);
		pendingAuthor = null;
		pendingReply = null;
	};
	for (let i = start; i < lines.length; i++) {
		const t = lines[i].text;
		if (TRACKBACK.test(t) && (v[i].k === 'body' || i === start)) {
			close();
			open(null, null, i, true);
			cur!.blocks.push([t]);
			cur!.lastBlock = lines[i].block;
			continue;
		}
		const meta = commentMeta(t);
		if (meta && (v[i].k === 'body' || i === start)) {
			// A trackback's own date line belongs to it, not to a new comment.
			if (cur?.trackback && !cur.date && cur.blocks.length === 1) {
				cur.date = meta.date;
				cur.rows.push(i);
				continue;
			}
			close();
			let author = meta.author ?? pendingAuthor;
			// A bare name on the line just above the date, in the same block, is that entry's author.
			const prev = i - 1;
			if (!author && prev > start && lines[prev].block === lines[i].block && isNameLine(lines[prev].text)) {
				if (prev === unassigned) {
					author = lines[prev].text;
					v[prev] = { k: 'comment' };
				} else if (v[prev].k === 'comment' && out.length) {
					// It was read as the last line of the previous entry; give it back.
					author = lines[prev].text;
					const last = out[out.length - 1];
					if (last.text === author) out.pop();
					else if (last.text.endsWith('\n' + author)) last.text = last.text.slice(0, -author.length).replace(/\n+$/, '');
				}
			}
			open(author, meta.date, i);
			v[i] = { k: 'comment' };
			continue;
		}
		const says = AUTHOR_SAYS.exec(t);
		if (says && v[i].k === 'body') {
			close();
			pendingAuthor = says[1].trim();
			v[i] = { k: 'comment' };
			continue;
		}
		const reply = REPLY_TO.exec(t);
		if (reply && v[i].k === 'body' && words(t) <= 8) {
			close();
			pendingReply = reply[1].trim();
			v[i] = { k: 'comment' };
			continue;
		}
		const x = v[i];
		if (x.k === 'removed') {
			if (x.reason === 'comment form') close();
			continue;
		}
		// Pasted comment lists indent the comment text; a line back at the margin is not part of it.
		if (cur?.indent && lines[i].indent < cur.indent) close();
		if (cur) {
			cur.indent ??= lines[i].indent;
			if (cur.lastBlock === lines[i].block && cur.blocks.length) cur.blocks[cur.blocks.length - 1].push(t);
			else cur.blocks.push([t]);
			cur.lastBlock = lines[i].block;
			cur.rows.push(i);
			v[i] = { k: 'comment' };
		} else {
			v[i] = { k: 'removed', reason: 'comment form' };
			unassigned = i;
		}
	}
	close();
	return out;
}

const UPPER_FIRST = /^\p{Lu}/u;
function isNameLine(t: string): boolean {
	return words(t) <= 4 && !/[.!?,;:]$/.test(t) && UPPER_FIRST.test(t);
}
