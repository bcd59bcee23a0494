// Does a reporting verb report words here? Many loaded reporting verbs have a second, plain sense
// that reports nobody: a country "admitted" refugees, an "admitted perjurer", a priest "preaching"
// the Gospel, a church "confessing" its sins, a team "conceding" a goal. A `reports` rule in
// senses.tsv names such verbs; they are flagged only where they introduce or close someone's words.
import { contextAt, type SenseRule } from './senses.js';
import { norm } from '../lexicon/match.js';
import type { Span, Token } from '../types.js';
import { SpanIndex } from '../span-index.js';

/** Words that may stand between the verb and what it reports: "admitted privately that", "insisted to reporters that". */
const BETWEEN = new Set(['ADV', 'PART']);
/** A subject pronoun or "there" opens a clause: "Iran insists it can", "insists there is". */
const SUBJECT = /^(i|you|he|she|it|we|they|there|this|that|these|those|nobody|no one|everyone|someone)$/;
/** A question word opens reported content: "admit what appears to be guilt", "explained how". */
const WH = /^(what|how|why|whether|if|when|where|who)$/;
/** Quotation marks and a colon: the words come next. */
const OPENS = /^[“"‘':]$/;
/** A noun phrase's words before a clause's verb: "insisted the plan was sound". */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The `reports` rules by term (lower case). */
const byRules = new WeakMap<SenseRule[], Map<string, SenseRule>>();
function reportsRule(rules: SenseRule[], term: string): SenseRule | undefined {
	let m = byRules.get(rules);
	if (!m) {
		m = new Map();
		for (const r of rules) if (r.kind === 'reports') for (const s of r.terms) m.set(s.term, r);
		byRules.set(rules, m);
	}
	return m.get(term.toLowerCase());
}

/**
 * Is the reporting-verb finding on tokens [i, end) a plain use of a verb that a `reports` rule names,
 * one that reports no words? It reports words when a quote the quotes stage found has it as its cue
 * (`cues`: those quotes' cue spans, by position), or when what follows is reported content: "that", a
 * quotation mark or a colon, a question word ("admit what"), one of the rule's context words
 * ("confessed to", "complained about"), a clause (a subject pronoun, or a short noun phrase, then a
 * verb: "insisted the plan was sound"), the one told and then "that" ("lecturing the nation that"),
 * or nothing at all: the verb ends its clause ("“No,” he insisted."). A noun phrase alone is the
 * plain sense's object: "admitted two refugees", "confess our sins", "an admitted perjurer".
 */
export function reportsNothing(tokens: Token[], i: number, end: number, term: string, cues: SpanIndex<Span>, rules: SenseRule[]): boolean {
	const rule = reportsRule(rules, term);
	if (!rule) return false;
	const first = tokens[i];
	const last = tokens[end - 1];
	if (cues.overlapping({ start: first.start, end: last.end })) return false;
	const sentence = first.sentence;
	// A participle between a determiner and its noun describes the noun: "an admitted perjurer".
	const before = tokens[i - 1];
	if (before && before.sentence === sentence && (before.pos === 'DET' || before.pos === 'PRON') && tokens[end]?.pos === 'NOUN') return true;
	let j = end;
	while (j < tokens.length && tokens[j].sentence === sentence && j < end + 3 && BETWEEN.has(tokens[j].pos) && norm(tokens[j].normal) !== 'to') j++;
	const next = tokens[j];
	if (!next || next.sentence !== sentence || (next.type === 'punctuation' && !OPENS.test(next.value))) return false;
	const w = norm(next.normal);
	if (w === 'that' || WH.test(w) || OPENS.test(next.value) || contextAt(tokens, j, rule.context) >= 0) return false;
	if (SUBJECT.test(w) && next.pos !== 'DET') return !verbWithin(tokens, j + 1, 3, sentence);
	if (NOUN_PHRASE.has(next.pos)) {
		let k = j;
		while (k < tokens.length && k < j + 5 && tokens[k].sentence === sentence && NOUN_PHRASE.has(tokens[k].pos)) k++;
		// ... or the one told, then what ("lecturing the nation that").
		if (k > j && tokens[k]?.sentence === sentence && (finite(tokens[k]) || norm(tokens[k].normal) === 'that')) return false;
	}
	return true;
}

/** An auxiliary, or a verb that is not an -ing or to-form: a clause's own verb. */
function finite(t: Token): boolean {
	return t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(norm(t.normal)));
}

function verbWithin(tokens: Token[], from: number, reach: number, sentence: number): boolean {
	for (let k = from; k < from + reach && k < tokens.length && tokens[k].sentence === sentence; k++) {
		if (finite(tokens[k])) return true;
		if (tokens[k].type === 'punctuation') return false;
	}
	return false;
}
