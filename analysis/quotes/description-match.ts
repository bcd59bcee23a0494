// Which entity a definite description means: "the senator", "the Kansas Republican", "the 62-year-old",
// "the company" is someone named before who was given that role or age, or the organisation of that kind
// mentioned last; "the veteran winger" right after a name is that person. EntityIndex.addDescription()
// (coref.ts) asks, and makes the description an entity of its own when this finds none.
import type { Mention } from './mentions.js';
import type { Cluster } from './cluster.js';
import { genderWords, personNouns, placeNames, relationNouns, titleWords } from './data.js';
import { MEDIA_AT_LARGE, STATE_BODIES, describable } from './org-descriptions.js';
import { headWord, words } from './name-words.js';
import { isStateName } from './groups.js';
import { looksNationality } from './mention-words.js';
import { PRONOUN_REACH } from './pronouns.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const CAPITALISED_WORD = /(?:^|\s)[\p{Lu}]/u;
const ONE_CAPITALISED_WORD = /^[\p{Lu}][\p{Ll}]+\.?$/u;

/** How many paragraphs back a description may reach for its entity. */
const DESCRIPTION_REACH = 12;

/** What of the entity index the matching reads (coref.ts's EntityIndex). */
export interface DescriptionIndex {
	clusters: Cluster[];
	paragraphAt(offset: number): number;
	/** Of the candidates, the one mentioned last before `at`. */
	latest(cands: Iterable<Cluster>, at: number, lastBefore?: (c: Cluster) => number): Cluster | null;
	/** Where c was last named (not described or meant by a pronoun) before `at`. */
	lastNaming(c: Cluster, at: number): number;
	recentPerson: ((at: number, end?: number) => Cluster | null) | null;
	/** Is the mention at an offset after a preposition or the object of a verb? */
	obliqueAt: ((offset: number) => boolean) | null;
	/** The lower-case words of up to three tokens right before an offset, in its sentence. */
	wordsBefore: ((offset: number) => string[]) | null;
	/** Where the sentence with an offset starts. */
	sentenceStartAt: ((offset: number) => number) | null;
	restrictedAt: ((end: number) => boolean) | null;
	/** Was someone already called by this noun before `at`, in a mention that is not c's, while c never was? */
	someoneElse(c: Cluster, head: string, at: number): boolean;
}

/**
 * The capitalised words of a description before its head, as words() gives them: a place or a
 * nationality ("the Afghan government", "the French plane-maker", "the U.S. company"), not its article.
 */
function properModifiers(text: string, head: string): string[] {
	const out: string[] = [];
	for (const w of text.split(/\s+/)) {
		// (not a compound that relates it to someone: "the Braun-owned company", "the Nashville-based label")
		if (!/^\p{Lu}/u.test(w) || /^(?:the|a|an|this|that|its|their)$/i.test(w) || /-\p{Ll}/u.test(w)) continue;
		const ws = words(w);
		if (ws.includes(head)) break;
		out.push(...ws);
	}
	return out;
}

/** The two US parties' words, as words() gives them. */
const PARTIES: Record<string, string> = { republican: 'r', republicans: 'r', gop: 'r', democratic: 'd', democrat: 'd', democrats: 'd' };
/** The party a text's words name, 'r' or 'd', or null for none or both. */
function partyOf(text: string): string | null {
	const found = new Set(words(text).map((w) => PARTIES[w]).filter(Boolean));
	return found.size === 1 ? [...found][0] : null;
}
/**
 * "The Republican nominee" is no one the text calls a Democrat ("the Democratic nominee Hillary
 * Clinton"): a description naming one party never means someone whose titles and descriptions name
 * only the other.
 */
