// The subject of a clause, for a cue or a quote that names no speaker next to it: "Smith left the room,
// saying …" is Smith's; "Carson took the stage and called …" shares Carson. Split from attribution.ts.
import { afterHeading } from '../caps-lead.js';
import type { Token } from '../types.js';
import { DETS_INDEF, TIME_WORDS, type Ctx, type Range } from './context.js';
import { NEVER_NAME_WORDS, RELATIVE_PRONOUNS, isCap, isUnit } from './mentions.js';
import { npRight } from './phrases.js';
import { isParticiple } from './cues.js';
import { judgingVerbs } from './data.js';
import { asideCloseAfter } from './dash-asides.js';

/** "The next month, a former staffer announced ...": the noun phrase at i is a subject with its own
 * verb, so it is not an appositive of the phrase before the comma. */
export function clauseAfter(toks: Token[], i: number, hi: number): boolean {
	const np = npRight(toks, i, hi);
	if (!np) return false;
	let v = np[1];
	while (v < hi && (toks[v].pos === 'ADV' || toks[v].pos === 'AUX')) v++;
	return v < toks.length && toks[v].pos === 'VERB' && !/ing$/.test(toks[v].normal);
}

/**
 * The subject of the clause a participle hangs on: in "Smith left the room, saying ..." the speaker is
 * Smith. The first noun phrase of the sentence that a verb follows (possibly after an appositive).
 */
