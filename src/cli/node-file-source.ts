// Reads the program's own `.py` modules from the host filesystem for `import` (the CLI only; the
// library never touches node:fs). What the program itself may open is the sandbox's business.

import { readFileSync, statSync } from 'node:fs';
import { decodeSource } from '../parser/source-encoding.js';
import type { FileSource } from '../vm/import-system.js';

/** Reads `.py` files (PEP 263 source encodings decoded) and answers directory checks. */
export class NodeFileSource implements FileSource {
  readText(path: string): string | null {
    try {
      return decodeSource(readFileSync(path), path).text;
    } catch {
      return null;
    }
  }

  isDirectory(path: string): boolean {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  }
}
