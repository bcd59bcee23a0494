// groups.ts: which group a phrase names, from speaker-groups.tsv and states.txt.
import { describe, expect, it } from 'vitest';
import { classifySpeaker, loadGroupRules, parseGroupRules } from '../../../analysis/quotes/index.js';

const rules = loadGroupRules();

describe('speaker groups', () => {
	it('parses the TSV, skipping comments, blank lines and unknown groups', () => {
		const r = parseGroupRules('# comment\nministry\tgovernment\n\nfoo\tnot a group\nRed Cross\tInternational Body\nbad line\n');
		expect(r).toEqual([
			{ pattern: 'ministry', group: 'government' },
			{ pattern: 'red cross', group: 'international body' }
		]);
	});
	const cases: [string | null, string | null, string | null, string][] = [
		['Brightwater University', null, 'Marta Kowalczyk', 'expert or academic'],
		[null, 'state media', 'Norhaven state media', 'media'],
		[null, null, 'Interior Ministry', 'government'],
		['Greenfield Collective', 'organiser', 'Pavel Ostrow', 'unclassified'],
		[null, null, 'Lisbon', 'government'],
		[null, null, 'the U.S.', 'government'],
		// a person with a state in the affiliation is grouped by the usual rules, not as the state
		['Norway', null, 'Pavel Ostrow', 'unclassified']
	];
	it.each(cases)('affiliation %s, title %s, name %s → %s', (aff, title, name, group) => {
		expect(classifySpeaker(rules, aff, title, name)).toBe(group);
	});
	it('the longest matching pattern wins', () => {
		const r = parseGroupRules('state\tgovernment\nstate media\tmedia\n');
		expect(classifySpeaker(r, null, null, 'Norhaven state media')).toBe('media');
	});
});
