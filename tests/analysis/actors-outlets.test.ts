// Tone toward each actor per outlet (analysis/actors/outlets.ts, compareOutlets). Invented articles.
import { describe, expect, it } from 'vitest';
import { actorKey, actorKeyer, outletActors, sharedActors } from '../../analysis/actors/outlets.js';
import { analyseArticle } from '../../analysis/pipeline.js';
import { compareOutlets } from '../../analysis/compare.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';
import type { Actor, EntityMention } from '../../analysis/types.js';

const actor = (name: string, scores: number[], kind: 'person' | 'org' = 'person', form: EntityMention['form'] = 'name'): Actor => ({
	name,
	kind,
	group: 'unclassified',
	mentions: scores.map((_, i) => ({ start: i * 10, end: i * 10 + name.length, text: name, form })),
	tone: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0,
	polarity: 'neutral',
	evidence: scores.filter((s) => s !== 0).map((s, i) => ({ start: i * 10, end: i * 10 + 4, text: 'word', value: s * 4 })),
	sentences: scores.map((score, i) => ({ start: i * 10, end: i * 10 + 9, score, words: score ? 1 : 0 }))
});

describe('actorKey', () => {
	it.each([
		['Ann Roe', 'ann roe'],
		['the United Nations', 'united nations'],
		['Mr. Vale', 'vale'],
		['Kestrel’s', 'kestrel'],
		['Harbour  Trust', 'harbour trust'],
		['the Democratic Republic of the Congo', 'democratic republic of congo'],
		['Democratic Republic of Congo', 'democratic republic of congo'],
		// (seventh newcomer pass: the embassy was two actors, each outlet "not naming" the other)
		['U.S. Embassy', 'us embassy'],
		['the US embassy', 'us embassy'],
		['J.R. Vale', 'jr vale']
	])('%s → %s', (name, key) => expect(actorKey(name)).toBe(key));
});

describe('outletActors', () => {
	it.each([
		// [articles' actors, expected rows: key, tone, sentences, toned, evidence]
		['one article', [[actor('Ann Roe', [-0.4, 0])]], [['ann roe', -0.2, 2, 1, 1]]],
		['pooled over two articles', [[actor('Ann Roe', [-0.4])], [actor('Ann Roe', [0.2, 0.2])]], [['ann roe', 0, 3, 3, 3]]],
		['a surname joins the one full name', [[actor('Ann Roe', [0.3])], [actor('Roe', [0.3])]], [['ann roe', 0.3, 2, 2, 2]]],
		['a name the facilitator says is no actor is left out, under any name that keys to it', [[actor('Ann Roe', [0.3]), actor('Hidden Thing', [-0.5], 'org')], [actor('the hidden thing', [-0.4], 'org')]], [['ann roe', 0.3, 1, 1, 1]]],
		['an organisation of one word joins no person', [[actor('Inner Mongolia', [0])], [actor('Mongolia', [-0.3], 'org')]], [['inner mongolia', 0, 1, 0, 0], ['mongolia', -0.3, 1, 1, 1]]],
		['an unnamed actor is not compared', [[actor('a woman', [-0.5], 'person', 'description'), actor('Kestrel Airways', [0], 'org')]], [['kestrel airways', 0, 1, 0, 0]]]
	])('%s', (_label, arts, rows) => {
		const analyses = (arts as Actor[][]).map((actors, i) => ({ id: `a${i}`, actors }));
		const got = outletActors(analyses, actorKeyer(analyses), ['Hidden Thing']);
		expect(got.map((r) => [r.key, r.tone, r.sentences, r.toned, r.evidence])).toEqual(rows);
	});

	it('a surname shared by two full names stays apart', () => {
		const analyses = [{ id: 'a', actors: [actor('Ann Roe', [0.1]), actor('Ben Roe', [0.1]), actor('Roe', [-0.5])] }];
		expect(outletActors(analyses, actorKeyer(analyses)).map((r) => r.key).sort()).toEqual(['ann roe', 'ben roe', 'roe']);
	});

	// second pass of the fourth newcomer: one country as "Congo" and "the Democratic Republic of the Congo"
	it.each([
		[['Congo', 'Democratic Republic of the Congo', 'Democratic Republic of Congo'], ['democratic republic of congo']],
		[['Congo', 'Republic of Congo', 'Democratic Republic of Congo'], ['congo', 'democratic republic of congo', 'republic of congo']],
		[['Korea'], ['korea']],
		// fourteenth newcomer: a body in a place is no state of it
		[['Kabul', 'American University of Kabul'], ['american university of kabul', 'kabul']]
	])('%j -> %j', (names, keys) => {
		const analyses = [{ id: 'a', actors: names.map((n) => actor(n, [0.1], 'org')) }];
		expect(outletActors(analyses, actorKeyer(analyses)).map((r) => r.key).sort()).toEqual(keys);
	});

	// seventh newcomer pass: "State Department" in some outlets, "U.S. State Department" in others
	it.each([
		[['State Department', 'U.S. State Department', 'US State Department'], ['us state department']],
		[['government', 'US government', 'UK government'], ['government', 'uk government', 'us government']],
		[['Embassy', 'the U.S. Embassy'], ['us embassy']],
		[['Home Office', 'Kestrel Home Office'], ['home office', 'kestrel home office']]
	])('a country initialism before a name: %j -> %j', (names, keys) => {
		const analyses = [{ id: 'a', actors: names.map((n) => actor(n, [0.1], 'org')) }];
		expect(outletActors(analyses, actorKeyer(analyses)).map((r) => r.key).sort()).toEqual(keys);
	});

	// fifth newcomer pass: "Donald Trump" in one outlet, "Donald J. Trump" in two others
	it.each([
		[['Ann Roe', 'Ann B. Roe', 'Roe'], ['ann roe']],
		[['Ann B. Roe'], ['ann roe']],
		[['Ann Roe', 'Ann B. Roe', 'Ann C. D. Roe'], ['ann b. roe', 'ann c. d. roe', 'ann roe']],
		[['Ann Roe', 'Ann Bea Roe'], ['ann bea roe', 'ann roe']],
		// (a name's particle is no initial)
		[['Alex de Minaur', 'Alex Minaur'], ['alex de minaur', 'alex minaur']]
	])('a middle initial: %j -> %j', (names, keys) => {
		const analyses = [{ id: 'a', actors: names.map((n) => actor(n, [0.1])) }];
		expect(outletActors(analyses, actorKeyer(analyses)).map((r) => r.key).sort()).toEqual(keys);
	});

	it('the facilitator’s merges join two names of one person', () => {
		const analyses = [{ id: 'a', actors: [actor('Annie Roe-Smith', [0.5]), actor('Ann Roe', [-0.5])] }];
		const rows = outletActors(analyses, actorKeyer(analyses, { merges: { 'Annie Roe-Smith': 'Ann Roe' } }));
		expect(rows.map((r) => [r.key, r.sentences, r.tone])).toEqual([['ann roe', 2, 0]]);
	});
});

