// shared-groups.ts: one speaker, one group across a collection's articles.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../analysis/pipeline.js';
import { loadDefaultLexicon } from '../../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../../analysis/quotes/index.js';
import { sharedGroups, withSharedGroups, withSharedOverrides } from '../../../analysis/quotes/shared-groups.js';

const options = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
const article = (id: string, outlet: string, text: string) => ({ ...analyseArticle({ id, text }, options), outlet });

const DESCRIBED = 'Russian President Vladimir Putin signed the order on Wednesday.\n\n"The court has not lived up to the hopes," Putin said.';
const BARE = 'Moscow pulled out of the court on Wednesday.\n\n"The court has not lived up to the hopes," Vladimir Putin said.';
const OTHER = 'The singer Vladimir Putin, a local musician, opened the fair.\n\n"It was a good day," Vladimir Putin said.';
const DEED = 'Vladimir Putin scored twice in the second half.\n\n"It was a good day," Vladimir Putin said.';
const AGED = 'Vladimir Putin, 67, watched the match.\n\n"It was a good day," Vladimir Putin said.';

describe('sharedGroups / withSharedGroups', () => {
	const rows: [string, [string, string, string][], string, string, string | null][] = [
		['an unclassified speaker takes the group another article gives them', [['a', 'Wire', DESCRIBED], ['b', 'Daily', BARE]], 'b', 'government', 'Wire'],
		['a speaker the article classifies itself keeps its own group', [['a', 'Wire', DESCRIBED], ['b', 'Daily', DESCRIBED]], 'b', 'government', null],
		['a name the collection classifies two ways is not shared', [['a', 'Wire', DESCRIBED], ['c', 'Gazette', OTHER], ['b', 'Daily', BARE]], 'b', 'unclassified', null],
		['with no article saying who they are, they stay unclassified', [['b', 'Daily', BARE]], 'b', 'unclassified', null],
		// review 36: a group read from a deed or an age gives way to one read from a title or a role
		['a group read from a deed gives way to a title elsewhere', [['a', 'Wire', DESCRIBED], ['d', 'Post', DEED]], 'd', 'government', 'Wire'],
		['... so does one read from an age', [['a', 'Wire', DESCRIBED], ['e', 'Star', AGED]], 'e', 'government', 'Wire'],
		['... but a title keeps its group over a deed elsewhere', [['d', 'Post', DEED], ['a', 'Wire', DESCRIBED]], 'a', 'government', null],
		['... and two titles that disagree share nothing, deeds or not', [['a', 'Wire', DESCRIBED], ['c', 'Gazette', OTHER], ['d', 'Post', DEED]], 'd', 'other', null],
		['... and deeds alone are shared as before', [['d', 'Post', DEED], ['b', 'Daily', BARE]], 'b', 'other', 'Post'],
		// two thirds of the articles that classify a speaker decide for those that do not ...
		['two of three articles agree: the third, silent, takes their group', [['a', 'Wire', DESCRIBED], ['f', 'Times', DESCRIBED], ['c', 'Gazette', OTHER], ['b', 'Daily', BARE]], 'b', 'government', 'Wire'],
		['... while the one that says otherwise keeps its own', [['a', 'Wire', DESCRIBED], ['f', 'Times', DESCRIBED], ['c', 'Gazette', OTHER], ['b', 'Daily', BARE]], 'c', 'other', null]
	];
	it.each(rows)('%s', (_name, texts, id, group, from) => {
		const all = texts.map(([i, o, t]) => article(i, o, t));
		const shared = sharedGroups(all);
		const a = withSharedGroups(all.find((x) => x.id === id)!, shared);
		const putin = a.speakers.find((s) => s.speaker === 'Vladimir Putin')!;
		expect([putin.group, putin.groupFrom?.outlet ?? null]).toEqual([group, from]);
		// the quotes and the group tallies say the same
		expect(a.quotes.filter((q) => q.speaker === 'Vladimir Putin').every((q) => q.group === group)).toBe(true);
		expect(a.groups.map((g) => g.group)).toEqual([group]);
	});
	it('gives the charts a group of their own only where every article that classifies the speaker agrees', () => {
		const agreed = sharedGroups([article('a', 'Wire', DESCRIBED), article('b', 'Daily', BARE)]);
		// (the speaker's names; the collection's other actors, "court", "Moscow", are shared as well)
		const putin = (g: Record<string, string> | undefined) => Object.fromEntries(Object.entries(g ?? {}).filter(([k]) => /Putin/.test(k)));
		expect(putin(withSharedOverrides({}, agreed).groups)).toEqual({ 'Vladimir Putin': 'government', Putin: 'government' });
		const most = sharedGroups([article('a', 'Wire', DESCRIBED), article('f', 'Times', DESCRIBED), article('c', 'Gazette', OTHER)]);
		expect(most.get('Vladimir Putin')?.group).toBe('government');
		expect(putin(withSharedOverrides({}, most).groups)).toEqual({});
	});
	// review 37: an article that names a speaker by surname only ("Sanders said") is the collection's one person of that surname
	const SURNAME = 'Moscow pulled out of the court on Wednesday.\n\n"The court has not lived up to the hopes," Putin said.';
	const NAMESAKE = 'The singer Lyudmila Putin, a local musician, opened the fair.\n\n"It was a good day," Lyudmila Putin said.';
	it.each([
		['a surname alone takes the group of the one full name of the collection', [DESCRIBED], 'government'],
		['... but not where two people of the collection share it', [DESCRIBED, NAMESAKE], 'unclassified']
	] as [string, string[], string][])('%s', (_n, others, group) => {
		const all = [...others.map((t, k) => article(`o${k}`, `Outlet ${k}`, t)), article('s', 'Daily', SURNAME)];
		const a = withSharedGroups(all[all.length - 1], sharedGroups(all));
		expect(a.speakers.find((x) => x.speaker === 'Putin')?.group).toBe(group);
	});
	it('gives the words that decided it in the other article', () => {
		const all = [article('a', 'Wire', DESCRIBED), article('b', 'Daily', BARE)];
		expect(withSharedGroups(all[1], sharedGroups(all)).speakers[0].groupFrom).toEqual({ outlet: 'Wire', text: 'Russian President' });
	});
	// review V (39th stop): people an article names but does not quote are one person across the collection too
	const NAMED = 'Russian President Vladimir Putin signed the order on Wednesday.';
	const MENTIONED = 'Vladimir Putin met the envoy on Wednesday. Vladimir Putin left early.';
	it.each([
		['an actor the article leaves unclassified takes the group another article names them by', [['a', 'Wire', NAMED], ['m', 'Daily', MENTIONED]], 'government', 'Wire'],
		['... not with no article saying who they are', [['m', 'Daily', MENTIONED]], 'unclassified', null],
		['... and a speaker silent about it too, from an article that only names them', [['a', 'Wire', NAMED], ['b', 'Daily', BARE]], 'government', 'Wire']
	] as [string, [string, string, string][], string, string | null][])('%s', (_n, texts, group, from) => {
		const all = texts.map(([i, o, t]) => article(i, o, t));
		const last = withSharedGroups(all[all.length - 1], sharedGroups(all));
		const actor = last.actors!.find((x) => x.name === 'Vladimir Putin')!;
		expect([actor.group, actor.groupFrom?.outlet ?? null]).toEqual([group, from]);
	});
	it('a description is no name: "the woman" of one article is not another\'s', () => {
		const withActor = (id: string, group: string) => ({ id, outlet: id, speakers: [], actors: [{ name: 'woman', kind: 'person', group, mentions: [], tone: 0, polarity: 'neutral', evidence: [], sentences: [] }] }) as unknown as Parameters<typeof sharedGroups>[0][number];
		expect(sharedGroups([withActor('a', 'citizen'), withActor('b', 'citizen')]).has('woman')).toBe(false);
		const b = article('b', 'Daily', 'The woman was not there on Monday. She left.');
		const shared = new Map([['woman', { group: 'citizen' as const, article: 'a', outlet: 'Wire', text: 'the woman', lastResort: false, unanimous: true }]]);
		expect(withSharedGroups(b, shared).actors!.find((x) => x.name === 'woman')?.group).toBe('unclassified');
	});
	it('the speaker of the last row takes it too', () => {
		const all = [article('a', 'Wire', NAMED), article('b', 'Daily', BARE)];
		const b = withSharedGroups(all[1], sharedGroups(all));
		expect(b.speakers.find((x) => x.speaker === 'Vladimir Putin')?.group).toBe('government');
	});
});

// review DD (42nd stop): "Donald J. Trump" of one article is the "Donald Trump" of another
describe('sharedGroups: a name with and without middle initials is one speaker', () => {
	it.each([
		['Russian President Vladimir V. Putin signed the order.\n\n"The court has failed," Vladimir V. Putin said.', '"The court has failed," Vladimir Putin said.', 'Vladimir Putin'],
		['Russian President Vladimir Putin signed the order.\n\n"The court has failed," Vladimir Putin said.', '"The court has failed," Vladimir V. Putin said.', 'Vladimir V. Putin']
	])('%s / %s', (described, bare, speaker) => {
		const all = [article('a', 'Wire', described), article('b', 'Daily', bare)];
		const b = withSharedGroups(all[1], sharedGroups(all));
		expect(b.speakers.find((s) => s.speaker === speaker)?.group).toBe('government');
	});
});
