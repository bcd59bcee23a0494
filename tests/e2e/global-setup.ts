// Once per `vitest run`: a name for this run's browser-test build (tests/e2e/server.ts builds it on
// first use, so a run without browser tests builds nothing), removed again at the end. Builds left
// by runs that were killed are cleared after a day.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		e2eRun: string;
	}
}

const BUILDS = join(resolve(import.meta.dirname, '../..'), 'test-results', 'e2e-build');

export default function setup(project: TestProject) {
	const run = `${Date.now().toString(36)}-${process.pid}`;
	project.provide('e2eRun', run);
	try {
		for (const d of readdirSync(BUILDS))
			if (Date.now() - statSync(join(BUILDS, d)).mtimeMs > 24 * 3600 * 1000) rmSync(join(BUILDS, d), { recursive: true, force: true });
	} catch {
		// no builds yet
	}
	return () => rmSync(join(BUILDS, run), { recursive: true, force: true });
}
