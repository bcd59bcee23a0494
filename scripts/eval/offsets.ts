// The annotated sets give character offsets in code points; the analysis gives UTF-16 indices.

/** Maps a code-point offset in `text` to its UTF-16 index. */
export function cpIndex(text: string): (cp: number) => number {
	const map: number[] = [];
	let u = 0;
	for (const ch of text) {
		map.push(u);
		u += ch.length;
	}
	map.push(u);
	return (cp) => map[Math.min(cp, map.length - 1)];
}
