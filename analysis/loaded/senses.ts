// Sense rules: a loaded-terms lexicon word in a literal or technical sense is not a judgement
// ("gross domestic product", windows shattered by a blast, a predator chasing fish, "slammed on the
// brakes", "no group claimed responsibility", "amazing" in a quoted headline). The rules are data,
// senses.tsv beside this module; README.md explains each kind.
import { readDataFile } from '../data-files.js';
import { parseTerms } from '../lexicon/index.js';
import { firstMatch, formsOf, norm, orderedIndex, posOk, type MatchEntry } from '../lexicon/match.js';
import type { Span, Token, Tokenised } from '../types.js';
import { tokenAt } from '../sorted.js';

type Kind = 'phrase' | 'next' | 'prev' | 'near' | 'mention' | 'speech' | 'named' | 'reports';

interface TermSpec {
	/** The lexicon term as written, lower case (without its POS filter). */
	term: string;
	pos?: string[];
}

export interface SenseRule {
	kind: Kind;
	/** Lexicon terms the rule applies to; empty for `phrase` and `mention` (they apply to any). */
	terms: TermSpec[];
	/** Context words and phrases, lemmatised like lexicon terms. */
	context: MatchEntry[];
	reach: number;
}

const DEFAULT_REACH: Record<Kind, number> = { phrase: 0, next: 3, prev: 2, near: 6, mention: 3, speech: 8, named: 1, reports: 1 };

/** Parse senses.tsv (see its header for the format). Throws on a malformed line, naming it. */
export function parseSenses(content: string, source = 'senses.tsv'): SenseRule[] {
	const rules: SenseRule[] = [];
	content.split(/\r?\n/).forEach((raw, n) => {
		const line = raw.replace(/\s+$/, '');
		if (!line.trim() || line.trimStart().startsWith('#')) return;
		const cols = line.split('\t');
		const kind = cols[0].trim() as Kind;
		if (!(kind in DEFAULT_REACH) || cols.length < 3) throw new Error(`${source}:${n + 1}: expected "kind<TAB>terms<TAB>context[<TAB>reach]" with kind phrase, next, prev, near, mention, speech, named or reports`);
		const list = (s: string) =>
			s
				.split(',')
				.map((x) => x.trim())
				.filter(Boolean);
		const terms =
			cols[1].trim() === '*'
				? []
				: list(cols[1]).map((t) => {
						const m = /^(.*?)\s+@([A-Za-z/]+)$/.exec(t);
						return m ? { term: m[1].toLowerCase(), pos: m[2].toUpperCase().split('/') } : { term: t.toLowerCase() };
					});
		const context = parseTerms(list(cols[2]).join('\n'), kind);
		const reach = cols[3] ? Number(cols[3]) : DEFAULT_REACH[kind];
		if (!Number.isFinite(reach) || reach < 0) throw new Error(`${source}:${n + 1}: reach must be a number of words`);
		rules.push({ kind, terms, context, reach });
	});
	return rules;
}

let shipped: SenseRule[] | null = null;
export function loadSenses(): SenseRule[] {
	return (shipped ??= parseSenses(readDataFile('loaded', 'senses.tsv')));
}

/** Does any context entry match starting at token j? Returns one past its end, or −1. */
export function contextAt(tokens: Token[], j: number, context: MatchEntry[]): number {
	return firstMatch(tokens, j, context);
}

const isWord = (t: Token) => t.type !== 'punctuation' || t.value === '-';

/** The candidate's term is one the rule names (by term, and by part of speech when the rule gives one). */
function applies(rule: SenseRule, term: string, tokens: Token[], last: number, written = ''): boolean {
	const t = term.toLowerCase();
	return rule.terms.some((s) => (s.term === t || s.term === written) && (!s.pos || posOk(tokens, last, s.pos)));
}

const contextRules = new WeakMap<SenseRule[], Map<string, SenseRule[]>>();
/**
 * The `next`, `prev` and `near` rules that name a term, in file order: every lexicon finding asks,
 * and reading each rule's terms for each finding was most of the cost. Built once per rule set.
 */
function contextRulesFor(rules: SenseRule[], term: string): SenseRule[] {
	let byTerm = contextRules.get(rules);
	if (!byTerm) {
		byTerm = new Map();
		for (const r of rules) {
			if (!(r.kind === 'next' || r.kind === 'prev' || r.kind === 'near')) continue;
			for (const s of r.terms) {
				const list = byTerm.get(s.term);
				if (!list) byTerm.set(s.term, [r]);
				else if (list[list.length - 1] !== r) list.push(r);
			}
		}
		contextRules.set(rules, byTerm);
	}
	return byTerm.get(term.toLowerCase()) ?? NO_RULES;
}
const NO_RULES: SenseRule[] = [];

