// Snapshot and restore of a whole interpreter: the root of the graph walk is [Interpreter, its next id()
// number]; host parts (output sinks, the file source) are written by role and supplied again at restore.
// Running and pausing is the API's job (src/api/pausable-run.ts).

import {
  adoptIdentityTable,
  IdentityTable,
  identityTableOf,
  withIdentityTable,
} from '../../objects/py-object.js';
import type { FileSource } from '../import-system.js';
import type { Interpreter, OutputSink } from '../interpreter.js';
import { clearRestoredSubclassLinks, linkRestoredSubclasses } from './class-registry.js';
import { readSnapshot } from './snapshot-reader.js';
import { validateVmState } from './snapshot-validate.js';
import { writeSnapshot } from './snapshot-writer.js';

/** The host objects a restored interpreter is linked to (they are never part of a snapshot). */
export interface RestoreHosts {
  /** Receives `sys.stdout` writes. */
  readonly stdout: OutputSink;
  /** Receives `sys.stderr` writes. */
  readonly stderr: OutputSink;
  /** Reads `.py` files for imports (null: only built-in modules import). */
  readonly files: FileSource | null;
}

/**
 * Serializes an interpreter that is not running (between time slices, or idle): its modules, its
 * paused frame chain, generators, the exception state, limits and counters.
 * @throws SnapshotWriteError naming the path to what cannot be written (e.g. an open host file).
 */
export function snapshotInterpreter(interp: Interpreter): Uint8Array {
  if (interp.frame !== null) throw new Error('internal: snapshot of a running interpreter');
  const hosts = new Map<object, string>();
  const options = interp.options as unknown as Record<string, unknown>;
  for (const role of ['stdout', 'stderr', 'files'] as const) {
    const value = options[role];
    if (typeof value === 'object' && value !== null) hosts.set(value, role);
  }
  // Ids are per run: the writer reads this run's (objectId), and the root carries its counter.
  const identities = identityTableOf(interp);
  return withIdentityTable(identities, () =>
    writeSnapshot([interp, identities.next], { hostObjects: hosts }),
  );
}

/**
 * Rebuilds an interpreter from `snapshotInterpreter` bytes (in this process or another), linked to
 * `hosts`. @throws SnapshotFormatError for corrupt, truncated, other-version or hostile bytes.
 */
export function restoreInterpreter(bytes: Uint8Array, hosts: RestoreHosts): Interpreter {
  const hostObjects = new Map<string, unknown>([
    ['stdout', hosts.stdout],
    ['stderr', hosts.stderr],
    ['files', hosts.files],
  ]);
  clearRestoredSubclassLinks();
  // The restored objects' ids go to a table of their own, which becomes the restored run's.
  const identities = new IdentityTable();
  const { root } = withIdentityTable(identities, () =>
    readSnapshot(bytes, { hostObjects, validate: validateVmState }),
  );
  const [interp, nextId] = root as [Interpreter, number];
  identities.next = Math.max(identities.next, nextId);
  adoptIdentityTable(interp, identities);
  interp.activate(linkRestoredSubclasses);
  return interp;
}
