// The subject of a reporting verb with its apposition: left of it ("Jane Doe, Acme's director, said",
// subjectLeft) or right of an inverted one ("said Jane Doe, Acme's director", subjectRight). Split
// from phrases.ts, whose noun-phrase boundaries (npLeft, npRight) it reads.
import type { Token } from '../types.js';
import { canSpeak, isPastParticiple } from './cues.js';
import { isAcronym } from './name-words.js';
import { personNouns, placeNames } from './data.js';
import { QUANTIFIERS, TIME_MODIFIERS, TIME_PLACE_PREPS, TIME_WORDS, isCap, isTimePhrase } from './mentions.js';
import { ON_PLACE, campusOf, endsInPlace, npLeft, npRight, npToken, skipLeftAux, townAndState } from './phrases.js';
import { asideOpenBefore } from './dash-asides.js';
import { canSpeakHead, postModifiedHead, restrictedSubject } from './subject-modifiers.js';
import { TIME_OR_CAUSE } from './mention-words.js';


/** An appositive's opening ("Davis, a congressman, …"): an indefinite article. */
const APPOSITIVE_ARTICLES = new Set(['a', 'an']);

/**
 * The subject before a verb at token v: "Jane Doe said", "Jane Doe, Acme's director, said",
 * "Jane Doe, who heads Acme, said". Returns the name mention range and an appositive range.
 */
