// Names met anywhere in the article, so later short references and pronouns can be resolved.
import { DETS_INDEF, type Ctx } from './context.js';
import { titleWords } from './data.js';
import { ORG_WORDS, isCap, isPossessive, npLeft, npRight, parseMention, type Mention } from './mentions.js';

/** Names met anywhere in the text, so later short references and pronouns can be resolved. */
export function scanNames(ctx: Ctx): void {
	const { toks } = ctx;
	const titles = titleWords();
	const STOP_BEFORE = new Set(['in', 'from', 'to', 'at', 'on', 'into', 'across', 'near', 'outside', 'inside', 'of', 'by']);
	let i = 0;
	while (i < toks.length) {
		if (toks[i].pos !== 'PROPN' || !isCap(toks[i])) {
			i++;
			continue;
		}
		let e = i;
		// A dot stays inside a name only when nothing separates it from the next word ("N.Y."), so a
		// name never runs over a sentence end ("the Federal Reserve. Trump says").
		while (
			e < toks.length &&
			((toks[e].pos === 'PROPN' && isCap(toks[e])) ||
				// "Human Rights Watch": the tagger's verb, but only an organisation word, so a headline's
				// "Hollande Says Donald Trump" does not become one name
				(e > i && isCap(toks[e]) && (['NOUN', 'ADJ'].includes(toks[e].pos) || (toks[e].pos === 'VERB' && ORG_WORDS.has(toks[e].normal)))) ||
				(toks[e].value === '.' && e > i && toks[e + 1]?.start === toks[e].end))
		)
			e++;
		const np = npRight(toks, i, e);
		// Take in a title and organisation before the name: "U.N. official Jonas Berg".
		let s = i;
		for (;;) {
			// "President-elect": the tokeniser splits a hyphenated title into three tokens.
			const hy = s >= 3 && toks[s - 2].value === '-' && toks[s - 3].end === toks[s - 2].start && toks[s - 2].end === toks[s - 1].start;
			if (hy && i - s < 4 && titles.has(`${toks[s - 3].normal}-${toks[s - 1].normal}`)) s -= 3;
			else if (s > 0 && i - s < 4 && (titles.has(toks[s - 1].normal) || (isCap(toks[s - 1]) && toks[s - 1].pos === 'PROPN') || isPossessive(toks[s - 1]))) s--;
			else break;
		}
		const prev = toks[s - 1];
		// "Jane Doe, the policy director for Acme," / "An Acme spokesman, Jane Doe,": the appositive
		// gives the title and organisation that quotes of that person are grouped by.
		const withAppositive = (m: Mention, left: boolean): Mention => {
			let ap: Mention | null = null;
			if (toks[e]?.value === ',') {
				const r = npRight(toks, e + 1, Math.min(toks.length, e + 16));
				if (r && ([',', '.'].includes(toks[r[1]]?.value ?? '') || toks[r[1]]?.pos === 'ADP')) ap = parseMention(ctx.text, toks, r[0], r[1]);
			}
			if (!ap && left && s > 1 && toks[s - 1].value === ',') {
				const l = npLeft(toks, s - 2, Math.max(0, s - 16));
				if (l && DETS_INDEF.has(toks[l[0]].normal)) ap = parseMention(ctx.text, toks, l[0], s - 1);
			}
			if (ap && ap.kind !== 'person' && ap.kind !== 'pronoun')
				return { ...m, title: m.title ?? ap.title, affiliation: m.affiliation ?? ap.affiliation ?? (ap.kind === 'org' ? ap.name : null) };
			return m;
		};
		if (np && e - i === 1 && ctx.entities.knowsSurname(toks[i].normal)) {
			// A surname alone ("Perez lobbies ...") keeps that person the latest one mentioned, for "he",
			// and an appositive there ("Perez, the senator,") still tells who they are.
			const m = parseMention(ctx.text, toks, i, e);
			if (m && m.kind === 'person') ctx.entities.add(withAppositive(m, false), m.start);
		} else if (np && e - i >= 2 && !(prev && STOP_BEFORE.has(prev.normal))) {
			let m = parseMention(ctx.text, toks, s, e);
			if (m && m.kind === 'person') m = withAppositive(m, true);
			if (m && (m.kind === 'person' ? m.name.split(/\s+/).length >= 2 : m.kind === 'org')) ctx.entities.add(m, m.start);
		}
		i = e;
	}
}
