// The overview's data and the facilitator's actions, kept out of +page.server.ts so the route file
// only wires them up. loadOverview maps the per-outlet comparison to lean chart shapes (no article
// texts) plus what the facilitator's controls need; the actions edit the collection's lexicon and
// speaker settings, and the enhanced forms re-run the load (invalidateAll) so the charts redraw.
import { InputError, analyseCollection, getSettings, lexiconFor, resetSettings, setSettings } from '$lib/server';
import { addTerm, addedMessage, scopedRemoval } from '$lib/server/lexicon-edit';
import type { CollectionSettings } from '$lib/server';
import { SPEAKER_GROUPS, type SpeakerGroup } from '$analysis/types';
import { SCARE_QUOTES, quotedPhrase } from '$analysis/lexicon/index';
import { actorKey } from '$analysis/actors/outlets';
import { sameTextPairs, type SameText } from '$analysis/same-text';
import { tallyVerbs, toOutletRow, type Overview } from '$lib/shapes';
import type { RequestEvent } from '@sveltejs/kit';
import { must, withForm } from '../../guard.server';

/** Worked out once per collection analysis: the store keeps that object while nothing changes. */
const sameTextMemo = new WeakMap<object, SameText[]>();
export function sameTextOf(ca: { articles: { id: string; text: string }[] }): SameText[] {
	let pairs = sameTextMemo.get(ca);
	if (!pairs) sameTextMemo.set(ca, (pairs = sameTextPairs(ca.articles)));
	return pairs;
}

export function loadOverview(params: { collection: string }) {
	const ca = must(() => analyseCollection(params.collection));
	const kindOf = new Map(ca.meta.map((m) => [m.id, m.kind as string]));
	const metaOf = new Map(ca.meta.map((m) => [m.id, m]));
	const categories = Object.entries(ca.lexicon.categories).map(([key, c]) => ({ key, label: c.label, description: c.description }));
	const overview: Overview = {
		collection: { id: ca.collection.id, name: ca.collection.name, description: ca.collection.description },
		categories,
		articles: ca.articles.map((a) => {
			const cut = a.warnings.find((w) => w.code === 'cut-off');
			return {
				id: a.id,
				outlet: a.outlet,
				kind: kindOf.get(a.id) ?? null,
				title: a.title,
				headlineLoaded: a.headlineLoaded ?? [],
				date: a.date,
				words: a.words,
				url: a.url,
				...(cut ? { cutOff: cut.message } : {})
			};
		}),
		outlets: ca.outlets.map((c) => {
			const kinds = [...new Set(c.articles.map((id) => kindOf.get(id)).filter(Boolean))];
			const row = toOutletRow(c, kinds.length === 1 ? kinds[0]! : kinds.length ? 'mixed' : null);
			return { ...row, verbs: tallyVerbs(ca.articles.filter((a) => c.articles.includes(a.id)).flatMap((a) => a.quotes)) };
		}),
		generated: new Date().toISOString(),
		ownVoice: ca.collection.settings.speakers.ownVoice !== false,
		// One article added twice, or one wire story run by two outlets: their figures agree by copy.
		sameText: sameTextOf(ca)
	};

	// Facilitator's controls: the loaded terms actually found, and every speaker quoted.
	const found = new Map<string, { term: string; category: string; count: number; own: number }>();
	const speakers = new Map<string, { speaker: string; group: SpeakerGroup; quotes: number; words: number; outlets: Set<string> }>();
	for (const a of ca.articles) {
		for (const t of [...a.loaded, ...(a.headlineLoaded ?? [])]) {
			// (scare quotes by their words, each one the facilitator can take back: “feather duvet lung”)
			const term = t.category === SCARE_QUOTES ? `“${t.text.replace(/\s+/g, ' ').trim()}”` : t.term;
			const k = `${t.category}\u0000${term.toLowerCase()}`;
			const f = found.get(k) ?? { term, category: t.category, count: 0, own: 0 };
			f.count++;
			if (t.voice === 'outlet') f.own++;
			found.set(k, f);
		}
		for (const s of a.speakers) {
			const x = speakers.get(s.speaker) ?? { speaker: s.speaker, group: s.group, quotes: 0, words: 0, outlets: new Set<string>() };
			x.quotes += s.quotes;
			x.words += s.words;
			x.outlets.add(metaOf.get(a.id)?.outlet ?? a.outlet);
			speakers.set(s.speaker, x);
		}
	}
	return {
		overview,
		// Articles the analysis failed on: named on the overview with the error, and left out of the charts.
		failed: ca.failed.map((f) => ({ id: f.id, outlet: f.outlet, title: f.title, error: f.error, reason: f.reason ?? 'error' })),
		// Articles still being analysed on a worker (a long paste): named, left out until done.
		pending: ca.pending.map((f) => ({ id: f.id, outlet: f.outlet, title: f.title })),
		analysedCount: ca.articles.length,
		settings: ca.collection.settings,
		lexiconSize: ca.lexicon.entries.length,
		foundTerms: [...found.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)),
		speakers: [...speakers.values()]
			.sort((a, b) => b.words - a.words || a.speaker.localeCompare(b.speaker))
			.map((s) => ({ ...s, outlets: [...s.outlets] })),
		groups: [...SPEAKER_GROUPS]
	};
}

function current(id: string): CollectionSettings {
	return must(() => getSettings(id));
}

/** A category's label ("Intensifier") by its key, as the collection's lexicon names it. */
const categoryLabel = (id: string) => {
	const cats = lexiconFor(current(id).lexicon).categories;
	return (key: string) => cats[key]?.label ?? key;
};

const sameTerm = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

type Event = RequestEvent<{ collection: string }>;

