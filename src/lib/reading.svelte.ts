// Reading with or without highlights. Some readers cannot read through coloured overlays (the
// workshop's "read with the highlights off" step, dyslexia, low vision): they get the article as
// plain text. The choice is remembered per device (localStorage), highlights on by default, except for
// a participant while the room's predictions are open, who reads before predicting (plain by default).
//
// The server always renders highlights on; the browser restores the device's choice after hydration
// (restore()), and app.html sets <html data-highlights="off"> before the first paint so the marks
// never flash for a reader who turned them off (see app.css).

export const HIGHLIGHTS_KEY = 'slant:highlights';

function stored(): boolean | null {
	try {
		const v = localStorage.getItem(HIGHLIGHTS_KEY);
		return v === 'off' ? false : v === 'on' ? true : null;
	} catch {
		return null; // storage blocked (private mode, policy): the default for this visit
	}
}

class Reading {
	/** Highlights on (the default) or plain text. */
	highlights = $state(true);

	/**
	 * Take up this device's remembered choice (call once hydrated); with none, `plainByDefault` (a
	 * participant while the room's predictions are open) reads plain text.
	 */
	restore(plainByDefault = false) {
		const v = stored();
		this.highlights = v ?? !plainByDefault;
		this.#mark();
	}

	set(on: boolean) {
		this.highlights = on;
		try {
			localStorage.setItem(HIGHLIGHTS_KEY, on ? 'on' : 'off');
		} catch {
			// not remembered, but still applied for this page
		}
		this.#mark();
	}

	toggle() {
		this.set(!this.highlights);
	}

	#mark() {
		if (typeof document !== 'undefined') document.documentElement.dataset.highlights = this.highlights ? 'on' : 'off';
	}
}

export const reading = new Reading();
