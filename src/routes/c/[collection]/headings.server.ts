// The headline and date each article is shown with, the same on every page: what the facilitator
// stored, else what the analysis found in the page (overlay.ts lays the one over the other). Manage
// lists stored metadata, where an empty headline or date means "the page's": this reads the page's.
import { analyseCollection, analysisReady } from '$lib/server';

export interface Heading {
	/** '' when neither the facilitator nor the page gives one. */
	title: string;
	date: string | null;
	/** read: from the analysis; pending: still being analysed; failed: the analysis failed on it. */
	state: 'read' | 'pending' | 'failed';
}

/** By article id; an article the analysis has not read is missing (pending or failed are marked). */
export async function articleHeadings(collectionId: string): Promise<Map<string, Heading>> {
	const out = new Map<string, Heading>();
	try {
		await analysisReady(collectionId);
		const ca = analyseCollection(collectionId);
		for (const a of ca.articles) out.set(a.id, { title: a.title, date: a.date, state: 'read' });
		for (const p of ca.pending) out.set(p.id, { title: p.title, date: null, state: 'pending' });
		for (const f of ca.failed) out.set(f.id, { title: f.title, date: null, state: 'failed' });
	} catch {
		// Managing a collection must not depend on its analysis: the stored metadata is shown.
	}
	return out;
}
