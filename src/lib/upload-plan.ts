// Which chosen files one upload sends (browser and server share it). A file over the article size
// limit is not sent at all: the server would refuse it anyway, and its megabytes could push the
// whole request past the server's request limit, so that one big file cost every good file of the
// batch (the browser used to refuse to send anything). It is named instead, with its size, and the
// server lists it among the results with the reason. Files that fit go in order until the request
// would pass the server's limit; the rest are named as "not sent: upload it again".

/** Multipart framing per file (boundary, headers, file name): generous, so the estimate never falls short. */
export const PART_OVERHEAD = 1024;
/** The form's other fields and the closing boundary. */
export const FORM_OVERHEAD = 16 * 1024;

export type SkipReason = 'too-big' | 'request-full';

/** A file the browser did not send, and why; `at` is its place in the chosen list. */
export interface SkippedFile {
	name: string;
	size: number;
	reason: SkipReason;
	at: number;
}

export interface UploadPlan<F> {
	send: F[];
	skipped: SkippedFile[];
}

/**
 * Split `files` into those to send and those to name instead. `maxBytes`: the largest article;
 * `requestBytes`: the largest request the server reads (BODY_SIZE_LIMIT).
 */
export function planUpload<F extends { name: string; size: number }>(files: readonly F[], maxBytes: number, requestBytes: number): UploadPlan<F> {
	const send: F[] = [];
	const skipped: SkippedFile[] = [];
	let total = FORM_OVERHEAD;
	files.forEach((f, at) => {
		if (f.size > maxBytes) skipped.push({ name: f.name, size: f.size, reason: 'too-big', at });
		else if (total + f.size + PART_OVERHEAD + f.name.length * 3 > requestBytes) skipped.push({ name: f.name, size: f.size, reason: 'request-full', at });
		else {
			send.push(f);
			total += f.size + PART_OVERHEAD + f.name.length * 3;
		}
	});
	return { send, skipped };
}

/** Read back a `skipped` form field; anything malformed is dropped (it only names files in the results). */
export function parseSkipped(value: unknown): SkippedFile | null {
	if (typeof value !== 'string' || value.length > 2000) return null;
	try {
		const v = JSON.parse(value) as Partial<SkippedFile>;
		if (typeof v.name !== 'string' || !v.name.trim() || v.name.length > 255) return null;
		if (typeof v.size !== 'number' || !Number.isFinite(v.size) || v.size < 0) return null;
		if (v.reason !== 'too-big' && v.reason !== 'request-full') return null;
		const at = typeof v.at === 'number' && Number.isInteger(v.at) && v.at >= 0 ? v.at : Number.MAX_SAFE_INTEGER;
		return { name: v.name, size: v.size, reason: v.reason, at };
	} catch {
		return null;
	}
}
