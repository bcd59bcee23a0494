// headline-claim.ts on invented texts: a headline's "Source: claim" is the source's report, when the body
// names the source again; a topic, a country, a question or a clause in capitals is no source.
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

const BODY = '\n\nSenator Ann Vale said on Sunday that the council should talk about the budget. Vale spoke in Millbrook.';

const rows: [string, string, { text: string; kind: string; speaker: string | null }[]][] = [
	['"Vale: …" is Vale’s report', "Vale: Council needs to 'get away from all of this personality stuff'." + BODY, [{ text: "Council needs to 'get away from all of this personality stuff'", kind: 'indirect', speaker: 'Ann Vale' }]],
	['... with a title before the name', "Sen. Ann Vale: Council needs to stop the spending now." + BODY, [{ text: 'Council needs to stop the spending now', kind: 'indirect', speaker: 'Ann Vale' }]],
	['... all in quotation marks, her words', 'Vale: ‘We Are Going To Win This Vote In March.’' + BODY, [{ text: '‘We Are Going To Win This Vote In March.’', kind: 'direct', speaker: 'Ann Vale' }]],
	['"The Latest: …" names no one', 'The Latest: Council to vote on the budget in March.' + BODY, []],
	['a country is a report’s topic, not its source', 'Harbouria: Decision To Leave The Court A Blow To Justice.\n\nHarbouria said on Sunday it would leave the court. Harbouria had signed the treaty in 2000.', []],
	['a question is about the one named', 'Vale: Budget hawk or another typical career politician?' + BODY, []],
	['a clause in capitals before the colon is no name', 'Ann Vale Endorses Tom Reed: I Am Horrified By The Budget.' + BODY, []],
	['a name the body never mentions again is a heading', 'Tom Reed: A Life In The Council.' + BODY, []]
];

describe('headline claims: "Source: claim" on the first line is the source’s report', () => {
	it.each(rows)('%s', (_name, text, expected) => {
		const { quotes } = analyse(text);
		const firstLine = text.indexOf('\n');
		const got = quotes.filter((q) => q.start < firstLine).map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker }));
		expect(got).toEqual(expected);
	});
});
