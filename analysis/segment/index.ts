// PLACEHOLDER until the segmentation stage lands (helper A replaces this file).
import type { ArticleInput, CleanArticle } from '../types.js';
import { paragraphSpans } from '../nlp.js';

export function segment(input: ArticleInput): CleanArticle {
	const text = input.text ?? '';
	return {
		id: input.id, outlet: input.outlet ?? '', title: input.title ?? '', date: input.date ?? null,
		url: input.url ?? null, byline: null, text, paragraphs: paragraphSpans(text).paragraphs,
		captions: [], comments: [], removed: []
	};
}
