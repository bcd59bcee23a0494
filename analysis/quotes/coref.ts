// Coreference: which mentions are one person or organisation. Mentions are clusters of one entity when
// the names agree ("Audley Peters", "Supt Peters", "Peters"; "the Congressional Budget Office", "CBO"),
// when a description names a role the person was given ("Jane Roe, a Kansas Republican" … "the Kansas
// Republican"; "Bond, 30," … "the 30-year-old"), and when a pronoun agrees with the entity mentioned
// last: "he"/"she" need a person (of that gender, when the text says it), "it" an organisation, "they"
// a group of people or an organisation. Everything is keyed by character offsets, so the quote finder
// can ask what a speaker mention it found belongs to.
// The entity itself is cluster.ts; how names are compared is name-words.ts.
import type { EntityMention, Span } from '../types.js';
import { firstNames, orgAliases, pressWords, relationNouns } from './data.js';
import { relatesToPerson, relationBefore } from './relations.js';
import type { Mention } from './mentions.js';
import { HONORIFIC, INDEFINITE } from './mention-words.js';
import { Cluster, pronounClass } from './cluster.js';
import { FORMER, cleanName, endsWith, generation, headWord, initials, isAcronym, orgKey, sameFirst, surname, titleGender, words } from './name-words.js';
import { upperBound } from '../sorted.js';
import { antecedent, type TimelineEntry } from './pronouns.js';
import { mentionGender, surnameBearer, withoutGeneration } from './surname-bearer.js';
import { describedEntity } from './description-match.js';
import { jointCluster, jointSpeaker, type Coordination } from './coordination.js';
import { speakerEntity } from './speaker-entity.js';
import { ScanHooks } from './scan-hooks.js';

// ---------------------------------------------------------------- the index

/** Indefinite descriptions made someone new each, in one article, before the same words mean the same one. */
const MAX_INDEFINITE_NEW = 50;
/** First-person plural pronouns: in the writer's own words, the writer and the outlet. */
const FIRST_PERSON = new Set(['we', 'us', 'our', 'ours', 'ourselves']);

/**
 * Every entity of one article and where each was mentioned. The scan (entities.ts) adds mentions in
 * text order; the quote finder then asks for the entity of each speaker mention, adding the ones the
 * scan did not know (an unnamed "spokesperson for the council").
 */
/** A military rank a writer keeps for its bearer ("Capt. Humayun Khan", "Gen. Allen"). */
const RANK = /^(?:(?:army|navy|air force|marine|retired|ret\.)\s+)?(?:capt|captain|gen|general|lt|lieutenant|col|colonel|maj|major|sgt|sergeant|adm|admiral|cpl|corporal|pvt|private|cmdr|commander|brig|brigadier)\.?(?:\s+gen\.?|\s+general)?$/i;

export class EntityIndex extends ScanHooks {
	clusters: Cluster[] = [];
	private timeline: TimelineEntry[] = [];
	/** Mention start → entity, apart for people and organisations ("U.N." in "U.N. official Jonas Berg" is both). */
	private byStart = { person: new Map<number, Cluster>(), org: new Map<number, Cluster>() };
	private surnames = new Map<string, Cluster[]>();
	private firsts = new Map<string, Cluster[]>();
	private orgKeys = new Map<string, Cluster>();
	private descriptions = new Map<string, Cluster>();
	/** How many indefinite descriptions were made someone new (at most MAX_INDEFINITE_NEW; then one per wording). */
	private indefiniteNew = 0;

	constructor(
		/** Paragraph index of a character offset. */
		readonly paragraphAt: (offset: number) => number,
		private variants: Map<string, Set<string>> = new Map()
	) {
		super();
	}

