// The actors chart's "how this is measured" note says when one sentence is enough to colour a bar, as
// actorPolarity decides it (fifth newcomer pass: the legend said "or one sentence" under a bar coloured
// positive from one strong sentence).
import { describe, expect, it } from 'vitest';
import { ACTOR_NOTE } from '../../src/lib/actors-chart';
import { STRONG, actorPolarity } from '../../analysis/actors/polarity';

describe('the actors chart note matches the polarity rule', () => {
	it.each([
		// [one sentence's tone in a story, polarity]
		[0.2, 'neutral'],
		[-0.2, 'neutral'],
		[STRONG, 'positive'],
		[-0.33, 'negative']
	] as const)('one sentence at %s in a story is %s', (tone, polarity) => {
		expect(actorPolarity(tone, [tone], true)).toBe(polarity);
	});

	it('names the threshold above which one sentence is enough', () => {
		expect(ACTOR_NOTE).toContain(`less than ±${STRONG}`);
	});
});

// eighth newcomer pass: CBS's −0.101 toward Haig showed as "−0.10" in a bar coloured negative, under a
// legend that called "−0.1 to +0.1" neutral
describe('the legend gives the polarity’s own edges', async () => {
	const { legendLabel } = await import('../../src/lib/actors-chart');
	const { POLAR, polarityOf } = await import('../../analysis/actors/polarity');
	it.each([
		['negative', 'full', 'negative (≤ −0.1)'],
		['negative', 'narrow', 'negative (≤ −0.1)'],
		['positive', 'full', 'positive (≥ +0.1)'],
		['positive', 'short', 'positive (≥ +0.1)'],
		['neutral', 'full', 'neutral (between, or one leaning sentence only)'],
		['neutral', 'short', 'neutral (or one sentence)'],
		['neutral', 'narrow', 'neutral']
	] as const)('%s, %s', (p, width, label) => {
		expect(legendLabel(p, width)).toBe(label);
	});
	it.each([
		[-POLAR, 'negative'],
		[-0.101, 'negative'],
		[-0.099, 'neutral'],
		[POLAR, 'positive'],
		[0.099, 'neutral']
	] as const)('a tone of %s is %s, as the legend says', (tone, p) => {
		expect(polarityOf(tone)).toBe(p);
	});
	it('the note says the same edges', () => {
		expect(ACTOR_NOTE).toContain(`Negative at −${POLAR} or below, positive at +${POLAR} or above`);
	});
});
