// The overview's notice for articles that carry the same text, rendered as the server renders it.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SameText from '../../src/lib/components/overview/SameText.svelte';
import type { ArticleCard } from '../../src/lib/shapes';

const card = (id: string, outlet: string, title: string) => ({ id, outlet, title, kind: null, headlineLoaded: [], date: null, words: 450, url: null }) as unknown as ArticleCard;
const articles = [card('cbs', 'CBS News', 'Man who sold <i>ammo</i> speaks'), card('cbs2', 'CBS News (second copy)', 'Man who sold <i>ammo</i> speaks'), card('ap', 'Associated Press', 'Seller named')];

describe('SameText', () => {
	const rows: [string, { a: string; b: string; shared: number }[], boolean, RegExp[], RegExp[]][] = [
		['a copy of one article, to the facilitator', [{ a: 'cbs', b: 'cbs2', shared: 1 }], true, [/Two articles carry the same text/, /all of the shorter one’s text is in the other/, /href="\/c\/x\/a\/cbs2\/edit"/, /says nothing about how the two outlets frame/], []],
		['a wire story run twice, to a participant', [{ a: 'cbs', b: 'ap', shared: 0.784 }], false, [/78% of the shorter one’s text/, /href="\/c\/x\/a\/ap"/], [/\/edit/]],
		['two pairs', [{ a: 'cbs', b: 'cbs2', shared: 1 }, { a: 'cbs', b: 'ap', shared: 0.9 }], false, [/2 pairs of articles carry the same text/], []],
		['a pair naming an article the overview lacks shows nothing', [{ a: 'cbs', b: 'gone', shared: 1 }], true, [], [/same text/]],
		['no pairs, no notice', [], true, [], [/same text/]]
	];
	it.each(rows)('%s', (_name, pairs, canManage, present, absent) => {
		const { body } = render(SameText, { props: { pairs, articles, base: '/c/x', canManage } });
		for (const r of present) expect(body).toMatch(r);
		for (const r of absent) expect(body).not.toMatch(r);
		if (pairs.length && present.length) expect(body).toContain('Man who sold &lt;i>ammo&lt;/i> speaks'); // escaped, never markup
	});
});