	/** The last entity mentioned (outside quotes) in [from, to): for "the veteran winger" after a name. */
	lastNamedPerson(from: number, to: number, lookback = Infinity, subjectFirst: boolean | 'only' = false): Cluster | null {
		// offsets are whole numbers: the entries before `to` end where the keys pass to − 1
		const last = upperBound(this.timeline, to - 1, (x) => x.at) - 1;
		// (`subjectFirst`: the last one named outside a preposition's phrase, when there is one: "Tom Vale met
		// the family of Ed Roe. The senator …" is Vale; review U of the 39th stop found "the daughter of Eric
		// Garner. The senator …" given to Garner. The first one named, the sentence's subject, was tried:
		// on 330 texts it moved as many descriptions wrongly as rightly)
		let lastOne: Cluster | null = null;
		let subject: Cluster | null = null;
		for (let j = last; j >= 0 && last - j < lookback; j--) {
			const e = this.timeline[j];
			if (e.at < from) break;
			if (!e.quoted && e.c.kind === 'person' && e.c.named && !e.c.plural) {
				if (!subjectFirst) return e.c;
				lastOne ??= e.c;
				// (nor one whose appositive follows their name in a preposition's phrase: "Sanders was joined by
				// Erica Garner, the oldest daughter of Eric Garner, …. The senator …" is Sanders; review KK of
				// the 47th stop)
				// (only an appositive relating them to someone else, "the daughter of …": "named for Eddie
				// Mannix, a studio fixer" keeps him)
				const prev = this.timeline[j - 1];
				const aside = prev && prev.c === e.c && prev.oblique && e.at - prev.end <= 3 ? e.c.mentions.find((x) => x.start === e.at) : undefined;
				const appositive = !!aside && (relationBefore(aside.text, aside.start) !== null || relationNouns().has(aside.text.split(/\s+/).pop()!.toLowerCase()));
				if (!e.oblique && !appositive) {
					subject = e.c;
					break;
				}
			}
		}
		// ('only': none when everyone was named inside a preposition's phrase)
		return subject ?? (subjectFirst === 'only' ? null : lastOne);
	}

	/** The entity a mention starting at this offset was resolved to (of that kind, if given). */
	lookup(start: number, kind?: 'person' | 'org'): Cluster | undefined {
		if (kind) return this.byStart[kind].get(start);
		return this.byStart.person.get(start) ?? this.byStart.org.get(start);
	}

	/** The entity of a description (or any mention) with exactly this extent. */
	descriptionAt(span: Span, kind?: 'person' | 'org'): Cluster | undefined {
		const c = this.lookup(span.start, kind);
		return c && c.mentionKeys.has(`${span.start}:${span.end}`) ? c : undefined;
	}

	setStart(start: number, c: Cluster): void {
		this.byStart[c.kind].set(start, c);
	}

	/** Record a mention of c (kept in text order on the cluster and on the timeline). */
	note(c: Cluster, span: Span, text: string, form: EntityMention['form'], quoted = false): void {
		if (this.byStart[c.kind].get(span.start) === c && c.longestAt.has(span.start)) return;
		// "the US" inside "the US military": the longer mention keeps the place
		const there = this.byStart[c.kind].get(span.start);
		if (!there || !((there.longestAt.get(span.start) ?? -1) > span.end)) this.setStart(span.start, c);
		const m: EntityMention = { start: span.start, end: span.end, text, form };
		if (quoted) m.quoted = true;
		// After every earlier-or-equal start, found by halving: descriptions are noted when a quote is
		// attributed, long after the scan, and walking back over a long article's mentions was quadratic.
		c.mentions.splice(upperBound(c.mentions, span.start, (x) => x.start), 0, m);
		c.mentionKeys.add(`${span.start}:${span.end}`);
		c.longestAt.set(span.start, Math.max(c.longestAt.get(span.start) ?? -1, span.end));
		const entry = { at: span.start, end: span.end, c, quoted, paragraph: this.paragraphAt(span.start), oblique: this.obliqueAt?.(span.start) ?? false, possessor: this.possessorAt?.(span.end) ?? false, headline: this.headlineAt?.(span.start) ?? false };
		this.timeline.splice(upperBound(this.timeline, span.start, (x) => x.at), 0, entry);
	}

	private newCluster(kind: 'person' | 'org', name: string): Cluster {
		const c = new Cluster(kind, name);
		this.clusters.push(c);
		return c;
	}

