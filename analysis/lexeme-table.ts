// wink's word look-up, saved at build time instead of built at every start.
//
// wink finds each token's entry in the model through an object holding the model's 87,600 words as
// keys (features.lexeme.hash). Building it was the largest single cost of loading the model: about
// 70 ms of every `slant` start and of every worker thread's, more than reading and parsing the 3 MB
// file. The build (analysis/term-cache-main.ts, run by scripts/build-cli.mjs) saves the same look-up
// as a table of numbers, dist/lexeme-table.bin, which a start reads in a millisecond: an
// open-addressing hash table (FNV-1a over UTF-16 code units, linear probing) whose slots hold a word's
// index + 1 (0: empty). A look-up compares the word itself with the model's list, so a table can only
// fail to find a word, never find the wrong one; a table made with another model (its header names
// the versions and the number of words) or failing a check of every 97th word is not used, and the
// model builds its object as before: a stale or missing file costs time, never a different result.
// Words wink adds as it meets them (out-of-vocabulary) go in an ordinary object in front of the table.
import fs from 'node:fs';
import { builtFile } from './data-files.js';
import { modelKey } from './lexicon/term-cache.js';

/** Where the build writes the table: dist/ beside analysis/. */
export const lexemeTablePath = (): string => builtFile('lexeme-table.bin');

function fnv(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** The slots for a list of words: a power of two at least twice its length (a third full for the model's). */
export function buildLexemeTable(list: readonly string[]): Int32Array {
	let size = 1;
	while (size < list.length * 2) size *= 2;
	const slots = new Int32Array(size);
	const mask = size - 1;
	for (let k = 0; k < list.length; k++) {
		let j = fnv(list[k]) & mask;
		while (slots[j] !== 0 && list[slots[j] - 1] !== list[k]) j = (j + 1) & mask;
		// (a word listed twice keeps its first index, as the object built key by key keeps its last:
		// the model's list has no duplicates, and the check below refuses a table that disagrees)
		if (slots[j] === 0) slots[j] = k + 1;
	}
	return slots;
}

/** The index of `word` in `list` through the table, or undefined. */
function find(slots: Int32Array, list: readonly string[], word: string): number | undefined {
	const mask = slots.length - 1;
	for (let j = fnv(word) & mask; ; j = (j + 1) & mask) {
		const v = slots[j];
		if (v === 0) return undefined;
		if (list[v - 1] === word) return v - 1;
	}
}

/**
 * The file: a 4-byte length, a JSON header of that length ({model, words, slots}), padding to a
 * multiple of four, then the slots as 32-bit integers in this machine's byte order.
 */
export function lexemeTableFile(list: readonly string[]): Buffer {
	const slots = buildLexemeTable(list);
	let header = Buffer.from(JSON.stringify({ model: modelKey(), words: list.length, slots: slots.length, endian: endian() }));
	header = Buffer.concat([header, Buffer.alloc((4 - ((4 + header.length) % 4)) % 4, 0x20)]);
	const size = Buffer.alloc(4);
	size.writeUInt32LE(header.length);
	return Buffer.concat([size, header, Buffer.from(slots.buffer, slots.byteOffset, slots.byteLength)]);
}

const endian = () => (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE');

/** The slots saved in `file` for this very list, or null (missing, malformed, another model or list). */
export function readLexemeTable(file: string, list: readonly string[]): Int32Array | null {
	let buf: Buffer;
	try {
		buf = fs.readFileSync(file);
	} catch {
		return null;
	}
	try {
		const n = buf.readUInt32LE(0);
		const header = JSON.parse(buf.subarray(4, 4 + n).toString('utf8'));
		if (header?.model !== modelKey() || header.words !== list.length || header.endian !== endian()) return null;
		const start = 4 + n;
		if (header.slots !== (buf.length - start) / 4 || header.slots < list.length || (header.slots & (header.slots - 1)) !== 0) return null;
		// (a copy, so the slots are aligned whatever offset the file's buffer had)
		const slots = new Int32Array(header.slots);
		new Uint8Array(slots.buffer).set(buf.subarray(start));
		for (let k = 0; k < list.length; k += 97) if (find(slots, list, list[k]) !== k) return null;
		return slots;
	} catch {
		return null;
	}
}

/**
 * An object wink can use as features.lexeme.hash: reading a word gives its index (the table's, or
 * one wink added), writing one adds it. No prototype: "constructor" is a word like any other.
 */
export function lexemeLookup(slots: Int32Array, list: readonly string[]): Record<string, number> {
	const added: Record<string, number> = Object.create(null);
	return new Proxy(added, {
		get: (_, key) => {
			if (typeof key !== 'string') return undefined;
			const v = added[key];
			return v !== undefined ? v : find(slots, list, key);
		}
	});
}