export const facilitatorActions = {
	addTerm: async (event: Event) =>
		withForm(event, 'addTerm', ['term', 'category'], ({ term, category }) => {
			const id = event.params.collection;
			const s = current(id);
			const label = categoryLabel(id);
			// Refuses an empty or very common term, naming it; says when adding moves it from another category.
			const r = addTerm(s.lexicon, term, category, label, lexiconFor);
			if (!(r.already && !r.movedFrom.length)) setSettings(id, { lexicon: r.changes });
			return { form: 'addTerm', ok: addedMessage(term, category, r, label) };
		}),
	removeTerm: async (event: Event) =>
		withForm(event, 'removeTerm', ['term', 'category'], ({ term: typed, category }) => {
			const id = event.params.collection;
			const s = current(id);
			// A chip is the term in one category: removing it leaves the same word in another ("claim", a
			// hedge and a loaded reporting verb)
			// (scare quotes are taken back by their words in quotation marks, as the chip shows them)
			const term = category === SCARE_QUOTES ? typed.trim() : category ? scopedRemoval(lexiconFor(s.lexicon), typed, category) : typed.trim();
			const wasAdded = s.lexicon.add.some((a) => sameTerm(a.term, term));
			setSettings(id, {
				lexicon: {
					add: s.lexicon.add.filter((a) => !sameTerm(a.term, term)),
					remove: wasAdded ? s.lexicon.remove : [...s.lexicon.remove.filter((r) => !sameTerm(r, term)), term]
				}
			});
			if (category === SCARE_QUOTES) return { form: 'removeTerm', ok: `${term} is no longer counted as scare quotes in this collection.` };
			return { form: 'removeTerm', ok: term === typed.trim() ? `Removed “${term}”.` : `Removed “${typed.trim()}” as ${categoryLabel(id)(category)}; it stays in the other categories.` };
		}),
	restoreTerm: async (event: Event) =>
		withForm(event, 'restoreTerm', ['term'], ({ term: raw }) => {
			const term = raw.trim();
			const id = event.params.collection;
			const s = current(id);
			setSettings(id, { lexicon: { add: s.lexicon.add, remove: s.lexicon.remove.filter((r) => !sameTerm(r, term)) } });
			// (scare quotes taken back are kept with their own marks: “feather duvet lung”)
			return { form: 'restoreTerm', ok: quotedPhrase(term) ? `${term} counts as scare quotes again.` : `Restored “${term}”.` };
		}),
	speakerGroup: async (event: Event) =>
		withForm(event, 'speakerGroup', ['speaker', 'group'], ({ speaker, group }) => {
			const id = event.params.collection;
			const s = current(id);
			setSettings(id, { speakers: { ...s.speakers, groups: { ...(s.speakers.groups ?? {}), [speaker]: group as SpeakerGroup } } });
			return { form: 'speakerGroup', ok: `${speaker} is now counted as “${group}”.` };
		}),
	merge: async (event: Event) =>
		withForm(event, 'merge', ['from', 'into'], ({ from, into }) => {
			if (!from.trim() || !into.trim()) throw new InputError('Merge speakers', 'choose both the speaker to merge and who they are');
			if (from.trim() === into.trim()) throw new InputError('Merge speakers', `“${from.trim()}” is the same speaker twice: choose two different ones`);
			const id = event.params.collection;
			const s = current(id);
			setSettings(id, { speakers: { ...s.speakers, merges: { ...(s.speakers.merges ?? {}), [from]: into } } });
			return { form: 'merge', ok: `Merged “${from}” into “${into}”.` };
		}),
	unmerge: async (event: Event) =>
		withForm(event, 'unmerge', ['from'], ({ from }) => {
			const id = event.params.collection;
			const s = current(id);
			const merges = { ...(s.speakers.merges ?? {}) };
			delete merges[from];
			setSettings(id, { speakers: { ...s.speakers, merges } });
			return { form: 'unmerge', ok: `“${from}” is a separate speaker again.` };
		}),
	// "HP", "Century", a heading word: the facilitator says a name is no person or organisation, and it
	// leaves the actor charts and the questions about actors (under any name that keys to it)
	hideActor: async (event: Event) =>
		withForm(event, 'hideActor', ['name'], ({ name: raw }) => {
			const name = raw.trim();
			const id = event.params.collection;
			const s = current(id);
			const list = s.speakers.notActors ?? [];
			if (!list.some((x) => actorKey(x) === actorKey(name))) setSettings(id, { speakers: { ...s.speakers, notActors: [...list, name] } });
			return { form: 'hideActor', ok: `“${name}” is left out of the actor charts and questions: not a person or organisation.` };
		}),
	showActor: async (event: Event) =>
		withForm(event, 'showActor', ['name'], ({ name }) => {
			const id = event.params.collection;
			const s = current(id);
			const notActors = (s.speakers.notActors ?? []).filter((x) => actorKey(x) !== actorKey(name));
			setSettings(id, { speakers: { ...s.speakers, notActors } });
			return { form: 'showActor', ok: `“${name.trim()}” is counted as an actor again.` };
		}),
	ownVoice: async (event: Event) =>
		withForm(event, 'ownVoice', [], (_values, fd) => {
			const on = fd.get('ownVoice') === 'on';
			const id = event.params.collection;
			const { ownVoice: _old, ...rest } = current(id).speakers;
			setSettings(id, { speakers: on ? rest : { ...rest, ownVoice: false } });
			return {
				form: 'ownVoice',
				ok: on ? 'An outlet quoting its own staff now counts as the outlet’s own voice.' : 'Quotes of an outlet’s own staff now count as quotes, like anyone else’s.'
			};
		}),
	reset: async (event: Event) =>
		withForm(event, 'reset', [], () => {
			resetSettings(event.params.collection);
			return { form: 'reset', ok: 'Terms and speakers are back to the defaults.' };
		})
};