	/** The start of the last mention of c before `at` that is not only a qualifier of a noun, or -1 (of
	 * the last 50 mentions: a text naming one brand thousands of times stays linear). */
	lastNaming(c: Cluster, at: number): number {
		const k = upperBound(c.mentions, at - 1, (x) => x.start);
		for (let j = k - 1; j >= 0 && k - j <= 50; j--) if (!this.qualifierAt?.(c.mentions[j].start)) return c.mentions[j].start;
		return -1;
	}

	/** Of the candidates, the one mentioned last before `at` (else the first one met); `lastBefore` says where each was. */
	latest(cands: Iterable<Cluster>, at: number, lastBefore = (c: Cluster) => c.lastBefore(at)): Cluster | null {
		let best: Cluster | null = null;
		let bestAt = -2;
		for (const c of cands) {
			const p = lastBefore(c);
			if (p > bestAt) {
				best = c;
				bestAt = p;
			}
		}
		return best;
	}

	private index(c: Cluster): void {
		if (c.kind !== 'person' || !c.words.length) return;
		const push = (m: Map<string, Cluster[]>, k: string) => {
			const l = m.get(k) ?? [];
			if (!l.includes(c)) l.push(c);
			m.set(k, l);
		};
		push(this.surnames, surname(c.words));
		if (c.words.length > 1) push(this.firsts, c.words[0]);
	}

	/** Is this name a known person's surname or first name, or the end of a known person's name? */
	knows(name: string): boolean {
		const ws = words(name);
		if (ws.length === 1) return this.surnames.has(ws[0]) || this.firsts.has(ws[0]);
		return (this.surnames.get(surname(ws)) ?? []).some((c) => endsWith(c.words, ws));
	}

	/** Is this one word known only as the first word of a longer name ("Google" of "Google Stadia")? */
	knowsOnlyAsFirst(name: string): boolean {
		const ws = words(name);
		return ws.length === 1 && !this.surnames.has(ws[0]) && this.firsts.has(ws[0]);
	}

	/** The one named person whose surname this is (none when two people share it). */
	bySurname(word: string, at: number): Cluster | null {
		const cands = (this.surnames.get(words(word)[0] ?? '') ?? []).filter((c) => c.kind === 'person' && c.named && c.words.length > 1);
		return cands.length === 1 ? cands[0] : cands.length > 1 ? this.latest(cands, at) : null;
	}

	/** The organisation of this name or acronym, if the article named it. */
	findOrg(name: string): Cluster | null {
		const ws = words(name);
		const key = orgKey(ws);
		const hit = this.orgKeys.get(key) ?? this.orgKeys.get(ws.join('')) ?? null;
		if (hit || !isAcronym(name)) return hit;
		// "the CDF" for the "Concurrent Design Facility" named before
		const acr = ws.join('');
		return this.clusters.find((x) => x.kind === 'org' && x.words.length > 1 && initials(x.name) === acr) ?? null;
	}

	// ------------------------------------------------------------ people

