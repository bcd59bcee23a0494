import { describe, expect, it } from 'vitest';
import { compareOutlets, distinctiveTerms } from '../../analysis/compare.js';
import { analyseArticle } from '../../analysis/pipeline.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';

describe('distinctiveTerms (weighted log-odds, informative Dirichlet prior)', () => {
	const all = { court: 20, treaty: 10, contempt: 6, sanctions: 6, election: 4 };
	const rows: [string, Record<string, number>, string[]][] = [
		// an outlet that uses "contempt" far more than the rest stands out on it
		['over-used term ranks first', { court: 4, contempt: 6, treaty: 2 }, ['contempt']],
		// proportional use of every word distinguishes nothing
		['proportional use gives nothing', { court: 10, treaty: 5, contempt: 3, sanctions: 3, election: 2 }, []]
	];
	it.each(rows)('%s', (_name, outlet, expected) => {
		expect(distinctiveTerms(outlet, all).map((t) => t.term)).toEqual(expected);
	});

	it('z grows with evidence: the same proportion on more words is more distinctive', () => {
		const small = distinctiveTerms({ a: 3, b: 1 }, { a: 4, b: 40 }, { minZ: -Infinity });
		const large = distinctiveTerms({ a: 30, b: 10 }, { a: 40, b: 400 }, { minZ: -Infinity });
		expect(large.find((t) => t.term === 'a')!.z).toBeGreaterThan(small.find((t) => t.term === 'a')!.z);
	});

	it('is deterministic: ties are broken by term', () => {
		const r1 = distinctiveTerms({ x: 5, y: 5 }, { x: 5, y: 5, z: 100 }, { minZ: -Infinity });
		const r2 = distinctiveTerms({ y: 5, x: 5 }, { z: 100, y: 5, x: 5 }, { minZ: -Infinity });
		expect(r1).toEqual(r2);
		expect(r1.map((t) => t.term)).toEqual(['x', 'y']);
	});

	it('a word used once is never distinctive, however rare elsewhere', () => {
		const r = distinctiveTerms({ once: 1, twice: 2, court: 3 }, { once: 1, twice: 2, court: 40, treaty: 40 }, { minZ: -Infinity });
		expect(r.map((t) => t.term)).not.toContain('once');
		expect(r.map((t) => t.term)).toContain('twice');
	});

	it('returns nothing for an empty outlet', () => {
		expect(distinctiveTerms({}, { a: 1 })).toEqual([]);
	});
});

describe('compareOutlets', () => {
	const options = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
	const A1 = 'The government announced a tax cut on Monday. Officials said the cut would help families.';
	const A2 = 'The tax cut passed the assembly. Families will see the cut in spring.';
	const B1 = 'Protesters marched against the tax cut. Protesters said the cut favours the rich, and protesters blocked roads.';
	const analyses = [
		analyseArticle({ id: 'a1', outlet: 'Herald', title: 'Tax cut announced', text: A1 }, options),
		analyseArticle({ id: 'b1', outlet: 'Courier', title: 'Marchers oppose cut', text: B1 }, options),
		analyseArticle({ id: 'a2', outlet: 'Herald', title: 'Tax cut passes', text: A2 }, options)
	];

	it('groups articles by outlet, in order of first appearance, with headlines side by side', () => {
		const rows = compareOutlets(analyses, options);
		expect(rows.map((r) => r.outlet)).toEqual(['Herald', 'Courier']);
		expect(rows[0].articles).toEqual(['a1', 'a2']);
		expect(rows[0].headlines.map((h) => h.title)).toEqual(['Tax cut announced', 'Tax cut passes']);
		expect(rows[0].words).toBe(analyses[0].words + analyses[2].words);
	});

	it('a single-article outlet works and finds its own distinctive wording', () => {
		const courier = compareOutlets(analyses, options)[1];
		expect(courier.articles).toEqual(['b1']);
		expect(courier.distinctive[0]?.term).toBe('protester');
	});

	it('is deterministic', () => {
		expect(JSON.stringify(compareOutlets(analyses, options))).toBe(JSON.stringify(compareOutlets(analyses, options)));
	});

	it('an outlet without comments has null comment sentiment', () => {
		for (const r of compareOutlets(analyses, options)) {
			expect(r.commentSentiment).toBeNull();
			expect(r.comments).toBe(0);
		}
	});
});
