// Stage 6: tone toward each actor. Every person and organisation the quotes stage found (one entity,
// one actor) gets the tone of the outlet's own words about it: for each sentence that mentions it
// outside quoted speech, the words clauses.ts gives it are scored by the tone stage's span scorer
// (names and topic words left out, VADER's rules on what is left). Quoted speech never counts: what a
// speaker says about someone is the speaker's tone. README.md gives the rule and its reasons.
import { readDataFile } from '../data-files.js';
import { indexLeaveOut, scoreSpan, toneContext, valence, type ToneContext } from '../sentiment/index.js';
import { speechVerbs } from '../quotes/data.js';
import { assignWords, judgedStrength, type TokenMention } from './clauses.js';
import { withLoneNames, wordList, type SpeakerSpan } from './names.js';
import { definedThings } from './defined-things.js';
import { illnessNouns } from './word-lists.js';
import type { Actor, ActorSentence, ActorToneWord, Entity, GroupRule, LoadedTerm, Quote, Span, Token, Tokenised, ToneWord } from '../types.js';

import { actorPolarity, STORY_SENTENCES } from './polarity.js';
import { tokenAt } from '../sorted.js';
export { POLAR, actorPolarity, polarityOf } from './polarity.js';

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Per token: inside quoted speech. `quoted` need not be sorted. */
function quotedTokens(tokens: Token[], quoted: Span[]): Uint8Array {
	const out = new Uint8Array(tokens.length);
	for (const q of quoted) {
		let i = tokenAt(tokens, q.start);
		// a token that starts before the span and runs into it
		if (i > 0 && tokens[i - 1].end > q.start) i--;
		for (; i < tokens.length && tokens[i].start < q.end; i++) out[i] = 1;
	}
	return out;
}

let loadedStrengths: Map<string, number> | null = null;
/** Strength of an unrated loaded term toward the actor it is about, by category (loaded-tone.tsv). */
export function loadedStrength(category: string): number {
	if (!loadedStrengths) {
		loadedStrengths = new Map();
		for (const line of readDataFile('actors', 'loaded-tone.tsv').split(/\r?\n/)) {
			const m = /^([^#\s][^\t]*)\t\s*(-?[\d.]+)\s*$/.exec(line);
			if (m) loadedStrengths.set(m[1].trim(), Number(m[2]));
		}
	}
	return loadedStrengths.get(category) ?? 0;
}

/** Unrated emotive terms that praise (approving.txt): they count positive toward an actor. */
const approving = () => wordList('approving.txt');

/** How an unrated loaded term counts toward the actor it is about: its category's strength, turned positive for an approving one. */
function loadedValue(l: LoadedTerm): number {
	const v = loadedStrength(l.category);
	return l.category === 'emotive' && approving().has(l.term.replace(/ @.*$/, '').toLowerCase()) ? Math.abs(v) : v;
}

/** A loaded term of the outlet's own voice that no sentiment lexicon rates, on its tokens [from, to). */
export interface Judgement {
	l: LoadedTerm;
	from: number;
	to: number;
	/** Its strength (loadedValue). */
	value: number;
}

/**
 * Loaded terms in the outlet's voice that no sentiment lexicon rates: judgements all the same, at their
 * category's strength (loaded-tone.tsv). The actors stage counts them toward whom they are about, and
 * the tone of the writing counts the emotive words and labels among them (pipeline.ts).
 */
export function unratedJudgements(tokens: Token[], loaded: LoadedTerm[]): Judgement[] {
	return loaded
		.filter((l) => l.voice === 'outlet' && loadedStrength(l.category) !== 0)
		.map((l) => {
			const from = tokenAt(tokens, l.start);
			let to = from;
			while (to < tokens.length && tokens[to].start < l.end) to++;
			return { l, from, to, value: loadedValue(l) };
		})
		.filter((j) => j.to > j.from && !tokens.slice(j.from, j.to).some((t) => valence(t.value, t.lemma, t.pos) !== 0));
}

/** Words that negate a verb of judgement up to three words before it ("did not praise"), and VADER's factor. */
const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'nor', 'hardly', 'without']);
const NEGATION = -0.74;

/** How much more a negative word weighs than a positive one when a sentence's words about an actor pull both ways. */
export const NEGATIVE_WEIGHT = 2;

/** VADER's normalisation of a sum of strengths to −1..1. */
const compound = (x: number) => (x === 0 ? 0 : x / Math.sqrt(x * x + 15));

let speechLemmas: Set<string> | null = null;
function reportsSpeech(t: Token): boolean {
	speechLemmas ??= speechVerbs().lemmas;
	return t.pos === 'VERB' && (speechLemmas.has(t.lemma.toLowerCase()) || speechLemmas.has(t.normal));
}

/**
 * The actors of one article: its entities, each with the tone of the outlet's own words about it.
 * `quoted`: the spans in someone else's words (the loaded-terms stage's `quotedSpans`); `reported`:
 * the indirect quotes, whose words say nothing of the outlet's view of their speaker.
 */
