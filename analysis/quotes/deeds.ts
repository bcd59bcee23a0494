// Deeds: what a person makes or does ("Taylor Swift's first six albums", "Parise scored twice") says
// what they are when nothing else in the text does. The list is data (deeds.tsv, see README.md); this
// reads it over each person's mentions once the entities are clustered.
import type { Ctx } from './context.js';
import type { EntityIndex } from './coref.js';
import { deeds } from './data.js';
import { isPossessive } from './mentions.js';

/** "scored a victory", "scored points with voters": a figure of speech, not a deed. */
const FIGURATIVE_OBJECT = new Set(['a', 'an', 'points', 'point', 'victory', 'win', 'wins', 'big', 'major', 'political', 'highly', 'well', 'poorly', 'low', 'high']);

/**
 * "Taylor Swift's first six albums", "her latest novel", "Parise scored twice": what a person makes or
 * does (deeds.tsv) says what they are when nothing else does. Read after the scan, over each person's
 * name, short-name and his/her mentions outside quotes.
 */
export function deedFacets(ctx: Ctx, index: EntityIndex): void {
	const { toks, text } = ctx;
	const list = deeds();
	if (!list.size) return;
	for (const c of index.clusters) {
		if (c.kind !== 'person' || c.plural) continue;
		for (const m of c.mentions) {
			if (m.quoted || m.form === 'description') continue;
			const last = ctx.tokenAt(m.end - 1);
			if (last < 0 || toks[last].end > m.end) continue;
			const pronoun = m.form === 'pronoun';
			let k = last + 1;
			const possessive = pronoun ? ['his', 'her'].includes(toks[last].normal) : !!toks[k] && isPossessive(toks[k]);
			if (possessive) {
				if (!pronoun) k++;
				// "first six albums", "latest solo album", "first-period goals"
				let z = k;
				while (z < toks.length && z - k < 6 && ['ADJ', 'NUM', 'NOUN', 'ADV'].includes(toks[z].pos) && !ctx.isMark[z]) z++;
				for (let h = z - 1; h >= k; h--) {
					const two = h > k ? `${toks[h - 1].normal} ${toks[h].normal}` : '';
					const d = list.get(two) ?? list.get(toks[h].normal);
					if (d && d.how === 'has') {
						c.addFacet({ start: toks[last].start, end: toks[h].end, text: text.slice(toks[last].start, toks[h].end), role: 'deed', group: d.group, pattern: `${toks[h].normal}: what they make or do` });
						break;
					}
					if (toks[h].pos === 'NOUN') break;
				}
			} else if (!pronoun || ['he', 'she'].includes(toks[last].normal)) {
				while (k < toks.length && k - last < 3 && (toks[k].pos === 'ADV' || ['has', 'had', 'have'].includes(toks[k].normal))) k++;
				const v = toks[k];
				const d = v ? list.get(v.normal) : undefined;
				if (v && d && d.how === 'does' && !FIGURATIVE_OBJECT.has(toks[k + 1]?.normal ?? '')) c.addFacet({ start: toks[last].start, end: v.end, text: text.slice(toks[last].start, v.end), role: 'deed', group: d.group, pattern: `${v.normal}: what they make or do` });
			}
		}
	}
}
