// The facilitator's corrections of single quotes (src/lib/server/quote-fixes.ts): saved with the
// collection, laid on at read time with no re-analysis, recounted in the outlets' figures, and
// refused with a message naming what was wrong.
import { describe, expect, it } from 'vitest';
import { correctQuote, uncorrectQuote } from '../../src/lib/server/quote-fixes.js';
import { checkSpeakerOverrides } from '../../src/lib/server/validate.js';
import { InputError } from '../../src/lib/server/errors.js';
import { countingEngine, store } from './helpers.js';

const TEXT = [
	'The council approved the harbour plan on Monday.',
	'"This is a shameful and reckless decision," said Jane Doe, a councillor.',
	'Residents held signs reading "Save Our Harbour Now, Today And Forever, Please, Council" outside.',
	'"We were never asked about any of it at all," one resident told reporters.'
].join('\n\n');

function setup() {
	const counter = countingEngine();
	const s = store({ engine: counter.engine });
	const c = s.createCollection({ name: 'C' });
	const a = s.addArticle(c.id, { outlet: 'Harbour Post', content: TEXT });
	return { s, c, a, counter };
}

describe('correcting a single quote', () => {
	it('gives a quote a speaker, and the speaker and outlet tallies count it', () => {
		const { s, c, a } = setup();
		const before = s.analyseStoredArticle(a.id);
		const q = before.quotes.find((x) => x.text.startsWith('We were never asked'))!;
		expect(q).toBeTruthy();
		const said = correctQuote(s, c.id, a.id, q, 'Harbour Residents Association');
		expect(said).toMatch(/now counted as said by Harbour Residents Association/);
		const after = s.analyseStoredArticle(a.id);
		const fixed = after.quotes.find((x) => x.start === q.start)!;
		expect([fixed.speaker, fixed.given]).toEqual(['Harbour Residents Association', true]);
		expect(after.speakers.map((x) => x.speaker)).toContain('Harbour Residents Association');
		const outlet = s.analyseCollection(c.id).outlets[0];
		expect(outlet.speakers.map((x) => x.speaker)).toContain('Harbour Residents Association');
	});

	// fourth newcomer pass: a typed speaker gets the group its name says, as any speaker's name does
	it.each([
		['Ministry of Health', 'government'],
		['Harbour Residents Association', 'rights group or NGO'],
		['Ann Lee', 'unclassified']
	])('a quote given to %j is grouped %j', (name, group) => {
		const { s, c, a } = setup();
		const q = s.analyseStoredArticle(a.id).quotes.find((x) => x.text.startsWith('We were never asked'))!;
		correctQuote(s, c.id, a.id, q, name);
		expect(s.analyseStoredArticle(a.id).quotes.find((x) => x.start === q.start)!.group).toBe(group);
	});

	it('leaves out a passage that is no quote, and its words become the outlet’s own', () => {
		const { s, c, a } = setup();
		const before = s.analyseStoredArticle(a.id);
		const q = before.quotes.find((x) => x.text.includes('shameful'))!;
		const quotedBefore = before.loaded.filter((l) => l.voice === 'quoted').length;
		expect(quotedBefore).toBeGreaterThan(0);
		correctQuote(s, c.id, a.id, q, null);
		const after = s.analyseStoredArticle(a.id);
		expect(after.quotes.some((x) => x.start === q.start)).toBe(false);
		expect(after.loaded.filter((l) => l.start >= q.start && l.end <= q.end).every((l) => l.voice === 'outlet')).toBe(true);
		expect(after.loadedSummary.counts.quoted).toBe(before.loadedSummary.counts.quoted - quotedBefore);
		// taken back: as the analysis found it
		expect(uncorrectQuote(s, c.id, a.id, q)).toMatch(/counts as a quote again/);
		expect(s.analyseStoredArticle(a.id)).toEqual(before);
	});

	it('giving back the speaker the analysis found removes the correction', () => {
		const { s, c, a } = setup();
		const q = s.analyseStoredArticle(a.id).quotes.find((x) => x.speaker === 'Jane Doe')!;
		correctQuote(s, c.id, a.id, q, 'Someone Else');
		expect(s.getCollection(c.id).settings.speakers.quoteFixes).toHaveLength(1);
		expect(correctQuote(s, c.id, a.id, q, 'Jane Doe')).toMatch(/said by Jane Doe again/);
		expect(s.getCollection(c.id).settings.speakers.quoteFixes).toBeUndefined();
	});

	it('a name typed in another case is the speaker the collection already quotes', () => {
		const { s, c, a } = setup();
		const q = s.analyseStoredArticle(a.id).quotes.find((x) => x.text.startsWith('We were never asked'))!;
		expect(correctQuote(s, c.id, a.id, q, '  jane   DOE ')).toMatch(/said by Jane Doe\./);
		const speakers = s.analyseStoredArticle(a.id).speakers;
		expect(speakers.find((x) => x.speaker === 'Jane Doe')?.quotes).toBe(2);
		expect(speakers.some((x) => x.speaker !== 'Jane Doe' && /jane/i.test(x.speaker))).toBe(false);
	});

	it('never re-analyses: corrections are laid over the cached analysis', () => {
		const { s, c, a, counter } = setup();
		s.analyseStoredArticle(a.id);
		const n = counter.calls();
		const q = s.analyseStoredArticle(a.id).quotes[0];
		correctQuote(s, c.id, a.id, q, null);
		s.analyseCollection(c.id);
		expect(counter.calls()).toBe(n);
	});

	it('goes with its article when the article is deleted', () => {
		const { s, c, a } = setup();
		correctQuote(s, c.id, a.id, s.analyseStoredArticle(a.id).quotes[0], null);
		s.deleteArticle(a.id, c.id);
		expect(s.getCollection(c.id).settings.speakers.quoteFixes).toBeUndefined();
	});

	it('moves with the collection through export and import', () => {
		const { s, c, a } = setup();
		const q = s.analyseStoredArticle(a.id).quotes[0];
		correctQuote(s, c.id, a.id, q, 'Someone Else');
		const copy = s.importCollection(JSON.parse(JSON.stringify(s.exportCollection(c.id))));
		const [newId] = s.listArticles(copy.id).map((m) => m.id);
		expect(copy.settings.speakers.quoteFixes?.map((f) => f.article)).toEqual([newId]);
		expect(s.analyseStoredArticle(newId).quotes[0].speaker).toBe('Someone Else');
	});

	const refused: [string, () => unknown, RegExp][] = [
		['a quote not in the analysis', () => { const { s, c, a } = setup(); return correctQuote(s, c.id, a.id, { start: 1, end: 5 }, 'X'); }, /quote at 1–5.*not in this article’s analysis/],
		['an empty speaker', () => { const { s, c, a } = setup(); return correctQuote(s, c.id, a.id, s.analyseStoredArticle(a.id).quotes[0], '  '); }, /^The speaker’s name for “.*”: is required/],
		['a speaker of 300 characters', () => { const { s, c, a } = setup(); return correctQuote(s, c.id, a.id, s.analyseStoredArticle(a.id).quotes[0], 'x'.repeat(300)); }, /is too long \(300 characters, at most 200\)/],
		['a speaker with HTML', () => { const { s, c, a } = setup(); return correctQuote(s, c.id, a.id, s.analyseStoredArticle(a.id).quotes[0], '<b>X</b>'); }, /HTML/],
		['taking back what was never saved', () => { const { s, c, a } = setup(); return uncorrectQuote(s, c.id, a.id, { start: 3, end: 9 }); }, /correction at 3–9.*not saved/]
	];
	it.each(refused)('refuses %s, naming it, and saves nothing', (_name, run, message) => {
		let error: unknown;
		try {
			run();
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(InputError);
		expect(String((error as Error).message)).toMatch(message);
	});
});

describe('checkSpeakerOverrides: quoteFixes', () => {
	const ok = { article: 'a1', start: 10, end: 40, text: 'we were never asked', speaker: 'X' };
	const rows: [string, unknown, RegExp | null][] = [
		['a correction', [ok], null],
		['no speaker (not a quote)', [{ ...ok, speaker: null }], null],
		['not a list', { a: ok }, /quoteFixes.*must be a list/],
		['an end before its start', [{ ...ok, end: 5 }], /quoteFixes\[0\]\.end.*after its start/],
		['a negative start', [{ ...ok, start: -1 }], /quoteFixes\[0\]\.start/],
		['no words', [{ ...ok, text: ' ' }], /quoteFixes\[0\]\.text/],
		['too many words', [{ ...ok, text: 'x'.repeat(1001) }], /at most 1000/],
		['no article', [{ ...ok, article: '' }], /quoteFixes\[0\]\.article.*required/]
	];
	it.each(rows)('%s', (_name, quoteFixes, error) => {
		if (error) expect(() => checkSpeakerOverrides({ quoteFixes })).toThrow(error);
		else expect(checkSpeakerOverrides({ quoteFixes }).quoteFixes).toEqual(quoteFixes);
	});
	it('keeps one correction per quote, the later', () => {
		expect(checkSpeakerOverrides({ quoteFixes: [ok, { ...ok, speaker: 'Y' }] }).quoteFixes).toEqual([{ ...ok, speaker: 'Y' }]);
	});
});
