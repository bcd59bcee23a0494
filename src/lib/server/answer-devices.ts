// Who may answer the room's questions: a device is a random id in a cookie (predict.ts), set when the
// questions page is loaded. An answer without that cookie is refused (a script posting answers with no
// cookie had counted as a new device each time: six posts, "6 devices answered"), and one network
// address may answer from a few devices at most in a collection, so clearing cookies does not stuff the
// room's answers either. On a room's Wi-Fi each phone has its own address; a few may share one (a
// phone and a laptop on one tethered connection). The devices refused are counted for the
// facilitator's Predict page, which says so and can let every device of the collection answer however
// many share an address (a room behind one connection). In memory: a restart forgets it all.
import { InputError } from './errors.js';

/** Devices one address may answer from, per collection: SLANT_DEVICES_PER_ADDRESS, default 4 (0: no limit). */
export function devicesPerAddress(): number {
	const n = Number(process.env.SLANT_DEVICES_PER_ADDRESS ?? '4');
	return Number.isInteger(n) && n >= 0 ? n : 4;
}

const seen = new Map<string, Map<string, Set<string>>>();
/** Devices refused, by collection and address (each device counted once). */
const refused = new Map<string, Map<string, Set<string>>>();
/** Collections whose facilitator let every device answer, however many share an address. */
const unlimited = new Set<string>();
/** Most addresses remembered per collection; the oldest are forgotten first. */
const MAX_ADDRESSES = 10_000;
/** Most refused devices counted per address (a script clearing its cookie gets no further than this). */
const MAX_REFUSED = 1_000;

/**
 * May `device`, from `address`, answer in the collection? Records it; throws an InputError naming the
 * answer when the address has answered from its limit of other devices already.
 */
export function admitDevice(collectionId: string, address: string, device: string): void {
	const limit = unlimited.has(collectionId) ? 0 : devicesPerAddress();
	let byAddress = seen.get(collectionId);
	if (!byAddress) seen.set(collectionId, (byAddress = new Map()));
	let devices = byAddress.get(address);
	if (devices?.has(device)) return;
	if (limit > 0 && devices && devices.size >= limit) {
		let byRefused = refused.get(collectionId);
		if (!byRefused) refused.set(collectionId, (byRefused = new Map()));
		let r = byRefused.get(address);
		if (!r) {
			if (byRefused.size >= MAX_ADDRESSES) byRefused.delete(byRefused.keys().next().value!);
			byRefused.set(address, (r = new Set()));
		}
		if (r.size < MAX_REFUSED) r.add(device);
		throw new InputError('answer', `${devices.size} devices have already answered from this network address; one answer per device. If several people here share one connection, ask the facilitator.`);
	}
	forgetRefusal(collectionId, address, device);
	if (!devices) {
		if (byAddress.size >= MAX_ADDRESSES) byAddress.delete(byAddress.keys().next().value!);
		byAddress.set(address, (devices = new Set()));
	}
	devices.add(device);
}

/** A device admitted after all (the limit lifted) is no longer counted as refused. */
function forgetRefusal(collectionId: string, address: string, device: string): void {
	const r = refused.get(collectionId)?.get(address);
	if (r?.delete(device) && !r.size) refused.get(collectionId)!.delete(address);
}

/** How many devices, from how many addresses, the limit has turned away in the collection and not admitted since. */
export function refusedDevices(collectionId: string): { devices: number; addresses: number } {
	const byAddress = refused.get(collectionId);
	let devices = 0;
	for (const r of byAddress?.values() ?? []) devices += r.size;
	return { devices, addresses: byAddress?.size ?? 0 };
}

/** The facilitator lets every device of the collection answer, however many share an address (until a restart). */
export function allowSharedAddresses(collectionId: string): void {
	unlimited.add(collectionId);
}

/** Does the collection let every device answer, whatever its address? */
export const sharedAddressesAllowed = (collectionId: string): boolean => unlimited.has(collectionId) || devicesPerAddress() === 0;

/**
 * Forget every collection's devices and refusals, and lifted limits (tests); the facilitator's reset of
 * a collection forgets its own devices and refusals, and keeps the room's choice to let shared
 * addresses answer.
 */
export function forgetDevices(collectionId?: string): void {
	if (collectionId === undefined) {
		seen.clear();
		refused.clear();
		unlimited.clear();
	} else {
		seen.delete(collectionId);
		refused.delete(collectionId);
	}
}
