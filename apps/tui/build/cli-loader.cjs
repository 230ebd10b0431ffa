#!/usr/bin/env node
// tradetalks, the binary (written by the build from build/cli-loader.cjs). It runs main.js,
// the bundle of src/cli.ts, as a script compiled with V8's code cache: Node 20 caches no
// compiled code of its own (Node 22's module.enableCompileCache), and compiling the bundle
// and then each function a command calls was most of a command's time past bare Node.
// V8 checks the cache against its version and flags and the script's length and rejects
// one made by another Node: the script is then compiled as usual.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, 'main.js');
const cacheFile = join(__dirname, 'MAIN_CACHE_FILE');
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache (or not readable): compiled as usual.
}
const script = new Script(readFileSync(file, 'utf8'), { filename: file, cachedData });
// V8 has read what it needs; the buffer (most of a megabyte) need not live as long as the app.
cachedData = undefined;
// The build writes the cache by running `facts` once with this set (build/code-cache.ts).
const writeTo = process.env.TRADETALKS_BUILD_CODE_CACHE;
if (writeTo) process.once('exit', () => writeFileSync(writeTo, script.createCachedData()));
// A script compiled this way has no import() of its own: main.js imports through this one.
script.runInThisContext()(
  exports,
  require,
  module,
  file,
  __dirname,
  (specifier) => import(specifier),
);