	/** A named person: the same name, a fuller or shorter form of it, or a surname alone. */
	addPerson(m: Mention, quoted = false): Cluster {
		const ws = words(m.name);
		const gender = titleGender(m.title);
		const fits = (c: Cluster) => c.kind === 'person' && c.named && (!gender || !c.gender || c.gender === gender);
		// ("Ms. Khan" is not "her son, Humayun Khan": a fuller name of another gender is another person)
		const said = ws.length > 1 ? mentionGender(gender, ws, this.wordsBefore?.(m.start) ?? []) : gender;
		let c: Cluster | null = null;
		if (ws.length > 1) {
			const last = surname(ws);
			// "Donald Trump Jr." after "Donald Trump" is another person: the writer added the generation to
			// the same name to tell them apart. A name written otherwise may be the same person's ("Robert S.
			// Mueller III" after "Bob Mueller"), and one with the same generation comes first.
			const gen = generation(ws);
			const bare = gen ? withoutGeneration(ws) : '';
			const found = (this.surnames.get(last) ?? []).filter(
				(x) =>
					fits(x) &&
					!(said && x.gender && x.gender !== said) &&
					!(gen && generation(x.words) !== gen && withoutGeneration(x.words) === bare) &&
					// ("George H.W. Bush" is not "George W. Bush": other middle initials, another person)
					!otherInitials(x.words, ws) &&
					(x.words.length === 1 ||
						x.words.join(' ') === ws.join(' ') ||
						(sameFirst(x.words[0], ws[0], this.variants) && (ws.every((w) => x.words.includes(w)) || x.words.every((w) => ws.includes(w)) || x.words.length === ws.length || Math.min(x.words.length, ws.length) === 2)) ||
						// "Eriksson Ek" for "Joel Eriksson Ek": the end of the full name
						endsWith(x.words, ws) ||
						endsWith(ws, x.words))
			);
			const sameGeneration = found.filter((x) => generation(x.words) === gen);
			c = this.latest(sameGeneration.length ? sameGeneration : found, m.start);
			// (or the writer's own name for someone met only inside someone's quoted words: "“B. Hussein Obama
			// is a traitor”" before "President Barack Obama"; review W of the 40th stop had the slur name Obama's
			// actor)
			const quotedOnly = !!c && !quoted && c.mentions.length > 0 && c.mentions.every((x) => x.quoted || x.form === 'pronoun');
			if (c && (ws.length > c.words.length || quotedOnly)) {
				// A fuller name now for someone met by a shorter one ("Peters", then "Audley Peters").
				c.words = ws;
				c.name = cleanName(m.name);
				this.index(c);
			}
		} else if (ws.length === 1) {
			// ("Mr. Khan" after "the parents, Khizr and Ghazala Khan" and "their son, Capt. Humayun Khan": a
			// courtesy title is not the one whom the story gave a military rank, who keeps it, "Captain Khan")
			// (nor is "Captain Khan" the one the story calls "Mr. Khan")
			const bearers = (this.surnames.get(ws[0]) ?? []).filter(fits);
			const title = m.title?.trim() ?? '';
			const other = HONORIFIC.test(title) ? RANK : RANK.test(title) ? HONORIFIC : null;
			const titled = other ? bearers.filter((x) => !x.facets.some((f) => f.role === 'title' && other.test(f.text.trim()))) : bearers;
			c = surnameBearer(titled.length ? titled : bearers, this.latest.bind(this), this.paragraphAt, m.start, (at) => this.obliqueAt?.(at) ?? false);
			c ??= this.latest((this.firsts.get(ws[0]) ?? []).filter(fits), m.start);
			// "Doug had no further contact …" after "Douglas Haig": another form of a given name
			// (name-variants.txt) is the one named person of the article who goes by it; two leave it alone
			if (!c && firstNames().has(ws[0])) {
				const byForm = new Set<Cluster>();
				for (const v of this.variants.get(ws[0]) ?? []) for (const x of this.firsts.get(v) ?? []) if (fits(x)) byForm.add(x);
				if (byForm.size === 1) c = [...byForm][0];
			}
		}
		if (!c) {
			c = this.newCluster('person', cleanName(m.name));
			c.words = ws;
			c.named = true;
			this.index(c);
		}
		// what the mention says (its title, "her son, …"), else a common given name ("Jane Roe") says whom
		// "she" may refer to, unless the text said otherwise
		c.gender ??= said ?? (c.words.length > 1 ? mentionGender(null, c.words, []) : null);
		this.note(c, { start: m.start, end: m.end }, m.text, ws.length > 1 && c.words.join(' ') === ws.join(' ') ? 'name' : 'short name', quoted);
		this.setStart(m.nameSpan.start, c);
		this.mentionFacets(c, m);
		return c;
	}

