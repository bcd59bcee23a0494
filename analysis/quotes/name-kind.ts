// What kind of thing a capitalised name the scan meets is, when the lite model cannot say: a person
// (a given name, an age, a role after a comma, a verb it is the subject of), an organisation (named
// after an organisation noun, the subject of a verb, what a title any organisation has is "of"), or
// neither. entities.ts asks these while it scans.
import type { Span, Token } from '../types.js';
import { inVocabulary } from '../nlp.js';
import type { Ctx } from './context.js';
import { givenName, orgWords, personNouns, placeNames, relationNouns, titleWords } from './data.js';
import { possessiveRelation } from './relations.js';
import { GENERIC_TITLES } from './groups.js';
import { TIME_WORDS, isCap, isPossessive, type Mention } from './mentions.js';
import { DESCRIPTION_DETS, ORG_DESCRIPTION_NOUNS } from './describe.js';
import { namedAfter } from './phrases.js';
import { LISTENER_VERBS } from './cues.js';
import { listedUnder } from './listed-under.js';

/**
 * Is a capitalised run of two or more words a person's name? The lite model cannot tell "Jane Roe"
 * from "Iceberg Passages" or "Manchester United", so it needs a sign: a common given name, or what
 * follows it (an age, "who", a role after a comma, a speech verb). Runs without one are left out of
 * the scan; a speaker the quote finder finds is added then.
 */
