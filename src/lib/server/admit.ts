// What a text must hold before it is saved as an article: some article text, and enough of it to be
// measured. The add page promises "if anything is wrong, nothing is saved", yet a page of menus and
// a footer became a 0-word "article" that joined every chart, and a two-word paste ("Too short.")
// got a tone score that moved every outlet's "vs collection mean". So a text is analysed first (on
// the workers, through the analysis cache: the page that follows finds the result done) and refused,
// naming the input, when its body has no words or fewer than MIN_ARTICLE_WORDS.
import { InputError, NotFoundError } from './errors.js';
import type { Store } from './store.js';
import type { ArticleFormat, ArticleMeta, ArticleOrigin, NewArticle, UploadFile, UploadResult } from './types.js';
import { checkContent, formatFromFileName, guessFormat, pastedText, stemOf } from './validate.js';
import { pageAddress, pageSiteName } from '../../../analysis/segment/site-name.js';
import { pageKind } from '../../../analysis/segment/page-kind.js';

/**
 * Fewest body words an article may have. A news brief is rarely under 40 words; under 20 there is
 * no sentence left to compare (a headline, a caption, a stray line), and one toned word would
 * decide the outlet's whole tone. The analysis counts word tokens of the body (punctuation left out).
 */
export const MIN_ARTICLE_WORDS = 20;

/** How long a save waits for the analysis before judging the text by a rough count (admit below). */
export const ADMIT_WAIT_MS = 15_000;

/**
 * Why a body of `words` words cannot be an article, or null when it can. `given`: the words of the text
 * as given, when known; a short paste whose one line was read as its headline ("hello world") has no
 * body, but it is too short, not page furniture.
 */
export function bodyProblem(words: number, given = 0): string | null {
	if (words <= 0 && given > 0 && given < MIN_ARTICLE_WORDS) words = given;
	if (words <= 0)
		return 'holds no article: no body text was found, only page furniture (menus, links, a footer) or nothing readable';
	// (a paste of menus and a footer round a line or two: say where the other words went)
	if (words < MIN_ARTICLE_WORDS && given >= MIN_ARTICLE_WORDS)
		return `holds ${words} word${words === 1 ? '' : 's'} of article text once the menus, links and footers around it are set aside (${given} words in all); an article needs at least ${MIN_ARTICLE_WORDS} words`;
	if (words < MIN_ARTICLE_WORDS)
		return `is ${words} word${words === 1 ? '' : 's'} long; an article needs at least ${MIN_ARTICLE_WORDS} words`;
	return null;
}

/**
 * A rough count of the words a text could hold, used only when its analysis is not there to ask
 * (it failed, or took longer than ADMIT_WAIT_MS): markup, scripts and styles left out. It can only
 * overcount the body (menus count too), so it refuses nothing the analysis would accept.
 */
export function roughWords(text: string, html: boolean): number {
	const t = html ? text.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ') : text;
	return t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Throws InputError naming `input` when `words` is no article (`given`: bodyProblem). */
export function admitBody(input: string, words: number, given = 0): void {
	const why = bodyProblem(words, given);
	if (why) throw new InputError(input, why);
}

/** A text that is nothing but one web address. */
const WEB_ADDRESS = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+\s*$/i;

/** A paste (or any single article) as it will be stored: its text checked and its format known. */
export function prepareArticle(input: NewArticle): { content: string; format: ArticleFormat; origin: ArticleOrigin } {
	const origin = input?.origin ?? 'paste';
	const raw = input?.content ?? '';
	// A paste is measured and kept as the person saw it (LF line ends, whatever the browser sent).
	const content = checkContent('article text', origin === 'paste' && typeof raw === 'string' ? pastedText(raw) : raw);
	// A web address pasted as the text ("https://example.org/news/story", "www.example.org/story"):
	// say where it goes rather than counting its two "words".
	if (origin === 'paste' && WEB_ADDRESS.test(content))
		throw new InputError('pasted text', 'is a web address, not the article’s text: to fetch the page, put the address in the “From a web address” form');
	return { content, format: input.format ?? guessFormat(content), origin };
}

/** One uploaded file as it will be stored (InputError naming the file otherwise). */
export function prepareFile(name: string, f: UploadFile) {
	const named = formatFromFileName(name);
	const content = checkContent(name, f.data ?? '');
	// A .txt that is really a saved web page is read as HTML.
	const format = named === 'text' && guessFormat(content) === 'html' ? ('html' as const) : named;
	return {
		// A saved page names its site ("The Sun", its og:site_name, else its address's host): a name a
		// browser gave the file ("7bb1ca90….html", "article (3).html") names no outlet.
		outlet: f.outlet?.trim() ? f.outlet : ((format === 'html' ? pageSiteName(content) : null) ?? stemOf(name)),
		title: f.title,
		date: f.date,
		// (the page's own address, its canonical link: the article then links to its original, and a
		// chart's source line cites it)
		url: format === 'html' ? pageAddress(content) : null,
		// (an opinion piece or a fact check that says so in its markup or address; else the form's choice, news by default)
		kind: f.kind ?? (format === 'html' ? (pageKind(content) ?? undefined) : undefined),
		origin: 'upload' as const,
		format,
		content
	};
}

/** A paste (or any single article) a person submits: checked as store.addArticle(), and refused unless it holds an article. */
export async function submitArticle(store: Store, collectionId: string, input: NewArticle): Promise<ArticleMeta> {
	const prepared = prepareArticle(input);
	// Cheap checks first: the metadata and duplicates are refused before the text is analysed.
	store.transaction(() => store.checkInsert(collectionId, 'article', { ...input, ...prepared }));
	await store.admit(collectionId, prepared.origin === 'paste' ? 'pasted text' : 'article text', prepared.content, prepared.format);
	return store.addArticle(collectionId, input);
}

/** A batch upload as people submit it: store.addArticles(), with each file refused unless it holds an article. */
export async function submitFiles(store: Store, collectionId: string, files: UploadFile[]): Promise<UploadResult[]> {
	store.getCollection(collectionId);
	const refused = await Promise.all(
		files.map(async (f): Promise<UploadResult | null> => {
			const name = f?.name ? String(f.name) : 'file';
			try {
				const prepared = prepareFile(name, f);
				store.transaction(() => store.checkInsert(collectionId, name, prepared));
				await store.admit(collectionId, name, prepared.content, prepared.format);
				return null;
			} catch (e) {
				if (e instanceof InputError || e instanceof NotFoundError) return { name, ok: false, error: e.message };
				throw e;
			}
		})
	);
	// Saved in the batch's order, so of two copies within the batch the later one is the duplicate.
	return files.map((f, i) => refused[i] ?? store.addArticles(collectionId, [f])[0]);
}
