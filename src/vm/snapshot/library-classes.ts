// Snapshot class names of the built-in functions' and standard library's own TS classes (iterators of
// builtins, sys streams, re, io, random, hashlib, time). Kept apart from class-registry.ts so the VM core
// does not import the library; whoever restores snapshots of full programs imports this file.

import { anextFunction } from '../../builtins/async-iteration.js';
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
import { objectType, typeType } from '../../objects/builtin-types.js';
import { PyBytes } from '../../objects/bytes.js';
import { PyInstance } from '../../objects/instance.js';
import { memoryviewType, PyMemoryView } from '../../objects/memoryview.js';
import { type PyMethodDescriptor, PyNativeFunction } from '../../objects/native-function.js';
import type { PyObject } from '../../objects/py-object.js';
import { PyType } from '../../objects/py-type.js';
import { registerStatic } from '../../objects/registry.js';
import { None } from '../../objects/singletons.js';
import { PyHash } from '../../stdlib/hashlib-module.js';
import { PyBytesIO } from '../../stdlib/io/bytes-io.js';
import { OpenFile, PyFileObject } from '../../stdlib/io/file-object.js';
import { PyStringIO } from '../../stdlib/io/string-io.js';
import { PythonStreamHandle } from '../../stdlib/io/text-wrapper.js';
import { PyRandom } from '../../stdlib/random-module.js';
import { PyMatch, PyPattern, PyScanner } from '../../stdlib/re/re-py-objects.js';
import { MatchState } from '../../stdlib/re/re-state.js';
import { PyTextStream } from '../../stdlib/sys.js';
import { PyStructTime } from '../../stdlib/time/struct-time.js';
import { registerSnapshotClass, registerSnapshotPrototype } from './class-registry.js';

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
registerSnapshotClass('PythonStreamHandle', PythonStreamHandle);
registerSnapshotClass('PyRandom', PyRandom);
registerSnapshotClass('PyPattern', PyPattern);
registerSnapshotClass('PyMatch', PyMatch);
registerSnapshotClass('PyScanner', PyScanner);
registerSnapshotClass('MatchState', MatchState);
registerSnapshotClass('PyStructTime', PyStructTime);

// Classes their modules do not export, found from an instance.
registerSnapshotPrototype('PyPrinter', Object.getPrototypeOf(copyrightObject) as object);
registerSnapshotPrototype('MemoryIterator', probeMemoryIterator());
registerSnapshotPrototype('PyAnextAwaitable', probeAnextAwaitable());

/** The prototype of `iter(memoryview(b''))`. */
function probeMemoryIterator(): object {
  const view = new PyMemoryView(new PyBytes(new Uint8Array(0)), 0, 0, 1, 'B', true);
  const iterate = memoryviewType.lookup('__iter__') as PyMethodDescriptor;
  return Object.getPrototypeOf(iterate.fn([view], null)) as object;
}

/** The prototype of `anext(it, default)`'s awaitable (made over a bare native `__anext__`). */
function probeAnextAwaitable(): object {
  const probeType = new PyType(typeType, 'anext_probe', [objectType]);
  probeType.setAttr(
    '__anext__',
    new PyNativeFunction('__anext__', '__anext__', () => None, undefined, null, null, 'probe'),
  );
  const awaitable = anextFunction.fn([new PyInstance(probeType), None], null);
  // The probe class must not stay in object.__subclasses__() (programs list it; it holds JS closures).
  const at = objectType.subclasses.indexOf(probeType);
  if (at >= 0) objectType.subclasses.splice(at, 1);
  return Object.getPrototypeOf(awaitable) as object;
}

// The builtins' site objects are singletons: snapshots refer to them by name.
registerStatic('site.help', helpObject as PyObject);
registerStatic('site.copyright', copyrightObject as PyObject);
registerStatic('site.credits', creditsObject as PyObject);
registerStatic('site.license', licenseObject as PyObject);

/** Marks this module as loaded (importing it for its registrations is what matters). */
export const LIBRARY_SNAPSHOT_CLASSES = true;