export function subjectLeft(toks: Token[], v: number, lo: number, joined = 0): { np: [number, number]; appos: [number, number] | null; mention?: [number, number] } | null {
	let j = skipLeftAux(toks, v - 1, lo);
	if (j < lo) return null;
	// "the report on Wednesday for the first time cited …": a phrase of how often right before the verb
	// says when, not who (review QQ of the 52nd stop had "Wednesday" speak)
	j = beforeOccasion(toks, j, lo);
	// "65 women … defended his character and said he …": a verb joined by "and" to an earlier one (with
	// its object between) shares that verb's subject
	const and = toks[v - 1]?.normal === 'and' ? v - 1 : -1;
	// (three verbs back at most: a long chain of "and"s is not followed verb by verb)
	if (and > lo && toks[v].pos === 'VERB' && joined < 3) {
		// "Podesta said Gates was not working for the party and said Manafort was not involved", "Kirsch told
		// the AP her group never worked with him and said …": a second verb of saying after "and" is the
		// first one's subject's, not that of the clause it reported (review EE of the 43rd stop)
		// (in the same tense: "he would sit the minister down and tell him to resign" is one report)
		const tense = SAID.get(toks[v].normal);
		if (tense) {
			for (let w2 = and - 1; w2 > lo && toks[w2].sentence === toks[v].sentence; w2--) {
				// (not over a clause of its own between them: "Tom told Ann Lee, who answered her door and said …",
				// "… when the police located her and told her to leave")
				if (toks[w2].normal === 'who' || toks[w2].normal === 'which' || (toks[w2].pos === 'SCONJ' && toks[w2].normal !== 'that')) break;
				if (toks[w2].pos !== 'VERB' || SAID.get(toks[w2].normal) !== tense) continue;
				const first = subjectLeft(toks, w2, lo, joined + 1);
				if (first && canSpeakHead(toks[first.np[1] - 1])) return first;
				break;
			}
		}
		let w = and - 1;
		while (w > lo && and - w <= 6 && toks[w].pos !== 'VERB' && !/^[,;:.!?]$/.test(toks[w].value)) w--;
		// ("smiled and said", "overruled and said", "had served in Vietnam and said": not a passive's
		// "were caused … and called")
		// (those two only in the sentence's own clause, not in one it reports: "Kasich said he'd sit Putin
		// down and tell him …" is one report)
		const plain = w > lo && w < and - 1 && toks[w - 1].pos !== 'AUX';
		let shared = w > lo && toks[w].pos === 'VERB' && toks[w].sentence === toks[v].sentence && !(toks[w - 1].pos === 'AUX' && toks[w - 1].lemma === 'be') ? subjectLeft(toks, w, lo, joined + 1) : null;
		// (a verb before the subject with no comma between; "When Mook was asked …, he laughed and said" is his)
		if (shared && !plain) for (let k = shared.np[0] - 1; k >= lo && toks[k].value !== ','; k--) if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') (shared = null), (k = lo);
		// (someone who can speak: a name, a pronoun, a word for a person or an organisation; not "the
		// deaths were caused … and called")
		if (shared && canSpeakHead(toks[shared.np[1] - 1])) return shared;
	}
	// "Igor Sadikov, who in February posted …", "who on Monday said": a time between the relative
	// pronoun and its verb is when, not who; so is one after an aside ("Trump, who has been feuding …,
	// on Friday described": the speaker had been "Friday")
	if (['in', 'on', 'last', 'this', 'early', 'late'].includes(toks[j - 1]?.normal ?? '') && TIME_WORDS.has(toks[j].normal) && (toks[j - 2]?.normal === 'who' || (toks[j - 2]?.value === ',' && j - 3 >= lo))) j -= 2;
	// "Jane Doe, who heads Acme, said" is handled below; "Jane Doe, who said" here, and "Acme Media,
	// which said" (an organisation, a report or a document speaks through "which")
	// (and "this tweet from Jane Doe who tweeted, …": a name right before "who", its comma left out; review
	// Z of the 41st stop)
	// (a name of two words or more after "from" or "by": "a reply from Jane Doe who wrote"; not "Senate
	// Republicans who support him warned …", a restrictive clause on a group)
	let bareWho = toks[j].normal === 'who' && j - 2 >= lo && toks[j - 1].pos === 'PROPN' && isCap(toks[j - 1]) && toks[j - 2].pos === 'PROPN' && isCap(toks[j - 2]);
	if (bareWho) {
		let b = j - 2;
		while (b - 1 >= lo && toks[b - 1].pos === 'PROPN' && isCap(toks[b - 1])) b--;
		bareWho = toks[b - 1]?.normal === 'from' || toks[b - 1]?.normal === 'by';
	}
	if ((toks[j].normal === 'who' || toks[j].normal === 'which') && j - 1 > lo && (toks[j - 1].value === ',' || bareWho)) {
		const np = npLeft(toks, bareWho ? j - 1 : j - 2, lo, true);
		if (!np) return null;
		// "which" stands for a name or something that can speak ("a UN panel, which said"); not "a page
		// on health care, which recounts", where the nearest phrase is the topic
		if (toks[j].normal === 'which' && !isCap(toks[np[1] - 1]) && !canSpeak(toks[np[1] - 1])) return null;
		// "The Realist Report, an independent media outlet, which describes": the relative pronoun
		// follows an appositive; its antecedent is the name the appositive describes
		if (APPOSITIVE_ARTICLES.has(toks[np[0]].normal) && toks[np[0] - 1]?.value === ',' && np[0] - 2 >= lo && isCap(toks[np[0] - 2])) {
			const named = npLeft(toks, np[0] - 2, lo);
			if (named && isCap(toks[named[1] - 1])) return { np: named, appos: np };
		}
		// ("Pierre de Vos, a professor at the University of Cape Town in South Africa, who likened …": a
		// "who" after a preposition's object that ends an appositive is the named person's, not the place's)
		if (toks[j].normal === 'who' && toks[np[0] - 1]?.pos === 'ADP') {
			let c = np[0] - 1;
			while (c > lo && toks[c].value !== ',' && np[0] - c < 25) c--;
			if (toks[c]?.value === ',' && APPOSITIVE_ARTICLES.has(toks[c + 1].normal) && c - 1 >= lo && isCap(toks[c - 1])) {
				const named = npLeft(toks, c - 1, lo);
				if (named && isCap(toks[named[1] - 1])) return { np: named, appos: [c + 1, j - 1] };
			}
		}
		// The mention runs to the relative pronoun, the cue's grammatical subject.
		return { np, appos: null, mention: [np[0], j + 1] };
	}
	// "Voters who back Lee say …", "Those who know him say …": a restrictive relative clause on the subject
	// ends right before the verb; the subject is its head with the clause, not the clause's object
	const restricted = restrictedSubject(toks, j, lo);
	if (restricted) return { ...restricted, appos: null };
	// "Gov. John Kasich (R-OH), said": a stray comma after the party label (not the comma that closes an
	// appositive ending in a short form: "Jane Roe, a spokeswoman for Health and Human Services (HHS), said")
	if (toks[j].value === ',' && toks[j - 1]?.value === ')' && j - 1 >= lo && shortFormBefore(toks, j - 1, lo) < 0) j--;
	// "Jane Doe (D-Ohio) said": skip the parenthesis.
	if (toks[j].value === ')') {
		let k = j - 1;
		while (k > lo && toks[k].value !== '(' && j - k < 12) k--;
		if (toks[k]?.value === '(') j = k - 1;
		if (j < lo) return null;
	}
	// "Robert Royal—signaling growing alarm—has written", "Jane Smith -- who led the inquiry -- said":
	// an aside between dashes, read as one between commas (an appositive when it is a noun phrase)
	const dash = asideOpenBefore(toks, j, lo);
	if (dash >= 0) {
		const before = npLeft(toks, dash - 1, lo);
		if (!before) return null;
		// (not the last of a list or the object of a preposition: "The sheriff, alluding to … the F.B.I.,
		// and MGM — supposedly … — said" is the sheriff's)
		const b = toks[before[0] - 1];
		if (b && before[0] > lo && (b.pos === 'CCONJ' || (b.pos === 'ADP' && b.normal !== 'than' && b.normal !== 'as'))) return null;
		const ap = npRight(toks, dash + 1, j);
		return { np: before, appos: ap && ap[1] === j && !['who', 'which'].includes(toks[dash + 1].normal) ? ap : null };
	}
	let moved = false;
	let stateEnd = -1;
	for (let asides = 0; toks[j]?.value === ',' && asides < 3; asides++) {
		// appositive or relative clause between commas
		let k = j - 1;
		let depth = 0;
		while (k >= lo && toks[k].value !== ',' && depth < 40) {
			k--;
			depth++;
		}
		if (k < lo || toks[k].value !== ',') {
			// the long aside began right after the subject ("Clinton, during … in Columbus, Ohio, said")
			if (moved) {
				const np0 = npLeft(toks, j - 1, lo);
				return np0 ? { np: np0, appos: null } : null;
			}
			return null;
		}
		// ("Tom Vale, a delegate from Houston, Texas, said", "A spokesman for the mayor of Springfield, Ill.,
		// said": the comma between a town and its state opens no aside; the aside, if any, began before)
		if (k > lo && townAndState(toks, [k + 1, j], lo)) {
			const town = k;
			k--;
			while (k >= lo && toks[k].value !== ',' && depth < 40) {
				k--;
				depth++;
			}
			// (no comma before it: the town and its state end the subject, "A woman in Worcester, Massachusetts, said")
			// (read as the town right before the verb would be, then the state joined on when the subject ends
			// in the town: "Federal officials familiar with the server taken from her house in Chappaqua, N.Y.,
			// said" is the officials', as it is without the state; review RR of the 53rd stop had "Chappaqua,
			// N.Y." speak)
			if (k < lo || toks[k].value !== ',') {
				stateEnd = j;
				j = town - 1;
				break;
			}
		}
		const inner: [number, number] = [k + 1, j];
		// (an aside longer than fifteen words only when it is a relative clause or a participle phrase:
		// "Clinton, who served as secretary of state when …, conceded")
		// (or an appositive whose own relative clause makes it long: "Senator Mazie Hirono (D-Hawaii), one of
		// Judge Kavanaugh's fiercest critics who told men to “shut up” …, said")
		const ap0 = npRight(toks, toks[inner[0]].normal === 'one' && toks[inner[0] + 1]?.normal === 'of' ? inner[0] + 2 : inner[0], j);
		const relativeInside = !!ap0 && ['who', 'that', 'which'].includes(toks[ap0[1]]?.normal ?? '');
		if (depth >= 15 && !relativeInside && !(['who', 'which', 'whose'].includes(toks[inner[0]].normal) || (toks[inner[0]].pos === 'VERB' && /(?:ing|ed)$/.test(toks[inner[0]].normal)))) return null;
		// "Sen. Richard J. Durbin (D-Ill.), noting …, said": the party label before the aside
		let kb = k - 1;
		if (toks[kb]?.value === ')') {
			let q = kb - 1;
			while (q > lo && toks[q].value !== '(' && kb - q < 12) q--;
			if (toks[q]?.value === '(') kb = q - 1;
		}
		const relative = ['who', 'which'].includes(toks[inner[0]].normal);
		// "Ramil Carr, 31, a Boston photographer, said": an age between the name and its appositive
		const aged = kb - 2 >= lo && toks[kb].pos === 'NUM' && toks[kb - 1].value === ',' && !relative;
		let before = npLeft(toks, aged ? kb - 2 : kb, lo);
		if (aged && (!before || !isCap(toks[before[1] - 1]))) return null;
		// "who was to travel to Columbus, Ohio, on Wednesday …, said", "a truck driver from Ava, Mo., who
		// …, said": a state after a town and a comma is the rest of the town's name, read as one place (the
		// state had been the speaker)
		if (before) before = townAndState(toks, before, lo) ?? before;
		// "Clinton, during a town hall meeting in Columbus, Ohio, said", "Cory James, 22, of Flint, Mich.,
		// said": the phrase before this comma is the object of a preposition, so part of a longer aside;
		// the subject is further left
		if (before && before[0] > lo && toks[before[0] - 1].pos === 'ADP' && toks[before[0] - 1].normal !== 'as') {
			let c = before[0] - 1;
			while (c > lo && toks[c].value !== ',' && before[0] - c < 20) c--;
			if (toks[c]?.value === ',' && c > lo) {
				// "According to AFP, one user on Weibo, which is …, posted": the comma closes a phrase that
				// opens the sentence; the subject is all that follows it, up to this aside
				let open = c - 1;
				while (open > lo && toks[open - 1].sentence === toks[c].sentence && toks[open - 1].value !== ',') open--;
				if ((open === lo || toks[open - 1].sentence !== toks[c].sentence) && (toks[open].pos === 'ADP' || toks[open].normal === 'according') && ON_PLACE.has(toks[before[0] - 1].normal)) {
					const head = before[0] - 2 > c ? npLeft(toks, before[0] - 2, c + 1) : null;
					if (head && head[0] === c + 1) return { np: [c + 1, before[1]], appos: null };
				}
				j = c;
				moved = true;
				continue;
			}
			// "Officials in Chappaqua, N.Y., on Monday, said", "Federal officials familiar with the server
			// taken from her house in Chappaqua, N.Y., last year, said": no comma before the phrase, so it ends
			// the clause's opening phrase; read as if the verb came right after the place (review RR of the 53rd
			// stop had the place speak; and before a relative clause, "A woman in Worcester, Massachusetts, who
			// asked not to be named, said")
			// (the clause opening with a noun phrase: not "During the call, he asked …, called"; the place after
			// a preposition of place; the aside a relative clause, a participle phrase or a phrase of time or
			// place, not an appositive: "One of his advisers, Tad Devine, told" is Devine's)
			const opener = toks[inner[0]];
			const aside = relative || opener.pos === 'ADP' || opener.pos === 'ADV' || (opener.pos === 'VERB' && /(?:ing|ed)$/.test(opener.normal)) || isTimePhrase(toks, inner[0], inner[1]);
			if (c === lo && toks[c].value !== ',' && aside && ON_PLACE.has(toks[before[0] - 1].normal) && npRight(toks, lo, before[0])?.[0] === lo) {
				const comma = toks.slice(before[0], before[1]).findIndex((x) => x.value === ',');
				stateEnd = comma >= 0 ? before[1] : -1;
				j = comma >= 0 ? before[0] + comma - 1 : before[1] - 1;
				break;
			}
		}
		// "Senator Richard Shelby, the Alabama Republican who heads the Senate Banking Committee, which
		// oversees the Fed, said": a relative clause on the object of a verb in an earlier aside; the
		// subject is before that aside
		if (before && before[0] > lo && toks[before[0] - 1].pos === 'VERB' && relative) {
			let c = before[0] - 1;
			let relativeVerb = false;
			while (c > lo && toks[c].value !== ',' && before[0] - c < 20) {
				if (['who', 'which', 'that'].includes(toks[c].normal)) relativeVerb = true;
				c--;
			}
			if (relativeVerb && toks[c]?.value === ',' && c > lo) {
				j = c;
				moved = true;
				continue;
			}
		}
		// "Sanders, meanwhile, who sits at zero, said": another aside before this one
		if (!before && k - 2 > lo && toks[k - 1].pos === 'ADV' && toks[k - 2]?.value === ',') {
			const b2 = npLeft(toks, k - 3, lo);
			if (b2) return { np: b2, appos: null };
		}
		if (!before) return null;
		// "Smith, in Kentucky, said" / "Smith, for his part, said": an aside, not an appositive; but when
		// the phrase before it is itself an appositive ("Davis, who was interviewed by The Daily Caller,
		// a conservative news site, after the photo emerged, called"), the subject is further left
		if ((toks[inner[0]].pos === 'ADP' || toks[inner[0]].pos === 'ADV') && APPOSITIVE_ARTICLES.has(toks[before[0]].normal) && toks[before[0] - 1]?.value === ',' && before[0] - 1 > lo) {
			j = before[0] - 1;
			continue;
		}
		if (toks[inner[0]].pos === 'ADP' || toks[inner[0]].pos === 'ADV') return { np: before, appos: null };
		// "An official, speaking on condition of anonymity, said": a participle phrase, also an aside.
		if (toks[inner[0]].pos === 'VERB' && /(?:ing|ed)$/.test(toks[inner[0]].normal)) return { np: before, appos: null };
		// "Cory James, 22, said": an age
		if (inner[1] - inner[0] === 1 && toks[inner[0]].pos === 'NUM') return { np: before, appos: null };
		// "A woman in Worcester, Massachusetts, told": the aside is the state of the place the phrase ends
		// in, part of the phrase, not the speaker's name
		if (!relative && inner[1] - inner[0] <= 3 && placeNames().has(toks.slice(inner[0], inner[1]).map((x) => x.value).join(' ')) && endsInPlace(toks, before)) {
			// ("Ann Lee, a teacher in Austin, Texas, said", "Ann Lee, who lives in Austin, Texas, said": that
			// phrase is itself an appositive or a relative clause, whose name is the subject; "lives" had
			// been taken for the speaker, a noun to the tagger)
			// (past a copula or an adverb: "who is now a pastor in Elizabeth, Colorado")
			let lead = before[0] - 1;
			while (lead > lo && before[0] - lead <= 3 && (toks[lead].pos === 'AUX' || toks[lead].pos === 'ADV')) lead--;
			const who = ['who', 'which'].includes(toks[lead]?.normal ?? '') ? lead - 1 : -1;
			const comma = who >= 0 ? who : lead;
			const named = comma > lo && toks[comma]?.value === ',' ? npLeft(toks, comma - 1, lo) : null;
			if (named && isCap(toks[named[1] - 1])) return { np: named, appos: who >= 0 ? null : [before[0], inner[1]] };
			return { np: [before[0], inner[1]], appos: null };
		}
		// (the short form in brackets that ends it is the organisation's: "… Human Services (HHS),")
		const short = shortFormBefore(toks, inner[1] - 1, inner[0] + 1);
		const apposEnd = short >= 0 ? short : inner[1];
		let apposNp = relative ? null : npRight(toks, inner[0], apposEnd);
		// ("the Foundation for Accountability and Civic Trust (FACT)": a name with "and" in it)
		if (!relative && short >= 0 && apposNp?.[1] !== apposEnd && toks.slice(inner[0], apposEnd).every((x) => isCap(x) || NAME_LINKS.has(x.normal))) apposNp = [inner[0], apposEnd];
		if (relativeInside && depth >= 15) return { np: before, appos: ap0 };
		if (!relative && (!apposNp || apposNp[1] !== apposEnd)) return null;
		return { np: before, appos: apposNp };
	}
	let np = npLeft(toks, j, lo);
	if (!np) return null;
	// ("Stephen Cohen of the University of California, Berkeley suggest": the campus ends the university's
	// name, which ends a modifier of the subject; review TT of the 54th stop had "Berkeley" speak)
	const campus = campusOf(toks, np, lo);
	if (campus >= 0) np = [toks[campus - 1]?.pos === 'DET' && campus - 1 >= lo ? campus - 1 : campus, np[1]];
	// "At the fish counter, …": the object of a preposition is not the subject of the word after it.
	// ("As the Post's Jane Roe wrote, …" is an attribution, though)
	if (np[0] - 1 === lo && toks[np[0] - 1].pos === 'ADP' && toks[np[0] - 1].normal !== 'as' && toks[v + 1]?.value === ',') return null;
	// "The staff member who reported the call recalled": the object of a relative clause is not the
	// subject; the phrase before "who" is.
	// (and over a clause the relative one reports: "The judges who ruled that Ohio could not enforce its law
	// said"; and after "whose": "The state officials whose laws have been invalidated say"; review DD of the
	// 42nd stop had the speakers "law" and "invalidated")
	let reported = false;
	for (let k = np[0] - 1, n = 0; k > lo && n < (reported ? 20 : 12) && toks[np[0]].pos !== 'PRON'; k--, n++) {
		const t = toks[k];
		if (/^[,.;:!?]$/.test(t.value)) break;
		if (t.normal === 'that' && t.pos === 'SCONJ') {
			// (not a name after it, the subject of a clause of its own: "camps that Mr. Obama argued …")
			if (reported || toks[np[1] - 1].pos === 'PROPN' || !toks.slice(lo, k).some((x) => x.normal === 'who')) break;
			reported = true;
			continue;
		}
		if (t.normal === 'whose' && k + 1 < np[0] && k - 1 > lo) {
			const before = npLeft(toks, k - 1, lo);
			if (before) np = before;
			break;
		}
		// (the word right after "who" is its verb, whatever the tagger made of it: "who lives/NOUN near")
		if ((t.normal === 'who' || (t.normal === 'that' && !reported)) && k + 1 < np[0] && (toks.slice(k + 1, np[0]).some((x) => x.pos === 'VERB') || (t.normal === 'who' && /s$/.test(toks[k + 1].normal)))) {
			const before = npLeft(toks, k - 1, lo);
			if (before) np = before;
			break;
		}
	}
	// "A source speaking to Fox News said", "The authors of the research published in the journal JAMA
	// Psychiatry argued": the phrase after the participle is not the subject.
	// (not a clause of its own after a word of time or cause whose subject can speak: "Thirteen months
	// passed before a federal judge ordered …" is the judge's order)
	const ownClause = TIME_OR_CAUSE.has(toks[np[0] - 1]?.normal ?? '') && (canSpeak(toks[np[1] - 1]) || isCap(toks[np[1] - 1]));
	// (and an irregular participle: "A copy of the memo seen by Reuters said" is the memo's; review QQ of the
	// 52nd stop had Reuters speak)
	if (np[0] - 2 > lo && !ownClause && toks[np[0] - 1].pos === 'ADP' && toks[np[0] - 2].pos === 'VERB' && (/(?:ing|ed)$/.test(toks[np[0] - 2].normal) || isPastParticiple(toks[np[0] - 2]))) {
		const before = npLeft(toks, np[0] - 3, lo);
		if (before) np = before;
	}
	// "The lawyer representing the family said", "The firm hired to audit the accounts said", "The group
	// behind the protest said": the phrase before the verb is the object of a modifier of the clause's
	// first noun phrase, which is the subject (postModifiedHead)
	const head = postModifiedHead(toks, np, lo);
	if (head) np = head;
	// "Sanders last week said", "Clinton Saturday told": a time after the subject is not part of it.
	if (!isTimePhrase(toks, np[0], np[1])) {
		let t = np[1];
		while (t - 1 > np[0] && (TIME_WORDS.has(toks[t - 1].normal) || (TIME_MODIFIERS.has(toks[t - 1].normal) && t < np[1]))) t--;
		if (t < np[1] && isTimePhrase(toks, t, np[1])) np = [np[0], t];
	} else if (np[0] - 1 >= lo && !TIME_PLACE_PREPS.has(toks[np[0] - 1].normal)) {
		// "Sanders (I-Vt.) Saturday criticized", "Priebus later Thursday told": the whole phrase is the
		// time; the subject is before it.
		let k = np[0] - 1;
		while (k > lo && toks[k].pos === 'ADV') k--;
		if (toks[k].value === ')') {
			while (k > lo && toks[k].value !== '(') k--;
			k--;
		}
		// "A government statement released Tuesday states": the phrase before the participle the time
		// belongs to
		if (k > lo && toks[k].pos === 'VERB' && /(?:ed|en)$/.test(toks[k].normal) && npToken(toks[k - 1])) k--;
		const before = k >= lo ? npLeft(toks, k, lo) : null;
		if (before) np = before;
	}
	// "Sanders (I-Vt.) on Saturday criticized", "Obama on Friday declared": the phrase before the verb
	// is a time or place, the subject is before it.
	if (np[0] - 1 > lo && TIME_PLACE_PREPS.has(toks[np[0] - 1].normal) && np[1] - np[0] <= 3) {
		let k = np[0] - 2;
		if (toks[k].value === ')') {
			while (k > lo && toks[k].value !== '(' ) k--;
			k--;
		}
		const before = k >= lo ? npLeft(toks, k, lo) : null;
		if (before) np = before;
	}
	// "Tom Edwards and others said", "Vale and his partner said", "Vale and other senators said": the one
	// named speaks for them
	if (np[0] - 2 >= lo && toks[np[0] - 1].normal === 'and' && (UNNAMED_COMPANY.has(toks[np[1] - 1].normal) || toks[np[0]].normal === 'other') && toks[np[0] - 2].pos === 'PROPN') {
		const named = npLeft(toks, np[0] - 2, lo);
		if (named && isCap(toks[named[0]]) && (named[0] === lo || /^[,;:]$/.test(toks[named[0] - 1].value) || toks[named[0] - 1].sentence !== toks[named[0]].sentence)) np = named;
	}
	// ("A woman in Worcester, Massachusetts, said": the town's state joined on)
	if (stateEnd >= 0 && np[1] === j + 1) np = [np[0], stateEnd];
	return { np, appos: null };
}


