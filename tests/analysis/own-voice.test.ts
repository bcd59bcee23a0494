// The own-voice rule (issue #7): an outlet quoting its own staff speaks in its own voice. The quotes are
// marked, their loaded words count as the outlet's, and the facilitator's switch turns it off exactly.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../analysis/pipeline.js';
import { applyOutletVoice } from '../../analysis/loaded/index.js';
import { loadDefaultLexicon } from '../../analysis/lexicon/index.js';
import { loadGroupRules } from '../../analysis/quotes/index.js';

const options = { lexicon: loadDefaultLexicon(), groupRules: loadGroupRules() };
const text =
	'Ann Lee, the research director of Brightwater Watch, visited the camp.\n\n"The guards are brutal thugs and the regime is a disgrace," Lee said.\n\nTom Dale, a local resident, said: "The guards are brutal thugs."';

describe('applyOutletVoice', () => {
	const a = analyseArticle({ id: 'o', outlet: 'Brightwater Watch', text, raw: true }, options);

	it('marks the quotes of the outlet\'s own staff and counts their loaded words as the outlet\'s', () => {
		const own = a.quotes.filter((q) => q.ownVoice);
		expect(own.map((q) => q.speaker)).toEqual(['Ann Lee']);
		const inOwn = a.loaded.filter((l) => own.some((q) => l.start >= q.start && l.end <= q.end));
		expect(inOwn.length).toBeGreaterThan(0);
		expect(inOwn.every((l) => l.voice === 'outlet' && l.ownVoice)).toBe(true);
		// another speaker's same words stay quoted
		const other = a.quotes.find((q) => q.speaker === 'Tom Dale')!;
		expect(a.loaded.filter((l) => l.start >= other.start && l.end <= other.end).every((l) => l.voice === 'quoted')).toBe(true);
	});

	it('switched off: the quotes are quotes like anyone else\'s, and the densities go back', () => {
		const off = applyOutletVoice(a, false);
		expect(off.quotes.some((q) => q.ownVoice)).toBe(false);
		expect(off.loaded.some((l) => l.ownVoice)).toBe(false);
		const plain = analyseArticle({ id: 'o', outlet: 'Somebody Else', text, raw: true }, options);
		expect(off.loadedSummary).toEqual(plain.loadedSummary);
		expect(off.loaded.map((l) => l.voice)).toEqual(plain.loaded.map((l) => l.voice));
	});

	it('is repeatable: on, off and on again gives the same analysis', () => {
		const again = applyOutletVoice(applyOutletVoice(a, false), true);
		expect(again.loadedSummary).toEqual(a.loadedSummary);
		expect(again.quotes.map((q) => !!q.ownVoice)).toEqual(a.quotes.map((q) => !!q.ownVoice));
	});
});

// what the outlet's own staff are reported to have said is the outlet speaking too; anyone else's report is theirs
describe('applyOutletVoice: reported speech', () => {
	const reported =
		'Ann Lee, the research director of Brightwater Watch, visited the camp.\n\nLee said the guards were brutal thugs.\n\nTom Dale, a local resident, said the guards were brutal thugs.';
	const a = analyseArticle({ id: 'r', outlet: 'Brightwater Watch', text: reported, raw: true }, options);
	const voices = (speaker: string) => {
		const q = a.quotes.find((x) => x.speaker === speaker && x.kind === 'indirect')!;
		return a.loaded.filter((l) => l.start >= q.start && l.end <= q.end).map((l) => l.voice);
	};
	it.each([
		['Ann Lee', 'outlet'],
		['Tom Dale', 'quoted']
	])('%s: %s', (speaker, voice) => {
		const vs = voices(speaker);
		expect(vs.length).toBeGreaterThan(0);
		expect(new Set(vs)).toEqual(new Set([voice]));
	});
});
