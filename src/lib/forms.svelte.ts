// Every form in the app submits through this: like SvelteKit's `use:enhance` (same request, same
// handling of success, failure and redirect), but no failure goes unexplained. SvelteKit's enhance
// cannot see the HTTP status of a reply that is not its own JSON (a 403 from the CSRF check, a 413
// from the body limit or a proxy, an HTML 502), shows nothing for some of them, and never times out.
// Here each refusal becomes a sentence in the form it came from: 400, 403, 404, 413, 429, 500, a
// network failure or a timeout; and what the user typed stays in the form (it is reset only after
// a success).
//
//   const paste = new FormStatus('paste', { check, timeoutMs: 60_000 });
//   <form method="POST" action="?/paste" use:paste.enhance> … <p role="alert">{paste.message(form)}</p>
import { applyAction, deserialize } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import type { ActionResult } from '@sveltejs/kit';

export interface FormOptions {
	/** Checked before sending; a message here is shown and nothing is sent. */
	check?: (fd: FormData) => string | null;
	/** What is sent, made from the form once it passed `check` (e.g. files left out and named instead). */
	prepare?: (fd: FormData) => FormData;
	/** Asked first with confirm(); a function can build the question from the form (null: don't ask). */
	confirm?: string | ((fd: FormData) => string | null);
	/** Reset the form after a success (default true). */
	reset?: boolean;
	/** How long to wait for an answer before saying so (default 60 s). */
	timeoutMs?: number;
}

/** What a form result from the server carries (see src/routes/guard.server.ts). */
export type FormResult = { form?: string; error?: string; input?: string; values?: Record<string, unknown> } | null | undefined;

const seconds = (ms: number) => `${Math.round(ms / 1000)} seconds`;

/** The sentence a form shows for a refused or failed submission. */
export function describeFailure(status: number, message?: string | null, ref?: string | null): string {
	const said = message && message !== 'Internal error' && message !== 'Internal Error' ? message : '';
	const kept = 'Nothing was saved, and what you typed is still here.';
	if (status === 400) return said || `The server could not accept this (400). ${kept}`;
	if (status === 403) {
		if (/^Cross-site/i.test(said))
			return `Refused (403): the address in your browser is not the one this page was sent to, so the form looks as if it came from another site. Open Slant at the address it printed when it started and try again.`;
		return said || `Refused (403): you may not make this change. ${kept}`;
	}
	if (status === 404) return said || 'Not found (404): it may have been deleted. Reload the page.';
	if (status === 413)
		return `Too large for the server to accept (413${said ? `: ${said}` : ''}). ${kept} Send a shorter text or fewer files at once.`;
	if (status === 429) return said || `Too many requests (429): wait a moment and try again. ${kept}`;
	if (status === 502 || status === 503 || status === 504)
		return `The server did not answer properly (${status}): it may be restarting or overloaded. ${kept} Try again in a moment.`;
	if (status >= 500)
		return `The server hit an unexpected error (${status}${ref ? `, reference ${ref}` : ''}). ${kept} Try again; if it happens again, the window where Slant runs shows the details${ref ? ` under that reference` : ''}.`;
	return `The server refused this (${status}${said ? `: ${said}` : ''}). ${kept}`;
}

export const NETWORK_FAILURE =
	'Could not reach the Slant server (network failure). Nothing was saved, and what you typed is still here. Check that this device is on the room’s network and that Slant is still running, then try again.';

export function timeoutMessage(ms: number): string {
	return `No answer from the server after ${seconds(ms)}. What you typed is still here. It may still be working: reload the page in a moment to see whether it was saved, and try again if not.`;
}

export class FormStatus {
	/** A submission is on its way. */
	busy = $state(false);
	/** Why the last submission failed (cleared when the next one starts). */
	error = $state<string | null>(null);
	/** The HTTP status of the last failure; 0 for no answer. */
	status = $state<number | null>(null);

	constructor(
		/** The `form` name the server's fail() data carries for this form. */
		readonly name: string,
		private readonly options: FormOptions = {}
	) {}

