// Words named as words: up to three words in quotation marks after "the word", "the term", "the phrase"
// (quotes/word-names.txt) or in a list after "words such as" ("the word ''birther'' was mentioned in 80
// broadcasts"). What is talked about, neither anyone's quotation (quotes/find.ts) nor the writer's
// judgement (sentiment/mask.ts); read once per token array for both.
import type { Token } from './types.js';
import { wordNames } from './quotes/data.js';

/** Quotation marks as wink gives them, one token each ('' is two). */
export const MARKS = new Set(['"', '“', '”', '‘', '’', "'", "''", '``', '«', '»', '„']);
/** Articles and demonstratives before a noun naming words: "the word", "a term", "this phrase". */
const WORD_NAME_DETS = new Set(['the', 'a', 'this', 'that']);

/**
 * Token ranges of up to three words in quotation marks right after "the word", "the term", "the phrase"
 * (word-names.txt), or after "words such as" and in a list of them ("words such as “ambassador,”
 * “attack” and “murder”"); a punctuation mark may close them inside the marks. Not a marked verb with
 * its object after it ("said the words “lump” the good Muslims with the bad").
 */
function findNamedWords(tokens: Token[]): [number, number][] {
	const found: [number, number][] = [];
	for (let i = 1; i < tokens.length - 2; i++) {
		const t = tokens[i];
		if (t.type !== 'word' || !wordNames().has(t.normal)) continue;
		let j = i + 1;
		const example = (tokens[j]?.normal === 'such' && tokens[j + 1]?.normal === 'as') || tokens[j]?.normal === 'like';
		if (example) j += tokens[j].normal === 'like' ? 1 : 2;
		else if (!WORD_NAME_DETS.has(tokens[i - 1].normal)) continue;
		const items: [number, number][] = [];
		for (;;) {
			const item = markedItem(tokens, j, t.sentence);
			if (!item) break;
			items.push([item[0], item[1]]);
			j = item[2];
			// (a list goes on after a comma, "and" or "or": only after "such as" or "like")
			let k = j;
			while (example && k < tokens.length && (tokens[k].value === ',' || tokens[k].normal === 'and' || tokens[k].normal === 'or')) k++;
			if (!example || !MARKS.has(tokens[k]?.value ?? '')) break;
			j = k;
		}
		if (!items.length) continue;
		if (!example && tokens[j] && (tokens[j].pos === 'DET' || tokens[j].pos === 'PRON')) continue;
		found.push(...items);
		i = j - 1;
	}
	return found;
}

/** The words of one item in marks opening at token j, and the token after its closing marks: [from, to, after]. */
function markedItem(tokens: Token[], j: number, sentence: number): [number, number, number] | null {
	const open = j;
	while (j < tokens.length && j - open < 2 && MARKS.has(tokens[j].value)) j++;
	if (j === open) return null;
	let k = j;
	let words = 0;
	while (k < tokens.length && !MARKS.has(tokens[k].value) && words <= 3 && tokens[k].sentence === sentence) {
		if (tokens[k].type === 'word') words++;
		else if (!/^[,.\-]$/.test(tokens[k].value)) return null;
		k++;
	}
	if (!words || words > 3 || k >= tokens.length || !MARKS.has(tokens[k].value)) return null;
	// (the closing marks: one, or two written together, '' as two ', not the next item's opening one)
	let a = k + 1;
	if (a < tokens.length && MARKS.has(tokens[a].value) && tokens[a].start === tokens[k].end) a++;
	return [j, k, a];
}

/** namedWords per token array, and the offsets where each named word's first token starts. */
const memo = new WeakMap<readonly Token[], { ranges: [number, number][]; starts: Set<number> }>();

function read(tokens: Token[]): { ranges: [number, number][]; starts: Set<number> } {
	let m = memo.get(tokens);
	if (!m) {
		const ranges = findNamedWords(tokens);
		m = { ranges, starts: new Set(ranges.map(([from]) => tokens[from].start)) };
		memo.set(tokens, m);
	}
	return m;
}

/** Token ranges [from, to) of the words named as words in a token array (see findNamedWords). */
export function namedWords(tokens: Token[]): [number, number][] {
	return read(tokens).ranges;
}

/** Do words named as words start at this offset (the first word inside their marks)? */
export function namedWordAt(tokens: Token[], offset: number): boolean {
	return read(tokens).starts.has(offset);
}