function otherParty(m: Mention, x: Cluster): boolean {
	const mine = partyOf(m.text);
	if (!mine) return false;
	const theirs = partyOf(x.facets.filter((f) => f.role === 'title' || f.role === 'description' || f.role === 'party' || f.role === 'affiliation').map((f) => f.text.replace(/^\(?([RD])-/, (_, p: string) => (p === 'R' ? 'Republican ' : 'Democratic '))).join(' '));
	return !!theirs && theirs !== mine;
}

/** Words in a description that point past the person just named: "the next man", "the other driver". */
const SOMEONE_ELSE = new Set(['next', 'other', 'future', 'previous']);

/**
 * The entity a description `m` (with an age, "the 30-year-old", when given) refers to, or null; and
 * whether it names someone new whom the text introduced by that noun (made an entity even where the
 * caller would not make one).
 */
export function describedEntity(ix: DescriptionIndex, m: Mention, age: string | null): { c: Cluster | null; someoneNew: boolean } {
	let someoneNew = false;
	const head = m.title ? headWord(m.title) : headWord(m.name);
	const isOrg = m.kind === 'org';
	let c: Cluster | null = null;
	const aff = m.affiliation ? words(m.affiliation).join(' ') : '';
	const ofAff = (x: Cluster) => x.facets.some((f) => (f.role === 'affiliation' || f.role === 'title' || f.role === 'description' || f.role === 'home') && ` ${words(f.text).join(' ')} `.includes(` ${aff} `));
	// (or of another country: "the incoming U.S. leader" is not the "Syrian President")
	const otherAff = (x: Cluster) => !!aff && x.facets.some((f) => f.role === 'affiliation' || ((f.role === 'title' || f.role === 'description') && CAPITALISED_WORD.test(f.text.replace(/^(?:the|a|an)\s+/i, '').replace(ONE_CAPITALISED_WORD, '')))) && !ofAff(x);
	// ("The senator from Florida" after Sen. Bernie Sanders: a description that places someone in a
	// state means someone the text put there, not the last senator named)
	const placed = !!aff && !isOrg && /\bfrom\s/i.test(m.text) && (placeNames().has(m.affiliation!) || isStateName(m.affiliation));
	if (m.definite || age) {
		const p = ix.paragraphAt(m.start);
		const near = (x: Cluster) => {
			const l = x.lastBefore(m.start);
			return l >= 0 && p - ix.paragraphAt(l) <= DESCRIPTION_REACH;
		};
		if (isOrg && head && !MEDIA_AT_LARGE.has(head)) {
			// ("the U.N. General Assembly's human rights committee" is not the Senate's committee)
			const ownerOk = (x: Cluster) => !m.affiliation || words(m.affiliation).every((w) => x.words.includes(w));
			// "Dick Clark Productions … the production company": a word before the head that the name has
			// (either number) says which, before any organisation called a company
			if (!m.affiliation) {
				const mods = words(m.name).filter((w) => w !== head && w.length > 3 && !['the', 'this', 'that'].includes(w));
				const has = (x: Cluster) => mods.some((w) => x.words.includes(w) || x.words.includes(`${w}s`) || (w.endsWith('s') && x.words.includes(w.slice(0, -1))));
				// (a government noun only for a state: "the Saudi government" is Saudi Arabia, "the Afghan
				// government" no "Afghan Taliban")
				if (mods.length) c = ix.latest(ix.clusters.filter((x) => x.kind === 'org' && x.named && near(x) && has(x) && (!STATE_BODIES.has(head) || x.words.includes(head) || isStateName(x.name))), m.start);
			}
			c ??= ix.latest(ix.clusters.filter((x) => x.kind === 'org' && x.named && near(x) && (x.words.includes(head) || x.orgNouns.has(head)) && ownerOk(x)), m.start);
			// "Big Machine … the label", "Apple … the company": else the organisation mentioned last, in this
			// paragraph or the ones just before, whose name does not say what it is
			if (!c && !m.affiliation) {
				// (its last mention naming it, not one qualifying a noun: "… and Big Machine of disallowing a
				// Netflix documentary. The company denied …" is Big Machine)
				const named = (x: Cluster) => ix.lastNaming(x, m.start);
				const close = (x: Cluster) => {
					const l = named(x);
					return l >= 0 && p - ix.paragraphAt(l) < PRONOUN_REACH;
				};
				// ("The Taliban freed … the Afghan government", "Boeing … the French plane-maker": a place or
				// nationality the description gives and nothing says of the organisation means another one)
				const placed = properModifiers(m.text, head);
				const news = words(m.name).includes('news');
				// (or it is the name's appositive: "Huawei, the embattled Chinese tech company")
				const before = placed.length ? (ix.wordsBefore?.(m.start) ?? []) : [];
				const saysSo = (x: Cluster) => (before[0] === ',' && before[1] === x.words[x.words.length - 1]) || placed.every((w) => x.words.includes(w) || x.facets.some((f) => words(f.text).includes(w)) || x.mentions.slice(0, 20).some((n) => n.start < m.start && !!ix.wordsBefore?.(n.start).includes(w)));
				c = ix.latest(ix.clusters.filter((x) => x.kind === 'org' && x.named && !x.plural && close(x) && describable(x, head, news) && saysSo(x)), m.start, named);
			}
		} else if (age) {
			c = ix.latest(ix.clusters.filter((x) => x.kind === 'person' && x.age === age && near(x)), m.start);
		} else if (head) {
			const ws = new Set(words(m.title ?? m.name));
			const people = ix.clusters.filter((x) => x.kind === 'person' && near(x) && !!m.plural === x.plural);
			// "the U.N. official": someone of that organisation ("the U.N. High Commissioner"), never
			// someone of another one ("the Amnesty official")
			// ("the Republican" after "Donald Trump, the Republican nominee": a party's or a nation's word as
			// the head means someone the text described by it)
			const nationHead = ws.size === 1 && looksNationality(m.text.trim().split(/\s+/).pop() ?? '');
			const describedBy = (x: Cluster) => nationHead && x.named && x.facets.some((f) => (f.role === 'title' || f.role === 'description' || f.role === 'party') && words(f.text).includes(head));
			const byHead = people.filter((x) => (x.heads.has(head) || (x.named && [...ws].some((w) => w.length > 3 && x.heads.has(w))) || describedBy(x)) && !otherAff(x) && !otherParty(m, x));
			c = (aff ? ix.latest(byHead.filter(ofAff), m.start) : null) ?? (placed ? null : ix.latest(byHead, m.start));
			// (a place says where, not who: "the senator from Vermont" is no "former Vermont governor", someone
			// the text gives another office)
			if (!c && aff && personNouns().has(head)) c = ix.latest(people.filter((x) => x.named && ofAff(x) && !(placed && titleWords().has(head) && x.heads.size > 0 && !x.heads.has(head))), m.start);
			// "the 43-year-old man" early on … "the man wrote": someone the text never names, met again by
			// the same noun however far back, rather than the person named last
			if (!c && !aff) c = ix.latest(ix.clusters.filter((x) => x.kind === 'person' && !x.named && !!m.plural === x.plural && x.heads.has(head) && x.lastBefore(m.start) >= 0), m.start);
		}
	}
	if (!c && m.definite && !isOrg && !m.plural && head && ix.recentPerson && !ix.restrictedAt?.(m.end) && (age ? /^the\s+\d+-year-old$/i.test(m.text.trim()) : personNouns().has(head))) {
		// "the veteran winger", "the gambling tycoon": a definite description of one person right after a
		// person was named is that person, when no one else fits better; not one of another gender
		// ("the child's mother" after Michael Webb).
		c = ix.recentPerson(m.start, m.end);
		// (from the words as written: the head is compared as "spokesperson" for "spokesman")
		const g = words(m.title ?? m.name)
			.map((w) => genderWords().get(w))
			.find(Boolean);
		// "Dr. Kent described a local man … the man had no reason to be ill": the man the text introduced
		// by that noun is someone of their own, whom a later "he" means (a cluster of the description)
		if (c && ix.someoneElse(c, head, m.start)) {
			c = null;
			someoneNew = true;
		}
		if (c && (otherAff(c) || (placed && !ofAff(c)) || otherParty(m, c) || (g && c.gender && g !== c.gender))) c = null;
		// ("Douglas Haig, an Arizona man who says he sold tracer ammunition to the gunman …": the one a named
		// person acts on in the same sentence, after a preposition or as an object, is someone else)
		if (c && ix.obliqueAt?.(m.start) && c.lastBefore(m.start) >= (ix.sentenceStartAt?.(m.start) ?? Infinity)) c = null;
		// ("the minister's son-in-law and chief of staff": someone's relative is someone new)
		const rel = /['’]s\s+(?:\p{Ll}+\s+)?(\p{Ll}+)/u.exec(m.text);
		if (c && rel && relationNouns().has(rel[1])) c = null;
	}
	// ("to put the first woman, and the next man, on the Moon", "the other man"): a description that
	// places someone in a sequence or sets them apart means someone else, however it was found ("President
	// Obama began preparing for a transition to the next president": review MM of the 48th stop had Obama
	// be his own successor by the head's title)
	if (c && !isOrg && words(m.title ?? m.name).some((w) => SOMEONE_ELSE.has(w))) c = null;
	// ("Mayor Paul Dunne … The mayor's spokesman also pointed out": the one a possessive names is the
	// owner, not the person described; someone of their own, unless named so before)
	const owner = !isOrg && head ? /^(?:the\s+)?(.+?)['’]s\s/iu.exec(m.text.trim()) : null;
	if (c && owner && !c.heads.has(head!) && words(owner[1]).some((w) => c!.heads.has(w))) {
		c = null;
		someoneNew = true;
	}
	// (and no one named fits it: someone the text introduces so, whom a later "the senator" means)
	if (!c && placed && m.definite) someoneNew = true;
	return { c, someoneNew };
}
