// Answers about single words, kept across articles. Many per-token questions (is this verb one of a
// list, once its ending is stripped by four patterns?) depend only on a token's strings, and an
// article's tokens are a few thousand words that every other article uses too. A memo turns the
// patterns and look-ups into one Map read. It is keyed by word, never by a whole text, and starts
// afresh when it grows past `limit` (so an endless stream of new words cannot grow it without end).

/** A bounded memo of f(a) for words a. */
export class WordMemo<V> {
	private readonly map = new Map<string, V>();
	constructor(
		private readonly f: (a: string) => V,
		private readonly limit = 100_000
	) {}
	get(a: string): V {
		let v = this.map.get(a);
		if (v === undefined && !this.map.has(a)) {
			v = this.f(a);
			if (this.map.size >= this.limit) this.map.clear();
			this.map.set(a, v);
		}
		return v as V;
	}
}

/** A bounded memo of f(a, b) for pairs of words (a token's normal form and its lemma). */
export class PairMemo<V> {
	private readonly map = new Map<string, Map<string, V>>();
	private size = 0;
	constructor(
		private readonly f: (a: string, b: string) => V,
		private readonly limit = 100_000
	) {}
	get(a: string, b: string): V {
		let inner = this.map.get(a);
		if (inner) {
			const v = inner.get(b);
			if (v !== undefined || inner.has(b)) return v as V;
		}
		const v = this.f(a, b);
		if (++this.size > this.limit) {
			this.map.clear();
			this.size = 1;
			inner = undefined;
		}
		if (!inner) this.map.set(a, (inner = new Map()));
		inner.set(b, v);
		return v;
	}
}
