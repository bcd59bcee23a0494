// What `npm start` prints once the server listens: where to open Slant on this machine, the address
// participants join at, and the facilitator's secret link for another device. The server entry
// (bin/serve.mjs) calls the function registered here after `listen` succeeds, so the port printed
// is the one really in use.
import { behindProxy } from './deployment.js';
import { facilitatorLink } from './facilitator-token.js';
import { lanAddresses, listensOnLoopbackOnly, type Interfaces } from './network.js';

export interface BannerInput {
	port: number;
	/** HOST as configured (default 0.0.0.0). */
	host: string;
	token: string;
	env?: Record<string, string | undefined>;
	ifaces?: Interfaces;
}

const ROTATE = 'npm run facilitator-link -- --rotate';

export function startupBanner({ port, host, token, env = process.env, ifaces }: BannerInput): string {
	const lines = ['', 'Slant is running.'];
	const pad = (label: string) => `  ${label.padEnd(28)}`;
	if (behindProxy(env)) {
		const origin = env.ORIGIN?.replace(/\/+$/, '');
		lines.push(`${pad('Served behind a proxy at:')}${origin ?? '(the proxy’s address)'}`);
		lines.push(`${pad('Participants join at:')}${origin ? `${origin}/join` : '/join on that address'}`);
		lines.push(`${pad('Facilitator link:')}${origin ? facilitatorLink(origin, token) : facilitatorLink('', token)}`);
		lines.push('  Behind a proxy only this link (or its cookie) makes a facilitator: keep it private.');
		lines.push(`${pad('New link, old one revoked:')}${ROTATE}`, '');
		return lines.join('\n');
	}
	lines.push(`${pad('On this computer:')}http://localhost:${port}`);
	const lan = lanAddresses(ifaces);
	if (listensOnLoopbackOnly(host)) {
		lines.push(`  Listening on this computer only (HOST=${host}): participants cannot connect.`);
		lines.push('  For a workshop, start it with HOST=0.0.0.0 (the default).');
		lines.push(`${pad('Facilitator link:')}${facilitatorLink(`http://localhost:${port}`, token)}`);
	} else if (!lan.length) {
		lines.push('  No network address found: join the room’s Wi-Fi, then open /join to show participants the address.');
	} else {
		const room = `http://${lan[0].address}:${port}`;
		lines.push(`${pad('Participants join at:')}${room}/join  (project that page: it has a QR code)`);
		if (lan.length > 1) lines.push(`${pad('Other addresses:')}${lan.slice(1).map((a) => `${a.address} (${a.iface})`).join(', ')}`);
		lines.push(`${pad('Facilitator link:')}${facilitatorLink(room, token)}`);
		lines.push('  Open it on another device of yours to control the workshop from there. Keep it private.');
	}
	lines.push(`${pad('New link, old one revoked:')}${ROTATE}`, '');
	return lines.join('\n');
}

const KEY = Symbol.for('slant.startup');
type WithStartup = typeof globalThis & { [KEY]?: (address: { port: number; host: string }) => void };

/** Register what the entry calls once listening (hooks.server.ts `init`). */
export function registerStartup(fn: (address: { port: number; host: string }) => void): void {
	(globalThis as WithStartup)[KEY] = fn;
}
