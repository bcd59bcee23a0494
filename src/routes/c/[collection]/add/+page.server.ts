// Adding articles: paste, upload (several files, one result per file) or a URL fetched on the
// server. Validation lives in the server layer; its InputError message is shown in the form. Each
// client may add so many articles and fetch so many pages in a while (rate-limit.ts).
import { fail, redirect } from '@sveltejs/kit';
import { ARTICLE_KINDS, InputError, MIN_ARTICLE_WORDS, PAGE_WAIT_MS, addArticle, addArticleFromUrl, addArticles, analyseStoredArticle, articleReady, maxBytes, requestLimit, type ArticleKind, type UploadFile, type UploadResult } from '$lib/server';
import { formatBytes, sizeOverLimit } from '$analysis/size';
import { parseSkipped, type SkippedFile } from '$lib/upload-plan';
import { articleLimiter, fetchLimiter } from '$lib/server/rate-limit';
import { analysisSpeed } from '$lib/server/analysis-speed';
import { analysisTimeoutMs } from '$lib/server/engine';
import { withForm } from '../../../guard.server';
import { urlErrorSentence } from './url-error';

export const load = ({ locals }) => ({
	kinds: [...ARTICLE_KINDS],
	maxBytes: maxBytes(),
	requestBytes: requestLimit(),
	minWords: MIN_ARTICLE_WORDS,
	canAdd: locals.role === 'facilitator',
	// (for the wait a long paste or upload is told to expect: analysis-speed.ts)
	msPerKB: analysisSpeed.msPerKB(),
	limitMs: analysisTimeoutMs()
});

/** The result line of a file the browser did not send (upload-plan.ts), with the reason. */
function skippedResult(f: SkippedFile): UploadResult {
	const error =
		f.reason === 'too-big'
			? `${f.name}: ${sizeOverLimit(f.size, maxBytes())} for one article, so it was not sent. Paste just the article’s text, or save the page without its images and scripts.`
			: `${f.name}: not sent: with the files before it, this upload would pass the ${formatBytes(requestLimit())} the server takes at once. Upload it again on its own.`;
	return { name: f.name, ok: false, error };
}

/** Results in the order the files were chosen: the sent files' fill the places the skipped ones leave. */
function inChosenOrder(sent: UploadResult[], skipped: SkippedFile[]): UploadResult[] {
	const out: UploadResult[] = [];
	const rest = [...sent];
	const byPlace = [...skipped].sort((a, b) => a.at - b.at);
	for (let i = 0; rest.length || byPlace.length; i++) {
		if (byPlace.length && (byPlace[0].at <= i || !rest.length)) out.push(skippedResult(byPlace.shift()!));
		else out.push(rest.shift()!);
	}
	return out;
}

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
			// Files the browser named but did not send (over the size limit, or past the request limit).
			const skipped = fd.getAll('skipped').map(parseSkipped).filter((x): x is SkippedFile => x !== null).slice(0, 200);
			if (files.length === 0 && skipped.length === 0) return fail(400, { form: 'upload', error: 'Choose one or more .txt, .md or .html files.', input: 'files', values });
			articleLimiter.check(clientOf(locals), files.length);
			const uploads: UploadFile[] = await Promise.all(
				files.map(async (f) => ({
					name: f.name,
					data: new Uint8Array(await f.arrayBuffer()),
					outlet: files.length + skipped.length === 1 && values.outlet ? values.outlet : undefined,
					date: values.date || null,
					kind: kindOf(values.kind)
				}))
			);
			const results = inChosenOrder(uploads.length ? await addArticles(params.collection, uploads) : [], skipped);
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
