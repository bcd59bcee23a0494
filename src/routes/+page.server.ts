import { redirect } from '@sveltejs/kit';
import { getSeedCollectionId, listCollections } from '$lib/server';

// The first screen is the bundled example; if it was deleted, the first collection, else the list.
export const load = () => {
	const seed = getSeedCollectionId();
	if (seed) redirect(307, `/c/${encodeURIComponent(seed)}`);
	const first = listCollections()[0];
	redirect(307, first ? `/c/${encodeURIComponent(first.id)}` : '/collections');
};
