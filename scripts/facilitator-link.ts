// `npm run facilitator-link`: print the facilitator's secret link again (it is also printed at
// `npm start`). `npm run facilitator-link -- --rotate`: make a new one; the old link and every device
// that opened it lose facilitator rights at once, even while the server runs (it reads the token
// from the database on each request). Uses the same database as the server (SLANT_DATA_DIR).
import { openDatabase } from '../src/lib/server/db.js';
import { facilitatorLink, facilitatorToken, rotateFacilitatorToken } from '../src/lib/server/facilitator-token.js';
import { lanAddresses } from '../src/lib/server/network.js';
import { defaultDbPath } from '../src/lib/server/paths.js';

const args = process.argv.slice(2);
if (args.some((a) => a === '-h' || a === '--help')) {
	console.log('usage: npm run facilitator-link [-- --rotate]\n  prints the facilitator link; --rotate replaces it (old links stop working)');
	process.exit(0);
}
const unknown = args.filter((a) => a !== '--rotate');
if (unknown.length) {
	console.error(`facilitator-link: unknown option ${unknown[0]} (use --rotate to make a new link)`);
	process.exit(2);
}

const db = openDatabase(defaultDbPath());
try {
	const rotate = args.includes('--rotate');
	const token = rotate ? rotateFacilitatorToken(db) : facilitatorToken(db);
	const port = Number(process.env.PORT ?? 3000);
	const origin = process.env.ORIGIN?.replace(/\/+$/, '');
	if (rotate) console.log('A new facilitator link was made; the old one, and every device that opened it, no longer counts.');
	const lan = lanAddresses();
	const origins = origin ? [origin] : [...lan.map((a) => `http://${a.address}:${port}`), `http://localhost:${port}`];
	console.log('Facilitator link (keep it private: it gives full control of Slant):');
	for (const o of origins) console.log(`  ${facilitatorLink(o, token)}`);
} finally {
	db.close();
}