/** Is the lexicon finding on tokens [i, end) with entry term `term` a literal or technical use? */
export function literalUse(tok: Tokenised, i: number, end: number, term: string, rules: SenseRule[] = loadSenses()): boolean {
	const { tokens } = tok;
	const sentence = tokens[i].sentence;
	const same = (j: number) => j >= 0 && j < tokens.length && tokens[j].sentence === sentence;
	// A rule may name the written form ("destroyed" for the participle, where the lexicon lists "destroy").
	const written = end - i === 1 ? norm(tokens[i].normal) : '';
	const byForm = written && written !== term.toLowerCase() ? contextRulesFor(rules, written) : NO_RULES;
	for (const r of byForm.length ? [...new Set([...contextRulesFor(rules, term), ...byForm])] : contextRulesFor(rules, term)) {
		if (!applies(r, term, tokens, end - 1, written)) continue;
		if (r.kind === 'next' || r.kind === 'near') {
			for (let j = end, k = 0; same(j) && k < r.reach; j++) {
				if (!isWord(tokens[j])) break;
				if (contextAt(tokens, j, r.context) >= 0) return true;
				k++;
			}
		}
		if (r.kind === 'prev' || r.kind === 'near') {
			for (let j = i - 1, k = 0; same(j) && k < r.reach; j--) {
				if (!isWord(tokens[j]) && r.kind === 'prev') break;
				if (!isWord(tokens[j])) continue;
				const e = contextAt(tokens, j, r.context);
				if (e >= 0 && e <= i) return true;
				k++;
			}
		}
	}
	return false;
}

const ruleTerms = new WeakMap<SenseRule[], Set<string>>();
/**
 * Per token: a word the sense rules read in its literal or technical sense ("Brent crude", "a charm
 * offensive", "toxic waste", inside "gross domestic product"), for the tone stage, which leaves such a
 * word out as it leaves out topic words. Only words a `next`, `prev` or `near` rule names are asked.
 */
export function literalTokens(tok: Tokenised, rules: SenseRule[] = loadSenses()): Uint8Array {
	const out = literalPhrases(tok, rules);
	let terms = ruleTerms.get(rules);
	if (!terms) {
		terms = new Set();
		for (const r of rules) if (r.kind === 'next' || r.kind === 'prev' || r.kind === 'near') for (const t of r.terms) terms.add(t.term);
		ruleTerms.set(rules, terms);
	}
	const { tokens } = tok;
	for (let i = 0; i < tokens.length; i++) {
		if (out[i]) continue;
		const written = norm(tokens[i].normal);
		const lemma = norm(tokens[i].lemma);
		if (terms.has(written) ? literalUse(tok, i, i + 1, written, rules) : terms.has(lemma) && literalUse(tok, i, i + 1, lemma, rules)) out[i] = 1;
	}
	return out;
}

const phraseLists = new WeakMap<SenseRule[], MatchEntry[]>();
/** The context entries of the `phrase` rules, in order (one list per rule set, so its index is built once). */
function phraseEntries(rules: SenseRule[]): MatchEntry[] {
	let out = phraseLists.get(rules);
	if (!out) phraseLists.set(rules, (out = rules.filter((r) => r.kind === 'phrase').flatMap((r) => r.context)));
	return out;
}

/** Token ranges covered by a `phrase` rule: nothing inside them is flagged. */
export function literalPhrases(tok: Tokenised, rules: SenseRule[] = loadSenses()): Uint8Array {
	const { tokens } = tok;
	const covered = new Uint8Array(tokens.length);
	const phrases = phraseEntries(rules);
	if (!phrases.length) return covered;
	// (firstMatch() as contextAt() asks it, with the token forms and the phrases' index looked up once)
	const all = formsOf(tokens);
	const idx = orderedIndex(phrases);
	for (let i = 0; i < tokens.length; i++) {
		const end = firstMatch(tokens, i, phrases, all, idx);
		if (end > i) covered.fill(1, i, end);
	}
	return covered;
}

/**
 * Quotations that are mentioned rather than used: a headline, a title, a word or a slogan quoted after
 * a word that says so ('the headline read "An amazing victory"', 'the word "invasion"'), and quoted
 * words that name a law, a policy or a programme, right before the noun that says so ('the "red
 * flag" law'). Takes the quotation-mark pairs' inner spans; returns those whose words are not the
 * writer's.
 */
export function mentionedQuotes(tok: Tokenised, inners: Span[], rules: SenseRule[] = loadSenses()): Span[] {
	const { tokens } = tok;
	const mention = rules.filter((r) => r.kind === 'mention');
	const named = rules.filter((r) => r.kind === 'named');
	if (!mention.length && !named.length) return [];
	const out: Span[] = [];
	for (const s of inners) {
		// The first token before the opening mark.
		let j = tokenAt(tokens, s.start) - 1;
		while (j >= 0 && !isWord(tokens[j]) && tokens[j].end > s.start - 3) j--;
		const before = mention.some((r) => {
			for (let k = 0, x = j; k < r.reach && x >= 0; k++, x--) {
				if (!isWord(tokens[x])) {
					if (/^[:,]$/.test(tokens[x].value)) continue;
					break;
				}
				const e = contextAt(tokens, x, r.context);
				if (e >= 0 && e <= j + 1) return true;
				// A headline or title is quoted right after its naming word, or one of these.
				if (!/^(the|a|an|that|which|was|is|reading|read|reads|as|:)$/.test(norm(tokens[x].normal))) break;
			}
			return false;
		});
		// The noun right after the closing mark, or the head of a short compound there ('the "OK" hand
		// gesture').
		let a = tokenAt(tokens, s.end);
		while (a < tokens.length && !isWord(tokens[a]) && tokens[a].start <= s.end + 1) a++;
		let after = false;
		if (tokens[a] && tokens[a].start - s.end <= 2) {
			for (let x = a; x < a + 2 && x < tokens.length && tokens[x].pos === 'NOUN' && tokens[x].sentence === tokens[a].sentence; x++) {
				if (named.some((r) => contextAt(tokens, x, r.context) >= 0)) after = true;
			}
		}
		if (before || after) out.push(s);
	}
	return out;
}
