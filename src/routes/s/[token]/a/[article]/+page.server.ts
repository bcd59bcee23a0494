import { error } from '@sveltejs/kit';
import { termSpans } from '$lib/server';
import { openSnapshot } from '../../snapshot.server';
import { articlePart } from '$lib/article-parts';
import { focusFromParams } from '$lib/segments';

export const load = async ({ params, url }) => {
	const { data } = openSnapshot(params.token, url);
	const article = data.articles.find((a) => a.id === params.article);
	if (!article) error(404, 'This article is not in this snapshot');
	// Where an asked-for word occurs: found in the stored text, as the live article page does; a very
	// long article is sent one part at a time, as there.
	const askedPart = url.searchParams.get('part');
	const shown = articlePart(article, focusFromParams(url.searchParams), askedPart === null ? null : Number(askedPart), await termSpans(article.text, article.paragraphs, url.searchParams.get('term')));
	return {
		article: shown.article,
		categories: data.categories,
		termHits: shown.termHits,
		ownVoice: data.settings.speakers.ownVoice !== false
	};
};