export function clauseSubject(ctx: Ctx, lo: number, hi: number, nearest = false): { np: Range; appos: Range | null } | null {
	const { toks } = ctx;
	// (not in a heading in capitals glued to the paragraph, caps-lead.ts: its words are no one)
	lo = afterHeading(toks, lo, hi);
	let found: { np: Range; appos: Range | null } | null = null;
	// An opening phrase or clause ("In response to X's plan, ...", "When X announced it, ...") ends at
	// its comma; the subject comes after it.
	// ("Shortly after the call ended, …": an adverb may come first)
	const o = lo + 1 < hi && toks[lo].pos === 'ADV' && (toks[lo + 1].pos === 'ADP' || toks[lo + 1].pos === 'SCONJ') ? lo + 1 : lo;
	if (o < hi && (toks[o].pos === 'ADP' || toks[o].pos === 'SCONJ' || ['when', 'after', 'before', 'since', 'as', 'while', 'although', 'though', 'if', 'ever', 'outside', 'inside', 'during', 'despite', 'amid', 'near', 'across'].includes(toks[o].normal))) {
		let k = o + 1;
		while (k < hi && toks[k].value !== ',' && k - lo < 30) k++;
		if (k < hi && toks[k].value === ',') lo = k + 1;
	}
	for (let k = lo; k < hi; k++) {
		if (ctx.inQuote[k] >= 0 || ctx.isMark[k]) continue;
		const t = toks[k];
		// (a capitalised word the tagger misread before a name counts: "Ted/VERB Nordhaus")
		const capBeforeName = isCap(t) && toks[k + 1]?.pos === 'PROPN' && isCap(toks[k + 1]) && !['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART'].includes(t.pos) && !NEVER_NAME_WORDS.has(t.normal);
		if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON' || capBeforeName || (t.pos === 'DET' && ['the', 'a', 'an'].includes(t.normal)))) continue;
		// A noun phrase inside a prepositional phrase ("In Ohio, ...") is not the subject.
		if (k > lo && toks[k - 1].pos === 'ADP') continue;
		// "native 4K. Google promised": letters written onto a number are its unit, no name's start
		if (isUnit(toks, k)) continue;
		const np = npRight(toks, k, hi);
		if (!np) continue;
		// "But that morning, an angry army … had amassed": a time before a comma opens the sentence
		if (TIME_WORDS.has(toks[np[1] - 1].normal) && toks[np[1]]?.value === ',') {
			k = np[1];
			continue;
		}
		let m = np[1];
		let appos: Range | null = null;
		let jumped = false;
		// "Rep. Jane Roe (D-N.Y.) reacted": a party label or aside in brackets
		if (toks[m]?.value === '(') {
			let n = m + 1;
			while (n < hi && toks[n].value !== ')' && n - m < 12) n++;
			if (n < hi) m = n + 1;
		}
		// "Robert Royal—signaling growing alarm—has written": an aside between dashes
		// (not after the last name of a list: "… the police, and Acme Corp — supposedly … — said")
		const dashEnd = toks[np[0] - 1]?.pos === 'CCONJ' ? -1 : asideCloseAfter(toks, m, hi);
		if (dashEnd >= 0) {
			const ap = npRight(toks, m + 1, dashEnd);
			if (ap && ap[1] === dashEnd) appos = ap;
			m = dashEnd + 1;
			jumped = true;
		} else if (toks[m]?.value === ',') {
			// a named subject may have a long appositive ("Ted Nordhaus, co-founder of … and advocate of …,")
			const reach = toks[np[1] - 1].pos === 'PROPN' ? 30 : 15;
			let n = m + 1;
			while (n < hi && toks[n].value !== ',' && n - m < reach && !ctx.isMark[n]) n++;
			if (n < hi && toks[n].value === ',') {
				// Jump an appositive ("Smith, a senator,") or any other short aside between commas
				// ("Smith, in Ohio,", "Smith, 33,"): measured on annotated news, jumping every short
				// comma-bounded phrase finds the speaker more often than jumping only recognised asides.
				const ap = npRight(toks, m + 1, n);
				if (ap && ap[1] === n) appos = ap;
				m = n + 1;
				jumped = true;
				// ("Sen. Mark Kirk, R-Ill., who faces a tough re-election battle in his home state, rescinded
				// …": a relative clause after the first aside is the subject's too; else "home state" spoke)
				if (RELATIVE_PRONOUNS.has(toks[m]?.normal ?? '')) {
					let r = m + 1;
					while (r < hi && toks[r].value !== ',' && r - m < reach && !ctx.isMark[r]) r++;
					if (r < hi && toks[r].value === ',') m = r + 1;
				}
			}
		}
		// "Donald Trump on Thursday ratcheted up", "Clinton last week told": a time between subject and verb
		m = skipTime(toks, m, hi);
		let aux = false;
		while (m < hi && (toks[m].pos === 'ADV' || toks[m].pos === 'AUX' || toks[m].pos === 'PART')) {
			if (toks[m].pos === 'AUX') aux = true;
			m++;
		}
		// The sentence's first subject, or with `nearest` the one closest to the cue. Measured on
		// annotated news, the first is right more often (the main clause usually comes first).
		// ("Clinton has some nerves …": a form of have or be is the verb when no other follows)
		// ("Ann Lee, legal director at Acme in Oslo, said …" asked with the cue as `hi`: the aside ends
		// right at the cue, which is the verb)
		if ((m < hi && (toks[m].pos === 'VERB' || (aux && ['DET', 'NOUN', 'ADJ', 'NUM', 'PROPN'].includes(toks[m].pos) && toks[m - 1].pos === 'AUX'))) || (jumped && m === hi && toks[hi]?.pos === 'VERB' && !/ing$/.test(toks[hi].normal))) {
			found = { np, appos };
			if (!nearest) return found;
		} else if (toks[np[1]]?.value === ',' && DETS_INDEF.has(toks[np[1] + 1]?.normal ?? '') && !TIME_WORDS.has(toks[np[1] - 1].normal) && !clauseAfter(toks, np[1] + 1, hi)) {
			// "The Harbour Court, the only body with power to try fraud, bribery and theft, angered
			// the council ...": an appositive with commas of its own. The subject is the
			// noun phrase before it when a verb follows one of its commas; either way no noun phrase is
			// taken out of the middle of the appositive ("body with power").
			let last = -1;
			let verbAt = -1;
			for (let c = np[1] + 1; c < hi && c - np[1] < 40 && !ctx.isSentenceEnd(c); c++) {
				if (toks[c].value !== ',' || ctx.inQuote[c] >= 0) continue;
				last = c;
				let v = c + 1;
				while (v < hi && (toks[v].pos === 'ADV' || toks[v].pos === 'AUX')) v++;
				// The verb may be the cue itself, at `hi` ("Smith, the mayor of X, Y and Z, said").
				// The tagger reads some past tenses as adjectives ("angered the council").
				if (v <= hi && v < toks.length && (toks[v].pos === 'VERB' || (/ed$/.test(toks[v].normal) && ['DET', 'PROPN', 'NOUN', 'PRON'].includes(toks[v + 1]?.pos ?? '')))) {
					verbAt = v;
					break;
				}
			}
			if (verbAt >= 0) {
				const ap = npRight(toks, np[1] + 1, last);
				found = { np, appos: ap };
				if (!nearest) return found;
				k = verbAt - 1;
				continue;
			}
			if (last >= 0) {
				k = last;
				continue;
			}
		}
		k = np[1] - 1;
	}
	return found;
}


