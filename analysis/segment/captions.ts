// Photo captions and credits among the lines: a credit ("Photo: …", "(Name / Agency)", "© 2016
// Agency", a lone agency) and the short description it belongs to, labelled captions ("Image
// caption …"), wire-photo openers ("FILE - …"), truncated copies of a caption just above it, and the
// paragraph beside a lone agency credit that describes its photo (caption-verbs.txt).
import type { Caption } from '../types.js';
import { readDataFile } from '../data-files.js';
import { isAgencyCredit } from './furniture.js';
import { CAPTION_PREFIX, SENTENCE_END, norm, splitCredit, words } from './patterns.js';
import type { Line, Verdict } from './rules.js';

/** "Image caption Protesters outside …", "Media caption …": a caption that says so (copied as text, the label runs into it: "Media captionWho is Julian Assange?"). */
const LABELLED_CAPTION = /^(?:[Ii]mage|[Mm]edia|[Pp]hoto|[Pp]icture|[Vv]ideo|IMAGE|MEDIA|PHOTO|PICTURE|VIDEO)\s+(?:[Cc]aption|CAPTION)(?:\b\s*:?\s*|(?=\p{Lu}))/u;
/** Credits that stand before their photo or apart from it ("Image copyright Agency", a lone "Reuters"), so the line above them is not their caption. */
const STANDALONE_CREDIT = /^(?:(?:main|top|header|featured|lead|cover)\s+)?(?:image|photo|picture|media|video)\s+(?:copyright|source|credit)\b/i;

/** "Image: Ebola is a difficult illness to contain …": a label and a colon before a description (a credit, "Photo: Reuters", is a few words). */
const LABEL_COLON = /^(?:Image|Photo|Picture|Pictured|IMAGE|PHOTO|PICTURE)\s*:\s+/;

function captionOf(text: string, known: boolean): Caption[] | null {
	if (LABELLED_CAPTION.test(text) && words(text) <= 80) {
		const rest = text.replace(LABELLED_CAPTION, '').trim();
		if (rest) return [{ text: rest, kind: 'caption' }];
	}
	// (a description of six words or more after the label; fewer is a credit, read below)
	const label = LABEL_COLON.exec(text);
	if (label && words(text) <= 60 && words(text.slice(label[0].length)) >= 6 && !/\b(?:by|courtesy|credit)\b/i.test(text.slice(0, label[0].length + 12))) return [{ text: text.slice(label[0].length).trim(), kind: 'caption' }];
	if (isAgencyCredit(text)) return [{ text, kind: 'credit' }];
	const sc = splitCredit(text);
	if (sc && words(text) <= 80) {
		const out: Caption[] = [];
		if (sc.caption) out.push({ text: sc.caption, kind: 'caption' });
		out.push({ text: sc.credit, kind: 'credit' });
		return out;
	}
	if (known || CAPTION_PREFIX.test(text)) return [{ text, kind: 'caption' }];
	return null;
}

/** Does `short` look like `full` cut off mid-way (a teaser or alt text truncated to a width)? */
function truncationOf(short: string, full: string): boolean {
	const a = norm(short).split(' ');
	const b = norm(full.replace(CAPTION_PREFIX, '')).split(' ');
	if (a.length < 3 || a.length > b.length) return false;
	let k = 0;
	while (k < a.length && a[k] === b[k]) k++;
	return k >= 3 && k * 2 >= a.length;
}

/** "Hide Caption 3 of 30", "Photo 3 of 12", "Image 2 of 5": a photo gallery's counter opening a line. */
const GALLERY_COUNTER = /^(?:Hide\s+Caption|Caption|Photo|Image|Picture|Slide)\s+(\d{1,3})\s+of\s+(\d{1,3})\b\s*:?\s*/i;
/** "Photos: Mass shooting at Las Vegas music festival": a gallery's title, which its captions repeat. */
const GALLERY_TITLE = /^(?:Photos|Pictures|Images|Gallery|In pictures)\s*:\s*/i;

/**
 * A photo gallery copied with the page: a title line ("Photos: …"), then a caption under each photo and
 * a counter after it ("Hide Caption 1 of 30 Photos: … <the next caption>"). From the title (or the first
 * counter) to the last counter, every line is a caption: the 30 captions of a CNN gallery had been read
 * as a third of an article, its photographers' subjects as speakers and actors.
 */
function findGalleries(lines: Line[], v: Verdict[]): void {
	for (let i = 0; i < lines.length; i++) {
		const c = GALLERY_COUNTER.exec(lines[i].text);
		if (!c || v[i].k !== 'body') continue;
		const total = Number(c[2]);
		if (total < 2 || Number(c[1]) > total) continue;
		// where it starts: a title line a few lines above the first counter
		let from = i;
		for (let j = i - 1; j >= 0 && i - j <= 6; j--) if (GALLERY_TITLE.test(lines[j].text)) from = j;
		// and the last counter of the same gallery, within a few lines of each other
		let to = i;
		for (let j = i + 1; j < lines.length && j - to <= 4; j++) {
			const d = GALLERY_COUNTER.exec(lines[j].text);
			if (d && Number(d[2]) === total) to = j;
		}
		for (let k = from; k <= to; k++) {
			if (v[k].k !== 'body') continue;
			const text = lines[k].text.replace(GALLERY_COUNTER, '').replace(GALLERY_TITLE, '').trim();
			v[k] = { k: 'caption', captions: [{ text: text || lines[k].text, kind: 'caption' }] };
		}
		i = to;
	}
}