export function findActors(text: string, tok: Tokenised, found: Entity[], quoted: SpeakerSpan[], rules: GroupRule[], loaded: LoadedTerm[] = [], cues: Span[] = [], reported: Quote[] = [], tone: ToneContext = toneContext(text, tok)): Actor[] {
	const { tokens, sentences } = tok;
	// The verbs that introduce quotes in plain words ("warned", "urged"; `cues`: the quotes' cues that
	// are not loaded reporting verbs) say that someone spoke, not how the outlet sees them: no tone
	// toward anyone. A verb of judgement ("criticised") keeps its tone toward the one judged.
	const plainCue = new Uint8Array(tokens.length);
	for (const c of cues) {
		for (let i = tokenAt(tokens, c.start); i < tokens.length && tokens[i].start < c.end; i++) if (judgedStrength(tokens[i]) === undefined) plainCue[i] = 1;
	}
	const entities = withLoneNames(text, tok, found, rules, quoted);
	const inQuote = quotedTokens(tokens, quoted);
	// What a speaker is reported to have said in the outlet's words (`reported`: indirect quotes, "The EU
	// reiterated it considers the settlements illegal") is the speaker's view of something else, not the
	// outlet's view of the speaker: for the speaker, the reported words are left out. In a story (five
	// sentences or more) they are left out for every actor: "The Kremlin claims Crimea voluntarily joined
	// Russia" is the Kremlin's view of Russia, and the outlet has its own sentences to be read by. A
	// sentence read alone keeps them for everyone else, since they are all there is to read.
	const reportedInStory = new Set<number>();
	if (sentences.length >= STORY_SENTENCES) for (const q of reported) for (let i = tokenAt(tokens, q.start); i < tokens.length && tokens[i].start < q.end; i++) reportedInStory.add(i);
	const ownReport = new Map<number, Set<number>>();
	for (const q of reported) {
		if (q.speakerStart === null || q.speakerEnd === null) continue;
		// (the actor whose mention covers most of the speaker's phrase: in "Officials in China said …" the
		// officials, not China inside their phrase)
		let actor = -1;
		let most = 0;
		entities.forEach((e, k) => {
			for (const m of e.mentions) {
				const overlap = Math.min(m.end, q.speakerEnd!) - Math.max(m.start, q.speakerStart!);
				if (overlap > most) {
					most = overlap;
					actor = k;
				}
			}
		});
		if (actor < 0) continue;
		// (words that are about the speaker again, "Trump said he would fight for workers", stay)
		if (entities[actor].mentions.some((m) => m.start >= q.start && m.end <= q.end)) continue;
		const set = ownReport.get(actor) ?? new Set<number>();
		for (let i = tokenAt(tokens, q.start); i < tokens.length && tokens[i].start < q.end; i++) set.add(i);
		ownReport.set(actor, set);
	}
	const own = (i: number) => inQuote[i] === 0 && !reportedInStory.has(i);
	// Own-voice mentions, by sentence.
	const bySentence = new Map<number, TokenMention[]>();
	entities.forEach((e, actor) => {
		for (const m of e.mentions) {
			if (m.quoted) continue;
			const from = tokenAt(tokens, m.start);
			let to = from;
			while (to < tokens.length && tokens[to].start < m.end) to++;
			if (to === from || !own(from)) continue;
			const s = tokens[from].sentence;
			const list = bySentence.get(s) ?? [];
			list.push({ actor, from, to, description: m.form === 'description' });
			bySentence.set(s, list);
		}
	});
	// A name the text defines as a thing ("the Ebola virus", defined-things.ts) is no actor, but the words
	// about it are about it: "The worst-ever Ebola outbreak started in Guinea" says nothing of Guinea. It
	// takes its words as an actor would (index THING), and they count toward no one.
	const THING = entities.length;
	const things = definedThings(tokens);
	const isIllness = (i: number) => things.has(tokens[i].value) || illnessNouns().has(tokens[i].normal);
	if (things.size)
		tokens.forEach((t, i) => {
			if (!things.has(t.value) || !own(i)) return;
			const list = bySentence.get(t.sentence);
			// (only in a sentence that names an actor: elsewhere no one's tone is read)
			if (list) list.push({ actor: THING, from: i, to: i + 1, description: false });
		});
	const judgements = unratedJudgements(tokens, loaded);
	// Verbs of judgement or treatment (judged.txt) the lexicons leave unrated or rate the other way
	// ("lambasted", "indicted", "fined"): their class's strength toward the one judged, negated after
	// "not"/"never" as VADER negates. A rated verb of the right sign keeps its own valence.
	const verbTerms: { from: number; value: number; rated: boolean }[] = [];
	tokens.forEach((t, i) => {
		if (t.pos !== 'VERB' || !own(i)) return;
		const cls = judgedStrength(t);
		if (!cls) return;
		const lex = valence(t.value, t.lemma, t.pos);
		if (lex !== 0 && Math.sign(lex) === Math.sign(cls)) return;
		let k = i - 1;
		let negated = false;
		for (; k >= 0 && k >= i - 3 && tokens[k].sentence === t.sentence; k--) if (NEGATORS.has(tokens[k].normal.toLowerCase())) negated = true;
		verbTerms.push({ from: i, value: negated ? cls * NEGATION : cls, rated: lex !== 0 });
	});
	// By sentence, so a long article is read in linear time.
	const bySentenceOf = <T extends { from: number }>(list: T[]) => {
		const m = new Map<number, T[]>();
		for (const x of list) {
			const k = tokens[x.from]?.sentence ?? -1;
			const l = m.get(k);
			if (l) l.push(x);
			else m.set(k, [x]);
		}
		return m;
	};
	const judgementsAt = bySentenceOf(judgements);
	// Every sentence about an actor leaves out the quoted speech: looked up, not re-read each time.
	indexLeaveOut(quoted);
	const verbsAt = bySentenceOf(verbTerms);
	const scored: { sentences: ActorSentence[]; evidence: ActorToneWord[] }[] = entities.map(() => ({ sentences: [], evidence: [] }));
	// A story (five sentences or more) gives a clause's words to its subject only (clauses.ts), and its
	// actors need two sentences of evidence, or strong tone (polarity.ts).
	const story = sentences.length >= STORY_SENTENCES;
	for (const [si, mentions] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
		const s = sentences[si];
		if (!s) continue;
		mentions.sort((a, b) => a.from - b.from);
		const span = { start: s.start, end: s.end };
		const actorsHere = [...new Set(mentions.map((m) => m.actor))].filter((a) => a !== THING);
		// The words of the sentence in the outlet's voice that carry any tone at all; none, and every
		// actor of the sentence gets a plain 0.
		const whole = scoreSpan(tone, span, quoted);
		const verbsHere = verbsAt.get(si) ?? [];
		const terms = [
			// a loaded term that is also a verb of judgement counts once, as the verb
			...(judgementsAt.get(si) ?? []).filter((j) => !verbsHere.some((v) => v.from >= j.from && v.from < j.to)),
			...verbsHere.map((v) => ({ from: v.from, to: v.from + 1, value: v.value, rated: v.rated, l: { start: tokens[v.from].start, end: tokens[v.from].end, text: tokens[v.from].value } }))
		];
		const owners = whole.words.length || terms.length ? assignWords(tokens, s.firstToken, s.endToken, mentions, own, reportsSpeech, undefined, isIllness, story) : null;
		for (const actor of actorsHere) {
			let score = 0;
			let words: ToneWord[] = [];
			if (owners) {
				const mine = (i: number) => {
					const o = owners[i - s.firstToken];
					return own(i) && !plainCue[i] && !ownReport.get(actor)?.has(i) && (o === null || o.includes(actor));
				};
				// A verb rated the other way by the lexicons is read from judged.txt alone.
				const overridden = new Set(terms.filter((j) => 'rated' in j && j.rated).map((j) => j.from));
				const carries = whole.words.some((w) => {
					const i = tokenAt(tokens, w.start);
					return mine(i) && !overridden.has(i);
				});
				const mineTerms = terms.filter((j) => mine(j.from));
				if (carries) {
					const leave: Span[] = [];
					for (let i = s.firstToken; i < s.endToken; i++) {
						if (mine(i) && !overridden.has(i)) continue;
						const last = leave[leave.length - 1];
						if (last && last.end === i) last.end = i + 1;
						else leave.push({ start: i, end: i + 1 });
					}
					const st = scoreSpan(tone, span, leave.map((r) => ({ start: tokens[r.start].start, end: tokens[r.end - 1].end })));
					score = st.score;
					words = st.words;
				}
				if (mineTerms.length) {
					const extra = mineTerms.reduce((a, j) => a + j.value, 0);
					score = Math.max(-1, Math.min(1, score + compound(extra)));
					words = [...words, ...mineTerms.map((j) => ({ start: j.l.start, end: j.l.end, text: j.l.text, value: j.value }))].sort((a, b) => a.start - b.start);
				}
			}
			// Words that pull both ways: a negative one weighs double (news readers' negativity bias).
			if (words.some((w) => w.value < 0) && words.some((w) => w.value > 0)) score = compound(words.reduce((a, w) => a + (w.value < 0 ? NEGATIVE_WEIGHT * w.value : w.value), 0));
			scored[actor].sentences.push({ start: s.start, end: s.end, score: round(score), words: words.length });
			// (a word of a clause about no actor in particular counts for every actor of the sentence: the
			// reader is told it is not said of this one)
			scored[actor].evidence.push(...words.map((w): ActorToneWord => (owners?.[tokenAt(tokens, w.start) - s.firstToken] === null ? { ...w, shared: true } : w)));
		}
	}
	return entities.map((e, k) => {
		const { sentences: ss, evidence } = scored[k];
		const tone = ss.length ? round(ss.reduce((a, x) => a + x.score, 0) / ss.length) : 0;
		const polarity = actorPolarity(tone, ss.map((x) => x.score), story);
		return { name: e.name, kind: e.kind, group: e.group, mentions: e.mentions.map((m) => ({ ...m })), tone, polarity, evidence, sentences: ss };
	});
}