describe('sharedActors', () => {
	const row = (key: string, sentences: number) => outletActors([{ id: key, actors: [actor(key, new Array(sentences).fill(0.1))] }], (a) => actorKey(a.name))[0];
	it.each([
		['two outlets of three', [[row('Roe', 2)], [row('Roe', 1), row('Vale', 3)], [row('Vale', 1)]], 2, ['vale', 'roe']],
		['one outlet only', [[row('Roe', 2)], [row('Vale', 1)]], 2, []],
		['three outlets first', [[row('Roe', 1), row('Vale', 1)], [row('Roe', 1), row('Vale', 1)], [row('Vale', 1)]], 2, ['vale', 'roe']]
	])('%s', (_label, outlets, min, keys) => {
		const shared = sharedActors((outlets as ReturnType<typeof row>[][]).map((actors) => ({ actors })), min as number);
		expect(shared.map((s) => s.key)).toEqual(keys);
		for (const s of shared) expect(s.rows).toHaveLength((outlets as unknown[]).length);
	});
});

describe('compareOutlets: tone toward each actor per outlet', () => {
	const options = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
	const art = (id: string, outlet: string, text: string) => analyseArticle({ id, outlet, text }, options);
	it('the same actor, harsh in one outlet and plain in another', () => {
		const rows = compareOutlets(
			[
				art('a', 'Daily Harbour', 'Mayor Ann Roe lied to voters about the budget. Roe then blamed her staff for the disaster.'),
				art('b', 'Harbour Times', 'Mayor Ann Roe presented the budget on Monday. Roe will meet the council next week.')
			],
			options
		);
		const roe = rows.map((r) => r.actors?.find((a) => a.key === 'ann roe'));
		expect(roe[0]?.polarity).toBe('negative');
		expect(roe[0]!.evidence).toBeGreaterThan(0);
		expect(roe[1]?.polarity).toBe('neutral');
		expect(roe[1]!.sentences).toBe(2);
		expect(sharedActors(rows).map((s) => s.key)).toContain('ann roe');
	});
});
