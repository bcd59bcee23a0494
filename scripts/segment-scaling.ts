// npx tsx scripts/segment-scaling.ts [--sizes 10000,20000,40000] [--audit]
// How the segment stage's time grows when a pathological input doubles (issue #11). Linear code
// takes about ×2 per doubling; a quadratic pattern ×4, a cubic one ×8. Prints figures only: time
// targets belong in the benchmark, never in unit tests.
//
// --audit  also runs segment() on every one- and two-character unit (and a list of Markdown, date
//          and HTML units) repeated to 8 KB and 64 KB, as plain text, Markdown and HTML, and lists
//          the units whose time grows more than ×20 for ×8 the size (linear is ×8, quadratic ×64):
//          a search for patterns nobody has reported yet.
import { segment } from '../analysis/segment/index.js';
import { PATHOLOGICAL } from '../tests/fixtures/pathological.js';
import type { ArticleInput } from '../analysis/types.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : dflt;
};

/** Best of `runs` timings in ms (the minimum is the least disturbed by other work on the machine). */
function time(input: ArticleInput, runs = 3, budget = 20_000): number {
	let best = Infinity;
	for (let r = 0; r < runs; r++) {
		const t = performance.now();
		segment(input);
		const dt = performance.now() - t;
		best = Math.min(best, dt);
		if (dt > budget / runs) break;
	}
	return best;
}

const sizes = opt('--sizes', '10000,20000,40000,80000').split(',').map(Number);
// Warm the JIT and load the data files so the first figure is not start-up.
for (const p of PATHOLOGICAL) time(p.make(1000), 2);
console.log(`segment() time by input size (best of 3), and the growth for each doubling (linear ≈ ×2):`);
for (const p of PATHOLOGICAL) {
	const ms: number[] = [];
	for (const n of sizes) {
		ms.push(time(p.make(n)));
		if (ms[ms.length - 1] > 10_000) break;
	}
	const growth = ms.slice(1).map((t, i) => `×${(t / Math.max(ms[i], 0.05)).toFixed(1)}`);
	console.log(`  ${p.name.padEnd(46)} ${ms.map((t, i) => `${sizes[i] / 1000} KB ${t.toFixed(1)} ms`).join(', ')}  growth ${growth.join(' ')}`);
}

if (args.includes('--audit')) {
	const P = 'The council met on Monday and voted to approve the budget, officials said.';
	const alphabet = [...' \t\n.,:;!?*_#[]()<>/|-–"\'“”’©01aAx&=~`…•@+{}\\$%^'];
	const named = [
		'**a ', '__a ', '*a ', '_a ', '[a', '![a', '](', '[a](', '](a', '# ', '#a ', '1. ', '- ', '> ', '``', '~~a',
		'By A ', 'Jan 1, 2020 ', 'May 3 ', '12:30 pm ', '1/1/2020 ', '2020-01-01T', '(c) ', '© 2020 A', 'Photo: ', 'Reply ',
		'says: ', 'Copyright 2020 ', 'FILE - ', 'Reporting by A; ', 'A / B ', 'a > ', '1 day ago ', '(A / B)', '(photo ',
		'<div>', '<p>', '<li>', '<b>', '<a href=x>', '<!--', '-->', '<![CDATA[', '<br>', '&amp;', '<div class="comment">',
		'<div class="ad">', '<figure><figcaption>a', '<ul><li>', '<table><tr><td>', '<h2>', '<span>', '<p>a</p>'
	];
	const units = [...alphabet, ...alphabet.flatMap((a) => alphabet.map((b) => a + b)), ...named];
	const contexts: [string, (u: string) => ArticleInput][] = [
		['text', (u) => ({ id: 'a', text: `${P}\n\n${u}\n\n${P}` })],
		['markdown', (u) => ({ id: 'a', text: `# Title here\n\n${P}\n\n${u}\n\n${P}` })],
		['html', (u) => ({ id: 'a', html: `<html><body><article><h1>Title</h1><p>${P}</p><p>${u}</p><p>${P}</p></article></body></html>` })]
	];
	const rep = (u: string, n: number) => u.repeat(Math.ceil(n / u.length)).slice(0, n);
	const flagged: string[] = [];
	let done = 0;
	for (const u of units) {
		for (const [name, make] of contexts) {
			const big = time(make(rep(u, 64000)), 1);
			if (big < 20) continue; // fast at 64 KB: whatever its growth, no blow-up
			const small = time(make(rep(u, 8000)), 3);
			if (big / small > 20) {
				// Measure again before reporting: the machine is shared.
				const b2 = time(make(rep(u, 64000)), 3);
				if (b2 / small > 20) flagged.push(`  ${name.padEnd(8)} ${JSON.stringify(u).padEnd(28)} 8 KB ${small.toFixed(1)} ms → 64 KB ${b2.toFixed(1)} ms (×${(b2 / small).toFixed(1)})`);
			}
		}
		if (++done % 200 === 0) process.stderr.write(`  audit: ${done}/${units.length} units\n`);
	}
	console.log(`\naudit: ${units.length} units × ${contexts.length} contexts; growth over ×20 for ×8 the size:`);
	console.log(flagged.length ? flagged.join('\n') : '  none');
}
