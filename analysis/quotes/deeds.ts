// Deeds: what a person makes or does ("Taylor Swift's first six albums", "Parise scored twice") says
// what they are when nothing else in the text does. The list is data (deeds.tsv, see README.md); this
// reads it over each person's mentions once the entities are clustered.
import type { Ctx } from './context.js';
import type { EntityIndex } from './coref.js';
import { deeds } from './data.js';
import { isPossessive } from './mentions.js';
import type { Token } from '../types.js';
import type { Cluster } from './cluster.js';

/** How a deed's evidence pattern ends: what decided the group, as the article view shows it. */
const MAKES = ': what they make or do';
const HEADS = ': what they head';
const RESULT = ': a match result';
const RACE = ': an election won or lost';
/** Is an evidence pattern a deed's (groups.ts: a last resort)? */
export const isDeedPattern = (pattern: string): boolean => pattern.endsWith(MAKES) || pattern.endsWith(HEADS) || pattern.endsWith(RESULT) || pattern.endsWith(RACE);

/** Verbs that declare someone the winner ("declared him the victor", "projected Clinton the winner"). */
const DECLARING = new Set(['declared', 'declare', 'declares', 'declaring', 'projected', 'project', 'projects', 'named', 'called', 'calls', 'call']);
const WINNERS = new Set(['winner', 'victor', 'loser']);
/** What may stand before "nomination" for it to be an election's: "the nomination", "the party's", "the Republican". */
const NOMINATION_BEFORE = new Set(['the', "party's", 'party’s', 'republican', 'democratic', 'gop', 'presidential']);
/**
 * Is a race verb's object from token k an election's (deeds.tsv `contest`): "won the Indiana Republican
 * primary", "leads in the polls", "finished second in the Iowa caucuses"? Six words at most, in the
 * sentence, up to a verb or a punctuation mark.
 */
function raceObject(toks: readonly Token[], k: number): boolean {
	const list = deeds();
	const s = toks[k - 1]?.sentence;
	for (let j = k; j < toks.length && j - k < 6 && toks[j].sentence === s; j++) {
		const t = toks[j];
		if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.value !== '-')) return false;
		if (list.get(t.normal)?.how !== 'contest') continue;
		return t.normal !== 'nomination' || NOMINATION_BEFORE.has(toks[j - 1]?.normal ?? '');
	}
	return false;
}

/** "scored a victory", "scored points with voters": a figure of speech, not a deed (the object's head: FIGURATIVE_HEADS). */
const FIGURATIVE_OBJECT = new Set(['a', 'an', 'points', 'point', 'big', 'major', 'political', 'highly', 'well', 'poorly', 'low', 'high']);

/** What a campaign or a vote scores, as the head of the object: "scored his first endorsement", "scored 30 percent". */
const FIGURATIVE_HEADS = new Set(['endorsement', 'endorsements', 'victory', 'victories', 'win', 'wins', 'percent', 'delegates', 'votes', 'support', 'backing', 'coup', 'upset', 'deal', 'concession', 'concessions', 'interview', 'invitation']);

/** An ordinal, in words or figures: "first", "20th", "second-period" is not one. */
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

/** "has netted far more than Rubio", "scored higher than any rival": a comparison of tallies (delegates, votes, polls) before any noun, not a deed. */
function comparison(toks: Token[], k: number): boolean {
	for (let j = k; j < toks.length && j - k < 4; j++) {
		if (toks[j].normal === 'than') return true;
		if (toks[j].pos === 'NOUN' || toks[j].pos === 'PROPN' || toks[j].pos === 'PUNCT') return false;
	}
	return false;
}

/** The head noun of the object from token k (over articles, possessives, numbers and modifiers) is a figure of speech's. */
function figurativeHead(toks: Token[], k: number): boolean {
	let j = k;
	while (j < toks.length && j - k < 5 && ['DET', 'PRON', 'ADJ', 'NUM', 'ADV'].includes(toks[j].pos)) j++;
	return j < toks.length && FIGURATIVE_HEADS.has(toks[j].normal);
}

/**
 * "Taylor Swift's first six albums", "her latest novel", "Parise scored twice", "the Trump
 * administration": what a person makes, does or heads (deeds.tsv) says what they are when nothing else does. Read after the scan, over each person's
 * name, short-name and his/her mentions outside quotes.
 */
