// The machine's addresses as the room sees them: which address participants should open (the join
// page, the start-up banner), whether a request came from this machine itself, and whether the name
// it was sent to is one of this machine's (so a page on another site whose name was re-pointed at
// 127.0.0.1, "DNS rebinding", is not mistaken for the facilitator at the keyboard).
import os from 'node:os';
import ipaddr from 'ipaddr.js';

export type Interfaces = NodeJS.Dict<os.NetworkInterfaceInfo[]>;

export interface LanAddress {
	address: string;
	/** Interface name (wlan0, en0, eth0, …). */
	iface: string;
}

/** Names of virtual interfaces (containers, VMs, VPNs) that phones in the room cannot reach. */
const VIRTUAL = /^(docker|br-|veth|virbr|vboxnet|vmnet|lxc|lxd|cni|flannel|podman|kube|cali|tailscale|zt|utun|tun|tap|wg|ham|awdl|llw|anpi|bridge)/i;
/** Wi-Fi first (a workshop is on the room's Wi-Fi), then wired. */
const WIFI = /^(wl|wlan|wifi|wi-fi|ath|ra)/i;
const WIRED = /^(en|eth|em|eno|ens|enp|ethernet)/i;

let cached: { at: number; ifaces: Interfaces } | null = null;

/** os.networkInterfaces(), re-read at most every 5 s (every request asks; a laptop can change Wi-Fi). */
export function currentInterfaces(): Interfaces {
	const now = Date.now();
	if (!cached || now - cached.at > 5000) cached = { at: now, ifaces: os.networkInterfaces() };
	return cached.ifaces;
}

function parse(ip: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
	const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
	if (!ipaddr.isValid(bare)) return null;
	return ipaddr.process(bare); // ::ffff:a.b.c.d becomes a.b.c.d
}

/** 127.0.0.0/8, ::1 and ::ffff:127.x.y.z. */
export function isLoopbackAddress(ip: string | null | undefined): boolean {
	if (!ip) return false;
	return parse(ip)?.range() === 'loopback';
}

/**
 * True when a connection came from this machine itself: loopback, or one of its own interface
 * addresses (the laptop opening its own network address). A TCP peer cannot pose as one of these
 * from elsewhere: the handshake's answer would never reach it.
 */
export function isThisMachine(ip: string | null | undefined, ifaces: Interfaces = currentInterfaces()): boolean {
	if (!ip) return false;
	const addr = parse(ip);
	if (!addr) return false;
	return addr.range() === 'loopback' || ownAddresses(ifaces).has(addr.toNormalizedString());
}

/**
 * IPv4 addresses of this machine that others on the network can open, best first: private-range
 * addresses on Wi-Fi, then wired, then other real interfaces; virtual interfaces (containers, VPNs)
 * and shared-address space (100.64/10) last. Loopback and link-local (169.254/16) are left out.
 */
export function lanAddresses(ifaces: Interfaces = currentInterfaces()): LanAddress[] {
	const found: (LanAddress & { rank: number; order: number })[] = [];
	let order = 0;
	for (const [iface, infos] of Object.entries(ifaces)) {
		for (const info of infos ?? []) {
			if (info.internal || info.family !== 'IPv4') continue;
			const ip = parse(info.address);
			if (!ip || ip.kind() !== 'ipv4') continue;
			const range = ip.range();
			if (range === 'loopback' || range === 'linkLocal' || range === 'unspecified' || range === 'broadcast' || range === 'multicast') continue;
			let rank = range === 'private' ? 0 : range === 'unicast' ? 10 : 20;
			if (VIRTUAL.test(iface)) rank += 100;
			else if (WIFI.test(iface)) rank += 0;
			else if (WIRED.test(iface)) rank += 1;
			else rank += 2;
			found.push({ address: ip.toString(), iface, rank, order: order++ });
		}
	}
	return found.sort((a, b) => a.rank - b.rank || a.order - b.order).map(({ address, iface }) => ({ address, iface }));
}

/** Every address assigned to this machine (any family, loopback included), normalised. */
function ownAddresses(ifaces: Interfaces): Set<string> {
	const out = new Set<string>();
	for (const infos of Object.values(ifaces)) for (const info of infos ?? []) {
		const ip = parse(info.address);
		if (ip) out.add(ip.toNormalizedString());
	}
	return out;
}

/**
 * True when `hostname` (a URL's hostname, IPv6 in brackets or not) names this machine: localhost
 * and *.localhost, a loopback address, an address of one of its interfaces, or its host name
 * (also as name.local, as mDNS announces it).
 */
export function isLocalHostName(hostname: string, ifaces: Interfaces = currentInterfaces(), machineName = os.hostname()): boolean {
	const h = hostname.trim().toLowerCase().replace(/\.$/, '');
	if (!h) return false;
	if (h === 'localhost' || h.endsWith('.localhost')) return true;
	const ip = parse(h);
	if (ip) return ip.range() === 'loopback' || ownAddresses(ifaces).has(ip.toNormalizedString());
	const name = machineName.trim().toLowerCase();
	return !!name && (h === name || h === `${name}.local` || h === name.split('.')[0]);
}

/** True when HOST makes the server listen on this machine only (participants could not connect). */
export function listensOnLoopbackOnly(host = process.env.HOST ?? '0.0.0.0'): boolean {
	const h = host.trim().toLowerCase();
	return h === 'localhost' || isLoopbackAddress(h);
}

/** `http://192.168.1.20:3000`: an origin with the host swapped for `address`. */
export function originWithHost(origin: string, address: string): string {
	const u = new URL(origin);
	u.hostname = address.includes(':') ? `[${address}]` : address;
	return u.origin;
}
