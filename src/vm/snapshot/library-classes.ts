// Snapshot class names of the built-in functions' and standard library's own TS classes (iterators of
// builtins, sys streams, re, io, random, hashlib, time). Kept apart from class-registry.ts so the VM core
// does not import the library; whoever restores snapshots of full programs imports this file.

import {
  EnumerateIterator,
  FilterIterator,
  MapIterator,
  ReversedIterator,
  ZipIterator,
} from '../../builtins/iteration.js';
import {
  copyrightObject,
  creditsObject,
  helpObject,
  licenseObject,
} from '../../builtins/site-builtins.js';
import type { PyObject } from '../../objects/py-object.js';
import { registerStatic } from '../../objects/registry.js';
import { PyHash } from '../../stdlib/hashlib-module.js';
import { PyBytesIO } from '../../stdlib/io/bytes-io.js';
import { OpenFile, PyFileObject } from '../../stdlib/io/file-object.js';
import { PyStringIO } from '../../stdlib/io/string-io.js';
import { PyRandom } from '../../stdlib/random-module.js';
import { PyMatch, PyPattern, PyScanner } from '../../stdlib/re/re-py-objects.js';
import { MatchState } from '../../stdlib/re/re-state.js';
import { PyTextStream } from '../../stdlib/sys.js';
import { PyStructTime } from '../../stdlib/time/struct-time.js';
import { registerSnapshotClass } from './class-registry.js';

registerSnapshotClass('EnumerateIterator', EnumerateIterator);
registerSnapshotClass('ZipIterator', ZipIterator);
registerSnapshotClass('MapIterator', MapIterator);
registerSnapshotClass('FilterIterator', FilterIterator);
registerSnapshotClass('ReversedIterator', ReversedIterator);
registerSnapshotClass('PyTextStream', PyTextStream);
registerSnapshotClass('PyHash', PyHash);
registerSnapshotClass('PyStringIO', PyStringIO);
registerSnapshotClass('PyBytesIO', PyBytesIO);
registerSnapshotClass('PyFileObject', PyFileObject);
registerSnapshotClass('OpenFile', OpenFile);
registerSnapshotClass('PyRandom', PyRandom);
registerSnapshotClass('PyPattern', PyPattern);
registerSnapshotClass('PyMatch', PyMatch);
registerSnapshotClass('PyScanner', PyScanner);
registerSnapshotClass('MatchState', MatchState);
registerSnapshotClass('PyStructTime', PyStructTime);

// The builtins' site objects are singletons: snapshots refer to them by name.
registerStatic('site.help', helpObject as PyObject);
registerStatic('site.copyright', copyrightObject as PyObject);
registerStatic('site.credits', creditsObject as PyObject);
registerStatic('site.license', licenseObject as PyObject);

/** Marks this module as loaded (importing it for its registrations is what matters). */
export const LIBRARY_SNAPSHOT_CLASSES = true;
