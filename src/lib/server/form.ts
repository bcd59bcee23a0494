// Reading a submitted form with the same strictness as an uploaded file. `request.formData()` turns
// bytes that are not UTF-8 into U+FFFD replacement characters without a word, so a pasted field with
// broken bytes was saved as mojibake while the same bytes uploaded as a file were refused. Here every
// text field's bytes are decoded strictly first, and a field that is not valid UTF-8 is refused with
// the upload's own message ("… is not valid UTF-8 text"), naming the field. File parts are left to
// the upload checks (validate.ts), which refuse them the same way.
import { InputError } from './errors.js';

/** How fields are named in messages. */
const LABELS: Record<string, string> = {
	content: 'article text',
	name: 'collection name',
	description: 'collection description',
	outlet: 'outlet',
	title: 'headline',
	note: 'note',
	url: 'url',
	date: 'date',
	term: 'term'
};

const decoder = new TextDecoder('utf-8', { fatal: true });

function strict(field: string, bytes: Uint8Array): string {
	try {
		return decoder.decode(bytes);
	} catch {
		throw new InputError(LABELS[field] ?? field, 'is not valid UTF-8 text');
	}
}

/** application/x-www-form-urlencoded bytes -> the raw bytes of one name or value. */
function percentDecode(s: string): Uint8Array {
	const out: number[] = [];
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 0x2b) out.push(0x20); // '+'
		else if (c === 0x25 && /^[0-9a-f]{2}$/i.test(s.slice(i + 1, i + 3))) {
			out.push(parseInt(s.slice(i + 1, i + 3), 16));
			i += 2;
		} else if (c < 0x80) out.push(c);
		else for (const b of new TextEncoder().encode(s[i])) out.push(b); // not expected: the body is ASCII
	}
	return Uint8Array.from(out);
}

function parseUrlEncoded(raw: Uint8Array): FormData {
	const fd = new FormData();
	// The body itself is ASCII; bytes above 0x7f sent unescaped are checked like escaped ones.
	const text = Buffer.from(raw).toString('latin1');
	for (const pair of text.split('&')) {
		if (!pair) continue;
		const eq = pair.indexOf('=');
		const nameBytes = percentDecode(eq < 0 ? pair : pair.slice(0, eq));
		const valueBytes = percentDecode(eq < 0 ? '' : pair.slice(eq + 1));
		const name = strict('field name', nameBytes);
		fd.append(name, strict(name, valueBytes));
	}
	return fd;
}

function boundaryOf(contentType: string): string | null {
	const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
	return m ? (m[1] ?? m[2]) : null;
}

/** Check the bytes of every non-file part of a multipart body. */
function checkMultipartText(raw: Buffer, boundary: string): void {
	const delimiter = Buffer.from(`--${boundary}`, 'latin1');
	let at = raw.indexOf(delimiter);
	while (at >= 0) {
		const partStart = at + delimiter.length;
		if (raw.subarray(partStart, partStart + 2).toString('latin1') === '--') return; // closing delimiter
		const next = raw.indexOf(delimiter, partStart);
		if (next < 0) return;
		const headEnd = raw.indexOf('\r\n\r\n', partStart, 'latin1');
		if (headEnd < 0 || headEnd > next) {
			at = next;
			continue;
		}
		const head = raw.subarray(partStart, headEnd).toString('latin1');
		if (!/filename\*?=/i.test(head)) {
			const name = /name="([^"]*)"/i.exec(head)?.[1] ?? 'field';
			// The body runs to the CRLF that precedes the next delimiter.
			strict(name, raw.subarray(headEnd + 4, Math.max(headEnd + 4, next - 2)));
		}
		at = next;
	}
}

/**
 * The request's form, with every text field checked to be valid UTF-8 (InputError otherwise).
 * Reading the body honours BODY_SIZE_LIMIT as request.formData() does (413 past it).
 */
export async function readForm(request: Request): Promise<FormData> {
	const type = request.headers.get('content-type') ?? '';
	const raw = new Uint8Array(await request.arrayBuffer());
	if (/^application\/x-www-form-urlencoded/i.test(type)) return parseUrlEncoded(raw);
	if (/^multipart\/form-data/i.test(type)) {
		const boundary = boundaryOf(type);
		if (!boundary) throw new InputError('form', 'was sent without its multipart boundary');
		checkMultipartText(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), boundary);
		return new Response(raw, { headers: { 'content-type': type } }).formData();
	}
	if (raw.length === 0) return new FormData();
	throw new InputError('form', 'was not sent as a form');
}
