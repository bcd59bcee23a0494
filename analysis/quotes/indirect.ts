// Reported speech: a speech cue with its speaker and the clause that reports what was said ("Doe said
// the plan would fail", "The plan will fail, officials said", "according to the ministry, ...").
import { countWords } from '../nlp.js';
import { capsLeads } from '../caps-lead.js';
import { TIME_WORDS, type Ctx, type Range } from './context.js';
import { givesWordAs, judgesAs } from './cue-objects.js';
import { ASKING, AS_ONLY, TO_ONLY, FINISH_OBJECT, INVERTING, LISTENER_VERBS, NAMING, OBJECT_OPENERS, TEXT_OBJECT, TIME_OPENERS, counterfactual, inTheWordsOf, insideUnsaid, isParticiple, isPastParticiple, isPassive, noReportAfter, lemmaCandidates } from './cues.js';
import { isNamed, isSource, speakerOf, type Attribution } from './attribution.js';
import { accordingTo } from './according.js';
import type { Found } from './direct.js';
import type { Token } from '../types.js';
import { RELATIVE_PRONOUNS, TIME_PLACE_PREPS, isCap } from './mentions.js';
import { nounReport } from './noun-reports.js';
import { npRight } from './phrases.js';
import { subjectLeft, subjectRight } from './subjects.js';
import { fronted } from './relayed.js';
import { markedTitleEnd } from './work-titles.js';
import { CONJUNCTIONS, reportSubject } from './report-subject.js';
import { MODALS, commentEnd, contrastEnd, endAtJoinedCues, frontedReportEnd, glossEnd, hedgedParticiple, judgedForEnd, siblingParticipleEnd, trailingRelativeEnd, trimRange, turnEnd } from './report-edges.js';
import { RELATIVE_OPENERS, SUBORDINATORS, gappedRelative, hasClauseVerb, objectThatVerb, mainClauseAfter, negated, nounWithInfinitive, objectBeforeClause, objectBeforeParticiple, objectBeforeSubordinate, objectThenPredicates, objectWithRelative, openedBefore, ownSubjectAfter, passiveInfinitive, reducedPassive, relativeCue, relativeOnThing, subordinatorAt, writersClauseAt } from './clause-shape.js';

const LOWER_FIRST = /^\p{Ll}/u;
const NP_OPENING_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** Verbs that report what someone called a thing: their object and its name are the speaker's words. */
export const NAMES_AS = new Set([...NAMING, ...AS_ONLY, ...TO_ONLY, 'describe', 'deem']);
/** Units of time before "ago" ("months ago", "two weeks ago"). */
const AGO_SPAN = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'moment', 'while']);
/** A past participle's ending ("asked", "elected", "told", "shown"), read with its lemma differing. */
/** A question's words after "Asked" ("Asked who …", "Asked how …"). */
const WH_OPENERS = new Set(['who', 'whom', 'what', 'which', 'when', 'where', 'why', 'how', 'whether', 'if']);

