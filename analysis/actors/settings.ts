// Names that say where or what, not who: a place described after a comma ("Addison, a village …"), a
// town and its region in an address ("Blue Origin, Kent, Washington"),
// a dateline ("LONDON —"), a unit written onto a number ("8GB"), a word of a link, a market code
// (".SPX"), and a name the text only uses for where something happens ("in Hollywood") or to qualify
// another word ("NFL football").
import { orgWords, personNouns, placeNames } from '../quotes/data.js';
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

/**
 * "Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties", "the Kent and Essex police areas"
 * aside: is token i in a list of capitalised names, joined by commas and a last "and" or "or", that a
 * plural place noun ends (place-nouns.txt: "counties", "states", "provinces")? Then each is a place.
 */
export function inPlaceList(tokens: Token[], i: number): boolean {
	let joined = false;
	for (let j = i + 1; j < tokens.length && j < i + 40 && tokens[j].sentence === tokens[i].sentence; j++) {
		const t = tokens[j];
		if (t.value === ',') continue;
		if (t.normal === 'and' || t.normal === 'or') {
			joined = true;
			continue;
		}
		if (UPPER_FIRST.test(t.value)) continue;
		// (a plural: its lemma differs from the word as written)
		return joined && t.pos === 'NOUN' && t.lemma.toLowerCase() !== t.normal.toLowerCase() && placeNouns().has(t.lemma.toLowerCase());
	}
	return false;
}

/**
 * Is token i the state of a party label after its letter and dash, "D-Minn.", "(R-N.H.)", "(I-Vt.)": a
 * place, no one? The label's tokens are written together, with no space.
 */
export function inPartyLabel(tokens: Token[], i: number): boolean {
	for (let k = i - 1; k >= 1 && i - k < 8 && tokens[k].end === tokens[k + 1].start; k--)
		if (tokens[k].value === '-' && /^[DRI]$/.test(tokens[k - 1].value) && tokens[k - 1].end === tokens[k].start) return true;
	return false;
}

/** Does a name end its clause: nothing after it in its sentence but a full stop, a comma or a bracket? */
function endsClause(tokens: Token[], n: number, sentence: number): boolean {
	const t = tokens[n];
	if (!t || t.sentence !== sentence || ['.', ';', ')', ':'].includes(t.value)) return true;
	// (a comma, unless a list of names goes on: "India, Korea, China, Kazakhstan")
	const after = tokens[n + 1]?.normal === 'the' ? tokens[n + 2] : tokens[n + 1];
	return t.value === ',' && !(after?.sentence === sentence && UPPER_FIRST.test(after.value));
}

/** Does the name hold a word for an organisation ("University of California", "Diocese of Sion")? */
function organisation(tokens: Token[], k: number, n: number): boolean {
	for (let j = k; j < n; j++) if (orgWords().has(tokens[j].normal.toLowerCase()) || orgNouns().has(tokens[j].normal.toLowerCase())) return true;
	return false;
}

/** A capitalised name of one to three tokens that ends at token n (exclusive) and starts at k. */
function nameAt(tokens: Token[], k: number, n: number): boolean {
	if (n <= k || n - k > 3) return false;
	// (a proper noun: not "Besides" opening the sentence)
	for (let j = k; j < n; j++) if (!UPPER_FIRST.test(tokens[j].value) || tokens[j].pos !== 'PROPN') return false;
	return true;
}

/**
 * "Blue Origin, Kent, Washington", "SpaceX, Hawthorne, California": a town, then a comma and a known
 * region or country that ends the clause, is where someone is; so is the region after such a town
 * (not a country after another country: "backed by Germany, France." names two states).
 */
export function addressOf(tokens: Token[], m: EntityMention): boolean {
	const k = tokenAtStart(tokens, m.start);
	let n = k;
	while (n < tokens.length && tokens[n].start < m.end) n++;
	return n > k && inAddress(tokens, k, n);
}

