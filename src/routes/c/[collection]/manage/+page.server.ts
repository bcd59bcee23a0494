import { redirect } from '@sveltejs/kit';
import { deleteArticle, deleteCollection, getArticle, listArticles, updateCollection } from '$lib/server';
import { act, must, str } from '../../../guard.server';

export const load = ({ params }) => ({ articles: must(() => listArticles(params.collection)) });

export const actions = {
	rename: async ({ request, params }) => {
		const fd = await request.formData();
		const values = { name: str(fd, 'name'), description: str(fd, 'description') };
		return act('rename', values, () => {
			updateCollection(params.collection, values);
			return { form: 'rename', ok: 'Saved.' };
		});
	},
	deleteArticle: async ({ request, params }) => {
		const fd = await request.formData();
		const id = str(fd, 'id');
		return act('deleteArticle', { id }, () => {
			const a = getArticle(id);
			if (a.collectionId !== params.collection) return { form: 'deleteArticle', error: 'Not in this collection.' };
			deleteArticle(id);
			return { form: 'deleteArticle', ok: `Deleted “${a.title || a.outlet}”.` };
		});
	},
	deleteCollection: async ({ request, params }) => {
		const fd = await request.formData();
		if (str(fd, 'confirm') !== 'yes') return { form: 'deleteCollection', error: 'Tick the box to confirm.' };
		const r = await act('deleteCollection', {}, () => {
			deleteCollection(params.collection);
			return { deleted: true };
		});
		if (r && 'deleted' in r) redirect(303, '/collections');
		return r;
	}
};
