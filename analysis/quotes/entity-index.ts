// The entity index of one article: the scan (entities.ts) run with the hooks it asks about the text
// around a mention (sentence bounds, speakers beside a name, modifiers, headlines, gendered nouns,
// unnamed people, descriptions), short names linked after it, and the finished entities with their
// groups. findEntities() is the face a later stage (tone toward each actor) builds on.
import { paragraphSpans } from '../nlp.js';
import { isPhotoCreditLine } from '../segment/furniture.js';
import type { CleanArticle, Entity, GroupRule, Token, Tokenised } from '../types.js';
import { Ctx, TIME_WORDS } from './context.js';
import { isTitleCase } from '../loaded/title-case.js';
import { genderWords, nameVariants, personNouns, placeNames, titleWords } from './data.js';
import { EntityIndex } from './coref.js';
import type { Cluster } from './cluster.js';
import { cleanName, roleKey, words } from './name-words.js';
import { companyName, entityGroup, isStateName } from './groups.js';
import { isCap, isPossessive } from './mentions.js';
import { familyAfter } from './mention-words.js';
import { markedSpans } from './spans.js';
import { representedGroups } from './represents.js';
import { DESCRIPTION_DETS } from './describe.js';
import { deedFacets } from './deeds.js';
import { obliqueAt, unknownNameSubject } from './name-kind.js';
import { findCoordinations } from './coordination.js';
import { scanEntities } from './entities.js';
import { mainClauseStart } from './fronted.js';
import { SUBORDINATORS } from './clause-shape.js';

/** Possessive pronouns: "their Facebook page" is someone's page, not Facebook's. */
const OWNERS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);

/**
 * "Peters spoke first. Later, Audley Peters said …": a surname met before the full name is a mention
 * of that person too. A second, cheap pass over capitalised words that are a known person's surname
 * and not yet a mention of anyone.
 */
function linkShortNames(ctx: Ctx, index: EntityIndex): void {
	const { toks } = ctx;
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		if (t.pos !== 'PROPN' || !isCap(t) || index.lookup(t.start)) continue;
		if ((toks[i - 1] && toks[i - 1].pos === 'PROPN' && isCap(toks[i - 1])) || (toks[i + 1] && toks[i + 1].pos === 'PROPN' && isCap(toks[i + 1]))) continue;
		// ("the Bush family", "the Koch brothers": no one of them)
		if (familyAfter(toks, i, i + 1)) continue;
		const c = index.bySurname(t.normal, t.start);
		if (c) index.note(c, t, t.value, 'short name', ctx.inQuote[i] >= 0);
	}
}

