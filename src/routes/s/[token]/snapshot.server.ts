// Reading a snapshot for its pages: the stored data only (never the live collection). A deleted,
// mistyped or made-up token is a 404 that says so.
import { error } from '@sveltejs/kit';
import { NotFoundError, snapshots, type Snapshot } from '$lib/server';
import type { SnapshotData } from '../../c/[collection]/snapshot.server';

export function openSnapshot(token: string): Snapshot<SnapshotData> {
	try {
		return snapshots().get<SnapshotData>(token);
	} catch (e) {
		if (e instanceof NotFoundError) error(404, 'No snapshot at this address: the link may be mistyped, or the facilitator deleted the snapshot.');
		throw e;
	}
}
