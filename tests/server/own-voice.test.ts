// The facilitator's own-voice switch (issue #7), stored with the collection like the other speaker
// overrides: off, an outlet's own staff are quoted speakers; on again, the outlet's voice. No
// re-analysis either way. And speaker names from text stay plain names in stored overrides (#11).
import { describe, expect, it } from 'vitest';
import { checkSpeakerOverrides } from '../../src/lib/server/validate.js';
import { InputError } from '../../src/lib/server/errors.js';
import { countingEngine, store } from './helpers.js';

describe('the own-voice switch', () => {
	it('turns the rule off and on for a collection, without recomputing', () => {
		const counter = countingEngine();
		const s = store({ engine: counter.engine });
		const c = s.createCollection({ name: 'C' });
		const text = '"This is a brutal and shameful decision," said Jane Doe, director of Harbour Watch.\n\nThe vote is on Friday.';
		s.addArticle(c.id, { outlet: 'Harbour Watch', content: text });
		const on = s.analyseCollection(c.id).articles[0];
		expect(on.quotes[0].ownVoice).toBe(true);
		expect(on.loadedSummary.counts.quoted).toBe(0);
		s.setSettings(c.id, { speakers: { ownVoice: false } });
		const off = s.analyseCollection(c.id).articles[0];
		expect(off.quotes[0].ownVoice).toBeUndefined();
		expect(off.loadedSummary.counts.ownVoice).toBe(0);
		expect(off.loadedSummary.counts.quoted).toBe(on.loadedSummary.counts.ownVoice);
		expect(s.getCollection(c.id).settings.speakers.ownVoice).toBe(false);
		s.setSettings(c.id, { speakers: {} });
		expect(s.analyseCollection(c.id).articles[0].loadedSummary).toEqual(on.loadedSummary);
		expect(counter.calls()).toBe(1);
	});
});

describe('checkSpeakerOverrides', () => {
	it('keeps names that look like object properties as plain keys', () => {
		const o = checkSpeakerOverrides(JSON.parse('{"groups": {"__proto__": "media", "constructor": "government"}, "merges": {"toString": "constructor"}}'));
		expect(Object.keys(o.groups!)).toEqual(['__proto__', 'constructor']);
		expect(o.groups!['__proto__' as string]).toBe('media');
		expect(o.merges).toEqual(Object.assign(Object.create(null), { toString: 'constructor' }));
	});
	it('refuses an own-voice setting that is not true or false', () => {
		expect(() => checkSpeakerOverrides({ ownVoice: 'no' })).toThrow(InputError);
		expect(checkSpeakerOverrides({ ownVoice: false }).ownVoice).toBe(false);
		expect(checkSpeakerOverrides({ ownVoice: true }).ownVoice).toBeUndefined();
	});
	it.each([
		// [names that are no actor, kept list or the error]
		[['HP', 'Century', 'HP'], ['HP', 'Century']],
		[[], undefined],
		['HP', /speakers\.notActors: must be a list of names/],
		[['<b>HP</b>'], /speakers\.notActors: must not contain HTML/],
		[[''], /speakers\.notActors/]
	] as [unknown, string[] | RegExp | undefined][])('names that are no actor: %j', (notActors, want) => {
		if (want instanceof RegExp) expect(() => checkSpeakerOverrides({ notActors })).toThrow(want);
		else expect(checkSpeakerOverrides({ notActors }).notActors).toEqual(want);
	});
});
