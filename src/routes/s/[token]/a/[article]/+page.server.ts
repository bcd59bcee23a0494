import { error } from '@sveltejs/kit';
import { termSpans } from '../../../../c/[collection]/term-spans.server';
import { openSnapshot } from '../../snapshot.server';

export const load = ({ params, url }) => {
	const { data } = openSnapshot(params.token);
	const article = data.articles.find((a) => a.id === params.article);
	if (!article) error(404, 'This article is not in this snapshot');
	return {
		article,
		categories: data.categories,
		// Where an asked-for word occurs: found in the stored text, as the live article page does.
		termHits: termSpans(article.text, article.paragraphs, url.searchParams.get('term')),
		ownVoice: data.settings.speakers.ownVoice !== false
	};
};
