import { openSnapshot } from './snapshot.server';

export const load = ({ params }) => {
	const { data } = openSnapshot(params.token);
	return { overview: data.overview, failed: data.failed, analysedCount: data.analysedCount };
};