export function findIndirect(ctx: Ctx): Found[] {
	const { toks, text } = ctx;
	const out: Found[] = [];
	const sentences: Range[] = [];
	{
		let s = 0;
		for (let i = 0; i < toks.length; i++) {
			// wink ends sentences at abbreviations ("Sen. Jane Doe (D-Vt.) said"); keep those together.
			// Nor does a sentence start with a lower-case word ("Sanders (I-Vt.) on Saturday said").
			// (asked only where wink's sentence changes: the test is a pattern on the next word)
			const next = toks[i + 1];
			const endHere = !next || (next.sentence !== toks[i].sentence && !(next.paragraph === toks[i].paragraph && ((toks[i].value === '.' && !ctx.isSentenceEnd(i)) || (LOWER_FIRST.test(next.value) && !ctx.isMark[i + 1] && toks[i].value !== '.'))));
			if (endHere) {
				sentences.push([s, i + 1]);
				s = i + 1;
			}
		}
	}
	// (a newsletter's heading in capitals reports nothing: "FARMERS ASK IF DROUGHT IS HERE TO STAY …")
	const heading = capsLeads(toks);
	for (const [ss, se] of sentences) {
		for (let i = ss; i < se; i++) {
			if (ctx.inQuote[i] >= 0 || ctx.isMark[i] || heading[i]) continue;
			// "Trump's claim that …", "the ministry's repeated warning that …": a speech noun's report (noun-reports.ts)
			const byNoun = nounReport(ctx, i, ss, se);
			if (byNoun) out.push(byNoun);
			const e = ctx.cueAt(i);
			if (e < 0) continue;
			const t = toks[i];
			let content: Range | null = null;
			let att: Attribution | null = null;
			// ("in the words of a senior adviser, …" too: the source follows, as after "according to"; read as a
			// verb's cue it had given the words to the sentence's subject, review OO of the 49th stop)
			if (t.normal === 'according' || inTheWordsOf(toks, i)) {
				const r = accordingTo(ctx, i, e, ss, se);
				if (!r) continue;
				({ att, content } = r);
				// ("According to Woodward, “…,” presumably meaning …": the writer's reading after it is no part)
				if (content) content = glossEnd(ctx, content) ?? content;
			} else {
				if (noReportAfter(ctx, t, e)) continue;
				if (isPassive(toks, i) || reducedPassive(toks, i, ss)) continue;
				// "the agency didn't estimate how many …", "he never said he would": a cue denied says nothing
				if (negated(toks, i, ss) || counterfactual(toks, i, ss) || insideUnsaid(ctx, i, ss)) continue;
				const who = reportSubject(ctx, t, i, e, ss, se);
				if (!who) continue;
				const { subj, openingComma, afterPreposition } = who;
				if (subj) {
					att = { cue: [i, e], np: subj.np, appos: subj.appos, mention: subj.mention };
					let k = e;
					if (LISTENER_VERBS.has(t.lemma)) {
						const obj = npRight(toks, k, se);
						if (obj && obj[1] - obj[0] <= 4) k = obj[1];
						// "told French state television on Sunday that ...": however long the listener and
						// the when, a "that" with no verb before it opens what was said; so does one after a
						// relative clause on the listener ("told a few thousand teachers who covered the
						// lawn that the Legislature should …")
						let relative = false;
						for (let j = e; j < Math.min(se, e + (relative ? 18 : 10)); j++) {
							if (ctx.isMark[j]) break;
							if (!relative && j > e && (toks[j].normal === 'who' || toks[j].normal === 'whom') && toks[j - 1].pos === 'NOUN') {
								relative = true;
								continue;
							}
							// (nor "a breakfast hosted by Bloomberg Politics": a participle on the place, with its agent)
							if (!relative && (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') && !(toks[j - 1]?.pos === 'NOUN' && /ed$/.test(toks[j].normal) && toks[j + 1]?.normal === 'by')) break;
							if (toks[j].normal === 'that') {
								k = Math.max(k, j);
								break;
							}
						}
					}
					// "on Monday", "to reporters", "by phone", "at a news conference" before the clause
					let afterPrep = false;
					// ("asked about the plan to close the plant": what was asked about, jumped as a place or a time is)
					let about = false;
					let ownClause: 'speech' | 'other' | null = null;
					let lastPrep = -1;
					for (let rep = 0; rep < 3; rep++) {
						// ("said on NBC's ''Meet the Press'' on Sunday that": the programme's title in marks after the
						// preposition's phrase is part of it; review GG of the 45th stop)
						// (or right after the preposition: "said on “CBS This Morning” that")
						if (afterPrep) k = markedTitleEnd(ctx, k, se) ?? k;
						else if (k < se && toks[k].pos === 'ADP' && !CLAUSE_PREPS.has(toks[k].normal)) {
							// (after the network's name and its "'s", if any: "on NBC's ''Meet the Press''")
							let p = k + 1;
							while (p < se && p - k <= 4 && isCap(toks[p]) && !ctx.isMark[p]) p++;
							if (p > k + 1 && /^['’]s$/.test(toks[p]?.value ?? '')) p++;
							else p = k + 1;
							const title = markedTitleEnd(ctx, p, se);
							if (title !== null) {
								lastPrep = k;
								k = title;
								afterPrep = true;
							}
						}
						// "said Wednesday that", "said last week": when, not what
						// ("urged the mayor two weeks ago to resign", "called on him months ago to quit": a span of time
						// and "ago"; review Y of the 41st stop had "ago to quit the Senate race")
						while (k < se && (TIME_WORDS.has(toks[k].normal) || (['last', 'this'].includes(toks[k].normal) && TIME_WORDS.has(toks[k + 1]?.normal ?? '')) || (toks[k].normal === 'ago' && k > e) || (AGO_SPAN.has(toks[k].lemma.toLowerCase()) && toks[k + 1]?.normal === 'ago') || (toks[k].pos === 'NUM' && AGO_SPAN.has(toks[k + 1]?.lemma.toLowerCase() ?? '') && toks[k + 2]?.normal === 'ago'))) k++;
						// ("admitted to the killing": "to" before a noun phrase, whatever the tagger made of it)
						if (k < se && (toks[k].pos === 'ADP' || (toks[k].normal === 'to' && NP_OPENING_POS.has(toks[k + 1]?.pos ?? ''))) && !CLAUSE_PREPS.has(toks[k].normal)) {
							// ("to the killing": a gerund after a determiner is a noun, whatever the tagger made of it)
							const pp = npRight(toks, k + 1, se) ?? (toks[k + 1]?.pos === 'DET' && toks[k + 2]?.pos === 'VERB' && /ing$/.test(toks[k + 2].normal) ? ([k + 1, k + 3] as Range) : null);
							// (longer when "that" follows it: "said on Harbour Radio's Morning Meeting program that")
							if (pp && (pp[1] - k <= 6 || (toks[pp[1]]?.normal === 'that' && pp[1] - k <= 10))) {
								lastPrep = k;
								// "Vale responded after Lee said the plan failed": a clause of time or cause with a subject and
								// verb of its own is when or why; the cue reports nothing here
								const verb = toks[pp[1]];
								if (SUBORDINATORS.has(toks[k].normal) && verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.normal)))) {
									ownClause = ctx.isSpeechLemma(verb) ? 'speech' : 'other';
									break;
								}
								if (toks[k].normal === 'about') about = true;
								k = pp[1];
								afterPrep = true;
							}
						}
						while (k < se && toks[k].value === ',') k++;
					}
					// (unless a "that" follows it soon: "said before the vote was taken that the plan would fail")
					// (not one that follows a cue of the clause's own: "tweeted after Lee argued that …" is Lee's)
					// ("said when opening the session", "told the Star on Monday, when the council met": a clause of
					// time after the cue is when it was said, not what, review 38; "asked when the vote would be" asks it)
					if (!ownClause && k < se && TIME_OPENERS.has(toks[k].normal) && !ASKING.has(t.lemma)) ownClause = 'other';
					if (ownClause === 'speech') continue;
					if (ownClause) {
						let j = k + 1;
						while (j < Math.min(se, k + 12) && toks[j].normal !== 'that' && !ctx.isMark[j]) j++;
						if (toks[j]?.normal !== 'that' || j >= se) continue;
						k = j;
					}
					// "told reporters in Boston, where he lives, that …": a relative clause on the place or the
					// listener is jumped to the comma that ends it; "testified in Washington, where lawmakers
					// expressed outrage": with no comma after it, nothing was reported
					if (k < se && toks[k - 1]?.value === ',' && RELATIVE_OPENERS.has(toks[k].normal)) {
						let j = k + 1;
						while (j < Math.min(se, k + 16) && toks[j].value !== ',' && !ctx.isMark[j]) j++;
						if (toks[j]?.value !== ',' || j >= se - 1) continue;
						k = j + 1;
					}
					// "said – without evidence – that …": an aside between two dashes is jumped (and a manner adverb
					// before it: "argued emphatically - rebuking Mr. Trump eight times by name - that", review Y)
					if (toks[k]?.pos === 'ADV' && /ly$/.test(toks[k].normal) && (DASHES.has(toks[k + 1]?.value ?? '') || toks[k + 1]?.normal === 'that')) k++;
					if (DASHES.has(toks[k]?.value ?? '')) {
						for (let j = k + 1; j < Math.min(se, k + 12); j++)
							if (toks[j].value === toks[k].value) {
								k = j + 1;
								break;
							}
					}
					// "replied in an even voice that …", "said with a smile that …", "wrote from prison that …": a
					// manner, a place or a time in a preposition's phrase before "that" is how, where or when, not
					// what (review DD of the 43rd stop had "in an even voice" as Mrs. Schlafly's words)
					if (k < se && MANNER_PREPS.has(toks[k].normal) && toks[k].pos === 'ADP') {
						let j = k + 1;
						// (a noun the tagger read as a verb after an article or an adjective: "an even voice/VERB that")
						const misread = (x: number) => toks[x].pos === 'VERB' && ['DET', 'ADJ', 'ADV'].includes(toks[x - 1].pos) && toks[x + 1]?.normal === 'that';
						while (j < se && j - k < 7 && (PHRASE_POS.has(toks[j].pos) || isPossessiveTok(toks[j]) || misread(j)) && toks[j].normal !== 'that') j++;
						if (j > k + 1 && toks[j]?.normal === 'that' && (toks[j - 1].pos === 'NOUN' || misread(j - 1))) k = j;
					}
					const introduced = toks[k]?.normal === 'that' || toks[k]?.normal === ':';
					if (afterPreposition && !introduced && !(LISTENER_VERBS.has(t.lemma) && k > e) && !givesWordAs(toks, i)) continue;
					if (introduced) k++;
					// "who asked not to be named", "asked to be identified only by his first name": a passive
					// infinitive after the cue is a request about the speaker, no words reported
					else if (passiveInfinitive(toks, k)) continue;
					// "whether the two could agree to end a trade war": an agreement that may or may not come is
					// no one's words yet ("agreed to pay" reports a commitment made)
					else if (t.lemma === 'agree' && toks[k]?.normal === 'to' && toks[k + 1]?.pos === 'VERB' && MODALS.has(toks[i - 1]?.normal ?? '')) continue;
					// "..., she said, signaling ...": a participle after the cue is the writer's gloss, and a
					// preposition cannot start a reported clause; the words are before the cue (handled below).
					const gloss = k < se && toks[k].pos === 'VERB' && /ing$/.test(toks[k].normal) && toks[k - 1]?.value === ',';
					const place = k < se && toks[k].pos === 'ADP' && toks[k].normal !== 'that' && countWords(text, toks[k].start, toks[se - 1].end, 5) <= 5;
					const glossOrPlace = gloss || place;
					if (k < se && ctx.isMark[k] && ctx.inQuote[k + 1] >= 0) continue; // X said: "..." is a direct quote
					const before = subj.np[0];
					// ("It was never about money, his aides argued this week; rather, …": a semicolon right after the
					// cue ends its clause; what was said came before it, review Y)
					// ("anything the senator said on stage to justify his vote", "said of Trump's desire to force …": an
					// infinitive after "said" and its place or topic is a purpose or the topic's, not what was said)
					// (not an aside's cue, "it is his job, he said, to talk to Congress", nor a "for … to" clause, "say
					// for the party's nominee to win they will have to …")
					const purpose = t.lemma === 'say' && k > e && toks[e]?.value !== ',' && toks[k]?.normal === 'to' && toks[k + 1]?.pos === 'VERB' && toks[lastPrep]?.normal !== 'for';
					content = toks[k]?.value === ';' || purpose ? [k, k] : trimRange(ctx, k, se);
					// "Many of the prisons, she said, are aging …": the speaker and the cue set off by commas inside
					// the reported clause, whose subject comes before them: what was said is the whole sentence
					// ("It was, he said, one of the bitterest failures …": so is a short aside after the clause's subject and
					// verb, review 36; not after an opening phrase, "Asked on Monday whether …, Clinton shook her head")
					// (the clause before the aside is read only where there is such an aside: this runs for every cue)
					if (toks[before - 1]?.value === ',' && toks[TIME_WORDS.has(toks[e]?.normal ?? '') ? e + 1 : e]?.value === ',' && before - 1 > ss && !ctx.isMark[k] && ctx.inQuote[ss] < 0) {
						// (after a conjunction opening the sentence too: "But she was not surprised …, her advisers said")
						const o = CONJUNCTIONS.has(toks[ss].normal) && ss + 1 < before ? ss + 1 : ss;
						const plainOpening = () => SUBJECT_START.has(toks[o].pos) && !SUBORDINATORS.has(toks[o].normal) && subj.np[1] - subj.np[0] <= 3 && !toks.slice(ss, before).some((x) => /['’]{2}|^['’]$/.test(x.value));
						if (hasClauseVerb(toks, ss, before - 1) ? k < se - 1 && !['and', 'but', 'or'].includes(toks[k]?.normal ?? '') && plainOpening() : toks[k]?.pos === 'AUX' || toks[k]?.pos === 'VERB') content = trimRange(ctx, ss, se);
					}
					// "Assange, who says he is innocent, has avoided extradition": in a relative clause set off by
					// commas, what was said ends at the comma that closes it, before the main clause's verb
					if (relativeCue(toks, i, ss)) {
						for (let j = content[0] + 1; j < content[1]; j++) {
							// (or the comma inside a closing mark: "who has called Mr. Trump's comments ''racially
							// toxic,'' portrayed …"; review JJ of the 46th stop had Scott's portrayal a quote, and
							// his next "he said" Trump's)
							const closing = ctx.isMark[j + 1] && toks[j].value === ',' && ctx.inQuote[j] >= 0 && ctx.inQuote[j + 2] < 0;
							if (toks[j].value !== ',' || (ctx.inQuote[j] >= 0 && !closing)) continue;
							let v = closing ? j + 2 : j + 1;
							while (v < content[1] && toks[v].pos === 'ADV') v++;
							if (toks[v] && (toks[v].pos === 'AUX' || toks[v].pos === 'VERB')) {
								content = trimRange(ctx, content[0], closing ? j + 2 : j);
								break;
							}
						}
					}
					// a participle of saying after a comma, or a writer's clause of contrast, ends what was reported
					content = glossEnd(ctx, content) ?? content;
					content = contrastEnd(ctx, content) ?? content;
					content = turnEnd(ctx, content) ?? content;
					content = judgedForEnd(ctx, i, content) ?? content;
					content = siblingParticipleEnd(ctx, i, content) ?? content;
					content = trailingRelativeEnd(ctx, content) ?? content;
					content = frontedReportEnd(ctx, i, ss, content) ?? content;
					// "Reuters quoted the minister as saying": the one quoted is the speaker of the quotation, and
					// these words report nothing
					if (t.lemma.toLowerCase() === 'quote' && toks.slice(content[0], Math.min(content[1] + 2, se)).some((x, j) => x.normal === 'as' && isParticiple(toks[content![0] + j + 1] ?? x))) continue;
					// "The statement says MGM believes …, and Lombardo said Friday, "…"": a clause joined on with a
					// speaker and a speech verb of its own is that speaker's, not more of this report
					for (let j = content[0] + 1; j < content[1] - 2; j++) {
						if (toks[j].value !== ',' || ctx.inQuote[j] >= 0 || !['and', 'but'].includes(toks[j + 1].normal)) continue;
						let v = -1;
						for (let x = j + 2; x < Math.min(content[1], j + 8); x++)
							if (ctx.cueAt(x) >= 0 && !isParticiple(toks[x])) {
								v = x;
								break;
							}
						const sub = v > 0 ? subjectLeft(toks, v, j + 2) : null;
						// (not "the letter Mike wrote was …": a verb right after makes it a relative clause)
						if (sub && sub.np[0] === j + 2 && isSource(ctx, sub.np) && !['AUX', 'VERB'].includes(toks[v + 1]?.pos ?? '')) {
							content = trimRange(ctx, content[0], j);
							break;
						}
					}
					content = commentEnd(ctx, content) ?? content;
					// "X lashed out at Y over the budget", "X condemned the decision as reckless": what follows
					// the cue and its listener is no clause (no verb, or only a conjunction's leftover), so it
					// reports no words; the inverted reading below may still apply.
					const c0 = content[0];
					// ("warned of long delays at the border crossing this week": a participle right after the
					// phrases jumped hangs on their last noun, or is part of it; no subject, no clause)
					// (and after a listener's place, one with its agent: "told reporters at a breakfast hosted by
					// Bloomberg Politics"; review LL of the 47th stop)
					const hangsOnPhrase = content[1] > c0 && toks[c0]?.pos === 'VERB' && toks[c0 - 1]?.pos === 'NOUN' && ((afterPrep && !SUBORDINATORS.has(toks[lastPrep]?.normal ?? '') && !CLAUSE_PREPS.has(toks[lastPrep]?.normal ?? '') && /(?:ing|ed)$/.test(toks[c0].normal)) || (/ed$/.test(toks[c0].normal) && toks[c0 + 1]?.normal === 'by'));
					// ("said in front of a crowd of about 1,000 people who packed …": a phrase of "of" goes on the
					// phrases jumped; no reported clause starts with it)
					const ofPhrase = afterPrep && toks[c0]?.normal === 'of' && !introduced;
					// ("Woodward said, presumably meaning …": a hedged participle is the writer's reading, glossEnd)
					const noClause = content[1] > content[0] && !introduced && ((['and', 'or', 'but'].includes(toks[content[0]].normal) && content[0] !== ss) || hangsOnPhrase || hedgedParticiple(toks, content[0]) || (afterPrep && !givesWordAs(toks, i) && !toks.slice(c0, content[1]).some((x, j) => x.pos === 'VERB' || x.pos === 'AUX' || ctx.isMark[c0 + j])));
					// "announced the potential exchange", "scolded her former label", "maintains a political
					// office": a noun phrase with no verb of its own after the cue is its object, not words
					// reported; but what a naming verb gives is the speaker's own word for it ("called the
					// process a sham", "described the video as satire")
					const namesIt = lemmaCandidates(t).some((l) => NAMES_AS.has(l)) || judgesAs(toks, i);
					const bare = !introduced && !namesIt && content[1] > content[0] && (!hasClauseVerb(toks, content[0], content[1]) || (!DIRECTIVES.has(t.lemma) && !LISTENER_VERBS.has(t.lemma) && nounWithInfinitive(toks, content[0], content[1]))) && !toks.slice(content[0], content[1]).some((_, j) => ctx.isMark[content![0] + j]);
					// "promised more, and for whatever reason, they're not delivering": the same object, then
					// a clause of the writer's joined on; and "the quality Google promised – it's revealed …":
					// a dash right after the cue ends its clause (an aside between two dashes was jumped)
					const objectThenClause = !introduced && !namesIt && content[1] > content[0] && (objectBeforeClause(ctx, content[0], content[1]) || objectWithRelative(ctx, content[0], content[1]) || objectBeforeSubordinate(ctx, content[0], content[1]) || objectBeforeParticiple(ctx, content[0], content[1]) || objectThenPredicates(ctx, i, content[0], content[1]));
					// (after an adverb of how often too: '"…," Mr. Biden said twice - and repeatedly reminded the
					// crowd …'; review EE of the 43rd stop)
					// (a dash set apart by a space, not "so-called"; not an aside between two dashes: "said again - and
					// at length - that …")
					const dashAfter = !introduced && (DASHES.has(toks[k]?.value ?? '') || (toks[k]?.pos === 'ADV' && DASHES.has(toks[k + 1]?.value ?? '') && toks[k + 1].start > toks[k].end && !toks.slice(k + 2, Math.min(se, k + 14)).some((x) => x.value === toks[k + 1].value)));
					// "Garrett responded by hitting Rudolph", "she answered by walking out": how someone answered
					// is a deed, not words ("answered by saying …" is read from "saying"); "asked about the
					// league's decision to suspend Garrett": the infinitive is the decision's, not a request
					const g = toks[content[0] + 1];
					const deed = !introduced && toks[content[0]]?.normal === 'by' && !!g && g.pos === 'VERB' && /ing$/.test(g.normal) && !ctx.isSpeechLemma(g);
					const askedAbout = !introduced && about && t.lemma === 'ask';
					// "Home Depot reported earnings that beat forecasts": an object and a relative clause on it
					const objectRelative = !introduced && !namesIt && objectThatVerb(toks, content[0], content[1]);
					const gapped = !introduced && gappedRelative(toks, subj.np, k, ss);
					// ("after they have mutually agreed to a match": consent to a thing, no words; "agreed to meet
					// again", "agreed to pay $325 million": a commitment to act, no words either; review MM of the
					// 48th stop had Politico's own "ostensibly" after it read as Ryan's and Trump's)
					const consent = !introduced && t.lemma === 'agree' && toks[c0]?.normal === 'to' && (toks[c0 + 1]?.pos === 'DET' || toks[c0 + 1]?.pos === 'NOUN' || toks[c0 + 1]?.pos === 'VERB' || toks[c0 + 1]?.pos === 'AUX' || (toks[c0 + 1]?.pos === 'ADV' && toks[c0 + 2]?.pos === 'VERB'));
					if (noClause || bare || objectThenClause || dashAfter || deed || askedAbout || objectRelative || gapped || ofPhrase || consent) content = [k, k];
					// "described him as sweating, and at that point he had a condition …": what a naming verb
					// gives ends with its word for the thing; a clause joined on after it is the writer's
					if (!introduced && namesIt && content[1] > content[0]) {
						for (let j = content[0] + 1; j < content[1] - 1; j++) {
							// ('called it the "end of an era," as the jumbo was sidelined': a word given in quotation
							// marks ends at its closing mark when a clause with a subject of its own is joined on; not
							// 'as a “nomad” and a “vagabond,” who lived …', a second word given)
							if (ctx.isMark[j] || ctx.inQuote[j] >= 0) {
								const q = ctx.inQuote[j + 1];
								if (ctx.isMark[j] && q >= 0 && ctx.inQuote[j - 1] !== q && ctx.inQuote[i] < 0) {
									let c = j + 1;
									while (c < content[1] && ctx.inQuote[c] === q) c++;
									const next = toks[c + 1]?.value === ',' ? c + 2 : c + 1;
									if (c < content[1] && ctx.isMark[c] && next < content[1] && (toks[next].pos === 'SCONJ' || toks[next].pos === 'CCONJ' || toks[next].normal === 'as') && ownSubjectAfter(toks, next + 1, content[1]) && !ctx.isMark.slice(next, content[1]).some(Boolean)) content = trimRange(ctx, content[0], c + 1);
									// ('likened the rules to "burning the Constitution" - a charge that might have stung': the
									// writer's gloss after a dash)
									else if (c < content[1] && ctx.isMark[c] && c + 1 < content[1] && DASHES.has(toks[c + 1].value)) content = trimRange(ctx, content[0], c + 1);
								}
								break;
							}
							if (toks[j].value === ';' || (toks[j].value === ',' && ['and', 'but'].includes(toks[j + 1].normal) && hasClauseVerb(toks, j + 2, content[1]))) {
								content = trimRange(ctx, content[0], j);
								break;
							}
						}
					}
					if (openingComma > 0 && content[1] > openingComma) content = trimRange(ctx, content[0], openingComma);
					// where the writer's next clause starts inside it ("…; then he attacked her", "…, and as the race
					// turns south, the issue is …": clause-shape.ts), what was said ends
					if (content[1] > content[0]) {
						const w = writersClauseAt(ctx, content[0], content[1]);
						if (w >= 0) content = trimRange(ctx, content[0], w);
					}
					// "While Grisham said the trip was routine, he did not …", "Despite reports urging new rules,
					// officials …": in a clause opened by a subordinator before its subject, what was said ends at
					// that clause's comma; the main clause after it is the outlet's.
					// (after a conjunction too: "And once the man mentioned that …, Dempsey came up with …")
					// Not when the cue is the main clause's ("And when Peter was come to himself, he said, …": a comma
					// before the subject closed the subordinate clause), nor "As X pointed out, …", whose clause
					// is the attribution of what follows it.
					const sub = subordinatorAt(toks, ss);
					const inSubordinate = sub >= 0 && sub < subj.np[0] && !toks.slice(sub, subj.np[0]).some((x) => x.value === ',') && !(toks[sub].normal === 'as' && toks[e]?.value === ',');
					if (inSubordinate && content[1] > content[0]) {
						for (let j = content[0] + 1; j < content[1]; j++)
							if (toks[j].value === ',' && ctx.inQuote[j] < 0 && !ctx.isMark[j]) {
								content = trimRange(ctx, content[0], j);
								break;
							}
					}
					// "responded quickly to the flood", "spoke briefly at the rally": a manner and a place, no words
					if (!introduced && content[1] > content[0] && toks[content[0]].pos === 'ADV' && !hasClauseVerb(toks, content[0], content[1]) && !toks.slice(content[0], content[1]).some((_, j) => ctx.isMark[content![0] + j])) content = [k, k];
					// "read the minutes aloud", "wrote a letter to the mayor": the text itself, not what it says (nor
					// is the sentence's opening clause: "Soon after X was booed, Y wrote to his followers")
					// "the House concluded its third public hearing": finished, not said
					// (not a clause without "that": "concluded the establishment of settlements was legal")
					const finished =
						!introduced &&
						FINISH_OBJECT.has(t.lemma) &&
						content[1] > content[0] &&
						OBJECT_OPENERS.has(toks[content[0]].normal) &&
						// (no verb of its own, or only one in a relative clause on the object: "the enthusiasm of
						// followers who were new to politics"; "maintained the plan was sound" reports a clause)
						!toks.slice(content[0], content[1]).some((x, j) => (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.normal))) && !RELATIVE_STARTS.has(toks[content![0] + j - 1]?.normal ?? ''));
					const textObject = finished || (!introduced && !glossOrPlace && TEXT_OBJECT.has(t.lemma) && content[1] > content[0] && !ctx.isMark[content[0]]);
					if (textObject) content = null;
					else if (glossOrPlace || countWords(text, toks[content[0]]?.start ?? 0, toks[content[1] - 1]?.end ?? 0, 3) < 3 || content[1] <= content[0]) {
						// Inverted: "The plan will fail, officials said." — the clause comes first. A phrase with no
						// verb of its own ("In a three-hour interview with the FBI, Webb confessed to …") sets the
						// scene and reports nothing.
						// ("She was "extremely careless" with the files, as Comey said.": "as" before the speaker
						// marks the attribution of the clause before its comma, review Y of the 41st stop)
						// (not after a clause with its own cue, '"…," Francis said in a speech …, as he called for …', nor a
						// cue of what should be said, "as others should tell them")
						const asBefore = toks[before - 1]?.normal === 'as' && toks[before - 2]?.value === ',' && before - 2 > ss && k >= se - 1 && !MODALS.has(toks[i - 1]?.normal ?? '') && !toks.slice(ss, before - 2).some((_, j) => ctx.isMark[ss + j] && ctx.cueAt(ss + j + 1) > 0) && !toks.slice(ss, before - 2).some((_, j) => ctx.inQuote[ss + j] < 0 && !ctx.isMark[ss + j] && ctx.cueAt(ss + j) > 0);
						const comma = asBefore ? before - 2 : before - 1;
						// ("But when Dr. Dempsey took a look, he disagreed": a clause opened by a subordinator sets
						// the scene; it is not what was said)
						const marked = toks.slice(ss, comma).some((_, j) => ctx.isMark[ss + j]);
						const opener = subordinatorAt(toks, ss);
						// ("Asked on CNN who should lead …, the coach said Miller", "Speaking to reporters …, the coach
						// said": a participle opening the sentence, with no subject, sets the scene too; review W)
						// (and a past participle before a preposition or a question's word: "Asked about the vote, the
						// coach said Miller", "Elected in 2010, the mayor said nothing")
						const participle = isParticiple(toks[ss]) || (isPastParticiple(toks[ss]) && ss + 1 < comma && (toks[ss + 1].pos === 'ADP' || toks[ss + 1].pos === 'SCONJ' || WH_OPENERS.has(toks[ss + 1].normal)));
						const scene = (opener >= 0 && !marked && !mainClauseAfter(toks, opener, comma)) || (!marked && toks[ss].pos === 'VERB' && participle && !toks.slice(ss, comma).some((x) => x.value === ',') && (ASKING.has(toks[ss].lemma) || !hasClauseVerb(toks, ss + 1, comma)));
						// ("Jinnie Lee, a spokesman …, said that from late 2017, a government employee … reported a
						// variety of symptoms": when the cue has an object of its own, words before the comma that are
						// a report of their own, with its speaker and cue, are that speaker's, not this one's; "Officials
						// declared that …, the WHO reported." is the WHO's report of theirs)
						const hasObject = () => toks.slice(k, se).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON');
						const reportsItself = !marked && comma > ss && hasObject() && fronted(ctx, ss, comma);
						// ("… failing to answer a question, when, in fact, he responded quickly": the subject and the
						// verb are a subordinate clause of the sentence, opened by its subordinator and an aside)
						const subordinate = !marked && openedBefore(toks, ss, comma);
						// ("…, a word Trump then repeated": the cue is in a relative clause on a thing, without "that")
						const onThing = relativeOnThing(toks, subj.np);
						if (comma > ss && toks[comma].value === ',' && !scene && !reportsItself && !subordinate && !onThing && (marked || hasClauseVerb(toks, ss, comma))) content = trimRange(ctx, ss, comma);
						else content = null;
					}
				} else if (i - 1 > ss && toks[i - 1].value === ',' && i + 1 <= se && !isParticiple(t)) {
					// "The plan will fail, said Jane Doe." Not after a participle: in "X is not a party to
					// it, citing fears about ...", the noun phrase is what was cited, not who cited it (that
					// is the clause subject, found above, or nobody). A verb that seldom inverts needs a name
					// that ends the clause ("..., predicted Jane Doe, the former governor"), not an object
					// ("..., called the announcement a stunt").
					const s2 = subjectRight(toks, e, se);
					if (!s2) continue;
					const after = toks[s2.np[1]];
					// ("Ramil Carr, 31, a Boston photographer, said the rally was a success": a verb right after the
					// phrase makes it the subject of the clause said, and the words before the comma no clause)
					if (after && (after.pos === 'VERB' || after.pos === 'AUX') && !hasClauseVerb(toks, ss, i - 1)) continue;
					if (!INVERTING.has(t.lemma) && !(isNamed(toks, s2.np) && (!after || s2.np[1] >= se || [',', '.', '!', '?'].includes(after.value)))) continue;
					att = { cue: [i, e], np: s2.np, appos: s2.appos };
					content = trimRange(ctx, ss, i - 1);
				}
			}
			if (!att || !content || content[1] <= content[0]) continue;
			// ("asked how likely Clinton was to win, to which 21 percent said …": a relative clause opened by a
			// preposition and "which" after a comma is the writer's, about the whole report)
			for (let j = content[0] + 1; j + 2 < content[1]; j++)
				if (toks[j].value === ',' && toks[j + 1].pos === 'ADP' && /^(?:which|whom)$/.test(toks[j + 2].normal) && ctx.inQuote[j] < 0) {
					content = [content[0], j];
					break;
				}
			// ("spoke out about Mr. Vale's handling of …": a clause never opens with the possessive of the
			// name the cue's object ended at; that phrase is the topic, not what was said)
			const opener = toks[content[0]];
			if (/^['’]s$/i.test(opener.value) || (/^['’]$/.test(opener.value) && toks[content[0] - 1]?.end === opener.start && /s$/i.test(toks[content[0] - 1].value))) continue;
			// ("calling him, among other things, “a failed candidate.”": the one named, an aside, and the name in
			// marks are the direct quote's; no report of its own)
			if (NAMING.has(t.lemma) && opener.pos === 'PRON' && toks[content[0] + 1]?.value === ',' && ctx.cueAt(i) > 0 && toks.slice(content[0], content[1]).some((_, k) => ctx.isMark[content![0] + k])) continue;
			// ("Brown said on Boston Herald Radio's Morning Meeting program.": where, when or on what channel,
			// with no clause of its own, is not what was said; review SS of the 54th stop)
			if (TIME_PLACE_PREPS.has(opener.normal) && opener.pos === 'ADP' && !toks.slice(content[0], content[1]).some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !isCap(x)))) continue;
			// ("they should respond by suggesting that critics are biased": the means, not what was said; the
			// participle's own report is found at it; review V of the 39th stop)
			// (only a participle of saying: "concluded by implying that …" keeps its report)
			if (opener.normal === 'by' && content[0] === e && isParticiple(toks[content[0] + 1] ?? opener) && ctx.cueAt(content[0] + 1) >= 0) continue;
			// ("whether what he is proposing is politically realistic": the cue is inside a subject that "what"
			// opens, and the verb after it is the sentence's, not the start of what was said, review 38; "the
			// meddling the congressman said is designed …" reports)
			if (opener.pos === 'AUX' && !/ing$/.test(opener.normal) && !ctx.isMark[content[0] - 1] && toks.slice(Math.max(ss, i - 4), i).some((x) => x.normal === 'what' || x.normal === 'whatever')) continue;
			const cs = toks[content[0]].start;
			const ce = toks[content[1] - 1].end;
			if (countWords(text, cs, ce, 3) < 3) continue;
			const speaker = speakerOf(ctx, att);
			if (!speaker) continue;
			out.push({ start: cs, end: ce, kind: 'indirect', speaker, cue: att.cue });
		}
	}
	endAtJoinedCues(ctx, out);
	return out;
}

