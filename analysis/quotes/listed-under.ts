// A name in a list introduced by a noun for people or a title in the plural ("senators, including Tom
// Vale of Ohio and Ann Roe", "officials such as Jane Roe", "Sens. Ann Roe (Ohio), Tom Vale (Iowa) and …"):
// every name of the list holds that role (describe.ts asks).
import type { Token } from '../types.js';
import { personNouns } from './data.js';
import { pluralTitle } from './mention-words.js';


/** Tokens a list of names may hold between its members: names, states, party labels, commas, "and". */
const IN_LIST = (t: Token) => t.pos === 'PROPN' || /^\p{Lu}/u.test(t.value) || t.value === ',' || t.value === '-' || t.value === '.' || t.value === '(' || t.value === ')' || t.normal === 'of' || t.normal === 'and';

/**
 * The noun a list of names starting before token s is introduced by ("senators, including Tom Vale of
 * Ohio and [Ann Roe]", "officials such as [Jane Roe]", "writers, among them …"), as a token index, else -1.
 */
export function listedUnder(toks: Token[], s: number): number {
	const sentence = toks[s].sentence;
	let k = s - 1;
	while (k > 0 && s - k < 40 && toks[k].sentence === sentence && IN_LIST(toks[k]) && toks[k].normal !== 'including' && toks[k].normal !== 'like') {
		if (k < s - 1 && pluralTitle(toks[k])) return k;
		k--;
	}
	const t = toks[k];
	if (!t || t.sentence !== sentence) return -1;
	let n = -1;
	if (t.normal === 'including' || t.normal === 'like') n = k - 1;
	else if (t.normal === 'as' && toks[k - 1]?.normal === 'such') n = k - 2;
	else if (t.normal === 'them' && toks[k - 1]?.normal === 'among') n = k - 2;
	if (n >= 0 && toks[n].value === ',') n--;
	if (n < 0 || toks[n].sentence !== sentence) return -1;
	// ("senators up for re-election next year in swing states, among them …": the people a phrase after
	// them qualifies, a plural noun for people before it with no verb between)
	const roles = personNouns();
	const people = (t: Token) => t.pos === 'NOUN' && /s$/.test(t.normal) && (roles.has(t.normal) || roles.has(t.lemma.toLowerCase()));
	// (within its own phrase: not past a comma or "and" into the list before it, "business executives
	// and political figures such as …")
	for (let j = n; j >= 0 && n - j < 12 && toks[j].sentence === sentence && toks[j].pos !== 'VERB' && toks[j].pos !== 'AUX' && toks[j].value !== ',' && toks[j].pos !== 'CCONJ'; j--) if (people(toks[j])) return j;
	return n;
}
