// Every snapshot page names what it is: a read-only copy of <collection> taken <date>.
import { snapshotChanges } from '$lib/changes';
import { openSnapshot } from './snapshot.server';

export const load = ({ params, setHeaders, url }) => {
	const s = openSnapshot(params.token, url);
	// The link is its only key: keep it out of search engines.
	setHeaders({ 'x-robots-tag': 'noindex, nofollow' });
	return {
		snapshot: {
			token: s.token,
			collectionName: s.collectionName,
			createdAt: s.createdAt,
			articleCount: s.data.articles.length,
			changes: snapshotChanges(s.data.settings, s.data.articles)
		}
	};
};
