import { error, redirect } from '@sveltejs/kit';
import { ARTICLE_KINDS, deleteArticle, getArticle, updateArticle, type ArticleKind } from '$lib/server';
import { act, must, str } from '../../../../../guard.server';

export const load = ({ params }) => {
	const a = must(() => getArticle(params.article));
	if (a.collectionId !== params.collection) error(404, 'This article is not in this collection');
	const { content: _content, ...meta } = a;
	return { meta, kinds: [...ARTICLE_KINDS] };
};

export const actions = {
	save: async ({ request, params }) => {
		const fd = await request.formData();
		const values = { outlet: str(fd, 'outlet'), title: str(fd, 'title'), date: str(fd, 'date'), url: str(fd, 'url'), kind: str(fd, 'kind'), note: str(fd, 'note') };
		const r = await act('save', values, () =>
			updateArticle(params.article, { ...values, date: values.date || null, url: values.url || null, kind: values.kind as ArticleKind })
		);
		if (r && 'id' in r) redirect(303, `/c/${encodeURIComponent(params.collection)}/a/${encodeURIComponent(params.article)}`);
		return r;
	},
	delete: async ({ params }) => {
		const r = await act('delete', {}, () => {
			deleteArticle(params.article);
			return { deleted: true };
		});
		if (r && 'deleted' in r) redirect(303, `/c/${encodeURIComponent(params.collection)}/manage`);
		return r;
	}
};