let captionVerbs: Map<string, 'third' | 'plain'> | null = null;
/** caption-verbs.txt: "holds" and, after "X and Y", "hold". */
function verbs(): Map<string, 'third' | 'plain'> {
	if (!captionVerbs) {
		captionVerbs = new Map();
		for (const l of readDataFile('segment', 'caption-verbs.txt').split(/\r?\n/)) {
			const w = l.trim().toLowerCase();
			if (!w || w.startsWith('#')) continue;
			captionVerbs.set(w, 'third');
			// marches → march, places → place, carries → carry
			const plain = /(?:ches|shes|sses|xes)$/.test(w) ? w.slice(0, -2) : w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.slice(0, -1);
			if (!captionVerbs.has(plain)) captionVerbs.set(plain, 'plain');
		}
	}
	return captionVerbs;
}

/** Words before a noun, after which a caption verb's form is a noun ("the leaves", "his holds"). */
const BEFORE_NOUN = new Set('a an the his her its their our my your this that these those of in on at for with by from to and or'.split(' '));
/** A sentence's end and the capital of another after it. */
const MORE_THAN_ONE_SENTENCE = /[.!?]["'”’)]*\s+["'“‘(]?\p{Lu}/u;
/** "(left)", "(R)", "(second from left)": who is where in a photo. */
const PHOTO_POSITION = /\((?:(?:second|third)\s+from\s+)?(?:left|right|center|centre|top|bottom|front|back|L|R|C|from left|from right)\)/i;

/**
 * Is a short paragraph beside a lone agency credit the photo's caption? It says where someone stands
 * in the photo ("George Zimmerman (left) …"), or its first verb, within its first fourteen words, is
 * what the photo shows in the present tense (caption-verbs.txt): "Sanford police officer Timothy
 * Smith holds up the gun … during the 2013 trial", "President Barack Obama and Vice President Joe
 * Biden place flowers …". A story told in the past ("… decried Trump's calls") is not.
 */
function describesPhoto(text: string): boolean {
	if (words(text, 60) > 60) return false;
	if (PHOTO_POSITION.test(text)) return true;
	const ws = text.split(/\s+/, 15).slice(0, 14);
	const known = verbs();
	let joined = false;
	for (let k = 1; k < ws.length; k++) {
		const w = ws[k].toLowerCase().replace(/[^a-z]+$/, '');
		if (ws[k - 1] === 'and') joined = true;
		const form = known.get(w);
		if (!form) continue;
		const before = ws[k - 1].toLowerCase();
		if (BEFORE_NOUN.has(before)) continue;
		// the plain form after a subject of two ("X and Y place …"), whose last word is a name
		if (form === 'plain' && !(joined && /^\p{Lu}/u.test(ws[k - 1]))) continue;
		return true;
	}
	return false;
}

export function findCaptions(lines: Line[], v: Verdict[]): void {
	findGalleries(lines, v);
	for (let i = 0; i < lines.length; i++) {
		if (v[i].k !== 'body') continue;
		const caps = captionOf(lines[i].text, Boolean(lines[i].caption));
		if (!caps) continue;
		v[i] = { k: 'caption', captions: caps };
		const agency = caps.length === 1 && caps[0].kind === 'credit' && isAgencyCredit(lines[i].text);
		// A credit alone on its line belongs to the description just above it, if that is short.
		if (caps.length === 1 && caps[0].kind === 'credit' && !STANDALONE_CREDIT.test(lines[i].text) && !agency) {
			let j = i - 1;
			while (j >= 0 && v[j].k === 'removed') j--;
			if (j >= 0 && v[j].k === 'body' && lines[i].block - lines[j].block <= 1 && !lines[j].heading && words(lines[j].text) <= 60) {
				v[j] = { k: 'caption', captions: [{ text: lines[j].text, kind: 'caption' }] };
			}
		}
		// A lone agency credit stands above its photo's caption on some pages ("Carlos Barria / Reuters."
		// then "President Barack Obama … place flowers …") and below it on others: the paragraph beside it
		// that describes a photo is its caption, the one below first. (Review W of the 40th stop: the
		// caption's officer, named between Zimmerman's words and "he added", took them.)
		if (agency) {
			let below = i + 1;
			while (below < lines.length && v[below].k === 'removed') below++;
			let above = i - 1;
			while (above >= 0 && v[above].k === 'removed') above--;
			for (const j of [below, above]) {
				if (j < 0 || j >= lines.length || v[j].k !== 'body' || Math.abs(lines[i].block - lines[j].block) > 1 || lines[j].heading) continue;
				if (!describesPhoto(lines[j].text)) continue;
				// (above the credit, where a story's paragraph ends as often, one sentence only: "Butz's run
				// also celebrates a CD recording …. Bringing the show back, he said, …" is the story's)
				if (j === above && MORE_THAN_ONE_SENTENCE.test(lines[j].text)) continue;
				v[j] = { k: 'caption', captions: [{ text: lines[j].text, kind: 'caption' }] };
				if (j === below) i = j;
				break;
			}
		}
	}
	// The line directly above a caption, in the same block, that starts like it: a truncated copy.
	for (let i = 1; i < lines.length; i++) {
		const x = v[i];
		if (x.k !== 'caption') continue;
		const j = i - 1;
		const full = x.captions.find((c) => c.kind === 'caption')?.text;
		if (full && v[j].k === 'body' && lines[j].block === lines[i].block && !SENTENCE_END.test(lines[j].text) && truncationOf(lines[j].text, full))
			v[j] = { k: 'removed', reason: 'truncated caption' };
	}
}
