// Every page knows who is looking, so it can hide the controls a participant cannot use (the
// server refuses their writes anyway: see src/lib/server/roles.ts). When the server was told to
// treat this machine as a participant (SLANT_LOOPBACK_ROLE=participant) and someone on this machine
// opens it without the facilitator cookie, the pages say why nothing can be changed and what to do.
import { behindProxy } from '$lib/server/deployment.js';
import { isThisMachine } from '$lib/server/network';
import { loopbackIsFacilitator } from '$lib/server/roles';

export const load = ({ locals }) => ({
	role: locals.role,
	loopbackParticipant: locals.role !== 'facilitator' && !behindProxy() && !loopbackIsFacilitator() && isThisMachine(locals.client)
});
