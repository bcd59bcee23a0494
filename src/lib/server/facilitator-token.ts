// The facilitator's secret: a random token (192 bits) kept in the database's meta table, so the link
// printed at start-up stays valid across restarts until someone rotates it. Opening the link stores
// the token in a cookie; rotating makes every old link and cookie worthless at once (the running
// server reads the token from the database on each check, so `npm run facilitator-link -- --rotate`
// in another terminal takes effect immediately).
import crypto from 'node:crypto';
import type { DB } from './db.js';

const KEY = 'facilitator_token';
/** 24 random bytes: 192 bits, 32 URL-safe characters. */
const TOKEN_BYTES = 24;

export const FACILITATOR_COOKIE = 'slant_facilitator';
/** The path that turns a token link into a cookie (src/routes/facilitator). */
export const FACILITATOR_PATH = '/facilitator';

function newToken(): string {
	return crypto.randomBytes(TOKEN_BYTES).toString('base64url');
}

/** The current token, made (and saved) on first use. */
export function facilitatorToken(db: DB): string {
	const read = () => (db.prepare('SELECT value FROM meta WHERE key = ?').get(KEY) as { value: string } | undefined)?.value;
	const current = read();
	if (current) return current;
	// Under the write lock, so two processes starting together agree on one token.
	return db
		.transaction(() => {
			const again = read();
			if (again) return again;
			const token = newToken();
			db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(KEY, token);
			return token;
		})
		.immediate();
}

/** Replace the token; every link and cookie holding the old one stops working. Returns the new one. */
export function rotateFacilitatorToken(db: DB): string {
	const token = newToken();
	db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(KEY, token);
	return token;
}

/** Constant-time comparison with the current token (hashes first, so lengths never leak). */
export function isFacilitatorToken(db: DB, candidate: string | null | undefined): boolean {
	if (!candidate || candidate.length > 200) return false;
	const current = facilitatorToken(db);
	const a = crypto.createHash('sha256').update(candidate).digest();
	const b = crypto.createHash('sha256').update(current).digest();
	return crypto.timingSafeEqual(a, b);
}

/** The link a facilitator opens on another device: `<origin>/facilitator?key=<token>`. */
export function facilitatorLink(origin: string, token: string): string {
	return `${origin}${FACILITATOR_PATH}?key=${encodeURIComponent(token)}`;
}
