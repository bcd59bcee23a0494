// dist/slant.mjs: starts the compiled analysis (dist/slant.cjs) with V8's code cache.
//
// scripts/build-cli.mjs copies this file into dist/ beside the bundle. Without a cache, V8 compiles
// every function of the bundle the first time it runs: for one article that was about 80 ms of the
// `slant` command's start-up (and of each worker thread's). The build runs one invented article
// through the bundle and saves the compiled code (dist/slant.cjs.codecache, headed by a hash of the
// bundle it belongs to); a start then hands it to V8 with the source. A cache that does not match
// (another bundle, another Node, other V8 flags) is only ignored: V8 compiles as it would have, and
// the result is the same code either way.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const file = fileURLToPath(new URL('./slant.cjs', import.meta.url));
const cacheFile = `${file}.codecache`;
const source = fs.readFileSync(file, 'utf8');
const hash = createHash('sha1').update(source).digest();

/** The saved code when it was made from this very bundle (its first 20 bytes are the bundle's hash). */
function savedCode() {
	try {
		const saved = fs.readFileSync(cacheFile);
		return saved.subarray(0, hash.length).equals(hash) ? saved.subarray(hash.length) : undefined;
	} catch {
		return undefined;
	}
}

// The bundle as Node would run a CommonJS file: the same wrapper, its own require, its path.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
	filename: file,
	cachedData: savedCode()
});
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));

// The build's warm-up run: save what V8 compiled for it, once the article is done.
if (process.env.SLANT_WRITE_CODE_CACHE === '1') {
	process.once('exit', () => {
		const tmp = `${cacheFile}.${process.pid}.tmp`;
		fs.writeFileSync(tmp, Buffer.concat([hash, script.createCachedData()]));
		fs.renameSync(tmp, cacheFile);
	});
}
