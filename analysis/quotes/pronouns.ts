// Pronouns: which entity mentioned before a "he", "she", "it" or "they" it means. The last one that
// agrees (cluster.ts agrees()), within a few paragraphs and a hundred mentions, with three
// preferences a reader has: a subject over the object of a preposition in one sentence, the subject of the sentence
// before over someone it names later, and a group of people over an organisation for "they".
import type { Cluster, PronounClass } from './cluster.js';
import { agrees } from './cluster.js';
import { upperBound } from '../sorted.js';

/** One mention on the article's timeline, in text order (coref.ts keeps it). */
export interface TimelineEntry {
	at: number;
	/** Where the mention ends ("EDL leader Tommy Robinson": its name's last word, not its title's first). */
	end: number;
	c: Cluster;
	quoted: boolean;
	paragraph: number;
	/** After a preposition ("the offices of Omar"): a weaker antecedent for "he"/"she" than a subject. */
	oblique?: boolean;
	/** Before an "'s" ("Ryan's comments"): the owner of a phrase, not its sentence's subject. */
	possessor?: boolean;
	/** In a line with no sentence end (a headline, a link). */
	headline?: boolean;
}

/** How far back (in paragraphs) a pronoun or a description may reach for its entity. */
export const PRONOUN_REACH = 3;
/**
 * And how many mentions back, at most: a paragraph can be as long as a whole text (a transcript, a
 * paste without blank lines), and walking back over all of it for every pronoun was quadratic. A
 * pronoun's antecedent is within the last few sentences; a hundred mentions is several paragraphs.
 */
const PRONOUN_LOOKBACK = 100;

/** What the scan tells about the text around a mention (set on the entity index by entities.ts). */
export interface AntecedentHooks {
	/** The start of the sentence before the one at an offset, and of that one, when both are in one paragraph. */
	previousSentence: ((offset: number) => [number, number] | null) | null;
	/** Where the sentence with an offset starts. */
	sentenceStartAt?: ((offset: number) => number) | null;
	/** Is the mention at an offset (ending at `end`) the speaker of a speech verb right beside it ("Haig said", "said Haig")? */
	speaksAt: ((offset: number, end?: number) => boolean) | null;
	/** … and is that speech verb "ask" ("Tapper asked whether …")? */
	asksAt?: ((offset: number, end?: number) => boolean) | null;
	/** Is the name at an offset a modifier of a noun after it ("Trump campaign chairman")? */
	modifierAt: ((offset: number) => boolean) | null;
	/** … of a noun a possessive pronoun owns ("their Facebook page")? */
	ownedModifierAt: ((offset: number) => boolean) | null;
	/** Is the offset in a line in title case with no sentence end (a headline, a video's title)? */
	titleLineAt?: ((offset: number) => boolean) | null;
	/** Is a noun for a person of this gender ("girl", "mother") written between the two offsets? */
	genderedNounBetween?: ((from: number, to: number, gender: 'm' | 'f') => boolean) | null;
	/** Is someone the scan knows by no name, a definite description of a person ("the mayor"), written between the two offsets in the sentence of the second, and no one's description yet? */
	unnamedPersonBefore?: ((from: number, to: number) => boolean) | null;
	/** The lower-case words of up to three tokens right before an offset, nearest first. */
	wordsBefore?: ((offset: number) => string[]) | null;
	/** Where the main clause of the sentence starting at an offset starts, after a clause it opens with ("Asked whether …, Ban demurred"); the offset itself when it opens with none. */
	mainClauseAt?: ((sentenceStart: number) => number) | null;
	/** Is an offset inside brackets its sentence opened before it, an aside ("(Sen. Paul Tsongas won here)")? */
	bracketedAt?: ((offset: number) => boolean) | null;
	/** When the pronoun at an offset is the subject of a cue after what it reports (", they say."), where that report starts; else -1. */
	reportBeforeAt?: ((offset: number) => number) | null;
}

/**
 * The entity a pronoun of class `p` at offset `at` (in paragraph `para`) refers to, among the mentions
 * on `timeline` before it that `allowed` accepts; null when none agrees. Inside quoted words
 * (`quoted`) names in quotes count too.
 */
