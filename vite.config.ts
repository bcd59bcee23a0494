import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['analysis', 'seeds'] } },
	test: {
		include: ['tests/**/*.test.ts'],
		// Names this run's browser-test build (built on first use, never into build/).
		globalSetup: ['tests/e2e/global-setup.ts'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 120_000,
		// Browser tests share one built server; run files one at a time on this 2-core machine.
		fileParallelism: false
	}
});
