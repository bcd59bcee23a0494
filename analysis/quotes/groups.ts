// Speaker groups: an entity's group from everything the article says of it (entityGroup), a speaker's from
// its affiliation, title and name (classifySpeaker), each read against the editable data file
// speaker-groups.tsv by group-match.ts. Nothing matched means 'unclassified': a wrong group would skew a
// workshop's comparison more than an honest "we don't know".
import type { Evidence, GroupRule, SpeakerGroup } from '../types.js';
import { CANDIDATE_PATTERN, type Cluster, type Facet } from './cluster.js';
import { companyWords, isRegionName, orgWords, personNouns, placeNames, relationNouns, stateKey, stateNames, titleWords } from './data.js';
import { WordMemo } from '../word-memo.js';
import { isDemonym } from './mentions.js';
import { outsideRoleAtEnd, relationWord } from './relations.js';
import { AGE_ONLY, OF_PLACE_ONLY, UNNAMED_ONLY } from './last-resort.js';
import { capitalised, matchGroup, matchHyphenated, norm } from './group-match.js';

export { PARTY_ADJECTIVES, loadGroupRules, matchGroup, parseGroupRules } from './group-match.js';

// Unicode-class patterns, compiled once (esbuild lowers a \p{…} literal for Node to a new RegExp at each use).
const CAP_OR_DIGIT = /^[\p{Lu}\d]/u;

/** A name that is a state, a capital or a seat of government (states.txt): "Ottawa says" is Canada's government. */
export function isStateName(name: string | null): boolean {
	return !!name && stateNameMemo.get(name);
}

// Asked about every name several times per article: each name's answer is kept (word-memo.ts).
const stateNameMemo = new WordMemo((name) => stateNames().has(stateKey(name)), 20_000);

/**
 * A company named in the text by its last word (company-words.txt): "Acme Energy", "Northwind
 * Airways", "Ardent Pharmaceuticals Inc." — a capitalised name (two words at least, the one before not
 * an article, "of" or a word of the list's "-" lines) whose last word is a company word and is not
 * followed by another capitalised word ("Acme Energy Agency" ends on "Agency"). Returns the company
 * word as written, or null.
 */
