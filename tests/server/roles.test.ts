// Who is the facilitator, and which writes a participant may make.
import { describe, expect, it } from 'vitest';
import { behindProxy, PLAIN_HTTP_HEADER } from '../../src/lib/server/deployment.js';
import type { Interfaces } from '../../src/lib/server/network.js';
import { actionName, allowParticipant, participantMayWrite, refusedWriteMessage, resolveRole, type RoleInput } from '../../src/lib/server/roles.js';

const TOKEN = 'the-current-token';
/** This machine, as the tests see it: loopback and one Wi-Fi address. */
const IFACES = {
	lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
	wlan0: [{ address: '192.168.1.10', netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:01', internal: false, cidr: '192.168.1.10/24' }]
} as Interfaces;
const tokenIsValid = (t: string) => t === TOKEN;

describe('behindProxy', () => {
	const rows: [Record<string, string>, boolean][] = [
		[{}, false],
		[{ PROTOCOL_HEADER: PLAIN_HTTP_HEADER }, false], // set by the entry itself
		[{ ORIGIN: 'https://slant.example.org' }, true],
		[{ PROTOCOL_HEADER: 'x-forwarded-proto' }, true],
		[{ HOST_HEADER: 'x-forwarded-host' }, true],
		[{ PORT_HEADER: 'x-forwarded-port' }, true],
		[{ ADDRESS_HEADER: 'x-forwarded-for' }, true],
		[{ SLANT_BEHIND_PROXY: '1' }, true],
		[{ SLANT_BEHIND_PROXY: 'yes' }, true],
		[{ SLANT_BEHIND_PROXY: '0' }, false],
		[{ ORIGIN: '  ' }, false]
	];
	it.each(rows)('%j -> %s', (env, expected) => expect(behindProxy(env)).toBe(expected));
});

describe('resolveRole', () => {
	const local: RoleInput = { token: null, clientAddress: '127.0.0.1', hostname: 'localhost' };
	const rows: [string, RoleInput, Record<string, string>, 'facilitator' | 'participant'][] = [
		['loopback at localhost', local, {}, 'facilitator'],
		['loopback at 127.0.0.1', { ...local, hostname: '127.0.0.1' }, {}, 'facilitator'],
		['IPv6 loopback at [::1]', { ...local, clientAddress: '::1', hostname: '[::1]' }, {}, 'facilitator'],
		['IPv4-mapped loopback', { ...local, clientAddress: '::ffff:127.0.0.1' }, {}, 'facilitator'],
		['another device on the network', { ...local, clientAddress: '192.168.1.23', hostname: '192.168.1.10' }, {}, 'participant'],
		['the machine itself at its own network address', { ...local, clientAddress: '192.168.1.10', hostname: '192.168.1.10' }, {}, 'facilitator'],
		['another device holding the token', { token: TOKEN, clientAddress: '192.168.1.23', hostname: '192.168.1.10' }, {}, 'facilitator'],
		['another device with an old token', { token: 'rotated-away', clientAddress: '192.168.1.23', hostname: '192.168.1.10' }, {}, 'participant'],
		// A foreign page whose name was re-pointed at 127.0.0.1 (DNS rebinding) is not the facilitator.
		['loopback sent to a foreign name', { ...local, hostname: 'evil.example.com' }, {}, 'participant'],
		['behind a proxy, loopback proves nothing', local, { ORIGIN: 'https://slant.example.org' }, 'participant'],
		['behind a proxy with the token', { ...local, token: TOKEN }, { ORIGIN: 'https://slant.example.org' }, 'facilitator'],
		['told to treat loopback as a participant', local, { SLANT_LOOPBACK_ROLE: 'participant' }, 'participant'],
		['…but the token still counts', { ...local, token: TOKEN }, { SLANT_LOOPBACK_ROLE: 'participant' }, 'facilitator'],
		['unknown client address', { ...local, clientAddress: '' }, {}, 'participant']
	];
	it.each(rows)('%s', (_name, input, env, expected) => {
		expect(resolveRole(input, { tokenIsValid, env, ifaces: IFACES })).toBe(expected);
	});
});

describe('writes participants may make', () => {
	const event = (route: string, search: string, method = 'POST') => ({
		route: { id: route },
		url: new URL(`http://localhost/x${search}`),
		request: new Request('http://localhost/x', { method })
	});

	it('none by default: every action and endpoint write is the facilitator’s', () => {
		for (const [route, search] of [
			['/collections', '?/create'],
			['/c/[collection]/add', '?/paste'],
			['/c/[collection]', '?/addTerm'],
			['/c/[collection]/manage', '?/deleteCollection'],
			['/facilitator', '?/rotate'],
			['/c/[collection]/analysis.json', '']
		])
			expect(participantMayWrite(event(route, search)), `${route}${search}`).toBe(false);
	});

	it('allowParticipant opens exactly the actions or methods named', () => {
		allowParticipant('/test/[x]/predict', 'answer');
		allowParticipant('/test/api/answers', 'POST');
		expect(participantMayWrite(event('/test/[x]/predict', '?/answer'))).toBe(true);
		expect(participantMayWrite(event('/test/[x]/predict', '?/reveal'))).toBe(false);
		expect(participantMayWrite(event('/test/[x]/predict', ''))).toBe(false);
		expect(participantMayWrite(event('/test/api/answers', '', 'POST'))).toBe(true);
		expect(participantMayWrite(event('/test/api/answers', '', 'DELETE'))).toBe(false);
	});

	it.each([
		['', 'default'],
		['?/paste', 'paste'],
		['?x=1&/upload', 'upload'],
		['?/', 'default']
	])('actionName(%j) = %s', (search, name) => expect(actionName(new URL(`http://h/p${search}`))).toBe(name));

	it.each([
		['/c/[collection]/add', '?/url', /Only the facilitator can add articles\./],
		['/c/[collection]/manage', '?/deleteCollection', /Only the facilitator can delete this collection\./],
		['/c/[collection]', '?/merge', /Only the facilitator can change the loaded terms or the speakers\./],
		['/c/[collection]/a/[article]', '?/fixQuote', /Only the facilitator can correct the quotes\./],
		['/somewhere/new', '?/thing', /Only the facilitator can change anything here\./]
	])('a refused write on %s%s says what and why', (route, search, message) => {
		const m = refusedWriteMessage(event(route, search));
		expect(m).toMatch(message);
		expect(m).toMatch(/participant/);
		expect(m).toMatch(/facilitator link/);
	});
});
