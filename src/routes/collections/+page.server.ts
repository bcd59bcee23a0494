import { redirect } from '@sveltejs/kit';
import { createCollection, listCollections } from '$lib/server';
import { act, str } from '../guard.server';

export const load = () => ({ collections: listCollections() });

export const actions = {
	create: async ({ request }) => {
		const fd = await request.formData();
		const values = { name: str(fd, 'name'), description: str(fd, 'description') };
		const result = await act('create', values, () => createCollection(values));
		if (result && 'id' in result) redirect(303, `/c/${encodeURIComponent(result.id)}/add`);
		return result;
	}
};
