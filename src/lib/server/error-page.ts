// A refused form post sent without JavaScript (a plain <form method="POST">: JavaScript off, still
// loading, or an old browser) gets a readable HTML page, not SvelteKit's JSON error body: what went
// wrong, in a sentence, and the way back to the form. The page's own script (use:enhance, fetch)
// still gets JSON: it sends `x-sveltekit-action` or asks for JSON only.

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/** True for a browser's plain form submission: a POST with a form body, not sent by the page's script. */
export function isPlainFormPost(request: Request): boolean {
	if (request.method !== 'POST') return false;
	if (request.headers.get('x-sveltekit-action') === 'true') return false;
	if (!FORM_TYPES.test(request.headers.get('content-type') ?? '')) return false;
	// A script that asks for JSON only gets JSON; a browser asks for HTML (or anything, */*). With no
	// Accept at all SvelteKit's own error handling answers (HTML, from src/error.html).
	const accept = (request.headers.get('accept') ?? '').toLowerCase();
	return /text\/html|\*\/\*/.test(accept);
}

const TITLES: Record<number, string> = {
	400: 'This form could not be sent',
	403: 'Not allowed',
	404: 'Not found',
	413: 'Too large to send',
	429: 'Too many at once',
	500: 'Something went wrong'
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page: status, a title in words, the message (escaped), and links back to the form and home. */
export function errorPageHtml(status: number, message: string, back: string): string {
	const title = TITLES[status] ?? (status >= 500 ? TITLES[500] : 'Not done');
	const href = back.startsWith('/') && !back.startsWith('//') ? back : '/';
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Slant</title>
<style>
body { font: 18px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #f7f7f5; margin: 0; padding: 2rem 1rem; }
main { max-width: 40rem; margin: 0 auto; background: #fff; border: 1px solid #ddd; border-left: 6px solid #d55e00; border-radius: 8px; padding: 1.2rem 1.4rem; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: 0 0 0.6rem; }
.status { color: #555; font-size: 0.9rem; margin: 0 0 0.2rem; }
a { color: #0a5a8a; }
</style>
</head>
<body>
<main role="alert">
<p class="status">Error ${status}</p>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p>Go back with your browser’s Back button: what you typed is still in the form. Or <a href="${escapeHtml(href)}">open the page again</a> · <a href="/">Slant’s start page</a>.</p>
</main>
</body>
</html>
`;
}

/** The message of an error response's body: SvelteKit's JSON ({ message }, or an action's { error }) or its text. */
export async function errorMessageOf(response: Response): Promise<string> {
	const text = await response.text().catch(() => '');
	try {
		const body = JSON.parse(text) as { message?: unknown; error?: { message?: unknown } };
		if (typeof body.message === 'string') return body.message;
		if (typeof body.error?.message === 'string') return body.error.message;
	} catch {
		// not JSON
	}
	const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
	return plain.slice(0, 500) || `The server answered ${response.status}.`;
}
