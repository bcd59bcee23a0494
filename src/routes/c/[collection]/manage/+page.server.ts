import { fail, redirect } from '@sveltejs/kit';
import { deleteArticle, deleteCollection, getArticleMeta, listArticles, snapshots, updateCollection } from '$lib/server';
import { ROOM_ORIGIN_COOKIE, pickOrigin, qrDataUrl, roomAddresses } from '$lib/server/join';
import { requireFacilitator } from '$lib/server/roles';
import { must, ready, withForm } from '../../../guard.server';
import { buildSnapshot } from '../snapshot.server';
import { articleHeadings } from '../headings.server';

export const load = async ({ params, locals, url, cookies }) => {
	const canManage = locals.role === 'facilitator';
	// Snapshot links are given with the address the room reaches (not "localhost").
	const shareOrigin = pickOrigin(roomAddresses(url), null, cookies.get(ROOM_ORIGIN_COOKIE)).origin;
	const list = canManage ? snapshots().list(params.collection) : [];
	const stored = must(() => listArticles(params.collection));
	// The headline and date the other pages show: stored, else found in the page.
	const headings = await articleHeadings(params.collection);
	return {
		shareOrigin,
		articles: stored.map((m) => {
			const h = headings.get(m.id);
			return { ...m, shownTitle: m.title || h?.title || '', shownDate: m.date ?? (h?.state === 'read' ? h.date : null), headingState: h?.state ?? 'pending' };
		}),
		canManage,
		// The links are the facilitator's to hand out.
		// (each with a QR code of its link, to show the room at the end: a token is long to type)
		snapshots: await Promise.all(list.map(async (s) => ({ ...s, qr: await qrDataUrl(`${shareOrigin}/s/${s.token}`) })))
	};
};

export const actions = {
	rename: async (event) =>
		withForm(event, 'rename', ['name', 'description'], (values) => {
			updateCollection(event.params.collection, values);
			return { form: 'rename', ok: 'Saved.' };
		}),
	deleteArticle: async (event) =>
		withForm(event, 'deleteArticle', ['id'], ({ id }) => {
			// Only an article of the collection in the URL: NotFoundError (404) for any other.
			const a = getArticleMeta(id, event.params.collection);
			deleteArticle(id, event.params.collection);
			return { form: 'deleteArticle', ok: `Deleted “${a.title || a.outlet}”.` };
		}),
	snapshot: async (event) =>
		withForm(event, 'snapshot', [], async () => {
			requireFacilitator(event, 'share snapshots of this collection');
			// A snapshot holds every article: wait for any still being analysed (each is time-limited).
			await ready(event.params.collection, Infinity);
			const { name, data } = buildSnapshot(event.params.collection);
			const s = snapshots().create(event.params.collection, name, data);
			return { form: 'snapshot', ok: 'Snapshot taken: the link below stays as the collection is now.', token: s.token };
		}),
	deleteSnapshot: async (event) =>
		withForm(event, 'deleteSnapshot', ['token'], ({ token }) => {
			requireFacilitator(event, 'delete snapshots');
			snapshots().delete(event.params.collection, token);
			return { form: 'deleteSnapshot', ok: 'Snapshot deleted: its link no longer opens.' };
		}),
	deleteCollection: async (event) => {
		const r = await withForm(event, 'deleteCollection', ['confirm'], ({ confirm }) => {
			if (confirm !== 'yes') return fail(400, { form: 'deleteCollection', error: 'Tick the box to confirm.', input: 'confirm', values: {} });
			deleteCollection(event.params.collection);
			return { deleted: true };
		});
		if (r && 'deleted' in r) redirect(303, '/collections');
		return r;
	}
};