function inAddress(tokens: Token[], k: number, n: number): boolean {
	const places = placeNames();
	const text = (a: number, b: number) => tokens.slice(a, b).map((t, j) => (j && t.start > tokens[a + j - 1].end ? ' ' : '') + t.value).join('');
	const sentence = tokens[k].sentence;
	// the town: "<name>, <region>" with the region ending the clause
	if (tokens[n]?.value === ',' && tokens[n].sentence === sentence) {
		let r = n + 1;
		while (r < tokens.length && r - n <= 3 && UPPER_FIRST.test(tokens[r].value) && tokens[r].sentence === sentence) r++;
		if (r > n + 1 && places.has(text(n + 1, r)) && !places.has(text(k, n)) && !organisation(tokens, k, n) && endsClause(tokens, r, sentence)) return true;
	}
	// the region: "<town>, <name>" at the clause's end, the town no known place itself
	if (k >= 2 && tokens[k - 1].value === ',' && tokens[k - 1].sentence === sentence && places.has(text(k, n)) && endsClause(tokens, n, sentence)) {
		let t = k - 1;
		while (t > 0 && k - 1 - t < 3 && UPPER_FIRST.test(tokens[t - 1].value) && tokens[t - 1].sentence === sentence) t--;
		return t < k - 1 && nameAt(tokens, t, k - 1) && !places.has(text(t, k - 1)) && !organisation(tokens, t, k - 1);
	}
	return false;
}

/** Nouns for a part of a place (beside place-nouns.txt): "Delhi's Saket area", "Moscow's outskirts". */
const PLACE_PARTS = new Set(['area', 'areas', 'outskirts', 'suburbs', 'streets', 'airport', 'downtown', 'centre', 'center', 'district', 'districts', 'neighborhood', 'neighbourhood', 'neighborhoods', 'neighbourhoods', 'quarter', 'border', 'coast', 'coastline', 'harbour', 'harbor', 'waterfront']);
/**
 * "Delhi's Saket area", "Moscow's outskirts", "London's Heathrow airport": after a possessive (the token
 * at k follows it), up to three capitalised words and a noun for a part of a place say where, as "in
 * Delhi" does ("Delhi's pollution", "Moscow's decision" give the name a part in the sentence).
 */
function placeOwned(tokens: Token[], k: number): boolean {
	let j = k;
	while (j < tokens.length && j - k < 3 && UPPER_FIRST.test(tokens[j].value) && tokens[j].sentence === tokens[k - 1]?.sentence) j++;
	const t = tokens[j];
	return !!t && t.pos === 'NOUN' && LOWER_FIRST.test(t.value) && (PLACE_PARTS.has(t.normal.toLowerCase()) || placeNouns().has(t.normal.toLowerCase()));
}

/** Prepositions of place: a name after one ("in Hollywood", "near Raqqa") says where. ("at" and "into" also aim: "a jab at Rubio", "an inquiry into Conyers".) */
const LOCATIVE = new Set(['in', 'near', 'across', 'throughout', 'around', 'outside', 'inside', 'within', 'along', 'beyond', 'via']);

/**
 * Is this mention only a setting or a qualifier: after a preposition of place ("in Hollywood", "near
 * the Moscone Center"), or right before a common noun, a number or a hyphenated word that it qualifies
 * ("the Burbank entertainment giant", "Rs 300", "BPA-free plastic")? Not before a noun that makes it an
 * owner ("the Obama administration", "Trump supporters", "the Mueller investigation": org-nouns.txt,
 * roles.txt, owned.txt). A possessive gives the name a part in the sentence ("Moscow's decision"), unless
 * a part of a place follows it ("Delhi's Saket area", placeOwned); so does anything else.
 */
