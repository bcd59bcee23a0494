// Predict, then reveal, as the routes use it: the device cookie, the page's data for either role,
// and the actions. Participants get the questions, the choices and their own answers; the room's
// answers only for questions already revealed (checked here, on the server). The facilitator also
// gets how many have answered and the list of questions to choose from.
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { DEVICE_COOKIE, InputError, isDeviceId, newDeviceId, predictions } from '$lib/server';
import { getOnScreen, setOnScreen } from '$lib/server/on-screen';
import { answerLimiter } from '$lib/server/rate-limit';
import { admitDevice, allowSharedAddresses, devicesPerAddress, forgetDevices, refusedDevices, sharedAddressesAllowed } from '$lib/server/answer-devices';
import { requireFacilitator } from '$lib/server/roles';
import { EVERY_OUTLET, KINDS, QUESTION_KINDS, VOICE_GROUPS, choicesFor, mentionedActors } from '$lib/predict';
import type { Reveal } from '$lib/reveal-text';
import { overviewWithoutFigures, type OutletRow } from '$lib/shapes';
import { heldBack } from '$lib/server/hold-back';
import { must, withForm } from '../../../guard.server';
import { loadOverview } from '../overview.server';

/** The device's random id (a new one, set as a cookie for a year, if it has none). */
export function deviceOf(cookies: Cookies, url: URL): string {
	const id = cookies.get(DEVICE_COOKIE);
	if (isDeviceId(id)) return id;
	const fresh = newDeviceId();
	cookies.set(DEVICE_COOKIE, fresh, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 60 * 60 * 24 * 365 });
	return fresh;
}

/** What the facilitator chooses from: each kind, whether it can be asked here, and its parameter's options. */
function catalogue(outlets: OutletRow[]) {
	return QUESTION_KINDS.map((kind) => {
		const k = KINDS[kind];
		return {
			kind,
			title: k.title,
			param: k.param,
			paramLabel: k.paramLabel ?? '',
			unavailable: k.unavailable?.(outlets) ?? null,
			options:
				k.param === 'outlet'
					? [{ value: EVERY_OUTLET, label: 'Every outlet (one question each)' }, ...outlets.map((r) => ({ value: r.outlet, label: r.outlet }))]
					: k.param === 'group'
						? VOICE_GROUPS.map((g) => ({ value: g, label: g }))
						: k.param === 'actor'
							? // Suggestions: the actors the articles mention (others are refused with this list).
								mentionedActors(outlets).map((a) => ({ value: a, label: a }))
							: []
		};
	});
}

export function loadPredict(event: Pick<RequestEvent, 'params' | 'cookies' | 'locals' | 'url'> & { params: { collection: string } }) {
	const { params, cookies, locals, url } = event;
	const { overview } = loadOverview(params);
	const p = predictions();
	const device = deviceOf(cookies, url);
	const facilitator = locals.role === 'facilitator';
	const questions = must(() => p.questions(params.collection));
	const mine = p.answersOf(params.collection, device);
	const counts = facilitator ? p.counts(params.collection) : null;
	return {
		// (a participant while questions are open gets the outlets by name only: hold-back.ts; what a
		// revealed question measured comes with its reveal)
		overview: heldBack(params.collection, locals.role) ? overviewWithoutFigures(overview) : overview,
		questions: questions.map((q) => ({
			...q,
			choices: choicesFor(q, overview.outlets),
			mine: mine[q.id] ?? null,
			answered: counts ? (counts.byQuestion[q.id] ?? 0) : null,
			// The room's answers: only once revealed, for everyone alike.
			reveal: q.revealed ? (p.reveal(params.collection, q.id, overview.outlets, false, overview.sameText) as Reveal) : null
		})),
		devices: counts?.devices ?? null,
		// Devices the per-address limit turned away (answer-devices.ts): the facilitator is told, and can lift it.
		addressLimit: facilitator
			? { perAddress: devicesPerAddress(), refused: refusedDevices(params.collection), allowed: sharedAddressesAllowed(params.collection) }
			: null,
		// The question on the facilitator's projector (if it is one of these), so phones can mark it.
		onScreen: ((id) => (id && questions.some((q) => q.id === id) ? id : null))(getOnScreen(params.collection)),
		catalogue: facilitator ? catalogue(overview.outlets) : null
	};
}

