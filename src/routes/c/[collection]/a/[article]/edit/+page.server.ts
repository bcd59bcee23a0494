import { error, redirect } from '@sveltejs/kit';
import { ARTICLE_KINDS, analyseStoredArticle, deleteArticle, getArticle, updateArticle, type ArticleKind } from '$lib/server';
import { must, withForm } from '../../../../../guard.server';

export const load = ({ params, locals }) => {
	const a = must(() => getArticle(params.article));
	if (a.collectionId !== params.collection) error(404, 'This article is not in this collection');
	const { content: _content, ...meta } = a;
	// What the other pages show where a field is left empty: the headline and date found in the page.
	let found: { title: string; date: string | null } = { title: '', date: null };
	try {
		const analysed = analyseStoredArticle(params.article);
		found = { title: meta.title ? '' : analysed.title, date: meta.date ? null : analysed.date };
	} catch {
		// not analysed yet, or failed: nothing found to show
	}
	return { meta, found, kinds: [...ARTICLE_KINDS], canEdit: locals.role === 'facilitator' };
};

// Both actions pass the collection in the URL down to the store, which refuses (404) an article of
// any other collection: /c/B/a/<an article of A>/edit?/delete must not touch A.
export const actions = {
	save: async (event) => {
		const { params } = event;
		const r = await withForm(event, 'save', ['outlet', 'title', 'date', 'url', 'kind', 'note'], (values) =>
			updateArticle(params.article, { ...values, date: values.date || null, url: values.url || null, kind: values.kind as ArticleKind }, params.collection)
		);
		if (r && 'id' in r) redirect(303, `/c/${encodeURIComponent(params.collection)}/a/${encodeURIComponent(params.article)}`);
		return r;
	},
	delete: async (event) => {
		const { params } = event;
		const r = await withForm(event, 'delete', [], () => {
			deleteArticle(params.article, params.collection);
			return { deleted: true };
		});
		if (r && 'deleted' in r) redirect(303, `/c/${encodeURIComponent(params.collection)}/manage`);
		return r;
	}
};
