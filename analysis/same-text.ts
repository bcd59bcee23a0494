// Articles of one collection that carry the same text: one article added twice (once with an extra
// line, so it was not refused as a copy), or one wire story run by two outlets. Both are legitimate
// inputs, but a class should know: their figures come out (nearly) equal, so a "tie" between them
// says nothing about framing. The overview names each such pair (src/lib/components/overview).
//
// Measured as containment: the share of the shorter body's five-word sequences found in the other,
// so an article is still the same text when the other copy has a paragraph more (over the first
// MAX_WORDS words of each). Words are letters
// and digits, lower-cased; punctuation, quotation marks and line breaks do not count.

/**
 * Words of each body compared, from its start: enough to tell one text from another, and a 5 MB paste
 * (about 800,000 words) costs no more than an ordinary article.
 */
export const MAX_WORDS = 3000;
/** Fewer words than this and no pair is reported: a few shared sentences would decide it. */
export const MIN_WORDS = 40;
/**
 * At this share of the shorter body's sequences, two bodies carry the same text. Measured on the 371
 * PTC articles (about 68,000 pairs): the highest share was 0.78, one Reuters story as two sites ran
 * it, then 0.72, a blog post quoting a whole article; every other pair 0.66 or less.
 */
export const SAME_TEXT = 0.7;
const N = 5;

export interface SameText {
	/** The two articles' ids, in the order they were given. */
	a: string;
	b: string;
	/** Share (0 to 1) of the shorter body's five-word sequences that the other body has too. */
	shared: number;
}

/** A pair's share as a whole percentage, rounded down (99.6 % in common is not "all"). */
export const sharedPercent = (shared: number): number => Math.floor(shared * 100);

/** How the pages say it: "all of the shorter one’s text is in the other", "78% of …". */
export const sharedWords = (percent: number): string => `${percent === 100 ? 'all' : `${percent}%`} of the shorter one’s text is in the other`;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The distinct five-word sequences of the body's first MAX_WORDS words, and how many words they are. */
function sequences(text: string): { set: Set<string>; words: number } {
	const words: string[] = [];
	for (const m of text.matchAll(WORD)) {
		words.push(m[0].toLowerCase().replace(/’/g, "'"));
		if (words.length === MAX_WORDS) break;
	}
	const set = new Set<string>();
	for (let i = 0; i + N <= words.length; i++) set.add(words.slice(i, i + N).join(' '));
	return { set, words: words.length };
}

/** Every pair of articles whose bodies share at least SAME_TEXT of the shorter one's sequences. */
export function sameTextPairs(articles: { id: string; text: string }[], threshold = SAME_TEXT): SameText[] {
	const read = articles.map((a) => ({ id: a.id, ...sequences(a.text) })).filter((r) => r.words >= MIN_WORDS && r.set.size > 0);
	// Which articles hold each sequence: only articles sharing one are ever compared.
	const holders = new Map<string, number[]>();
	read.forEach((r, i) => {
		for (const s of r.set) {
			const list = holders.get(s);
			if (list) list.push(i);
			else holders.set(s, [i]);
		}
	});
	const common = new Map<number, number>();
	for (const list of holders.values()) {
		for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
			const key = list[x] * read.length + list[y];
			common.set(key, (common.get(key) ?? 0) + 1);
		}
	}
	const out: SameText[] = [];
	for (const [key, n] of common) {
		const i = Math.floor(key / read.length);
		const j = key % read.length;
		const shared = n / Math.min(read[i].set.size, read[j].set.size);
		if (shared >= threshold) out.push({ a: read[i].id, b: read[j].id, shared });
	}
	const order = new Map(articles.map((a, i) => [a.id, i]));
	return out.sort((p, q) => order.get(p.a)! - order.get(q.a)! || order.get(p.b)! - order.get(q.b)!);
}
