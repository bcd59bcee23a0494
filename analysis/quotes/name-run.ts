// Where a run of capitalised words that may be a name ends, for the entity scan (entities.ts): over
// hyphens inside a name, lower-case particles ("Alex de Minaur"), "of" in an organisation's name, and
// words the tagger misread inside a name; never over a line break, a sentence end or a quotation mark.
import type { Token } from '../types.js';
import type { Ctx } from './context.js';
import { givenName, knownOrgNames, orgWords, placeNames } from './data.js';
import { campusAfter } from './phrases.js';

import { inVocabulary } from '../nlp.js';
import { isTitleCase } from '../loaded/title-case.js';
import { ARABIC_ARTICLE, CAMEL_SURNAME, NAME_PARTICLES, NAME_PREPOSITIONS, TIME_WORDS, isAyin, isCap, isGivenNameSyllable, peopleInPlural } from './mentions.js';

/** An ordinal in figures: "6th", "2nd", "21st", "3rd". */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);
/** A lower-case letter anywhere (compiled once: esbuild lowers a \p{…} literal to a new RegExp at each use). */
const LOWER_LETTER = /\p{Ll}/u;

/** Where a name run ends: capitalised proper nouns (and organisation words the tagger misread), never
 * over a line break, a sentence end or a word printed twice (share-widget furniture). */
