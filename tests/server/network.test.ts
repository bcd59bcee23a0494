// The machine's addresses as the room sees them, from invented interface tables (no real network).
import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { isLocalHostName, isLoopbackAddress, lanAddresses, listensOnLoopbackOnly, originWithHost, type Interfaces } from '../../src/lib/server/network.js';
import { pickOrigin, roomAddresses } from '../../src/lib/server/join.js';
import { startupBanner } from '../../src/lib/server/startup.js';

const v4 = (address: string, internal = false): os.NetworkInterfaceInfo => ({
	address,
	netmask: '255.255.255.0',
	family: 'IPv4',
	mac: '00:00:00:00:00:00',
	internal,
	cidr: `${address}/24`
});
const v6 = (address: string, internal = false): os.NetworkInterfaceInfo => ({
	address,
	netmask: 'ffff:ffff:ffff:ffff::',
	family: 'IPv6',
	mac: '00:00:00:00:00:00',
	internal,
	cidr: `${address}/64`,
	scopeid: 0
});

const LAPTOP: Interfaces = {
	lo: [v4('127.0.0.1', true), v6('::1', true)],
	docker0: [v4('172.17.0.1')],
	eth0: [v4('10.0.0.7')],
	wlan0: [v4('192.168.1.23'), v6('fe80::1234')],
	tailscale0: [v4('100.101.102.103')],
	vboxnet0: [v4('169.254.10.1')]
};

describe('lanAddresses', () => {
	const rows: [string, Interfaces, string[]][] = [
		['Wi-Fi first, then wired, virtual and VPN last, no loopback or link-local', LAPTOP, ['192.168.1.23', '10.0.0.7', '172.17.0.1', '100.101.102.103']],
		['a Mac', { lo0: [v4('127.0.0.1', true)], en0: [v4('192.168.0.12')], utun3: [v4('10.8.0.2')] }, ['192.168.0.12', '10.8.0.2']],
		['Windows names', { 'Wi-Fi': [v4('192.168.43.5')], 'vEthernet (WSL)': [v4('172.29.0.1')] }, ['192.168.43.5', '172.29.0.1']],
		['offline', { lo: [v4('127.0.0.1', true)] }, []],
		['a public address only', { eth0: [v4('93.184.216.34')] }, ['93.184.216.34']]
	];
	it.each(rows)('%s', (_name, ifaces, expected) => expect(lanAddresses(ifaces).map((a) => a.address)).toEqual(expected));
});

describe('isLocalHostName: names that reach this machine', () => {
	const rows: [string, boolean][] = [
		['localhost', true],
		['LOCALHOST', true],
		['app.localhost', true],
		['127.0.0.1', true],
		['127.5.5.5', true],
		['[::1]', true],
		['::1', true],
		['192.168.1.23', true],
		['10.0.0.7', true],
		['laptop', true],
		['laptop.local', true],
		['192.168.1.99', false],
		['evil.example.com', false],
		['localhost.evil.example.com', false],
		['', false]
	];
	it.each(rows)('%s -> %s', (host, expected) => expect(isLocalHostName(host, LAPTOP, 'laptop')).toBe(expected));

	it.each([
		['127.0.0.1', true],
		['::1', true],
		['::ffff:127.0.0.1', true],
		['192.168.1.23', false],
		['', false],
		['garbage', false]
	])('isLoopbackAddress(%s) -> %s', (ip, expected) => expect(isLoopbackAddress(ip)).toBe(expected));

	it.each([
		['0.0.0.0', false],
		['::', false],
		['127.0.0.1', true],
		['localhost', true],
		['::1', true],
		['192.168.1.23', false]
	])('listensOnLoopbackOnly(%s) -> %s', (host, expected) => expect(listensOnLoopbackOnly(host)).toBe(expected));

	it('originWithHost keeps scheme and port', () => {
		expect(originWithHost('http://localhost:3000', '192.168.1.23')).toBe('http://192.168.1.23:3000');
		expect(originWithHost('http://localhost', 'fd00::1')).toBe('http://[fd00::1]');
	});
});

