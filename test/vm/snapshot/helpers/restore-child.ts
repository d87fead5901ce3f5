// Runs in a separate `node` process (bundled by cross-process.test.ts): restores the snapshot file given
// as argv[2], runs one slice, writes the new snapshot to argv[3], and prints what it saw as JSON.

import { readFileSync, writeFileSync } from 'node:fs';
import { restore } from '../../../../src/api/pausable-run.js';

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) throw new Error('usage: restore-child IN OUT');
const paused = restore(new Uint8Array(readFileSync(input)), { pauseAfter: 500 });
const state = paused.resume();
let snapshot = false;
if (state.status === 'paused') {
  writeFileSync(output, state.snapshot());
  snapshot = true;
}
process.stdout.write(
  JSON.stringify({
    status: state.status,
    stdout: state.stdout,
    stderr: state.stderr,
    snapshot,
  }),
);
