// Predict, then reveal: the questions of a collection, the room's answers and the reveal, in SQLite
// (tables from migration 5). Answers are anonymous: a device is a random id kept in a cookie, one
// answer per device per question (a second answer replaces the first until the question is revealed).
// Nobody's answers leave this module before the reveal except as counts; the CSV export is the
// facilitator's. What a question asks and how it is measured is $lib/predict (pure, shared with the
// browser); this file only stores and checks.
import crypto from 'node:crypto';
import type { DB } from './db.js';
import { InputError, NotFoundError } from './errors.js';
import { checkLabel } from './validate.js';
import {
	EVERY_OUTLET,
	KINDS,
	VOICE_GROUPS,
	choicesFor,
	findOutletActor,
	isQuestionKind,
	measure,
	mentionedActors,
	sameTextOutlets,
	type Question,
	type QuestionKind
} from '../predict.js';
import { tallyAnswers, type Reveal } from '../reveal-text.js';
import type { OutletRow } from '../shapes.js';

/** Most questions one collection may hold (a session asks a handful). */
export const MAX_QUESTIONS = 40;
export const PROMPT_MAX = 300;
export const ACTOR_MAX = 80;

/** The cookie holding a device's random id. */
export const DEVICE_COOKIE = 'slant_device';
const DEVICE_RE = /^[A-Za-z0-9_-]{22,64}$/;

/** A new device id: 128 random bits. */
export const newDeviceId = () => crypto.randomBytes(16).toString('base64url');
export const isDeviceId = (v: unknown): v is string => typeof v === 'string' && DEVICE_RE.test(v);

interface QuestionRow {
	id: string;
	collection_id: string;
	position: number;
	kind: string;
	param: string;
	prompt: string;
	revealed_at: string | null;
}

const toQuestion = (r: QuestionRow): Question => ({
	id: r.id,
	position: r.position,
	kind: (isQuestionKind(r.kind) ? r.kind : 'free') as QuestionKind,
	param: r.param,
	prompt: r.prompt,
	revealed: r.revealed_at !== null
});

const now = () => new Date().toISOString();
const newId = () => crypto.randomBytes(9).toString('base64url');

export interface NewQuestion {
	kind: string;
	/** Outlet, speaker group, actor or question text, as the kind wants. */
	param?: string;
}

export class Predictions {
	constructor(private readonly db: DB) {}

	private tx<T>(fn: () => T): T {
		return this.db.transaction(fn).immediate();
	}

	private requireCollection(collectionId: string): void {
		if (!this.db.prepare('SELECT 1 FROM collections WHERE id = ?').get(collectionId)) throw new NotFoundError('Collection', collectionId);
	}

	questions(collectionId: string): Question[] {
		return (this.db.prepare('SELECT * FROM predict_questions WHERE collection_id = ? ORDER BY position, created_at').all(collectionId) as QuestionRow[]).map(toQuestion);
	}

	question(collectionId: string, id: string): Question {
		const r = this.db.prepare('SELECT * FROM predict_questions WHERE id = ? AND collection_id = ?').get(id, collectionId) as QuestionRow | undefined;
		if (!r) throw new NotFoundError('Question', id);
		return toQuestion(r);
	}

