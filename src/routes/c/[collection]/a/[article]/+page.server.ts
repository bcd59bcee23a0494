import { error } from '@sveltejs/kit';
import { AnalysisFailed, analyseCollection, analyseStoredArticle, correctQuote, getArticle, offsetField, termSpans, uncorrectQuote } from '$lib/server';
import { toArticleView, withoutFigures } from '$lib/shapes';
import { heldBack } from '$lib/server/hold-back';
import { articlePart } from '$lib/article-parts';
import { focusFromParams } from '$lib/segments';
import { actorKeyer } from '$analysis/actors/outlets';
import { articleIsReady, must, ready, withForm } from '../../../../guard.server';
import { sameTextOf } from '../../overview.server';
import { sharedPercent } from '$analysis/same-text';

export const load = async ({ params, url, locals }) => {
	const meta = must(() => getArticle(params.article));
	if (meta.collectionId !== params.collection) error(404, 'This article is not in this collection');
	await articleIsReady(params.article);
	await ready(params.collection);
	const ca = must(() => analyseCollection(params.collection));
	let a;
	try {
		a = must(() => analyseStoredArticle(params.article));
	} catch (e) {
		// Its analysis failed (over the time limit, or a crash): say so on the article's own page.
		if (!(e instanceof AnalysisFailed)) throw e;
		return { failure: { id: meta.id, outlet: meta.outlet, title: meta.title, words: meta.content.split(/\s+/).filter(Boolean).length, error: e.message }, article: null, plain: null };
	}
	// While the room's predictions are open a participant reads the text alone (hold-back.ts).
	if (heldBack(params.collection, locals.role)) {
		const askedPart = url.searchParams.get('part');
		const view = toArticleView({ ...a, outlet: meta.outlet, title: meta.title || a.title, date: meta.date ?? a.date }, meta.kind);
		return { plain: withoutFigures(articlePart(view, {}, askedPart === null ? null : Number(askedPart), null, null).article), article: null, failure: null };
	}
	const categories = Object.entries(ca.lexicon.categories).map(([key, c]) => ({ key, label: c.label, description: c.description }));
	// A very long article is sent one part at a time (the part asked for, or the one with the evidence asked for).
	const askedPart = url.searchParams.get('part');
	const shown = articlePart(
		toArticleView({ ...a, outlet: meta.outlet, title: meta.title || a.title, date: meta.date ?? a.date }, meta.kind, actorKeyer(ca.articles, ca.collection.settings.speakers)),
		focusFromParams(url.searchParams),
		askedPart === null ? null : Number(askedPart),
		await termSpans(a.text, a.paragraphs, url.searchParams.get('term')),
		url.searchParams.get('actor')
	);
	// Just added: the articles of the collection that carry the same text, said at once (one article
	// added twice, or one wire story run by two outlets: analysis/same-text.ts)
	const sameAs = url.searchParams.has('added')
		? sameTextOf(ca).flatMap((p) => {
				const other = p.a === meta.id ? p.b : p.b === meta.id ? p.a : null;
				const m = other ? ca.meta.find((x) => x.id === other) : undefined;
				return m ? [{ id: m.id, outlet: m.outlet, title: m.title, percent: sharedPercent(p.shared) }] : [];
			})
		: [];
	return {
		article: shown.article,
		plain: null,
		failure: null,
		sameAs,
		categories,
		termHits: shown.termHits,
		siblings: ca.meta.map((m) => ({ id: m.id, outlet: m.outlet })),
		ownVoice: ca.collection.settings.speakers.ownVoice !== false,
		// The facilitator's corrections of this article's quotes, and the names to offer for a speaker
		quoteFixes: (ca.collection.settings.speakers.quoteFixes ?? []).filter((f) => f.article === meta.id),
		// (every speaker of the collection, and the people this article names in full; at most 300, so a
		// very long paste does not send thousands)
		speakerNames: [...new Set([...ca.articles.flatMap((x) => x.speakers.map((s) => s.speaker)), ...(a.entities ?? []).filter((e) => e.kind === 'person' && !e.plural && /^\p{Lu}\S*\s+\p{Lu}/u.test(e.name)).map((e) => e.name)])]
			.slice(0, 300)
			.sort((x, y) => x.localeCompare(y))
	};
};

// The facilitator's corrections of single quotes (src/lib/server/quote-fixes.ts): the page reloads
// with every figure recounted.
export const actions = {
	fixQuote: async (event) =>
		withForm(event, 'fixQuote', ['start', 'end', 'speaker', 'notQuote'], ({ start, end, speaker, notQuote }) => {
			const at = { start: offsetField('start', start), end: offsetField('end', end) };
			return { form: 'fixQuote', ok: correctQuote(event.params.collection, event.params.article, at, notQuote ? null : speaker) };
		}),
	unfixQuote: async (event) =>
		withForm(event, 'unfixQuote', ['start', 'end'], ({ start, end }) => {
			const at = { start: offsetField('start', start), end: offsetField('end', end) };
			return { form: 'unfixQuote', ok: uncorrectQuote(event.params.collection, event.params.article, at) };
		})
};
