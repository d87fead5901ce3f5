// Registers every stdlib module written in Python (src/stdlib/py, embedded in py-sources.ts).
// Native modules register themselves in their own files; this file only walks the embedded table.

import { PY_STDLIB_SOURCES } from './py-sources.js';
import { registerPythonModule } from './registry.js';

for (const [name, module] of PY_STDLIB_SOURCES) {
  registerPythonModule(name, module.source, module.isPackage);
}