	/** Titles and affiliations a mention carries: "Sen. Jane Roe", "Jane Roe of Acme". */
	mentionFacets(c: Cluster, m: Mention): void {
		if (m.title && m.titleSpan) c.addFacet({ start: m.titleSpan.start, end: m.titleSpan.end, text: m.title, role: m.kind === 'person' ? 'title' : 'description', former: FORMER.test(m.title) });
		const former = !!m.title && FORMER.test(m.title);
		// ("Senator Tom Ford's sister": related to the senator, not of his office)
		if (m.affiliation && m.affiliationSpan && !(c.kind === 'org' && m.kind === 'org' && m.affiliationSpan.start === m.nameSpan.start) && !relatesToPerson(m))
			c.addFacet({ start: m.affiliationSpan.start, end: m.affiliationSpan.end, text: m.affiliation, role: 'affiliation', former });
		// "the U.N. High Commissioner for Human Rights": the organisation in the title is an affiliation too
		for (const a of m.moreAffiliations ?? []) c.addFacet({ start: a.start, end: a.end, text: a.text, role: 'affiliation', former });
	}

	// ------------------------------------------------------------ organisations

	/** A named organisation: the same name, or its acronym ("CBO" for "Congressional Budget Office"). */
	addOrg(m: Mention, quoted = false): Cluster {
		const key = orgKey(words(m.name));
		let c = this.orgKeys.get(key) ?? null;
		// "the Republican Party … the GOP", "the Islamic State … ISIS": another name of one organisation
		// (org-aliases.txt) met before
		if (!c) {
			for (const a of orgAliases().get(words(m.name).join(' ')) ?? []) c ??= this.orgKeys.get(orgKey(words(a))) ?? null;
			// (the fuller name names it, "Republican Party", not "GOP", and it keeps both names' words: "the
			// Republican" and "Republican" alone still find the party)
			if (c) {
				if (words(m.name).length > words(c.name).length) c.name = cleanName(m.name);
				c.words = [...new Set([...c.words, ...words(m.name)])];
			}
		}
		const acr = isAcronym(m.name) ? words(m.name).join('') : null;
		// "SMITH: …" in a transcript after "Omar Smith": a surname in capitals is that person, not an acronym
		if (!c && acr && acr.length >= 3 && !/\./.test(m.name)) {
			const p = this.bySurname(acr, m.start);
			if (p && p.lastBefore(m.start) >= 0) {
				this.note(p, { start: m.start, end: m.end }, m.text, 'short name', quoted);
				this.setStart(m.nameSpan.start, p);
				return p;
			}
		}
		if (!c && acr) c = this.clusters.find((x) => x.kind === 'org' && (x.acronyms.has(acr) || (x.words.length > 1 && initials(x.name) === acr))) ?? null;
		if (!c && !acr) {
			// The full name of an organisation first met by its acronym.
			const ini = initials(m.name);
			if (ini.length >= 2) c = this.clusters.find((x) => x.kind === 'org' && x.words.length === 1 && x.words[0] === ini) ?? null;
			if (c) {
				c.acronyms.add(c.words[0]);
				c.name = cleanName(m.name);
				c.words = words(m.name);
			}
		}
		// "The Washington Post … The Post said": a newspaper's last word alone (press-words.txt) is the one paper
		// the text named with it before (review W of the 40th stop had "Post" an outlet of its own)
		if (!c && !acr) {
			const ws = words(m.name);
			if (ws.length === 1 && pressWords().has(ws[0])) {
				const papers = this.clusters.filter((x) => x.kind === 'org' && x.named && x.words.length > 1 && x.words[x.words.length - 1] === ws[0] && x.lastBefore(m.start) >= 0);
				if (papers.length === 1) c = papers[0];
			}
		}
		if (!c) {
			c = this.newCluster('org', cleanName(m.name));
			c.words = words(m.name);
			c.named = true;
			if (acr) c.acronyms.add(acr);
		}
		this.orgKeys.set(key, c);
		this.note(c, { start: m.start, end: m.end }, m.text, 'name', quoted);
		this.setStart(m.nameSpan.start, c);
		// spelled out, not spread: this runs for every name (see parseMention)
		c.addFacet({ start: m.nameSpan.start, end: m.nameSpan.end, text: m.name, role: 'name' });
		this.mentionFacets(c, m);
		return c;
	}

