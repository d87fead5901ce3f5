// Loads one of the CLI's own CommonJS bundles (dist/bin/*.cjs) through V8's code cache. The cache
// the build records after a training run (scripts/bundle-cli.mjs) holds the bytecode of every
// function that run compiled, so a new worker neither parses the 3 MB interpreter again nor compiles
// its functions one by one while the user's program runs. Only files shipped in dist/bin are loaded
// this way, never program input. V8 checks a cache against the source, its own version and its flags
// and rejects one that does not match: the bundle then compiles as it would without a cache.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** A loaded bundle: its exports, whether V8 took the cache, and a way to record a new cache. */
export interface CachedBundle {
  readonly exports: Readonly<Record<string, unknown>>;
  /** True when a cache was given and V8 rejected it; false when it was used; null when none was given. */
  readonly cacheRejected: boolean | null;
  /** Writes the code cache of the bundle as compiled so far (call it after a training run). */
  writeCache(path: string): void;
}

/** The parameters CommonJS gives a module; the bundle's text becomes this function's body. */
type ModuleWrapper = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
) => void;

/**
 * Evaluates the CommonJS bundle at `bundlePath` (ASCII text, as the build writes it) as a module and
 * returns its exports, compiling it with the code cache at `cachePath` when `useCache` and the file
 * exists.
 */
export function loadCachedBundle(
  bundlePath: string,
  cachePath: string,
  useCache: boolean,
): CachedBundle {
  const source = readFileSync(bundlePath, 'latin1');
  let cachedData: Buffer | undefined;
  if (useCache) {
    try {
      cachedData = readFileSync(cachePath);
    } catch {
      cachedData = undefined;
    }
  }
  // Strict, as the ES modules it was bundled from are.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {'use strict';${source}\n})`,
    { filename: bundlePath, ...(cachedData === undefined ? {} : { cachedData }) },
  );
  const wrapper = script.runInThisContext() as ModuleWrapper;
  const module = { exports: {} };
  wrapper(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return {
    exports: module.exports as Record<string, unknown>,
    cacheRejected: cachedData === undefined ? null : script.cachedDataRejected === true,
    writeCache: (path) => writeFileSync(path, script.createCachedData()),
  };
}
