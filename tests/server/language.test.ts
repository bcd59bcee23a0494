// An article not in English is stored and readable, but left out of the collection's comparison with
// the reason, since Slant's word lists and rules are English (a Malay article had become the "most
// negative outlet" of a workshop's collection).
import { describe, expect, it } from 'vitest';
import { ARTICLE_A, ARTICLE_B, store } from './helpers.js';

const PT =
	'Tarifas do porto sobem em abril\n\nA prefeitura anunciou nesta quinta-feira que as tarifas do porto vão subir vinte por cento a partir de abril. Os pescadores disseram que o aumento vai expulsar os pequenos barcos e pediram que a mudança seja feita aos poucos, ao longo de três anos.\n';

describe('articles not in English', () => {
	it('are left out of the charts with the language found, and still open on their own', () => {
		const s = store();
		const c = s.createCollection({ name: 'C' });
		s.addArticle(c.id, { outlet: 'Daily Courier', content: ARTICLE_A });
		s.addArticle(c.id, { outlet: 'Evening Post', content: ARTICLE_B });
		const pt = s.addArticle(c.id, { outlet: 'Diário do Porto', content: PT });
		const ca = s.analyseCollection(c.id);
		expect(ca.outlets.map((o) => o.outlet).sort()).toEqual(['Daily Courier', 'Evening Post']);
		expect(ca.articles.map((a) => a.outlet)).not.toContain('Diário do Porto');
		expect(ca.meta.map((m) => m.id)).toEqual(ca.articles.map((a) => a.id));
		expect(ca.failed).toEqual([expect.objectContaining({ id: pt.id, outlet: 'Diário do Porto', reason: 'language', error: expect.stringMatching(/^Not English \(detected: Portuguese\)/) })]);
		expect(s.analyseStoredArticle(pt.id).warnings.map((w) => w.code)).toContain('not-english');
	});
});