export function settingOf(tokens: Token[], m: EntityMention, placeOnly = false): boolean {
	let k = tokenAtStart(tokens, m.start);
	let n = k;
	while (n < tokens.length && tokens[n].start < m.end) n++;
	if (n === k) return false;
	const last = tokens[n - 1];
	const next = tokens[n];
	if (/[’']s$/.test(m.text) || /^[’']s?$/.test(next?.value ?? '')) return placeOwned(tokens, /^[’']s?$/.test(next?.value ?? '') ? n + 1 : n);
	if (inAddress(tokens, k, n)) return true;
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


/** A wire's instrument code of capitals and digits: "LCOc1", "CMCU3", "NKc1" (not "G20" or "A380": one capital, no small letter). */
const MARKET_CODE = /^(?=\w*\d$)(?:[A-Z]{2,5}[a-z]\d{1,2}|[A-Z]{3,6}\d{1,2})$/;

/** Tests for datelines, units, links and market codes in one text. */
export function codeSigns(text: string, tokens: Token[]) {
	// "LONDON —", "WASHINGTON (AP) —": a dateline opens a paragraph with the place the story was filed from
	const datelineAt = (m: EntityMention) => {
		const k = tokenAtStart(tokens, m.start);
		const t = tokens[k];
		// ("LOUISVILLE, Ky. (AP) —": the state or country after the city is the dateline's too)
		if (t && k >= 2 && tokens[k - 1].value === ',' && CAPITALS.test(tokens[k - 2].value) && (k === 2 || tokens[k - 3].paragraph !== t.paragraph) && datelineEnd(k - 2, k - 1)) return true;
		if (t && placeList(k)) return true;
		if (!t || (k > 0 && tokens[k - 1].paragraph === t.paragraph)) return false;
		// a place: in capitals ("LONDON"), or a known one ("Indianapolis –"); not "Justice Gorsuch—like …"
		if (!CAPITALS.test(t.value) && !placeNames().has(m.text)) return false;
		let n = k + 1;
		while (n < tokens.length && tokens[n].end <= m.end) n++;
		return datelineEnd(k, n);
	};
	// "Washington, DC, United States: Getting to the Moon …": a known place opening the paragraph, then
	// the region and country after commas, then a colon, a dash or "(": every name in it is the dateline's
	const placeList = (k: number) => {
		const para = tokens[k].paragraph;
		const inList = (j: number) => tokens[j]?.paragraph === para && (UPPER_FIRST.test(tokens[j].value) || tokens[j].value === ',' || tokens[j].value === '.');
		let p0 = k;
		while (p0 > 0 && k - p0 < 8 && inList(p0 - 1)) p0--;
		if (p0 > 0 && tokens[p0 - 1].paragraph === para) return false;
		let first = p0;
		while (first < tokens.length && tokens[first].paragraph === para && UPPER_FIRST.test(tokens[first].value)) first++;
		if (first === p0 || tokens[first]?.value !== ',' || !placeNames().has(text.slice(tokens[p0].start, tokens[first - 1].end))) return false;
		let end = first;
		while (end < tokens.length && end - p0 < 10 && inList(end)) end++;
		return end > k && tokens[end - 1].value !== ',' && (tokens[end]?.value === ':' || tokens[end]?.value === '(' || dash(end));
	};
	// A dash after it, or "(AP)" or a colon after a name in capitals ("NEW DELHI: …"); not a comma
	// ("Obama, who …")
	// ("COLUMBIA, S.C. - …": a hyphen with a space each side stands for the dash in plain-text copies)
	const dash = (j: number) => /^(?:[—–]|--)$/.test(tokens[j]?.value ?? '') || (tokens[j]?.value === '-' && (tokens[j + 1]?.value === '-' || (j > 0 && tokens[j - 1].end < tokens[j].start && tokens[j].end < (tokens[j + 1]?.start ?? Infinity))));
	const datelineEnd = (k: number, n: number) => {
		const after = tokens[n]?.value ?? '';
		if (dash(n) || (after === '(' && CAPITALS.test(tokens[k].value))) return true;
		// "KINSHASA, Congo --", "SPRINGFIELD, Ill. (AP) —": a state or a country after a comma, then the dash
		if (after === ',' && CAPITALS.test(tokens[k].value)) {
			let j = n + 1;
			while (j < tokens.length && j - n <= 4 && (UPPER_FIRST.test(tokens[j].value) || tokens[j].value === '.')) j++;
			// ("CAMBRIDGE, Mass., Dec. 10 (UPI) --": and the day, after another comma)
			if (j > n + 1 && tokens[j]?.value === ',' && UPPER_FIRST.test(tokens[j + 1]?.value ?? '')) {
				let d = j + 2;
				if (tokens[d]?.value === '.') d++;
				if (/^\d{1,2}$/.test(tokens[d]?.value ?? '')) j = d + 1;
			}
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
		return (tokens[k + 1]?.start === t.end && tokens[k + 1].value.startsWith('=')) || MARKET_CODE.test(t.value);
	};
	const codeOrUnit = (k: number) => unit(k) || inPath(k) || ticker(k);
	return { datelineAt, datelineEnd, unit, ticker, codeOrUnit };
}