export function antecedent(timeline: readonly TimelineEntry[], p: PronounClass, at: number, para: number, quoted: boolean, allowed: (c: Cluster) => boolean, hooks: AntecedentHooks, subject = false): Cluster | null {
	const k = upperBound(timeline, at - 1, (x) => x.at);
	let found: Cluster | null = null;
	// (where the mention that gave `found` is)
	let foundAt = -1;
	const stop = Math.max(-1, k - 1 - PRONOUN_LOOKBACK);
	// ("'We Got Her!' Video Shows Dramatic Rescue of Kidnapped Girl", a related video's title among the
	// paragraphs): a pronoun in a headline means no one the story named before it
	const inHeadline = hooks.titleLineAt?.(at) ?? false;
	// ("Republican nominee Donald Trump, who he blasted as a bully": the subject of a relative clause is
	// not the one the clause is about, the mention right before its "who")
	const head = p !== 'it' && /^whom?$/.test(hooks.wordsBefore?.(at)[0] ?? '') ? k - 1 : -1;
	// ("…, the Hofstra University debate could be decisive, they say", "The program … has expanded well
	// beyond its original intent, they say": the ones who say it are no organisation or thing named in what
	// they say; review PP of the 49th stop had Hofstra University speak. A person may be: "Ms. Nwanguma was
	// shocked by the reaction, she said" is hers, as news paraphrases)
	const report = hooks.reportBeforeAt?.(at) ?? -1;
	for (let j = k - 1; j > stop; j--) {
		const e = timeline[j];
		if (j === head || (report >= 0 && e.at >= report && e.c.kind === 'org')) continue;
		if (para - e.paragraph > PRONOUN_REACH || (inHeadline && (!e.headline || e.paragraph !== para))) break;
		// Names inside someone's quoted words are not what the writer's "he" points to.
		if (e.quoted && !quoted) continue;
		if (e.headline && e.paragraph !== para) continue;
		// ("Hong Kong Polytechnic University was besieged …" two paragraphs before "Meanwhile, they note that
		// …": "they" is people far more often than an organisation, which it means only when named in this
		// paragraph or the one before)
		if (p === 'they' && e.c.kind === 'org' && !e.c.plural && para - e.paragraph > 1) continue;
		// ("On their Facebook page, they wrote": the page is theirs, Facebook is no one they could be;
		// asked only of a candidate that agrees, so the walk back stays cheap)
		if (agrees(e.c, p) && allowed(e.c) && !hooks.ownedModifierAt?.(e.at)) {
			found = e.c;
			foundAt = e.at;
			break;
		}
	}
	// "During the call, he asked …" after "… the call to the offices of Omar": a subject of the sentence
	// that names the one found is a likelier antecedent of he/she than the object of a preposition;
	// so for "it" ("Boeing is one of the bidders. In a statement released the day the proposals were due
	// to NASA, it said …")
	if (found && (p === 'he' || p === 'she' || p === 'it')) {
		const ownSentence = hooks.sentenceStartAt?.(at) ?? Infinity;
		// (only as far back as the sentence of the mention found, or the pronoun's own when that is earlier:
		// "Clinton took some shots at Sanders, particularly on his plan" is Sanders, not a man named
		// paragraphs before, nor is "Lawmakers are uneasy about Trump's statements, including his proposal"
		// anyone the paragraph before made a subject; measured on pronouns-real.tsv, 22 more right of 783)
		const scope = p === 'it' ? -Infinity : Math.min(ownSentence, hooks.sentenceStartAt?.(foundAt) ?? -Infinity);
		// ("Like Vale, he said …": a "he" or "she" that is its clause's subject, after the one found in a phrase
		// the sentence opens with, may mean the subject of the sentence before in the paragraph)
		const ext = subject && foundAt >= ownSentence ? (hooks.previousSentence?.(at)?.[0] ?? scope) : scope;
		for (let j = k - 1; j > stop && para - timeline[j].paragraph <= 1; j--) {
			const e = timeline[j];
			if (e.at < scope && (e.at < ext || e.paragraph !== para)) break;
			if (e.quoted && !quoted) continue;
			if (e.headline && e.paragraph !== para) continue;
			if (!agrees(e.c, p) || !allowed(e.c) || j === head) continue;
			if (e.c === found) {
				if (!e.oblique) break;
				continue;
			}
			// ("Price said the marchers wanted to send a message to Mayor Ellen Ward that she is losing support":
			// someone of that gender named after a preposition in the pronoun's own clause is the likelier he
			// or she than a subject the text never gave a gender)
			// (in the pronoun's own sentence an owner is no subject: "But Ryan's comments could fuel Trump's
			// concern that he …" is Trump; in the sentence before it may be: "Taylor Swift's albums were
			// bought by a company owned by Scooter Braun. In a post she described …")
			if (!e.oblique && !(e.possessor && foundAt >= ownSentence) && !(found.gender && !e.c.gender && foundAt >= ownSentence)) {
				// the nearest agreeing subject before the oblique mention
				found = e.c;
				foundAt = e.at;
				break;
			}
		}
	}
	// "Figgins declined to say whether Thomas slept on the night Epstein died. “…,” he said": of the
	// people the sentence before names, its subject (the first named, outside a preposition, not a
	// name modifying a noun: "Trump campaign chairman Paul Manafort said …") is the
	// likelier "he" than the one named last. (At most 50 mentions of that sentence are read.) Not when
	// the pronoun's own sentence names it first: "Trump was defending … when he told …". When that
	// sentence opens with a clause of its own, its subject is the name after the clause: "Asked whether
	// he was concerned that Donald Trump could be the next president, Ban demurred. ¶ "…," he said." is
	// Ban (a Washington Post text had 12 of Ban's pronouns on Trump).
	if (found && (p === 'he' || p === 'she') && !quoted) {
		const r = hooks.previousSentence?.(at);
		if (r && foundAt < r[1]) {
			let subject: Cluster | null = null;
			let speaker: Cluster | null = null;
			let foundThere = false;
			// (a "he said" right after the sentence before gave someone's words: 'Paddock arrived … "very
			// polite," Haig said. "At no time did I see anything suspicious," he said.' is Haig speaking on)
			const speaks = hooks.speaksAt?.(at) ?? false;
			const main = hooks.mainClauseAt?.(r[0]) ?? r[0];
			for (let j = upperBound(timeline, r[0] - 1, (x) => x.at), n = 0; j < k && n < 50 && timeline[j].at < r[1]; j++, n++) {
				const e = timeline[j];
				if (e.quoted || !agrees(e.c, p) || !allowed(e.c)) continue;
				// (not one named in an aside in brackets: "The state's history (Sen. Paul Tsongas won the 1992
				// primary here) makes this a contest Sanders must win. He has built …" is Sanders; review LL of
				// the 47th stop)
				if (!subject && e.at >= main && !e.oblique && !hooks.modifierAt?.(e.end - 1) && !hooks.bracketedAt?.(e.at)) subject = e.c;
				// (not one who speaks in the clause the sentence opens with: "When Trump suggested that …, Rubio
				// fired back …. ¶ And he continued on" is Rubio; review II of the 46th stop)
				// (nor one who asks: 'Ryan did not exude confidence when Tapper asked whether …. ¶ "…," he said.' is
				// Ryan answering; review SS of the 54th stop)
				if (speaks && !speaker && e.at >= main && hooks.speaksAt?.(e.at, e.end) && !hooks.asksAt?.(e.at, e.end)) speaker = e.c;
				if (e.c === found) foundThere = true;
			}
			if (speaker) found = speaker;
			else if (subject && foundThere) found = subject;
		}
	}
	// "… an officer ordered. … looking for the little girl. At first, there was no sign of her.": someone
	// whose gender the text never gave is not the "she" when a girl, a woman or a mother was written
	// after them (she is someone the story has not named; the actors stage reads her from that noun)
	if (found && (p === 'he' || p === 'she') && !found.gender && hooks.genderedNounBetween?.(found.lastBefore(at), at, p === 'he' ? 'm' : 'f')) return null;
	// "Donald Trump spoke in Ohio. The party removed the mayor of Roanoke after he suggested …": someone
	// the sentence describes and does not name, after the last mention of the one found, is the likelier
	// he or she; the entity scan keeps no one for them, so no one (the actors stage reads them from that
	// description; review T of the 39th stop found the mayor's words given to Trump)
	if (found && (p === 'he' || p === 'she') && !quoted && hooks.unnamedPersonBefore?.(found.lastBefore(at), at)) return null;
	// "they" is people more often than an organisation: a group of people named in this paragraph
	// or the one before comes first.
	if (found && p === 'they' && !found.plural) {
		for (let j = k - 1; j > stop && para - timeline[j].paragraph <= 1; j--) {
			const e = timeline[j];
			if (e.c.plural && (!e.quoted || quoted) && allowed(e.c)) {
				found = e.c;
				break;
			}
		}
	}
	return found;
}