const DASHES = new Set(['–', '—', '-', '--']);

/** Prepositions of a manner, place, time or channel phrase between a cue and its "that" ("replied in an even voice that"). */
const MANNER_PREPS = new Set(['in', 'with', 'on', 'at', 'during', 'by', 'over', 'through', 'via', 'from']);
/** Words of such a phrase: "an even voice", "a rally in Ohio", "the phone". */
const PHRASE_POS = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM', 'ADP']);
/** "Ohio's", "his" before a noun in such a phrase. */
const isPossessiveTok = (t: Token) => t.pos === 'PRON' && /^(?:his|her|their|its|my|our|your)$/.test(t.normal);
/** Verbs of telling someone to do something: their object and its infinitive report the order ("ordered the office to release the video"). */
const DIRECTIVES = new Set(['order', 'instruct', 'direct', 'command', 'encourage', 'implore', 'beg', 'invite', 'challenge', 'call', 'press', 'push']);
/** Words read as prepositions that open a clause ("questioned whether the server thwarted …"). */
const CLAUSE_PREPS = new Set(['whether', 'if', 'that', 'how', 'why']);
/** Words a relative clause opens with: a verb right after one is that clause's. */
const RELATIVE_STARTS = new Set([...RELATIVE_PRONOUNS, 'that']);
/** How a clause that opens with its subject starts: "It was, he said, …", "The war was, she said, …". */
const SUBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