export function companyName(text: string | null): string | null {
	if (!text) return null;
	const { heads, not } = companyWords();
	const ws = text.split(/\s+/).map((w) => w.replace(/^[("“‘']+|[)"”’',;:]+$/g, '').replace(/['’]s$/, ''));
	const cap = (w: string | undefined) => !!w && CAP_OR_DIGIT.test(w);
	for (let i = 1; i < ws.length; i++) {
		const w = ws[i];
		const key = w.toLowerCase().replace(/\.$/, '');
		if (!heads.has(key) || !cap(w)) continue;
		const prev = ws[i - 1];
		if (!cap(prev) || ['the', 'a', 'an', 'of', 'and', 'for'].includes(prev.toLowerCase()) || not.has(prev.toLowerCase())) continue;
		if (cap(ws[i + 1]) && !heads.has(ws[i + 1].toLowerCase().replace(/\.$/, ''))) continue;
		if (ws.slice(0, i).some((x) => x === 'of')) continue;
		return w.replace(/\.$/, '');
	}
	return null;
}

/**
 * The group for a speaker: the affiliation is tried first (it names the organisation), then the title,
 * then the name (institutional speakers such as "the Foreign Ministry"). Within one field the longest
 * matching pattern wins. A name that is a state, a capital or a seat of government (states.txt) is
 * the government.
 */
export function classifySpeaker(rules: GroupRule[], affiliation: string | null, title: string | null, name: string | null): SpeakerGroup {
	// "Ottawa says", "Norway announced", "the Elysee claims": a state, its capital or its seat of
	// government speaking is its government (states.txt). Only the whole name counts, so "Jane Doe of
	// Norway" is grouped by her title and organisation as usual.
	if (isStateName(name)) return 'government';
	for (const field of [affiliation, title, name]) {
		const m = matchGroup(rules, field);
		if (m) return m.group;
	}
	return 'unclassified';
}

// ---------------------------------------------------------------- groups of entities, with evidence

/** Titles of someone who speaks for another: for a family or a person, they are that party's agent. */
const SPEAKS_FOR = new Set(['representative', 'representatives', 'spokesman', 'spokeswoman', 'spokesperson']);
const SPEAKS_FOR_PATTERN = 'speaks for a family or a person: their lawyer or agent';

/** "representatives of the family", "a spokesman for his sister": a title of speaking for someone, with a relation in the words. */
const speaksForSomeone = (pattern: string, ...texts: string[]) => SPEAKS_FOR.has(pattern) && texts.some((t) => relationWord(t, 0) !== null);

/** Words for the clergy of any faith. */
const CLERGY = /\b(?:imam|imams|rabbi|rabbis|pastor|pastors|priest|priests|bishop|bishops|archbishop|archbishops|cardinal|cardinals|cleric|clerics|mufti|reverend|rev\.)\b/i;

/** A priest's title written before the name: "Father", capitalised, alone. */
const PRIEST_TITLE = /^Father$/;

/** What relates a role to someone else ("the daughter of a pastor"): the role is the words before it. */
const RELATED_TO = /\s(?:of|for|to|by|with|from|at|in)\s/i;
/** Roles of people who belong to a place without speaking for it: students, patients, residents. */
/** A share of people: "40 percent of", "62% of", "a majority of", "two-thirds of", "one in five", "six in 10", "three out of four". */
const SHARE_OF = /^(?:\d[\d.,]*\s*(?:%|percent\b|per cent\b)|(?:a|the)\s+(?:slim\s+|narrow\s+|large\s+|clear\s+|small\s+)?(?:majority|minority|plurality|third|quarter|fifth)|(?:one|two|three)-(?:thirds?|quarters?|fifths?)|half|most|many)\s+of\s|^(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s/i;
/**
 * A candidate by the race they run in: "Republican presidential front-runner", "the Democratic nominee",
 * "a GOP hopeful", "candidate for governor" (not "Supreme Court nominee", "an Oscar nominee").
 */
const CANDIDATE_WORDS = /\b(?:presidential|republican|democratic|gop|mayoral|gubernatorial|senate|congressional|party(?:['’]s)?)\s+(?:\S+\s+){0,2}?(?:candidates?|front-?runners?|nominees?|hopefuls?|contenders?)\b|^the\s+front-?runner$|\b(?:candidates?|front-?runners?|nominees?|hopefuls?|contenders?)\s+for\s+(?:the\s+)?(?:president|presidency|governor|mayor|senate|congress|white\s+house|(?:\S+\s+)?nomination)\b/i;
/** A party's name for its followers (a title before a member's name in titles.txt): polled, they are voters. */
const PARTY_FOLLOWERS = new Set(['democrats', 'republicans', 'independents', 'conservatives', 'liberals', 'tories', 'progressives']);
/** A share word SHARE_OF knows, which a capital opening the sentence made a name of: "Half", "Most". */
const SHARE_WORD = /^(?:half|most|many)$/i;
/** Does a phrase open with a share of something ("a majority of likely voters", "40 percent of")? */
export const opensWithShare = (text: string): boolean => SHARE_OF.test(text);
/**
 * Is the phrase a share of people as a poll counts them ("40 percent of Democrats")? Not a share of a
 * body or of office holders ("a majority of the board", "two-thirds of senators"), who speak as such.
 */
function pollShare(text: string): boolean {
	const m = SHARE_OF.exec(text);
	if (!m) return false;
	for (const w of text.slice(m[0].length).toLowerCase().split(/[^\p{L}-]+/u)) if (w && !PARTY_FOLLOWERS.has(w) && (orgWords().has(w) || titleWords().has(w) || titleWords().has(w.replace(/s$/, '')))) return false;
	return true;
}
const PRIVATE_ROLE = /\b(?:student|students|undergraduate|undergraduates|pupil|pupils|schoolgirl|schoolboy|patient|patients|resident|residents|inmate|inmates|alumnus|alumna|alumni)$/i;

/** Words that may stand before a country's name or people in "the former Chinese leader". */
const LEADER_QUALIFIERS = new Set(['the', 'former', 'then', 'late', 'top', 'other', 'longtime', 'long-time', 'current', 'new', 'veteran']);

/**
 * "Chinese leader Xi Jinping", "Egyptian leader Al Sisi", "Israeli leaders", "North Korea's leader":
 * "leader" after a country's people or a country's name is the head of its government (a leader of
 * anything else, "civil rights leader", "EDL leader", is decided by what it leads).
 */
function countryLeader(text: string): boolean {
	const words = text.trim().split(/\s+/);
	const last = words.pop()?.toLowerCase();
	if (last !== 'leader' && last !== 'leaders') return false;
	while (words.length && LEADER_QUALIFIERS.has(words[0].toLowerCase())) words.shift();
	if (!words.length) return false;
	const country = words.join(' ').replace(/[’']s$/, '');
	return isStateName(country) || (DEMONYM_WORDS.test(country) && isDemonym(country.toLowerCase()));
}
/** One or two capitalised words: "Chinese", "North Korean". */
const DEMONYM_WORDS = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?$/u;

/** An office and where or to whom it is held: "ambassador to Ukraine". */
const OFFICE_TO = /^[^,]*?\S\s+to\s/i;
/** A title's words before its portfolio: "Secretary of the Treasury", "Minister of Defence". */
const PORTFOLIO_AFTER = /^\S+\s+of\s+(?:the\s+)?$/i;

/** Titles every kind of organisation has: with the organisation named, they do not decide its group. */
export const GENERIC_TITLES = new Set(['president', 'vice president', 'vice-president', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'chief', 'secretary', 'founder', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'officer', 'member', 'executive', 'manager', 'representative', 'representatives']);

/**
 * "local president of the prison workers' union", "prison union representatives": in a role where a
 * title any organisation has matched, the organisation the rest of the words name decides.
 */
function besideGenericTitle(rules: GroupRule[], text: string, title: string): { group: SpeakerGroup; pattern: string } | null {
	const rest = norm(text).replace(new RegExp(`\\b${title}s?\\b`, 'g'), ' ');
	const m = matchGroup(rules, rest);
	return m && m.group !== 'citizen' && !GENERIC_TITLES.has(m.pattern) ? m : null;
}

/** /^\p{Lu}/u, compiled once. */
const STARTS_UPPER = /^\p{Lu}/u;
/** "Afghan", "Chinese", "Dutch" as a capitalised word: a country's people, as a state's name is the state. */
const DEMONYM_FORM = /^\p{Lu}\p{Ll}+$/u;

/** A capitalised word in a title that is no title word and no state or place: an organisation's name ("InfoNation President"). */
function organisationInTitle(text: string): boolean {
	const titles = titleWords();
	return text.split(/\s+/).some((w) => STARTS_UPPER.test(w) && !titles.has(w.toLowerCase()) && !GENERIC_TITLES.has(w.toLowerCase()) && !isStateName(w) && !placeNames().has(w) && !(DEMONYM_FORM.test(w) && isDemonym(w.toLowerCase())));
}

export interface GroupDecision {
	group: SpeakerGroup;
	evidence: Evidence | null;
	affiliation: string | null;
	affiliationEvidence: Evidence | null;
}

// entityGroup's helpers, as module functions rather than closures made on each call (it runs for every cluster).
const ev = (f: Facet, pattern: string | null): Evidence => ({ start: f.start, end: f.end, text: f.text, pattern });
function decided(firstAff: Facet | null, group: SpeakerGroup, evidence: Evidence | null, by: Facet | null = null): GroupDecision {
	// the affiliation shown is the one that decided the group, else the first one given
	const affiliation = by?.role === 'affiliation' ? by : firstAff;
	return { group, evidence, affiliation: affiliation?.text ?? null, affiliationEvidence: affiliation ? ev(affiliation, null) : null };
}
// ("Prison union representatives": a union's, not a legislature's)
function orgMatch(rules: GroupRule[], text: string) {
	const m = matchGroup(rules, text);
	return (m && GENERIC_TITLES.has(m.pattern) ? besideGenericTitle(rules, text, m.pattern) : null) ?? m;
}
/** The words of a description that say who it is: "critic" of "a Kremlin critic" (a role from outside what it names, outside.txt). */
function ownWords(description: string): string {
	return outsideRoleAtEnd(description)?.word ?? description;
}
/** An ambassador's title: "U.N. Ambassador", "ambassador to NATO". */
const AMBASSADOR = /\bambassadors?\b/i;
const roles = (c: Cluster, former: boolean) => c.facets.filter((f) => (f.role === 'title' || f.role === 'description' || f.role === 'party') && !!f.former === former);

/**
 * An entity's group from everything the article says about it, and the words that decided it. For a
 * person: the organisation they speak for ("of Brightwater University", "Acme's director", "who heads
 * the Acme Trust"), else their title or role ("Sen.", "a Kansas Republican", "resident", a party label
 * such as "(R-Kan.)"), else what they were ("former minister"); an unnamed source by its description
 * ("officials"); someone given only an age and a home town ("Bond, 30, of Raleigh") speaks for
 * themselves: citizen; someone known only by what they make or do ("her albums", "he scored") is
 * grouped by that (deeds.tsv). For an organisation: its name ("Congressional Budget Office"), a state or capital,
 * an appositive ("Acme, a utility company,"), or what the text calls it ("the company"). Nothing said:
 * unclassified.
 */
export function entityGroup(rules: GroupRule[], c: Cluster, orgGroup: (name: string) => SpeakerGroup): GroupDecision {
	const affs = c.facets.filter((f) => f.role === 'affiliation').sort((a, b) => Number(!!a.former) - Number(!!b.former) || a.start - b.start);
	const firstAff = c.kind === 'person' && affs.length ? affs[0] : null;
	if (c.kind === 'org') {
		const named = c.facets.filter((f) => f.role === 'name');
		if (isStateName(c.name)) return decided(firstAff, 'government', named[0] ? ev(named[0], 'state, capital or seat of government') : null);
		// ("Specialized Military Ammunition LLC": a legal form names a company whatever its other words say)
		for (const f of named) {
			const w = companyName(f.text);
			if (w && companyWords().legal.has(w.toLowerCase())) return decided(firstAff, 'business', ev(f, `company name ending in "${w}"`));
		}
		// ("Prison union representatives": a union's, not a legislature's)
		// (a name read as people, "National Nurses United", waits for what the text calls the organisation:
		// ", a union that …"; an organisation is not ordinary people speaking for themselves)
		let people: GroupDecision | null = null;
		// ("the Federal Deposit Insurance Corporation" … "The FDIC, a major U.S. banking regulator": a name
		// that says "company" only by its ending, a word of company-words.txt, waits for what the text calls
		// the organisation; review QQ of the 52nd stop had the regulator in business)
		let ending: GroupDecision | null = null;
		for (const f of named) {
			if (isStateName(f.text)) return decided(firstAff, 'government', ev(f, 'state, capital or seat of government'));
			const m = orgMatch(rules, f.text) ?? matchHyphenated(rules, f.text);
			if (m && m.group === 'citizen') people ??= decided(firstAff, m.group, ev(f, m.pattern));
			else if (m && m.group === 'business' && companyWords().heads.has(m.pattern)) ending ??= decided(firstAff, m.group, ev(f, m.pattern));
			else if (m) return decided(firstAff, m.group, ev(f, m.pattern));
		}
		for (const f of c.facets.filter((x) => x.role === 'description' || x.role === 'affiliation')) {
			const m = orgMatch(rules, f.text);
			if (m) return decided(firstAff, m.group, ev(f, m.pattern));
		}
		if (ending) return ending;
		if (people) return people;
		for (const f of named) {
			const w = companyName(f.text);
			if (w) return decided(firstAff, 'business', ev(f, `company name ending in "${w}"`));
		}
		if (!c.named) {
			const m = matchGroup(rules, ownWords(c.name));
			const first = c.mentions[0];
			if (m && first) return decided(firstAff, m.group, { start: first.start, end: first.end, text: first.text, pattern: m.pattern });
		}
		for (const men of c.mentions.filter((x) => x.form === 'description')) {
			const m = matchGroup(rules, ownWords(men.text));
			if (m) return decided(firstAff, m.group, { start: men.start, end: men.end, text: men.text, pattern: m.pattern });
		}
		return decided(firstAff, 'unclassified', null);
	}
	// "40 percent of Democrats said …", "a majority of respondents said …": a share of people, as a poll
	// counts them, is ordinary people answering, whichever group they are drawn from (Democrats polled
	// are voters, not the party's officials)
	// ("Half of Ohio Democrats said …", "Most of the voters said …": a share word opening the sentence is
	// capitalised, and read as a name; review 38 found 'Half' in government)
	const share = c.named && !SHARE_WORD.test(c.name) ? undefined : c.mentions.find((m) => m.form !== 'pronoun' && pollShare(m.text));
	if (share) return decided(firstAff, 'citizen', { start: share.start, end: share.end, text: share.text, pattern: 'a share of people, as a poll counts them' });
	// "Real estate developer and game show host Jim Cole, who is running for president": a candidate is in
	// government's group (as sourcing studies count candidates), whatever trade the text also names
	// ("the billionaire developer, now the Republican presidential front-runner", "Democratic front-runner
	// Hillary Clinton", "a Republican presidential candidate": so too a candidate's word in a title or a
	// description, with what the race is for; review T of the 39th stop found Trump in business by his trade
	// and Clinton in other by a poll's "beats Cruz 42-40")
	const running = c.facets.find((f) => f.pattern === CANDIDATE_PATTERN || ((f.role === 'title' || f.role === 'description') && !f.former && CANDIDATE_WORDS.test(f.text)));
	if (running) return decided(firstAff, 'government', ev(running, CANDIDATE_PATTERN));
	const runningAs = c.mentions.find((m) => m.form !== 'pronoun' && CANDIDATE_WORDS.test(m.text) && !/\b(?:former|ex-|onetime|then-)/i.test(m.text));
	if (runningAs) return decided(firstAff, 'government', { start: runningAs.start, end: runningAs.end, text: runningAs.text, pattern: CANDIDATE_PATTERN });
	// Two kinds of weak evidence wait for anything better: a role that says only "ordinary person"
	// ("Teresa's husband and Tor's editor" is an editor), and a title any organisation has ("president
	// of Chapter & Verse", an unknown organisation, is not a head of state).
	let weak: GroupDecision | null = null;
	const hasAffiliation = affs.some((f) => !f.former);
	// (an organisation's, not a country's: "U.S. President Donald Trump" is a head of state)
	// (a former title's organisation may be a former affiliation: "the former president of the NAACP")
	const orgAffiliation = (former: boolean) => affs.some((f) => (former || !f.former) && organisationInTitle(f.text));
	// "US lawyers for the victims", "British doctors": a country before a profession is a nationality,
	// not whom they speak for; the profession decides ("U.S. officials" stay government)
	const professions = roles(c, false).filter((f) => {
		const m = matchGroup(rules, f.text);
		// (a person's profession: "lawyers", "doctors"; or who they are in private life: "Georgia parent
		// Michelle King"; not an organisation: "a specialist on the National Security Council")
		return !!m && m.group !== 'government' && !GENERIC_TITLES.has(m.pattern) && personNouns().has(m.pattern);
	});
	const nationality = (f: Facet) => isStateName(f.text) && professions.some((p) => f.start >= p.start && f.end <= p.end);
	// "the imam of the Darul Uloom Institute": a member of the clergy speaks as one, whatever institution
	// the text places them in
	// (the role itself, not someone it is related to: "the daughter of a pastor", "a victim of cleric X")
	// ("Father Thomas Rosica": a priest's title before the name, capitalised; "her father" is a relation)
	const cleric = roles(c, false).find((f) => CLERGY.test(f.text.split(RELATED_TO)[0]) || (f.role === 'title' && PRIEST_TITLE.test(f.text)));
	// "a student at McGill University", "a patient at St Mary's Hospital": a private person where they
	// study, are treated or live, who speaks for none of these places
	const privateRole = [...roles(c, false), ...c.facets.filter((f) => f.role === 'relative' && !f.former && /^who\s+(?:is|was)\s/i.test(f.text))].find((f) => PRIVATE_ROLE.test(f.text.split(RELATED_TO)[0]));
	if (privateRole && affs.some((f) => !f.former)) return decided(firstAff, 'citizen', ev(privateRole, 'a private person where they study, are treated or live'));
	// "CNN White House correspondent Jim Acosta", "Senate reporter Manu Raju": a journalist's title names
	// the place or body they cover, their beat, not whom they speak for (the affiliation inside it is
	// passed over, and the title is read by its last word, below)
	const beats = roles(c, false).filter((f) => pressTitle(rules, f.text));
	const beat = (f: Facet) => beats.some((t) => f.start >= t.start && f.end <= t.end);
	// "Former U.N. Ambassador John Bolton": an ambassador's title names the body they are posted to, not the
	// government they serve; the title decides (speaker-groups.tsv "u.n. ambassador"; review SS of the 54th
	// stop had all 13 of Bolton's quotes in the international body)
	const envoys = [...roles(c, false), ...roles(c, true)].filter((f) => AMBASSADOR.test(f.text));
	const postedTo = (f: Facet) => envoys.some((t) => f.start >= t.start && f.end <= t.end);
	if (cleric) return decided(firstAff, 'other', ev(cleric, 'clergy'));
	for (const former of [false, true]) {
		for (const f of affs.filter((x) => !!x.former === former)) {
			if (nationality(f) || (!former && beat(f)) || postedTo(f)) continue;
			const m = matchGroup(rules, f.text);
			if (m && m.group !== 'citizen') return decided(firstAff, m.group, ev(f, m.pattern), f);
			const g = orgGroup(f.text);
			if (g !== 'unclassified' && g !== 'citizen') return decided(firstAff, g, ev(f, `${f.text} (${g})`), f);
			const w = companyName(f.text);
			if (w) return decided(firstAff, 'business', ev(f, `company name ending in "${w}"`), f);
		}
		for (const f of roles(c, former)) {
			if (f.role === 'party') return decided(firstAff, 'government', ev(f, 'party and state label'));
			if (countryLeader(f.text)) return decided(firstAff, 'government', ev(f, "a country's leader"));
			if (f.group) return decided(firstAff, f.group, ev(f, f.pattern ?? null));
			const press = pressTitle(rules, f.text);
			if (press) return decided(firstAff, 'media', ev(f, press));
			// "Virginia man Mohamad Khweis", "Douglas Haig, an Arizona man who says …", "a local woman": a man or
			// a woman of a place, given no role, speaks as a private person (weak evidence, as other such roles)
			if (personOfPlace(f.text)) {
				weak ??= decided(firstAff, 'citizen', ev(f, OF_PLACE_ONLY));
				continue;
			}
			// ("the daughter of a pastor": a relative is grouped by what they are, not by whom they are related to)
			const head = f.text.split(RELATED_TO)[0];
			// (and an office held to someone or somewhere by what it is: "U.S. Ambassador to the United Nations"
			// is an American diplomat, "senior adviser to the president" a government's)
			const last = head.split(/\s+/).pop()!.toLowerCase();
			const relative = head !== f.text && relationNouns().has(last);
			const office = head !== f.text && titleWords().has(last) && OFFICE_TO.test(f.text);
			const m = relative ? matchGroup(rules, head) : office ? (matchGroup(rules, head) ?? matchGroup(rules, f.text)) : matchGroup(rules, f.text);
			// "an Acme Energy spokeswoman", "the Northwind Airways vice-president": the company in the
			// description decides over a title any organisation has
			const w = companyName(f.text);
			if (w && (!m || GENERIC_TITLES.has(m.pattern))) return decided(firstAff, 'business', ev(f, `company name ending in "${w}"`));
			if (!m) continue;
			// "representatives of the family", "a spokesman for his family": they speak for someone, as a
			// lawyer or an agent does
			if (speaksForSomeone(m.pattern, f.text, ...c.mentions.filter((x) => x.form === 'description').map((x) => x.text))) return decided(firstAff, 'other', ev(f, SPEAKS_FOR_PATTERN));
			const beside = GENERIC_TITLES.has(m.pattern) ? besideGenericTitle(rules, f.text, m.pattern) : null;
			if (beside) return decided(firstAff, beside.group, ev(f, beside.pattern));
			// "InfoNation President Dan McDowell", "vice president … at Blue Origin": a title any organisation
			// has, which alone would make a head of state or government, says nothing of the group when an
			// organisation (not a country) is named with it
			if (GENERIC_TITLES.has(m.pattern) && m.group === 'government' && (orgAffiliation(former) || organisationInTitle(f.text))) {
				// "Treasury Secretary Jack Lew", "Education Secretary Betsy DeVos": unless the word before the
				// title is a portfolio, read with it (speaker-groups.tsv lists "treasury secretary" and the rest)
				// ("Secretary of the Treasury Steven Mnuchin": the portfolio after "of" is read the same way)
				const portfolio = affs.find((a) => !a.former && ((a.end < f.start && f.start - a.end <= 1) || (a.start > f.start && a.end <= f.end && PORTFOLIO_AFTER.test(f.text.slice(0, a.start - f.start)))));
				const pm = portfolio ? matchGroup(rules, portfolio.start > f.start ? `${portfolio.text} ${m.pattern}` : `${portfolio.text} ${f.text}`) : null;
				if (portfolio && pm && !GENERIC_TITLES.has(pm.pattern)) {
					const span = portfolio.start > f.start ? { start: f.start, end: f.end, text: f.text } : { start: portfolio.start, end: f.end, text: `${portfolio.text} ${f.text}` };
					return decided(firstAff, pm.group, { ...span, pattern: pm.pattern }, portfolio);
				}
				continue;
			}
			if (m.group === 'citizen') {
				weak ??= decided(firstAff, m.group, ev(f, m.pattern));
				continue;
			}
			return decided(firstAff, m.group, ev(f, m.pattern));
		}
	}
	// "The Guardian said", "according to the Kremlin": a one-word name the text writes with "the" is an
	// institution's (nobody is "the Smith"), grouped by its name as an organisation is
	if (c.words.length === 1) {
		const the = c.mentions.find((x) => (x.form === 'name' || x.form === 'short name') && THE_NAME.test(x.text));
		const m = the ? matchGroup(rules, the.text) : null;
		if (the && m && m.group !== 'citizen') return decided(firstAff, m.group, { start: the.start, end: the.end, text: the.text, pattern: m.pattern });
	}
	if (weak) return weak;
	if (!c.named) {
		const m0 = matchGroup(rules, ownWords(c.name));
		const first = c.mentions.find((x) => x.form === 'description') ?? c.mentions[0];
		if (m0 && first && speaksForSomeone(m0.pattern, c.name)) return decided(firstAff, 'other', { start: first.start, end: first.end, text: first.text, pattern: SPEAKS_FOR_PATTERN });
		const m = (m0 && GENERIC_TITLES.has(m0.pattern) ? besideGenericTitle(rules, c.name, m0.pattern) : null) ?? m0;
		if (m && first) return decided(firstAff, m.group, { start: first.start, end: first.end, text: first.text, pattern: m.pattern });
	}
	// "Taylor Swift's first six albums", "Parise scored twice": what they make or do (deeds.tsv), when
	// nothing says who they are
	const deed = c.facets.find((f) => f.role === 'deed' && f.group);
	if (deed?.group) return decided(firstAff, deed.group, ev(deed, deed.pattern ?? null));
	// (not a home that is a whole state or country: "Pat Toomey of Pennsylvania", "Lisa Murkowski of Alaska"
	// is how news names those who represent it, no private person's home town; review CC of the 42nd stop
	// had five sitting senators citizens)
	const age = c.facets.find((f) => f.role === 'age' || (f.role === 'home' && !isStateName(f.text.trim()) && !isRegionName(f.text.trim())));
	if (age) return decided(firstAff, 'citizen', ev(age, AGE_ONLY));
	// "The man told doctors …", "a woman in Worcester told …", "both men claimed …": a man or a woman the
	// story never names nor gives a role speaks as a private person
	// (with nothing else said of them: "a man who works at the depot" is somebody's employee)
	if (!c.named && UNNAMED_PERSON.test(c.name) && c.facets.every((f) => f.role === 'description' && UNNAMED_PERSON.test(f.text.trim()))) {
		const first = c.mentions.find((x) => x.form === 'description') ?? c.mentions[0];
		if (first) return decided(firstAff, 'citizen', { start: first.start, end: first.end, text: first.text, pattern: UNNAMED_ONLY });
	}
	return decided(firstAff, 'unclassified', null);
}

/**
 * The title's last word when it is a journalist's ("White House correspondent", "Senate reporter"): a
 * person's noun that speaker-groups.tsv gives to the media. Not a title related to something after it
 * ("editor of the hospital newsletter" is read whole as before).
 */
function pressTitle(rules: GroupRule[], text: string): string | null {
	if (RELATED_TO.test(text)) return null;
	const last = text.trim().split(/\s+/).pop()!.toLowerCase();
	if (!personNouns().has(last)) return null;
	const m = matchGroup(rules, last);
	return m && m.group === 'media' ? m.pattern : null;
}

/** "an Arizona man", "Virginia woman", "a 55-year-old local man", "the boy": the place words, "local" and the noun. */
const OF_PLACE = /^(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?:\d+-year-old\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3})(local\s+)?(man|woman|men|women|boy|girl|boys|girls)$/u;
function personOfPlace(text: string): boolean {
	const m = OF_PLACE.exec(text.trim().split(RELATED_TO)[0]);
	if (!m) return false;
	const place = m[1].trim();
	// ("the boy", "a girl": a child, wherever from)
	if (!place) return !!m[2] || m[3].startsWith('boy') || m[3].startsWith('girl');
	return placeNames().has(place) || isStateName(place) || (DEMONYM_WORDS.test(place) && isDemonym(place.toLowerCase()));
}

/** "the Guardian", "The Kremlin": "the" and one capitalised word. */
const THE_NAME = /^the\s+\p{Lu}[\p{L}.-]*$/iu;

/** A description that is only a man or a woman, perhaps counted or aged ("man", "two women", "elderly man"). */
const UNNAMED_PERSON = /^(?:(?:a|an|the|one|two|three|both|another|other|young|younger|old|older|elderly|unidentified|\d+-year-old)\s+)*(?:man|woman|men|women)$/i;