	/** The message to show: this form's failure, or the server's for it after a no-JS post. */
	message(form: FormResult): string | null {
		return this.error ?? (form?.form === this.name && form.error ? form.error : null);
	}

	private fail(status: number, message: string): void {
		this.status = status;
		this.error = message;
	}

	/** Svelte action: `use:status.enhance` or `use:status.enhance={{ confirm: '…' }}`. */
	enhance = (node: HTMLFormElement, extra?: FormOptions) => {
		let opts: FormOptions = { ...this.options, ...extra };
		const onsubmit = (event: SubmitEvent) => {
			event.preventDefault();
			void this.submit(node, event.submitter, opts);
		};
		node.addEventListener('submit', onsubmit);
		return {
			update: (next?: FormOptions) => {
				opts = { ...this.options, ...next };
			},
			destroy: () => node.removeEventListener('submit', onsubmit)
		};
	};

	private async submit(node: HTMLFormElement, submitter: HTMLElement | null, opts: FormOptions): Promise<void> {
		if (this.busy) return;
		const fd = new FormData(node, submitter as HTMLButtonElement | null);
		const question = typeof opts.confirm === 'function' ? opts.confirm(fd) : opts.confirm;
		if (question && !confirm(question)) return;
		this.error = null;
		this.status = null;
		const problem = opts.check?.(fd);
		if (problem) {
			this.fail(400, problem);
			return;
		}
		const body = opts.prepare ? opts.prepare(fd) : fd;
		const target = submitter?.hasAttribute('formaction') ? (submitter as HTMLButtonElement).formAction : node.action;
		const multipart = node.enctype === 'multipart/form-data';
		const controller = new AbortController();
		// <html data-form-timeout-ms> shortens the wait (the browser tests use it to see the timeout message).
		const timeoutMs = Number(document.documentElement.dataset.formTimeoutMs) || (opts.timeoutMs ?? 60_000);
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, timeoutMs);
		this.busy = true;
		try {
			let response: Response;
			let text: string;
			try {
				response = await fetch(target, {
					method: 'POST',
					headers: { accept: 'application/json', 'x-sveltekit-action': 'true' },
					cache: 'no-store',
					body: multipart ? body : new URLSearchParams(body as unknown as Record<string, string>),
					signal: controller.signal
				});
				text = await response.text();
			} catch {
				this.fail(0, timedOut ? timeoutMessage(timeoutMs) : NETWORK_FAILURE);
				return;
			}
			let result: (ActionResult & { message?: string }) | { message?: string } | null = null;
			try {
				result = deserialize(text) as ActionResult;
			} catch {
				result = null; // not SvelteKit's JSON: a proxy's page, or plain text
			}
			const type = result && 'type' in result ? result.type : undefined;
			if (type === 'success') {
				if (opts.reset !== false) HTMLFormElement.prototype.reset.call(node);
				await invalidateAll();
				await applyAction(result as ActionResult);
			} else if (type === 'failure') {
				const data = (result as { data?: FormResult }).data;
				this.fail(response.status, data?.error ?? describeFailure(response.status));
				await applyAction(result as ActionResult);
			} else if (type === 'redirect') {
				await applyAction(result as ActionResult);
			} else {
				const err = type === 'error' ? ((result as { error?: { message?: string; ref?: string } }).error ?? {}) : (result ?? {});
				const message = (err as { message?: string }).message ?? (text && text.length < 300 && !/</.test(text) ? text.trim() : null);
				this.fail(response.status, describeFailure(response.status, message, (err as { ref?: string }).ref));
			}
		} finally {
			clearTimeout(timer);
			this.busy = false;
		}
	}
}

/**
 * Svelte action for a form's message: when it appears or changes, scroll it into view (the nearest
 * edge), so a refusal far from where the user clicked is seen, not only announced.
 */
export function revealMessage(node: HTMLElement, message: string | null | undefined) {
	const show = (m: string | null | undefined) => {
		if (m) requestAnimationFrame(() => node.scrollIntoView?.({ block: 'nearest' }));
	};
	show(message);
	return { update: show };
}
