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
