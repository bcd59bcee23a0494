// The last resorts of a speaker's group (groups.ts), read when nothing says who someone is: what they
// make, do or head (deeds.tsv), an age or a home town, being an unnamed man or woman. A collection
// ranks a group read from a title, a role or an organisation above one of these (shared-groups.ts).
import { isDeedPattern } from './deeds.js';

/** The evidence patterns of the last resorts besides deeds, as the article view shows them. */
export const OF_PLACE_ONLY = 'a man, a woman or a child of a place, no role';
export const AGE_ONLY = 'age or home town, no title';
export const UNNAMED_ONLY = 'a man or a woman, unnamed, no role';

/** Was a group read from a last resort only? */
export function lastResort(pattern: string | null | undefined): boolean {
	return !!pattern && (pattern === OF_PLACE_ONLY || pattern === AGE_ONLY || pattern === UNNAMED_ONLY || isDeedPattern(pattern));
}
