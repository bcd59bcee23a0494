// The per-address limit on answering devices: refusals are counted for the facilitator, who can let
// every device of a collection answer.
import { afterEach, describe, expect, it } from 'vitest';
import { admitDevice, allowSharedAddresses, forgetDevices, refusedDevices, sharedAddressesAllowed } from '../../src/lib/server/answer-devices';

afterEach(() => {
	forgetDevices();
	delete process.env.SLANT_DEVICES_PER_ADDRESS;
});

/** Each device of `devices` answers from `address`; returns which were refused. */
const answer = (collection: string, address: string, devices: string[]) =>
	devices.filter((d) => {
		try {
			admitDevice(collection, address, d);
			return false;
		} catch {
			return true;
		}
	});

describe('devices one address may answer from', () => {
	const rows: [string, [string, string[]][], string[], { devices: number; addresses: number }][] = [
		['four phones on one address answer', [['10.0.0.1', ['a', 'b', 'c', 'd']]], [], { devices: 0, addresses: 0 }],
		['a fifth is turned away and counted', [['10.0.0.1', ['a', 'b', 'c', 'd', 'e']]], ['e'], { devices: 1, addresses: 0 + 1 }],
		['the same device turned away twice counts once', [['10.0.0.1', ['a', 'b', 'c', 'd', 'e', 'e']]], ['e', 'e'], { devices: 1, addresses: 1 }],
		['an admitted device answers again', [['10.0.0.1', ['a', 'b', 'c', 'd', 'a']]], [], { devices: 0, addresses: 0 }],
		['two crowded addresses', [['10.0.0.1', ['a', 'b', 'c', 'd', 'e', 'f']], ['10.0.0.2', ['g', 'h', 'i', 'j', 'k']]], ['e', 'f', 'k'], { devices: 3, addresses: 2 }]
	];
	it.each(rows)('%s', (_name, posts, refused, counted) => {
		const got = posts.flatMap(([address, devices]) => answer('c1', address, devices));
		expect(got).toEqual(refused);
		expect(refusedDevices('c1')).toEqual(counted);
		expect(refusedDevices('other')).toEqual({ devices: 0, addresses: 0 });
	});

	it('once the facilitator lets every device answer, the turned-away answer and are no longer counted', () => {
		expect(answer('c1', '10.0.0.1', ['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['e', 'f']);
		expect(sharedAddressesAllowed('c1')).toBe(false);
		allowSharedAddresses('c1');
		expect(sharedAddressesAllowed('c1')).toBe(true);
		expect(answer('c1', '10.0.0.1', ['e', 'f', 'g'])).toEqual([]);
		expect(refusedDevices('c1')).toEqual({ devices: 0, addresses: 0 });
		// another collection keeps its limit
		expect(answer('c2', '10.0.0.1', ['a', 'b', 'c', 'd', 'e'])).toEqual(['e']);
	});

	it('a reset for the next group forgets the refusals and keeps the room’s choice', () => {
		answer('c1', '10.0.0.1', ['a', 'b', 'c', 'd', 'e']);
		allowSharedAddresses('c2');
		forgetDevices('c1');
		forgetDevices('c2');
		expect(refusedDevices('c1')).toEqual({ devices: 0, addresses: 0 });
		expect(sharedAddressesAllowed('c2')).toBe(true);
	});

	it('SLANT_DEVICES_PER_ADDRESS sets the limit; 0 is none', () => {
		process.env.SLANT_DEVICES_PER_ADDRESS = '2';
		expect(answer('c1', '10.0.0.1', ['a', 'b', 'c'])).toEqual(['c']);
		process.env.SLANT_DEVICES_PER_ADDRESS = '0';
		expect(sharedAddressesAllowed('c1')).toBe(true);
		expect(answer('c1', '10.0.0.1', ['d', 'e', 'f'])).toEqual([]);
	});
});
