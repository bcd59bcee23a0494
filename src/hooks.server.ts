import type { ServerInit } from '@sveltejs/kit';
import { warmUp } from '$lib/server';

// Load the language model and lexicon and analyse the example collection before the first visitor
// arrives, so nobody waits a second or more for the first page of a workshop.
export const init: ServerInit = () => {
	const ms = warmUp();
	console.log(`Slant: ready (language model loaded and example analysed in ${ms.toFixed(0)} ms)`);
};