	/**
	 * Add a question (or, for "whose voices dominate" with every outlet, one per outlet). The
	 * parameter is checked against the collection as it is now (`outlets`). Returns what was added.
	 */
	add(collectionId: string, input: NewQuestion, outlets: OutletRow[]): Question[] {
		const kind = input?.kind;
		if (!isQuestionKind(kind)) throw new InputError('question', 'must be one of the listed kinds');
		const info = KINDS[kind];
		const why = info.unavailable?.(outlets);
		if (why) throw new InputError('question', `cannot be asked here: ${why}`);
		const raw = typeof input.param === 'string' ? input.param : '';
		let params: string[];
		switch (info.param) {
			case 'none':
				params = [''];
				break;
			case 'outlet': {
				const p = raw.trim();
				if (p === EVERY_OUTLET) params = outlets.map((r) => r.outlet);
				else if (outlets.some((r) => r.outlet === p)) params = [p];
				else throw new InputError('outlet', p ? `“${p}” is not an outlet of this collection` : 'is required');
				break;
			}
			case 'group':
				if (!VOICE_GROUPS.includes(raw)) throw new InputError('speaker group', `must be one of: ${VOICE_GROUPS.join(', ')}`);
				params = [raw];
				break;
			case 'actor': {
				const actor = checkLabel('actor', raw, { required: false, max: ACTOR_MAX });
				// A name no article mentions has no tone to measure: refuse it rather than reveal the body's tone.
				if (actor && !outlets.some((r) => findOutletActor(r, actor))) {
					const known = mentionedActors(outlets, 8);
					throw new InputError(
						`actor “${actor}”`,
						`no article mentions it in its own words, so there is no tone toward it to measure. ${known.length ? `Actors the articles mention: ${known.join(', ').replace(/\.$/, '')}. ` : ''}Or leave the box empty to ask about the tone of the writing as a whole.`
					);
				}
				params = [actor];
				break;
			}
			case 'prompt':
				params = [checkLabel('question', raw, { required: true, max: PROMPT_MAX })];
				if (params[0].length < 5) throw new InputError('question', 'is too short to be a question');
				break;
		}
		return this.tx(() => {
			this.requireCollection(collectionId);
			const existing = this.questions(collectionId);
			if (existing.length + params.length > MAX_QUESTIONS)
				throw new InputError('question', `would make more than ${MAX_QUESTIONS} questions; remove some first`);
			let position = existing.reduce((m, q) => Math.max(m, q.position), 0);
			const added: string[] = [];
			for (const param of params) {
				const prompt = info.prompt(param);
				if (existing.some((q) => q.kind === kind && q.param === param && q.prompt === prompt)) continue;
				const id = newId();
				this.db
					.prepare('INSERT INTO predict_questions (id, collection_id, position, kind, param, prompt, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
					.run(id, collectionId, ++position, kind, kind === 'free' ? '' : param, prompt, now());
				added.push(id);
			}
			if (!added.length) throw new InputError('question', 'is already on the list');
			return added.map((id) => this.question(collectionId, id));
		});
	}

	remove(collectionId: string, id: string): Question {
		return this.tx(() => {
			const q = this.question(collectionId, id);
			this.db.prepare('DELETE FROM predict_questions WHERE id = ?').run(id);
			return q;
		});
	}

	/** Move a question one place up (-1) or down (+1). */
	move(collectionId: string, id: string, by: -1 | 1): void {
		this.tx(() => {
			const list = this.questions(collectionId);
			const i = list.findIndex((q) => q.id === id);
			if (i < 0) throw new NotFoundError('Question', id);
			const j = i + by;
			if (j < 0 || j >= list.length) return;
			const set = this.db.prepare('UPDATE predict_questions SET position = ? WHERE id = ?');
			[list[i], list[j]] = [list[j], list[i]];
			list.forEach((q, k) => set.run(k + 1, q.id));
		});
	}

	/**
	 * A device's answer to one question: one of the question's choices for the collection as it is
	 * now. Replaces the device's earlier answer. Refused once the question is revealed.
	 */
	answer(collectionId: string, questionId: string, device: string, answer: string, outlets: OutletRow[]): void {
		if (!isDeviceId(device)) throw new InputError('device', 'has no valid id: reload the page and answer again');
		this.tx(() => {
			const q = this.question(collectionId, questionId);
			if (q.revealed) throw new InputError('answer', 'came too late: the facilitator has revealed this question, so answers are closed');
			if (!choicesFor(q, outlets).some((c) => c.value === answer)) throw new InputError('answer', 'must be one of the choices shown');
			this.db
				.prepare(
					`INSERT INTO predict_answers (question_id, device, answer, answered_at) VALUES (?, ?, ?, ?)
					 ON CONFLICT (question_id, device) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at`
				)
				.run(questionId, device, answer, now());
		});
	}

	/** This device's own answers, by question id (never anyone else's). */
	answersOf(collectionId: string, device: string): Record<string, string> {
		if (!isDeviceId(device)) return {};
		const rows = this.db
			.prepare('SELECT a.question_id, a.answer FROM predict_answers a JOIN predict_questions q ON q.id = a.question_id WHERE q.collection_id = ? AND a.device = ?')
			.all(collectionId, device) as { question_id: string; answer: string }[];
		return Object.fromEntries(rows.map((r) => [r.question_id, r.answer]));
	}

	/** How many devices answered each question, and how many answered at least one. */
	counts(collectionId: string): { byQuestion: Record<string, number>; devices: number } {
		const rows = this.db
			.prepare('SELECT q.id, COUNT(a.device) AS n FROM predict_questions q LEFT JOIN predict_answers a ON a.question_id = q.id WHERE q.collection_id = ? GROUP BY q.id')
			.all(collectionId) as { id: string; n: number }[];
		const devices = (
			this.db
				.prepare('SELECT COUNT(DISTINCT a.device) AS n FROM predict_answers a JOIN predict_questions q ON q.id = a.question_id WHERE q.collection_id = ?')
				.get(collectionId) as { n: number }
		).n;
		return { byQuestion: Object.fromEntries(rows.map((r) => [r.id, r.n])), devices };
	}

	/** Answers per choice of one question. */
	private tallies(questionId: string): Record<string, number> {
		const rows = this.db.prepare('SELECT answer, COUNT(*) AS n FROM predict_answers WHERE question_id = ? GROUP BY answer').all(questionId) as {
			answer: string;
			n: number;
		}[];
		return Object.fromEntries(rows.map((r) => [r.answer, r.n]));
	}

	/**
	 * The reveal of one question: the room's answers against the measured figures. Refused for a
	 * question not yet revealed unless `evenIfHidden` (the facilitator's export): this is the one
	 * place others' answers come from.
	 */
	reveal(collectionId: string, questionId: string, outlets: OutletRow[], evenIfHidden = false, sameText: { a: string; b: string }[] = []): Reveal {
		const q = this.question(collectionId, questionId);
		if (!q.revealed && !evenIfHidden) throw new InputError('question', 'is not revealed yet');
		const counts = this.tallies(q.id);
		const choices = choicesFor(q, outlets);
		const measured = measure(q, outlets);
		const copies = measured ? sameTextOutlets(outlets, sameText) : [];
		if (measured && copies.length) measured.sameText = copies;
		return {
			question: q,
			choices,
			answered: Object.values(counts).reduce((s, n) => s + n, 0),
			tallies: tallyAnswers(choices, counts),
			measured
		};
	}

	/** Reveal one question, or every question of the collection (`id` null). Returns how many were revealed now. */
	setRevealed(collectionId: string, id: string | null, revealed = true): number {
		return this.tx(() => {
			this.requireCollection(collectionId);
			if (id !== null) this.question(collectionId, id);
			const at = revealed ? now() : null;
			const r =
				id === null
					? this.db.prepare(`UPDATE predict_questions SET revealed_at = ? WHERE collection_id = ? AND (revealed_at IS NULL) = ?`).run(at, collectionId, revealed ? 1 : 0)
					: this.db.prepare(`UPDATE predict_questions SET revealed_at = ? WHERE id = ? AND (revealed_at IS NULL) = ?`).run(at, id, revealed ? 1 : 0);
			return r.changes;
		});
	}

	/** For the next group: every answer of the collection deleted and every question hidden again. Returns the answers deleted. */
	reset(collectionId: string): number {
		return this.tx(() => {
			this.requireCollection(collectionId);
			const r = this.db.prepare('DELETE FROM predict_answers WHERE question_id IN (SELECT id FROM predict_questions WHERE collection_id = ?)').run(collectionId);
			this.db.prepare('UPDATE predict_questions SET revealed_at = NULL WHERE collection_id = ?').run(collectionId);
			return r.changes;
		});
	}

	/**
	 * Every answer of the collection for the CSV export, oldest first. Devices become "device 1",
	 * "device 2", … in the order they first answered: the cookie's id never leaves the server.
	 */
	answerRows(collectionId: string): { position: number; questionId: string; device: string; answer: string; answeredAt: string }[] {
		const rows = this.db
			.prepare(
				`SELECT q.position, q.id AS question_id, a.device, a.answer, a.answered_at FROM predict_answers a
				 JOIN predict_questions q ON q.id = a.question_id WHERE q.collection_id = ? ORDER BY a.answered_at, q.position`
			)
			.all(collectionId) as { position: number; question_id: string; device: string; answer: string; answered_at: string }[];
		const alias = new Map<string, string>();
		return rows.map((r) => {
			if (!alias.has(r.device)) alias.set(r.device, `device ${alias.size + 1}`);
			return { position: r.position, questionId: r.question_id, device: alias.get(r.device)!, answer: r.answer, answeredAt: r.answered_at };
		});
	}
}
