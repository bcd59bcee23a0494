import { redirect } from '@sveltejs/kit';
import { createCollection, listCollections } from '$lib/server';
import { withForm } from '../guard.server';

export const load = () => ({ collections: listCollections() });

export const actions = {
	create: async (event) => {
		const result = await withForm(event, 'create', ['name', 'description'], (values) => createCollection(values));
		if (result && 'id' in result) redirect(303, `/c/${encodeURIComponent(result.id)}/add`);
		return result;
	}
};
