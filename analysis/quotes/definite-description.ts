// A definite description that may refer back to someone: "the senator", "the Kansas Republican", "the
// 62-year-old", "the former “Dawson’s Creek” star", "the company". Read by the entity scan (entities.ts) at
// each "the"; split from describe.ts, which reads what the text says around a name.
import type { Ctx } from './context.js';
import { ORG_DESCRIPTION_NOUNS, orgWords } from './data.js';
import { parseMention, type Mention } from './mentions.js';
import { describesNoun } from './mention-words.js';
import { npRight } from './phrases.js';

/** "the senator", "the Kansas Republican", "the 62-year-old", "the company": a definite description. */
export function description(ctx: Ctx, i: number, roles: Set<string>): { mention: Mention; age: string | null; end: number } | null {
	const { toks, text } = ctx;
	// ("should Senator Green become the nominee": what someone becomes is said of them, and refers to no
	// one else; review W of the 40th stop had it join the nominee named before)
	if (toks[i - 1]?.lemma.toLowerCase() === 'become' && toks[i - 1].pos !== 'NOUN') return null;
	// "the 62-year-old" (the tokeniser splits it into five tokens)
	const n = toks[i + 1];
	if (n?.pos === 'NUM' && toks[i + 2]?.value === '-' && toks[i + 3]?.normal === 'year' && toks[i + 4]?.value === '-' && toks[i + 5]?.normal === 'old') {
		const after = toks[i + 6];
		const next = toks[i + 7];
		// "the 62-year-old man": a person noun after the age is part of the description
		const withNoun = !!after && (roles.has(after.normal) || roles.has(after.lemma.toLowerCase()));
		// "the 62-year-old building collapsed": the age describes a thing
		if (!withNoun && after?.pos === 'NOUN' && (!next || ['VERB', 'AUX', 'PUNCT'].includes(next.pos))) return null;
		const end = withNoun ? i + 7 : i + 6;
		const m = parseMention(text, toks, i, end);
		return m ? { mention: { ...m, kind: 'noun', title: m.text.replace(/^the\s+/i, ''), titleSpan: { start: n.start, end: toks[end - 1].end } }, age: n.value, end } : null;
	}
	const hi = Math.min(toks.length, i + 12);
	// "the former “Dawson’s Creek” star", "the “Pose” actor": a title in quotation marks inside the phrase
	{
		let k = i + 1;
		while (k < hi && ['former', 'late', 'veteran', 'onetime'].includes(toks[k].normal)) k++;
		if (ctx.isMark[k]) {
			let z = k + 1;
			while (z < hi && !ctx.isMark[z]) z++;
			const noun = toks[z + 1];
			if (ctx.isMark[z] && noun && noun.pos === 'NOUN' && (roles.has(noun.normal) || roles.has(noun.lemma.toLowerCase()))) {
				const m = parseMention(text, toks, i, z + 2);
				if (m) return { mention: { ...m, kind: 'noun', definite: true, title: m.text.replace(/^the\s+/i, ''), titleSpan: { start: toks[i + 1].start, end: noun.end }, plural: false }, age: null, end: z + 2 };
			}
		}
	}
	const np = npRight(toks, i, hi);
	if (!np || np[1] - np[0] < 2) return null;
	// a person or organisation head: the noun before any "of/for/at" ("the authors of the study")
	let hk = np[1] - 1;
	for (let k = np[0] + 1; k < np[1]; k++)
		if (['of', 'for', 'at', 'with', 'from'].includes(toks[k].normal) && toks[k].pos === 'ADP') {
			hk = k - 1;
			break;
		}
	const head = toks[hk];
	// ("the Republican presidential primary": a party's or a nation's word before lower-case words it
	// describes is no one, mention-words.ts describesNoun)
	if (hk === np[1] - 1 && describesNoun(toks, hk)) return null;
	// ("the paper-thin medical record": a noun joined by a hyphen to the next word modifies it; it is no head)
	if (toks[hk + 1]?.value === '-' && toks[hk + 1].start === head.end && toks[hk + 2]?.start === toks[hk + 1].end) return null;
	const lemma = head.lemma.toLowerCase();
	// ("the Republican presidential front-runner": a head joined by a hyphen is one word, as roles.txt lists it)
	const joined = hk >= 2 && toks[hk - 1].value === '-' && toks[hk - 1].start === toks[hk - 2].end && head.start === toks[hk - 1].end ? `${toks[hk - 2].normal}-${head.normal}` : '';
	const isPerson = roles.has(head.normal) || roles.has(lemma) || (!!joined && roles.has(joined));
	// "the company", "the club", "her former record label": an organisation of that kind
	const isOrg = ORG_DESCRIPTION_NOUNS.has(head.normal) || (orgWords().has(head.normal) && !['state', 'states', 'house', 'post', 'times', 'news', 'press', 'front', 'watch', 'rights', 'international', 'nations', 'republic', 'capital', 'partners', 'energy'].includes(head.normal));
	if (!isPerson && !isOrg) return null;
	const m = parseMention(text, toks, np[0], np[1]);
	if (!m || m.kind === 'person') return null;
	return { mention: { ...m, kind: isOrg ? 'org' : 'noun', definite: true }, age: null, end: np[1] };
}
