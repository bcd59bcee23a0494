// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Role } from '$lib/server/roles';

declare global {
	namespace App {
		interface Locals {
			/** Set for every request in hooks.server.ts; see src/lib/server/roles.ts. */
			role: Role;
			/** The client's address (for per-client rate limits); '' when unknown. */
			client: string;
		}
		interface Error {
			message: string;
			/** For unexpected (500) errors: the reference printed with the details in the server's log. */
			ref?: string;
		}
	}
}
export {};
