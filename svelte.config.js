import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// SLANT_BUILD_DIR / SLANT_KIT_DIR let the browser tests build somewhere of their own, so a
		// test run never rewrites the build/ that a running `npm start` is serving.
		adapter: adapter({ out: process.env.SLANT_BUILD_DIR || 'build' }),
		outDir: process.env.SLANT_KIT_DIR || '.svelte-kit',
		alias: { $analysis: 'analysis' }
	}
};

export default config;
