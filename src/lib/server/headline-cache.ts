// Loaded terms in headlines given apart from the text. The analysis reads the headline it found in the
// text (`headlineLoaded`), but the stored headline can differ: typed in the add form, edited later, or
// given for a text with none. Cached analyses are keyed by the text alone (analysis-cache.ts), so such
// a headline is read separately here: on the analysis workers (the request thread never loads the
// model), once per headline and lexicon, kept in memory. Store (store.ts) owns one.
import type { Engine } from './engine.js';
import { Memo } from './store-rows.js';
import type { LoadedTerm } from '../../../analysis/types.js';
import type { Lexicon, LexiconChanges } from './types.js';

export class HeadlineCache {
	private readonly memo = new Memo<LoadedTerm[]>(5000);
	private readonly running = new Map<string, Promise<void>>();

	constructor(private readonly engine: Engine) {}

	private key(title: string, lexicon: Lexicon): string {
		return `${lexicon.version}\0${this.engine.codeVersion}\0${title}`;
	}

	/** The headline's loaded terms, or undefined when it has not been read yet (see ensure). */
	get(title: string, lexicon: Lexicon): LoadedTerm[] | undefined {
		return this.memo.get(this.key(title, lexicon));
	}

	/** The headline's loaded terms: read now if the engine can (in process), else undefined until ensure() has run. */
	read(title: string, lexicon: Lexicon, changes: LexiconChanges): LoadedTerm[] | undefined {
		const known = this.get(title, lexicon);
		if (known) return known;
		void this.ensure([title], lexicon, changes);
		return this.get(title, lexicon);
	}

	/**
	 * Read every headline not read yet under this lexicon. A failure is logged and leaves the headline
	 * unread (shown without marks): it never fails the page that asked.
	 */
	ensure(titles: string[], lexicon: Lexicon, changes: LexiconChanges): Promise<void> {
		const wanted = [...new Set(titles.filter((t) => t.trim()))].filter((t) => !this.memo.get(this.key(t, lexicon)));
		if (!wanted.length) return Promise.resolve();
		const runKey = this.key(wanted.join('\n'), lexicon);
		const running = this.running.get(runKey);
		if (running) return running;
		const keep = (found: LoadedTerm[][]) => wanted.forEach((t, i) => this.memo.set(this.key(t, lexicon), found[i] ?? []));
		const failed = (e: unknown) => console.error('Slant: reading headlines failed:', (e as Error)?.message ?? e);
		let found: LoadedTerm[][] | Promise<LoadedTerm[][]>;
		try {
			found = this.engine.headlines(wanted, lexicon, changes);
		} catch (e) {
			failed(e);
			return Promise.resolve();
		}
		// An in-process engine answers at once: the headlines are read before this returns.
		if (!(found instanceof Promise)) {
			keep(found);
			return Promise.resolve();
		}
		const done = found.then(keep, failed).finally(() => this.running.delete(runKey));
		this.running.set(runKey, done);
		return done;
	}
}
