// Every snapshot page names what it is: a read-only copy of <collection> taken <date>.
import { openSnapshot } from './snapshot.server';

export const load = ({ params, setHeaders }) => {
	const s = openSnapshot(params.token);
	// The link is its only key: keep it out of search engines.
	setHeaders({ 'x-robots-tag': 'noindex, nofollow' });
	const { lexicon, speakers } = s.data.settings;
	return {
		snapshot: {
			token: s.token,
			collectionName: s.collectionName,
			createdAt: s.createdAt,
			articleCount: s.data.articles.length,
			changes: {
				added: lexicon.add.map((a) => a.term),
				removed: lexicon.remove,
				merges: Object.entries(speakers.merges ?? {}),
				groups: Object.entries(speakers.groups ?? {})
			}
		}
	};
};
