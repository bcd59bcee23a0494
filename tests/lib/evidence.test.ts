// The evidence behind a bar (src/lib/evidence.ts): for ?actor=, every sentence of every actor under
// that key, including two of one article that the facilitator merged into one name.
import { describe, expect, it } from 'vitest';
import { evidenceFor, type EvidenceArticle } from '../../src/lib/evidence.js';

const text = 'Acme promised a lot. Acme Corp is not delivering. The weather was fine.';
const s1 = { start: 0, end: 20, score: 0.2 };
const s2 = { start: 21, end: 49, score: -0.4 };
const article = (actors: EvidenceArticle['actors']): EvidenceArticle => ({
	id: 'a1',
	outlet: 'Herald',
	title: 'T',
	text,
	sentences: [],
	quotes: [],
	loaded: [],
	comments: [],
	termHits: {},
	actors
});

describe('evidenceFor ?actor=', () => {
	const rows: [string, EvidenceArticle['actors'], number, string][] = [
		['one actor', [{ key: 'acme', name: 'Acme', sentences: [s1], evidence: [{ start: 5, end: 13 }] }], 1, '1 sentence about Acme'],
		[
			'two actors merged under one key: both sentences, strongest first',
			[
				{ key: 'acme', name: 'Acme', sentences: [s1], evidence: [{ start: 5, end: 13 }] },
				{ key: 'acme', name: 'Acme Corp', sentences: [s2], evidence: [{ start: 35, end: 48 }] }
			],
			2,
			'2 sentences about Acme Corp'
		],
		['another key is not shown', [{ key: 'other', name: 'Other', sentences: [s1], evidence: [] }], 0, '0 sentences about acme']
	];
	it.each(rows)('%s', (_n, actors, n, what) => {
		const e = evidenceFor([article(actors)], { actor: 'acme' });
		expect(e.excerpts.length).toBe(n);
		expect(e.what.startsWith(what)).toBe(true);
		if (n === 2) expect(e.excerpts[0].note).toMatch(/−0\.40|-0\.40/);
	});
});
