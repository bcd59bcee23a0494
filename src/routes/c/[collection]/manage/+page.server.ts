import { fail, redirect } from '@sveltejs/kit';
import { deleteArticle, deleteCollection, getArticleMeta, listArticles, updateCollection } from '$lib/server';
import { must, withForm } from '../../../guard.server';

export const load = ({ params, locals }) => ({ articles: must(() => listArticles(params.collection)), canManage: locals.role === 'facilitator' });

export const actions = {
	rename: async (event) =>
		withForm(event, 'rename', ['name', 'description'], (values) => {
			updateCollection(event.params.collection, values);
			return { form: 'rename', ok: 'Saved.' };
		}),
	deleteArticle: async (event) =>
		withForm(event, 'deleteArticle', ['id'], ({ id }) => {
			// Only an article of the collection in the URL: NotFoundError (404) for any other.
			const a = getArticleMeta(id, event.params.collection);
			deleteArticle(id, event.params.collection);
			return { form: 'deleteArticle', ok: `Deleted “${a.title || a.outlet}”.` };
		}),
	deleteCollection: async (event) => {
		const r = await withForm(event, 'deleteCollection', ['confirm'], ({ confirm }) => {
			if (confirm !== 'yes') return fail(400, { form: 'deleteCollection', error: 'Tick the box to confirm.', input: 'confirm', values: {} });
			deleteCollection(event.params.collection);
			return { deleted: true };
		});
		if (r && 'deleted' in r) redirect(303, '/collections');
		return r;
	}
};