/** Verbs of saying that report a clause, by tense, for "said … and said …", "told … and said …" (not "she said, meaning that he … and says …"). */
const SAID = new Map<string, 'past' | 'present'>([
	...['said', 'told', 'added', 'noted', 'argued', 'insisted', 'claimed', 'contended', 'wrote'].map((w) => [w, 'past'] as const),
	...['says', 'tells', 'adds', 'notes', 'argues', 'insists', 'claims', 'writes'].map((w) => [w, 'present'] as const)
]);

/** Words for the unnamed people named alongside someone: "X and others", "X and his partner". */
const UNNAMED_COMPANY = new Set(['others', 'partner', 'partners', 'colleagues', 'colleague', 'aides', 'allies', 'friends', 'supporters', 'surrogates', 'advisers', 'advisors', 'staff', 'lawyers', 'attorneys', 'wife', 'husband', 'family', 'team']);

/** The small words inside an organisation's name ("the Foundation for Accountability and Civic Trust"). */
const NAME_LINKS = new Set(['the', 'of', 'for', 'and', '&', 'on', 'in']);

/**
 * The opening bracket of a short form in capitals closing at token c ("(HHS)", "(ICE)", "(U.N.)"), not a
 * party label ("(R-OH)", "(D)"), when it starts at or after lo; else -1.
 */
