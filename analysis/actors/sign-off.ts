// A wire service's sign-off inside a paragraph: "… in the Middle East. (Reporting by Amanda Becker in
// Washington; Editing by Eric Beech.)". The journalists and desks it credits are no actors of the story,
// a place in it is where they worked, and its "Editing" and "Additional" are no names (review QQ of the
// 52nd stop had "Additional" and "Editing" as actors, and Beijing met in the credit). A sign-off that is a
// line of its own is page furniture the segmenter reads so (segment/patterns.ts WIRE_SIGNOFF); one written
// on at the end of a paragraph, as pages copied as text have it, is found here.
import type { Entity, Span, Token } from '../types.js';
import { tokenAt } from '../sorted.js';
import { WIRE_SIGNOFF_IN_TEXT } from '../segment/patterns.js';

/** The spans of the text's wire sign-offs in brackets, in text order. */
export function signOffSpans(text: string): Span[] {
	const out: Span[] = [];
	if (!text.includes('(')) return out;
	for (const m of text.matchAll(WIRE_SIGNOFF_IN_TEXT)) out.push({ start: m.index, end: m.index + m[0].length });
	return out;
}

/** Marks the tokens inside `spans` as covered, so that no lone name is made of them. */
export function coverSignOffs(tokens: Token[], covered: Uint8Array, spans: Span[]): void {
	for (const s of spans) for (let k = tokenAt(tokens, s.start); k < tokens.length && tokens[k].start < s.end; k++) covered[k] = 1;
}

/**
 * The entities without their mentions inside `spans`; an entity left with no mention outside them (or
 * only pronouns) is dropped. Entities with no mention inside are returned as they were.
 */
export function withoutSignOffs(entities: Entity[], spans: Span[]): Entity[] {
	if (!spans.length) return entities;
	const inside = (m: Span) => spans.some((s) => m.start >= s.start && m.end <= s.end);
	const out: Entity[] = [];
	for (const e of entities) {
		if (!e.mentions.some(inside)) {
			out.push(e);
			continue;
		}
		const mentions = e.mentions.filter((m) => !inside(m));
		if (mentions.some((m) => m.form !== 'pronoun')) out.push({ ...e, mentions });
	}
	return out;
}
