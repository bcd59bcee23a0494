#!/usr/bin/env node
// The `slant` command: the analysis compiled to plain JavaScript (dist/slant.mjs, see
// scripts/build-cli.mjs), rebuilt first only when a source under analysis/ changed since.
import { cliIsStale, CLI_BUNDLE } from '../scripts/build-cli.mjs';
import { pathToFileURL } from 'node:url';

if (cliIsStale()) {
	const { buildCli } = await import('../scripts/build-cli.mjs');
	await buildCli();
}
await import(pathToFileURL(CLI_BUNDLE).href);
