// Coordinated names: "Chile, Peru and Bolivia", "Jane Roe and Tom Dale". A "they" after such a list
// means all of them ("… similar moves by Chile, Peru and Bolivia. They contend the treaty is …"), not
// the one named last. Read after the scan from the named mentions: two or more entities of one
// kind in one sentence, joined by commas and a last "and" or "or", nothing else between them.
import type { Ctx } from './context.js';
import type { EntityIndex } from './coref.js';
import type { Cluster } from './cluster.js';

export interface Coordination {
	start: number;
	end: number;
	text: string;
	kind: 'person' | 'org';
	members: Cluster[];
	/** The entity standing for all of them, made when a pronoun first refers to it. */
	cluster: Cluster | null;
}

const COMMA = /^\s*,\s*$/;
const LAST = /^\s*,?\s+(?:and|or)\s+$/;

/** Every coordinated list of names in the article, in text order. */
export function findCoordinations(ctx: Ctx, index: EntityIndex): Coordination[] {
	const { text } = ctx;
	const named: { start: number; end: number; c: Cluster }[] = [];
	for (const c of index.clusters) {
		if (!c.named) continue;
		for (const m of c.mentions) if (!m.quoted && (m.form === 'name' || m.form === 'short name')) named.push({ start: m.start, end: m.end, c });
	}
	named.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Coordination[] = [];
	let chain: typeof named = [];
	const close = () => (chain = []);
	for (const m of named) {
		const prev = chain[chain.length - 1];
		if (!prev) {
			chain = [m];
			continue;
		}
		if (m.start < prev.end) continue; // (a shorter mention inside the last one)
		const gap = text.slice(prev.end, m.start);
		const sameKind = m.c.kind === prev.c.kind && !chain.some((x) => x.c === m.c);
		if (sameKind && COMMA.test(gap)) chain.push(m);
		else if (sameKind && LAST.test(gap)) {
			chain.push(m);
			out.push({ start: chain[0].start, end: m.end, text: text.slice(chain[0].start, m.end), kind: m.c.kind, members: chain.map((x) => x.c), cluster: null });
			close();
		} else chain = [m];
	}
	return out;
}
