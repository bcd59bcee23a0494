// wink-nlp's tokeniser knows the letters of Latin-1 ("é", "ü", "ñ", "ø") but splits a word at a letter
// of Latin Extended-A/B or Latin Extended Additional: "Erdoğan" became "Erdo", "ğ", "an"; "Babiš",
// "Wałęsa", "Petrović", "Nguyễn" likewise, so the person was two or three odd words. tokenise() hands
// wink the text with each such letter replaced by its base letter ("Erdogan"), one code unit for one,
// so every offset still points into the original text, and takes each token's value from the original.

/** Letters with no canonical decomposition to a base letter, and their base. */
const SPECIAL: Record<string, string> = {
	Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ĳ: 'I', ĳ: 'i', ĸ: 'k', Ŀ: 'L', ŀ: 'l', Ł: 'L', ł: 'l', Ŋ: 'N', ŋ: 'n',
	Œ: 'O', œ: 'o', Ŧ: 'T', ŧ: 't', ſ: 's', ƀ: 'b', Ɓ: 'B', Ƈ: 'C', ƈ: 'c', Ɗ: 'D', Ƒ: 'F', ƒ: 'f', Ɠ: 'G', Ɨ: 'I',
	Ƙ: 'K', ƙ: 'k', ƚ: 'l', Ɲ: 'N', ƞ: 'n', Ƥ: 'P', ƥ: 'p', Ƭ: 'T', ƭ: 't', Ʈ: 'T', Ʋ: 'V', Ƴ: 'Y', ƴ: 'y', Ƶ: 'Z',
	ƶ: 'z', Ǥ: 'G', ǥ: 'g', Ⱥ: 'A', Ȼ: 'C', ȼ: 'c', Ƚ: 'L', Ⱦ: 'T', ȿ: 's', ɀ: 'z', Ƀ: 'B', Ʉ: 'U', Ɇ: 'E', ɇ: 'e',
	Ɉ: 'J', ɉ: 'j', Ɍ: 'R', ɍ: 'r', Ɏ: 'Y', ɏ: 'y'
};

const EXTENDED = /[\u0100-\u024f\u1e00-\u1eff]/;
let table: Map<number, number> | null = null;

/** Code unit → its base letter's code unit, for the letters wink splits at. */
function baseLetters(): Map<number, number> {
	if (table) return table;
	table = new Map();
	const add = (from: number, to: number) => {
		for (let c = from; c <= to; c++) {
			const ch = String.fromCharCode(c);
			const base = SPECIAL[ch] ?? ch.normalize('NFD')[0];
			if (base !== ch && /^[A-Za-z]$/.test(base)) table!.set(c, base.charCodeAt(0));
		}
	};
	add(0x100, 0x24f);
	add(0x1e00, 0x1eff);
	return table;
}

/** The text with every such letter replaced by its base letter (same length), or the text itself when it has none. */
export function foldForWink(text: string): string {
	if (!EXTENDED.test(text)) return text;
	const map = baseLetters();
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const to = map.get(text.charCodeAt(i));
		if (to === undefined) continue;
		out += text.slice(from, i) + String.fromCharCode(to);
		from = i + 1;
	}
	return out + text.slice(from);
}
