// Names that say where or what, not who: a place described after a comma ("Addison, a village …"),
// a dateline ("LONDON —"), a unit written onto a number ("8GB"), a word of a link, a market code
// (".SPX"), and a name the text only uses for where something happens ("in Hollywood") or to qualify
// another word ("NFL football").
import { personNouns, placeNames } from '../quotes/data.js';
import { isUnit } from '../quotes/mentions.js';
import { tokenAt as tokenAtStart } from '../sorted.js';
import type { EntityMention, Token } from '../types.js';
import { CAPITALS, LOWER_FIRST, UPPER_FIRST, titleCased } from './capitals.js';
import { orgNouns, placeNouns, wordList } from './word-lists.js';

/** Does "<name>, a village …" / "<name>, the capital …" follow token i: is the name a place? */
export function placeInApposition(tokens: Token[], i: number): boolean {
	if (tokens[i + 1]?.value !== ',' || !/^(?:a|an|the)$/i.test(tokens[i + 2]?.value ?? '')) return false;
	for (let j = i + 3; j < tokens.length && j < i + 7 && tokens[j].sentence === tokens[i].sentence; j++) {
		const t = tokens[j];
		if (placeNouns().has(t.normal.toLowerCase()) && t.pos === 'NOUN') return true;
		if (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'NOUN') return false;
	}
	return false;
}

/** Prepositions of place: a name after one ("in Hollywood", "near Raqqa") says where. ("at" and "into" also aim: "a jab at Rubio", "an inquiry into Conyers".) */
const LOCATIVE = new Set(['in', 'near', 'across', 'throughout', 'around', 'outside', 'inside', 'within', 'along', 'beyond', 'via']);

/**
 * Is this mention only a setting or a qualifier: after a preposition of place ("in Hollywood", "near
 * the Moscone Center"), or right before a common noun, a number or a hyphenated word that it qualifies
 * ("the Burbank entertainment giant", "Rs 300", "BPA-free plastic")? Not before a noun that makes it an
 * owner ("the Obama administration", "Trump supporters", "the Mueller investigation": org-nouns.txt,
 * roles.txt, owned.txt). A possessive ("Delhi's Saket area") or anything else gives the name a part in
 * the sentence.
 */
export function settingOf(tokens: Token[], m: EntityMention, placeOnly = false): boolean {
	let k = tokenAtStart(tokens, m.start);
	let n = k;
	while (n < tokens.length && tokens[n].start < m.end) n++;
	if (n === k) return false;
	const last = tokens[n - 1];
	const next = tokens[n];
	if (/[’']s$/.test(m.text) || /^[’']s?$/.test(next?.value ?? '')) return false;
	// (a state or a capital before a noun stays: "U.S. troops", "Chinese-made")
	const adjacentNext = !placeOnly && !!next && next.sentence === last.sentence && next.start <= last.end + 1;
	if (adjacentNext && next.value === '-' && next.start === last.end) return LOWER_FIRST.test(tokens[n + 1]?.value ?? '');
	// ("Rs 300", "Fortune 500"; not a score: "defeated Gael Monfils 7-5")
	if (adjacentNext && next.pos === 'NUM' && /^\d[\d,.]*$/.test(next.value)) return !/^[-–]$/.test(tokens[n + 1]?.value ?? '');
	if (adjacentNext && next.pos === 'NOUN' && LOWER_FIRST.test(next.value)) {
		const w = next.normal.toLowerCase();
		const lemma = next.lemma.toLowerCase();
		const owns = (set: Set<string>) => set.has(w) || set.has(lemma);
		return !owns(orgNouns()) && !owns(personNouns()) && !owns(wordList('owned.txt'));
	}
	if (k > 0 && /^(?:the|a|an)$/i.test(tokens[k - 1].value) && tokens[k - 1].sentence === tokens[k].sentence) k--;
	const prev = k > 0 && tokens[k - 1].sentence === tokens[k].sentence ? tokens[k - 1] : undefined;
	return !!prev && LOCATIVE.has(prev.normal.toLowerCase());
}