export function deedFacets(ctx: Ctx, index: EntityIndex): void {
	const { toks, text } = ctx;
	const list = deeds();
	if (!list.size) return;
	for (const c of index.clusters) {
		if (c.kind !== 'person' || c.plural) continue;
		for (const m of c.mentions) {
			if (m.quoted || m.form === 'description') continue;
			const last = ctx.tokenAt(m.end - 1);
			if (last < 0 || toks[last].end > m.end) continue;
			const pronoun = m.form === 'pronoun';
			// ("news outlets declared him the victor in the New Hampshire GOP primary": the one declared the
			// winner of an election ran in it; review LL of the 47th stop)
			const first = ctx.tokenAt(m.start);
			if (DECLARING.has(toks[first - 1]?.normal ?? '') && toks[last + 1]?.normal === 'the' && WINNERS.has(toks[last + 2]?.normal ?? '') && raceObject(toks, last + 3)) {
				c.addFacet({ start: toks[first - 1].start, end: toks[last + 2].end, text: text.slice(toks[first - 1].start, toks[last + 2].end), role: 'deed', group: 'government', pattern: `${toks[last + 2].normal}${RACE}` });
			}
			let k = last + 1;
			const possessive = pronoun ? ['his', 'her'].includes(toks[last].normal) : !!toks[k] && isPossessive(toks[k]);
			if (possessive) {
				if (!pronoun) k++;
				// "first six albums", "latest solo album", "first-period goals" (and "running mate", whose first
				// word the tagger reads as a verb)
				let z = k;
				while (z < toks.length && z - k < 6 && (['ADJ', 'NUM', 'NOUN', 'ADV'].includes(toks[z].pos) || (z === k && toks[z].pos === 'VERB' && list.has(`${toks[z].normal} ${toks[z + 1]?.normal}`))) && !ctx.isMark[z]) z++;
				for (let h = z - 1; h >= k; h--) {
					const two = h > k ? `${toks[h - 1].normal} ${toks[h].normal}` : '';
					const d = list.get(two) ?? list.get(toks[h].normal);
					// ("Schlafly's campaign against the amendment", "her campaign to end the draft": a campaign for
					// a cause, not for office, heads no government; review DD of the 42nd stop had Schlafly's nine
					// quotes government)
					if (d && d.how === 'heads' && forCause(toks, h + 1)) break;
					// ("his first goal", "her 20th goal", "two penalties": a count or an ordinal before it)
					if (d && d.how === 'counted' && !toks.slice(k, h).some((x) => x.pos === 'NUM' || ORDINAL.test(x.normal))) break;
					if (d && d.how === 'named' && pronoun) break;
					if (d && (d.how === 'has' || d.how === 'named' || d.how === 'counted' || d.how === 'heads')) {
						c.addFacet({ start: toks[last].start, end: toks[h].end, text: text.slice(toks[last].start, toks[h].end), role: 'deed', group: d.group, pattern: `${toks[h].normal}${MAKES}` });
						break;
					}
					if (toks[h].pos === 'NOUN') break;
				}
			} else if (!pronoun && toks[k] && toks[k].pos === 'NOUN' && !/^\p{Lu}/u.test(toks[k].value) && list.get(toks[k].normal)?.how === 'heads') {
				// "the Trump administration", "the Sanders campaign": the name before what the person heads
				const d = list.get(toks[k].normal)!;
				c.addFacet({ start: toks[last].start, end: toks[k].end, text: text.slice(toks[last].start, toks[k].end), role: 'deed', group: d.group, pattern: `${toks[k].normal}${HEADS}` });
			} else if (!pronoun || ['he', 'she'].includes(toks[last].normal)) {
				while (k < toks.length && k - last < 3 && (toks[k].pos === 'ADV' || ['has', 'had', 'have'].includes(toks[k].normal))) k++;
				const v = toks[k];
				const d = v ? list.get(v.normal) : undefined;
				if (v && d && d.how === 'race' && raceObject(toks, k + 1)) c.addFacet({ start: toks[last].start, end: v.end, text: text.slice(toks[last].start, v.end), role: 'deed', group: d.group, pattern: `${v.normal}${RACE}` });
				if (v && d && d.how === 'does' && !FIGURATIVE_OBJECT.has(toks[k + 1]?.normal ?? '') && !figurativeHead(toks, k + 1) && !comparison(toks, k + 1)) c.addFacet({ start: toks[last].start, end: v.end, text: text.slice(toks[last].start, v.end), role: 'deed', group: d.group, pattern: `${v.normal}${MAKES}` });
			}
		}
	}
	resultFacets(ctx, index);
}

/** What a campaign for office is for: "campaign for president", "for the nomination", "for re-election". */
const OFFICE_AIMS = new Set(['president', 'presidency', 'nomination', 'office', 'senate', 'governor', 'mayor', 're-election', 'reelection', 'congress', 'house', 'white', 'parliament', 'the', 'a', 'his', 'her', 'their']);

