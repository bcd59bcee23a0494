// An article's date as every page shows it, so the overview's cards, the side-by-side chooser and its
// columns, the article page, the projector and Manage all say the same: "19 Nov 2019".
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * "2019-11-19" or "2019-11-19T08:30:00Z" → "19 Nov 2019" (`month: 'long'`: "19 November 2019"), read
 * as that calendar day wherever the browser is; a date stored in another form is shown as written;
 * none → `none` ("no date").
 */
export function formatDate(d: string | null | undefined, opts: { month?: 'short' | 'long'; none?: string } = {}): string {
	const none = opts.none ?? 'no date';
	if (!d || !d.trim()) return none;
	if (!ISO_DAY.test(d)) return d.trim();
	const t = new Date(`${d.slice(0, 10)}T12:00:00Z`);
	if (Number.isNaN(t.getTime())) return d.trim();
	return t.toLocaleDateString('en-GB', { day: 'numeric', month: opts.month ?? 'short', year: 'numeric', timeZone: 'UTC' });
}