export function looksLikePerson(ctx: Ctx, m: Mention, e: number): boolean {
	const { toks } = ctx;
	const first = m.name.split(/\s+/)[0].toLowerCase().replace(/\.$/, '');
	if (givenName(first) !== undefined) return true;
	if (/^[a-z]$/.test(first)) return true; // "J. Smith"
	// "vice president of Advanced Programs at …", "head of Global Operations": after a role and "of",
	// a name without a given name is what the role is of (a department, an organisation), not a person
	// (a relation is of a person: "a friend of Ann Lee")
	if (roleOf(ctx, m)) return false;
	const n = toks[e];
	const n1 = toks[e + 1];
	if (!n) return false;
	if (n.value === '(' && n1 && /^[DRI]$/.test(n1.value)) return true; // party label
	if (n.value === ',' && n1 && (n1.pos === 'NUM' || n1.normal === 'who' || (DESCRIPTION_DETS.has(n1.normal) && n1.normal !== 'one') || personNouns().has(n1.normal))) return true;
	// ", legal director at …", ", chief executive of …", ", U.S. Embassy spokesperson in Beijing,": a role
	// of a few words, no article, after a comma (an organisation's name may stand before it; the role is
	// in lower case)
	// (an owner's name may stand before it too: "Tad Devine, Sanders's chief strategist, said"; review SS of the
	// 54th stop found his later "he said" given to Sanders, the name read only as a person too late)
	if (n.value === ',') {
		for (let k = e + 1; k < e + 6 && toks[k] && (toks[k].pos === 'ADJ' || toks[k].pos === 'NOUN' || toks[k].pos === 'PROPN' || (k > e + 1 && /^['’]s$/.test(toks[k].value))); k++)
			if (!isCap(toks[k]) && personNouns().has(toks[k].normal) && ['of', 'at', 'for', 'with', 'in', ','].includes(toks[k + 1]?.normal ?? '')) return true;
	}
	// ", Ronald Reagan's daughter,", ", Ford's sister,": a name's possessive, then a relation noun
	if (n.value === ',' && possessiveRelation(toks, e + 1) >= 0) return true;
	if (ctx.cueAt(e) > 0) return true;
	// "Jeb Bush and his older brother", "Ann Vale herself": his, her and himself, herself are a person's,
	// never an organisation's (which owns with "its"; review U of the 39th stop had "his" given to Trump)
	if (n.normal === 'and' && n1 && (n1.normal === 'his' || n1.normal === 'her') && n1.pos === 'PRON') return true;
	if (n.normal === 'himself' || n.normal === 'herself') return true;
	// the subject of a verb ("Marta Kowalczyk leads the campaign"), or someone "of"/"at" an organisation
	let v = e;
	while (v < toks.length && toks[v].pos === 'ADV') v++;
	if (toks[v]?.pos === 'VERB' && !/ing$/.test(toks[v].normal)) return true;
	if (['of', 'at'].includes(n.normal) && n1 && isCap(n1) && !placeNames().has(n1.value)) return true;
	// "An Oxfam spokesman, Pavel Ostrow,": a role just before
	const b = toks[ctx.tokenAt(m.start) - 1];
	const b2 = toks[ctx.tokenAt(m.start) - 2];
	// ("The stepmother, Samina Gilani,": a relation too)
	if (b?.value === ',' && b2 && (personNouns().has(b2.normal) || personNouns().has(b2.lemma.toLowerCase()) || relationNouns().has(b2.normal))) return true;
	// "shooting victim Rocky Palermo", "math teacher Angela Cooper": a lower-case word for a person right
	// before the name is its title
	if (b && !isCap(b) && b.pos === 'NOUN' && (personNouns().has(b.normal) || personNouns().has(b.lemma.toLowerCase()))) return true;
	return false;
}

/**
 * "Jeff begins the interview", "a Canadian man by the name of Jeff", "Rick said": a given name alone
 * (a common man's or woman's name, first-names.txt) is a person when it does what people do: it is the
 * subject of a verb (not after a preposition), is followed by a cue, or follows "named", "called" or
 * "by the name of" (phrases.ts namedAfter). A given name that is also a place ("Georgia") is left to the place check before this.
 */
export function loneGivenName(ctx: Ctx, m: Mention, s: number, e: number): boolean {
	const { toks } = ctx;
	if (m.title || m.kind !== 'person' || /\s/.test(m.name.trim())) return false;
	const g = givenName(m.name.trim());
	if (g !== 'm' && g !== 'f') return false;
	const t = toks[s];
	if (!t || t.pos !== 'PROPN') return false;
	if (namedAfter(toks, s) >= 0) return true;
	// ("Sales at Jeff fell": after a preposition it is no subject)
	if (toks[s - 1] && toks[s - 1].sentence === t.sentence && (toks[s - 1].pos === 'ADP' || toks[s - 1].pos === 'DET')) return false;
	return ctx.cueAt(e) > 0 || subjectOfVerb(ctx, e);
}

/**
 * "vice president of Advanced Programs", "the head of Planned Parenthood", "chairman of the Joint
 * Chiefs": a name right after a title any organisation has (groups.ts) and "of" is what the title is
 * of, an organisation or a part of one, unless it owns what follows ("director of Inner Mongolia's
 * disease control centre") or has a given name (looksLikePerson asks that first). Not a title of a
 * place ("mayor of Little Rock") nor a relation ("a friend of Ann Lee").
 */
export function roleOf(ctx: Ctx, m: Mention): boolean {
	const { toks } = ctx;
	let s = ctx.tokenAt(m.start);
	if (toks[s]?.normal === 'the') s++;
	if (toks[s - 1]?.normal === 'the') s--;
	const role = toks[s - 2];
	if (toks[s - 1]?.normal !== 'of' || !role || !GENERIC_TITLES.has(role.normal)) return false;
	const next = toks[ctx.tokenAt(m.end - 1) + 1];
	return !/[’']s$/.test(m.text) && !(next && isPossessive(next) && next.start === m.end);
}

const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whose']);

/**
 * "The group that owns most of her music, Big Machine, says", "Its parent company, Acme, said": a name
 * set off by a comma after a clause-opening phrase whose head is an organisation noun names that
 * organisation. Returns the head noun and the phrase's determiner-to-head span.
 */
export function leftOrgDescription(ctx: Ctx, s: number): { head: string; span: Span } | null {
	const { toks } = ctx;
	if (toks[s - 1]?.value !== ',') return null;
	let a = s - 2;
	while (a > 0 && s - a < 16 && toks[a - 1].sentence === toks[s - 1].sentence && ![',', ';', ':', '—', '–', '(', '.'].includes(toks[a - 1].value) && !ctx.isMark[a - 1]) a--;
	if (a < 0 || !['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(toks[a].normal)) return null;
	let h = a + 1;
	while (h < s - 1 && (toks[h].pos === 'ADJ' || (toks[h].pos === 'NOUN' && toks[h + 1]?.pos === 'NOUN'))) h++;
	const head = toks[h];
	if (!head || head.pos !== 'NOUN' || !(ORG_DESCRIPTION_NOUNS.has(head.normal) || ['group', 'organisation', 'organization', 'agency', 'association', 'union', 'party'].includes(head.normal))) return null;
	// A phrase, not a clause: "The company is weighing a sale of its cloud unit, Acme reported" says
	// something of the company and names its source; only a relative clause may hang on the head.
	if (!RELATIVE_WORDS.has(toks[h + 1]?.normal ?? '')) for (let k = h + 1; k < s - 1; k++) if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return null;
	return { head: head.normal, span: { start: toks[a].start, end: head.end } };
}

/** Is the name ending at e the subject of a verb ("… have twice denied", "… said")? */
export function subjectOfVerb(ctx: Ctx, e: number): boolean {
	const { toks } = ctx;
	let v = e;
	while (v < toks.length && toks[v].pos === 'ADV') v++;
	const t = toks[v];
	return !!t && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.normal) && !['is', 'was', '’s', "'s"].includes(t.normal) || (!!t && ['is', 'was'].includes(t.normal) && toks[v + 1]?.pos === 'VERB');
}

/**
 * Does the sentence that starts at token `s` open with a capitalised name of two or three words that
 * `known` says the scan took for no one, as the subject of its verb, before token `k` ("Scooter Braun
 * is allegedly unhappy with the way his business partner …")? No organisation, title, place or time
 * word in it, and not inside quotation marks.
 */
export function unknownNameSubject(ctx: Ctx, s: number, k: number, known: (start: number) => boolean): boolean {
	const { toks } = ctx;
	let r = s;
	while (r < k && r - s < 4 && isCap(toks[r]) && toks[r].pos === 'PROPN') r++;
	if (r - s < 2 || r - s > 3 || r >= k || (toks[r].pos !== 'AUX' && toks[r].pos !== 'VERB') || ctx.inQuote[s] >= 0) return false;
	for (let j = s; j < r; j++) {
		const w = toks[j].normal;
		if (known(toks[j].start) || orgWords().has(w) || titleWords().has(w) || TIME_WORDS.has(w)) return false;
	}
	return !placeNames().has(ctx.text.slice(toks[s].start, toks[r - 1].end));
}

/** Prepositions that make a name their object ("Like Saviano, he said …": the one compared with is not the one speaking). */
const OBLIQUE = new Set(['of', 'to', 'for', 'with', 'by', 'from', 'at', 'in', 'on', 'about', 'against', 'into', 'toward', 'towards', 'over', 'under', 'between', 'among', 'than', 'like', 'unlike', 'besides', 'despite', 'without', 'beside', 'behind', 'through']);

/**
 * Is the mention at an offset the object of a preposition ("the offices of Omar") or of a verb ("Cook
 * told Benioff")? Not after "for" as the subject of an infinitive ("for Swift to perform her songs").
 */
export function obliqueAt(ctx: Ctx, offset: number, depth = 0): boolean {
	const { toks } = ctx;
	// ("Top advisers said he had rejected …": "he" is a subject whatever comes before it)
	if (NOMINATIVE.has(toks[ctx.tokenAt(offset)]?.normal)) return false;
	let t = ctx.tokenAt(offset) - 1;
	if (toks[t]?.normal === 'the') t--;
	const p = toks[t];
	if (p?.normal === 'for' && infinitiveAfter(toks, ctx.tokenAt(offset))) return false;
	// ("As for Trump, he said he's not worried": the topic the sentence turns to, whom its "he" means)
	if (p?.normal === 'for' && toks[t - 1]?.normal === 'as' && (t - 1 === 0 || toks[t - 2].sentence !== p.sentence || /^[,;:]$/.test(toks[t - 2].value))) return false;
	// ('"…," said the actor': a speech verb right after a closing mark is inverted, its subject after it)
	if (p?.pos === 'VERB' && ctx.isMark[t - 1] && ctx.isSpeechLemma(p)) return false;
	// ("in the style of Ronald Park in 1988 or Bill Stone in 2000": a name joined by "and"/"or" to one a
	// preposition governs is governed too, review 36)
	if (p && (p.normal === 'or' || p.normal === 'and') && p.pos === 'CCONJ' && depth < 4) {
		// (not a clause's subject after "and": "… and John Kasich wins his home state")
		let after = t + 1;
		while (after < toks.length && (toks[after].pos === 'PROPN' || isCap(toks[after])) && after - t < 6) after++;
		if (toks[after] && (toks[after].pos === 'VERB' || toks[after].pos === 'AUX')) return false;
		let j = t - 1;
		while (j >= 0 && t - j <= 4 && (toks[j].pos === 'NUM' || toks[j].normal === 'in' || toks[j].value === ',')) j--;
		// (a name's words, whatever the tagger made of a surname like "Park")
		const nameWord = (x: Token | undefined) => !!x && (x.pos === 'PROPN' || (x.pos === 'NOUN' && isCap(x)));
		if (!nameWord(toks[j])) return false;
		let first = j;
		while (first > 0 && nameWord(toks[first - 1]) && t - first < 8) first--;
		return obliqueAt(ctx, toks[first].start, depth + 1);
	}
	// ("said Clinton's response was undercut by her campaign's ties", "said Trump had lied": a name opening
	// the clause a speech verb reports is that clause's subject, not the verb's object; review T of the
	// 39th stop had "her" given to the speaker)
	// (not a listener: "told BuzzFeed's Smith he would run" is Smith told)
	if (p?.pos === 'VERB' && ctx.isSpeechLemma(p) && !LISTENER_VERBS.has(p.lemma.toLowerCase())) {
		let after = ctx.tokenAt(offset);
		while (after < toks.length && isCap(toks[after]) && after - t < 6) after++;
		const next = toks[after];
		if (next && (isPossessive(next) || next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.normal)))) return false;
	}
	// ("will continue to back/ADV the billionaire": a word after the infinitive's "to" is its verb,
	// whatever the tagger made of it)
	const infinitive = !!p && p.pos !== 'AUX' && toks[t - 1]?.normal === 'to' && toks[t - 1].pos === 'PART' && /^\p{Ll}+$/u.test(p.value);
	return !!p && ((OBLIQUE.has(p.normal) && p.pos === 'ADP') || ((p.pos === 'VERB' || infinitive) && !ctx.isMark[t]));
}

/** Pronouns that are a clause's subject. */
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);

/** Does "to" and a verb follow the capitalised name at token k ("for Swift to perform")? */
function infinitiveAfter(toks: Token[], k: number): boolean {
	let e = k;
	while (e + 1 < toks.length && e - k < 5 && isCap(toks[e + 1])) e++;
	return toks[e + 1]?.normal === 'to' && toks[e + 2]?.pos === 'VERB';
}

/**
 * "“Make Trump just go away”", "Take C.A.R.E": a verb of English in its base form opening a sentence
 * (or a quotation), before a name of one word, commands; it is no part of the name. Not a given name
 * ("Pat Smith"), nor a name of several words ("Ford Motor Co.", "Rolling Stone", "Associated Press").
 */
export function commandVerb(ctx: Ctx, i: number): boolean {
	const { toks } = ctx;
	const t = toks[i];
	const w = t.normal.toLowerCase();
	if (t.pos !== 'VERB' || w !== t.lemma.toLowerCase() || !inVocabulary(w) || givenName(t.normal) !== undefined) return false;
	const opens = i === 0 || toks[i - 1].sentence !== t.sentence || ctx.isMark[i - 1];
	const oneWord = toks[i + 2]?.pos !== 'PROPN' || !isCap(toks[i + 2]);
	return opens && oneWord;
}

/**
 * "the engineer Anna Park", "director Michael Bay", "Anna Park … “…,” Park said": a name that opens
 * with a given name and ends in a word that ends places' names (places.txt: "Mason City", "Clark
 * County", "Victoria Park") is a person's when a role or title of a person stands right before it (no
 * "of" between: "the mayor of Mason City" names a city), when a verb of saying follows it, or when its
 * last word alone, elsewhere in the text, is someone speaking. Asked only of names placeNames() took for
 * places.
 */
export function personDespitePlaceWord(ctx: Ctx, m: Mention, s: number, i: number, e: number): boolean {
	const { toks } = ctx;
	const parts = m.name.split(/\s+/);
	if (parts.length < 2 || givenName(parts[0].toLowerCase()) === undefined) return false;
	if (m.title && s < i && toks.slice(s, i).every((x) => x.pos !== 'ADP')) return true;
	const first = toks[i];
	const last = toks[e - 1];
	// ("Her rival John Park disagreed", "Anna Park said": a verb of saying right after the name)
	if (toks[e] && toks[e].pos === 'VERB' && ctx.isSpeechLemma(toks[e])) return true;
	for (let k = 0; k + 1 < toks.length; k++) {
		if (k >= i && k < e) continue;
		if (toks[k].value !== last.value || (k > 0 && toks[k - 1].value === first.value)) continue;
		// "Park said", "…,” Park added"; not "Park Avenue"
		if (ctx.isSpeechLemma(toks[k + 1]) && toks[k + 1].pos === 'VERB') return true;
	}
	return false;
}

/** Kinds of organisation a list names members of, besides org-descriptions' nouns ("employers such as
 * Monsanto"); not programmes, committees or groups, whose members are often no organisation of their own
 * ("programs, including Medicaid", "committees, including Armed Services"). */
const LISTED_KINDS = new Set(['employer', 'corporation', 'agency', 'bank', 'union', 'nonprofit', 'lender', 'chain', 'brand']);

/**
 * "local employers such as Monsanto, which opposed the bill", "firms like Acme and Brightline": a name in
 * a list after a plural noun for organisations and "such as", "like" or "including" is an organisation
 * of that kind (review II of the 46th stop had Monsanto no one, its tweet "the company"'s). Returns the
 * noun's singular, or null.
 */
export function listedOrganisation(ctx: Ctx, s: number): string | null {
	const { toks } = ctx;
	// (the noun the list is introduced by, as for a list of people: listed-under.ts)
	const n = listedUnder(toks, s);
	const noun = toks[n];
	if (!noun || noun.pos !== 'NOUN' || isCap(noun) || !/s$/.test(noun.normal)) return null;
	const singular = noun.lemma.toLowerCase();
	return ORG_DESCRIPTION_NOUNS.has(singular) || LISTED_KINDS.has(singular) ? singular : null;
}
