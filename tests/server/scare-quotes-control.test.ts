// The facilitator takes back scare quotes that are not (third newcomer pass: “feather duvet lung”, a
// condition the outlet names, counted as the outlet distancing itself, with no way to remove it). The
// chip lists the words in their quotation marks; removing it stops counting them in this collection
// only, and the change shows, and undoes, like any other.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/lib/server/index.js';
import { facilitatorActions, loadOverview } from '../../src/routes/c/[collection]/overview.server.js';
import { event, run } from './kit-event.js';
import { appStore } from './helpers.js';

let cid = '';
let other = '';
const AT = 'http://127.0.0.1:3000';
const TEXT =
	'A man was diagnosed with “feather duvet lung” after months of breathlessness.\n\n' +
	'The “experts” who sold him the duvet said nothing. He has since switched to synthetic bedding and is well again.';

appStore(() => {
	cid = api.createCollection({ name: 'Duvet week' }).id;
	api.addArticle(cid, { outlet: 'Herald', title: 'Duvet lung', content: TEXT });
	other = api.createCollection({ name: 'Other week' }).id;
	api.addArticle(other, { outlet: 'Herald', title: 'Duvet lung', content: TEXT });
});

const form = (action: string, id: string, f: Record<string, string>) =>
	event(`${AT}/c/${id}?/${action}`, { route: '/c/[collection]', params: { collection: id }, form: f, role: 'facilitator' });
const scare = (id: string) => loadOverview({ collection: id }).foundTerms.filter((t) => t.category === 'scare-quotes').map((t) => t.term);

describe('taking back scare quotes', () => {
	it('lists each scare quote by its words, removes one, and undoes it', async () => {
		expect(scare(cid)).toEqual(expect.arrayContaining(['“feather duvet lung”', '“experts”']));
		const r = await run(() => facilitatorActions.removeTerm(form('removeTerm', cid, { term: '“feather duvet lung”', category: 'scare-quotes' }) as never));
		expect(r.kind).toBe('ok');
		expect(String((r.value as { ok: string }).ok)).toMatch(/“feather duvet lung” is no longer counted as scare quotes/);
		expect(scare(cid)).toEqual(['“experts”']);
		expect(api.getSettings(cid).lexicon.remove).toEqual(['“feather duvet lung”']);
		// the other collection keeps counting it
		expect(scare(other)).toContain('“feather duvet lung”');
		const back = await run(() => facilitatorActions.restoreTerm(form('restoreTerm', cid, { term: '“feather duvet lung”' }) as never));
		// (the words keep their own marks, not two pairs: the second pass had read "Restored ““Humidifier lung””.")
		expect(String((back.value as { ok: string }).ok)).toBe('“feather duvet lung” counts as scare quotes again.');
		expect(scare(cid)).toEqual(expect.arrayContaining(['“feather duvet lung”', '“experts”']));
	});
});
