import { describe, expect, it } from 'vitest';
import { TooManyError } from '../../src/lib/server/errors.js';
import { parseLimit, RateLimiter } from '../../src/lib/server/rate-limit.js';
import { facilitatorLink, facilitatorToken, isFacilitatorToken, rotateFacilitatorToken } from '../../src/lib/server/facilitator-token.js';
import { store } from './helpers.js';

describe('parseLimit', () => {
	const fallback = { count: 5, windowMs: 1000 };
	it.each([
		['120/3600', { count: 120, windowMs: 3_600_000 }],
		[' 3 / 60 ', { count: 3, windowMs: 60_000 }],
		['0/60', fallback],
		['lots', fallback],
		[undefined, fallback]
	])('%j', (spec, expected) => expect(parseLimit(spec, fallback)).toEqual(expected));
});

describe('RateLimiter', () => {
	function limiter(count: number, seconds: number) {
		let t = 1_000_000;
		const l = new RateLimiter('articles added', () => ({ count, windowMs: seconds * 1000 }), () => t);
		return { l, advance: (s: number) => (t += s * 1000) };
	}

	it('allows up to the limit per client, then refuses with when to try again', () => {
		const { l, advance } = limiter(3, 60);
		l.take('a');
		advance(10);
		l.take('a', 2);
		let err: unknown;
		try {
			l.take('a');
		} catch (e) {
			err = e;
		}
		expect(err).toBeInstanceOf(TooManyError);
		expect((err as Error).message).toBe('Too many articles added from this device: at most 3 in a minute. Try again in 50 seconds.');
		expect((err as TooManyError).retryAfter).toBe(50);
		// Another client is not affected.
		l.take('b', 3);
		// The window slides.
		advance(50);
		l.take('a');
	});

	it('check() records nothing; record() counts only what happened', () => {
		const { l } = limiter(2, 3600);
		l.check('a', 2);
		l.check('a', 2);
		l.record('a', 1);
		expect(() => l.check('a', 2)).toThrow(/at most 2 in an hour/);
		l.check('a', 1);
	});

	it('a batch bigger than the whole limit says so', () => {
		const { l } = limiter(5, 600);
		expect(() => l.check('a', 6)).toThrow('That is 6 articles added at once; at most 5 are allowed in 10 minutes. Send fewer at a time.');
	});
});

describe('facilitator token', () => {
	it('is made once (≥128 bits), kept, checked in constant time, and rotated', () => {
		const s = store();
		const t = facilitatorToken(s.db);
		expect(Buffer.from(t, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
		expect(facilitatorToken(s.db)).toBe(t);
		expect(isFacilitatorToken(s.db, t)).toBe(true);
		expect(isFacilitatorToken(s.db, `${t}x`)).toBe(false);
		expect(isFacilitatorToken(s.db, '')).toBe(false);
		expect(isFacilitatorToken(s.db, null)).toBe(false);
		const next = rotateFacilitatorToken(s.db);
		expect(next).not.toBe(t);
		expect(isFacilitatorToken(s.db, t)).toBe(false);
		expect(isFacilitatorToken(s.db, next)).toBe(true);
		expect(facilitatorLink('http://192.168.1.2:3000', next)).toBe(`http://192.168.1.2:3000/facilitator?key=${next}`);
	});

	it('survives a restart (same database file)', () => {
		const first = store();
		const t = first.facilitatorToken();
		first.close();
		expect(store({ file: first.path }).facilitatorToken()).toBe(t);
	});
});
