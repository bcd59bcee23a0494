// Asking the server again every few seconds for what a page depends on (the Predict page's counts and
// reveals, a held-back page's "still held back?"), while the page is visible and no navigation is on
// its way (SvelteKit drops a navigation that such a reload overtakes). Call from onMount; returns the
// function that stops it.
import { invalidate } from '$app/navigation';
import { navigating } from '$app/state';

/** Seconds between asks: often enough to feel live in a room, rare enough for 30 phones on one laptop. */
export const POLL_MS = 3000;

export function pollWhileVisible(dependency: `${string}:${string}`, ms = POLL_MS): () => void {
	const t = setInterval(() => {
		if (document.visibilityState === 'visible' && !navigating.to) void invalidate(dependency);
	}, ms);
	return () => clearInterval(t);
}
