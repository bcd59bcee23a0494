// Who may change what. Two roles:
//
//   facilitator  creates, edits and deletes collections and articles, changes the lexicon and the
//                speaker groups, makes snapshots, runs activities.
//   participant  reads everything and takes part in activities; nothing more.
//
// A request is the facilitator's when it carries the facilitator cookie (set by opening the secret
// link printed at `npm start`, see facilitator-token.ts), or when it comes from this machine itself
// (loopback, or the machine's own network address) and was sent to one of this machine's own names
// (so a foreign page re-pointed at 127.0.0.1 by DNS rebinding is not); this counts only when Slant is
// served directly (not behind a proxy, see deployment.js) and SLANT_LOOPBACK_ROLE is not
// "participant" (the browser tests use that to play a participant from 127.0.0.1).
//
// ─── The API for route code ────────────────────────────────────────────────────────────────────────
//   event.locals.role            'facilitator' | 'participant', set in hooks.server.ts for every request
//   event.locals.client          the client's address (rate limits and activities key on it)
//   isFacilitator(event)         boolean
//   requireFacilitator(event)    throws ForbiddenError (403, with a message saying why) unless the
//                                facilitator; use it in a load or an endpoint that must not even show
//                                something to participants, and in actions as a second lock
//   allowParticipant(route, …)   declares a write participants MAY make (see the list at the bottom)
//
// Every write (POST, PUT, PATCH, DELETE) by a participant is refused in hooks.server.ts with 403
// before any action or endpoint runs, unless it is declared below with allowParticipant. So a new
// facilitator-only action (snapshots, an activity's "reveal") needs nothing, and a new participant
// write (an activity's "answer") needs one line at the bottom of this file. The refusal reaches a
// form as an error result with the message, which src/lib/forms.svelte.ts shows in that form.
import type { RequestEvent } from '@sveltejs/kit';
import { behindProxy } from './deployment.js';
import { ForbiddenError } from './errors.js';
import { isLocalHostName, isThisMachine, type Interfaces } from './network.js';

export type Role = 'facilitator' | 'participant';

export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type EventLike = Pick<RequestEvent, 'locals'>;
type WriteEvent = Pick<RequestEvent, 'request' | 'url'> & { route: { id: string | null } };

export interface RoleInput {
	/** The facilitator token the request carries (cookie), if any. */
	token: string | null | undefined;
	/** The connection's peer address ('' when unknown). */
	clientAddress: string;
	/** The hostname the request was sent to (from its URL). */
	hostname: string;
}

export interface RoleOptions {
	/** Whether a token is the current facilitator token. */
	tokenIsValid: (token: string) => boolean;
	env?: Record<string, string | undefined>;
	/** This machine's interfaces (default os.networkInterfaces(); tests pass their own). */
	ifaces?: Interfaces;
}

/** Whether a request from this machine's own loopback interface counts as the facilitator. */
export function loopbackIsFacilitator(env: Record<string, string | undefined> = process.env): boolean {
	return !behindProxy(env) && (env.SLANT_LOOPBACK_ROLE ?? '').trim().toLowerCase() !== 'participant';
}

export function resolveRole(input: RoleInput, options: RoleOptions): Role {
	if (input.token && options.tokenIsValid(input.token)) return 'facilitator';
	const { ifaces } = options;
	if (loopbackIsFacilitator(options.env) && isThisMachine(input.clientAddress, ifaces) && isLocalHostName(input.hostname, ifaces)) return 'facilitator';
	return 'participant';
}

export function isFacilitator(event: EventLike): boolean {
	return event.locals.role === 'facilitator';
}

/** Throws ForbiddenError (403) unless the request is the facilitator's. `what`: "add articles". */
export function requireFacilitator(event: EventLike, what?: string): void {
	if (!isFacilitator(event)) throw new ForbiddenError(forbiddenMessage(what));
}

export function forbiddenMessage(what = 'change anything here'): string {
	return (
		`Only the facilitator can ${what}. You are taking part as a participant: you can read everything and answer activities. ` +
		'Facilitator: open the facilitator link printed where Slant was started.'
	);
}

// ------------------------------------------------------------------ participant writes

const participantWrites = new Set<string>();

/** `route` is a route id ('/c/[collection]/predict'); `what` are form action names or HTTP methods. */
const writeKey = (route: string, what: string) => `${route} ${what}`;

/**
 * Declare a write participants may make: form actions by name ('answer'; 'default' for an unnamed
 * action) or, for a +server.ts endpoint, HTTP methods ('POST').
 */
export function allowParticipant(route: string, ...what: string[]): void {
	for (const w of what) participantWrites.add(writeKey(route, w));
}

/** The action a POST to a page names (`?/name`), 'default' when it names none. */
export function actionName(url: URL): string {
	const named = [...url.searchParams.keys()].find((k) => k.startsWith('/'));
	return named ? named.slice(1) || 'default' : 'default';
}

/** Whether this write request is one participants may make (declared with allowParticipant). */
export function participantMayWrite(event: WriteEvent): boolean {
	const route = event.route.id;
	if (!route) return false;
	return participantWrites.has(writeKey(route, event.request.method)) || participantWrites.has(writeKey(route, actionName(event.url)));
}

/** What a refused write was trying to do, for the message ("add articles"). */
const WHAT: Record<string, string> = {
	'/collections create': 'create collections',
	'/c/[collection]/add': 'add articles',
	'/c/[collection]/manage rename': 'rename this collection',
	'/c/[collection]/manage deleteArticle': 'delete articles',
	'/c/[collection]/manage deleteCollection': 'delete this collection',
	'/c/[collection]/a/[article]/edit save': 'edit articles',
	'/c/[collection]/a/[article]/edit delete': 'delete articles',
	'/c/[collection]': 'change the loaded terms or the speakers',
	'/c/[collection]/a/[article]': 'correct the quotes',
	'/facilitator rotate': 'make a new facilitator link',
	'/c/[collection]/manage snapshot': 'share snapshots of this collection',
	'/c/[collection]/manage deleteSnapshot': 'delete snapshots',
	'/c/[collection]/predict addQuestion': 'choose the questions',
	'/c/[collection]/predict removeQuestion': 'remove questions',
	'/c/[collection]/predict moveQuestion': 'reorder the questions',
	'/c/[collection]/predict reveal': 'reveal the answers',
	'/c/[collection]/predict hide': 'hide revealed answers',
	'/c/[collection]/predict reset': 'reset the answers for the next group'
};

export function refusedWriteMessage(event: WriteEvent): string {
	const route = event.route.id ?? '';
	return forbiddenMessage(WHAT[writeKey(route, actionName(event.url))] ?? WHAT[route]);
}

// ------------------------------------------------------------------ the writes participants may make
// One line per activity write. Everything else (questions, reveal, reset, snapshots) is the facilitator's.

/** Predict, then reveal: a participant answers a question (one answer per device, until it is revealed). */
allowParticipant('/c/[collection]/predict', 'answer');