function shortFormBefore(toks: Token[], c: number, lo: number): number {
	if (toks[c]?.value !== ')') return -1;
	const o = c - 2 >= lo && toks[c - 2].value === '(' ? c - 2 : -1;
	return o >= 0 && isAcronym(toks[c - 1].value) ? o : -1;
}

/** The subject after an inverted verb: "said Jane Doe, Acme's director". */
export function subjectRight(toks: Token[], i: number, hi: number): { np: [number, number]; appos: [number, number] | null } | null {
	let np = npRight(toks, i, hi, true);
	// "said one of two witnesses", "said some of the protesters": the whole "one of …" phrase
	if ((!np || np[1] === i + 1) && QUANTIFIERS.has(toks[i]?.normal ?? '') && toks[i + 1]?.normal === 'of') {
		const rest = npRight(toks, i + 2, hi);
		if (rest) np = [i, rest[1]];
	}
	if (!np) return null;
	np = titlesJoined(toks, np, hi);
	let appos: [number, number] | null = null;
	if (np[1] < hi && toks[np[1]].value === ',') appos = npRight(toks, np[1] + 1, hi);
	return { np, appos };
}

/**
 * "Acme president and CEO Tim Vale": a phrase that is only a title, then "and" and a title with the
 * name, is one person with two titles; the whole is the speaker phrase. (Two names joined by "and",
 * "Phil Berger and Tim Moore", are two people: not joined here.)
 */
