// Who may answer the room's questions: a device is a random id in a cookie (predict.ts), set when the
// questions page is loaded. An answer without that cookie is refused (a script posting answers with no
// cookie had counted as a new device each time: six posts, "6 devices answered"), and one network
// address may answer from a few devices at most in a collection, so clearing cookies does not stuff the
// room's answers either. On a room's Wi-Fi each phone has its own address; a few may share one (a
// phone and a laptop on one tethered connection). In memory: a restart forgets it.
import { InputError } from './errors.js';

/** Devices one address may answer from, per collection: SLANT_DEVICES_PER_ADDRESS, default 4 (0: no limit). */
export function devicesPerAddress(): number {
	const n = Number(process.env.SLANT_DEVICES_PER_ADDRESS ?? '4');
	return Number.isInteger(n) && n >= 0 ? n : 4;
}

const seen = new Map<string, Map<string, Set<string>>>();
/** Most addresses remembered per collection; the oldest are forgotten first. */
const MAX_ADDRESSES = 10_000;

/**
 * May `device`, from `address`, answer in the collection? Records it; throws an InputError naming the
 * answer when the address has answered from its limit of other devices already.
 */
export function admitDevice(collectionId: string, address: string, device: string): void {
	const limit = devicesPerAddress();
	let byAddress = seen.get(collectionId);
	if (!byAddress) seen.set(collectionId, (byAddress = new Map()));
	let devices = byAddress.get(address);
	if (devices?.has(device)) return;
	if (limit > 0 && devices && devices.size >= limit)
		throw new InputError('answer', `${devices.size} devices have already answered from this network address; one answer per device. If several people here share one connection, ask the facilitator.`);
	if (!devices) {
		if (byAddress.size >= MAX_ADDRESSES) byAddress.delete(byAddress.keys().next().value!);
		byAddress.set(address, (devices = new Set()));
	}
	devices.add(device);
}

/** Forget every collection's devices (tests; the facilitator's reset of a collection forgets its own). */
export function forgetDevices(collectionId?: string): void {
	if (collectionId === undefined) seen.clear();
	else seen.delete(collectionId);
}
