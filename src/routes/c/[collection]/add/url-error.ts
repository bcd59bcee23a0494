// The URL form's refusal as a full sentence: which address, why, and what the facilitator can do
// instead (fix the address, try again later, or paste the text). The fetcher's InputError reasons
// (fetch-url.ts) stay the single source of why; this adds the address and the way forward.

const PASTE = 'copy the article’s text from your browser and add it with “Paste text” above';

/** What to do about a reason, by its kind. First match wins. */
const ADVICE: [RegExp, string][] = [
	[/not a valid web address|only http:\/\/ and https:\/\//, 'Check the address: it should start with https:// and open in your browser.'],
	[/user name or password/, 'Remove the user name and password from the address, or ' + PASTE + '.'],
	[/could not be found/, 'Check the address for typing mistakes and that this computer is online, or ' + PASTE + '.'],
	[/private or local network address|usual ports/, 'Slant fetches only public web pages; for this one, ' + PASTE + '.'],
	[/took longer than|did not answer|broke off|cancelled/, 'Try again in a moment; if it still fails, ' + PASTE + '.'],
	[/answered 4\d\d/, 'The site refused the page (it may need a login or block automatic fetching): ' + PASTE + '.'],
	[/answered 5\d\d/, 'The site had a problem: try again later, or ' + PASTE + '.'],
	[/redirect/, 'Open it in your browser and use the address it ends up on, or ' + PASTE + '.'],
	[/holds no article|words long/, 'The page may load its article with scripts, or be a list of links: ' + PASTE + '.'],
	[/not a web page|larger than/, PASTE.charAt(0).toUpperCase() + PASTE.slice(1) + ', or upload the file.']
];

const shown = (url: string) => (url.length > 120 ? `${url.slice(0, 117)}…` : url);

/** “Could not add <url>: <reason>. <what to do>” for a refusal of the URL field. */
export function urlErrorSentence(url: string, reason: string): string {
	const why = reason.replace(/\.$/, '');
	const advice = ADVICE.find(([re]) => re.test(why))?.[1] ?? `Check the address in your browser, or ${PASTE}.`;
	const what = url.trim() ? `the page at ${shown(url.trim())}` : 'the page';
	// The fetcher's reasons read after the field's name ("url: is not a valid web address"); here after "it".
	const clause = /^(is|uses|must|could|redirects|holds) /.test(why) ? `it ${why}` : why;
	return `Could not add ${what}: ${clause}. ${advice}`;
}
