// Adding articles: paste, upload (several files, one result per file) or a URL fetched on the
// server. Validation lives in the server layer; its InputError message is shown in the form.
import { fail, redirect } from '@sveltejs/kit';
import { ARTICLE_KINDS, addArticle, addArticleFromUrl, addArticles, analyseStoredArticle, maxBytes, type ArticleKind, type UploadFile } from '$lib/server';
import { act, str } from '../../../guard.server';

export const load = () => ({ kinds: [...ARTICLE_KINDS], maxBytes: maxBytes() });

const kindOf = (v: string): ArticleKind | undefined => (v ? (v as ArticleKind) : undefined);

/** The article's warnings, analysing it now (the overview needs that analysis next anyway); none if that fails. */
function warningsOf(id: string): string[] {
	try {
		return (analyseStoredArticle(id).warnings ?? []).map((w) => w.message);
	} catch {
		return [];
	}
}

export const actions = {
	paste: async ({ request, params }) => {
		const fd = await request.formData();
		const values = { outlet: str(fd, 'outlet'), title: str(fd, 'title'), date: str(fd, 'date'), kind: str(fd, 'kind') };
		const content = str(fd, 'content');
		const r = await act('paste', values, () =>
			addArticle(params.collection, { ...values, date: values.date || null, kind: kindOf(values.kind), content, origin: 'paste' })
		);
		if (r && 'id' in r) redirect(303, `/c/${encodeURIComponent(params.collection)}/a/${encodeURIComponent(r.id)}?added=1`);
		return r;
	},
	upload: async ({ request, params }) => {
		const fd = await request.formData();
		const values = { kind: str(fd, 'kind'), date: str(fd, 'date'), outlet: str(fd, 'outlet') };
		const files = fd.getAll('files').filter((f): f is File => typeof f !== 'string' && f.name !== '');
		if (files.length === 0) return fail(400, { form: 'upload', error: 'Choose one or more .txt, .md or .html files.', input: 'files', values });
		const uploads: UploadFile[] = await Promise.all(
			files.map(async (f) => ({
				name: f.name,
				data: new Uint8Array(await f.arrayBuffer()),
				outlet: files.length === 1 && values.outlet ? values.outlet : undefined,
				date: values.date || null,
				kind: kindOf(values.kind)
			}))
		);
		const results = await act('upload', values, () => addArticles(params.collection, uploads));
		if (!Array.isArray(results)) return results;
		if (results.every((x) => !x.ok)) return fail(400, { form: 'upload', error: 'No file could be added.', input: 'files', results, values });
		// Each added file's result says what the reader should know about it ("Not English (detected: …)").
		const noted = results.map((x) => ({ ...x, warnings: x.ok && x.id ? warningsOf(x.id) : [] }));
		return { form: 'upload', results: noted, ok: `${results.filter((x) => x.ok).length} of ${results.length} files added.` };
	},
	url: async ({ request, params }) => {
		const fd = await request.formData();
		const values = { url: str(fd, 'url'), outlet: str(fd, 'outlet'), title: str(fd, 'title'), date: str(fd, 'date'), kind: str(fd, 'kind') };
		const r = await act('url', values, () =>
			addArticleFromUrl(params.collection, values.url.trim(), {
				outlet: values.outlet || undefined,
				title: values.title || undefined,
				date: values.date || null,
				kind: kindOf(values.kind)
			})
		);
		if (r && 'id' in r) redirect(303, `/c/${encodeURIComponent(params.collection)}/a/${encodeURIComponent(r.id)}?added=1`);
		return r;
	}
};
