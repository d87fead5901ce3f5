// The index of built-in stdlib modules: importing this file registers every module with the
// registry (src/stdlib/registry.ts). Each module adds one `import './<name>.js';` line here.

/** Marker export: importing this module registered the stdlib. */
export const STDLIB_LOADED = true;

import './py-modules.js';
import './math-module.js';
import './cmath-module.js';
import './random-module.js';
import './hashlib-module.js';
import './re-module.js';
import './io-module.js';
import './os-module.js';
import './time-module.js';
import './uuid-module.js';