export function titlesJoined(toks: Token[], np: [number, number], hi: number): [number, number] {
	const last = toks[np[1] - 1];
	// (no determiner: "the senator and Tim Moore" may be two people)
	if (toks[np[1]]?.normal !== 'and' || !last || toks[np[0]].pos === 'DET' || !personNouns().has(last.normal)) return np;
	const np2 = npRight(toks, np[1] + 1, hi, true);
	return np2 && toks[np2[1] - 1].pos === 'PROPN' && np2[1] - np2[0] >= 2 ? [np[0], np2[1]] : np;
}

/** Nouns of an occasion a phrase of time counts: "for the first time", "for the third straight year". */
const OCCASIONS = new Set(['time', 'times', 'occasion']);

/**
 * Where the subject before token j ends, past a phrase of how often that ends right there ("for the first
 * time", "for a second time", "at the same time"): the token before its preposition; j itself otherwise.
 */
function beforeOccasion(toks: Token[], j: number, lo: number): number {
	if (!OCCASIONS.has(toks[j]?.normal ?? '')) return j;
	let k = j - 1;
	while (k > lo && j - k <= 4 && ['DET', 'ADJ', 'NUM'].includes(toks[k].pos)) k--;
	return k > lo && (toks[k].normal === 'for' || toks[k].normal === 'at') && k < j - 1 ? skipLeftAux(toks, k - 1, lo) : j;
}