	/** An acronym given in brackets after a name: "Department of Environmental Protection (DEP)". */
	addAcronym(c: Cluster, acronym: string, span: Span, quoted = false): void {
		const a = words(acronym).join('');
		c.acronyms.add(a);
		this.orgKeys.set(a, c);
		this.note(c, span, acronym, 'short name', quoted);
	}

	// ------------------------------------------------------------ descriptions

	/**
	 * "the senator", "the Kansas Republican", "the 62-year-old", "the company": someone named before who
	 * was given that role or age, or the organisation of that kind last mentioned. Without one, `create`
	 * makes the description an entity of its own (a speaker known only as "officials"), and an
	 * indefinite description ("a spokesperson for the council") always is one.
	 */
	addDescription(m: Mention, quoted: boolean, create: boolean, age: string | null = null): Cluster | null {
		const head = m.title ? headWord(m.title) : headWord(m.name);
		const isOrg = m.kind === 'org';
		const found = describedEntity(this, m, age);
		let c = found.c;
		if (found.someoneNew) create = true;
		if (!c) {
			if (!create) return null;
			// ("a person close to the Clintons" … "a person close to the process": each indefinite description
			// is someone new, review PP of the 49th stop; a later "the person" means the last. Past
			// MAX_INDEFINITE_NEW, the same words are the same one: a long text's entities stay bounded.)
			const indefinite = INDEFINITE.has(m.text.trimStart().split(/\s/, 1)[0].toLowerCase()) && !m.plural;
			const key = `${isOrg ? 'o' : 'p'}:${(indefinite ? words(m.text).slice(1) : words(m.name)).join(' ')}`;
			const someoneNew = indefinite && this.indefiniteNew < MAX_INDEFINITE_NEW;
			if (someoneNew) this.indefiniteNew++;
			c = someoneNew ? null : (this.descriptions.get(key) ?? null);
			if (!c) {
				c = this.newCluster(isOrg ? 'org' : 'person', cleanName(m.name));
				c.plural = !!m.plural;
				c.words = words(m.name);
				// (known by its noun, for a later "the person" to find)
				if (!isOrg && head) c.heads.add(head);
				this.descriptions.set(key, c);
			}
		}
		if (isOrg && head) c.orgNouns.add(head);
		this.note(c, { start: m.start, end: m.end }, m.text, 'description', quoted);
		if (m.nameSpan.start !== m.start) this.setStart(m.nameSpan.start, c);
		if (!isOrg || !c.named) this.mentionFacets(c, m);
		return c;
	}

	/**
	 * Was someone already called by this noun before `at`, in a mention that is not c's, while c never was?
	 * "the 43-year-old man … Dempsey talked with the man … the man wrote": the man is the one the text
	 * introduced by that noun, not the doctor named last. (At most the first 50 such mentions are read.)
	 */
	someoneElse(c: Cluster, head: string, at: number): boolean {
		if (c.heads.has(head)) return false;
		const seen = this.describedAt?.(head) ?? [];
		for (let k = 0; k < seen.length && k < 50 && seen[k] < at; k++) if (this.lookup(seen[k]) !== c) return true;
		return false;
	}

	// ------------------------------------------------------------ speakers

	/**
	 * The entity a speaker mention found by the quote finder names: what the scan resolved at that place,
	 * else resolved now. An appositive says more about them ("Doe, a senator,"), or names them: in "An
	 * ICC spokesman, Jane Doe, said" the speaker is Jane Doe, and "ICC spokesman" her title.
	 */
	speaker(m: Mention, ap: Mention | null, quoted = false): Cluster | null {
		return speakerEntity(this, m, ap, quoted);
	}

	/** The organisation known by this name's key ("Big Machine" read as a person's name). */
	orgByName(name: string): Cluster | null {
		return this.orgKeys.get(orgKey(words(name))) ?? null;
	}

	// ------------------------------------------------------------ pronouns

	/** Coordinated lists of names ("Chile, Peru and Bolivia"; coordination.ts), set after the scan. */
	coordinations: Coordination[] = [];

