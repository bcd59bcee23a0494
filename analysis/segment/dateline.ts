// A wire credit opening the story: "Washington (CNN)President Donald Trump said …", "(CNN Business)A
// muddled picture …", "LONDON (Reuters) - Shares fell …", "LOUISVILLE, Ky. (AP) — …". The place and the
// credit say where the story was filed and by whom, not what the outlet writes: left in, the credit
// glued to the next word made "Washington (CNN)President Donald Trump" one name (grouped as media,
// for the "(CNN)") and "CNN Business" a person. It is lifted out of the body as a dateline, like a
// dateline line, and listed with what was removed.

import { agencyNames } from './furniture.js';

/** The place (a few capitalised words, with commas and abbreviations: "LOUISVILLE, Ky."; and a date: "PHILADELPHIA, July 29"), the credit in brackets, and what follows it. */
const CREDIT = /^((?:(?:\p{Lu}[\p{L}.'’]*|\d{1,2}),?\s+){0,6})\((\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,3})\)(?:(?=[\p{Lu}"“‘])|\s*(?:[-–—]{1,2})\s+(?=\S))/u;

/** How many opening paragraphs may hold the dateline (a standfirst or a heading may come first). */
const FIRST_PARAGRAPHS = 3;

/**
 * The dateline to lift out of the opening paragraphs: which paragraph and how many characters open
 * it. The credit is glued to the next word (")President"), which prose never is, or is a wire
 * service's name (agencies.txt) before a dash; not "Ann Lee (Labour) — …", a party after a name.
 */
export function openingCredit(paragraphs: string[]): { paragraph: number; length: number; agency: string | null } | null {
	for (let k = 0; k < Math.min(FIRST_PARAGRAPHS, paragraphs.length); k++) {
		const p = paragraphs[k];
		const m = CREDIT.exec(p.slice(0, 200));
		if (!m) continue;
		const glued = p.charAt(m[0].length - 1) === ')';
		// (the wire service that filed it, when it is one: "AP", "Reuters"; not the outlet's own "(CNN)")
		const agency = agencyNames().has(m[2].toLowerCase()) ? m[2] : null;
		if (!glued && !agency) continue;
		// (something of the story follows: three words at least)
		if ((p.slice(m[0].length).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) continue;
		return { paragraph: k, length: m[0].length, agency };
	}
	return null;
}