describe('roomAddresses: what participants should open', () => {
	const rows: [string, string, Record<string, string>, Interfaces, string[], RegExp | null][] = [
		['opened at localhost: the network addresses with the same port', 'http://localhost:3000/join', {}, LAPTOP,
			['http://192.168.1.23:3000', 'http://10.0.0.7:3000', 'http://172.17.0.1:3000', 'http://100.101.102.103:3000'], null],
		['opened at 127.0.0.1', 'http://127.0.0.1:4000/join', {}, { wlan0: [v4('192.168.1.23')] }, ['http://192.168.1.23:4000'], null],
		['opened at the network address: that one first', 'http://10.0.0.7:3000/join', {}, LAPTOP,
			['http://10.0.0.7:3000', 'http://192.168.1.23:3000', 'http://172.17.0.1:3000', 'http://100.101.102.103:3000'], null],
		['offline: says so', 'http://localhost:3000/join', {}, { lo: [v4('127.0.0.1', true)] }, ['http://localhost:3000'], /no network address/],
		['listening on loopback only: says so', 'http://localhost:3000/join', { HOST: '127.0.0.1' }, { wlan0: [v4('192.168.1.23')] }, ['http://192.168.1.23:3000'], /HOST=127\.0\.0\.1/],
		['behind a proxy: the proxy’s address', 'https://slant.example.org/join', { ORIGIN: 'https://slant.example.org' }, LAPTOP, ['https://slant.example.org'], null]
	];
	it.each(rows)('%s', (_name, url, env, ifaces, origins, warning) => {
		const r = roomAddresses(new URL(url), { env, ifaces });
		expect(r.origins.map((o) => o.origin)).toEqual(origins);
		if (warning) expect(r.warning).toMatch(warning);
		else expect(r.warning).toBeNull();
	});
});

// fifth newcomer pass: the address picked on the join page was not the one Predict's projector gave
describe('pickOrigin: the address handed out', () => {
	const room = roomAddresses(new URL('http://localhost:3000/join'), { env: {}, ifaces: LAPTOP });
	it.each([
		['nothing asked or kept: the best', null, null, 'http://192.168.1.23:3000'],
		['asked on the join page', 'http://10.0.0.7:3000', null, 'http://10.0.0.7:3000'],
		['kept from the join page', null, 'http://10.0.0.7:3000', 'http://10.0.0.7:3000'],
		['asked beats kept', 'http://172.17.0.1:3000', 'http://10.0.0.7:3000', 'http://172.17.0.1:3000'],
		['never a host that is not the room’s', 'http://evil.example:3000', 'http://evil.example:3000', 'http://192.168.1.23:3000']
	])('%s', (_n, asked, kept, origin) => {
		expect(pickOrigin(room, asked, kept).origin).toBe(origin);
	});
});

describe('the start-up banner', () => {
	it('gives this computer’s address, the room’s join page and the facilitator link', () => {
		const b = startupBanner({ port: 3000, host: '0.0.0.0', token: 'T0KEN', env: {}, ifaces: LAPTOP });
		expect(b).toMatch(/On this computer:\s+http:\/\/localhost:3000/);
		expect(b).toMatch(/Participants join at:\s+http:\/\/192\.168\.1\.23:3000\/join/);
		expect(b).toMatch(/Facilitator link:\s+http:\/\/192\.168\.1\.23:3000\/facilitator\?key=T0KEN/);
		expect(b).toMatch(/npm run facilitator-link -- --rotate/);
		expect(b).not.toMatch(/localhost:3000\/facilitator/);
	});

	it('warns when participants cannot connect', () => {
		expect(startupBanner({ port: 3000, host: '127.0.0.1', token: 'T', env: {}, ifaces: LAPTOP })).toMatch(/this computer only \(HOST=127\.0\.0\.1\)/);
		expect(startupBanner({ port: 3000, host: '0.0.0.0', token: 'T', env: {}, ifaces: {} })).toMatch(/No network address found/);
	});

	it('behind a proxy, uses ORIGIN', () => {
		const b = startupBanner({ port: 3000, host: '0.0.0.0', token: 'T', env: { ORIGIN: 'https://slant.example.org/' }, ifaces: LAPTOP });
		expect(b).toMatch(/Participants join at:\s+https:\/\/slant\.example\.org\/join/);
		expect(b).toMatch(/https:\/\/slant\.example\.org\/facilitator\?key=T/);
		expect(b).not.toMatch(/192\.168/);
	});
});
