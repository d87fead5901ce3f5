// A per-process, in-memory cache of the CodeObjects compiled from embedded standard-library modules
// (src/stdlib/py-sources.ts), so each Interpreter in one process compiles `typing` and friends once.
// It never touches a filesystem; executing the code (and every module's state) stays per interpreter.

import type { CodeObject } from '../compiler/code-object.js';

/** One cached compilation: the exact source it came from, and its code. */
interface CachedCode {
  readonly source: string;
  readonly code: CodeObject;
}

/** Module name (plus filename) to its last compilation. Bounded by the number of embedded modules. */
const compiledModules = new Map<string, CachedCode>();

/**
 * The CodeObject of an embedded module: compiled by `compileModule` the first time `name` is met
 * with this `source`, reused afterwards. Sharing is safe because compilation is deterministic and
 * CodeObjects are never mutated after compile (module state lives in the executing frames/dicts).
 */
export function embeddedModuleCode(
  name: string,
  filename: string,
  source: string,
  compileModule: () => CodeObject,
): CodeObject {
  const key = `${name}\u0000${filename}`;
  const cached = compiledModules.get(key);
  if (cached !== undefined && cached.source === source) return cached.code;
  const code = compileModule();
  compiledModules.set(key, { source, code });
  return code;
}

/** Empties the cache (for tests that measure compilation). */
export function clearEmbeddedModuleCodeCache(): void {
  compiledModules.clear();
}
