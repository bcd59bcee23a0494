import { openSnapshot } from './snapshot.server';

export const load = ({ params, url }) => {
	const { data } = openSnapshot(params.token, url);
	return { overview: data.overview, failed: data.failed, analysedCount: data.analysedCount };
};