/** The index of one article's entities, for the quote finder to extend with its speakers. */
export function buildEntityIndex(ctx: Ctx): EntityIndex {
	const paraStarts = ctx.paragraphs.map((p) => p.start);
	const paragraphIndex = (offset: number) => {
		let lo = 0;
		let hi = paraStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (paraStarts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};
	// Lines with no sentence end (headlines, "More:", links to other stories) are not story: they do
	// not count in how far back a pronoun or a description reaches.
	const headline = ctx.paragraphs.map((p) => !/[.!?:;"”’'’)…\]]$/.test(ctx.text.slice(p.start, p.end).trimEnd()));
	// (nor a photo's credit line and the caption after it, in a page copied as text: "POOL New/Reuters." ¶
	// "Sanford police officer Timothy Smith holds up the gun …" ¶ "“…,” he added." is not Smith; review MM
	// of the 48th stop)
	for (let k = 0; k + 1 < ctx.paragraphs.length; k++) {
		const p = ctx.paragraphs[k];
		if (p.end - p.start > 80 || !isPhotoCreditLine(ctx.text.slice(p.start, p.end).trim())) continue;
		headline[k] = true;
		headline[k + 1] = true;
	}
	const storyIndex: number[] = [];
	let n = 0;
	for (let k = 0; k < headline.length; k++) {
		if (k > 0 && !headline[k]) n++;
		storyIndex.push(n);
	}
	const paragraphAt = (offset: number) => storyIndex[paragraphIndex(offset)] ?? 0;
	const index = new EntityIndex(paragraphAt, nameVariants());
	// A definite description with nobody fitting it refers to the person named in this sentence or the one before.
	// (named in the sentence before: in its own sentence, "X agreed with the Amnesty official" is someone else)
	// a sentence's start and the one before it (ctx.sentenceStart: read once per article)
	const sentBounds = (offset: number): [number, number] => {
		if (!ctx.toks.length) return [0, 0];
		const own = ctx.sentenceStart(Math.max(0, Math.min(ctx.tokenAt(offset), ctx.toks.length - 1)));
		return [ctx.toks[own > 0 ? ctx.sentenceStart(own - 1) : own].start, ctx.toks[own].start];
	};
	index.sentenceStartAt = (offset) => sentBounds(offset)[1];
	// (where the quotation closing right before the pronoun at an offset opened, '"…," he said', when that
	// is in an earlier sentence; else null)
	const quotationBefore = (offset: number): number | null => {
		const k = ctx.tokenAt(offset);
		// (the mark in the pronoun's own sentence, or the pronoun in lower case after a "?" or "!" that ended
		// the tagger's sentence: '"Who wants to live at home at 29?" she said'; not 'calling him "a total
		// stiff." He says', where the quotation ended the sentence before)
		const t = ctx.toks[k];
		const m = k >= 2 && t && ctx.isMark[k - 1] && (ctx.toks[k - 1].sentence === t.sentence || /^\p{Ll}/u.test(t.value)) ? ctx.inQuote[k - 2] : -1;
		if (m < 0) return null;
		const opened = ctx.marks[m].start;
		return opened < sentBounds(offset)[1] ? opened : null;
	};
	// (", they say.", ", he said Monday.": a pronoun after a comma, a cue, and at most a time before the
	// sentence's end reports the words before it, from the sentence's start)
	index.reportBeforeAt = (offset) => {
		const k = ctx.tokenAt(offset);
		const t = ctx.toks[k];
		if (!t || t.pos !== 'PRON' || ctx.inQuote[k] >= 0 || ctx.toks[k - 1]?.value !== ',') return -1;
		const e = ctx.cueAt(k + 1);
		if (e < 0) return -1;
		let z = e;
		while (z < ctx.toks.length && z - e < 3 && ctx.toks[z].sentence === t.sentence && TIME_WORDS.has(ctx.toks[z].normal)) z++;
		const ends = z >= ctx.toks.length || ctx.toks[z].sentence !== t.sentence || /^[.!?]$/.test(ctx.toks[z].value);
		return ends ? ctx.toks[ctx.sentenceStart(k)].start : -1;
	};
	index.wordsBefore = (offset) => {
		const k = ctx.tokenAt(offset);
		const out: string[] = [];
		for (let j = k - 1; j >= 0 && j >= k - 3 && ctx.toks[j].sentence === ctx.toks[k]?.sentence; j--) out.push(ctx.toks[j].normal.toLowerCase());
		return out;
	};
	index.unknownSubjectAt = (offset) => {
		const k = ctx.tokenAt(offset);
		return unknownNameSubject(ctx, ctx.sentenceStart(Math.min(k, ctx.toks.length - 1)), k, (start) => !!index.lookup(start));
	};
	// "Haig said", "he told": a speech verb right after the mention; '"…," said Haig': one right before it,
	// after a closing mark
	// (the last token of the mention [offset, end))
	const lastTokenOf = (offset: number, end: number): number => {
		let last = ctx.tokenAt(offset);
		while (last + 1 < ctx.toks.length && ctx.toks[last + 1].start < end) last++;
		return last;
	};
	index.speaksAt = (offset, end = offset + 1) => {
		if (ctx.cueAt(lastTokenOf(offset, end) + 1) > 0) return true;
		const first = ctx.tokenAt(offset);
		const before = ctx.toks[first - 1];
		return !!before && ctx.isSpeechLemma(before) && ctx.isMark[first - 2] === true && ctx.cueAt(first - 1) > 0;
	};
	// ("Tapper asked whether …": the speech verb right after the mention is "ask")
	index.asksAt = (offset, end = offset + 1) => {
		const v = lastTokenOf(offset, end) + 1;
		return ctx.cueAt(v) > 0 && ctx.toks[v].lemma.toLowerCase() === 'ask';
	};
	// (of the named people in [from, to), outside quotation marks, the first who speaks there: "Trump said")
	const speakerIn = (from: number, to: number): Cluster | null => {
		for (let j = Math.max(0, ctx.tokenAt(from)); j < ctx.toks.length && ctx.toks[j].start < to; j++) {
			if (ctx.inQuote[j] >= 0) continue;
			const c = index.lookup(ctx.toks[j].start, 'person');
			if (!c || !c.named || c.plural) continue;
			const m = c.mentions.find((x) => x.start === ctx.toks[j].start);
			if (m && index.speaksAt!(m.start, m.end)) return c;
		}
		return null;
	};
	// (is c's surname written, outside quotation marks, in the rest of the sentence from an offset? The
	// scan has not reached those names yet)
	const namedAfter = (c: Cluster, from: number): boolean => {
		const surname = c.name.split(/\s+/).pop();
		const k = ctx.tokenAt(from);
		for (let j = k; j >= 0 && j < ctx.toks.length && ctx.toks[j].sentence === ctx.toks[k].sentence; j++) if (ctx.inQuote[j] < 0 && ctx.toks[j].value === surname) return true;
		return false;
	};
	// (does a verb in [from, to) take a name as its object, "attacked Clinton", "told the Vale campaign"?)
	const verbObjectIn = (from: number, to: number): boolean => {
		for (let k = ctx.tokenAt(from); k < ctx.toks.length && ctx.toks[k].start < to; k++) {
			if (ctx.toks[k].pos !== 'VERB' || ctx.inQuote[k] >= 0) continue;
			let o = k + 1;
			while (o < ctx.toks.length && ctx.toks[o].pos === 'DET') o++;
			if (ctx.toks[o] && ctx.toks[o].start < to && isCap(ctx.toks[o]) && ctx.toks[o].pos === 'PROPN') return true;
		}
		return false;
	};
	// (does the description at [at, atEnd) open a clause joined by ", and", its verb after it? Not a list of
	// people: "two bosses, the president and the defense secretary")
	const andClauseAt = (at: number, atEnd: number): boolean => {
		let k = ctx.tokenAt(at) - 1;
		if (ctx.toks[k]?.normal === 'the') k--;
		if (!(ctx.toks[k]?.normal === 'and' && ctx.toks[k].pos === 'CCONJ' && ctx.toks[k - 1]?.value === ',')) return false;
		let v = ctx.tokenAt(atEnd);
		while (v < ctx.toks.length && ctx.toks[v].start < atEnd) v++;
		while (v < ctx.toks.length && ctx.toks[v].pos === 'ADV') v++;
		return ctx.toks[v]?.pos === 'VERB' || ctx.toks[v]?.pos === 'AUX';
	};
	// (the first person named in [from, to) outside quotation marks and outside a preposition's or a verb's
	// phrase: the subject of the sentence's first clause, not someone named in what they said)
	const clauseSubject = (from: number, to: number): Cluster | null => {
		for (let k = ctx.tokenAt(from); k < ctx.toks.length && ctx.toks[k].start < to; k++) {
			const c = index.lookup(ctx.toks[k].start, 'person');
			if (c && c.named && !c.plural && ctx.inQuote[k] < 0 && !index.obliqueAt?.(ctx.toks[k].start)) return c;
		}
		return null;
	};
	// (does the phrase at an offset open the clause a speech verb reports, after its "that": "responded that
	// the businessman …", "said on Monday that the senator …"?)
	const reportedClauseAt = (at: number): boolean => {
		const k = ctx.tokenAt(at);
		const that = ctx.toks[k - 1];
		if (!that || that.normal !== 'that' || ctx.inQuote[k - 1] >= 0) return false;
		for (let v = k - 2; v >= 0 && v >= k - 5 && ctx.toks[v].sentence === that.sentence; v--) if (ctx.toks[v].pos === 'VERB' && ctx.isSpeechLemma(ctx.toks[v])) return true;
		return false;
	};
	// (the last single person named in [from, to) outside quotation marks, other than `not`)
	const lastPersonIn = (from: number, to: number, not: Cluster | null): Cluster | null => {
		let found: Cluster | null = null;
		for (let k = Math.max(0, ctx.tokenAt(from)); k < ctx.toks.length && ctx.toks[k].start < to; k++) {
			const c = index.lookup(ctx.toks[k].start, 'person');
			if (c && c !== not && c.named && !c.plural && ctx.inQuote[k] < 0) found = c;
		}
		return found;
	};
	// (a person the text gave a role is met again by that role: "Officer Jason Van Dyke opens fire, and the
	// teenager falls" is someone else)
	const sameRole = (c: Cluster, atEnd: number): boolean => {
		let h = ctx.tokenAt(atEnd);
		while (h + 1 < ctx.toks.length && ctx.toks[h + 1].start < atEnd) h++;
		const head = ctx.toks[h]?.normal;
		return c.heads.size === 0 || (!!head && c.heads.has(head));
	};
	index.recentPerson = (at, atEnd) => {
		if (index.obliqueAt?.(at)) return null;
		const [from, to] = sentBounds(at);
		// ('Donald Trump said Friday that … had Hillary Clinton congratulated him. "…," the Republican
		// nominee said': a description that speaks, after a sentence in which someone spoke, is that
		// speaker going on, as "he said" is (pronouns.ts); review Y of the 41st stop found Trump's boast
		// given to Clinton, the last person named)
		// (not one its own sentence names as someone else: "“…,” the cautious candidate said of running
		// against Mr. Trump" after "He tells audiences …" is not Trump)
		if (atEnd !== undefined && from < to && index.speaksAt!(at, atEnd)) {
			const speaker = speakerIn(from, to);
			if (speaker && !namedAfter(speaker, atEnd)) return speaker;
		}
		// ("Marco Rubio has more delegates than Kasich has, and the Florida senator suspended his campaign":
		// a description opening a clause joined by "and" is the subject named earlier in its own sentence,
		// before anyone of the sentence before; review BB found it given to Kasich, named a paragraph up.
		// Not when someone is a verb's object there: "Trump attacked Clinton, and the former secretary of
		// state replied" may be either. Only after "and": after "that" ("Miller said that the billionaire
		// businessman …") or "when" the description is most often someone else.)
		const own = atEnd !== undefined && andClauseAt(at, atEnd) ? clauseSubject(to, at) : null;
		if (own && !verbObjectIn(to, at) && sameRole(own, atEnd!)) return own;
		// ("Ted Cruz, asked what about Trump's vision is wrong, responded that the businessman “is right …”":
		// a description opening the clause a speech verb reports is someone other than the one speaking, and
		// someone its own sentence names before it is likelier than the one the sentence before named last;
		// review II of the 46th stop found Trump's "businessman" given to Rubio, and with it Rubio's group)
		if (reportedClauseAt(at)) {
			const other = lastPersonIn(to, at, clauseSubject(to, at));
			if (other) return other;
		}
		const found = index.lastNamedPerson(from, to, Infinity, true);
		if (found || from >= to) return found;
		// ('"…," Van Der Beek said. "The little soul …" ¶ "…," said the actor': sentences before that are
		// all quotation, the rest of someone's words, name no one; the one before them does (three at most)
		let end = ctx.tokenAt(to);
		let first = ctx.tokenAt(from);
		for (let n = 0; n < 3 && first > 0 && ctx.allQuoted(first, end); n++) {
			end = first;
			first = ctx.sentenceStart(first - 1);
			const before = index.lastNamedPerson(ctx.toks[first].start, ctx.toks[end].start);
			if (before) return before;
		}
		// ("Donald Trump has warned us about those Mexican rapists. Apparently the country also has body
		// snatchers. ¶ The Republican presidential nominee immigrated briefly to Mexico …": a description
		// opening its sentence, the sentence before naming no one, is the one named in the sentence before
		// that, in its paragraph or the one before, when not named inside a preposition's phrase ("it might
		// just work against Donald Trump. … ¶ The Democratic nominee" is someone else); review PP of the 49th
		// stop found Trump left without it, and so without his group, for a whole column)
		const k = ctx.tokenAt(at);
		const opens = ctx.sentenceStart(k) === k || (ctx.toks[k - 1]?.normal === 'the' && ctx.sentenceStart(k - 1) === k - 1);
		const previous = ctx.tokenAt(from);
		// (no one at all in the sentence before, named or not: "A U.S. law enforcement official … said … The
		// official, who spoke …" is that official)
		let someone = false;
		for (let j = previous; j < k && !someone && ctx.toks[j].start < to; j++) {
			const t = ctx.toks[j];
			someone = !!index.lookup(t.start, 'person') || (t.pos === 'NOUN' && (personNouns().has(t.normal) || personNouns().has(t.lemma.toLowerCase())));
		}
		if (opens && !someone && previous > 0 && ctx.toks[k].paragraph - ctx.toks[previous - 1].paragraph <= 1) {
			const earlier = ctx.sentenceStart(previous - 1);
			return index.lastNamedPerson(ctx.toks[earlier].start, from, Infinity, 'only');
		}
		return null;
	};
	index.restrictedAt = (end) => {
		let t = ctx.tokenAt(end);
		while (ctx.toks[t] && ctx.toks[t].start < end) t++;
		return ['who', 'that', 'whom', 'whose'].includes(ctx.toks[t]?.normal ?? '');
	};
	index.headlineAt = (offset) => headline[paragraphIndex(offset)] ?? false;
	const titleLines = new Map<number, boolean>();
	index.titleLineAt = (offset) => {
		const pi = paragraphIndex(offset);
		if (!headline[pi]) return false;
		let known = titleLines.get(pi);
		if (known === undefined) {
			const p = ctx.paragraphs[pi];
			known = isTitleCase(ctx.toks, ctx.tokenAt(p.start), ctx.tokenAt(p.end), 3);
			titleLines.set(pi, known);
		}
		return known;
	};
	index.genderedNounBetween = (from, to, gender) => {
		const words = genderWords();
		for (let j = Math.max(0, ctx.tokenAt(from) + 1); j < ctx.toks.length && ctx.toks[j].start < to; j++) {
			const t = ctx.toks[j];
			// (one person the writer introduces: "the little girl", "a woman"; not "men", "his father",
			// nor words inside a quotation)
			if (t.start <= from || t.pos !== 'NOUN' || isCap(t) || t.normal !== t.lemma.toLowerCase() || words.get(t.normal) !== gender || ctx.inQuote[j] >= 0) continue;
			let d = j - 1;
			while (d > 0 && j - d < 3 && ctx.toks[d].pos === 'ADJ') d--;
			if (['the', 'a', 'an'].includes(ctx.toks[d]?.normal ?? '') && !ctx.isMark[d + 1] && !ctx.isMark[j + 1]) return true;
		}
		return false;
	};
	index.unnamedPersonBefore = (from, to) => {
		const roles = personNouns();
		const k = ctx.tokenAt(to);
		const sentence = ctx.toks[k]?.sentence;
		// (only when the one found was last named before this sentence: "Trump met the mayor and he said …" is Trump)
		let first = k;
		while (first > 0 && ctx.toks[first - 1].sentence === sentence) first--;
		if (from >= (ctx.toks[first]?.start ?? 0)) return false;
		for (let j = k - 1; j > 0 && ctx.toks[j].sentence === sentence && ctx.toks[j].start > from; j--) {
			const t = ctx.toks[j];
			// ("the mayor", "the mayor of Roanoke": a singular role noun in lower case after "the", outside quotation marks)
			if (t.pos !== 'NOUN' || isCap(t) || ctx.inQuote[j] >= 0 || t.normal !== t.lemma.toLowerCase() || !(roles.has(t.normal) || titleWords().has(t.normal))) continue;
			// (the head of its phrase, not a noun qualifying another: "the migrant and refugee crisis")
			const next = ctx.toks[j + 1];
			if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'CCONJ' || next.value === '-')) continue;
			const d = ctx.toks[j - 1]?.normal === 'the' ? j - 1 : ctx.toks[j - 2]?.normal === 'the' && ctx.toks[j - 1].pos === 'ADJ' ? j - 2 : -1;
			if (d < 0 || ctx.toks[d].start <= from) continue;
			// (not a description the scan gave someone: "Trump spoke. The candidate said he …")
			if (!index.lookup(ctx.toks[d].start) && !index.lookup(t.start)) return true;
		}
		return false;
	};
	/** The token after the capitalised run of a name at an offset, in its sentence. */
	const afterName = (offset: number): Token | undefined => {
		let j = ctx.tokenAt(offset);
		if (j < 0 || !ctx.toks[j]) return undefined;
		while (ctx.toks[j + 1] && isCap(ctx.toks[j + 1]) && ctx.toks[j + 1].sentence === ctx.toks[j].sentence && j - ctx.tokenAt(offset) < 6) j++;
		const next = ctx.toks[j + 1];
		return next && next.sentence === ctx.toks[j].sentence ? next : undefined;
	};
	const beforeNoun = (next: Token | undefined) => !!next && next.pos === 'NOUN' && !isCap(next);
	// ("Mr. Trump's campaign chairman, Paul Manafort": a possessive modifies too)
	index.modifierAt = (offset) => {
		const next = afterName(offset);
		return beforeNoun(next) || (!!next && isPossessive(next));
	};
	index.qualifierAt = (offset) => beforeNoun(afterName(offset));
	index.ownedModifierAt = (offset) => {
		const prev = ctx.toks[ctx.tokenAt(offset) - 1];
		return !!prev && OWNERS.has(prev.normal) && beforeNoun(afterName(offset));
	};
	index.previousSentence = (offset) => {
		// (the first sentence has none before it: both bounds are its own start)
		// ('… won Michigan. "It was a narrow victory. It was almost a split decision," he said.': a he or she
		// right after the quotation it attributes reads on from the sentence before that quotation opened,
		// not from a sentence inside it; review SS of the 54th stop had Levin's words given to Sanders)
		const [before, own] = sentBounds(quotationBefore(offset) ?? offset);
		if (before === own) return null;
		if (paragraphIndex(before) === paragraphIndex(own)) return [before, own];
		// A paragraph's first sentence continues the last one of the paragraph before: "… Tommy Robinson
		// criticised the decision … ¶ "…," he said."; "Orban … has openly criticized it and Soros … ¶ He
		// also said that …" (a headline is not a sentence of the story)
		const pb = paragraphIndex(before);
		return paragraphIndex(own) === pb + 1 && !headline[pb] ? [before, own] : null;
	};
	// "the man", "a 43-year-old man", "the local man": where each noun of a person was used, read once
	let described: Map<string, number[]> | null = null;
	index.describedAt = (head) => {
		if (!described) {
			described = new Map();
			const roles = personNouns();
			for (let i = 1; i < ctx.toks.length; i++) {
				const t = ctx.toks[i];
				if (t.pos !== 'NOUN' || !(roles.has(t.normal) || roles.has(t.lemma))) continue;
				let d = i - 1;
				// (a hyphenated age is five tokens: "a 43-year-old man")
				while (d > 0 && i - d < 8 && (ctx.toks[d].pos === 'ADJ' || ctx.toks[d].pos === 'NUM' || ctx.toks[d].value === '-' || ctx.toks[d].pos === 'NOUN')) d--;
				if (!DESCRIPTION_DETS.has(ctx.toks[d].normal)) continue;
				const key = roleKey(roles.has(t.normal) ? t.normal : t.lemma);
				const list = described.get(key);
				if (list) list.push(ctx.toks[d].start);
				else described.set(key, [ctx.toks[d].start]);
			}
		}
		return described.get(head) ?? [];
	};
	index.obliqueAt = (offset) => obliqueAt(ctx, offset);
	index.bracketedAt = (offset) => {
		const k = ctx.tokenAt(offset);
		const s = ctx.toks[k]?.sentence;
		let depth = 0;
		for (let j = k - 1; j >= 0 && k - j <= 80 && ctx.toks[j].sentence === s; j--) {
			if (ctx.toks[j].value === ')') depth++;
			else if (ctx.toks[j].value === '(' && depth-- === 0) return true;
		}
		return false;
	};
	index.mainClauseAt = (offset) => {
		const s = ctx.tokenAt(offset);
		const k = mainClauseStart(ctx, s);
		if (k >= 0) return ctx.toks[k].start;
		// ("While Obama had black artists writing songs about him, that has not been happening for Clinton,
		// which is something that concerns Henry Crespo": a clause of its own opening the sentence holds no
		// subject of it, even when no name starts the main clause after its comma)
		const first = ctx.toks[s];
		if (!first || ctx.inQuote[s] >= 0 || first.pos !== 'SCONJ' || !SUBORDINATORS.has(first.normal)) return offset;
		// (not when a description is that subject: "Though Trump was not willing to say …, the front-runner did
		// offer his opinion" is still Trump's sentence)
		for (let j = s + 1; j < ctx.toks.length && j - s < 40 && ctx.toks[j].sentence === first.sentence; j++) {
			if (ctx.toks[j].value !== ',' || ctx.inQuote[j] >= 0 || !ctx.toks[j + 1]) continue;
			const next = ctx.toks[j + 1];
			return next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' ? offset : next.start;
		}
		return offset;
	};
	index.possessorAt = (end) => {
		const next = ctx.toks[ctx.tokenAt(end)];
		return !!next && next.start === end && isPossessive(next);
	};
	scanEntities(ctx, index);
	linkShortNames(ctx, index);
	deedFacets(ctx, index);
	index.coordinations = findCoordinations(ctx, index);
	return index;
}

/** The finished entities, with their groups and evidence, first mentioned first. */
export function finishEntities(index: EntityIndex, rules: GroupRule[]): Map<Cluster, Entity> {
	const out = new Map<Cluster, Entity>();
	// (or the one company named with it and a company word after it: "Emirates President Tim Clark"
	// after "Emirates Airline"; not a place, "Ohio" of "Ohio Motors")
	const orgGroup = (name: string) => {
		let c = index.findOrg(name);
		if (!c && !isStateName(name) && !placeNames().has(name)) {
			const ws = words(name);
			const fuller = ws.length ? index.clusters.filter((x) => x.kind === 'org' && x.named && x.words.length === ws.length + 1 && ws.every((w, k) => x.words[k] === w) && !!companyName(x.name)) : [];
			c = fuller.length === 1 ? fuller[0] : null;
		}
		return c ? entityGroup(rules, c, () => 'unclassified').group : 'unclassified';
	};
	const live = index.clusters.filter((c) => c.mentions.length > 0);
	live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
	for (const c of live) {
		const g = entityGroup(rules, c, orgGroup);
		out.set(c, {
			name: cleanName(c.name),
			kind: c.kind,
			plural: c.plural,
			group: g.group,
			groupEvidence: g.evidence,
			affiliation: g.affiliation,
			affiliationEvidence: g.affiliationEvidence,
			descriptions: [...new Set(c.facets.filter((f) => f.role === 'title' || f.role === 'description' || f.role === 'party').map((f) => f.text))],
			mentions: c.mentions.map((m) => ({ ...m }))
		});
	}
	// ("a spokesman for Smith", "his press secretary": the group of the one they speak for)
	representedGroups(live, out);
	return out;
}

/**
 * Every person and organisation the article mentions, with each one's mentions clustered (names,
 * short names, titles, descriptions, he/she) and a group with the words that decided it. The quotes
 * stage's speakers are these entities; a later stage can score tone toward each.
 */
export function findEntities(article: CleanArticle, tok: Tokenised, rules: GroupRule[]): Entity[] {
	if (!tok.tokens.length) return [];
	const paragraphs = article.paragraphs.length ? article.paragraphs : paragraphSpans(article.text).paragraphs;
	const ctx = new Ctx(article.text, tok, paragraphs, markedSpans(article.text, paragraphs));
	return [...finishEntities(buildEntityIndex(ctx), rules).values()];
}

