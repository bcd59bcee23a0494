// A speaker one article leaves unclassified takes the group another article of the collection gives
// them, on the article's page and in the outlet's figures alike (analysis/quotes/shared-groups.ts).
import { describe, expect, it } from 'vitest';
import { store } from './helpers.js';

describe('one speaker, one group across a collection', () => {
	// review 36: a group read from a deed gives way to a title in another article, and the page says so
	it('a group read from a deed gives way to one read from a title, on the page and in the figures', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		s.addArticle(c.id, { outlet: 'Wire', content: 'Russian President Vladimir Putin signed the order on Wednesday.\n\n"The court has not lived up to the hopes," Putin said.' });
		const b = s.addArticle(c.id, { outlet: 'Daily', content: 'Vladimir Putin scored twice in the second half.\n\n"It was a good day," Vladimir Putin said.' });
		const [speaker] = s.analyseStoredArticle(b.id).speakers;
		expect([speaker.group, speaker.groupFrom?.outlet, speaker.groupEvidence?.text]).toEqual(['government', 'Wire', 'Putin scored']);
		expect(s.analyseCollection(c.id).outlets.find((o) => o.outlet === 'Daily')!.groups.map((g) => g.group)).toEqual(['government']);
	});

	it('the article page and the outlet figures agree', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		s.addArticle(c.id, { outlet: 'Wire', content: 'Russian President Vladimir Putin signed the order on Wednesday.\n\n"The court has not lived up to the hopes," Putin said.' });
		const b = s.addArticle(c.id, { outlet: 'Daily', content: 'Moscow pulled out of the court on Wednesday.\n\n"The court has not lived up to the hopes," Vladimir Putin said.' });
		const page = s.analyseStoredArticle(b.id);
		expect(page.speakers.map((x) => [x.speaker, x.group, x.groupFrom?.outlet])).toEqual([['Vladimir Putin', 'government', 'Wire']]);
		const daily = s.analyseCollection(c.id).outlets.find((o) => o.outlet === 'Daily')!;
		expect(daily.groups.map((g) => g.group)).toEqual(['government']);
		// the facilitator's own group for the name still decides
		s.setSettings(c.id, { speakers: { groups: { 'Vladimir Putin': 'other' } } });
		expect(s.analyseStoredArticle(b.id).speakers.map((x) => x.group)).toEqual(['other']);
	});

	// third newcomer pass: after "man" was merged into "patient", Gizmodo's figures still counted the
	// merged quotes as unclassified while the page said citizen; only saving the group again fixed it
	it('a speaker merged into one another article classifies takes that group in the figures too', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		s.addArticle(c.id, { outlet: 'Wire', content: 'A patient fell ill after buying a new duvet.\n\n"It was hard to breathe," the patient said.' });
		const b = s.addArticle(c.id, { outlet: 'Daily', content: 'Doctors found the cause in May.\n\n"It was hard to breathe," Harlan Voss said.' });
		expect(s.analyseCollection(c.id).outlets.find((o) => o.outlet === 'Daily')!.groups.map((g) => g.group)).toEqual(['unclassified']);
		s.setSettings(c.id, { speakers: { merges: { 'Harlan Voss': 'patient' } } });
		expect(s.analyseStoredArticle(b.id).speakers.map((x) => [x.speaker, x.group])).toEqual([['patient', 'citizen']]);
		const daily = s.analyseCollection(c.id).outlets.find((o) => o.outlet === 'Daily')!;
		expect(daily.groups.map((g) => g.group)).toEqual(['citizen']);
		expect(daily.speakers.map((x) => [x.speaker, x.group])).toEqual([['patient', 'citizen']]);
	});
});