/** Tests for datelines, units, links and market codes in one text. */
export function codeSigns(text: string, tokens: Token[]) {
	// "LONDON —", "WASHINGTON (AP) —": a dateline opens a paragraph with the place the story was filed from
	const datelineAt = (m: EntityMention) => {
		const k = tokenAtStart(tokens, m.start);
		const t = tokens[k];
		// ("LOUISVILLE, Ky. (AP) —": the state or country after the city is the dateline's too)
		if (t && k >= 2 && tokens[k - 1].value === ',' && CAPITALS.test(tokens[k - 2].value) && (k === 2 || tokens[k - 3].paragraph !== t.paragraph) && datelineEnd(k - 2, k - 1)) return true;
		if (!t || (k > 0 && tokens[k - 1].paragraph === t.paragraph)) return false;
		// a place: in capitals ("LONDON"), or a known one ("Indianapolis –"); not "Justice Gorsuch—like …"
		if (!CAPITALS.test(t.value) && !placeNames().has(m.text)) return false;
		let n = k + 1;
		while (n < tokens.length && tokens[n].end <= m.end) n++;
		return datelineEnd(k, n);
	};
	// A dash after it, or "(AP)" or a colon after a name in capitals ("NEW DELHI: …"); not a comma
	// ("Obama, who …")
	const dash = (j: number) => /^(?:[—–]|--)$/.test(tokens[j]?.value ?? '') || (tokens[j]?.value === '-' && tokens[j + 1]?.value === '-');
	const datelineEnd = (k: number, n: number) => {
		const after = tokens[n]?.value ?? '';
		if (dash(n) || (after === '(' && CAPITALS.test(tokens[k].value))) return true;
		// "KINSHASA, Congo --", "SPRINGFIELD, Ill. (AP) —": a state or a country after a comma, then the dash
		if (after === ',' && CAPITALS.test(tokens[k].value)) {
			let j = n + 1;
			while (j < tokens.length && j - n <= 4 && (UPPER_FIRST.test(tokens[j].value) || tokens[j].value === '.')) j++;
			if (j > n + 1 && (dash(j) || tokens[j]?.value === '(')) return true;
		}
		// (a colon after a name in capitals is also a transcript's speaker, "DONALD TRUMP:": a place only)
		return after === ':' && CAPITALS.test(tokens[k].value) && placeNames().has(titleCased(text.slice(tokens[k].start, tokens[n - 1].end)));
	};
	// "8GB", "120Hz", "4K Ultra HD": letters written onto a number are its unit, no name
	const unit = (k: number) => isUnit(tokens, k);
	// "pic.twitter.com/KQLpngeTbO": a word written onto a slash is part of a link or a path
	// (not "an NBC News/Wall Street Journal poll", "IBD/TIPP": a link has a dot before its slash)
	const inPath = (k: number) => {
		if (k < 2 || tokens[k - 1].end !== tokens[k].start || tokens[k - 1].value !== '/') return false;
		let from = tokens[k - 1].start;
		while (from > 0 && !/\s/.test(text[from - 1])) from--;
		return text.slice(from, tokens[k - 1].start).includes('.');
	};
	// "the S&P 500 .SPX lost", "the euro EUR= rose", "Brent LCOc1": a market code (a wire's instrument
	// code, after a dot of its own or before "=", or letters and digits) names no one
	const ticker = (k: number) => {
		const t = tokens[k];
		if (!t) return false;
		if (k > 0 && tokens[k - 1].value === '.' && tokens[k - 1].end === t.start && (k < 2 || tokens[k - 2].end < tokens[k - 1].start)) return true;
		if (k > 0 && tokens[k - 1].end === t.start && tokens[k - 1].value.endsWith('=')) return true;
		return tokens[k + 1]?.start === t.end && tokens[k + 1].value.startsWith('=');
	};
	const codeOrUnit = (k: number) => unit(k) || inPath(k) || ticker(k);
	return { datelineAt, datelineEnd, unit, ticker, codeOrUnit };
}
