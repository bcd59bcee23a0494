// Reading a snapshot for its pages: the stored data only (never the live collection). A deleted,
// mistyped or made-up token is a 404 that says so.
import { error, redirect } from '@sveltejs/kit';
import { NotFoundError, snapshots, type Snapshot } from '$lib/server';
import type { SnapshotData } from '../../c/[collection]/snapshot.server';

/** `url`: the page asked for, so a link typed in the wrong case goes on to the same page of the snapshot it means. */
export function openSnapshot(token: string, url: URL): Snapshot<SnapshotData> {
	try {
		return snapshots().get<SnapshotData>(token);
	} catch (e) {
		if (e instanceof NotFoundError) {
			const fixed = snapshots().caseFixed(token);
			if (fixed) redirect(307, url.pathname.replace(`/s/${token}`, `/s/${fixed}`) + url.search);
			error(404, 'No snapshot at this address: the link may be mistyped, or the facilitator deleted the snapshot.');
		}
		throw e;
	}
}