/** "Carson took the stage and called ...": the cue shares the subject of an earlier verb. */
export function afterConjunction(toks: Token[], c: number, lo: number): boolean {
	let k = c - 1;
	while (k >= lo && (toks[k].pos === 'ADV' || toks[k].pos === 'AUX')) k--;
	return k >= lo && (toks[k].pos === 'CCONJ' || toks[k].value === ',');
}

/** Skip a time phrase at m ("on Thursday", "last week", "Monday night", "in March"). */
function skipTime(toks: Token[], m: number, hi: number): number {
	let k = m;
	if (k < hi && ['on', 'in', 'during', 'at'].includes(toks[k].normal) && TIME_WORDS.has(toks[k + 1]?.normal ?? '')) k++;
	else if (k < hi && ['last', 'this', 'early', 'late', 'earlier', 'later'].includes(toks[k].normal) && TIME_WORDS.has(toks[k + 1]?.normal ?? '')) k++;
	if (k < hi && TIME_WORDS.has(toks[k].normal)) {
		k++;
		while (k < hi && TIME_WORDS.has(toks[k].normal)) k++;
		return k;
	}
	return m;
}

/**
 * Where the subject may start in a sentence from token ss to a cue at i: after an opening phrase of place or
 * time and its comma ("In her address at the rally, Stein, a physician …, accused"), else at ss.
 */
export function openingPhraseEnd(toks: Token[], ss: number, i: number): number {
	if (toks[ss]?.pos !== 'ADP') return ss;
	for (let k = ss + 1; k < i && k - ss < 12; k++) {
		if (toks[k].value === ',') return k + 1;
		if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return ss;
	}
	return ss;
}

/**
 * "Smith slammed Jones as elitist for suggesting that teachers “work too little”", "criticized the mayor for
 * saying …", "praised Ann Lee for calling …": a participle of saying after "for", on the object of a verb of
 * judging, is what that object said (review AA of the 42nd stop found Obama's "cling to guns or religion"
 * given to Clinton, who slammed him for it). The object's phrase, else null.
 */
export function judgedFor(ctx: Ctx, c: number, lo: number): Range | null {
	const { toks } = ctx;
	if (!isParticiple(toks[c]) || toks[c - 1]?.normal !== 'for') return null;
	for (let v = c - 2; v >= Math.max(lo, c - 14); v--) {
		const t = toks[v];
		// (a hyphen inside a word is no break: "as elitist and out-of-touch for suggesting")
		if (t.pos === 'PUNCT' && t.value !== ',' && !(t.value === '-' && toks[v - 1]?.end === t.start && toks[v + 1]?.start === t.end)) return null;
		if (t.pos !== 'VERB' || isCap(t) || !judgingVerbs().has(t.lemma.toLowerCase())) continue;
		const obj = npRight(toks, v + 1, c - 1);
		if (!obj) return null;
		// (the object, then "for" or a description with "as": "slammed Jones as elitist for suggesting")
		const next = toks[obj[1]];
		return obj[1] === c - 1 || next?.normal === 'as' ? obj : null;
	}
	return null;
}
