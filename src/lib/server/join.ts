// The addresses other devices in the room should open (join page, facilitator link). Served directly,
// a facilitator at http://localhost:3000 must not hand out "localhost": participants get the
// machine's network address with the same port. Behind a proxy, the address is the one the proxy
// gives (ORIGIN, or what adapter-node derived from the proxy's headers).
import QRCode from 'qrcode';
import type { CollectionSummary } from './types.js';
import { behindProxy } from './deployment.js';
import { isLocalHostName, lanAddresses, listensOnLoopbackOnly, originWithHost, type Interfaces } from './network.js';

export interface RoomOrigin {
	origin: string;
	/** How to tell addresses apart in a chooser ("Wi-Fi (wlan0)"). */
	label: string;
}

export interface RoomAddresses {
	origins: RoomOrigin[];
	/** Why participants may not be able to connect, if we can tell. */
	warning: string | null;
}

export interface RoomOptions {
	env?: Record<string, string | undefined>;
	ifaces?: Interfaces;
}

function labelFor(iface: string): string {
	if (/^(wl|wlan|wifi|wi-fi)/i.test(iface)) return `Wi-Fi (${iface})`;
	if (/^(en|eth|em)/i.test(iface)) return `network (${iface})`;
	return iface;
}

/** Where the room reaches this server, best first, judged from the request's own URL. */
export function roomAddresses(url: URL, options: RoomOptions = {}): RoomAddresses {
	const env = options.env ?? process.env;
	if (behindProxy(env)) return { origins: [{ origin: url.origin, label: url.host }], warning: null };
	const lan = lanAddresses(options.ifaces);
	const seen = new Set<string>();
	const origins: RoomOrigin[] = [];
	const add = (o: RoomOrigin) => {
		if (!seen.has(o.origin)) origins.push(o);
		seen.add(o.origin);
	};
	const local = isLocalHostName(url.hostname, options.ifaces);
	const onLoopback = local && !lan.some((a) => a.address === url.hostname);
	// Opened by a name other devices can use (the network address, a DNS name): that one first.
	if (!onLoopback) add({ origin: url.origin, label: url.host });
	for (const a of lan) add({ origin: originWithHost(url.origin, a.address), label: labelFor(a.iface) });
	let warning: string | null = null;
	if (listensOnLoopbackOnly(env.HOST))
		warning = `Slant is listening on this computer only (HOST=${env.HOST}), so other devices cannot connect. Restart it with HOST=0.0.0.0 (the default).`;
	else if (!origins.length)
		warning = 'This computer has no network address: join the room’s Wi-Fi (or turn on a hotspot), then reload this page.';
	if (!origins.length) add({ origin: url.origin, label: url.host });
	return { origins, warning };
}

/** The cookie that keeps the address the facilitator picked on the join page, for the other pages that hand one out. */
export const ROOM_ORIGIN_COOKIE = 'slant_room_origin';

/**
 * The address to hand out: the one asked for (the join page's ?at=), else the one picked before (the
 * cookie), else the best; only ever one of the room's own addresses, never an arbitrary host.
 * The fifth newcomer picked the Wi-Fi address on the join page, and Predict's projector and the
 * snapshot link still gave another network's (a VPN's, a container bridge's).
 */
export function pickOrigin(room: RoomAddresses, asked: string | null | undefined, remembered: string | null | undefined): RoomOrigin {
	return room.origins.find((o) => o.origin === asked) ?? room.origins.find((o) => o.origin === remembered) ?? room.origins[0];
}

/**
 * Which collection the join page opens: the one asked for (?c=, from the collection's own pages) if
 * it exists; else the facilitator's most recently changed collection with articles; else the
 * example (the seed collection); else the first. Null when there are none.
 */
export function defaultJoinCollection(collections: readonly CollectionSummary[], asked: string | null): string | null {
	if (asked && collections.some((c) => c.id === asked)) return asked;
	const own = collections.filter((c) => !c.isSeed && c.articleCount > 0).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
	return own[0]?.id ?? collections.find((c) => c.isSeed)?.id ?? collections[0]?.id ?? null;
}

/** A QR code for `text` as a PNG data URL (rendered in an <img>, never as markup). */
export function qrDataUrl(text: string): Promise<string> {
	return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 480, color: { dark: '#000000', light: '#ffffff' } });
}

/**
 * An address typed by hand with the collection's code in the wrong case ("/c/bemnjfb4wxlx/predict"
 * for "/c/BemNjFB4wXLX/predict"): the same path with the code as stored, when exactly one collection
 * has that code whatever its case; null otherwise (an exact code, or none, or two that differ by case).
 */
export function caseFixedPath(pathname: string, exists: (id: string) => boolean, collections: () => readonly { id: string }[]): string | null {
	const m = /^\/c\/([^/]+)(\/.*)?$/.exec(pathname);
	if (!m) return null;
	let id: string;
	try {
		id = decodeURIComponent(m[1]);
	} catch {
		return null;
	}
	if (exists(id)) return null;
	const lower = id.toLowerCase();
	const same = collections().filter((c) => c.id.toLowerCase() === lower);
	return same.length === 1 ? `/c/${encodeURIComponent(same[0].id)}${m[2] ?? ''}` : null;
}
