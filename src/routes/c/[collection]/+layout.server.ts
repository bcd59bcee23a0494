import { getCollection } from '$lib/server';
import { must } from '../../guard.server';

export const load = ({ params }) => {
	const c = must(() => getCollection(params.collection));
	return { collection: { id: c.id, name: c.name, description: c.description, isSeed: c.isSeed, articleCount: c.articleCount, updatedAt: c.updatedAt } };
};
