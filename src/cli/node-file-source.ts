// Reads the program's own `.py` modules from the host filesystem for `import` (the CLI only; the
// library never touches node:fs), jailed to the directories the program's modules live in: editing
// sys.path cannot reach other host files. What the program may open() is the sandbox's business.

import { readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { decodeSource } from '../parser/source-encoding.js';
import type { FileSource } from '../vm/import-system.js';

/** Reads `.py` files (PEP 263 source encodings decoded) under the given roots only. */
export class NodeFileSource implements FileSource {
  private readonly roots: readonly string[];

  /**
   * `roots`: the host directories imports may read (the script's directory; the working directory
   * for `-c`, stdin and the REPL). Symbolic links are resolved before the check.
   */
  constructor(roots: readonly string[]) {
    const real: string[] = [];
    for (const root of roots) {
      try {
        real.push(realpathSync(resolve(root)));
      } catch {
        // A root that does not exist grants nothing.
      }
    }
    this.roots = real;
  }

  /** The real path of `path` when it lies inside a root, else null. */
  private inside(path: string): string | null {
    let real: string;
    try {
      real = realpathSync(resolve(path));
    } catch {
      return null;
    }
    for (const root of this.roots) {
      if (real === root || real.startsWith(root.endsWith(sep) ? root : root + sep)) return real;
    }
    return null;
  }

  readText(path: string): string | null {
    const real = this.inside(path);
    if (real === null) return null;
    try {
      return decodeSource(readFileSync(real), path).text;
    } catch {
      return null;
    }
  }

  isDirectory(path: string): boolean {
    const real = this.inside(path);
    if (real === null) return false;
    try {
      return statSync(real).isDirectory();
    } catch {
      return false;
    }
  }
}
