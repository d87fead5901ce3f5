// Snapshot class names of the sandbox's in-memory filesystem and its open-file handles, so a paused
// run's files (and files it holds open) are part of the VM snapshot, and of the PyHandles its event
// log may hold. The walk is src/vm/snapshot/.

import { RecordingFileHandle } from '../sandbox/event-log.js';
import { MemoryFileSystem } from '../sandbox/memory-filesystem.js';
import { registerSnapshotClass, registerSnapshotPrototype } from '../vm/snapshot/class-registry.js';
import { PyHandle } from './values.js';

registerSnapshotClass('MemoryFileSystem', MemoryFileSystem, {
  // The clock of modification times is host code: the restored run's capability set wires it again.
  skip: ['now'],
  restore: (instance) => {
    (instance as MemoryFileSystem).now = null;
  },
});

registerSnapshotClass('RecordingFileHandle', RecordingFileHandle, {
  // The log is the run's: a restored handle records into the log of the run that restored it.
  skip: ['log'],
  restore: (instance) => {
    (instance as RecordingFileHandle).log = null;
  },
});

/** The handle class is not exported: found from a handle of a throwaway filesystem. */
const probe = new MemoryFileSystem().open('/probe', {
  read: true,
  write: true,
  create: true,
  exclusive: false,
  truncate: false,
});
registerSnapshotPrototype('MemoryFileHandle', Object.getPrototypeOf(probe) as object);

/**
 * A host call may return a PyHandle, which the event log keeps: restored, it is a handle of another
 * run (its type name only; using it raises the error of a foreign handle).
 */
registerSnapshotPrototype('PyHandle', PyHandle.prototype, {
  restore: (instance) => Object.freeze(instance),
});