	/**
	 * The list of names whose last mention before `at` is c's (nothing of c named since), in this
	 * paragraph or the one before: the entity standing for all of them, made the first time.
	 */
	private coordinationOf(found: Cluster | null, at: number): Cluster | null {
		// the last list before `at`, in this paragraph or the one before
		let co: Coordination | undefined;
		for (const x of this.coordinations) if (x.end <= at) co = x;
		if (!co || this.paragraphAt(at) - this.paragraphAt(co.start) > 1) return null;
		// ... with none of its members named since, and nobody else "they" could mean named after it
		const list = co;
		if (list.members.some((m) => m.lastBefore(at) >= list.end)) return null;
		if (found && !list.members.includes(found) && found.lastBefore(at) >= list.start) return null;
		return jointCluster(co, this.make);
	}

	/** A list of names that speaks as one (coordination.ts jointSpeaker). */
	jointSpeaker(m: Span, before: boolean): { cluster: Cluster; span: Span } | null {
		return jointSpeaker(this.coordinations, m, before, this.make);
	}

	private readonly make = (kind: 'person' | 'org', name: string): Cluster => this.newCluster(kind, name);

	/** The entity a pronoun at `span` refers to: the last one mentioned before it that agrees. */
	resolvePronoun(word: string, span: Span, quoted = false, record = true, written = word, exclude: Cluster | null = null): Cluster | null {
		const p = pronounClass(word);
		if (!p) return null;
		// The writer's "we" (outside anyone's quoted words: "We called it …", "we asked the mayor") is
		// the writer and the outlet, as "I" is: no one the story names.
		if (!quoted && FIRST_PERSON.has(word.toLowerCase())) return null;
		const known = this.lookup(span.start);
		if (known) return known;
		if (exclude) {
			// "he told Cook": the one told is not the one telling
			return this.resolveAgreeing(word, span, quoted, record, written, (c) => c !== exclude);
		}
		return this.resolveAgreeing(word, span, quoted, record, written, () => true);
	}

	private resolveAgreeing(word: string, span: Span, quoted: boolean, record: boolean, written: string, allowed: (c: Cluster) => boolean): Cluster | null {
		const p = pronounClass(word)!;
		let found = antecedent(this.timeline, p, span.start, this.paragraphAt(span.start), quoted, allowed, this, /^(?:he|she)$/i.test(word));
		// "… by Chile, Peru and Bolivia. They contend …", "Jane Roe and Tom Dale left. … they
		// said": all of them, not the one named last (nor no one, as "they" is no one person)
		if (p === 'they') found = this.coordinationOf(found, span.start) ?? found;
		if (!found) return null;
		// "Scooter Braun is allegedly unhappy with the way his business partner …": a "his" or "her" in a
		// sentence whose subject is a name the scan does not know (no given name, no role) is theirs, not
		// someone's named before it (who would take the pronoun's gender with it)
		if ((p === 'he' || p === 'she') && OWNED_OR_OBJECT.test(word) && found.lastBefore(span.start) < (this.sentenceStartAt?.(span.start) ?? 0) && this.unknownSubjectAt?.(span.start)) return null;
		if ((p === 'he' || p === 'she') && !found.gender) found.gender = p === 'he' ? 'm' : 'f';
		if (record) this.note(found, span, written, 'pronoun', quoted);
		return found;
	}
}

/** He and she as a possessive or an object: what a sentence's subject can own or do to themself. */
const OWNED_OR_OBJECT = /^(?:his|her|him|himself|herself)$/i;

/** The middle initials of a name's words ("george hw bush" → "hw"), empty for none. */
function middleInitials(ws: readonly string[]): string {
	let out = '';
	for (let k = 1; k < ws.length - 1; k++) if (ws[k].length <= 2 && !generation([ws[k]])) out += ws[k];
	return out;
}
/** Do two names both give middle initials, and different ones? */
function otherInitials(a: readonly string[], b: readonly string[]): boolean {
	const x = middleInitials(a);
	const y = middleInitials(b);
	return !!x && !!y && x !== y;
}