type Event = RequestEvent<{ collection: string }>;

const outletsOf = (id: string) => loadOverview({ collection: id }).overview.outlets;

export const predictActions = {
	answer: async (event: Event) =>
		withForm(event, 'answer', ['question', 'answer'], ({ question, answer }) => {
			answerLimiter.take(event.locals.client || 'unknown');
			// The facilitator's screen shows the choices without counting an answer (it says so): a post from
			// it would have counted as one more device in the room.
			if (event.locals.role === 'facilitator') throw new InputError('answer', 'the facilitator’s answers are not counted; the participants answer on their own devices.');
			// (the device's cookie is set when its browser loads the questions: answer-devices.ts)
			const device = event.cookies.get(DEVICE_COOKIE);
			if (!isDeviceId(device)) throw new InputError('answer', 'this browser has no place in the room yet: open the questions page again (with cookies allowed) and answer there.');
			admitDevice(event.params.collection, event.locals.client || 'unknown', device);
			predictions().answer(event.params.collection, question, device, answer, outletsOf(event.params.collection));
			return { form: 'answer', question, ok: 'Saved.' };
		}),
	addQuestion: async (event: Event) =>
		withForm(event, 'addQuestion', ['kind', 'param'], ({ kind, param }) => {
			requireFacilitator(event, 'choose the questions');
			const added = predictions().add(event.params.collection, { kind, param }, outletsOf(event.params.collection));
			return { form: 'addQuestion', ok: added.length === 1 ? `Added: “${added[0].prompt}”` : `Added ${added.length} questions.` };
		}),
	removeQuestion: async (event: Event) =>
		withForm(event, 'removeQuestion', ['id'], ({ id }) => {
			requireFacilitator(event, 'remove questions');
			const q = predictions().remove(event.params.collection, id);
			return { form: 'removeQuestion', ok: `Removed “${q.prompt}” and its answers.` };
		}),
	moveQuestion: async (event: Event) =>
		withForm(event, 'moveQuestion', ['id', 'by'], ({ id, by }) => {
			requireFacilitator(event, 'reorder the questions');
			if (by !== '-1' && by !== '1') throw new InputError('move', 'must be up or down');
			predictions().move(event.params.collection, id, by === '-1' ? -1 : 1);
			return { form: 'moveQuestion', ok: 'Moved.' };
		}),
	/** The projector moved to a question (or left them: id ''). */
	onScreen: async (event: Event) =>
		withForm(event, 'onScreen', ['id'], ({ id }) => {
			requireFacilitator(event, 'show questions on the projector');
			if (id) predictions().question(event.params.collection, id); // a question of this collection, or 404
			setOnScreen(event.params.collection, id || null);
			return { form: 'onScreen', ok: 'On the projector.' };
		}),
	reveal: async (event: Event) =>
		withForm(event, 'reveal', ['id'], ({ id }) => {
			requireFacilitator(event, 'reveal the answers');
			const n = predictions().setRevealed(event.params.collection, id || null, true);
			return { form: 'reveal', ok: id ? 'Revealed.' : `Revealed ${n} question${n === 1 ? '' : 's'}.` };
		}),
	hide: async (event: Event) =>
		withForm(event, 'hide', ['id'], ({ id }) => {
			requireFacilitator(event, 'hide revealed answers');
			predictions().setRevealed(event.params.collection, id || null, false);
			return { form: 'hide', ok: 'Hidden again: participants can answer it.' };
		}),
	/** Let every device answer, however many share a network address (a room behind one connection). */
	allowShared: async (event: Event) =>
		withForm(event, 'allowShared', [], () => {
			requireFacilitator(event, 'let devices that share a connection answer');
			allowSharedAddresses(event.params.collection);
			return { form: 'allowShared', ok: 'Every device may answer now, however many share a connection: ask those who were turned away to answer again.' };
		}),
	reset: async (event: Event) =>
		withForm(event, 'reset', [], () => {
			requireFacilitator(event, 'reset the answers for the next group');
			const n = predictions().reset(event.params.collection);
			forgetDevices(event.params.collection);
			return { form: 'reset', ok: `Cleared ${n} answer${n === 1 ? '' : 's'}; every question is hidden again, ready for the next group.` };
		})
};