export function nameRunEnd(ctx: Ctx, i: number): number {
	const { toks, text } = ctx;
	let e = i;
	while (e < toks.length) {
		const t = toks[e];
		if (e > i && gap(text, toks[e - 1], t).includes('\n')) break;
		if (e === i && t.pos !== 'PROPN') {
			e++;
			continue;
		}
		// 'Juan "Chico" Manriquez': a nickname in quotation marks between a given name and a surname
		if (e > i && ctx.isMark[e] && toks[e - 1].pos === 'PROPN') {
			let k = e + 1;
			while (k < e + 3 && toks[k] && isCap(toks[k]) && !ctx.isMark[k]) k++;
			const surname = toks[k + 1];
			if (k > e + 1 && ctx.isMark[k] && surname && isCap(surname) && surname.pos === 'PROPN' && gap(text, toks[e - 1], toks[e]) === ' ' && gap(text, toks[k], surname) === ' ' && ctx.inQuote[k + 1] === ctx.inQuote[i]) {
				e = k + 1;
				continue;
			}
		}
		if (ctx.inQuote[e] !== ctx.inQuote[i] || ctx.isMark[e]) break;
		// "Jane Doe Monday said": a weekday is when, not part of the name
		if (e > i && WEEKDAYS.has(t.normal)) break;
		// "Jennifer Ngo-Anh": a hyphen inside a name ("Jihad Al-‘Ayesh": with a transliterated ayin after it)
		if (e > i && t.value === '-' && t.start === toks[e - 1].end && toks[e + 1]?.start === t.end) {
			const ayin = isAyin(toks, e + 1) ? 1 : 0;
			if (isCap(toks[e + 1 + ayin])) {
				e += 2 + ayin;
				continue;
			}
			// "Ban Ki-moon", "Kim Jong-un": a Korean given name's second syllable in lower case
			if (e - 1 > i && isGivenNameSyllable(toks, e + 1)) {
				e += 2;
				continue;
			}
		}
		// "Salah al-Din Yusuf", "Sharaf ad-Din Ali Yazdi": Arabic's article written onto the next name
		if (e > i && ARABIC_ARTICLE.test(t.value) && toks[e + 1]?.value === '-' && toks[e + 1].start === t.end && toks[e + 2]?.start === toks[e + 1].end && isCap(toks[e + 2]) && gap(text, toks[e - 1], t) === ' ') {
			e += 3;
			continue;
		}
		// "Alex de Minaur", "Jakob von Moltke": a lower-case particle between capitalised words
		if (e > i && NAME_PARTICLES.has(t.value) && toks[e + 1]?.pos === 'PROPN' && isCap(toks[e + 1]) && gap(text, toks[e - 1], t) === ' ' && gap(text, t, toks[e + 1]) === ' ' && ctx.inQuote[e + 1] === ctx.inQuote[i]) {
			e += 2;
			continue;
		}
		// "University of York", "Department of Health", "Bank of America": an organisation's name goes on
		// over "of" to the next capitalised word.
		const al = e + (toks[e + 1]?.normal === 'the' ? 2 : 1);
		const afterLink = toks[al];
		// (not a day's name after "on": "told CBS News on Super Tuesday", "on Election Day", review 38)
		const dayAfter = t.normal === 'on' && [afterLink, toks[al + 1]].some((x) => !!x && isCap(x) && (TIME_WORDS.has(x.normal) || x.normal === 'day'));
		// (and over an ordinal in figures before a capitalised word: "the U.S. Court of Appeals for the 6th
		// Circuit", as "for the Sixth Circuit"; review DD of the 43rd stop had "Circuit" a person)
		const ordinal = !!afterLink && ORDINAL.test(afterLink.value) && toks[e + 1]?.normal === 'the' && !!toks[al + 1] && isCap(toks[al + 1]) && toks[al + 1].pos !== 'DET';
		if (e > i && ['of', 'for', 'on'].includes(t.normal) && toks.slice(i, e).some((x) => orgWords().has(x.normal)) && afterLink && (isCap(afterLink) || ordinal) && !TIME_WORDS.has(afterLink.normal) && !dayAfter && !gap(text, toks[e - 1], t).includes('\n')) {
			e = ordinal ? al + 1 : e + (toks[e + 1]?.normal === 'the' ? 2 : 1);
			continue;
		}
		// "Democrats for Education Reform", "Americans for Prosperity", "Students for a Democratic Society":
		// people named in the plural, "for" and a cause in capitals are an advocacy group's one name (review AA
		// of the 42nd stop had "Massachusetts Democrats" merged with every Democrat, and "Education Reform")
		if (e > i && t.normal === 'for' && peopleInPlural(toks[e - 1]) && !gap(text, toks[e - 1], t).includes('\n')) {
			const c = e + (toks[e + 1]?.normal === 'a' || toks[e + 1]?.normal === 'the' ? 2 : 1);
			if (toks[c] && isCap(toks[c]) && toks[c].pos === 'PROPN' && !TIME_WORDS.has(toks[c].normal) && ctx.inQuote[c] === ctx.inQuote[i]) {
				e = c;
				continue;
			}
		}
		// "the Bureau of Alcohol, Tobacco, Firearms and Explosives", "the Department of Health, Education and
		// Welfare", "the House Committee on Science, Space and Technology": after an organisation word and
		// "of", "on" or "for", a list of single capitalised words ending in "and" one more is the rest of the
		// name (each had been a person of its own)
		if (e > i && t.value === ',' && ['of', 'on', 'for'].includes(toks[e - 2]?.normal) && toks.slice(i, e - 2).some((x) => orgWords().has(x.normal))) {
			let k = e;
			// (words of the name, not organisations of their own: "the Department of Justice, FBI and CIA")
			const word = (x: Token | undefined) => !!x && isCap(x) && x.pos !== 'DET' && LOWER_LETTER.test(x.value) && !knownOrgNames().has(x.normal);
			while (toks[k]?.value === ',' && word(toks[k + 1]) && (toks[k + 2]?.value === ',' || toks[k + 2]?.normal === 'and')) k += 2;
			// (with a comma before the "and": "the Senate Committee on Commerce, Science, and Transportation")
			if (k > e && toks[k]?.value === ',' && toks[k + 1]?.normal === 'and') k++;
			if (k > e && toks[k]?.normal === 'and' && word(toks[k + 1]) && ctx.inQuote[k + 1] === ctx.inQuote[i]) {
				e = k + 2;
				break;
			}
		}
		// ("the University of California, Berkeley": a campus after the comma is the rest of the name; review TT
		// of the 54th stop had "Berkeley" a person)
		const campusEnd = e > i && ctx.inQuote[e + 1] === ctx.inQuote[i] ? campusAfter(toks, e, i) : -1;
		if (campusEnd > 0) {
			e = campusEnd;
			break;
		}
		// "the Health, Education, Labor and Pensions Committee": after a determiner, single capitalised words
		// listed with commas, then "and" and a run that ends in an organisation word, are one name
		if (e === i + 1 && t.value === ',' && i > 0 && ['the', 'a', 'an'].includes(toks[i - 1].normal) && !orgWords().has(toks[i].normal)) {
			let k = e;
			const word = (x: Token | undefined) => !!x && isCap(x) && LOWER_LETTER.test(x.value) && !knownOrgNames().has(x.normal);
			while (toks[k]?.value === ',' && word(toks[k + 1]) && (toks[k + 2]?.value === ',' || toks[k + 2]?.normal === 'and')) k += 2;
			if (k > e && toks[k]?.normal === 'and' && isCap(toks[k + 1] ?? t) && ctx.inQuote[k + 1] === ctx.inQuote[i]) {
				const end = nameRunEnd(ctx, k + 1);
				if (end > k + 1 && orgWords().has(toks[end - 1].normal)) {
					e = end;
					break;
				}
			}
		}
		// "the Food and Drug Administration", "a U.S. Securities and Exchange Commission inquiry", "the
		// Department of Health and Human Services": after a determiner (or an organisation word and "of"),
		// a name goes on over "and" when what follows ends in an organisation word and what came before has
		// none ("the Apple and Google Foundation" aside, "Apple Inc. and Google" stay two)
		if (e > i && (t.normal === 'and' || t.value === '&') && toks[e + 1] && isCap(toks[e + 1]) && gap(text, toks[e - 1], t) === ' ' && gap(text, t, toks[e + 1]) === ' ') {
			const run = toks.slice(i, e);
			const of = run.map((x) => x.normal).lastIndexOf('of');
			const opened = of >= 0 || (i > 0 && ['the', 'a', 'an'].includes(toks[i - 1].normal));
			if (opened && !run.slice(of + 1).some((x) => orgWords().has(x.normal))) {
				const end = nameRunEnd(ctx, e + 1);
				if (end > e + 1 && orgWords().has(toks[end - 1].normal)) {
					e = end;
					break;
				}
			}
		}
		// "the Organization for Economic Cooperation and Development": after an organisation word and
		// "for" or "of", one more capitalised common noun after "and" ends the name (review T of the 39th
		// stop: "Development" had been the speaker); not a name, an organisation or a place of its own
		// ("the Bank of America and Chase", "the University of Michigan and Ford")
		if (e > i && t.normal === 'and' && isCap(toks[e + 1] ?? t) && !isCap(toks[e + 2] ?? t) && toks[e + 2]?.value !== '-' && toks[e + 2]?.pos !== 'NOUN' && gap(text, toks[e - 1], t) === ' ' && gap(text, t, toks[e + 1]) === ' ') {
			const run = toks.slice(i, e);
			const link = run.findIndex((x, q) => (x.normal === 'of' || x.normal === 'for') && q > 0 && orgWords().has(run[q - 1].normal));
			const w = toks[e + 1];
			const rest = run.slice(link + 1);
			if (link > 0 && rest.length > 0 && rest.every((x) => isCap(x) && !orgWords().has(x.normal)) && !placeNames().has(rest.map((x) => x.value).join(' ')) && inVocabulary(w.normal) && !orgWords().has(w.normal) && !knownOrgNames().has(w.normal) && givenName(w.normal) === undefined && !placeNames().has(w.value)) {
				e += 2;
				break;
			}
		}
		const ok =
			(t.pos === 'PROPN' && isCap(t)) ||
			// mid-name, a capitalised word the tagger read as a verb is a name ("Tim Cook/VERB said"),
			// but not a capitalised speech verb of a headline ("Hollande Says Donald Trump …")
			(e > i && isCap(t) && (['NOUN', 'ADJ'].includes(t.pos) || (t.pos === 'VERB' && (isOrgToken(t) || !ctx.isSpeechLemma(t))))) ||
			(t.value === '&' && e > i && isCap(toks[e + 1] ?? t) && toks[e + 1]?.pos === 'PROPN') ||
			// "Doctors Without Borders", "Mothers Against Drunk Driving": a capitalised preposition inside a name
			// (not in a headline's title case: "Gov May Use Army Against Immigrant Gangs")
			(e > i && NAME_PREPOSITIONS.has(t.value) && isCap(toks[e + 1] ?? t) && gap(text, t, toks[e + 1]) === ' ' && !titleCased(toks, e)) ||
			// "Joseph diGenova": a surname with its particle written on
			(e > i && CAMEL_SURNAME.test(t.value) && isCap(toks[e - 1])) ||
			(t.value === '.' && e > i && toks[e + 1]?.start === t.end && isCap(toks[e + 1]));
		if (!ok) break;
		e++;
	}
	return e;
}

const isOrgToken = (t: Token) => /^[\p{Lu}]/u.test(t.value) && ['group', 'watch', 'trust', 'fund', 'union', 'league', 'alliance', 'campaign', 'project', 'front', 'guard', 'society', 'press', 'post', 'times', 'news'].includes(t.normal);

/** Is the sentence of token k in a headline's title case (title-case.ts)? Read once a sentence. */
function titleCased(toks: Token[], k: number): boolean {
	let memo = titleCaseMemo.get(toks);
	if (!memo) titleCaseMemo.set(toks, (memo = new Map()));
	const sentence = toks[k].sentence;
	let known = memo.get(sentence);
	if (known === undefined) {
		let a = k;
		while (a > 0 && toks[a - 1].sentence === sentence) a--;
		let e = k;
		while (e < toks.length && toks[e].sentence === sentence) e++;
		memo.set(sentence, (known = isTitleCase(toks, a, e)));
	}
	return known;
}
const titleCaseMemo = new WeakMap<Token[], Map<number, boolean>>();
