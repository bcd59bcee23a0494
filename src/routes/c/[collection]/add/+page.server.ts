// Adding articles: paste, upload (several files, one result per file) or a URL fetched on the
// server. Validation lives in the server layer; its InputError message is shown in the form. Each
// client may add so many articles and fetch so many pages in a while (rate-limit.ts).
import { fail, redirect } from '@sveltejs/kit';
import { ARTICLE_KINDS, InputError, PAGE_WAIT_MS, addArticle, addArticleFromUrl, addArticles, analyseStoredArticle, articleReady, maxBytes, type ArticleKind, type UploadFile } from '$lib/server';
import { articleLimiter, fetchLimiter } from '$lib/server/rate-limit';
import { withForm } from '../../../guard.server';
import { urlErrorSentence } from './url-error';

export const load = ({ locals }) => ({ kinds: [...ARTICLE_KINDS], maxBytes: maxBytes(), canAdd: locals.role === 'facilitator' });

const kindOf = (v: string): ArticleKind | undefined => (v ? (v as ArticleKind) : undefined);
const clientOf = (locals: App.Locals) => locals.client || 'unknown';
const articleUrl = (collection: string, id: string) => `/c/${encodeURIComponent(collection)}/a/${encodeURIComponent(id)}?added=1`;

/**
 * The article's warnings ("Not English (detected: …)"). Its analysis runs on a worker; wait for it a
 * moment (the overview needs it next anyway). An article still being analysed shows its warnings on
 * its own page when done.
 */
async function warningsOf(id: string): Promise<string[]> {
	try {
		if (!(await articleReady(id, PAGE_WAIT_MS))) return [];
		return (analyseStoredArticle(id).warnings ?? []).map((w) => w.message);
	} catch {
		return [];
	}
}

export const actions = {
	paste: async (event) => {
		const { params, locals } = event;
		const r = await withForm(event, 'paste', ['outlet', 'title', 'date', 'kind'], async (values, fd) => {
			const content = typeof fd.get('content') === 'string' ? (fd.get('content') as string) : '';
			articleLimiter.check(clientOf(locals));
			const a = await addArticle(params.collection, { ...values, date: values.date || null, kind: kindOf(values.kind), content, origin: 'paste' });
			articleLimiter.record(clientOf(locals));
			return a;
		});
		if (r && 'id' in r) redirect(303, articleUrl(params.collection, r.id));
		return r;
	},
	upload: async (event) => {
		const { params, locals } = event;
		return withForm(event, 'upload', ['kind', 'date', 'outlet'], async (values, fd) => {
			const files = fd.getAll('files').filter((f): f is File => typeof f !== 'string' && f.name !== '');
			if (files.length === 0) return fail(400, { form: 'upload', error: 'Choose one or more .txt, .md or .html files.', input: 'files', values });
			articleLimiter.check(clientOf(locals), files.length);
			const uploads: UploadFile[] = await Promise.all(
				files.map(async (f) => ({
					name: f.name,
					data: new Uint8Array(await f.arrayBuffer()),
					outlet: files.length === 1 && values.outlet ? values.outlet : undefined,
					date: values.date || null,
					kind: kindOf(values.kind)
				}))
			);
			const results = await addArticles(params.collection, uploads);
			const added = results.filter((x) => x.ok).length;
			articleLimiter.record(clientOf(locals), added);
			if (!added) return fail(400, { form: 'upload', error: 'No file could be added.', input: 'files', results, values });
			// Each added file's result says what the reader should know about it ("Not English (detected: …)").
			const noted = await Promise.all(results.map(async (x) => ({ ...x, warnings: x.ok && x.id ? await warningsOf(x.id) : [] })));
			return { form: 'upload', results: noted, ok: `${added} of ${results.length} files added.` };
		});
	},
	url: async (event) => {
		const { params, locals } = event;
		const r = await withForm(event, 'url', ['url', 'outlet', 'title', 'date', 'kind'], async (values) => {
			articleLimiter.check(clientOf(locals));
			fetchLimiter.take(clientOf(locals));
			try {
				const a = await addArticleFromUrl(params.collection, values.url.trim(), {
					outlet: values.outlet || undefined,
					title: values.title || undefined,
					date: values.date || null,
					kind: kindOf(values.kind)
				});
				articleLimiter.record(clientOf(locals));
				return a;
			} catch (e) {
				// A refused address: one sentence naming it, why, and what to do instead.
				if (e instanceof InputError && e.input === 'url') return fail(400, { form: 'url', error: urlErrorSentence(values.url, e.reason), input: 'url', values });
				throw e;
			}
		});
		if (r && 'id' in r) redirect(303, articleUrl(params.collection, r.id));
		return r;
	}
};