/** Does what a person heads go on to a cause at token k ("against the amendment", "to end the draft", "for peace")? */
function forCause(toks: readonly Token[], k: number): boolean {
	const t = toks[k];
	if (!t) return false;
	if (t.normal === 'against' || (t.normal === 'to' && toks[k + 1]?.pos === 'VERB')) return true;
	return t.normal === 'for' && !!toks[k + 1] && !OFFICE_AIMS.has(toks[k + 1].normal.toLowerCase());
}

/**
 * A match score: one or two digits a side ("6-4", "7–6", "3 - 1"), not part of a larger number, a
 * date, a time or a percentage.
 */
const SCORE = /(?<![\d.,:/$£€])\d{1,2} ?[-–] ?\d{1,2}(?![\d%]|[.,:/]\d)(?! ?(?:a\.?m\b|p\.?m\b|percent|per cent))/;
/** How far after its verb a score may stand ("defeated Karen Khachanov and Andrey Rublev 6-4"). */
const SCORE_REACH = 90;
/**
 * Is token v a match result's verb with a score after it in its sentence ("had beaten Lutz 6-2, 6-2",
 * "edged Opelka 7-6 (5)")? Read from the tokens alone (the tone stage asks it).
 */
export function isMatchResult(toks: Token[], v: number): boolean {
	const d = deeds().get(toks[v].normal.toLowerCase());
	if (!d || d.how !== 'result') return false;
	let after = '';
	for (let k = v + 1; k < toks.length && k - v <= 16 && toks[k].sentence === toks[v].sentence; k++) after += ` ${toks[k].value}`;
	return SCORE.test(after);
}

/** Between a side and the result verb: "earlier", "had", "rallied to", "went on to". */
const BEFORE_VERB = new Set(['ADV', 'AUX', 'PART', 'VERB']);
/** What a side of names may hold: "Ben McLachlan and Yasutaka Uchiyama of Japan", "Herbert and Mahut". */
const isSideWord = (t: Token) => t.pos === 'PROPN' || ['and', ',', '&', '-', 'of', 'the', '’s', "'s"].includes(t.normal) || /^\p{Lu}/u.test(t.value);

/**
 * "Nadal defeated Khachanov 6-3, 7-6", "Vasek Pospisil edged Reilly Opelka 7-6 (5)", "Herbert and Mahut
 * rallied to defeat McLachlan and Uchiyama 6-7 (4), 6-4": a win reported with a match score (deeds.tsv,
 * `result`) says both sides played, winners before the verb and losers between it and the score.
 */
function resultFacets(ctx: Ctx, index: EntityIndex): void {
	const { toks, text } = ctx;
	const list = deeds();
	for (let v = 0; v < toks.length; v++) {
		const d = list.get(toks[v].normal);
		if (!d || d.how !== 'result' || ctx.inQuote[v] >= 0) continue;
		const sentence = toks[v].sentence;
		let z = v + 1;
		while (z < toks.length && toks[z].sentence === sentence && toks[z].start - toks[v].end < SCORE_REACH) z++;
		const after = text.slice(toks[v].end, toks[z - 1]?.end ?? toks[v].end);
		const score = SCORE.exec(after);
		if (!score) continue;
		const scoreStart = toks[v].end + score.index;
		// the losers: names from the verb up to the score, and nothing else
		let o = v + 1;
		while (o < toks.length && toks[o].start < scoreStart && isSideWord(toks[o])) o++;
		if (o < toks.length && toks[o].start < scoreStart) continue;
		// the winners: names before the verb, past a few words such as "earlier", "rallied to"
		let w = v - 1;
		while (w >= 0 && v - w <= 3 && toks[w].sentence === sentence && BEFORE_VERB.has(toks[w].pos) && ctx.inQuote[w] < 0) w--;
		let a = w;
		while (a >= 0 && toks[a].sentence === sentence && isSideWord(toks[a]) && ctx.inQuote[a] < 0) a--;
		const end = scoreStart + score[0].length;
		// the people named on either side, looked up by where each token starts (linear in the text)
		const done = new Set<Cluster>();
		for (const [from, to] of [[a + 1, w + 1], [v + 1, o]]) {
			for (let k = from; k < to; k++) {
				const c = index.lookup(toks[k].start, 'person');
				if (!c || c.plural || done.has(c)) continue;
				const m = c.mentions.find((x) => x.start === toks[k].start && !x.quoted && x.form !== 'description' && x.form !== 'pronoun');
				if (!m) continue;
				done.add(c);
				const at = Math.min(m.start, toks[v].start);
				c.addFacet({ start: at, end, text: text.slice(at, end), role: 'deed', group: d.group, pattern: `${toks[v].normal} … ${score[0]}${RESULT}` });
			}
		}
	}
}
